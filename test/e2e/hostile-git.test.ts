// The bundled dist/index.js on checkouts built to attack the action's git calls (issue #12,
// findings 1, 2, 5, 6, 7 and 12): a committed fake git directory, a repository owned by another
// user, names git would read as pathspec magic, names that are not UTF-8, a .gitmodules git
// refuses, and a change that rewrites committed bytecode. Each run must still report, run no
// command from the checkout, and change nothing it was not asked to.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, type ActionRun, type RunOptions } from '../../scripts/runner.ts';
import { Repo, fakePyc, gitEnv, tempDir } from '../helpers/repo.ts';
import { cpython } from '../helpers/python.ts';

const python = cpython('3.11');

const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

function dir(prefix: string): string {
  const d = tempDir(prefix);
  cleanups.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

function repo(): Repo {
  const r = new Repo();
  cleanups.push(() => r.remove());
  return r;
}

/** Commits everything, ignored files too. */
function commitAll(r: Repo, message: string): string {
  r.git('add', '-A', '-f', '--', '.');
  r.git('commit', '-q', '--allow-empty', '-m', message);
  return r.head();
}

function run(
  workspace: string,
  inputs: Record<string, string> = {},
  extra: Partial<RunOptions> = {},
): Promise<ActionRun> {
  return runAction({
    workspace,
    inputs,
    timeoutMs: 60_000,
    ...extra,
    env: { GIT_CONFIG_GLOBAL: gitEnv.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: '1', ...extra.env },
  });
}

function outputList(result: ActionRun, name: string): string[] {
  const value = result.outputs[name];
  assert.ok(value !== undefined, `no output ${name}:\n${result.stdout}`);
  return (JSON.parse(value) as string[]).sort();
}

/** NUL-separated `git ls-files -z` of the repository, as raw byte strings (latin1) so nothing is lost. */
function lsFiles(r: Repo): string[] {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: r.dir, env: gitEnv });
  return out
    .toString('latin1')
    .split('\0')
    .filter((p) => p !== '')
    .sort();
}

/** A command, as a shell string, that appends a line to `marker` when anything runs it. */
function markerCommand(marker: string, what: string): string {
  return `echo ${what} >> ${marker}`;
}

describe('hostile checkouts and the git calls', () => {
  test('a committed fake git directory at `path` is never taken for a repository, and its config runs nothing', async () => {
    const marker = join(dir('pycache-marker-'), 'ran');
    const r = repo().write('app.py').write('proj/m.pyc', fakePyc()).write('proj/m2.py');
    // What git needs to take proj for a repository (a bare one, given a work tree by its config),
    // and a config that runs a command whenever git reads the index there.
    r.write('proj/HEAD', 'ref: refs/heads/main\n')
      .write('proj/objects/.keep')
      .write('proj/refs/.keep')
      .write(
        'proj/config',
        `[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = .\n\tfsmonitor = "${markerCommand(marker, 'fsmonitor')}; false"\n`,
      );
    commitAll(r, 'hostile');
    // Nor does a hook of the real repository run (post-index-change, on the fix's `git rm --cached`).
    const hook = join(r.dir, '.git', 'hooks', 'post-index-change');
    writeFileSync(hook, `#!/bin/sh\n${markerCommand(marker, 'hook')}\n`);
    chmodSync(hook, 0o755);
    // Plain git there would run it: the attack is real.
    execFileSync('git', ['ls-files'], { cwd: join(r.dir, 'proj'), env: gitEnv });
    assert.ok(existsSync(marker), 'git itself reads proj/config');
    rmSync(marker);

    for (const inputs of [
      { path: 'proj' },
      { path: 'proj', fix: 'true' },
      { path: 'proj', warm: 'true', layout: 'prefix', check: 'false', cache: 'false', scope: 'project', python },
    ]) {
      const result = await run(r.dir, { 'fail-on': 'any', ...inputs });
      assert.ok(!existsSync(marker), `no command from proj/config ran (${JSON.stringify(inputs)}):\n${result.stdout}`);
      if (inputs.check === 'false') continue;
      // After fix: true the outputs describe the repository after the fix: the file was untracked.
      assert.deepEqual(
        outputList(result, inputs.fix === 'true' ? 'untracked-bytecode-files' : 'bytecode-files'),
        ['m.pyc'],
        result.stdout,
      );
      if (inputs.fix !== 'true')
        assert.ok(
          result.annotations.some((a) => a.properties.file === 'proj/m.pyc'),
          result.stdout,
        );
    }
    assert.ok(!lsFiles(r).includes('proj/m.pyc'), 'fix: true untracked it from the real index');
  });

  test('a path inside a repository that is not a submodule of the workspace repository fails with one sentence', async () => {
    const r = repo().write('app.py');
    commitAll(r, 'top');
    const inner = new Repo(join(r.dir, 'other'));
    inner.write('x.pyc', fakePyc()).commit('inner');
    const result = await run(r.dir, { path: 'other' });
    assert.equal(result.code, 1, result.stdout);
    const errors = result.annotations.filter((a) => a.level === 'error');
    assert.equal(errors.length, 1, result.stdout);
    assert.match(
      errors[0]?.message ?? '',
      /^\S+other is a git repository of its own inside \S+, the workspace's repository, which does not record it as a submodule; .*point 'path' at one of those\.$/,
    );

    // A submodule is fine, and is checked as its own repository.
    const sub = repo().write('s.pyc', fakePyc());
    commitAll(sub, 'sub');
    r.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/s');
    commitAll(r, 'add submodule');
    const inSub = await run(r.dir, { path: 'vendor/s', 'fail-on': 'any', 'ignore-rules': 'off' });
    assert.equal(inSub.code, 1, inSub.stdout);
    assert.deepEqual(outputList(inSub, 'bytecode-files'), ['s.pyc']);
  });

  test(
    'a repository owned by another user is read through git, not scanned on disk',
    { skip: process.getuid?.() !== 0 && 'needs root to chown' },
    async () => {
      const r = repo().write('tracked.pyc', fakePyc()).write('app.py');
      commitAll(r, 'x');
      r.write('untracked.pyc', fakePyc());
      execFileSync('chown', ['-R', '12345:12345', r.dir]);
      // git itself refuses it.
      assert.throws(
        () => execFileSync('git', ['ls-files'], { cwd: r.dir, env: gitEnv, stdio: 'pipe' }),
        /dubious ownership/,
      );
      const result = await run(r.dir, { 'fail-on': 'any' });
      assert.equal(result.code, 1, result.stdout);
      assert.deepEqual(outputList(result, 'bytecode-files'), ['tracked.pyc'], 'the index, not the disk');
      assert.ok(!/not inside a git work tree/.test(result.stdout), result.stdout);
      assert.match(result.summary, /Ignore rules/i, 'the ignore audit ran');
      execFileSync('chown', ['-R', '0:0', r.dir]);
    },
  );

  test('a .git that git cannot read fails with one sentence instead of scanning the disk', async () => {
    const d = dir('pycache-brokengit-');
    mkdirSync(join(d, '.git'));
    writeFileSync(join(d, 'x.pyc'), fakePyc());
    const result = await run(d, {});
    assert.equal(result.code, 1, result.stdout);
    const errors = result.annotations.filter((a) => a.level === 'error');
    assert.equal(errors.length, 1, result.stdout);
    assert.match(
      errors[0]?.message ?? '',
      /^git cannot read the repository that holds \S+: fatal: not a git repository/,
    );
  });

  test('names git would read as pathspec magic are taken literally: reported under fail-on: never, untracked exactly by fix', async () => {
    const magic = [
      ':(glob)a.pyc',
      ':!b.pyc',
      ':^c.pyc',
      ':(icase)D.pyc',
      ':(attr:x)e.pyc',
      ':(top)g.pyc',
      ':/f.pyc',
      ':(exclude)h.pyc',
    ];
    const r = repo().write('.gitignore', '/g.pyc\n/f.pyc\n');
    for (const name of magic) r.write(`sub/${name}`, fakePyc());
    // What the magic would name instead: files at the top, which must stay tracked.
    r.write('g.pyc', fakePyc()).write('f.pyc', fakePyc()).write('d.pyc', fakePyc()).write('sub/d.pyc', fakePyc());
    commitAll(r, 'magic names');
    const expected = [...magic, 'd.pyc'].sort();

    const never = await run(r.dir, { path: 'sub', 'fail-on': 'never', 'ignore-rules': 'warning' });
    assert.equal(never.code, 0, never.stdout);
    assert.deepEqual(outputList(never, 'bytecode-files'), expected);
    assert.ok(
      !never.summary.includes('ignored by the rules now'),
      'the top-level rules for /g.pyc and /f.pyc do not reach sub/',
    );

    const fixed = await run(r.dir, { path: 'sub', fix: 'true' });
    assert.equal(fixed.code, 0, fixed.stdout);
    assert.deepEqual(lsFiles(r), ['.gitignore', 'd.pyc', 'f.pyc', 'g.pyc'], fixed.stdout);
  });

  test('names that are not UTF-8 stay bytes: fix untracks them, and they are shown escaped', async () => {
    const r = repo().write('ok.py');
    const bad = [
      Buffer.from([0x62, 0xff, 0x2e, 0x70, 0x79, 0x63]),
      Buffer.from([0x70, 0x6b, 0x67, 0xe9, 0x2f, 0x6d, 0x2e, 0x70, 0x79, 0x63]),
    ]; // b\xff.pyc, pkg\xe9/m.pyc
    mkdirSync(Buffer.concat([Buffer.from(`${r.dir}/`), Buffer.from([0x70, 0x6b, 0x67, 0xe9])]));
    for (const name of bad) writeFileSync(Buffer.concat([Buffer.from(`${r.dir}/`), name]), fakePyc());
    r.write('café.pyc', fakePyc());
    commitAll(r, 'bytes');
    const latin = (b: Buffer): string => b.toString('latin1');
    assert.deepEqual(lsFiles(r), [...bad.map(latin), latin(Buffer.from('café.pyc')), 'ok.py'].sort());

    const result = await run(r.dir, { fix: 'true' });
    assert.equal(result.code, 0, result.stdout);
    assert.deepEqual(lsFiles(r), ['ok.py'], 'every bytecode file untracked, the two non-UTF-8 ones included');
    assert.match(result.summary, /<code>&#34;b\\xff\.pyc&#34;<\/code>/, result.summary);
    assert.match(result.summary, /<code>&#34;pkg\\xe9\/m\.pyc&#34;<\/code>/);
    assert.match(result.summary, /<code>café\.pyc<\/code>/);
    assert.ok(
      !result.summary.includes('\ufffd') && !result.stdout.includes('\ufffd'),
      'no name is shown with a replacement character',
    );
  });

  test('the untrack command the summary prints for non-UTF-8 names works in a copy of the repository', async () => {
    const r = repo().write('ok.py');
    writeFileSync(
      Buffer.concat([Buffer.from(`${r.dir}/`), Buffer.from([0x78, 0x80, 0x2e, 0x70, 0x79, 0x63])]),
      fakePyc(),
    );
    r.write('y.pyc', fakePyc());
    commitAll(r, 'bytes');
    const result = await run(r.dir, { 'fail-on': 'never', 'ignore-rules': 'off' });
    const block = /<pre lang="sh"><code>([\s\S]*?)<\/code><\/pre>/.exec(result.summary)?.[1];
    assert.ok(block !== undefined, result.summary);
    const command = (block.split('\n')[0] ?? '').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
    assert.match(command, /\$'x\\x80\.pyc'/);
    execFileSync('bash', ['-c', command], { cwd: r.dir, env: gitEnv });
    assert.deepEqual(lsFiles(r), ['ok.py']);
  });

  test('a .gitmodules git refuses (update = !command) still gives a result, with a warning, and runs nothing', async () => {
    const marker = join(dir('pycache-marker-'), 'ran');
    const sub = repo().write('s.pyc', fakePyc());
    commitAll(sub, 'sub');
    const r = repo().write('top.pyc', fakePyc()).write('app.py');
    r.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/s');
    const base = commitAll(r, 'base');
    r.git('config', '-f', '.gitmodules', 'submodule.vendor/s.update', `!${markerCommand(marker, 'update')}`);
    r.write('new.pyc', fakePyc());
    const head = commitAll(r, 'hostile .gitmodules');
    const event = { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } };
    for (const inputs of [{}, { warm: 'true', layout: 'prefix', cache: 'false', scope: 'project', python }]) {
      const result = await run(r.dir, inputs, { eventName: 'pull_request', event });
      assert.ok(!existsSync(marker), 'no command from .gitmodules ran');
      assert.equal(result.code, 1, result.stdout);
      assert.deepEqual(outputList(result, 'bytecode-files'), ['new.pyc', 'top.pyc']);
      assert.deepEqual(outputList(result, 'added-bytecode-files'), ['new.pyc']);
      const warning = result.annotations.find(
        (a) => a.level === 'warning' && /submodules' files were not checked/.test(a.message),
      );
      assert.ok(warning !== undefined, result.stdout);
      assert.match(warning.message, /invalid value for 'submodule\.vendor\/s\.update'/);
    }
  });

  test('fail-on: added fails on committed bytecode the change rewrites, and says it was modified', async () => {
    const r = repo().write('app.py').write('lib/helpers.pyc', fakePyc(3495)).write('other.pyc', fakePyc());
    const base = commitAll(r, 'base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write('lib/helpers.pyc', Buffer.concat([fakePyc(3495), Buffer.from('rewritten code')])).write(
      'new/added.pyc',
      fakePyc(),
    );
    const head = commitAll(r, 'rewrite the sourceless helper');
    const event = { pull_request: { number: 12, base: { sha: base }, head: { sha: head } } };

    const result = await run(r.dir, { 'ignore-rules': 'off' }, { eventName: 'pull_request', event });
    assert.equal(result.code, 1, result.stdout);
    assert.deepEqual(outputList(result, 'added-bytecode-files'), ['lib/helpers.pyc', 'new/added.pyc']);
    const errors = result.annotations.filter((a) => a.level === 'error' && a.properties.file !== undefined);
    assert.deepEqual(errors.map((a) => a.properties.file).sort(), ['lib/helpers.pyc', 'new/added.pyc']);
    assert.match(
      errors.find((a) => a.properties.file === 'lib/helpers.pyc')?.message ?? '',
      /^lib\/helpers\.pyc is modified by pull request #12 but is bytecode/,
    );
    assert.equal(
      errors.find((a) => a.properties.file === 'lib/helpers.pyc')?.properties.title,
      'Bytecode modified by pull request #12',
    );
    assert.match(
      errors.find((a) => a.properties.file === 'new/added.pyc')?.message ?? '',
      /^new\/added\.pyc is added by pull request #12/,
    );
    assert.ok(
      result.annotations.some((a) => a.level === 'warning' && a.properties.file === 'other.pyc'),
      "unchanged bytecode is not the change's",
    );
    assert.match(result.summary, /2 bytecode files added or modified by pull request #12 fail the check/);
    assert.match(result.summary, /<tr><td><code>lib\/helpers\.pyc<\/code><\/td>(<td>[^<]*<\/td>){3}<td>modified<\/td>/);
    assert.match(result.summary, /<tr><td><code>new\/added\.pyc<\/code><\/td>(<td>[^<]*<\/td>){3}<td>yes<\/td>/);
    assert.match(
      result.stdout,
      /^::error::2 bytecode files are added or modified by pull request #12 \(fail-on: added\)/m,
    );

    // Only the rewrite: named as modified alone.
    r.git('checkout', '-q', 'main');
    r.git('checkout', '-q', '-b', 'only-rewrite');
    r.write('lib/helpers.pyc', Buffer.concat([fakePyc(3495), Buffer.from('other code')]));
    const head2 = commitAll(r, 'rewrite only');
    const only = await run(
      r.dir,
      { 'ignore-rules': 'off' },
      { eventName: 'pull_request', event: { pull_request: { number: 13, base: { sha: base }, head: { sha: head2 } } } },
    );
    assert.equal(only.code, 1, only.stdout);
    assert.match(only.stdout, /^::error::1 bytecode file is modified by pull request #13 \(fail-on: added\)/m);
  });
});
