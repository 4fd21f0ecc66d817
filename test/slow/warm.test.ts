// Cache warming end to end, the slow half of test/e2e/warm.test.ts: a cache service that fails
// (the library's retry backoff takes a minute), one that hangs on the upload, and a warm of
// the whole stdlib with the default scope. Not in `npm test`; `npm run test:slow` runs it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_POST, runAction, type ActionRun } from '../../scripts/runner.ts';
import { startCacheServer, type CacheServer } from '../helpers/cache-server.ts';
import { cpython, bytecodeEnv } from '../helpers/python.ts';
import { Repo, gitEnv, tempDir } from '../helpers/repo.ts';

const python = cpython('3.11');
let server: CacheServer;
const base = tempDir('pycache-warm-slow-');
const origin = new Repo(join(base, 'origin'));
const workspace = join(base, 'work');
const runnerTemp = join(base, 'runner-temp');
const prefix = join(runnerTemp, 'pycache');
const MODULES = 5;

before(async () => {
  server = await startCacheServer();
  origin.write('app/__init__.py', '');
  for (let i = 0; i < MODULES; i++) origin.write(`app/m${i}.py`, `import app\nVALUE = ${i}\n`);
  origin.write(
    'app/main.py',
    `from app import ${Array.from({ length: MODULES }, (_, i) => `m${i}`).join(', ')}\nprint("ok")\n`,
  );
  origin.write('.gitignore', '__pycache__/\n*.py[cod]\n*$py.class\n').commit('project');
});
after(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

/** A new machine: a fresh clone at the same absolute path and an empty RUNNER_TEMP. */
function freshMachine(): void {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(runnerTemp, { recursive: true, force: true });
  mkdirSync(runnerTemp, { recursive: true });
  execFileSync('git', ['clone', '-q', origin.dir, workspace], { env: gitEnv });
}

/** The main step, then the post step with the state the main step saved, as the runner chains them. */
async function job(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
  work?: (exported: Readonly<Record<string, string>>) => void,
): Promise<{ main: ActionRun; post: ActionRun }> {
  const common = { workspace, runnerTemp, env: { ...server.env, PYTHONDONTWRITEBYTECODE: undefined, ...env } };
  const main = await runAction({
    ...common,
    inputs: { check: 'false', warm: 'true', layout: 'prefix', python, scope: 'project', ...inputs },
  });
  assert.equal(main.code, 0, main.stdout + main.stderr);
  work?.(main.env);
  const post = await runAction({ ...common, entry: DIST_POST, state: main.state });
  assert.equal(post.code, 0, post.stdout + post.stderr);
  return { main, post };
}

describe('cache warming, slow cases', () => {
  test('a cache service that fails at restore and at save costs warnings, never the job', async () => {
    freshMachine();
    server.fault('download-url', 'status-503');
    server.fault('create', 'status-503');
    // PYTHONDONTWRITEBYTECODE: the job cannot compile for itself, so the main step precompiles.
    const broken = await job({ 'cache-suffix': 'broken' }, { PYTHONDONTWRITEBYTECODE: '1' });
    server.reset();
    assert.ok(
      broken.main.annotations.some((a) => a.level === 'warning' && /cache/i.test(a.message)),
      broken.main.stdout,
    );
    assert.equal(broken.main.outputs.compiled, String(MODULES + 2));
    assert.ok(
      broken.post.annotations.some((a) => a.level === 'warning' && /not saved|cache/i.test(a.message)),
      broken.post.stdout,
    );
  });

  test('a cache service that hangs during the upload costs the post step a bounded wait and a warning', async () => {
    freshMachine();
    server.fault('upload', 'hang');
    const started = Date.now();
    // The job's imports give the post step something to save.
    const hung = await job(
      { 'cache-suffix': 'hung' },
      { PYCACHE_ACTION_CACHE_SAVE_TIMEOUT_SECONDS: '3' },
      (exported) => {
        const result = spawnSync(python, ['-c', 'import app.main'], {
          cwd: workspace,
          env: bytecodeEnv({ PYTHONPYCACHEPREFIX: exported.PYTHONPYCACHEPREFIX }),
          encoding: 'utf8',
        });
        assert.equal(result.status, 0, result.stderr);
      },
    );
    server.reset();
    // Without the variable the post step would wait 15 minutes for the hung upload.
    assert.ok(Date.now() - started < 120_000, 'the post step gave up instead of waiting for the upload');
    assert.ok(
      hung.post.annotations.some(
        (a) =>
          a.level === 'warning' &&
          /did not finish the upload within 3 s \(PYCACHE_ACTION_CACHE_SAVE_TIMEOUT_SECONDS sets the limit\)/.test(
            a.message,
          ),
      ),
      hung.post.stdout,
    );
  });

  test('the default scope warms the stdlib too, so an import under the prefix compiles nothing', async () => {
    freshMachine();
    // A deadline, not a wait: the whole stdlib and site-packages take minutes on a busy machine.
    const full = await runAction({
      workspace,
      runnerTemp,
      env: server.env,
      inputs: { check: 'false', warm: 'true', layout: 'prefix', python, cache: 'false' },
      timeoutMs: 600_000,
    });
    assert.equal(full.code, 0, full.stdout);
    assert.ok(Number(full.outputs.compiled) > 1000, full.outputs.compiled);
    const result = spawnSync(python, ['-v', '-c', 'import json, email.message, app.main'], {
      cwd: workspace,
      env: bytecodeEnv({ PYTHONPYCACHEPREFIX: prefix }),
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(
      result.stderr.split('\n').filter((l) => /^# created /.test(l)),
      [],
      'nothing was compiled at import time',
    );
  });
});
