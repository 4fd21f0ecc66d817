// Decodes the first bytes of a bytecode file: which interpreter wrote it and how it is
// invalidated. Pure: the caller reads up to HEADER_BYTES from the file. Layouts and numbers are
// documented in data/pyc-magic.tsv, data/pyc-magic.md and data/pyc-format.md.
import { MAGIC, PRERELEASE_RANGES, type Implementation, type MagicEntry } from './magic.ts';

export const HEADER_BYTES = 16; // enough bytes to read from a file to decode any pyc header

// A Git LFS pointer (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md) stands in the
// tree for bytecode stored in LFS when the checkout did not fetch the object. Pointers are
// under 200 bytes in practice (version line, optional extensions, oid, size) and under 1024 by
// the spec; reading this much also lets the size be shown.
export const HEAD_BYTES = 256; // what the check reads from each file: a pyc header, or a whole LFS pointer
const LFS_POINTER = 'version https://git-lfs.github.com/spec/';

export type InvalidationMode = 'timestamp' | 'checked-hash' | 'unchecked-hash';

export type Header =
  | {
      readonly status: 'pyc';
      readonly magic: number;
      readonly implementation: Implementation;
      readonly version: string;
      readonly final: boolean;
      readonly mode: InvalidationMode;
      readonly headerSize: 8 | 12 | 16;
      /** Seconds since the epoch, as the writer truncated it to 32 bits. */
      readonly sourceMtime?: number;
      /** Source length modulo 2**32 (absent from 8-byte headers). */
      readonly sourceSize?: number;
      /** SipHash of the source keyed by the magic (`importlib.util.source_hash`), 16 lowercase hex chars. */
      readonly sourceHash?: string;
    }
  | { readonly status: 'jython'; readonly classVersion: string }
  /** A Git LFS pointer file in place of the bytecode; `size` is the object's, when the bytes read show it. */
  | { readonly status: 'lfs-pointer'; readonly size: number | null }
  | { readonly status: 'short'; readonly length: number }
  | { readonly status: 'unknown'; readonly magic: number | null }
  | {
      readonly status: 'bad-flags';
      readonly magic: number;
      readonly implementation: Implementation;
      readonly version: string;
      readonly flags: number;
    };

const JAVA_CLASS = [0xca, 0xfe, 0xba, 0xbe] as const;

// Indexing (rather than a DataView) cannot throw, whatever the caller hands over.
function byte(bytes: Uint8Array, i: number): number {
  return bytes[i] ?? 0;
}

function u32le(bytes: Uint8Array, at: number): number {
  return (
    (byte(bytes, at) | (byte(bytes, at + 1) << 8) | (byte(bytes, at + 2) << 16) | (byte(bytes, at + 3) << 24)) >>> 0
  );
}

function hex(bytes: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += byte(bytes, i).toString(16).padStart(2, '0');
  return out;
}

function startsWithPrefixOf(bytes: Uint8Array, pattern: readonly number[]): boolean {
  for (let i = 0; i < Math.min(bytes.length, pattern.length); i++) if (bytes[i] !== pattern[i]) return false;
  return true;
}

const CRLF = 0x0a0d;

/**
 * The table's entry for the number, checked against the two bytes after it; for a CPython
 * number the table does not list, the minor whose reserved span holds it, as a pre-release.
 */
export function lookupMagic(magic: number, trailer: number): MagicEntry | null {
  const listed = MAGIC.get(magic);
  if (listed !== undefined) return listed.trailer === trailer ? listed : null;
  if (trailer !== CRLF) return null;
  for (const [from, to, minor] of PRERELEASE_RANGES) {
    if (magic >= from && magic <= to) return { implementation: 'cpython', version: minor, final: false, trailer };
  }
  return null;
}

// CPython changed layouts at magic numbers inside pre-release series (3210 in 3.3a1, 3392 in
// 3.7a4), so for CPython the number decides. PyPy's numbers say nothing about the layout, but
// PyPy follows the CPython version it implements, which its table label gives.
function headerSizeOf(magic: number, entry: MagicEntry): 8 | 12 | 16 {
  if (entry.implementation === 'cpython') {
    // 1.x and 2.x wrote 8 bytes (their numbers are above 20000 but for 1.3's and 1.4's);
    // 3.x numbers grow by 50 a minor from ~3000.
    if (magic >= 20000 || /^[12]\./.test(entry.version)) return 8;
    if (magic >= 3392) return 16;
    if (magic >= 3210) return 12;
    return 8;
  }
  const [, major = '0', minor = '0'] = /^(\d+)(?:\.(\d+))?/.exec(entry.version) ?? [];
  if (Number(major) < 3 || Number(minor) <= 2) return 8;
  return Number(minor) <= 6 ? 12 : 16;
}

function lfsPointer(bytes: Uint8Array): Header | null {
  if (bytes.length < LFS_POINTER.length) return null;
  for (let i = 0; i < LFS_POINTER.length; i++) if (bytes[i] !== LFS_POINTER.charCodeAt(i)) return null;
  // Lines are `key value\n`; only a complete `size` line counts (a cut one could be shorter).
  const text = new TextDecoder('latin1').decode(bytes);
  const size = /\nsize (\d{1,15})\n/.exec(text);
  return { status: 'lfs-pointer', size: size === null ? null : Number(size[1]) };
}

export function decodeHeader(bytes: Uint8Array): Header {
  const length = bytes.length;
  const pointer = lfsPointer(bytes);
  if (pointer !== null) return pointer;
  if (length < 4) {
    // Too few bytes to hold a magic word. What is there may already rule out both a pyc (third
    // byte not CR) and a Java class; then it is not a short bytecode file but something else.
    const couldBePyc = length < 3 || bytes[2] === 0x0d;
    return couldBePyc || startsWithPrefixOf(bytes, JAVA_CLASS)
      ? { status: 'short', length }
      : { status: 'unknown', magic: null };
  }
  if (startsWithPrefixOf(bytes, JAVA_CLASS)) {
    if (length < 8) return { status: 'short', length };
    const minor = (byte(bytes, 4) << 8) | byte(bytes, 5);
    const major = (byte(bytes, 6) << 8) | byte(bytes, 7);
    return { status: 'jython', classVersion: `${major}.${minor}` };
  }
  const magic = byte(bytes, 0) | (byte(bytes, 1) << 8);
  const trailer = byte(bytes, 2) | (byte(bytes, 3) << 8);
  const entry = lookupMagic(magic, trailer);
  if (entry === null) return { status: 'unknown', magic: trailer === CRLF ? magic : null };
  const { implementation, version, final } = entry;
  const headerSize = headerSizeOf(magic, entry);
  if (length < headerSize) return { status: 'short', length };
  // Before PEP 552 every pyc is a timestamp pyc; 3.3 added the source size (12 bytes).
  if (headerSize === 8 || headerSize === 12)
    return {
      status: 'pyc',
      magic,
      implementation,
      version,
      final,
      mode: 'timestamp',
      headerSize,
      sourceMtime: u32le(bytes, 4),
      ...(headerSize === 12 ? { sourceSize: u32le(bytes, 8) } : {}),
    };
  // PEP 552: bit 0 says hash-based, bit 1 says check the hash; importlib rejects any other bit,
  // and "unchecked" without "hash-based" (2) means nothing.
  const flags = u32le(bytes, 4);
  const pyc = { status: 'pyc', magic, implementation, version, final, headerSize } as const;
  switch (flags) {
    case 0:
      return { ...pyc, mode: 'timestamp', sourceMtime: u32le(bytes, 8), sourceSize: u32le(bytes, 12) };
    case 1:
      return { ...pyc, mode: 'unchecked-hash', sourceHash: hex(bytes, 8, 16) };
    case 3:
      return { ...pyc, mode: 'checked-hash', sourceHash: hex(bytes, 8, 16) };
    default:
      return { status: 'bad-flags', magic, implementation, version, flags };
  }
}

const NAMES: Readonly<Record<Implementation, string>> = { cpython: 'CPython', pypy: 'PyPy', graalpy: 'GraalPy' };

function pythonWords(implementation: Implementation, version: string, final: boolean): string {
  // PyPy's dev-branch labels already say so ('3.12-dev').
  const note = final || version.endsWith('-dev') ? '' : ' (pre-release)';
  return `${NAMES[implementation]} ${version}${note}`;
}

/** Human words for a step summary table: python e.g. 'CPython 3.11', 'PyPy 3.9', 'CPython 3.12a1 (pre-release)', 'Jython (class 50.0)', 'unknown (magic 1234)', 'unreadable (4 bytes)'; mode e.g. 'checked-hash', 'timestamp', '—'. */
export function describeHeader(header: Header): { readonly python: string; readonly mode: string } {
  const none = '—';
  switch (header.status) {
    case 'pyc':
      return { python: pythonWords(header.implementation, header.version, header.final), mode: header.mode };
    case 'bad-flags':
      return {
        python: pythonWords(header.implementation, header.version, lookupMagic(header.magic, CRLF)?.final ?? true),
        mode: `invalid flags (0x${header.flags.toString(16)})`,
      };
    case 'jython':
      return { python: `Jython (class ${header.classVersion})`, mode: none };
    case 'lfs-pointer':
      return {
        python: header.size === null ? 'a Git LFS pointer' : `a Git LFS pointer (${header.size} bytes)`,
        mode: none,
      };
    case 'short':
      return {
        python:
          header.length === 0
            ? 'empty (0 bytes)'
            : `unreadable (${header.length} byte${header.length === 1 ? '' : 's'})`,
        mode: none,
      };
    case 'unknown':
      return {
        python: header.magic === null ? 'unknown (no pyc magic)' : `unknown (magic ${header.magic})`,
        mode: none,
      };
  }
}
