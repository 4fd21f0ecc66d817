// A negation that names one bytecode file re-includes it even when no such file is tracked
// yet; the audit asks git about a path the negation matches, so the step reports the line,
// unless everything the line can re-include is in the allow input.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { runAction, type ActionRun } from '../../scripts/runner.ts';
import { Repo, gitEnv, tempDir } from '../helpers/repo.ts';

const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

const isolatedHome = tempDir('pycache-home-');
cleanups.push(() => rmSync(isolatedHome, { recursive: true, force: true }));

const TEMPLATE = '__pycache__/\n*.py[cod]\n*$py.class\n';

function repo(gitignore: string): Repo {
  const r = new Repo().write('pkg/__init__.py').write('pkg/mod.py', 'x = 1\n').write('.gitignore', gitignore);
  r.commit();
  cleanups.push(() => r.remove());
  return r;
}

function run(r: Repo, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: r.dir,
    inputs: { 'ignore-rules': 'error', ...inputs },
    env: {
      GIT_CONFIG_GLOBAL: gitEnv.GIT_CONFIG_GLOBAL,
      GIT_CONFIG_NOSYSTEM: '1',
      XDG_CONFIG_HOME: isolatedHome,
      HOME: isolatedHome,
    },
  });
}

const negationAnnotations = (result: ActionRun) =>
  result.annotations.filter((a) => /re-includes bytecode/.test(a.properties.title ?? ''));

describe('negations that name a bytecode file', () => {
  for (const line of ['!keep.pyc', '!vendor/keep.pyc']) {
    test(`${line} with no such file tracked is reported with its file and line`, async () => {
      const result = await run(repo(`${TEMPLATE}${line}\n`));
      assert.equal(result.code, 1, result.stdout);
      const found = negationAnnotations(result);
      assert.equal(found.length, 1, result.stdout);
      assert.equal(found[0]?.properties.file, '.gitignore');
      assert.equal(found[0]?.properties.line, '4');
      assert.doesNotMatch(result.summary, /keep bytecode out of git/);
      assert.ok(result.summary.includes(line), result.summary);
    });
  }

  test('allowed: only when the allow input covers everything the line can re-include', async () => {
    // `!keep.pyc` re-includes keep.pyc in every directory; allowing the top one is not enough.
    const anywhere = await run(repo(`${TEMPLATE}!keep.pyc\n`), { allow: 'keep.pyc' });
    assert.equal(anywhere.code, 1, anywhere.stdout);
    assert.equal(negationAnnotations(anywhere).length, 1);
    const allowedCases: [line: string, allow: string][] = [
      ['!/keep.pyc', 'keep.pyc'],
      ['!keep.pyc', '**/keep.pyc'],
      ['!vendor/keep.pyc', 'vendor'],
    ];
    for (const [line, allow] of allowedCases) {
      const result = await run(repo(`${TEMPLATE}${line}\n`), { allow });
      assert.equal(result.code, 0, `${line} / ${allow}: ${result.stdout}`);
      assert.deepEqual(negationAnnotations(result), []);
    }
  });

  test('a negation that a later line overrides is not reported', async () => {
    const result = await run(repo(`!keep.pyc\n${TEMPLATE}`));
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.summary, /keep bytecode out of git/);
  });
});
