// The tar guard (src/tar-guard.ts) on archives built here, run as @actions/cache runs tar:
// what it lets the real tar extract, what it refuses, and that a crafted listing is read a
// bounded line at a time. The end-to-end refusals through the cache are in warm-hostile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUARD } from '../src/tar-guard.ts';
import { cpython } from './helpers/python.ts';
import { tempDir } from './helpers/repo.ts';

const python = cpython('3.11');
/** The real tar's path, as the action passes it (execv takes no name to look up). */
const realTar = spawnSync('sh', ['-c', 'command -v tar'], { encoding: 'utf8' }).stdout.trim();

/** A tar (uncompressed) with one regular file per name, written by Python's tarfile. */
function archive(dir: string, names: readonly string[]): string {
  const file = join(dir, 'cache.tar');
  const code = [
    'import io, json, sys, tarfile',
    'with tarfile.open(sys.argv[1], "w", format=tarfile.PAX_FORMAT) as t:',
    '    for name in json.loads(sys.argv[2]):',
    '        info = tarfile.TarInfo(name); info.size = 2',
    '        t.addfile(info, io.BytesIO(b"ok"))',
  ].join('\n');
  const r = spawnSync(python, ['-c', code, file, JSON.stringify(names)], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return file;
}

function guard(dir: string, tar: string): { code: number | null; refused: string | null } {
  const script = join(dir, 'guard.py');
  const report = join(dir, 'refused');
  writeFileSync(script, GUARD);
  const r = spawnSync(python, ['-I', '-S', script, '-xf', tar, '-P', '-C', dir], {
    env: {
      PATH: process.env.PATH,
      PYCACHE_TAR_REAL: realTar,
      PYCACHE_TAR_ALLOW: join(dir, 'prefix'),
      PYCACHE_TAR_REPORT: report,
    },
    encoding: 'utf8',
  });
  return { code: r.status, refused: existsSync(report) ? readFileSync(report, 'utf8') : null };
}

test('an archive of regular files inside the prefix is extracted by the real tar', () => {
  const dir = tempDir('pycache-guard-');
  mkdirSync(join(dir, 'prefix'));
  const r = guard(dir, archive(dir, ['prefix/a/m.cpython-311.pyc', 'prefix/caf\u00e9.pyc']));
  assert.deepEqual(r, { code: 0, refused: null });
  assert.equal(readFileSync(join(dir, 'prefix/a/m.cpython-311.pyc'), 'utf8'), 'ok');
  assert.ok(existsSync(join(dir, 'prefix/caf\u00e9.pyc')));
});

test('a name outside the prefix, or a listing line past the bound, is refused and nothing is extracted', () => {
  const dir = tempDir('pycache-guard-');
  const outside = guard(dir, archive(dir, ['prefix/ok.pyc', 'prefix/../escape.pyc']));
  assert.equal(outside.code, 2);
  assert.match(outside.refused ?? '', /^it holds "prefix\/\.\.\/escape\.pyc", which is outside the prefix /);
  assert.equal(existsSync(join(dir, 'prefix/ok.pyc')), false);

  const long = tempDir('pycache-guard-');
  const name = `prefix/${'d/'.repeat(40_000)}x.pyc`;
  const r = guard(long, archive(long, [name]));
  assert.equal(r.code, 2);
  assert.equal(r.refused, 'it holds an entry whose listing is longer than 65536 bytes');
  assert.equal(existsSync(join(long, 'prefix')), false);
});
