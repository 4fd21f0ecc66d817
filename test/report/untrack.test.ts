// The "How to fix" commands of the step summary: literal path names, and submodule files
// sent to the submodule that tracks them.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fixCommands, untrackPlan } from '../../src/report/summary.ts';
import { evaluate, type CheckResult } from '../../src/check/evaluate.ts';
import { classify, type Bytecode } from '../../src/check/classify.ts';
import { allowMatcher } from '../../src/check/allow.ts';
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
export function blocks(html: string): string[] {
  return [...html.matchAll(/<pre lang="sh"><code>([^]*?)<\/code><\/pre>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&'),
  );
}

/** Runs a printed block (without its commit line) in `dir`. */
function runBlock(block: string, dir: string): void {
  execFileSync('bash', ['-c', block.replace(/\n[^\n]*commit -m [^\n]*$/, '')], { cwd: dir, env: gitEnv });
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

test('the long form untracks exactly the reported files: allowed ones, other projects and look-alike names stay', () => {
  // 300 reported names, some odd (a leading quote, a backslash, a newline, a pattern, the
  // here-document's own end marker), 40 allowed ones, and bytecode outside the project.
  const odd = [
    '"quoted.pyc',
    'back\\slash.pyc',
    'new\nline.pyc',
    'star*.pyc',
    'PYCACHE_ACTION_PATHS/x.pyc',
    ' lead space.pyc',
    'tab\tname.pyc',
    'uni\u2028.pyc',
  ];
  const reported = [...Array.from({ length: 292 }, (_, i) => `m${i}.pyc`), ...odd];
  const allowed = Array.from({ length: 40 }, (_, i) => `fixtures/f${i}.pyc`);
  const r = new Repo();
  cleanups.push(() => r.remove());
  for (const p of [...reported, ...allowed, 'stars.pyc']) r.write(`proj/${p}`, fakePyc());
  r.write('proj/pkg/__pycache__/a.cpython-311.pyc', fakePyc()).write(
    'proj/pkg/__pycache__/b.cpython-311.pyc',
    fakePyc(),
  );
  r.write('other/o.pyc', fakePyc()).commit('x');
  const tracked = r.git('ls-files', '-z').split('\0').filter(Boolean);
  const projectFiles = tracked.filter((p) => p.startsWith('proj/')).map((p) => p.slice('proj/'.length));
  // stars.pyc is allowed: were `star*.pyc` read as a pattern, it would go too.
  const res = result(projectFiles, ['fixtures', 'stars.pyc']);
  const html = fixCommands(res, { ...ctx, repoPath: (p: string) => `proj/${p}` });
  const [block, ...rest] = blocks(html);
  assert.deepEqual(rest, []);
  assert.match(block ?? '', /--pathspec-from-file=- <<'PYCACHE_ACTION_PATHS'\n/);
  runBlock(block ?? '', r.dir);
  const left = r.git('ls-files', '-z').split('\0').filter(Boolean).sort();
  const expected = tracked
    .filter((p) => !p.startsWith('proj/') || res.findings.some((f) => f.allowedBy !== null && `proj/${f.path}` === p))
    .sort();
  assert.deepEqual(left, expected);
});

test('a list too long for the summary untracks only the part it names, and says so', () => {
  const paths = Array.from({ length: 400 }, (_, i) => `d/${'x'.repeat(100)}${i}.pyc`);
  const r = new Repo();
  cleanups.push(() => r.remove());
  for (const p of paths) r.write(p, fakePyc());
  r.commit('x');
  const html = fixCommands(result(paths), { ...ctx, budget: 10_000 });
  const kept = Number(/this untracks ([\d,]+) of 400 names/.exec(html)?.[1]);
  assert.ok(kept > 10 && kept < 400, html.slice(0, 300));
  runBlock(blocks(html)[0] ?? '', r.dir);
  assert.equal(r.git('ls-files').trim().split('\n').length, 400 - kept);
});

test('untrackPlan: files inside a submodule go to that submodule, the longest gitlink winning', () => {
  const r = result([
    'own.pyc',
    'vendor/lib/x.pyc',
    'vendor/lib-extra/y.pyc',
    'vendor/lib/pkg/__pycache__/m.cpython-311.pyc',
  ]);
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
  const r = result(
    ['own.pyc', 'sub one/pkg/__pycache__/m.cpython-311.pyc', 'sub one/z.pyc', 'sub one/keep.pyc'],
    ['sub one/keep.pyc'],
  );
  const html = fixCommands(r, { ...ctx, repoPath: (p: string) => `proj/${p}`, submodules: ['sub one'] });
  const [own, sub, ...rest] = blocks(html);
  assert.deepEqual(rest, []);
  assert.equal(
    own,
    "git --literal-pathspecs rm -r --cached --quiet -- proj/own.pyc\ngit commit -m 'Stop tracking Python bytecode'",
  );
  assert.equal(
    sub,
    "git -C 'proj/sub one' --literal-pathspecs rm -r --cached --quiet -- pkg/__pycache__ z.pyc\ngit -C 'proj/sub one' commit -m 'Stop tracking Python bytecode'",
  );
  assert.match(html, /2 files are inside the submodule <code>proj\/sub one<\/code>/);
  assert.ok(!/\n\s*\n/.test(html), 'no blank line inside the HTML block');
});

test('only submodule files: no superproject command at all', () => {
  const html = fixCommands(result(['ext/a.pyc']), { ...ctx, submodules: ['ext'] });
  assert.deepEqual(blocks(html), [
    "git -C ext --literal-pathspecs rm -r --cached --quiet -- a.pyc\ngit -C ext commit -m 'Stop tracking Python bytecode'",
  ]);
  assert.doesNotMatch(html, /Run from the repository root/);
});
