import { test } from 'node:test';
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { inside, type Platform } from '../src/paths.ts';
import { forAll, type Random } from './helpers/random.ts';

const NFC = '\u00e9'; // é as one code point
const NFD = 'e\u0301'; // é as e + combining acute

type InsideCase = readonly [parent: string, child: string, expected: boolean, why?: string];

const POSIX_CASES: readonly InsideCase[] = [
  ['/a', '/a', true, 'equal'],
  ['/a', '/a/b', true],
  ['/a/', '/a/b', true, 'trailing separator on the parent'],
  ['/a', '/a/', true, 'trailing separator on the child'],
  ['/a', '/ab', false, 'a sibling sharing a prefix'],
  ['/a/b', '/a', false],
  ['/', '/a', true, 'root prefix'],
  ['/', '/', true],
  ['/a', '/', false],
  ['/a//b', '/a/b/c', true, 'doubled separator'],
  ['/a', '/a/./b', true],
  ['/a/b/..', '/a/c', true, '.. in the parent'],
  ['/a', '/a/../b', false, '.. leaving the parent'],
  ['/a', '/a/b/../..', false],
  ['/a', '/a/..b', true, 'a name starting with two dots'],
  ['/a', '/a/...', true],
];

const CASES: Readonly<Record<Platform, readonly InsideCase[]>> = {
  linux: [
    ...POSIX_CASES,
    ['/A', '/a/b', false, 'case matters'],
    [`/${NFC}`, `/${NFD}/x`, false, 'NFC and NFD are different names'],
    ['C:\\a', 'C:\\a\\b', false, 'a backslash is an ordinary character'],
  ],
  darwin: [
    ...POSIX_CASES,
    ['/Users/X/Proj', '/users/x/PROJ/src', true, 'case-insensitive APFS'],
    ['/A', '/ab', false],
    [`/${NFC}`, `/${NFD}/x`, true, 'NFC parent, NFD child'],
    [`/${NFD}`, `/${NFC.toUpperCase()}`, true, 'NFD parent, NFC upper-case child'],
    ['/\u0130', '/i\u0307/x', true, 'lowercasing that decomposes'],
    [`/${NFC}`, '/e', false],
  ],
  win32: [
    ['C:\\A', 'c:\\a\\b', true, 'drive letter and names in another case'],
    ['C:\\a', 'C:\\a', true],
    ['C:\\a\\', 'C:\\a/b/', true, 'trailing and mixed separators'],
    ['C:/a/b', 'C:\\a\\b\\c', true, 'forward slashes'],
    ['C:\\a', 'C:\\ab', false],
    ['C:\\a', 'D:\\a', false, 'another drive'],
    ['C:\\a', 'D:\\a\\b', false],
    ['C:\\', 'C:\\a', true, 'drive root'],
    ['C:\\', 'D:\\', false],
    ['C:\\a\\b\\..', 'C:\\a\\c', true],
    ['C:\\a', 'C:\\a\\..\\b', false],
    ['C:\\a', 'C:\\a\\..b', true],
    ['\\\\server\\share\\x', '\\\\SERVER\\Share\\x\\y', true, 'UNC, another case'],
    ['//server/share/x', '\\\\server\\share\\x\\y', true, 'UNC with forward slashes'],
    ['\\\\server\\share\\x', '\\\\server\\other\\x\\y', false, 'another share'],
    ['\\\\server\\share', 'C:\\share', false],
    ['C:\\server\\share', '\\\\server\\share\\x', false],
    ['\\\\server\\share\\', '\\\\server\\share\\x', true, 'share root'],
  ],
};

for (const [platform, cases] of Object.entries(CASES) as [Platform, readonly InsideCase[]][]) {
  test(`inside on ${platform}`, () => {
    for (const [parent, child, expected, why] of cases) {
      assert.equal(
        inside(parent, child, platform),
        expected,
        `${JSON.stringify(parent)} ⊇ ${JSON.stringify(child)}${why ? ` (${why})` : ''}`,
      );
    }
  });
}

test('other platforms follow the Linux rules', () => {
  assert.equal(inside('/A', '/a', 'freebsd'), false);
  assert.equal(inside('/a', '/a/b', 'aix'), true);
});

// The function files.ts had before it delegated here, so Linux behaviour is pinned exactly.
function previousInside(parent: string, child: string): boolean {
  const rel = posix.relative(parent, child);
  return rel === '' || (!rel.startsWith('../') && rel !== '..' && !posix.isAbsolute(rel));
}

function randomPosixPath(rng: Random): string {
  const names = ['a', 'b', 'A', '..', '.', '', '..a', 'a..', NFC, NFD, ' ', 'x\\y', 'C:'];
  const parts = Array.from({ length: rng.int(5) }, () => rng.pick(names));
  return `${rng.int(8) === 0 ? '' : '/'}${parts.join('/')}`;
}

test('on Linux, inside is exactly what the action computed before it was platform-aware', () => {
  forAll(3000, (rng) => {
    const parent = randomPosixPath(rng);
    const child = rng.int(3) === 0 ? `${parent}/${randomPosixPath(rng)}` : randomPosixPath(rng);
    assert.equal(
      inside(parent, child, 'linux'),
      previousInside(parent, child),
      `${JSON.stringify(parent)} ⊇ ${JSON.stringify(child)}`,
    );
  });
});
