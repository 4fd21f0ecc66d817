// Environment faults through the bundled action: a read-only working tree under fix: true,
// a full disk under the prefix, an interpreter that hangs, and an event file that is gone.
// Each must end in one plain sentence, never a stack trace, and leave no half-done work.
// The read-only and full-disk cases need mounts, which bind root too (chmod does not); where
// the machine does not allow them, the test skips and says why.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_ENTRY, runAction, type ActionRun } from '../../scripts/runner.ts';
import { cpython } from '../helpers/python.ts';
import { Repo, fakePyc, gitEnv, tempDir } from '../helpers/repo.ts';
import { until } from '../helpers/wait.ts';

const python = cpython('3.11');
const cleanups: (() => void)[] = [];
after(() => {
  for (const c of cleanups.reverse()) c();
});

function repo(): Repo {
  const r = new Repo();
  cleanups.push(() => r.remove());
  return r;
}

const isolatedHome = tempDir('pycache-home-');
cleanups.push(() => rmSync(isolatedHome, { recursive: true, force: true }));
const baseEnv = {
  GIT_CONFIG_GLOBAL: gitEnv.GIT_CONFIG_GLOBAL,
  GIT_CONFIG_NOSYSTEM: '1',
  XDG_CONFIG_HOME: isolatedHome,
  HOME: isolatedHome,
};

function run(
  r: Repo | string,
  inputs: Record<string, string> = {},
  extra: Partial<Parameters<typeof runAction>[0]> = {},
): Promise<ActionRun> {
  return runAction({
    workspace: typeof r === 'string' ? r : r.dir,
    inputs,
    ...extra,
    env: { ...baseEnv, ...extra.env },
  });
}

/** The step's ::error:: lines without a file: what fails the step. */
function stepErrors(result: ActionRun): string[] {
  return result.annotations.filter((a) => a.level === 'error' && a.properties.file === undefined).map((a) => a.message);
}

function assertNoStackTrace(result: ActionRun): void {
  const all = `${result.stdout}\n${result.stderr}`;
  assert.doesNotMatch(all, /^\s+at .+\(.+:\d+:\d+\)$/m, `a stack trace leaked:\n${all}`);
  assert.doesNotMatch(all, /Traceback \(most recent call last\)/, `a Python traceback leaked:\n${all}`);
}

/** One sentence: a capital, one final full stop, no line breaks. */
function assertOneSentence(message: string): void {
  assert.match(message, /^[A-Z/'`].*[.]$/s, message);
  assert.doesNotMatch(message, /\n/, message);
  assert.doesNotMatch(message, /\.\s+[A-Z]/, `more than one sentence: ${message}`);
}

function mount(args: string[]): string | null {
  const r = spawnSync('mount', args, { encoding: 'utf8' });
  return r.status === 0 ? null : r.stderr.trim() || `mount exited with ${r.status}`;
}

function umount(dir: string): void {
  spawnSync('umount', ['-l', dir]);
}

/** Makes `dir` read-only for everyone, root included, with a read-only bind mount; the reason when the machine refuses. */
function readOnly(dir: string): string | null {
  const bind = mount(['--bind', dir, dir]);
  if (bind !== null) return `a bind mount is not permitted here (${bind})`;
  cleanups.push(() => umount(dir));
  const ro = mount(['-o', 'remount,ro,bind', dir]);
  if (ro !== null) return `a read-only remount is not permitted here (${ro})`;
  return null;
}

/** Whether this machine lets the test mount (it runs as root on the project's machines). */
const mountProbe = ((): string | null => {
  if (process.platform !== 'linux') return 'mounts are only tried on Linux';
  const dir = tempDir('pycache-mount-probe-');
  try {
    const tmpfs = mount(['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
    if (tmpfs !== null) return `mounting a tmpfs is not permitted here (${tmpfs})`;
    umount(dir);
    const ro = readOnly(dir);
    umount(dir);
    return ro;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();
const needsMount = mountProbe === null ? {} : { skip: mountProbe };

/** A repository that fix: true would change twice over: a missing rule file and committed bytecode. */
function fixableRepo(): Repo {
  const r = repo()
    .write('pkg/mod.py', 'x = 1\n')
    .write('pkg/__pycache__/mod.cpython-311.pyc', fakePyc())
    .write('.gitignore', 'build/\n');
  r.commit('init');
  return r;
}

function snapshot(r: Repo): { gitignore: string; index: Buffer; tracked: string } {
  return {
    gitignore: readFileSync(join(r.dir, '.gitignore'), 'utf8'),
    index: readFileSync(join(r.dir, '.git', 'index')),
    tracked: r.git('ls-files'),
  };
}

describe('read-only working tree with fix: true', needsMount, () => {
  test('a wholly read-only tree: one sentence naming what could not be written, nothing changed', async () => {
    const r = fixableRepo();
    const before = snapshot(r);
    const why = readOnly(r.dir);
    assert.equal(why, null, why ?? '');
    const result = await run(r, { fix: 'true' });
    umount(r.dir);
    assertNoStackTrace(result);
    assert.equal(result.code, 1);
    const errors = stepErrors(result);
    const fixError = errors.find((m) => /fix/i.test(m) && /read-only/.test(m));
    assert.ok(fixError !== undefined, result.stdout);
    assertOneSentence(fixError);
    assert.match(fixError, /\.gitignore|index/);
    assert.deepEqual(snapshot(r), before, 'nothing was changed');
    // The report still tells the user what to do by hand.
    assert.match(result.summary, /git --literal-pathspecs rm -r --cached --quiet -- pkg\/__pycache__/);
    assert.match(result.summary, /# Python bytecode \(added by pycache-action\)/);
  });

  test('only the git directory read-only: the .gitignore is left alone too, not half-fixed', async () => {
    const r = fixableRepo();
    const before = snapshot(r);
    const why = readOnly(join(r.dir, '.git'));
    assert.equal(why, null, why ?? '');
    const result = await run(r, { fix: 'true' });
    umount(join(r.dir, '.git'));
    assertNoStackTrace(result);
    assert.equal(result.code, 1);
    const fixError = stepErrors(result).find((m) => /index/.test(m));
    assert.ok(fixError !== undefined, result.stdout);
    assertOneSentence(fixError);
    assert.deepEqual(snapshot(r), before, 'the .gitignore was not appended while the index could not change');
  });

  test('only the .gitignore read-only: the index is left alone too', async () => {
    const r = fixableRepo();
    const before = snapshot(r);
    // A file bind-mounted over itself read-only: root cannot write it, and git can still lock the index.
    const file = join(r.dir, '.gitignore');
    const bind = mount(['--bind', file, file]);
    assert.equal(bind, null, bind ?? '');
    cleanups.push(() => umount(file));
    assert.equal(mount(['-o', 'remount,ro,bind', file]), null);
    const result = await run(r, { fix: 'true' });
    umount(file);
    assertNoStackTrace(result);
    assert.equal(result.code, 1);
    const fixError = stepErrors(result).find((m) => /\.gitignore/.test(m) && /fix/i.test(m));
    assert.ok(fixError !== undefined, result.stdout);
    assertOneSentence(fixError);
    assert.deepEqual(snapshot(r), before);
  });
});

describe('a full disk under the prefix', needsMount, () => {
  test('warns with one sentence naming the prefix and ENOSPC, exports nothing, saves nothing, and leaves the project alone', async () => {
    const r = repo();
    // Enough source that its bytecode cannot fit in 512 KiB.
    for (let i = 0; i < 60; i++)
      r.write(
        `app/m${i}.py`,
        `VALUE = ${i}\n${Array.from({ length: 300 }, (_, j) => `def f${j}(x):\n    return x * ${j} + ${i}\n`).join('')}`,
      );
    r.write('.gitignore', '__pycache__/\n*.py[cod]\n*$py.class\n').commit('init');
    const status = r.git('status', '--porcelain');
    const disk = tempDir('pycache-full-');
    cleanups.push(() => rmSync(disk, { recursive: true, force: true }));
    assert.equal(mount(['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', disk]), null);
    cleanups.push(() => umount(disk));
    const prefix = join(disk, 'pycache');
    const result = await run(r, {
      check: 'false',
      warm: 'true',
      layout: 'prefix',
      python,
      scope: 'project',
      cache: 'false',
      prefix,
    });
    assertNoStackTrace(result);
    assert.equal(result.code, 0, `a full prefix costs a warning, not the job: ${result.stdout}`);
    const warning = result.annotations.find((a) => a.level === 'warning' && /ENOSPC/.test(a.message));
    assert.ok(warning !== undefined, result.stdout);
    assertOneSentence(warning.message);
    assert.ok(warning.message.includes(prefix), warning.message);
    assert.equal(result.env.PYTHONPYCACHEPREFIX, undefined, 'a half-filled prefix is not exported');
    assert.equal(result.state.warm, undefined, 'the post step has nothing to save');
    assert.equal(result.outputs.prefix ?? '', '');
    assert.equal(r.git('status', '--porcelain'), status, 'the project is untouched');
    assert.equal(readdirSync(join(r.dir, 'app')).filter((f) => f === '__pycache__').length, 0);
    umount(disk);
  });
});

/**
 * A fake `python` that hangs on `command` (with a child that hangs too) and otherwise runs the
 * real one; its `describe` names the fake as the executable, so `compile` comes back to it.
 */
function hangingPython(dir: string, command: 'describe' | 'compile'): { path: string; pidFile: string } {
  const path = join(dir, `python-hangs-on-${command}`);
  const pidFile = join(dir, `${command}.pids`);
  writeFileSync(
    path,
    [
      '#!/bin/sh',
      // The helper's command is the last argument, after the interpreter options.
      'for arg; do last=$arg; done',
      `if [ "$last" = "${command}" ]; then`,
      // A grandchild that holds the pipes open: killing only the shell would leave it running.
      `  sleep 1000 & echo $! >> '${pidFile}'`,
      `  echo $$ >> '${pidFile}'`,
      '  wait',
      'fi',
      `out=$('${python}' "$@") || exit $?`,
      `printf '%s\\n' "$out" | '${python}' -c 'import json, sys; d = json.loads(sys.stdin.read().strip().splitlines()[-1]); d["executable"] = sys.argv[1]; print(json.dumps(d))' "$0"`,
      '',
    ].join('\n'),
  );
  chmodSync(path, 0o755);
  return { path, pidFile };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie has exited; only its parent has not reaped it yet.
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

describe('an interpreter that hangs', () => {
  for (const command of ['describe', 'compile'] as const) {
    test(`hanging on ${command}: one sentence about the timeout, and the interpreter and its children are killed`, async () => {
      const r = repo().write('app/m.py', 'x = 1\n');
      r.commit('init');
      const dir = tempDir('pycache-hang-');
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      const fake = hangingPython(dir, command);
      const started = Date.now();
      const result = await run(
        r,
        { check: 'false', warm: 'true', layout: 'prefix', python: fake.path, scope: 'project', cache: 'false' },
        { env: { PYCACHE_ACTION_HELPER_TIMEOUT_SECONDS: '2' }, timeoutMs: 60_000 },
      );
      // The default limit for describe is 60 s (20 minutes for compile); 2 s, however slow the machine, ends well before.
      assert.ok(Date.now() - started < 50_000, 'the timeout variable shortened the wait');
      assertNoStackTrace(result);
      assert.equal(result.code, 1);
      const [error, ...more] = stepErrors(result);
      assert.deepEqual(more, [], result.stdout);
      assert.ok(error !== undefined, result.stdout);
      assertOneSentence(error);
      assert.match(error, new RegExp(`did not finish '${command}' within 2 s`));
      assert.match(error, /PYCACHE_ACTION_HELPER_TIMEOUT_SECONDS/);
      const pids = readFileSync(fake.pidFile, 'utf8').trim().split('\n').map(Number);
      assert.equal(pids.length, 2);
      for (const pid of pids) assert.equal(alive(pid), false, `process ${pid} was left running`);
      assert.equal(result.env.PYTHONPYCACHEPREFIX, undefined);
    });
  }

  test('a cancelled step (SIGTERM to node alone, as the runner sends it) takes the hung helper and its children down', async () => {
    const r = repo().write('app/m.py', 'x = 1\n');
    r.commit('init');
    const dir = tempDir('pycache-cancel-');
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const fake = hangingPython(dir, 'compile');
    for (const file of ['env', 'output', 'state', 'summary']) writeFileSync(join(dir, file), '');
    const child = spawn(process.execPath, [DIST_ENTRY], {
      cwd: r.dir,
      stdio: 'ignore',
      env: {
        ...gitEnv,
        GITHUB_WORKSPACE: r.dir,
        RUNNER_TEMP: dir,
        GITHUB_ENV: join(dir, 'env'),
        GITHUB_OUTPUT: join(dir, 'output'),
        GITHUB_STATE: join(dir, 'state'),
        GITHUB_STEP_SUMMARY: join(dir, 'summary'),
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        INPUT_CHECK: 'false',
        INPUT_WARM: 'true',
        INPUT_PYTHON: fake.path,
        INPUT_SCOPE: 'project',
        INPUT_CACHE: 'false',
      },
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    await until(
      () => existsSync(fake.pidFile) && readFileSync(fake.pidFile, 'utf8').trim().split('\n').length === 2,
      'the fake interpreter has started compiling',
    );
    child.kill('SIGTERM');
    assert.equal(await exited, 'SIGTERM', 'node ends by the signal it was sent');
    const pids = readFileSync(fake.pidFile, 'utf8').trim().split('\n').map(Number);
    await until(
      () => !pids.some(alive),
      `the hung helper's processes (${pids.join(', ')}) have ended with the cancelled step`,
    );
  });

  test('a bad timeout variable fails with one sentence', async () => {
    const r = repo().write('app/m.py', 'x = 1\n');
    r.commit('init');
    const result = await run(
      r,
      { check: 'false', warm: 'true', layout: 'prefix', python, scope: 'project', cache: 'false' },
      { env: { PYCACHE_ACTION_HELPER_TIMEOUT_SECONDS: 'soon' } },
    );
    assert.equal(result.code, 1);
    const [error] = stepErrors(result);
    assert.match(
      error ?? '',
      /^PYCACHE_ACTION_HELPER_TIMEOUT_SECONDS must be a positive number of seconds, not "soon"\.$/,
    );
  });
});

describe('GITHUB_EVENT_PATH names a file that does not exist', () => {
  test('a warning, not a crash; every tracked bytecode file counts as added', async () => {
    const r = repo().write('x.pyc', fakePyc()).write('x.py');
    r.commit('x');
    const gone = join(r.dir, '.git', 'no-such-event.json');
    const result = await run(
      r,
      { 'ignore-rules': 'off' },
      { eventName: 'pull_request', event: null, env: { GITHUB_EVENT_PATH: gone } },
    );
    assertNoStackTrace(result);
    assert.equal(result.code, 1, 'x.pyc counts as added');
    const warning = result.annotations.find((a) => a.level === 'warning' && a.message.includes(gone));
    assert.ok(warning !== undefined, result.stdout);
    assertOneSentence(warning.message);
    assert.match(warning.message, /does not exist/);
    assert.deepEqual(JSON.parse(result.outputs['added-bytecode-files'] ?? 'null'), ['x.pyc']);
    assert.equal(existsSync(gone), false);
  });
});
