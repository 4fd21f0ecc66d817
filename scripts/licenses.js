// Writes the license notices of every production dependency into dist/licenses.txt. ncc's own --license misses the packages of a lazily loaded chunk
// (all of @actions/cache's Azure SDK), so the list comes from package-lock.json instead:
// every package npm installs for production, whether or not the bundler kept all of it.
// Plain JavaScript, because it runs in `npm run build`, which needs no more than ncc's Node.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = 'dist/licenses.txt';

/**
 * The production packages of package-lock.json as [name, version, license, directory].
 * @param {{ packages: Record<string, { version?: string, license?: string, dev?: boolean, devOptional?: boolean }> }} lock
 * @returns {[string, string, string, string][]}
 */
export function productionPackages(lock) {
  return Object.entries(lock.packages)
    .filter(([path, p]) => path !== '' && p.dev !== true && p.devOptional !== true)
    .map(([path, p]) => [
      path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
      p.version ?? '',
      p.license ?? 'UNKNOWN',
      path,
    ])
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1));
}

/** @param {string} dir */
function licenseText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  if (file !== undefined) return readFileSync(join(dir, file), 'utf8').trim();
  // Some packages declare a license but ship no text: say whose it is, as package.json does.
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const author = typeof meta.author === 'string' ? meta.author : (meta.author?.name ?? 'its authors');
  const repository = typeof meta.repository === 'string' ? meta.repository : (meta.repository?.url ?? '');
  return `The package ships no license file. Copyright ${author}${repository === '' ? '' : `; source: ${repository}`}.`;
}

/**
 * @param {readonly [string, string, string, string][]} packages
 * @returns {string}
 */
export function renderNotices(packages, root = ROOT) {
  const names = new Map();
  for (const [name] of packages) names.set(name, (names.get(name) ?? 0) + 1);
  return packages
    .map(([name, version, license, path]) => {
      const dir = join(root, path);
      const text = existsSync(dir) ? licenseText(dir) : '';
      // A package installed twice at different versions is named with its version.
      return `${(names.get(name) ?? 0) > 1 ? `${name}@${version}` : name}\n${license}\n${text}`.trimEnd();
    })
    .join('\n\n')
    .concat('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  const text = renderNotices(productionPackages(lock));
  writeFileSync(join(ROOT, OUTPUT), text);
}
