import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowMatcher, globToRegExp } from '../../src/check/allow.ts';

test('globs match as documented', () => {
  const cases: [string, string, boolean][] = [
    ['tests/fixtures/**', 'tests/fixtures/a/b.pyc', true],
    ['tests/fixtures', 'tests/fixtures/a/b.pyc', true],
    ['tests/fixtures/', 'tests/fixtures/b.pyc', true],
    ['tests/fixtures', 'tests/fixtures2/b.pyc', false],
    ['*.pyc', 'a.pyc', true],
    ['*.pyc', 'dir/a.pyc', false],
    ['**/*.pyc', 'dir/sub/a.pyc', true],
    ['**/*.pyc', 'a.pyc', true],
    ['a/?.pyc', 'a/b.pyc', true],
    ['a/[bc].pyc', 'a/c.pyc', true],
    ['a/[!bc].pyc', 'a/c.pyc', false],
    ['./legacy/x$py.class', 'legacy/x$py.class', true],
    ['a/**/z.pyc', 'a/z.pyc', true],
    ['a/**/z.pyc', 'a/b/c/z.pyc', true],
    ['a(1)/+.pyc', 'a(1)/+.pyc', true],
  ];
  for (const [glob, path, expected] of cases)
    assert.equal(globToRegExp(glob).test(path), expected, `${glob} ~ ${path}`);
});

test('allowMatcher names the first matching pattern', () => {
  const match = allowMatcher(['docs/**', 'tests/fixtures/**']);
  assert.equal(match('tests/fixtures/x.pyc'), 'tests/fixtures/**');
  assert.equal(match('src/x.pyc'), null);
  assert.equal(allowMatcher([])('x.pyc'), null);
});
