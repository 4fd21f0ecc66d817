// The "How to fix" commands of the step summary: literal path names, and submodule files
// sent to the submodule that tracks them.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fixCommands, untrackPlan } from '../../src/report/summary.ts';
import { evaluate, type CheckResult } from '../../src/scan/check.ts';
import { classify, type Bytecode } from '../../src/scan/classify.ts';
import { allowMatcher } from '../../src/scan/allow.ts';
import { Repo, fakePyc, gitEnv } from '../helpers/repo.ts';

function result(paths: string[], allow: string[] = []): CheckResult {
  return evaluate({
    bytecode: paths.map((p) => classify(p) as Bytecode),
    headers: new Map(),
    sourceExists: () => true,
    added: 'all',
    allow: allowMatcher(allow),
    failOn: 'any',
    ignoredByRules: new Set(),
  });
}

const ctx = { repoPath: (p: string) => p, changeName: null, projectPath: '.', notes: [] };

/** The shell text inside each <pre><code> block, unescaped. */
function blocks(html: string): string[] {
  return [...html.matchAll(/<pre lang="sh"><code>([^]*?)<\/code><\/pre>/g)].map((m) =>
    (m[1] ?? '').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'),
  );
}

const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

test('the pasted command reads names literally, so a file named like a pattern untracks only itself', () => {
  const html = fixCommands(result(['a*.pyc']), ctx);
  const [command] = blocks(html);
  assert.match(command ?? '', /^git --literal-pathspecs rm -r --cached --quiet -- 'a\*\.pyc'\n/);

  // And git agrees: run against a repository that also tracks abc.pyc, it leaves that one alone.
  const r = new Repo();
  cleanups.push(() => r.remove());
  r.write('a*.pyc', fakePyc()).write('abc.pyc', fakePyc()).commit('x');
  execFileSync('sh', ['-c', (command ?? '').split('\n')[0] ?? ''], { cwd: r.dir, env: gitEnv });
  assert.deepEqual(r.git('ls-files').trim().split('\n'), ['abc.pyc']);
});

test('the long form for many files also reads names literally', () => {
  const paths = Array.from({ length: 300 }, (_, i) => `m${i}.pyc`);
  assert.match(fixCommands(result(paths), ctx), /\| xargs -0 git --literal-pathspecs rm --cached --quiet --/);
});

test('untrackPlan: files inside a submodule go to that submodule, the longest gitlink winning', () => {
  const r = result(['own.pyc', 'vendor/lib/x.pyc', 'vendor/lib-extra/y.pyc', 'vendor/lib/pkg/__pycache__/m.cpython-311.pyc']);
  const plan = untrackPlan(r.findings, ['vendor/lib', 'vendor/lib-extra']);
  assert.deepEqual(
    plan.own.map((f) => f.path),
    ['own.pyc'],
  );
  assert.deepEqual(
    plan.submodules.map((s) => [s.path, s.findings.map((f) => f.path).sort()]),
    [
      ['vendor/lib', ['vendor/lib/pkg/__pycache__/m.cpython-311.pyc', 'vendor/lib/x.pyc']],
      ['vendor/lib-extra', ['vendor/lib-extra/y.pyc']],
    ],
  );
});

test('the summary leaves submodule files out of the superproject command and gives each submodule its own', () => {
  const r = result(['own.pyc', 'sub one/pkg/__pycache__/m.cpython-311.pyc', 'sub one/z.pyc', 'sub one/keep.pyc'], ['sub one/keep.pyc']);
  const html = fixCommands(r, { ...ctx, repoPath: (p: string) => `proj/${p}`, submodules: ['sub one'] });
  const [own, sub, ...rest] = blocks(html);
  assert.deepEqual(rest, []);
  assert.equal(own, "git --literal-pathspecs rm -r --cached --quiet -- proj/own.pyc\ngit commit -m 'Stop tracking Python bytecode'");
  assert.equal(sub, "git -C 'proj/sub one' --literal-pathspecs rm -r --cached --quiet -- pkg/__pycache__ z.pyc\ngit -C 'proj/sub one' commit -m 'Stop tracking Python bytecode'");
  assert.match(html, /2 files are inside the submodule <code>proj\/sub one<\/code>/);
  assert.ok(!/\n\s*\n/.test(html), 'no blank line inside the HTML block');
});

test('only submodule files: no superproject command at all', () => {
  const html = fixCommands(result(['ext/a.pyc']), { ...ctx, submodules: ['ext'] });
  assert.deepEqual(blocks(html), ["git -C ext --literal-pathspecs rm -r --cached --quiet -- a.pyc\ngit -C ext commit -m 'Stop tracking Python bytecode'"]);
  assert.doesNotMatch(html, /Run from the repository root/);
});
