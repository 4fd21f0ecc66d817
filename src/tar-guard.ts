// @actions/cache extracts a restored archive with `tar -xf … -P -C $GITHUB_WORKSPACE`: with
// -P an entry named `/home/runner/.bashrc`, `../../x` or written through a symbolic link the
// archive made a moment before lands anywhere the runner user can write. The library has no
// hook between download and extraction, but it runs the `tar` it finds on PATH. During a
// restore that is this guard: it lists the archive with the real tar (same decompression)
// and extracts only when every entry is a directory or a regular file inside the prefix.
import { constants } from 'node:fs';
import { access, chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

// Plain CommonJS, run by this same Node: argv is tar's, the rest comes in the environment.
const GUARD = String.raw`'use strict';
const { spawnSync } = require('node:child_process');
const { writeFileSync } = require('node:fs');
const path = require('node:path');
const real = process.env.PYCACHE_TAR_REAL;
const allow = process.env.PYCACHE_TAR_ALLOW;
const report = process.env.PYCACHE_TAR_REPORT;
const args = process.argv.slice(2);
const x = args.indexOf('-xf');
function run(list) {
  const r = spawnSync(real, list, { stdio: 'inherit' });
  process.exit(r.status === null ? 2 : r.status);
}
if (x < 0) run(args);
const c = args.indexOf('-C');
const dir = c >= 0 ? args[c + 1] : process.cwd();
const listArgs = args.map((a, i) => (i === x ? '-tvf' : a)).concat(['--quoting-style=c', '--full-time', '--numeric-owner']);
const listing = spawnSync(real, listArgs, { maxBuffer: 1 << 30, encoding: 'latin1' });
function refuse(why) {
  writeFileSync(report, why);
  process.stderr.write('pycache-action: ' + why + '\n');
  process.exit(2);
}
if (listing.status !== 0) refuse('the archive could not be listed');
// A C-quoted name as GNU tar writes it with --quoting-style=c, as bytes.
function unquote(line) {
  const start = line.indexOf('"');
  if (start < 0) return null;
  const bytes = [];
  for (let i = start + 1; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') return Buffer.from(bytes).toString('utf8');
    if (ch !== '\\') { bytes.push(ch.charCodeAt(0) & 0xff); continue; }
    const next = line[++i];
    const simple = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34, '?': 63 }[next];
    if (simple !== undefined) { bytes.push(simple); continue; }
    const octal = /^[0-7]{1,3}/.exec(line.slice(i));
    if (octal === null) return null;
    bytes.push(parseInt(octal[0], 8) & 0xff);
    i += octal[0].length - 1;
  }
  return null;
}
let entries = 0;
for (const line of listing.stdout.split('\n')) {
  if (line === '') continue;
  entries++;
  const name = unquote(line);
  const shown = name === null ? line.slice(0, 200) : JSON.stringify(name).slice(0, 200);
  if (line[0] !== '-' && line[0] !== 'd') refuse('it holds ' + shown + ', which is not a regular file or a directory');
  if (name === null) refuse('it holds an entry whose name could not be read: ' + shown);
  const target = path.resolve(dir, name);
  const rel = path.relative(allow, target);
  if (rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) refuse('it holds ' + shown + ', which is outside the prefix ' + allow);
}
run(args);
`;

/** The first executable named `name` on PATH, as @actions/io's which finds it. */
async function which(name: string, path: string): Promise<string | null> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

function shQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * Runs `call` (a restore into `prefix`) with the guard first on PATH. Resolves to the call's
 * value and, when the guard refused the archive, why (one clause). Where the guard cannot be
 * set up (not Linux, no tar on PATH), the call runs unguarded.
 */
export async function withTarGuard<T>(
  prefix: string,
  call: () => Promise<T>,
): Promise<{ value: T; refused: string | null }> {
  const path = process.env.PATH ?? '';
  // Linux only: there the library runs GNU tar from PATH, whose listing flags the guard uses.
  // On macOS it prefers gtar (and BSD tar lists differently); on Windows it picks its own.
  const real = process.platform === 'linux' ? await which('tar', path) : null;
  if (real === null) return { value: await call(), refused: null };
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'pycache-tar-'));
  const saved = {
    PATH: process.env.PATH,
    real: process.env.PYCACHE_TAR_REAL,
    allow: process.env.PYCACHE_TAR_ALLOW,
    report: process.env.PYCACHE_TAR_REPORT,
  };
  const report = join(dir, 'refused');
  try {
    await writeFile(join(dir, 'guard.cjs'), GUARD);
    await writeFile(
      join(dir, 'tar'),
      `#!/bin/sh\nexec ${shQuote(process.execPath)} ${shQuote(join(dir, 'guard.cjs'))} "$@"\n`,
    );
    await chmod(join(dir, 'tar'), 0o755);
    process.env.PATH = `${dir}${delimiter}${path}`;
    process.env.PYCACHE_TAR_REAL = real;
    process.env.PYCACHE_TAR_ALLOW = prefix;
    process.env.PYCACHE_TAR_REPORT = report;
    const value = await call();
    const refused = await readFile(report, 'utf8').catch(() => null);
    return { value, refused };
  } finally {
    for (const [name, value] of [
      ['PATH', saved.PATH],
      ['PYCACHE_TAR_REAL', saved.real],
      ['PYCACHE_TAR_ALLOW', saved.allow],
      ['PYCACHE_TAR_REPORT', saved.report],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await rm(dir, { recursive: true, force: true });
  }
}
