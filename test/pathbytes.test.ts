// Lossless strings for git's path bytes (pathbytes.ts), and how text.ts shows and quotes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { decodePath, encodePath, hasEscapedBytes } from '../src/pathbytes.ts';
import { shellQuote, showPath } from '../src/report/text.ts';
import { forAll } from './helpers/random.ts';

test('any bytes round-trip; valid UTF-8 decodes as itself, with no escapes', () => {
  forAll(3000, (rng) => {
    const bytes = Buffer.from(rng.bytes(rng.int(24)));
    const text = decodePath(bytes);
    assert.deepEqual(encodePath(text), bytes);
    const valid = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    let utf8: string | null = null;
    try {
      utf8 = valid.decode(bytes);
    } catch {
      // not UTF-8
    }
    assert.equal(hasEscapedBytes(text), utf8 === null);
    if (utf8 !== null) assert.equal(text, utf8);
  });
  // Overlong forms, encoded surrogates and values past U+10FFFF are not UTF-8: each byte escapes.
  for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xe2, 0x82]]) {
    const text = decodePath(Buffer.from(bad));
    assert.equal(text.length, bad.length, JSON.stringify(text));
    assert.deepEqual(encodePath(text), Buffer.from(bad));
  }
  assert.equal(decodePath(Buffer.from('caf\u00e9/\u{1f40d}.pyc')), 'caf\u00e9/\u{1f40d}.pyc');
});

test('a long NUL-separated listing decodes record by record, whatever is split where', () => {
  forAll(300, (rng) => {
    const records = Array.from({ length: 1 + rng.int(200) }, () =>
      rng.int(20) === 0
        ? Buffer.from(rng.bytes(rng.int(12))).filter((b) => b !== 0)
        : Buffer.from(`dir${rng.int(99)}/caf\u00e9_${rng.int(1e6)}.pyc`),
    );
    const listing = Buffer.concat(records.flatMap((r) => [r, Buffer.of(0)]));
    const text = decodePath(listing);
    assert.deepEqual(encodePath(text), listing);
    assert.deepEqual(
      text.split('\0').slice(0, -1),
      records.map((r) => decodePath(r)),
    );
  });
});

test('a name that is not UTF-8 is shown with \\xHH escapes and quoted for bash as its bytes', () => {
  const name = decodePath(Buffer.from([0x62, 0xff, 0x27, 0x0a, 0xc3, 0xa9, 0x2e, 0x70, 0x79, 0x63])); // b\xff'\né.pyc
  assert.equal(showPath(name), '"b\\xff\'\\né.pyc"');
  const quoted = shellQuote(name);
  assert.equal(quoted, "$'b\\xff\\'\\x0aé.pyc'");
  for (const env of [process.env, { ...process.env, LC_ALL: 'C' }]) {
    const printed: Buffer = execFileSync('bash', ['-c', `printf '%s' ${quoted}`], { env });
    assert.deepEqual(printed, encodePath(name));
  }
});
