// The pure decisions of warming: what the main step precompiles, whether the post step saves,
// and whether the summary says warming paid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePlan, saveWorthIt, writesBytecode, type RefreshCounts } from '../../src/warm/plan.ts';
import { payoff, payoffLine } from '../../src/report/warm.ts';

const SCOPE = ['project', 'stdlib', 'site-packages'] as const;

test('an exact hit compiles nothing; a job that writes bytecode compiles what it imports itself', () => {
  assert.deepEqual(compilePlan('hit', SCOPE, true), []);
  assert.deepEqual(compilePlan('hit', SCOPE, false), []);
  assert.deepEqual(compilePlan('partial', SCOPE, true), []);
  assert.deepEqual(compilePlan('miss', SCOPE, true), []);
  assert.deepEqual(compilePlan('unavailable', SCOPE, true), []);
});

test('without a cache, or for a job that cannot write bytecode, the scope is precompiled', () => {
  assert.deepEqual(compilePlan('off', SCOPE, true), [...SCOPE]);
  assert.deepEqual(compilePlan('miss', SCOPE, false), [...SCOPE]);
  assert.deepEqual(compilePlan('unavailable', ['project'], false), ['project']);
  assert.deepEqual(compilePlan('partial', SCOPE, false), ['project']);
});

test('PYTHONDONTWRITEBYTECODE set to any non-empty value stops writing', () => {
  assert.equal(writesBytecode({}), true);
  assert.equal(writesBytecode({ PYTHONDONTWRITEBYTECODE: '' }), true);
  assert.equal(writesBytecode({ PYTHONDONTWRITEBYTECODE: '1' }), false);
  assert.equal(writesBytecode({ PYTHONDONTWRITEBYTECODE: 'no' }), false);
});

const counts = (c: Partial<RefreshCounts>): RefreshCounts => ({ rewritten: 0, pruned: 0, kept: 0, ...c });

test('a miss saves; an exact hit never; a new commit only when enough changed', () => {
  assert.equal(saveWorthIt('miss', [counts({ kept: 5 })]).save, true);
  assert.equal(saveWorthIt('miss', [counts({})]).save, false, 'an empty tree is not saved');
  assert.equal(saveWorthIt('hit', [counts({ kept: 5, written: 100 })]).save, false);
  const few = saveWorthIt('partial', [counts({ kept: 900, rewritten: 4, written: 4 })]);
  assert.equal(few.save, false);
  assert.match(few.why, /only 4 of 904 pycs changed \(fewer than 91\)/);
  assert.equal(saveWorthIt('partial', [counts({ kept: 900, rewritten: 40, written: 40, unused: 60 })]).save, true);
  assert.equal(
    saveWorthIt('partial', [counts({ kept: 10, rewritten: 20, written: 20 })]).save,
    true,
    'at least 20 changed',
  );
  assert.equal(saveWorthIt('partial', []).save, true, 'a refresh that failed saves the tree as it is');
});

test('the summary says whether warming paid, and what to change when it did not', () => {
  const rate = 1e6;
  const paid = payoff([counts({ tracked: true, saved_files: 400, saved_bytes: 4e6, compile_rate: rate })], {
    main: 1,
    post: 0.5,
  });
  assert.ok(Math.abs(paid.saved - 4) < 1e-9);
  assert.match(
    payoffLine(paid, false),
    /^💡 Warming paid: about 4\.0 s of compiling saved \(400 pycs read from the tree had none in place\), against 1\.5 s for the action's steps, so the job was about 2\.5 s faster/,
  );
  const lost = payoff(
    [
      counts({
        tracked: true,
        saved_files: 20,
        saved_bytes: 1e5,
        extra_files: 300,
        extra_bytes: 1e6,
        compile_rate: rate,
      }),
    ],
    { main: 1, post: 0.5 },
  );
  const line = payoffLine(lost, false);
  assert.match(line, /^⚠️ Warming does not pay for this job \(about 2\.4 s slower than without it\)/);
  assert.match(line, /300 modules that had pycs in place/);
  assert.match(line, /remove <code>warm: true<\/code>/);
  assert.match(payoffLine(lost, false, 'in-place'), /with <code>layout: prefix<\/code>, for jobs whose dependencies/);
  assert.match(payoffLine(lost, true), /^🆕 First run/);
  assert.match(
    payoffLine(payoff([counts({ tracked: false })], { main: 1, post: 1 }), false),
    /did not record which pycs the job read/,
  );
});
