// One bundle serves the main and the post step (src/index.ts dispatches on the isPost state the
// main step saves), and the post step turns a late library error into a warning (src/post.ts).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DIST_ENTRY, DIST_POST, runAction } from '../scripts/runner.ts';
import { Repo, fakePyc, gitEnv } from './helpers/repo.ts';

const repos: Repo[] = [];
after(() => repos.forEach((r) => r.remove()));

function bytecodeRepo(): Repo {
  const r = new Repo();
  repos.push(r);
  r.write('x.pyc', fakePyc()).write('x.py').commit('bytecode');
  return r;
}

const env = { GIT_CONFIG_GLOBAL: gitEnv.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: '1' };

test('the main step saves isPost; the same bundle run with that state is the post step', async () => {
  assert.equal(DIST_POST, DIST_ENTRY);
  const r = bytecodeRepo();
  const main = await runAction({ workspace: r.dir, inputs: { 'fail-on': 'any', 'ignore-rules': 'off' }, env });
  assert.equal(main.code, 1, 'the check fails on committed bytecode');
  assert.equal(main.state.isPost, 'true');
  // The post step of a check-only run has nothing to save: no check, no annotation, no state.
  const post = await runAction({
    workspace: r.dir,
    inputs: { 'fail-on': 'any', 'ignore-rules': 'off' },
    env,
    state: main.state,
  });
  assert.equal(post.code, 0, post.stdout + post.stderr);
  assert.deepEqual(post.annotations, []);
  assert.deepEqual(post.state, {});
  assert.deepEqual(post.outputs, {});
});

test('a library error after the post step reported is a warning, and the step still succeeds', async () => {
  const postModule = fileURLToPath(new URL('../src/post.ts', import.meta.url));
  // What a timed-out upload can do: throw from a callback, and reject with nobody listening.
  const script = [
    `const { post } = await import(${JSON.stringify(postModule)});`,
    'post();',
    "setImmediate(() => { throw new Error('socket hang up'); });",
    "void Promise.reject(new Error('late rejection'));",
  ].join('\n');
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  delete childEnv.NODE_TEST_CONTEXT;
  for (const name of Object.keys(childEnv))
    if (name.startsWith('STATE_') || name.startsWith('GITHUB_')) delete childEnv[name];
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stdout + stderr);
  const warnings = stdout.split('\n').filter((l) => l.startsWith('::warning::'));
  assert.deepEqual(warnings.sort(), [
    '::warning::The post step caught an unexpected error (late rejection); the job is not affected.',
    '::warning::The post step caught an unexpected error (socket hang up); the job is not affected.',
  ]);
});
