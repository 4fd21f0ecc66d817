import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHeader, describeHeader, HEAD_BYTES, HEADER_BYTES, type Header } from '../../src/check/pyc.ts';
import { MAGIC } from '../../src/check/magic.ts';
import { renderModule } from '../../scripts/gen-magic.ts';
import { bytecodeEnv, findCpython, JYTHON, PYPY3, skipUnless } from '../helpers/python.ts';
import { pycHeader as pyc } from '../helpers/repo.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Non-ASCII so the recorded size is in bytes, not characters; the coding line keeps Python 2 happy.
const SOURCE = Buffer.from("# -*- coding: utf-8 -*-\nGREETING = 'h\u00e9llo'\n", 'utf8');
// Fixed, in the past, and within 32 bits, so the header's mtime is known exactly.
const MTIME = 1_700_000_123;

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'pyc-test-'));
});
after(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory holding mod.py with a known mtime. */
function project(name: string): string {
  const at = join(dir, name);
  mkdirSync(at);
  writeFileSync(join(at, 'mod.py'), SOURCE);
  utimesSync(join(at, 'mod.py'), MTIME, MTIME);
  return at;
}

function run(bin: string, args: string[], cwd: string): string {
  return execFileSync(bin, args, {
    cwd,
    env: bytecodeEnv(),
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

function decodeFile(path: string): Header {
  return decodeHeader(readFileSync(path).subarray(0, HEADER_BYTES));
}

const PY311 = findCpython('3.11');
const PY312 = findCpython('3.12');
const PY313 = findCpython('3.13');
const PY36 = findCpython('3.6');
const PY27 = findCpython('2.7');

// Prints the interpreter's own magic number, so the tests do not just restate the table.
const PRINT_MAGIC_3 = 'import importlib.util; print(int.from_bytes(importlib.util.MAGIC_NUMBER[:2], "little"))';

test('CPython 3.11 pycs in each invalidation mode', skipUnless(PY311, 'CPython 3.11'), () => {
  const bin = PY311 ?? '';
  const at = project('cpython311');
  const magic = Number(run(bin, ['-c', PRINT_MAGIC_3], at));
  assert.equal(magic, 3495);
  const compile = [
    'import sys, py_compile, importlib.util',
    'src, out, mode = sys.argv[1:4]',
    'py_compile.compile(src, cfile=out, doraise=True, invalidation_mode=py_compile.PycInvalidationMode[mode])',
    'print(importlib.util.source_hash(open(src, "rb").read()).hex())',
  ].join('\n');
  const common = {
    status: 'pyc',
    magic,
    implementation: 'cpython',
    version: '3.11',
    final: true,
    headerSize: 16,
  } as const;
  const modes = { TIMESTAMP: 'timestamp', CHECKED_HASH: 'checked-hash', UNCHECKED_HASH: 'unchecked-hash' } as const;
  for (const [pyMode, mode] of Object.entries(modes)) {
    const out = join(at, `${pyMode}.pyc`);
    const sourceHash = run(bin, ['-c', compile, 'mod.py', out, pyMode], at);
    assert.match(sourceHash, /^[0-9a-f]{16}$/);
    const header = decodeFile(out);
    if (mode === 'timestamp') {
      assert.deepEqual(header, { ...common, mode, sourceMtime: MTIME, sourceSize: SOURCE.length });
      assert.equal(
        header.status === 'pyc' && header.sourceMtime,
        Math.floor(statSync(join(at, 'mod.py')).mtimeMs / 1000),
      );
    } else {
      assert.deepEqual(header, { ...common, mode, sourceHash });
    }
    assert.deepEqual(describeHeader(header), { python: 'CPython 3.11', mode });
  }
});

for (const [bin, minor, magic] of [
  [PY312, '3.12', 3531],
  [PY313, '3.13', 3571],
] as const) {
  test(`CPython ${minor} writes a 16-byte timestamp pyc on import`, skipUnless(bin, `CPython ${minor}`), () => {
    const at = project(`cpython${minor}`);
    assert.equal(Number(run(bin ?? '', ['-c', PRINT_MAGIC_3], at)), magic);
    run(bin ?? '', ['-c', 'import mod'], at);
    const header = decodeFile(join(at, '__pycache__', `mod.cpython-${minor.replace('.', '')}.pyc`));
    assert.deepEqual(header, {
      status: 'pyc',
      magic,
      implementation: 'cpython',
      version: minor,
      final: true,
      mode: 'timestamp',
      headerSize: 16,
      sourceMtime: MTIME,
      sourceSize: SOURCE.length,
    });
    assert.deepEqual(describeHeader(header), { python: `CPython ${minor}`, mode: 'timestamp' });
  });
}

test('CPython 3.6 writes a 12-byte header (mtime and size, no flags)', skipUnless(PY36, 'CPython 3.6'), () => {
  const at = project('cpython36');
  const magic = Number(run(PY36 ?? '', ['-c', PRINT_MAGIC_3], at));
  assert.equal(magic, 3379);
  run(PY36 ?? '', ['-m', 'py_compile', 'mod.py'], at);
  const path = join(at, '__pycache__', 'mod.cpython-36.pyc');
  const header = decodeFile(path);
  assert.deepEqual(header, {
    status: 'pyc',
    magic,
    implementation: 'cpython',
    version: '3.6',
    final: true,
    mode: 'timestamp',
    headerSize: 12,
    sourceMtime: MTIME,
    sourceSize: SOURCE.length,
  });
  // Marshalled code starts right after the header ('c' or 'c'|0x80 for a code object).
  assert.equal((readFileSync(path)[12] ?? 0) & 0x7f, 'c'.charCodeAt(0));
});

test(
  'CPython 2.7 writes a legacy mod.pyc beside the source with an 8-byte header',
  skipUnless(PY27, 'CPython 2.7'),
  () => {
    const at = project('cpython27');
    const magic = Number(
      run(PY27 ?? '', ['-c', 'import imp, struct; print(struct.unpack("<H", imp.get_magic()[:2])[0])'], at),
    );
    assert.equal(magic, 62211);
    run(PY27 ?? '', ['-c', 'import mod'], at);
    const path = join(at, 'mod.pyc');
    const header = decodeFile(path);
    assert.deepEqual(header, {
      status: 'pyc',
      magic,
      implementation: 'cpython',
      version: '2.7',
      final: true,
      mode: 'timestamp',
      headerSize: 8,
      sourceMtime: MTIME,
    });
    assert.equal(readFileSync(path)[8], 'c'.charCodeAt(0));
    assert.deepEqual(describeHeader(header), { python: 'CPython 2.7', mode: 'timestamp' });
  },
);

test(
  'PyPy3 (3.9) writes the 3.7+ layout under its own magic, including hash-based pycs',
  skipUnless(PYPY3, 'PyPy3'),
  () => {
    const at = project('pypy3');
    const magic = Number(run(PYPY3, ['-c', PRINT_MAGIC_3], at));
    assert.equal(run(PYPY3, ['-c', 'import sys; print(sys.implementation.cache_tag)'], at), 'pypy39');
    run(PYPY3, ['-c', 'import mod'], at);
    const header = decodeFile(join(at, '__pycache__', 'mod.pypy39.pyc'));
    const common = {
      status: 'pyc',
      magic,
      implementation: 'pypy',
      version: '3.9',
      final: true,
      headerSize: 16,
    } as const;
    assert.deepEqual(header, { ...common, mode: 'timestamp', sourceMtime: MTIME, sourceSize: SOURCE.length });
    assert.deepEqual(describeHeader(header), { python: 'PyPy 3.9', mode: 'timestamp' });

    const sourceHash = run(
      PYPY3,
      [
        '-c',
        'import py_compile, importlib.util as u; py_compile.compile("mod.py", cfile="h.pyc", doraise=True, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH); print(u.source_hash(open("mod.py", "rb").read()).hex())',
      ],
      at,
    );
    assert.deepEqual(decodeFile(join(at, 'h.pyc')), { ...common, mode: 'checked-hash', sourceHash });
  },
);

test(
  'Jython writes a Java class file, reported by its class version',
  skipUnless(existsSync(JYTHON) ? JYTHON : null, 'Jython'),
  () => {
    const at = project('jython');
    run(JYTHON, ['-c', 'import mod'], at);
    const bytes = readFileSync(join(at, 'mod$py.class'));
    const header = decodeHeader(bytes.subarray(0, HEADER_BYTES));
    assert.deepEqual(header, { status: 'jython', classVersion: '50.0' });
    assert.deepEqual(describeHeader(header), { python: 'Jython (class 50.0)', mode: '—' });
    for (let n = 0; n < 8; n++)
      assert.deepEqual(decodeHeader(bytes.subarray(0, n)), { status: 'short', length: n }, `${n} bytes`);
    // A whole class file is no different from its first bytes.
    assert.deepEqual(decodeHeader(bytes), header);
  },
);

test('truncated headers and empty files are short; a whole file decodes like its first 16 bytes', () => {
  assert.deepEqual(decodeHeader(new Uint8Array(0)), { status: 'short', length: 0 });
  const full = pyc(3495, 0, MTIME, 42);
  for (let n = 0; n < 16; n++)
    assert.deepEqual(decodeHeader(full.subarray(0, n)), { status: 'short', length: n }, `${n} bytes`);
  const decoded = decodeHeader(full);
  assert.equal(decoded.status, 'pyc');
  const withCode = Buffer.concat([full, Buffer.alloc(1 << 20, 0xe3)]);
  assert.deepEqual(decodeHeader(withCode), decoded);
  // A header in the middle of a larger buffer: offsets are the view's, not the buffer's.
  assert.deepEqual(decodeHeader(Buffer.concat([Buffer.from('junk'), full]).subarray(4)), decoded);
  // Each layout needs its own length.
  assert.deepEqual(decodeHeader(pyc(62211, MTIME).subarray(0, 7)), { status: 'short', length: 7 });
  assert.equal(decodeHeader(pyc(62211, MTIME)).status, 'pyc');
  assert.deepEqual(decodeHeader(pyc(3379, MTIME, 1).subarray(0, 11)), { status: 'short', length: 11 });
  assert.equal(decodeHeader(pyc(3379, MTIME, 1)).status, 'pyc');
  assert.deepEqual(describeHeader({ status: 'short', length: 4 }), { python: 'unreadable (4 bytes)', mode: '—' });
  assert.deepEqual(describeHeader({ status: 'short', length: 1 }), { python: 'unreadable (1 byte)', mode: '—' });
  assert.deepEqual(describeHeader({ status: 'short', length: 0 }), { python: 'empty (0 bytes)', mode: '—' });
});

test('flags other than 0, 1 and 3 are bad-flags', () => {
  for (const flags of [2, 4, 5, 7, 0x100, 0xffffffff]) {
    const header = decodeHeader(pyc(3495, flags, 0, 0));
    assert.deepEqual(header, { status: 'bad-flags', magic: 3495, implementation: 'cpython', version: '3.11', flags });
  }
  assert.deepEqual(describeHeader(decodeHeader(pyc(3571, 7, 0, 0))), {
    python: 'CPython 3.13',
    mode: 'invalid flags (0x7)',
  });
  assert.deepEqual(describeHeader(decodeHeader(pyc(336, 2, 0, 0))), {
    python: 'PyPy 3.9',
    mode: 'invalid flags (0x2)',
  });
  // The hash bytes are taken as they are, high bits and all.
  const hashed = decodeHeader(pyc(3495, 3, 0x04030201, 0xfffefdfc));
  assert.equal(hashed.status === 'pyc' && hashed.sourceHash, '01020304fcfdfeff');
  assert.deepEqual(describeHeader(decodeHeader(pyc(3495, 1, 0, 0))), {
    python: 'CPython 3.11',
    mode: 'unchecked-hash',
  });
});

test('layouts switch where CPython switched them, and PyPy follows its language version', () => {
  const size = (h: Header) => (h.status === 'pyc' ? h.headerSize : h.status);
  assert.equal(size(decodeHeader(pyc(3200, 1, 2, 3))), 8, '3.3a1 before the size field');
  assert.equal(size(decodeHeader(pyc(3210, 1, 2, 3))), 12, '3.3a1 added the size');
  assert.equal(size(decodeHeader(pyc(3391, 1, 2, 3))), 12, '3.7a2');
  assert.equal(size(decodeHeader(pyc(3392, 0, 2, 3))), 16, '3.7a4 PEP 552');
  assert.equal(size(decodeHeader(pyc(3131, 1, 2, 3))), 8, '3.0');
  assert.equal(size(decodeHeader(pyc(20121, 1, 2, 3))), 8, '1.5');
  assert.equal(size(decodeHeader(pyc(62218, 1, 2, 3))), 8, 'PyPy2');
  assert.equal(size(decodeHeader(pyc(48, 1, 2, 3))), 8, 'PyPy3 3.2');
  assert.equal(size(decodeHeader(pyc(64, 1, 2, 3))), 12, 'PyPy3 3.3');
  assert.equal(size(decodeHeader(pyc(192, 1, 2, 3))), 12, 'PyPy3 3.6');
  assert.equal(size(decodeHeader(pyc(240, 0, 2, 3))), 16, 'PyPy3 3.7');
  assert.equal(size(decodeHeader(pyc(0, 1, 2, 3))), 8, 'PyPy3 3.2-dev: magic 0 is in the table');
  // An 8-byte layout ignores what follows, so its "flags" are never checked.
  assert.deepEqual(decodeHeader(pyc(62211, MTIME, 7, 7)), {
    status: 'pyc',
    magic: 62211,
    implementation: 'cpython',
    version: '2.7',
    final: true,
    mode: 'timestamp',
    headerSize: 8,
    sourceMtime: MTIME,
  });
});

test('unknown magic numbers and files without the CR LF', () => {
  assert.deepEqual(decodeHeader(pyc(1234, 0, 0, 0)), { status: 'unknown', magic: 1234 });
  // Python 2's -U wrote magic + 1, which the table leaves out.
  assert.deepEqual(decodeHeader(pyc(62212, 0)), { status: 'unknown', magic: 62212 });
  assert.deepEqual(describeHeader({ status: 'unknown', magic: 1234 }), { python: 'unknown (magic 1234)', mode: '—' });
  for (const text of ["print('hi')\n", 'a7\n\r', '\xa7\x0d\x0a\x0d', 'PK\x03\x04rest', '\x7fELF............']) {
    assert.deepEqual(
      decodeHeader(Buffer.from(text, 'latin1')),
      { status: 'unknown', magic: null },
      JSON.stringify(text),
    );
  }
  // Three bytes can already rule out both formats.
  assert.deepEqual(decodeHeader(Buffer.from('abc')), { status: 'unknown', magic: null });
  assert.deepEqual(decodeHeader(Buffer.from([0xa7, 0x0d, 0x0d])), { status: 'short', length: 3 });
  assert.deepEqual(decodeHeader(Buffer.from([0xca, 0xfe, 0xba])), { status: 'short', length: 3 });
  assert.deepEqual(describeHeader({ status: 'unknown', magic: null }), { python: 'unknown (no pyc magic)', mode: '—' });
});

test('pre-release numbers say so', () => {
  assert.deepEqual(describeHeader(decodeHeader(pyc(3500, 0, 0, 0))), {
    python: 'CPython 3.12a1 (pre-release)',
    mode: 'timestamp',
  });
  assert.deepEqual(describeHeader(decodeHeader(pyc(3000, 0))), {
    python: 'CPython 3000 (pre-release)',
    mode: 'timestamp',
  });
  assert.deepEqual(describeHeader(decodeHeader(pyc(448, 0, 0, 0))), { python: 'PyPy 3.12-dev', mode: 'timestamp' });
  assert.deepEqual(describeHeader(decodeHeader(pyc(3625, 9, 0, 0))), {
    python: 'CPython 3.14b3 (pre-release)',
    mode: 'invalid flags (0x9)',
  });
  // Released PyPy numbers that a later release replaced are still released.
  assert.deepEqual(describeHeader(decodeHeader(pyc(320, 0, 0, 0))).python, 'PyPy 3.9');
  // 3.5.0 and 3.5.1 shipped 3350, labelled 3.5b3 in the table.
  assert.deepEqual(describeHeader(decodeHeader(pyc(3350, 0, 0))).python, 'CPython 3.5');
});

test("an unlisted number in a minor's reserved span is that minor, pre-release", () => {
  // 3666: a 3.15 development number no released table lists; 3700: the first 3.16 number.
  assert.deepEqual(describeHeader(decodeHeader(pyc(3666, 0, 0, 0))), {
    python: 'CPython 3.15 (pre-release)',
    mode: 'timestamp',
  });
  assert.deepEqual(describeHeader(decodeHeader(pyc(3657, 3, 0, 0))), {
    python: 'CPython 3.15 (pre-release)',
    mode: 'checked-hash',
  });
  assert.equal(describeHeader(decodeHeader(pyc(3700, 0, 0, 0))).python, 'CPython 3.16 (pre-release)');
  assert.equal(describeHeader(decodeHeader(pyc(3395, 0, 0, 0))).python, 'CPython 3.7 (pre-release)');
  assert.equal(describeHeader(decodeHeader(pyc(62201 + 5, 0))).python, 'CPython 2.7 (pre-release)');
  // Outside every span: unknown, not guessed.
  assert.deepEqual(decodeHeader(pyc(3750, 0, 0, 0)), { status: 'unknown', magic: 3750 });
  assert.deepEqual(decodeHeader(pyc(3140, 0)), { status: 'unknown', magic: 3140 });
});

test('GraalPy and Python 1.0–1.4 numbers', () => {
  assert.equal(describeHeader(decodeHeader(pyc(21280, 0, 0, 0))).python, 'GraalPy 3.10');
  // One number for two GraalPy releases, of two language versions.
  assert.equal(describeHeader(decodeHeader(pyc(21290, 3, 0, 0))).python, 'GraalPy 3.11/3.12');
  assert.equal(
    decodeHeader(pyc(21290, 0, 0, 0)).status === 'pyc' &&
      (decodeHeader(pyc(21290, 0, 0, 0)) as { headerSize: number }).headerSize,
    16,
  );
  // 1.0–1.2 wrote 99 00 after the number, not CR LF; 1.3 and 1.4 wrote CR LF; all 8-byte headers.
  const old = (magic: number, trailer: number[]): Buffer =>
    Buffer.from([magic & 0xff, magic >> 8, ...trailer, 1, 0, 0, 0]);
  assert.deepEqual(decodeHeader(old(39170, [0x99, 0x00])), {
    status: 'pyc',
    magic: 39170,
    implementation: 'cpython',
    version: '1.0',
    final: true,
    mode: 'timestamp',
    headerSize: 8,
    sourceMtime: 1,
  });
  assert.equal(describeHeader(decodeHeader(old(39171, [0x99, 0x00]))).python, 'CPython 1.1/1.2');
  assert.deepEqual(
    decodeHeader(old(39171, [0x0d, 0x0a])),
    { status: 'unknown', magic: 39171 },
    'the number with the wrong trailer is not 1.1',
  );
  assert.equal((decodeHeader(old(5892, [0x0d, 0x0a])) as { headerSize: number; version: string }).headerSize, 8);
  assert.equal(describeHeader(decodeHeader(old(11913, [0x0d, 0x0a]))).python, 'CPython 1.3');
  assert.equal(describeHeader(decodeHeader(old(5892, [0x0d, 0x0a]))).python, 'CPython 1.4');
});

test('random bytes never throw and always decode to a known status', () => {
  // Seeded so a failure can be replayed.
  let seed = 0x2545f491;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  const magics = [...MAGIC.keys()];
  const statuses = new Set(['pyc', 'jython', 'short', 'unknown', 'bad-flags']);
  const seen = new Set<string>();
  for (let i = 0; i < 600; i++) {
    const bytes = new Uint8Array(next() % 40);
    for (let j = 0; j < bytes.length; j++) bytes[j] = next() & 0xff;
    // Two in three get a real magic word, so the layouts and flag checks are exercised too.
    if (i % 3 !== 0 && bytes.length >= 4) {
      const magic = magics[next() % magics.length] ?? 0;
      bytes.set([magic & 0xff, magic >> 8, 0x0d, 0x0a]);
      if (bytes.length >= 8 && i % 2 === 0) bytes.set([next() % 4, 0, 0, 0], 4);
    }
    const header = decodeHeader(bytes);
    assert.ok(statuses.has(header.status), header.status);
    seen.add(header.status);
    const words = describeHeader(header);
    assert.ok(words.python.length > 0 && words.mode.length > 0);
    if (header.status === 'pyc' && header.sourceHash !== undefined) assert.match(header.sourceHash, /^[0-9a-f]{16}$/);
  }
  assert.deepEqual([...seen].sort(), ['bad-flags', 'pyc', 'short', 'unknown']);
  // Huge input: only the first bytes are looked at.
  assert.deepEqual(decodeHeader(new Uint8Array(16 << 20)), { status: 'unknown', magic: null });
});

test('the table gives the final magic of each CPython minor (data/pyc-format.md)', () => {
  const finals: [number, string][] = [
    [3131, '3.0'],
    [3151, '3.1'],
    [3180, '3.2'],
    [3230, '3.3'],
    [3310, '3.4'],
    [3351, '3.5'],
    [3379, '3.6'],
    [3394, '3.7'],
    [3413, '3.8'],
    [3425, '3.9'],
    [3439, '3.10'],
    [3495, '3.11'],
    [3531, '3.12'],
    [3571, '3.13'],
    [3627, '3.14'],
    [62211, '2.7'],
    [62161, '2.6'],
    [62131, '2.5'],
    [62061, '2.4'],
    [62011, '2.3'],
  ];
  for (const [magic, version] of finals)
    assert.deepEqual(
      MAGIC.get(magic),
      { implementation: 'cpython', version, final: true, trailer: 0x0a0d },
      String(magic),
    );
  // 3.15 is not released: no number of it is final, whatever an alpha's source defines.
  assert.equal(MAGIC.get(3657)?.final, false);
  // Exactly one final number per CPython minor, apart from 3.5's two.
  const perMinor = new Map<string, number>();
  for (const entry of MAGIC.values())
    if (entry.implementation === 'cpython' && entry.final)
      perMinor.set(entry.version, (perMinor.get(entry.version) ?? 0) + 1);
  assert.deepEqual(
    [...perMinor].filter(([, n]) => n !== 1),
    [['3.5', 2]],
  );
  assert.deepEqual(MAGIC.get(336), { implementation: 'pypy', version: '3.9', final: true, trailer: 0x0a0d });
  assert.deepEqual(MAGIC.get(62218), { implementation: 'pypy', version: '2.7', final: true, trailer: 0x0a0d });
});

test('src/check/magic.ts is what scripts/gen-magic.ts generates', () => {
  execFileSync(process.execPath, [join(root, 'scripts', 'gen-magic.ts'), '--check'], { cwd: tmpdir(), stdio: 'pipe' });
});

test('gen-magic refuses a table that gives one number twice, or a hex column that disagrees', () => {
  const head = 'magic\tmagic_hex_on_disk\tversion\tfinal\timplementation\n';
  assert.match(
    renderModule(`${head}3495\ta70d0d0a\t3.11b4\tyes\tcpython\n`),
    /\[3495, entry\('cpython', '3\.11', true\)\]/,
  );
  assert.throws(() => renderModule(`${head}3495\ta70d9900\t3.11b4\tyes\tcpython\n`), /only Python 1\.0–1\.2/);
  assert.throws(
    () => renderModule(`${head}62218\t0af30d0a\t2.7\tyes\tpypy\n62218\t0af30d0a\t2.7\tyes\tcpython\n`),
    /magic 62218 appears on lines 2 \(pypy 2\.7\) and 3 \(cpython 2\.7\)/,
  );
  assert.throws(() => renderModule(`${head}3495\ta80d0d0a\t3.11b4\tyes\tcpython\n`), /on disk/);
});

test('a Git LFS pointer in place of a pyc is a pointer, with the size when the bytes read show it', () => {
  const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
  const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 98765\n`;
  assert.ok(enc(pointer).length <= HEAD_BYTES);
  assert.deepEqual(decodeHeader(enc(pointer)), { status: 'lfs-pointer', size: 98765 });
  assert.deepEqual(describeHeader({ status: 'lfs-pointer', size: 98765 }), {
    python: 'a Git LFS pointer (98765 bytes)',
    mode: '—',
  });
  // Cut before the size line ends: a pointer, size unknown (a cut "size 9" would lie).
  assert.deepEqual(decodeHeader(enc(pointer.slice(0, -3))), { status: 'lfs-pointer', size: null });
  assert.deepEqual(describeHeader({ status: 'lfs-pointer', size: null }).python, 'a Git LFS pointer');
  // The first 16 bytes alone cannot tell; something that only starts alike is not a pointer.
  assert.deepEqual(decodeHeader(enc(pointer).subarray(0, HEADER_BYTES)), { status: 'unknown', magic: null });
  assert.deepEqual(decodeHeader(enc('version https://example.com/spec/v1\n')), { status: 'unknown', magic: null });
});
