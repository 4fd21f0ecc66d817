// `npm test` and `npm start` run the bundle in dist/, so they first make sure it is what the
// current source builds to: they run `npm run build` unless a stamp left by the last build
// here still matches both the build's inputs and dist/ itself. The stamp lives in
// node_modules/, so a fresh clone or a fresh `npm ci` builds once.
// Plain JavaScript, like licenses.js: it runs before anything else in those scripts.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What ncc reads (the source and the installed dependencies) and what writes the notices. */
const INPUTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/licenses.js'];
const STAMP = join(ROOT, 'node_modules', '.cache', 'pycache-action', 'dist-stamp.json');

/**
 * Every file at or under `path` (relative to the repository), sorted; none if it does not exist.
 * @param {string} path
 * @returns {string[]}
 */
function filesUnder(path) {
  const at = join(ROOT, path);
  if (!existsSync(at)) return [];
  if (!statSync(at).isDirectory()) return [path];
  return readdirSync(at, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .sort();
}

/**
 * One digest over the names and bytes of every file at or under `paths`.
 * @param {readonly string[]} paths
 */
function digest(paths) {
  const hash = createHash('sha256');
  for (const file of paths.flatMap(filesUnder))
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

function current() {
  return { inputs: digest(INPUTS), dist: digest(['dist']) };
}

const stamp = existsSync(STAMP) ? JSON.parse(readFileSync(STAMP, 'utf8')) : null;
const now = current();
if (stamp?.inputs !== now.inputs || stamp?.dist !== now.dist) {
  process.stderr.write('Building dist/ from the current source (npm run build)…\n');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, JSON.stringify(current()));
}
