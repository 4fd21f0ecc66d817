// git paths are bytes, not text: a tracked name need not be UTF-8. They travel through the
// action as strings decoded losslessly, the way Python's "surrogateescape" does it: valid UTF-8
// as itself, every other byte 0x80–0xFF as the lone surrogate U+DC80–U+DCFF. Valid UTF-8 never
// decodes to a lone surrogate, so encodePath(decodePath(b)) is b for every byte string, sets and
// comparisons work on the strings, and only the edges (git's stdin, the filesystem, the places a
// name is shown) need to know.

import { join, sep } from 'node:path';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bytes from git (or the filesystem) as a lossless string. */
export function decodePath(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    return decodeEscaping(bytes);
  }
}

/**
 * decodePath for bytes that are not all UTF-8. NUL is ASCII and never inside a sequence, so the
 * records of a `-z` listing decode on their own: halving at a NUL until a part decodes keeps a
 * single bad name among 300,000 from sending every byte through the slow loop below.
 */
function decodeEscaping(bytes: Uint8Array): string {
  if (bytes.length > 256) {
    const middle = bytes.indexOf(0, bytes.length >> 1);
    const cut = middle >= 0 ? middle : bytes.lastIndexOf(0, bytes.length >> 1);
    if (cut >= 0) return `${decodePath(bytes.subarray(0, cut))}\0${decodePath(bytes.subarray(cut + 1))}`;
  }
  return decodeBytewise(bytes);
}

function decodeBytewise(bytes: Uint8Array): string {
  let out = '';
  let at = 0;
  while (at < bytes.length) {
    const length = sequenceLength(bytes, at);
    if (length === 0) {
      out += String.fromCharCode(0xdc00 + (bytes[at] as number));
      at += 1;
    } else {
      let end = at + length;
      // Runs of valid sequences are decoded together.
      for (let next = sequenceLength(bytes, end); next > 0; next = sequenceLength(bytes, end)) end += next;
      out += strict.decode(bytes.subarray(at, end));
      at = end;
    }
  }
  return out;
}

/** The length of the well-formed UTF-8 sequence at `at` (Unicode table 3-7), or 0. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const b0 = bytes[at];
  if (b0 === undefined) return 0;
  if (b0 < 0x80) return 1;
  const cont = (i: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[at + i];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// In `u` mode a class of surrogates matches only unpaired ones.
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** The byte a lone surrogate stands for, or null when `unit` is not an escaped byte. */
export function escapedByte(unit: string): number | null {
  const code = unit.length === 1 ? unit.charCodeAt(0) : 0;
  return code >= 0xdc80 && code <= 0xdcff ? code - 0xdc00 : null;
}

/** The bytes decodePath read `path` from. */
export function encodePath(path: string): Buffer {
  if (!LONE_SURROGATE.test(path)) return Buffer.from(path, 'utf8');
  const parts: Buffer[] = [];
  for (const piece of path.split(/([\ud800-\udfff])/u)) {
    if (piece === '') continue;
    const byte = escapedByte(piece);
    parts.push(byte === null ? Buffer.from(piece, 'utf8') : Buffer.of(byte));
  }
  return Buffer.concat(parts);
}

/** Whether `path` holds bytes that are not UTF-8. */
export function hasEscapedBytes(path: string): boolean {
  return LONE_SURROGATE.test(path);
}

/** `root` joined with a '/'-separated relative git path, as the filesystem names it: bytes when it must be. */
export function fsPath(root: string, path: string): string | Buffer {
  if (!hasEscapedBytes(path)) return join(root, path);
  return Buffer.concat([Buffer.from(join(root, '.'), 'utf8'), Buffer.from(sep), encodePath(path)]);
}
