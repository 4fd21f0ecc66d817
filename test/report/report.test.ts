import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bytecodeAnnotations, ANNOTATIONS_PER_LEVEL } from '../../src/report/annotations.ts';
import { checkSummary, SUMMARY_LIMIT, untrackArguments } from '../../src/report/summary.ts';
import { evaluate, type CheckResult } from '../../src/check/evaluate.ts';
import { classify, type Bytecode } from '../../src/check/classify.ts';
import { allowMatcher } from '../../src/check/allow.ts';
import type { FailOn } from '../../src/inputs.ts';

function result(paths: string[], opts: { added?: string[]; allow?: string[]; failOn?: FailOn } = {}): CheckResult {
  return evaluate({
    bytecode: paths.map((p) => classify(p) as Bytecode),
    headers: new Map(),
    sourceExists: () => true,
    added: new Set(opts.added ?? []),
    allow: allowMatcher(opts.allow ?? []),
    failOn: opts.failOn ?? 'added',
    ignoredByRules: new Set(),
  });
}

const ctx = { repoPath: (p: string) => `sub/${p}`, changeName: 'pull request #1', projectPath: 'sub', notes: [] };

test('annotations: one per directory, added first, at most 10 per level', () => {
  const paths = Array.from({ length: 30 }, (_, i) => `d${String(i).padStart(2, '0')}/__pycache__/m.cpython-311.pyc`);
  const r = result(paths, { added: ['d29/__pycache__/m.cpython-311.pyc', 'd28/__pycache__/m.cpython-311.pyc'] });
  const annotations = bytecodeAnnotations(r, ctx);
  const errors = annotations.filter((a) => a.level === 'error');
  const warnings = annotations.filter((a) => a.level === 'warning');
  assert.deepEqual(
    errors.map((a) => a.file),
    ['sub/d28/__pycache__/m.cpython-311.pyc', 'sub/d29/__pycache__/m.cpython-311.pyc'],
  );
  assert.equal(warnings.length, ANNOTATIONS_PER_LEVEL);
  assert.match(warnings.at(-1)?.message ?? '', /^19 more bytecode files in 19 more directories/);
});

test('annotations: a directory with many files is one annotation naming the count', () => {
  const paths = Array.from({ length: 12 }, (_, i) => `pkg/__pycache__/m${i}.cpython-311.pyc`);
  const [a] = bytecodeAnnotations(result(paths, { failOn: 'any' }), ctx);
  assert.match(a?.message ?? '', /^12 bytecode files tracked in sub\/pkg\/__pycache__\/: .*, and 7 more\./);
});

test('allowed files get no annotation', () => {
  assert.deepEqual(bytecodeAnnotations(result(['fx/a.pyc'], { allow: ['fx'], failOn: 'any' }), ctx), []);
});

test('the summary stays under the runner limit for any number of files', () => {
  const paths = Array.from({ length: 100_000 }, (_, i) => `deep/${'x'.repeat(40)}/${i}/__pycache__/m.cpython-311.pyc`);
  const summary = checkSummary(result(paths, { failOn: 'any' }), ctx);
  assert.ok(Buffer.byteLength(summary) < SUMMARY_LIMIT / 2, `${Buffer.byteLength(summary)} bytes`);
  assert.match(summary, /… and [\d]+ more files, listed in the <code>bytecode-files<\/code> output/);
  assert.match(
    summary,
    /git --literal-pathspecs rm -r --cached --quiet --pathspec-from-file=- &#60;&#60;&#39;PYCACHE_ACTION_PATHS&#39;\n/,
  );
  assert.match(summary, /The list is too long for the step summary: this untracks [\d,]+ of 100000 names/);
  assert.ok(!/\n\s*\n/.test(summary), 'no blank line inside the HTML block');
});

test('untrack arguments take whole __pycache__ folders unless an allowed file is inside', () => {
  const r = result(
    [
      'a/__pycache__/x.cpython-311.pyc',
      'a/__pycache__/y.cpython-311.pyc',
      'b/__pycache__/x.cpython-311.pyc',
      'b/__pycache__/keep.cpython-311.pyc',
      'c.pyc',
    ],
    {
      allow: ['b/__pycache__/keep*'],
      failOn: 'any',
    },
  );
  const remove = r.findings.filter((f) => f.allowedBy === null);
  assert.deepEqual(untrackArguments(remove, r.findings).sort(), [
    'a/__pycache__',
    'b/__pycache__/x.cpython-311.pyc',
    'c.pyc',
  ]);
});
