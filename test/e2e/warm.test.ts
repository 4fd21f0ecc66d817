// Cache warming end to end: the bundled main and post steps, run as the runner runs them, with
// the real @actions/cache talking to a loopback cache service, across fresh clones.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_POST, runAction, type ActionRun } from '../../scripts/runner.ts';
import { startCacheServer, type CacheServer } from '../helpers/cache-server.ts';
import { cpython, PYPY3, bytecodeEnv, skipUnless } from '../helpers/python.ts';
import { Repo, gitEnv, tempDir } from '../helpers/repo.ts';

const python = cpython('3.11');
let server: CacheServer;
const base = tempDir('pycache-warm-');
const origin = new Repo(join(base, 'origin'));
const workspace = join(base, 'work');
const runnerTemp = join(base, 'runner-temp');
const prefix = join(runnerTemp, 'pycache');
const MODULES = 30;

before(async () => {
  server = await startCacheServer();
  origin.write('app/__init__.py', '');
  for (let i = 0; i < MODULES; i++) origin.write(`app/m${i}.py`, `import app\nVALUE = ${i}\ndef f(x):\n    return x + ${i}\n`);
  origin.write('app/main.py', `from app import ${Array.from({ length: MODULES }, (_, i) => `m${i}`).join(', ')}\nprint("ok")\n`);
  origin.write('.gitignore', '__pycache__/\n*.py[cod]\n*$py.class\n').commit('project');
});
after(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

/** A new machine: a fresh clone at the same absolute path (new mtimes) and an empty RUNNER_TEMP. */
function freshMachine(): void {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(runnerTemp, { recursive: true, force: true });
  mkdirSync(runnerTemp, { recursive: true });
  execFileSync('git', ['clone', '-q', origin.dir, workspace], { env: gitEnv });
  // An in-project virtualenv, as `uv venv` makes: its packages are not project sources.
  mkdirSync(join(workspace, '.venv/lib/python3.11/site-packages/dep'), { recursive: true });
  writeFileSync(join(workspace, '.venv/pyvenv.cfg'), 'home = /usr/bin\n');
  writeFileSync(join(workspace, '.venv/lib/python3.11/site-packages/dep/__init__.py'), 'X = 1\n');
}

interface Job {
  readonly main: ActionRun;
  readonly post: ActionRun;
}

/** The main step, then the post step with the state the main step saved, as the runner chains them. */
async function job(inputs: Record<string, string>, env: Record<string, string | undefined> = {}): Promise<Job> {
  const common = { workspace, runnerTemp, env: { ...server.env, ...env } };
  const main = await runAction({ ...common, inputs: { check: 'false', warm: 'true', python, scope: 'project', ...inputs } });
  assert.equal(main.code, 0, main.stdout + main.stderr);
  const post = await runAction({ ...common, entry: DIST_POST, state: main.state });
  assert.equal(post.code, 0, post.stdout + post.stderr);
  return { main, post };
}

/** Imports the project with the exported prefix and returns what `python -v` says it did. */
function importProject(interpreter: string, env: Readonly<Record<string, string>>): { matched: number; created: string[] } {
  const result = spawnSync(interpreter, ['-v', '-c', 'import app.main'], { cwd: workspace, env: bytecodeEnv({ PYTHONPYCACHEPREFIX: env.PYTHONPYCACHEPREFIX }), encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stderr.split('\n');
  const inProject = (line: string) => line.includes(`${workspace}/app/`);
  return {
    matched: lines.filter((l) => / matches /.test(l) && inProject(l)).length,
    created: lines.filter((l) => /^# created /.test(l) && l.includes(prefix) && l.includes('/app/')),
  };
}

describe('cache warming', () => {
  test('run 1 misses and saves; run 2 on a fresh clone hits and compiles nothing; run 3 recompiles only the edited file', async () => {
    freshMachine();
    const first = await job({});
    assert.equal(first.main.outputs['cache-hit'], 'false');
    assert.equal(first.main.outputs['cache-matched-key'], '');
    assert.equal(first.main.outputs.compiled, String(MODULES + 2));
    assert.equal(first.main.env.PYTHONPYCACHEPREFIX, prefix);
    assert.equal(first.main.outputs.prefix, prefix);
    assert.match(first.main.summary, /Cache miss/);
    assert.equal(server.entries().length, 1, first.post.stdout);
    assert.equal(server.entries()[0]?.key, first.main.outputs['cache-key']);

    freshMachine();
    const second = await job({});
    assert.equal(second.main.outputs['cache-hit'], 'true', second.main.stdout);
    assert.equal(second.main.outputs['cache-key'], first.main.outputs['cache-key']);
    assert.equal(second.main.outputs.compiled, '0');
    assert.equal(second.main.outputs.reused, String(MODULES + 2));
    assert.equal(server.entries().length, 1, 'an exact hit saves nothing');
    const imported = importProject(python, second.main.env);
    assert.equal(imported.matched, MODULES + 2, 'every project module came from the restored prefix');
    assert.deepEqual(imported.created, []);

    freshMachine();
    writeFileSync(join(workspace, 'app/m7.py'), 'import app\nVALUE = 700\n');
    const third = await job({});
    assert.equal(third.main.outputs['cache-hit'], 'false');
    assert.equal(third.main.outputs['cache-matched-key'], first.main.outputs['cache-key'], 'restored through the restore key');
    assert.match(third.main.summary, /Partial hit/);
    assert.equal(third.main.outputs.compiled, '1');
    assert.equal(server.entries().length, 2, 'the updated tree is saved under the new key');
  });

  test('CPython and PyPy3 together share one tree, each under its own cache_tag', skipUnless(PYPY3, 'PyPy3'), async () => {
    freshMachine();
    const both = await job({ python: `${python}\n${PYPY3}`, 'cache-suffix': 'two' });
    assert.match(both.main.outputs['cache-key'] ?? '', /cpython-311-m3495\+pypy39-m336/);
    assert.equal(both.main.outputs.compiled, String(2 * (MODULES + 2)));
    freshMachine();
    const again = await job({ python: `${python}\n${PYPY3}`, 'cache-suffix': 'two' });
    assert.equal(again.main.outputs['cache-hit'], 'true');
    assert.equal(again.main.outputs.compiled, '0');
    assert.equal(importProject(PYPY3, again.main.env).created.length, 0);
  });

  test('bad warm inputs fail with one sentence', async () => {
    freshMachine();
    const cases: [Record<string, string>, RegExp][] = [
      [{ python: 'python3.99' }, /^::error::Input 'python' names "python3\.99", which was not found on PATH/m],
      [{ python: '/bin/true' }, /^::error::\/bin\/true is not a Python interpreter this action can use/m],
      [{ python: cpython('3.6') }, /warming needs Python 3\.8 or newer|3\.8/m],
      [{ prefix: join(workspace, 'cache') }, /^::error::Input 'prefix' is .*, inside the project/m],
      [{ 'invalidation-mode': 'mtime' }, /^::error::Input 'invalidation-mode' must be one of checked-hash, unchecked-hash, timestamp/m],
    ];
    for (const [inputs, message] of cases) {
      const result = await runAction({ workspace, runnerTemp, env: server.env, inputs: { check: 'false', warm: 'true', python, scope: 'project', ...inputs } });
      assert.equal(result.code, 1, JSON.stringify(inputs));
      assert.match(result.stdout, message);
    }
  });
});
