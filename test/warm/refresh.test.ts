// The post step's pass over the prefix (pycache_helper.py refresh) given `since`: what the
// job read or wrote stays, what nobody used goes (the project's own pycs excepted), a survey
// writes nothing, and what the tree saved is counted. Real CPython, real files, real atimes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytecodeEnv, cpython } from '../helpers/python.ts';
import { tempDir } from '../helpers/repo.ts';

const HELPER = fileURLToPath(new URL('../../src/warm/pycache_helper.py', import.meta.url));
const python = cpython('3.11');

function helper<T>(command: string, request: unknown): T {
  const r = spawnSync(python, ['-B', HELPER, command], {
    input: JSON.stringify(request),
    env: bytecodeEnv(),
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  return JSON.parse(r.stdout) as T;
}

interface Refreshed {
  rewritten: number;
  reheadered: number;
  unused: number;
  kept: number;
  read: number;
  written: number;
  saved_files: number;
  extra_files: number;
  tracked: boolean;
  compile_rate: number | null;
}

test('refresh with since: keeps what the job used and the project, drops the rest, and counts what it saved', (t) => {
  const base = tempDir('pycache-refresh-');
  t.after(() => rmSync(base, { recursive: true, force: true }));
  const project = join(base, 'project');
  const lib = join(base, 'lib');
  const prefix = join(base, 'prefix');
  mkdirSync(join(project, 'app'), { recursive: true });
  mkdirSync(lib, { recursive: true });
  writeFileSync(join(project, 'app', '__init__.py'), '');
  writeFileSync(join(project, 'app', 'used.py'), 'X = 1\n');
  writeFileSync(join(project, 'app', 'idle.py'), 'Y = 2\n');
  writeFileSync(join(lib, 'libused.py'), 'Z = 3\n');
  writeFileSync(join(lib, 'libidle.py'), 'W = 4\n');
  const roots = [
    { path: project, kind: 'project' },
    { path: lib, kind: 'site-packages' },
  ];
  helper('compile', { roots, prefix, mode: 'checked-hash' });
  // Old access times, as a restored tree has before the job: any read after `since` shows.
  const pycs = (dir: string, name: string): string => join(prefix, dir.slice(1), `${name}.cpython-311.pyc`);
  for (const p of [
    pycs(join(project, 'app'), '__init__'),
    pycs(join(project, 'app'), 'used'),
    pycs(join(project, 'app'), 'idle'),
    pycs(lib, 'libused'),
    pycs(lib, 'libidle'),
  ]) {
    const m = statSync(p).mtime;
    utimesSync(p, new Date(1000), m);
  }
  const since = Date.now() / 1000;
  // The job: imports app.used and libused from the prefix, and a new module it compiles itself.
  writeFileSync(join(project, 'app', 'fresh.py'), 'F = 5\n');
  const job = spawnSync(python, ['-c', 'import app.used, app.fresh, libused'], {
    cwd: project,
    env: bytecodeEnv({ PYTHONPYCACHEPREFIX: prefix, PYTHONPATH: lib }),
    encoding: 'utf8',
  });
  assert.equal(job.status, 0, job.stderr);

  const survey = helper<Refreshed>('refresh', { prefix, mode: 'checked-hash', since, keep: [project], write: false });
  assert.equal(survey.tracked, true);
  assert.equal(survey.unused, 0, 'a survey removes nothing');
  assert.ok(existsSync(pycs(lib, 'libidle')));
  assert.ok(survey.read >= 3, JSON.stringify(survey)); // app/__init__, app.used, libused
  assert.ok(survey.saved_files >= 3, JSON.stringify(survey));
  assert.ok(survey.compile_rate !== null && survey.compile_rate > 0);

  const r = helper<Refreshed>('refresh', { prefix, mode: 'checked-hash', since, keep: [project] });
  assert.equal(r.unused, 1, JSON.stringify(r));
  assert.ok(!existsSync(pycs(lib, 'libidle')), 'the unused module outside the project is dropped');
  assert.ok(existsSync(pycs(join(project, 'app'), 'idle')), "the project's own pycs are kept");
  assert.ok(existsSync(pycs(lib, 'libused')));
  assert.ok(r.reheadered >= 1, 'the timestamp pyc the job wrote got a hash header without a second compile');
  assert.equal(readFileSync(pycs(join(project, 'app'), 'fresh')).readUInt32LE(4), 3);

  const untracked = helper<Refreshed>('refresh', {
    prefix,
    mode: 'checked-hash',
    since: Date.now() / 1000 + 60,
    keep: [project],
  });
  assert.equal(
    untracked.tracked,
    false,
    'nothing read or written after since: reads are not recorded, keep everything',
  );
  assert.equal(untracked.unused, 0);
});
