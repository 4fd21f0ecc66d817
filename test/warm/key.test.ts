// The cache key: what changes the exact key only, and what changes the restore prefix too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheKey, type Interpreter, type KeyFacts } from '../../src/warm/key.ts';

const base: Interpreter = {
  implementation: 'cpython',
  version: '3.11.2',
  cacheTag: 'cpython-311',
  magic: 3495,
  executable: '/usr/bin/python3.11',
  prefixSupported: true,
  stdlib: ['/usr/lib/python3.11'],
  sitePackages: ['/usr/lib/python3/dist-packages'],
  distributions: [['sympy', '1.11.1']],
};
const facts: KeyFacts = {
  os: 'linux',
  arch: 'x64',
  interpreters: [base],
  mode: 'checked-hash',
  root: '/w/p',
  prefix: '/t/pycache',
  suffix: '',
  sourcesDigest: 'a',
  layout: 'prefix',
};

test('new sources change the key but not its restore prefix', () => {
  const one = cacheKey(facts);
  const two = cacheKey({ ...facts, sourcesDigest: 'b' });
  assert.notEqual(one.key, two.key);
  assert.deepEqual(one.restoreKeys, two.restoreKeys);
  assert.ok(two.key.startsWith(one.restoreKeys[0] ?? '-'));
});

test('a virtual environment of the same interpreter never restores the base interpreter’s tree', () => {
  const venv = cacheKey({
    ...facts,
    interpreters: [
      { ...base, sitePackages: ['/w/venv/lib/python3.11/site-packages', '/usr/lib/python3/dist-packages'] },
    ],
  });
  const system = cacheKey(facts);
  assert.notEqual(venv.restoreKeys[0], system.restoreKeys[0]);
  assert.ok(!venv.key.startsWith(system.restoreKeys[0] ?? '-'));
});

test('in place, the key ignores installed distributions and site-packages, and never matches a prefix tree', () => {
  const inPlace = cacheKey({ ...facts, layout: 'in-place' });
  const bumped = cacheKey({
    ...facts,
    layout: 'in-place',
    interpreters: [{ ...base, distributions: [['sympy', '1.12']], sitePackages: ['/w/venv/lib/site-packages'] }],
  });
  assert.equal(bumped.key, inPlace.key);
  const prefix = cacheKey(facts);
  assert.ok(!inPlace.key.startsWith(prefix.restoreKeys[0] ?? '-'));
  assert.ok(!prefix.key.startsWith(inPlace.restoreKeys[0] ?? '-'));
  // Its own sources still make a new key under the same restore prefix.
  const edited = cacheKey({ ...facts, layout: 'in-place', sourcesDigest: 'b' });
  assert.notEqual(edited.key, inPlace.key);
  assert.ok(edited.key.startsWith(inPlace.restoreKeys[0] ?? '-'));
});
