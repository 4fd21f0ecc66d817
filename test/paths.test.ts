import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { collides, inside, mirrorDir, mirrorPath, type Platform } from '../src/paths.ts';
import { inside as filesInside } from '../src/files.ts';
import { findCpython, skipUnless } from './helpers/python.ts';
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
      assert.equal(inside(parent, child, platform), expected, `${JSON.stringify(parent)} ⊇ ${JSON.stringify(child)}${why ? ` (${why})` : ''}`);
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

test('on Linux, inside is exactly what files.ts computed before', () => {
  forAll(3000, (rng) => {
    const parent = randomPosixPath(rng);
    const child = rng.int(3) === 0 ? `${parent}/${randomPosixPath(rng)}` : randomPosixPath(rng);
    assert.equal(inside(parent, child, 'linux'), previousInside(parent, child), `${JSON.stringify(parent)} ⊇ ${JSON.stringify(child)}`);
  });
  if (process.platform === 'linux') assert.equal(filesInside('/a', '/a/b'), true);
});

const TAG = { cacheTag: 'cpython-313' } as const;

// Expected values are what CPython 3.13 returns (the cross-checks below rerun them).
const POSIX_MIRRORS: readonly (readonly [source: string, expected: string])[] = [
  ['/x/a.py', '/pfx/x/a.cpython-313.pyc'],
  ['/x/../y/a.b.py', '/pfx/x/../y/a.b.cpython-313.pyc'],
  ['/x//y/.py', '/pfx/x//y/py.cpython-313.pyc'],
  ['/x/y/noext', '/pfx/x/y/noextcpython-313.pyc'],
  [`/x/${NFD}.py`, `/pfx/x/${NFD}.cpython-313.pyc`],
  ['/x/a.py/', '/pfx/x/a.py/cpython-313.pyc'],
  ['a.py', '/pfx/tmp/a.cpython-313.pyc'],
  ['./a.py', '/pfx/tmp/./a.cpython-313.pyc'],
  ['./x/a.py', '/pfx/tmp/x/a.cpython-313.pyc'],
  ['../a.py', '/pfx/tmp/../a.cpython-313.pyc'],
  // The head of '/a.py' is '', which is not absolute, so CPython mirrors it under the cwd.
  ['/a.py', '/pfx/tmp/a.cpython-313.pyc'],
  ['/x\\y/C:a.py', '/pfx/x\\y/C:a.cpython-313.pyc'],
];

test('mirrorPath on POSIX', () => {
  for (const platform of ['linux', 'darwin'] as const) {
    for (const [source, expected] of POSIX_MIRRORS) {
      assert.equal(mirrorPath('/pfx/', source, platform, { ...TAG, cwd: '/tmp' }), expected, source);
    }
  }
  assert.equal(mirrorPath('/', '/x/a.py', 'linux', { ...TAG, optimization: 2 }), '/x/a.cpython-313.opt-2.pyc', 'root prefix');
  assert.equal(mirrorPath('/p', '/x/a.py', 'linux', { cacheTag: 'pypy39', optimization: '' }), '/p/x/a.pypy39.pyc');
  assert.equal(mirrorPath('', '/x/a.py', 'linux', TAG), 'x/a.cpython-313.pyc', 'an empty prefix is dropped by the join');
  assert.throws(() => mirrorPath('/p', 'a.py', 'linux', TAG), /pass cwd/);
  assert.throws(() => mirrorPath('/p', '/a.py', 'linux', { ...TAG, cwd: '/' }), /IndexError/);
  assert.throws(() => mirrorPath('/p', '/x/a.py', 'linux', { ...TAG, optimization: '-1' }), /not alphanumeric/);
});

const WIN32_MIRRORS: readonly (readonly [source: string, expected: string])[] = [
  ['C:\\src\\a.py', 'C:\\pfx\\src\\a.cpython-313.pyc'],
  ['D:\\src\\a.py', 'C:\\pfx\\src\\a.cpython-313.pyc'],
  ['c:/src/b/a.py', 'C:\\pfx\\src/b\\a.cpython-313.pyc'],
  ['\\\\server\\share\\x\\a.py', 'C:\\pfx\\server\\share\\x\\a.cpython-313.pyc'],
  ['rel\\a.py', 'C:\\pfx\\cwd\\rel\\a.cpython-313.pyc'],
  ['.\\a.py', 'C:\\pfx\\cwd\\.\\a.cpython-313.pyc'],
  ['.\\x\\a.py', 'C:\\pfx\\cwd\\x\\a.cpython-313.pyc'],
  ['\\a.py', 'C:\\pfx\\cwd\\a.cpython-313.pyc'],
  ['C:a.py', 'C:\\pfx\\cwd\\a.cpython-313.pyc'],
  ['C:\\a.py', 'C:\\pfx\\cwd\\a.cpython-313.pyc'],
  ['\\\\?\\C:\\x\\a.py', 'C:\\pfx\\?\\C:\\x\\a.cpython-313.pyc'],
  ['C:\\x\\..\\y\\a.py', 'C:\\pfx\\x\\..\\y\\a.cpython-313.pyc'],
  ['C:\\x/y\\\\z\\a.py', 'C:\\pfx\\x/y\\\\z\\a.cpython-313.pyc'],
];

test('mirrorPath on Windows drops the drive, so the same path on two drives collides', () => {
  for (const [source, expected] of WIN32_MIRRORS) {
    assert.equal(mirrorPath('C:\\pfx', source, 'win32', { ...TAG, cwd: 'C:\\cwd' }), expected, source);
  }
  assert.equal(mirrorPath('C:\\', 'C:\\src\\a.py', 'win32', TAG), 'C:\\src\\a.cpython-313.pyc', 'drive-root prefix');
  assert.equal(mirrorPath('D:\\p\\', 'C:\\src\\a.py', 'win32', TAG), 'D:\\p\\src\\a.cpython-313.pyc');
  assert.equal(mirrorPath('\\\\srv\\sh\\p', 'C:\\src\\a.py', 'win32', TAG), '\\\\srv\\sh\\p\\src\\a.cpython-313.pyc', 'UNC prefix');
  assert.equal(mirrorDir('C:\\pfx', 'C:\\src', 'win32'), mirrorDir('C:\\pfx', 'D:\\src', 'win32'));
});

test('collides: project roots that share a mirrored subtree without being nested', () => {
  const cases: readonly (readonly [Platform, string, string, boolean])[] = [
    ['win32', 'C:\\src\\proj', 'D:\\src\\proj', true],
    ['win32', 'C:\\src\\proj', 'd:\\SRC\\proj\\sub', true],
    ['win32', '\\\\server\\share\\x', 'C:\\server\\share\\x', true],
    ['win32', 'C:\\src', 'C:\\src\\proj', false],
    ['win32', 'C:\\a', 'c:\\A', false],
    ['win32', 'C:\\a', 'D:\\b', false],
    ['linux', '/src/a', '/src/b', false],
    ['linux', '/src/a', '/src/a/b', false],
    ['linux', '/a', '/A', false],
    ['darwin', '/a', '/A', false],
    ['darwin', '/x/../a', '/a', false],
  ];
  for (const [platform, a, b, expected] of cases) {
    assert.equal(collides(a, b, platform), expected, `${platform}: ${a} vs ${b}`);
    assert.equal(collides(b, a, platform), expected, `${platform}: ${b} vs ${a}`);
  }
});

// ---- Cross-checks against CPython's own code ----

const PY313 = findCpython('3.13');

type Request = readonly [prefix: string, source: string, optimization: string];
type Answer = string | { readonly error: string };

/** Python that answers each request with cache_from_source, or the name of what it raised. */
const ANSWER = `
import importlib.util, json, sys
def answer(cache_from_source):
    out = []
    for prefix, source, opt in json.load(sys.stdin):
        sys.pycache_prefix = prefix
        try:
            out.append(cache_from_source(source, optimization=opt))
        except Exception as e:
            out.append({"error": type(e).__name__})
    print(json.dumps(out))
`;

// importlib's Windows code, run on Linux: the module's source with _MS_WINDOWS forced on, and
// a stand-in nt whose _path_splitroot is ntpath.splitroot (what the C version computes with
// PathCchSkipRoot, drive and root together).
const WINDOWS = `${ANSWER}
import ntpath, types, importlib._bootstrap_external as real
marker = "_MS_WINDOWS = (sys.platform == 'win32')"
src = open(real.__file__).read()
assert marker in src
nt = types.ModuleType("nt")
nt._path_splitroot = lambda p: (lambda d, r, t: (d + r, t))(*ntpath.splitroot(p))
nt.getcwd = lambda: sys.argv[1]
nt.fspath = lambda p: p
sys.modules["nt"] = nt
sys.modules["winreg"] = types.ModuleType("winreg")
ns = {"__name__": "importlib_windows"}
exec(compile(src.replace(marker, "_MS_WINDOWS = True"), "importlib_windows", "exec"), ns)
sys.pycache_prefix = None
answer(ns["cache_from_source"])
`;

function ours(requests: readonly Request[], platform: Platform, cacheTag: string, cwd: string): Answer[] {
  return requests.map(([prefix, source, optimization]) => {
    try {
      return mirrorPath(prefix, source, platform, { cacheTag, optimization, cwd });
    } catch (error) {
      const message = (error as Error).message;
      return { error: message.includes('IndexError') ? 'IndexError' : message.includes('alphanumeric') ? 'ValueError' : message };
    }
  });
}

function compare(requests: readonly Request[], expected: readonly Answer[], actual: readonly Answer[]): void {
  assert.equal(actual.length, requests.length);
  requests.forEach((request, i) => assert.deepEqual(actual[i], expected[i], JSON.stringify(request)));
}

const OPTIMIZATIONS = ['', '', '', '1', '2', 'a', '-1', '\u0663', '\u00b2', NFD, ' '];

function randomRequests(rng: Random, count: number, roots: readonly string[], names: readonly string[], seps: readonly string[], prefixes: readonly string[]): Request[] {
  return Array.from({ length: count }, () => {
    let source = rng.pick(roots);
    for (let n = rng.int(5); n > 0; n--) source += rng.pick(names) + rng.pick(seps);
    source += rng.pick(['a.py', 'a.b.py', '.py', 'noext', '', `${NFD}.py`, '\u{1d4b3}.py', 'x.']);
    return [rng.pick(prefixes), source, rng.pick(OPTIMIZATIONS)] as const;
  });
}

test('mirrorPath agrees with CPython 3.13 on Linux', skipUnless(PY313, 'CPython 3.13'), () => {
  const bin = PY313 ?? '';
  const cacheTag = execFileSync(bin, ['-c', 'import sys; print(sys.implementation.cache_tag)'], { encoding: 'utf8' }).trim();
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'paths-test-')));
  try {
    const tables: Request[] = [...POSIX_MIRRORS.map(([source]) => ['/pfx/', source, ''] as const), ['/', '/x/a.py', '2'], ['', '/x/a.py', ''], ['/p', '/a.py', '']];
    forAll(1, (rng) => {
      const requests = [
        ...tables,
        ...randomRequests(rng, 1000, ['/', '', './', '../', '//'], ['a', 'B', '.', '..', '', NFC, '\u{1d4b3}', 'C:', 'x\\y', ' '], ['/', '//'], ['/pfx', '/pfx/', '/', '', 'rel', '/p//q/']),
      ];
      // '/' as the cwd makes the IndexError cases reachable; a deep one exercises the joins.
      for (const cwd of [dir, '/']) {
        const python = JSON.parse(execFileSync(bin, ['-c', `${ANSWER}\nanswer(importlib.util.cache_from_source)`], { cwd, input: JSON.stringify(requests), encoding: 'utf8' })) as Answer[];
        compare(requests, python, ours(requests, 'linux', cacheTag, cwd));
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("mirrorPath agrees with CPython 3.13's Windows importlib code", skipUnless(PY313, 'CPython 3.13'), () => {
  const bin = PY313 ?? '';
  const cacheTag = execFileSync(bin, ['-c', 'import sys; print(sys.implementation.cache_tag)'], { encoding: 'utf8' }).trim();
  forAll(1, (rng) => {
    const tables: Request[] = [...WIN32_MIRRORS.map(([source]) => ['C:\\pfx', source, ''] as const), ['C:\\', 'C:\\src\\a.py', ''], ['\\\\srv\\sh\\p', 'C:\\src\\a.py', '']];
    const requests = [
      ...tables,
      ...randomRequests(
        rng,
        1000,
        ['C:\\', 'c:/', 'D:', '\\', '/', '', '.\\', './', '\\\\server\\share\\', '//server/share/', '\\\\?\\C:\\', '\\\\?\\UNC\\srv\\sh\\', '\\\\.\\dev\\', '\\\\server', '\u{1d4b3}:\\'],
        ['a', 'B', '.', '..', '', NFC, 'C:', ' ', '\u{1d4b3}'],
        ['\\', '/', '\\\\', '/\\'],
        ['C:\\pfx', 'C:\\pfx\\', 'C:\\', 'D:', 'D:p', '\\\\srv\\sh\\p', '\\\\srv\\sh', '\\p', 'rel', ''],
      ),
    ];
    for (const cwd of ['C:\\cwd', 'D:\\', '\\\\srv\\sh\\dir']) {
      const python = JSON.parse(execFileSync(bin, ['-c', WINDOWS, cwd], { input: JSON.stringify(requests), encoding: 'utf8' })) as Answer[];
      compare(requests, python, ours(requests, 'win32', cacheTag, cwd));
    }
  });
});
