// The bundled dist/index.js, run as the runner runs it, on real git repositories.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../../scripts/runner.ts';
import { cpython, bytecodeEnv } from '../helpers/python.ts';
import { Repo, fakePyc, gitEnv, tempDir } from '../helpers/repo.ts';

const python = cpython('3.11');
const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

function repo(): Repo {
  const r = new Repo();
  cleanups.push(() => r.remove());
  return r;
}

/** Real bytecode: compiles the given sources in place with CPython 3.11. */
function compile(r: Repo, ...sources: string[]): void {
  execFileSync(python, ['-m', 'py_compile', ...sources], { cwd: r.dir, env: bytecodeEnv() });
}

/** The bytecode check alone: these repositories have no .gitignore on purpose (see ignore.test.ts). */
function run(
  r: Repo,
  inputs: Record<string, string> = {},
  extra: Partial<Parameters<typeof runAction>[0]> = {},
): Promise<ActionRun> {
  return runAction({
    workspace: r.dir,
    inputs: { 'ignore-rules': 'off', ...inputs },
    env: { GIT_CONFIG_GLOBAL: gitEnv.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: '1' },
    ...extra,
  });
}

function errors(result: ActionRun) {
  return result.annotations.filter((a) => a.level === 'error' && a.properties.file !== undefined);
}

function outputList(result: ActionRun, name: string): string[] {
  return JSON.parse(result.outputs[name] ?? 'null') as string[];
}

describe('committed-bytecode check', () => {
  test('a clean repository passes', async () => {
    const r = repo()
      .write('pkg/__init__.py')
      .write('pkg/mod.py', 'x = 1\n')
      .write('.gitignore', '__pycache__/\n*.py[cod]\n*$py.class\n');
    r.commit('init');
    const result = await run(r);
    assert.equal(result.code, 0, result.stdout);
    assert.deepEqual(outputList(result, 'bytecode-files'), []);
    assert.match(result.summary, /No bytecode is tracked/);
  });

  test('committed __pycache__ fails with file annotations and a summary', async () => {
    const r = repo().write('pkg/__init__.py').write('pkg/mod.py', 'x = 1\n');
    compile(r, 'pkg/__init__.py', 'pkg/mod.py');
    r.write('legacy.pyc', fakePyc()).commit('add bytecode');
    const result = await run(r, { 'fail-on': 'any' });
    assert.equal(result.code, 1);
    assert.match(
      result.stdout,
      /^::error title=Committed bytecode,file=pkg\/__pycache__\/__init__\.cpython-311\.pyc::2 bytecode files tracked in pkg\/__pycache__\//m,
    );
    const errs = errors(result);
    assert.equal(errs.length, 2, 'one annotation per directory');
    assert.ok(errs.some((a) => a.properties.file === 'legacy.pyc' && /sourceless/.test(a.message)));
    assert.deepEqual(outputList(result, 'bytecode-files').sort(), [
      'legacy.pyc',
      'pkg/__pycache__/__init__.cpython-311.pyc',
      'pkg/__pycache__/mod.cpython-311.pyc',
    ]);
    assert.match(result.summary, /CPython 3\.11/);
    assert.match(result.summary, /timestamp/);
    assert.match(result.summary, /git --literal-pathspecs rm -r --cached --quiet -- legacy\.pyc pkg\/__pycache__/);
    assert.match(result.stdout, /::error::3 bytecode files are tracked \(fail-on: any\)/);
  });

  test('a pull request that adds no bytecode passes under added and fails under any', async () => {
    const r = repo().write('a.py').write('old.pyc', fakePyc());
    const base = r.commit('base has bytecode');
    r.git('checkout', '-q', '-b', 'feature');
    const head = r.write('b.py', 'y = 2\n').commit('feature adds a source');
    const event = { pull_request: { number: 3, base: { sha: base }, head: { sha: head } } };
    const added = await run(r, {}, { eventName: 'pull_request', event });
    assert.equal(added.code, 0, added.stdout);
    assert.equal(errors(added).length, 0);
    assert.ok(added.annotations.some((a) => a.level === 'warning' && a.properties.file === 'old.pyc'));
    assert.deepEqual(outputList(added, 'added-bytecode-files'), []);
    const any = await run(r, { 'fail-on': 'any' }, { eventName: 'pull_request', event });
    assert.equal(any.code, 1);
  });

  test('a pull request that adds bytecode is blamed exactly, through the merge commit actions/checkout makes', async () => {
    const r = repo().write('a.py').write('old.pyc', fakePyc());
    const base = r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    const head = r.write('pkg/__pycache__/new.cpython-311.pyc', fakePyc()).write('pkg/new.py').commit('feature');
    r.git('checkout', '-q', 'main');
    const moved = r.write('later.py').commit('base moves on');
    r.git('merge', '-q', '--no-ff', '-m', 'merge', 'feature');
    const event = { pull_request: { number: 9, base: { sha: base }, head: { sha: head } } };
    assert.notEqual(moved, base);
    const result = await run(r, {}, { eventName: 'pull_request', event });
    assert.equal(result.code, 1);
    assert.deepEqual(outputList(result, 'added-bytecode-files'), ['pkg/__pycache__/new.cpython-311.pyc']);
    const [err] = errors(result);
    assert.equal(err?.properties.file, 'pkg/__pycache__/new.cpython-311.pyc');
    assert.match(err?.properties.title ?? '', /pull request #9/);
    assert.ok(result.annotations.some((a) => a.level === 'warning' && a.properties.file === 'old.pyc'));
  });

  test('a push in a shallow clone fetches the base once for exact blame, and warns when it cannot', async () => {
    const origin = repo().write('a.py').write('old.pyc', fakePyc());
    const before = origin.commit('one');
    origin.write('b.py').commit('two');
    const after = origin.write('new.pyc', fakePyc()).commit('three');
    const clone = new Repo(tempDir('pycache-clone-'), false);
    cleanups.push(() => clone.remove());
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin.dir}`, clone.dir], { env: gitEnv });
    assert.equal(clone.git('rev-parse', '--is-shallow-repository').trim(), 'true');
    const push = await run(clone, {}, { eventName: 'push', event: { before, after } });
    assert.deepEqual(outputList(push, 'added-bytecode-files'), ['new.pyc'], push.stdout);
    assert.equal(push.annotations.filter((a) => a.level === 'warning' && !a.properties.file).length, 0, push.stdout);

    const gone = 'f'.repeat(40);
    const lost = await run(clone, {}, { eventName: 'push', event: { before: gone, after } });
    assert.equal(lost.code, 1);
    assert.deepEqual(outputList(lost, 'added-bytecode-files').sort(), ['new.pyc', 'old.pyc']);
    assert.ok(
      lost.annotations.some((a) => a.level === 'warning' && /fetch-depth: 2/.test(a.message)),
      lost.stdout,
    );
  });

  test('hostile file names cannot inject workflow commands or markup', async () => {
    const r = repo();
    const names = [
      'sp ace/ü €.pyc',
      'pct/100%25.pyc',
      'colon/a:b,c.pyc',
      'nl/x\n::error::injected.pyc',
      'html/<b>x</b>|`y`.pyc',
      'cr/x\r::warning::y.pyc',
    ];
    for (const name of names) r.write(name, fakePyc());
    r.commit('hostile');
    const result = await run(r, { 'fail-on': 'any' });
    assert.equal(result.code, 1);
    assert.ok(
      !result.stdout
        .split('\n')
        .some((line) => line.startsWith('::error::injected') || line.startsWith('::warning::y')),
      result.stdout,
    );
    const files = errors(result)
      .map((a) => a.properties.file)
      .sort();
    assert.deepEqual(files, [...names].sort());
    assert.deepEqual(outputList(result, 'bytecode-files').sort(), [...names].sort());
    assert.ok(!result.summary.includes('<b>x</b>'));
    assert.ok(!/\n\s*\n[^\n]*::/.test(result.summary));
  });

  test('allowed files are listed but never fail', async () => {
    const r = repo().write('tests/fixtures/old.pyc', fakePyc()).write('src/bad.pyc', fakePyc());
    r.commit('x');
    const result = await run(r, { 'fail-on': 'any', allow: 'tests/fixtures/**' });
    assert.equal(result.code, 1);
    assert.deepEqual(
      errors(result).map((a) => a.properties.file),
      ['src/bad.pyc'],
    );
    assert.match(result.summary, /allowed by <code>allow<\/code>/);
    const allowedOnly = await run(r, { 'fail-on': 'any', allow: 'tests/fixtures\nsrc/*.pyc' });
    assert.equal(allowedOnly.code, 0, allowedOnly.stdout);
    assert.match(allowedOnly.summary, /Only allowed bytecode/);
  });

  test('a project in a subdirectory is checked alone, with repository-relative annotations', async () => {
    const r = repo()
      .write('outside.pyc', fakePyc())
      .write('proj/pkg/__pycache__/m.cpython-311.pyc', fakePyc())
      .write('proj/pkg/m.py');
    r.commit('x');
    const result = await run(r, { path: 'proj', 'fail-on': 'any' });
    assert.deepEqual(outputList(result, 'bytecode-files'), ['pkg/__pycache__/m.cpython-311.pyc']);
    assert.equal(errors(result)[0]?.properties.file, 'proj/pkg/__pycache__/m.cpython-311.pyc');
  });

  test('a directory that is not a git repository is scanned on disk, with a notice', async () => {
    const dir = tempDir('pycache-plain-');
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'pkg/__pycache__'), { recursive: true });
    writeFileSync(join(dir, 'pkg/__pycache__/m.cpython-311.pyc'), fakePyc());
    writeFileSync(join(dir, 'pkg/m.py'), '');
    const result = await runAction({ workspace: dir, inputs: { 'ignore-rules': 'off' } });
    assert.equal(result.code, 1, 'fail-on: added counts every file as added without git');
    assert.ok(result.annotations.some((a) => a.level === 'notice' && /not inside a git work tree/.test(a.message)));
    assert.deepEqual(outputList(result, 'bytecode-files'), ['pkg/__pycache__/m.cpython-311.pyc']);
  });

  test('each bad input fails the step with one sentence', async () => {
    const r = repo().write('a.py');
    r.commit('x');
    const cases: [Record<string, string>, RegExp][] = [
      [{ 'fail-on': 'sometimes' }, /^::error::Input 'fail-on' must be one of added, any, never, not "sometimes"\.$/m],
      [{ check: 'maybe' }, /^::error::Input 'check' must be true or false, not "maybe"\.$/m],
      [{ 'ignore-rules': 'loud' }, /^::error::Input 'ignore-rules' must be one of error, strict, warning, off/m],
      [{ fix: 'please' }, /^::error::Input 'fix' must be true or false/m],
      [{ path: '../elsewhere' }, /^::error::Input 'path' must name a directory inside the workspace/m],
      [{ path: 'missing/dir' }, /^::error::Input 'path' is "missing\/dir", which does not exist/m],
      [{ path: 'a.py' }, /^::error::Input 'path' must name a directory, but "a\.py" is a file\.$/m],
    ];
    for (const [inputs, message] of cases) {
      const result = await run(r, inputs);
      assert.equal(result.code, 1, JSON.stringify(inputs));
      assert.match(result.stdout, message);
      assert.equal(result.stdout.split('\n').filter((l) => l.startsWith('::error')).length, 1);
    }
  });

  test('environment faults: git missing fails with one sentence; a malformed event payload costs a warning', async () => {
    const r = repo().write('x.pyc', fakePyc());
    r.commit('x');
    const noGit = await run(r, {}, { env: { PATH: '/nonexistent' } });
    assert.equal(noGit.code, 1);
    assert.match(noGit.stdout, /^::error::git is not installed or not on PATH; install git before this step\.$/m);
    const eventPath = join(r.dir, '.git', 'broken-event.json');
    writeFileSync(eventPath, '{ not json');
    const broken = await run(r, {}, { eventName: 'pull_request', event: null, env: { GITHUB_EVENT_PATH: eventPath } });
    assert.equal(broken.code, 1, 'every tracked bytecode file counts as added');
    assert.ok(
      broken.annotations.some(
        (a) => a.level === 'warning' && /event payload at GITHUB_EVENT_PATH could not be read/.test(a.message),
      ),
      broken.stdout,
    );
  });

  test('check: false does nothing', async () => {
    const r = repo().write('x.pyc', fakePyc());
    r.commit('x');
    const result = await run(r, { check: 'false' });
    assert.equal(result.code, 0);
    assert.equal(result.annotations.length, 0);
  });
});
