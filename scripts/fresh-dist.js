// Keeps dist/ what the current source builds to, for everything that runs the bundle here.
// `npm run build` ends by writing a stamp: digests of the build's inputs and of dist/ as built.
// `node scripts/fresh-dist.js` (before npm test, npm start, npm run bench) builds unless the
// stamp still matches both; scripts/runner.ts refuses a dist/ the stamp says is stale. The
// stamp lives in node_modules/, so a fresh clone or a fresh `npm ci` builds once.
// Plain JavaScript, like licenses.js: it runs in `npm run build`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What the build reads: the source, the dependencies as locked, and the notices script. */
const INPUTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/licenses.js'];

/** @param {string} root */
const stampPath = (root) => join(root, 'node_modules', '.cache', 'pycache-action', 'dist-stamp.json');

/**
 * Every file at or under `path` (relative to `root`), sorted; none if it does not exist.
 * @param {string} root
 * @param {string} path
 * @returns {string[]}
 */
function filesUnder(root, path) {
  const at = join(root, path);
  if (!existsSync(at)) return [];
  if (!statSync(at).isDirectory()) return [path];
  return readdirSync(at, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

/**
 * One digest over the names and bytes of every file at or under `paths`.
 * @param {string} root
 * @param {readonly string[]} paths
 */
function digest(root, paths) {
  const hash = createHash('sha256');
  for (const file of paths.flatMap((path) => filesUnder(root, path))) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** @param {string} root */
function current(root) {
  return { inputs: digest(root, INPUTS), dist: digest(root, ['dist']) };
}

/** Records that dist/ under `root` is what its current inputs build to. */
export function writeStamp(root = ROOT) {
  mkdirSync(dirname(stampPath(root)), { recursive: true });
  writeFileSync(stampPath(root), JSON.stringify(current(root)));
}

/**
 * 'fresh' when dist/ is what the last build under `root` made from the current inputs, 'stale'
 * when either changed since, 'unknown' when no build there left a stamp.
 * @returns {'fresh' | 'stale' | 'unknown'}
 */
export function distState(root = ROOT) {
  if (!existsSync(stampPath(root))) return 'unknown';
  const stamp = JSON.parse(readFileSync(stampPath(root), 'utf8'));
  const now = current(root);
  return stamp.inputs === now.inputs && stamp.dist === now.dist ? 'fresh' : 'stale';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === '--stamp') writeStamp();
  else if (distState() !== 'fresh') {
    process.stderr.write('Building dist/ from the current source (npm run build)…\n');
    execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
}
