// Issue 13: the advice around the findings is right on real repositories, through dist/.
// Every printed command is run in a copy of the repository and `git ls-files` compared.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../../scripts/runner.ts';
import { Repo, fakePyc, gitEnv, tempDir } from '../helpers/repo.ts';

const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

const home = tempDir('pycache-home-');
function repo(): Repo {
  const r = new Repo();
  cleanups.push(() => r.remove());
  return r;
}

function run(dir: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: dir,
    inputs,
    env: { GIT_CONFIG_GLOBAL: gitEnv.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: '1', XDG_CONFIG_HOME: home, HOME: home },
  });
}

/** The shell text of each <pre lang="sh"> block, unescaped. */
function blocks(html: string): string[] {
  return [...html.matchAll(/<pre lang="sh"><code>([^]*?)<\/code><\/pre>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&'),
  );
}

function lsFiles(dir: string): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: dir, env: gitEnv, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean)
    .sort();
}

function list(result: ActionRun, name: string): string[] {
  return JSON.parse(result.outputs[name] ?? 'null') as string[];
}

/** Runs the untrack blocks (not the commit lines) in a copy of the repository; returns what the copy still tracks. */
function runInCopy(r: Repo, summary: string): string[] {
  const copy = tempDir('pycache-copy-');
  cleanups.push(() => execFileSync('rm', ['-rf', copy]));
  cpSync(r.dir, copy, { recursive: true });
  for (const block of blocks(summary)) {
    const commands = block
      .split(/\n(?=git )/)
      .filter((c) => !/^git (-C \S+ )?commit /.test(c))
      .join('\n');
    execFileSync('bash', ['-c', commands], { cwd: copy, env: gitEnv });
  }
  return lsFiles(copy);
}

const count = (result: ActionRun, level: string): number => result.annotations.filter((a) => a.level === level).length;

describe('advice on real repositories (issue 13)', () => {
  test('item 1: the long untrack command untracks exactly the failing files, with allow and path', async () => {
    const r = repo().write('.gitignore', '__pycache__/\n*.py[cod]\n*$py.class\n');
    for (let i = 0; i < 260; i++)
      r.write(`addons/m${i}/__pycache__/x.cpython-311.pyc`, fakePyc()).write(`addons/m${i}/x.py`);
    for (let i = 0; i < 60; i++) r.write(`addons/fixtures/f${i}.pyc`, fakePyc());
    for (let i = 0; i < 97; i++) r.write(`outside/o${i}.pyc`, fakePyc());
    r.write('addons/odd "name.pyc', fakePyc())
      .write('addons/star*.pyc', fakePyc())
      .write('addons/stars.pyc', fakePyc());
    r.git('add', '-f', '-A');
    r.git('commit', '-qm', 'x');
    const result = await run(r.dir, { path: 'addons', allow: 'fixtures\nstars.pyc', 'fail-on': 'any' });
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.summary, /--pathspec-from-file=- &#60;&#60;&#39;PYCACHE_ACTION_PATHS&#39;/);
    const failing = list(result, 'bytecode-files').filter((p) => !p.startsWith('fixtures/') && p !== 'stars.pyc');
    assert.equal(failing.length, 262);
    const before = lsFiles(r.dir);
    const after = runInCopy(r, result.summary);
    const untracked = new Set(failing.map((p) => `addons/${p}`));
    assert.deepEqual(
      after,
      before.filter((p) => !untracked.has(p)),
    );
    assert.equal(before.length - after.length, 262);
  });

  test('item 2: errors stay within 10 with the failure counted', async () => {
    const r = repo();
    for (let i = 0; i < 30; i++) r.write(`d${i}/m.pyc`, fakePyc()).write(`d${i}/m.py`);
    r.commit();
    const result = await run(r.dir, { 'fail-on': 'any' });
    assert.equal(result.code, 1);
    assert.ok(count(result, 'error') <= 10, `${count(result, 'error')} errors`);
    assert.equal(count(result, 'error'), 10, 'the budget is used, not wasted');
    assert.match(
      result.annotations.filter((a) => a.level === 'error').at(-1)?.message ?? '',
      /^The ignore rules lack|bytecode files are tracked/,
    );
    assert.ok(count(result, 'warning') <= 10 && count(result, 'notice') <= 10);
  });

  test('item 3: after fix: true the report describes the repository after the fix', async () => {
    const r = repo()
      .write('pkg/mod.py')
      .write('pkg/__pycache__/mod.cpython-311.pyc', fakePyc())
      .write('old.pyc', fakePyc());
    r.commit();
    const result = await run(r.dir, { fix: 'true', 'fail-on': 'any' });
    assert.equal(result.code, 0, result.stdout);
    assert.deepEqual(list(result, 'bytecode-files'), []);
    assert.deepEqual(list(result, 'added-bytecode-files'), []);
    assert.deepEqual(list(result, 'missing-rules'), []);
    assert.deepEqual(list(result, 'untracked-bytecode-files').sort(), [
      'old.pyc',
      'pkg/__pycache__/mod.cpython-311.pyc',
    ]);
    assert.deepEqual(list(result, 'appended-rules'), ['__pycache__/', '*.py[cod]', '*$py.class']);
    assert.ok(
      result.summary.indexOf('Fix (<code>fix: true</code>)') < result.summary.indexOf('Committed bytecode'),
      'the fix leads',
    );
    assert.match(result.summary, /✅ No bytecode is tracked\./);
    assert.doesNotMatch(result.summary, /How to fix|git rm --cached --quiet/);
    assert.equal(count(result, 'warning') + count(result, 'error'), 0, result.stdout);
    // The commit it suggests works.
    const [commit] = blocks(result.summary);
    execFileSync('bash', ['-c', commit ?? 'false'], { cwd: r.dir, env: gitEnv });
    assert.equal(r.git('status', '--porcelain'), '', 'committed, and the untracked files are ignored now');
    assert.deepEqual(lsFiles(r.dir), ['.gitignore', 'pkg/mod.py']);
  });

  test('item 4: outside a git work tree files are found, no git command is offered, and the skipped audit is explained', async () => {
    const dir = tempDir('pycache-nogit-');
    cleanups.push(() => execFileSync('rm', ['-rf', dir]));
    mkdirSync(join(dir, 'pkg/__pycache__'), { recursive: true });
    execFileSync('cp', ['/dev/null', join(dir, 'pkg/mod.py')]);
    execFileSync('bash', ['-c', `printf '\\xa7\\x0d\\x0d\\x0a' > pkg/__pycache__/mod.cpython-311.pyc`], { cwd: dir });
    const result = await runAction({
      workspace: dir,
      inputs: { 'fail-on': 'any' },
      env: { GIT_CEILING_DIRECTORIES: dir.replace(/\/[^/]*$/, '') },
    });
    assert.equal(result.code, 1);
    assert.doesNotMatch(result.summary, /git rm|git commit|tracked/);
    assert.match(result.summary, /found/);
    assert.match(result.summary, /Ignore rules<\/h3>\n<p>ℹ️ Not audited: \. is in no git work tree/);
    assert.ok(
      result.annotations.every((a) => !/tracked|git rm/.test(a.message)),
      result.stdout,
    );
  });

  test('items 6 and 7: example names say "such as"; tracked files the rules match make no history claim', async () => {
    const r = repo()
      .write('.gitignore', '__pycache__/\n*.py[cod]\n*$py.class\n!test/**/*.pyc\n')
      .write('test/simple/bug26/x.py')
      .write('lib/a.py');
    r.write('lib/forced.pyc', fakePyc());
    r.git('add', '-A');
    r.git('add', '-f', 'lib/forced.pyc');
    r.git('commit', '-qm', 'x');
    const result = await run(r.dir, { 'fail-on': 'never' });
    const negation = result.annotations.find((a) => a.properties.title === 'Ignore rule re-includes bytecode');
    assert.match(negation?.message ?? '', /re-includes files such as test\/(simple\/bug26\/)?mod\.pyc\./);
    assert.doesNotMatch(result.summary + result.stdout, /before the rule existed/);
    assert.match(result.summary, /the ignore rules match it, but ignore rules never untrack a file/);
  });

  test('item 8: a clean repository without a Jython rule passes under the default, with a notice', async () => {
    const r = repo().write('.gitignore', '__pycache__/\n*.py[cod]\n');
    for (let i = 0; i < 20; i++) r.write(`lib/p${i}/m.py`);
    r.commit();
    const result = await run(r.dir);
    assert.equal(result.code, 0, result.stdout);
    const notice = result.annotations.find((a) => a.level === 'notice');
    assert.equal(notice?.properties.title, 'Recommended ignore rule: *$py.class');
    assert.deepEqual(list(result, 'missing-rules'), ['*$py.class']);
    assert.match(
      result.summary,
      /<pre lang="gitignore"><code># Python bytecode \(added by pycache-action\)\n\*\$py\.class\n/,
    );
  });

  test('item 10: pre-release, GraalPy and Python 1.0 magic numbers in the summary', async () => {
    const head = (bytes: number[]): Buffer => Buffer.from([...bytes, ...Array<number>(12).fill(0)]);
    const r = repo()
      .write('.gitignore', '__pycache__/\n*.py[cod]\n*$py.class\n')
      .write('a/x.py')
      .write('a/__pycache__/x.cpython-315.pyc', head([3666 & 0xff, 3666 >> 8, 0x0d, 0x0a]))
      .write('b/y.py')
      .write('b/__pycache__/y.graalpy-311.pyc', head([21290 & 0xff, 21290 >> 8, 0x0d, 0x0a]))
      .write('c/old.pyc', head([0x02, 0x99, 0x99, 0x00]));
    r.git('add', '-f', '-A');
    r.git('commit', '-qm', 'x');
    const result = await run(r.dir, { 'fail-on': 'never' });
    const python = (file: string): string | undefined =>
      new RegExp(`<tr><td><code>${file.replace(/[.$]/g, '\\$&')}</code></td><td>([^<]*)</td>`).exec(
        result.summary,
      )?.[1];
    assert.equal(python('a/__pycache__/x.cpython-315.pyc'), 'CPython 3.15 (pre-release)');
    assert.equal(python('b/__pycache__/y.graalpy-311.pyc'), 'GraalPy 3.11/3.12');
    assert.equal(python('c/old.pyc'), 'CPython 1.0');
  });

  test('issue 12.8: 20,000 negations that each re-include a tracked .pyc keep the summary far below 1 MiB', async () => {
    const r = repo();
    const lines = ['*.pyc', '__pycache__/', '*$py.class'];
    for (let i = 0; i < 20_000; i++) {
      lines.push(`!k${i}.pyc`);
      r.write(`k${i}.pyc`, fakePyc());
    }
    r.write('.gitignore', `${lines.join('\n')}\n`).write('a.py');
    r.commit();
    const result = await runAction({
      workspace: r.dir,
      inputs: { 'fail-on': 'never' },
      env: { GIT_CONFIG_GLOBAL: gitEnv.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: '1', HOME: home },
      timeoutMs: 300_000,
    });
    const size = Buffer.byteLength(result.summary);
    assert.ok(size < 700 * 1024, `${size} bytes`);
    assert.match(result.summary, /… and [\d,]+ more negations/);
    assert.ok(count(result, 'error') <= 10);
    assert.ok(existsSync(join(r.dir, '.gitignore')) && readFileSync(join(r.dir, '.gitignore'), 'utf8').length > 0);
  });
});
