import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseCommit, changeFromEvent } from '../../src/check/change.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const H = 'c'.repeat(40);

test('pull requests compare with the merge commit first parent when checkout made one', () => {
  const change = changeFromEvent('pull_request', { pull_request: { number: 7, base: { sha: A }, head: { sha: H } } });
  assert.deepEqual(change, { kind: 'pull_request', base: A, head: H, number: 7 });
  assert.equal(baseCommit(change, [B, H]), B, 'merge commit: base branch as it is now');
  assert.equal(baseCommit(change, [A]), A, 'head checked out: the payload base');
  assert.equal(baseCommit(change, null), A);
  assert.equal(changeFromEvent('pull_request_target', { pull_request: { base: { sha: A } } }).kind, 'pull_request');
});

test('push compares with before; branch creation and other events have no base', () => {
  assert.deepEqual(changeFromEvent('push', { before: A }), { kind: 'push', before: A });
  assert.equal(changeFromEvent('push', { before: '0'.repeat(40) }).kind, 'none');
  assert.equal(changeFromEvent('push', {}).kind, 'none');
  assert.equal(changeFromEvent('workflow_dispatch', {}).kind, 'none');
  assert.equal(
    changeFromEvent('pull_request', { pull_request: { base: { sha: 'not a sha; rm -rf /' } } }).kind,
    'none',
  );
  assert.equal(changeFromEvent('pull_request', null).kind, 'none');
  assert.equal(baseCommit({ kind: 'none', why: 'x' }, [A, B]), null);
});
