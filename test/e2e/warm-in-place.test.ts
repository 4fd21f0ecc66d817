// layout: in-place end to end: the bundled main and post steps, run as the runner runs them,
// with the real @actions/cache on a loopback cache service, across fresh clones. The tree
// keeps the prefix's layout; the job reads the project's pycs from its own __pycache__.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { DIST_POST, runAction, type ActionRun } from '../../scripts/runner.ts';
import { startCacheServer, type CacheServer } from '../helpers/cache-server.ts';
import { cpython, bytecodeEnv } from '../helpers/python.ts';
import { Repo, gitEnv, tempDir } from '../helpers/repo.ts';

const python = cpython('3.11');
let server: CacheServer;
const base = tempDir('pycache-inplace-');
const origin = new Repo(join(base, 'origin'));
const workspace = join(base, 'work');
const runnerTemp = join(base, 'runner-temp');
const prefix = join(runnerTemp, 'pycache');
const outside = join(base, 'outside');
const MODULES = 12;

before(async () => {
  server = await startCacheServer();
  origin.write('app/__init__.py', '');
  for (let i = 0; i < MODULES; i++) origin.write(`app/m${i}.py`, `import app\nVALUE = ${i}\n`);
  origin.write('app/main.py', `from app import ${Array.from({ length: MODULES }, (_, i) => `m${i}`).join(', ')}\n`);
  origin.write('.gitignore', '__pycache__/\n*.py[cod]\n').commit('project');
});
after(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

function freshMachine(from = origin.dir): void {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(runnerTemp, { recursive: true, force: true });
  mkdirSync(runnerTemp, { recursive: true });
  execFileSync('git', ['clone', '-q', from, workspace], { env: gitEnv });
}

async function job(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
  work?: (exported: Readonly<Record<string, string>>) => void,
): Promise<{ main: ActionRun; post: ActionRun }> {
  const common = { workspace, runnerTemp, env: { ...server.env, PYTHONDONTWRITEBYTECODE: undefined, ...env } };
  const main = await runAction({
    ...common,
    inputs: { check: 'false', warm: 'true', python, scope: 'project', layout: 'in-place', ...inputs },
  });
  assert.equal(main.code, 0, main.stdout + main.stderr);
  work?.(main.env);
  const post = await runAction({ ...common, entry: DIST_POST, state: main.state });
  assert.equal(post.code, 0, post.stdout + post.stderr);
  return { main, post };
}

/** `import app.main` as the job does, with what `python -v` says: pycs matched and created. */
function importProject(env: Readonly<Record<string, string>>): { matched: number; created: string[] } {
  const result = spawnSync(python, ['-v', '-c', 'import app.main'], {
    cwd: workspace,
    env: bytecodeEnv(env.PYTHONPYCACHEPREFIX ? { PYTHONPYCACHEPREFIX: env.PYTHONPYCACHEPREFIX } : {}),
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stderr.split('\n');
  return {
    matched: lines.filter((l) => / matches /.test(l) && l.includes(`${workspace}/app/`)).length,
    created: lines.filter((l) => /^# created /.test(l) && l.includes('/app/')),
  };
}

function pycs(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.pyc')) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

describe('layout: in-place', () => {
  test('a miss saves the project pycs the job wrote, as checked-hash; a hit on a fresh clone places them and the imports compile nothing', async () => {
    freshMachine();
    const first = await job({}, {}, (exported) => {
      assert.equal(exported.PYTHONPYCACHEPREFIX, undefined, 'no prefix in place');
      assert.equal(importProject(exported).created.length, MODULES + 2, 'the first run compiles in place');
    });
    assert.equal(first.main.outputs['cache-hit'], 'false');
    assert.equal(server.entries().length, 1, first.post.stdout);
    const tree = pycs(join(prefix, workspace));
    assert.equal(tree.length, MODULES + 2, tree.join('\n'));
    for (const p of tree) assert.equal(readFileSync(p).readUInt32LE(4), 3, `${p} is checked-hash`);

    freshMachine();
    const second = await job({}, {}, (exported) => {
      assert.equal(exported.PYTHONPYCACHEPREFIX, undefined);
      const imported = importProject(exported);
      assert.equal(imported.matched, MODULES + 2, 'every project module loaded its placed pyc');
      assert.deepEqual(imported.created, []);
    });
    assert.equal(second.main.outputs['cache-hit'], 'true', second.main.stdout);
    assert.match(second.post.summary, new RegExp(`${MODULES + 2} pycs read from the tree had none in place`));
    assert.match(second.main.summary, new RegExp(`In place: ${MODULES + 2} project pycs copied`));
    assert.equal(pycs(join(workspace, 'app/__pycache__')).length, MODULES + 2);

    // A new commit: the edited module is recompiled by the job, collected, and the rest stays.
    freshMachine();
    writeFileSync(join(workspace, 'app/m3.py'), 'import app\nVALUE = 300\n');
    execFileSync('git', ['-C', workspace, 'commit', '-q', '-am', 'edit m3'], { env: gitEnv });
    const third = await job({}, {}, (exported) => {
      assert.equal(importProject(exported).created.length, 1, 'only the edited module compiles');
    });
    assert.match(third.main.summary, /Partial hit/);
    const m3 = pycs(join(prefix, workspace)).find((p) => p.includes('/app/m3.'));
    assert.ok(m3 !== undefined && readFileSync(m3).readUInt32LE(4) === 3, 'the edited module was re-headered');
  });

  test('a job that cannot write bytecode (PYTHONDONTWRITEBYTECODE=1) gets the project precompiled and placed', async () => {
    const dw = { PYTHONDONTWRITEBYTECODE: '1' };
    freshMachine();
    const first = await job({ 'cache-suffix': 'dw' }, dw);
    assert.equal(first.main.outputs.compiled, String(MODULES + 2));
    assert.equal(pycs(join(workspace, 'app/__pycache__')).length, MODULES + 2, 'placed on the miss too');
    freshMachine();
    const hit = await job({ 'cache-suffix': 'dw' }, dw, (exported) => {
      const imported = importProject(exported);
      assert.equal(imported.matched, MODULES + 2);
      assert.deepEqual(imported.created, []);
    });
    assert.equal(hit.main.outputs['cache-hit'], 'true');
  });

  test('a committed __pycache__ link pointing outside is never written through', async () => {
    // Warm the cache for this tree first (its own suffix), then commit the link and hit it.
    mkdirSync(outside, { recursive: true });
    const hostile = new Repo(join(base, 'hostile'));
    hostile.write('pkg/__init__.py', '').write('pkg/mod.py', 'X = 1\n').commit('project');
    freshMachine(hostile.dir);
    await job({ 'cache-suffix': 'link' }, {}, () => {
      const r = spawnSync(python, ['-c', 'import pkg.mod'], { cwd: workspace, env: bytecodeEnv() });
      assert.equal(r.status, 0);
    });
    assert.equal(pycs(join(prefix, workspace)).length, 2);
    // The same sources (same key), but pkg/__pycache__ is now a link to a directory outside.
    freshMachine(hostile.dir);
    symlinkSync(outside, join(workspace, 'pkg/__pycache__'));
    const run = await job({ 'cache-suffix': 'link' });
    assert.equal(run.main.outputs['cache-hit'], 'true', run.main.stdout);
    assert.deepEqual(readdirSync(outside), [], 'nothing was written outside the workspace');
  });

  test('a pyc committed to the checkout is never collected into the cache', async () => {
    const committed = new Repo(join(base, 'committed'));
    committed.write('lib/__init__.py', '').write('lib/mod.py', 'X = 1\n');
    // A valid checked-hash pyc of lib/mod.py whose body says something else.
    const forged = spawnSync(
      python,
      [
        '-c',
        [
          'import importlib.util, marshal, sys',
          "src = open(sys.argv[1], 'rb').read()",
          "code = compile('X = 666', sys.argv[1], 'exec')",
          "head = importlib.util.MAGIC_NUMBER + (3).to_bytes(4, 'little') + importlib.util.source_hash(src)",
          'sys.stdout.buffer.write(head + marshal.dumps(code))',
        ].join('\n'),
        join(committed.dir, 'lib/mod.py'),
      ],
      { encoding: 'buffer' },
    );
    assert.equal(forged.status, 0, String(forged.stderr));
    const tag = spawnSync(python, ['-c', 'import sys; print(sys.implementation.cache_tag)'], {
      encoding: 'utf8',
    }).stdout.trim();
    mkdirSync(join(committed.dir, 'lib/__pycache__'), { recursive: true });
    writeFileSync(join(committed.dir, `lib/__pycache__/mod.${tag}.pyc`), forged.stdout);
    committed.commit('project with a committed pyc');
    freshMachine(committed.dir);
    await job({ 'cache-suffix': 'committed' }, {}, () => {
      const r = spawnSync(python, ['-c', 'import lib.mod'], { cwd: workspace, env: bytecodeEnv() });
      assert.equal(r.status, 0);
    });
    const tree = pycs(join(prefix, workspace));
    assert.ok(!tree.some((p) => p.includes('/lib/mod.')), tree.join('\n'));
  });

  test('a checkout that refuses writes falls back to the prefix layout with one warning', async () => {
    freshMachine();
    await job({ 'cache-suffix': 'ro' }, {}, (exported) => importProject(exported));
    freshMachine();
    const app = join(workspace, 'app');
    // Root writes through mode bits, so there the directory is made immutable (EPERM) instead.
    const root = process.getuid?.() === 0;
    const lock = (on: boolean): void => {
      if (root) execFileSync('chattr', [on ? '+i' : '-i', app]);
      else chmodSync(app, on ? 0o555 : 0o755);
    };
    lock(true);
    try {
      const run = await job({ 'cache-suffix': 'ro' }, {}, (exported) => {
        assert.equal(exported.PYTHONPYCACHEPREFIX, prefix, 'the prefix layout for this run');
        assert.deepEqual(importProject(exported).created, []);
      });
      assert.match(run.main.stdout, /cannot be written .* uses the prefix layout/);
      assert.equal(run.main.outputs['cache-hit'], 'true');
    } finally {
      lock(false);
    }
  });
});
