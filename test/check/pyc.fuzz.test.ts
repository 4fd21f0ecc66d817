import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHeader, describeHeader, lookupMagic, type Header } from '../../src/check/pyc.ts';
import { MAGIC } from '../../src/check/magic.ts';
import { forAll, type Random } from '../helpers/random.ts';
import { pycHeader as pyc } from '../helpers/repo.ts';

// Every status decodeHeader may return (lfs-pointer for Git LFS pointers in place of a pyc).
const STATUSES = new Set(['pyc', 'jython', 'lfs-pointer', 'short', 'unknown', 'bad-flags']);
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Numbers followed by CR LF on disk (all but Python 1.0–1.2's), which pycHeader writes.
const MAGICS = [...MAGIC].filter(([, e]) => e.trailer === 0x0a0d).map(([m]) => m);
const U32 = 2 ** 32;

function u32le(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0
  );
}

const isU32 = (n: number | undefined): boolean => n === undefined || (Number.isInteger(n) && n >= 0 && n < U32);

/** What must hold of any decoding, whatever the bytes. */
function checkConsistent(bytes: Uint8Array, header: Header): void {
  const where = `${Buffer.from(bytes.subarray(0, 16)).toString('hex')} (${bytes.length} bytes) -> ${JSON.stringify(header)}`;
  assert.ok(STATUSES.has(header.status), where);
  const magicWord =
    bytes.length >= 4 && bytes[2] === 0x0d && bytes[3] === 0x0a ? (bytes[0] ?? 0) | ((bytes[1] ?? 0) << 8) : null;
  switch (header.status) {
    case 'pyc': {
      // Listed numbers, and unlisted ones inside a CPython minor's reserved span (pre-release).
      const entry = lookupMagic(header.magic, (bytes[2] ?? 0) | ((bytes[3] ?? 0) << 8));
      assert.ok(entry !== null && header.magic === ((bytes[0] ?? 0) | ((bytes[1] ?? 0) << 8)), where);
      if (!MAGIC.has(header.magic)) assert.ok(entry.implementation === 'cpython' && !entry.final, where);
      assert.deepEqual(
        [header.implementation, header.version, header.final],
        [entry.implementation, entry.version, entry.final],
        where,
      );
      assert.ok(bytes.length >= header.headerSize, where);
      assert.ok(isU32(header.sourceMtime) && isU32(header.sourceSize), where);
      if (header.mode === 'timestamp') {
        assert.ok(
          header.sourceMtime === u32le(bytes, header.headerSize === 16 ? 8 : 4) && header.sourceHash === undefined,
          where,
        );
        assert.equal(header.sourceSize === undefined, header.headerSize === 8, where);
      } else {
        // Hash-based pycs (PEP 552) carry a hash instead of an mtime and a size.
        assert.equal(header.headerSize, 16, where);
        assert.ok(header.sourceMtime === undefined && header.sourceSize === undefined, where);
        assert.equal(header.sourceHash, Buffer.from(bytes.subarray(8, 16)).toString('hex'), where);
      }
      if (header.headerSize === 16)
        assert.equal(u32le(bytes, 4), { timestamp: 0, 'unchecked-hash': 1, 'checked-hash': 3 }[header.mode], where);
      break;
    }
    case 'bad-flags':
      assert.ok(lookupMagic(header.magic, 0x0a0d) !== null && header.magic === magicWord && bytes.length >= 16, where);
      assert.ok(![0, 1, 3].includes(header.flags) && header.flags === u32le(bytes, 4), where);
      break;
    case 'jython':
      assert.ok(bytes.length >= 8 && Buffer.from(bytes.subarray(0, 4)).toString('hex') === 'cafebabe', where);
      break;
    case 'short':
      assert.ok(header.length === bytes.length && bytes.length < 16, where);
      break;
    case 'unknown':
      assert.ok(
        header.magic === null
          ? magicWord === null || bytes.length < 4
          : header.magic === magicWord && lookupMagic(header.magic, 0x0a0d) === null,
        where,
      );
      break;
    case 'lfs-pointer':
      assert.ok(Buffer.from(bytes).toString('latin1').startsWith('version https://git-lfs.github.com/spec/'), where);
      break;
  }
  const words = describeHeader(header);
  for (const text of [words.python, words.mode]) {
    assert.ok(text.length > 0 && !CONTROL.test(text), `${JSON.stringify(text)} for ${where}`);
  }
}

function decodeChecked(bytes: Uint8Array): Header {
  const header = decodeHeader(bytes);
  checkConsistent(bytes, header);
  return header;
}

test('random bytes of every length 0..64 decode consistently, and only the first 16 bytes count', () => {
  for (let length = 0; length <= 64; length++) {
    forAll(60, (rng: Random) => {
      const bytes = rng.bytes(length);
      // Half get a pyc or Java magic word, so that the layouts are reached, not just 'unknown'.
      if (length >= 4 && rng.int(2) === 0) {
        const magic = rng.int(4) === 0 ? rng.int(0x10000) : rng.pick(MAGICS);
        bytes.set(rng.int(8) === 0 ? [0xca, 0xfe, 0xba, 0xbe] : [magic & 0xff, magic >> 8, 0x0d, 0x0a]);
        if (length >= 8 && rng.int(2) === 0) bytes.set([rng.int(9), 0, 0, 0], 4);
      }
      const header = decodeChecked(bytes);
      // An LFS pointer starts with 'v' (0x76) and is read further; no pyc or class file does.
      if (length > 16 && bytes[0] !== 0x76) assert.deepEqual(decodeHeader(bytes.subarray(0, 16)), header);
    });
  }
});

test('every truncation of a real header is short until the layout is complete', () => {
  forAll(MAGICS.length * 4, (rng, i) => {
    const magic = MAGICS[i % MAGICS.length] ?? 0;
    const full = pyc(magic, rng.pick([0, 1, 3, rng.u32()]), rng.u32(), rng.u32());
    const complete = decodeChecked(full);
    const size = complete.status === 'pyc' ? complete.headerSize : 16;
    for (let n = 0; n < 16; n++) {
      const header = decodeChecked(full.subarray(0, n));
      if (n < size) assert.deepEqual(header, { status: 'short', length: n }, `${magic} cut to ${n}`);
      else assert.deepEqual(header, complete, `${magic} cut to ${n}`);
    }
  });
});

test('flags 0..8 exhaustively and sampled 32-bit flags on every 16-byte layout', () => {
  const sixteen = MAGICS.filter((m) => {
    const h = decodeHeader(pyc(m, 0, 0, 0));
    return h.status === 'pyc' && h.headerSize === 16;
  });
  assert.ok(sixteen.length > 50);
  for (const magic of sixteen) {
    for (let flags = 0; flags <= 8; flags++) {
      const header = decodeChecked(pyc(magic, flags, 0xffffffff, 0xffffffff));
      assert.equal(header.status, [0, 1, 3].includes(flags) ? 'pyc' : 'bad-flags', `${magic} flags ${flags}`);
    }
  }
  forAll(3000, (rng) => {
    const flags = rng.int(4) === 0 ? 0xffffffff - rng.int(16) : rng.u32();
    const header = decodeChecked(pyc(rng.pick(sixteen), flags, rng.u32(), rng.u32()));
    if (header.status === 'bad-flags')
      assert.equal(describeHeader(header).mode, `invalid flags (0x${flags.toString(16)})`);
  });
});

test('huge mtime and size fields stay unsigned 32-bit numbers', () => {
  // The 16-byte layout has its flags first: 0 keeps it a timestamp pyc.
  for (const words of [
    [62211, 0xffffffff],
    [3379, 0xffffffff, 0xffffffff],
    [3571, 0, 0xffffffff, 0xffffffff],
  ] as const) {
    const [magic, ...rest] = words;
    const header = decodeChecked(pyc(magic, ...rest));
    assert.equal(header.status === 'pyc' && header.sourceMtime, 0xffffffff, String(magic));
  }
  const ts = decodeChecked(pyc(3571, 0, 0x80000000, 0xffffffff));
  assert.ok(ts.status === 'pyc' && ts.sourceMtime === 0x80000000 && ts.sourceSize === 0xffffffff);
});

test('every 16-bit magic: in the table or a reserved span it decodes, otherwise it is unknown with that number', () => {
  for (let magic = 0; magic < 0x10000; magic++) {
    const header = decodeChecked(pyc(magic, 0, 0, 0));
    if (MAGICS.includes(magic) || (!MAGIC.has(magic) && lookupMagic(magic, 0x0a0d) !== null))
      assert.equal(header.status, 'pyc', String(magic));
    else assert.deepEqual(header, { status: 'unknown', magic });
  }
});

test('text that starts like a Git LFS pointer never throws and describes itself on one line', () => {
  const head = Buffer.from('version https://git-lfs.github.com/spec/v1\n');
  forAll(2000, (rng) => {
    const tail =
      rng.int(2) === 0
        ? rng.bytes(rng.int(300))
        : Buffer.from(`oid sha256:${'a'.repeat(64)}\nsize ${rng.pick([0, 12, 2 ** 53, 1e20, -1])}\n`);
    const bytes = Buffer.concat([head, tail]).subarray(0, rng.int(head.length + tail.length + 1));
    decodeChecked(bytes);
  });
});
