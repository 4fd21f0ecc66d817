import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowMatcher, globMatcher, globToRegExp } from '../../src/check/allow.ts';
import { forAll, type Random } from '../helpers/random.ts';

const GLOB_PIECES = [
  '*',
  '**',
  '?',
  '[',
  ']',
  '!',
  '^',
  '-',
  '\\',
  '/',
  '/',
  'a',
  'b',
  'z',
  '.',
  './',
  '(',
  ')',
  '+',
  '{',
  '}',
  '|',
  '$',
  'é',
  '\ud800',
  '[a-c]',
  '[z-a]',
  '[!a]',
  '[]a]',
  '[/]',
  '**/',
  '/**',
];
const PATH_PIECES = ['a', 'b', 'z', '/', '/', '.', '-', ']', '[', '!', '*', 'é', '\n', '\ud800', 'ab', 'x.pyc'];

function text(rng: Random, pieces: readonly string[], max: number): string {
  let out = '';
  for (let n = rng.int(max); n > 0; n--) out += rng.pick(pieces);
  return out;
}

test('random globs compile, and the linear matcher agrees with the RegExp on short paths', () => {
  forAll(3000, (rng) => {
    const glob = text(rng, GLOB_PIECES, 8);
    const matches = globMatcher(glob);
    const re = globToRegExp(glob);
    for (let k = 0; k < 8; k++) {
      const path = text(rng, PATH_PIECES, 8);
      assert.equal(matches(path), re.test(path), `${JSON.stringify(glob)} ~ ${JSON.stringify(path)} (${re.source})`);
    }
  });
});

const NAMES = ['a', 'b', 'src', 'x', 'x.pyc', '__pycache__', 'é', 'a b', '..', '...'];

function dirs(rng: Random, max: number): string[] {
  return Array.from({ length: rng.int(max) }, () => rng.pick(NAMES));
}

test('**/x matches x at any depth, and only x', () => {
  forAll(2000, (rng) => {
    const above = dirs(rng, 6);
    const name = rng.pick(NAMES.filter((n) => n !== '..' && n !== '...'));
    const matches = globMatcher(`**/${name}`);
    assert.ok(matches([...above, name].join('/')), [...above, name].join('/'));
    assert.ok(matches([...above, name, ...dirs(rng, 3), 'leaf'].join('/')), 'everything below a match');
    // A directory above named x is itself a match, so the near misses go below other names.
    const others = above.filter((d) => d !== name);
    assert.ok(!matches([...others, `${name}z`].join('/')));
    assert.ok(!matches([...others, `z${name}`].join('/')));
  });
});

const escapeGlob = (path: string): string => path.replace(/[*?[\\]/g, '\\$&');

test('a literal path matches itself and what is below it, not a sibling with a longer name', () => {
  forAll(2000, (rng) => {
    const parts = [
      rng.pick(['a', 'src', '[x]', '*', 'q?', 'é']),
      ...dirs(rng, 4).map((d) => (rng.int(2) ? d : `${d}*[]\\?`)),
    ];
    const path = parts.join('/');
    const matches = allowMatcher([escapeGlob(path)]);
    assert.equal(matches(path), escapeGlob(path), path);
    assert.equal(matches(`${path}/child.pyc`), escapeGlob(path));
    assert.equal(matches(`${path}z`), null);
    assert.equal(globToRegExp(escapeGlob(path)).test(path), true);
  });
});

test('a glob that matches a path matches everything below it', () => {
  forAll(2000, (rng) => {
    const glob = text(rng, GLOB_PIECES, 6);
    const path = text(rng, PATH_PIECES, 6);
    if (globMatcher(glob)(path))
      assert.ok(globMatcher(glob)(`${path}/${text(rng, PATH_PIECES, 4)}`), `${glob} ~ ${path}/…`);
  });
});

test('adversarial 10,000-character paths finish (they backtracked for minutes through a RegExp)', () => {
  const globs = [
    '*a*a*a*a*b',
    '**/**/**/**/x',
    '**/a*a*a*b/**/c',
    '[a-z]*[a-z]*[a-z]*!',
    '?*?*?*?*/x',
    'a/**/a/**/a/**/b',
    '*.pyc',
    '**',
  ];
  const paths = [
    'a'.repeat(10_000),
    'a/'.repeat(5_000),
    `${'a/'.repeat(4_999)}ab`,
    `${'a'.repeat(9_999)}/`,
    'ab'.repeat(5_000),
    `${'a.'.repeat(5_000)}py`,
  ];
  const matches = allowMatcher(globs);
  for (const path of paths) matches(path);
  for (const glob of globs) for (const path of paths) globMatcher(glob)(path);
  assert.equal(matches('a'.repeat(10_000)), '**');
  assert.equal(allowMatcher(['*a*a*a*a*b'])(`${'a'.repeat(10_000)}b`), '*a*a*a*a*b');
});

test('class edge cases: reversed ranges match nothing, and nothing matches a slash', () => {
  assert.equal(globMatcher('[z-a].pyc')('m.pyc'), false);
  assert.equal(globMatcher('[az-b]')('a'), true);
  assert.equal(globMatcher('[]a]')(']'), true);
  assert.equal(globMatcher('x[!b]y')('x/y'), false);
  assert.equal(globToRegExp('x[!b]y').test('x/y'), false);
  assert.equal(globMatcher('x[+-0]y')('x/y'), false);
  assert.equal(globMatcher('x[+-0]y')('x.y'), true);
});
