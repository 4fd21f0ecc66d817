// Writes the license notices of every production dependency into dist/licenses.txt and
// dist/post/licenses.txt. ncc's own --license misses the packages of a lazily loaded chunk
// (all of @actions/cache's Azure SDK), so the list comes from package-lock.json instead:
// every package npm installs for production, whether or not the bundler kept all of it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUTS = ['dist/licenses.txt', 'dist/post/licenses.txt'];

interface LockPackage {
  readonly version?: string;
  readonly license?: string;
  readonly dev?: boolean;
  readonly devOptional?: boolean;
}

/** The production packages of package-lock.json as [name, version, license, directory]. */
export function productionPackages(lock: { packages: Record<string, LockPackage> }): [string, string, string, string][] {
  return Object.entries(lock.packages)
    .filter(([path, p]) => path !== '' && p.dev !== true && p.devOptional !== true)
    .map(([path, p]): [string, string, string, string] => [path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), p.version ?? '', p.license ?? 'UNKNOWN', path])
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1));
}

function licenseText(dir: string): string {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  if (file !== undefined) return readFileSync(join(dir, file), 'utf8').trim();
  // Some packages declare a license but ship no text: say whose it is, as package.json does.
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { author?: string | { name?: string }; repository?: string | { url?: string } };
  const author = typeof meta.author === 'string' ? meta.author : (meta.author?.name ?? 'its authors');
  const repository = typeof meta.repository === 'string' ? meta.repository : (meta.repository?.url ?? '');
  return `The package ships no license file. Copyright ${author}${repository === '' ? '' : `; source: ${repository}`}.`;
}

export function renderNotices(packages: readonly [string, string, string, string][], root = ROOT): string {
  const names = new Map<string, number>();
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
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };
  const text = renderNotices(productionPackages(lock));
  for (const out of OUTPUTS) writeFileSync(join(ROOT, out), text);
}
