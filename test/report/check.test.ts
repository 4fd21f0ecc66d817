// The check step's report decisions (report/check.ts), called directly: the annotation budget,
// the outputs after a fix, and the failure reasons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportCheck, type CheckFactsForReport } from '../../src/report/check.ts';
import { ANNOTATIONS_PER_LEVEL } from '../../src/report/annotations.ts';
import { evaluate } from '../../src/check/evaluate.ts';
import { classify, type Bytecode } from '../../src/check/classify.ts';
import { allowMatcher } from '../../src/check/allow.ts';
import type { IgnoreAudit } from '../../src/ignore/run.ts';

function facts(paths: string[], extra: Partial<CheckFactsForReport> = {}): CheckFactsForReport {
  return {
    inputs: { path: '.', allow: [], ignoreRules: 'error', fix: false },
    result: evaluate({
      bytecode: paths.map((p) => classify(p) as Bytecode),
      headers: new Map(),
      sourceExists: () => true,
      added: 'all',
      allow: allowMatcher([]),
      failOn: 'any',
      ignoredByRules: new Set(),
    }),
    source: 'git',
    repoPrefix: '',
    changeName: null,
    notes: [],
    warnings: [],
    submodules: [],
    audit: null,
    fix: null,
    fixError: null,
    ...extra,
  };
}

const audit = (negations: number): IgnoreAudit => ({
  missing: [
    { pattern: '__pycache__/', dirs: ['.'], foundOnlyIn: [] },
    { pattern: '*.py[cod]', dirs: ['.'], foundOnlyIn: [] },
    { pattern: '*$py.class', dirs: ['.'], foundOnlyIn: [] },
  ],
  negations: Array.from({ length: negations }, (_, i) => ({
    file: '.gitignore',
    line: i + 4,
    pattern: `!n${i}.pyc`,
    paths: [`n${i}.pyc`],
  })),
  annotationTarget: '.gitignore',
  committedIgnored: new Set(),
  prefix: '',
  ownGitignore: true,
});

const count = (r: ReturnType<typeof reportCheck>, level: string): number =>
  r.annotations.filter((a) => a.level === level).length;

test('errors: findings fill the 10 with one left for the failure itself', () => {
  const many = Array.from({ length: 40 }, (_, i) => `d${i}/m.pyc`);
  for (const negations of [0, 2, 30]) {
    const r = reportCheck(facts(many, { audit: audit(negations), warnings: ['w1', 'w2'] }));
    assert.ok(r.reasons.length > 0);
    assert.equal(count(r, 'error'), ANNOTATIONS_PER_LEVEL - 1, `${negations} negations`);
    // At least 3 ignore findings keep their place beside the bytecode.
    assert.ok(
      r.annotations.filter((a) => a.level === 'error' && /ignore rule/i.test(a.title)).length >=
        Math.min(3, 2 + negations),
    );
    assert.ok(count(r, 'warning') <= ANNOTATIONS_PER_LEVEL && count(r, 'notice') <= ANNOTATIONS_PER_LEVEL);
  }
});

test('warnings: plain warnings, reserved ones (the warm step) and findings share the 10', () => {
  const many = Array.from({ length: 40 }, (_, i) => `d${i}/m.pyc`);
  const passing = facts(many);
  const r = reportCheck({
    ...passing,
    result: {
      ...passing.result,
      failOn: 'never',
      failing: [],
      findings: passing.result.findings.map((f) => ({ ...f, failing: false })),
    },
    warnings: ['a', 'b', 'c'],
    reserved: { warning: 4 },
  });
  assert.equal(r.reasons.length, 0);
  assert.equal(count(r, 'warning'), ANNOTATIONS_PER_LEVEL - 4);
  assert.deepEqual(
    r.annotations.filter((a) => a.level === 'warning' && a.title === '').map((a) => a.message),
    ['a', 'b', 'c'],
  );
});

test('a fix error is an error of its own, within the budget', () => {
  const many = Array.from({ length: 40 }, (_, i) => `d${i}/m.pyc`);
  const r = reportCheck(
    facts(many, {
      inputs: { path: '.', allow: [], ignoreRules: 'off', fix: true },
      fixError: 'The fix could not write .gitignore.',
    }),
  );
  assert.equal(count(r, 'error'), ANNOTATIONS_PER_LEVEL - 1);
  assert.ok(r.annotations.some((a) => a.title === 'fix: true failed'));
});

test('after a fix: outputs describe what is left, and what the fix did has outputs of its own', () => {
  const f = facts(['a.pyc', 'keep/b.pyc'], { inputs: { path: '.', allow: [], ignoreRules: 'error', fix: true } });
  const r = reportCheck({
    ...f,
    fix: { gitignore: { path: '.gitignore', created: true, added: ['__pycache__/'] }, untracked: ['a.pyc'] },
    audit: { ...audit(0), missing: [] },
  });
  const outputs = Object.fromEntries(r.outputs);
  assert.equal(outputs['bytecode-files'], '["keep/b.pyc"]');
  assert.equal(outputs['untracked-bytecode-files'], '["a.pyc"]');
  assert.equal(outputs['appended-rules'], '["__pycache__/"]');
  assert.equal(outputs['missing-rules'], '[]');
  assert.ok(r.summary.startsWith('<h3>Fix'));
  assert.match(r.summary, /❌ 1 tracked bytecode file fails/);
});

test('the summary stays far below 1 MiB whatever the input: long names, long rule lines, many submodules, a big fix', () => {
  const long = (i: number): string => `${'ä'.repeat(300)}/${"'&<".repeat(200)}${i}.pyc`;
  const paths = [
    ...Array.from({ length: 3000 }, (_, i) => long(i)),
    ...Array.from({ length: 3000 }, (_, i) => `sub${i}/${'s'.repeat(200)}/x.pyc`),
  ];
  const f = facts(paths, {
    submodules: Array.from({ length: 3000 }, (_, i) => `sub${i}`),
    notes: Array.from({ length: 500 }, () => 'n'.repeat(5000)),
    warnings: Array.from({ length: 50 }, () => 'w'),
    inputs: { path: '.', allow: [], ignoreRules: 'error', fix: true },
    fix: { gitignore: null, untracked: Array.from({ length: 1000 }, (_, i) => `${'u'.repeat(3000)}${i}.pyc`) },
    audit: {
      ...audit(0),
      missing: [
        {
          pattern: '__pycache__/',
          dirs: Array.from({ length: 10_000 }, (_, i) => `${'d'.repeat(1000)}${i}`),
          foundOnlyIn: Array.from({ length: 100 }, () => 'x'.repeat(1000)),
        },
      ],
      negations: Array.from({ length: 20_000 }, (_, i) => ({
        file: `${'g'.repeat(500)}/.gitignore`,
        line: i,
        pattern: `!${'p'.repeat(100_000)}`,
        paths: [long(i), long(i + 1), long(i + 2), long(i + 3)],
      })),
    },
  });
  const r = reportCheck(f);
  const size = Buffer.byteLength(r.summary);
  assert.ok(size < 800 * 1024, `${size} bytes`);
  for (const a of r.annotations)
    assert.ok(Buffer.byteLength(a.message) < 16 * 1024, `${Buffer.byteLength(a.message)} bytes in one annotation`);
});
