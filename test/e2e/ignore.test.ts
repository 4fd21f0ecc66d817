// The ignore-rule audit and fix mode through the bundled action, on real repositories.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../../scripts/runner.ts';
import { Repo, fakePyc, gitEnv, tempDir } from '../helpers/repo.ts';

const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

const isolatedHome = tempDir('pycache-home-');
function repo(): Repo {
  const r = new Repo();
  cleanups.push(() => r.remove());
  return r;
}

function run(r: Repo, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: r.dir,
    inputs,
    env: {
      GIT_CONFIG_GLOBAL: gitEnv.GIT_CONFIG_GLOBAL,
      GIT_CONFIG_NOSYSTEM: '1',
      XDG_CONFIG_HOME: isolatedHome,
      HOME: isolatedHome,
    },
  });
}

const missing = (result: ActionRun): string[] => JSON.parse(result.outputs['missing-rules'] ?? 'null') as string[];

describe('ignore-rule audit', () => {
  test('no .gitignore: every rule is missing, annotated without a file (there is none), with a block to paste; Jython only recommended', async () => {
    const r = repo().write('pkg/__init__.py').write('main.py');
    r.commit();
    const result = await run(r);
    assert.equal(result.code, 1);
    assert.deepEqual(missing(result), ['__pycache__/', '*.py[cod]', '*$py.class']);
    const rules = result.annotations.filter((a) => /ignore rule/.test(a.properties.title ?? ''));
    assert.deepEqual(
      rules.map((a) => [a.level, a.properties.title, a.properties.file]),
      [
        ['error', 'Missing ignore rule: __pycache__/', undefined],
        ['error', 'Missing ignore rule: *.py[cod]', undefined],
        ['notice', 'Recommended ignore rule: *$py.class', undefined],
      ],
    );
    assert.match(rules[0]?.message ?? '', /Add the line __pycache__\/ to \.gitignore\.$/);
    assert.match(
      result.summary,
      /<pre lang="gitignore"><code># Python bytecode \(added by pycache-action\)\n__pycache__\/\n\*\.py\[cod\]\n\*\$py\.class\n<\/code><\/pre>/,
    );
    assert.match(
      result.stdout,
      /^::error::The ignore rules lack __pycache__\/, \*\.py\[cod\] \(ignore-rules: error\)\.$/m,
    );
  });

  test("github/gitignore's Python template (*.py[codz]) misses nothing", async () => {
    const r = repo()
      .write('pkg/mod.py')
      .write('.gitignore', '# Byte-compiled / optimized / DLL files\n__pycache__/\n*.py[codz]\n*$py.class\n');
    r.commit();
    const result = await run(r);
    assert.equal(result.code, 0, result.stdout);
    assert.deepEqual(missing(result), []);
    assert.match(result.summary, /ignore rules keep bytecode out of git/);
  });

  test('*.pyc alone leaves .pyo and $py.class exposed: recommendations (notices), which fail only under strict', async () => {
    const r = repo().write('a.py').write('.gitignore', '*.pyc\n__pycache__/\n');
    r.commit();
    const result = await run(r);
    assert.equal(result.code, 0, result.stdout);
    assert.deepEqual(missing(result), ['*.pyo', '*$py.class']);
    const rules = result.annotations.filter((a) => /ignore rule/.test(a.properties.title ?? ''));
    assert.deepEqual(
      rules.map((a) => [a.level, a.properties.file]),
      [
        ['notice', '.gitignore'],
        ['notice', '.gitignore'],
      ],
    );
    assert.match(
      result.summary,
      /2 rules are recommended \(<code>ignore-rules: error<\/code>\)\. The rules keep CPython/,
    );
    const strict = await run(r, { 'ignore-rules': 'strict' });
    assert.equal(strict.code, 1, strict.stdout);
    assert.match(strict.stdout, /^::error::The ignore rules lack \*\.pyo, \*\$py\.class \(ignore-rules: strict\)\.$/m);
    const warning = await run(r, { 'ignore-rules': 'warning' });
    assert.equal(warning.code, 0, warning.stdout);
  });

  test('a tracked $py.class makes the Jython rule required under the default', async () => {
    const r = repo().write('a.py').write('.gitignore', '__pycache__/\n*.py[cod]\n').write('lib/m$py.class', 'x');
    r.commit();
    const result = await run(r, { 'fail-on': 'never' });
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.stdout, /^::error::The ignore rules lack \*\$py\.class \(ignore-rules: error\)\.$/m);
  });

  test('rules only in .git/info/exclude are missing from the repository, and say where they are', async () => {
    const r = repo().write('a.py');
    r.commit();
    r.write('.git/info/exclude', '__pycache__/\n*.py[cod]\n*$py.class\n');
    const result = await run(r);
    assert.equal(result.code, 1);
    assert.deepEqual(missing(result), ['__pycache__/', '*.py[cod]', '*$py.class']);
    assert.match(result.annotations[0]?.message ?? '', /info\/exclude/);
  });

  test('a negation is named with its file and line', async () => {
    const r = repo()
      .write('a.py')
      .write('.gitignore', '__pycache__/\n*.py[cod]\n*$py.class\n!keep.pyc\n')
      .write('keep.pyc', fakePyc());
    r.commit();
    const result = await run(r, { 'fail-on': 'never' });
    assert.equal(result.code, 1, result.stdout);
    const negation = result.annotations.find((a) => a.properties.title === 'Ignore rule re-includes bytecode');
    assert.match(
      negation?.message ?? '',
      /^!keep\.pyc on line 4 of \.gitignore re-includes tracked bytecode \(keep\.pyc\)/,
    );
    assert.equal(negation?.properties.file, '.gitignore');
    assert.equal(negation?.properties.line, '4');
    // `!keep.pyc` re-includes keep.pyc in every directory, so allowing the top one is not enough.
    const top = await run(r, { 'fail-on': 'never', allow: 'keep.pyc' });
    assert.equal(top.code, 1, top.stdout);
    const allowed = await run(r, { 'fail-on': 'never', allow: '**/keep.pyc' });
    assert.equal(allowed.code, 0, 'a negation for allowed bytecode is intended');
  });

  test('fix: appends to a CRLF .gitignore byte for byte, untracks bytecode, and changes nothing the second time', async () => {
    const r = repo()
      .write('pkg/mod.py')
      .write('pkg/__pycache__/mod.cpython-311.pyc', fakePyc())
      .write('.gitignore', 'build/\r\n*.egg-info/');
    r.commit();
    const first = await run(r, { fix: 'true', 'fail-on': 'any' });
    assert.equal(first.code, 0, first.stdout);
    assert.equal(
      readFileSync(join(r.dir, '.gitignore'), 'latin1'),
      'build/\r\n*.egg-info/\r\n# Python bytecode (added by pycache-action)\r\n__pycache__/\r\n*.py[cod]\r\n*$py.class\r\n',
    );
    assert.equal(r.git('ls-files', '--', 'pkg/__pycache__'), '');
    assert.ok(existsSync(join(r.dir, 'pkg/__pycache__/mod.cpython-311.pyc')), 'the file stays on disk');
    assert.match(first.summary, /Untracked 1 file/);
    assert.equal(r.git('log', '--oneline').trim().split('\n').length, 1, 'never commits');
    const status = r.git('status', '--porcelain');
    const bytes = readFileSync(join(r.dir, '.gitignore'));

    const second = await run(r, { fix: 'true', 'fail-on': 'any' });
    assert.equal(second.code, 0, second.stdout);
    assert.deepEqual(readFileSync(join(r.dir, '.gitignore')), bytes);
    assert.equal(r.git('status', '--porcelain'), status);
    assert.match(second.summary, /Nothing to change/);
  });

  test('sarif: every finding goes to a SARIF file inside the workspace; a path outside it is an error', async () => {
    const r = repo()
      .write('pkg/mod.py')
      .write('pkg/__pycache__/mod.cpython-311.pyc', fakePyc())
      .write('odd name%.pyc', fakePyc());
    r.commit();
    const result = await run(r, { sarif: 'reports/pycache.sarif', 'fail-on': 'any' });
    assert.equal(result.code, 1);
    const log = JSON.parse(readFileSync(join(r.dir, 'reports/pycache.sarif'), 'utf8')) as {
      runs: {
        results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    const results = log.runs[0]?.results ?? [];
    assert.deepEqual(results.map((x) => x.ruleId).sort(), [
      'pycache/committed-bytecode',
      'pycache/missing-ignore-rule',
      'pycache/missing-ignore-rule',
      'pycache/missing-ignore-rule',
      'pycache/sourceless-bytecode',
    ]);
    assert.ok(results.some((x) => x.locations[0]?.physicalLocation.artifactLocation.uri === 'odd%20name%25.pyc'));
    const outside = await run(r, { sarif: '../out.sarif' });
    assert.match(outside.stdout, /^::error::Input 'sarif' must be a file path inside the workspace/m);
  });

  test('a project in a subdirectory: annotations name where the fix writes (no file while it does not exist); the fix writes only inside the project', async () => {
    const r = repo().write('.gitignore', 'build/\n').write('app/pkg/mod.py').write('other/x.py');
    r.commit();
    const audit = await run(r, { path: 'app' });
    const rule = audit.annotations.find((a) => /Missing ignore rule/.test(a.properties.title ?? ''));
    assert.equal(rule?.properties.file, undefined);
    assert.match(
      rule?.message ?? '',
      /in 2 directories \(app, app\/pkg\)\. Add the line __pycache__\/ to app\/\.gitignore\.$/,
    );
    const fixed = await run(r, { path: 'app', fix: 'true' });
    assert.equal(fixed.code, 0, fixed.stdout);
    assert.equal(readFileSync(join(r.dir, '.gitignore'), 'utf8'), 'build/\n');
    assert.match(readFileSync(join(r.dir, 'app/.gitignore'), 'utf8'), /^# Python bytecode/);
    assert.deepEqual(r.git('status', '--porcelain').trim().split('\n'), ['?? app/.gitignore']);
    r.write('app/.gitignore', '').commit();
    const again = await run(r, { path: 'app' });
    assert.equal(
      again.annotations.find((a) => /Missing ignore rule/.test(a.properties.title ?? ''))?.properties.file,
      'app/.gitignore',
    );
  });
});
