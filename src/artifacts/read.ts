// The archive adapter: lists the members of a wheel (zip) or an sdist (tar, gzipped or not)
// and reads the first bytes of each bytecode member. Never extracts, never follows a link.
//
// An artifact in the workspace may come from a pull request, so whatever an archive claims
// (entry counts, sizes, names), reading it is bounded: at most `maxMembers` members, at most
// HEAD_BYTES read from each bytecode member (zip members are inflated only that far), at most
// `maxInflatedBytes` of tar stream inflated, and a deadline. Past a limit the read stops and
// says why.
//
// Libraries: yauzl for zip (reads the central directory one entry at a time from the file
// descriptor and inflates one member on request, so a zip bomb costs nothing unless asked;
// no dependency but `pend`), and node-tar's Parser for tar (npm's own, keeps metadata entries
// such as pax headers and GNU long names under `maxMetaEntrySize`, so a header claiming a
// gigabyte of name is refused, not buffered). Both take names as stored: nothing is
// joined to a path on disk.
import { closeSync, constants as fsConstants, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import yauzl from 'yauzl';
import { classify } from '../check/classify.ts';
import { isUnsafeName } from './check.ts';
import { HEAD_BYTES } from '../check/pyc.ts';

export interface Limits {
  /** Members listed per archive before the read stops. */
  readonly maxMembers: number;
  /** Bytes of tar stream inflated per archive before the read stops. */
  readonly maxInflatedBytes: number;
  /** Characters of member names listed per archive: a zip name may be 64 KiB long. */
  readonly maxNameChars: number;
  /** Milliseconds per archive. */
  readonly timeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxMembers: 100_000,
  maxInflatedBytes: 1024 * 1024 * 1024,
  maxNameChars: 64 * 1024 * 1024,
  timeoutMs: 60_000,
};

/** Unsafe names kept per archive (all are counted). */
const UNSAFE_KEPT = 100;

export type ArchiveFormat = 'zip' | 'tar';

export interface BytecodeMember {
  readonly path: string;
  /** The first bytes of a regular member, or why none were read. */
  readonly head: Uint8Array | { readonly error: string };
}

export interface ArchiveRead {
  readonly format: ArchiveFormat | null;
  /** Members listed, directories included. */
  readonly memberCount: number;
  /** The `.py` members, for the source-present test. */
  readonly sources: ReadonlySet<string>;
  /** The first UNSAFE_KEPT names that would land outside the folder they are extracted into. */
  readonly unsafe: readonly string[];
  readonly unsafeCount: number;
  readonly bytecode: readonly BytecodeMember[];
  /** Why the listing stopped before the end (a limit, a corrupt archive), or null when it was read whole. */
  readonly stopped: string | null;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

const READ_FLAGS = fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK;

class Stop extends Error {}

/** What the listing keeps of each member name, within the limits. */
class Listing {
  count = 0;
  readonly sources = new Set<string>();
  readonly unsafe: string[] = [];
  unsafeCount = 0;
  readonly bytecode: BytecodeMember[] = [];
  private chars = 0;
  private readonly limits: Limits;

  constructor(limits: Limits) {
    this.limits = limits;
  }

  /** Counts a member; returns why the listing must stop, or null. */
  add(path: string): string | null {
    if (++this.count > this.limits.maxMembers)
      return `stopped after ${this.limits.maxMembers.toLocaleString('en')} members`;
    this.chars += path.length;
    if (this.chars > this.limits.maxNameChars)
      return `stopped after ${this.limits.maxNameChars.toLocaleString('en')} characters of member names`;
    if (path.endsWith('.py')) this.sources.add(path);
    if (isUnsafeName(path)) {
      this.unsafeCount++;
      if (this.unsafe.length < UNSAFE_KEPT) this.unsafe.push(path);
    }
    return null;
  }

  result(format: ArchiveFormat, stopped: string | null): ArchiveRead {
    return {
      format,
      memberCount: Math.min(this.count, this.limits.maxMembers),
      sources: this.sources,
      unsafe: this.unsafe,
      unsafeCount: this.unsafeCount,
      bytecode: this.bytecode,
      stopped,
    };
  }
}

/** Reads the archive at `file` (an absolute path), within `limits`. */
export async function readArchive(file: string, limits: Limits = DEFAULT_LIMITS): Promise<ArchiveRead> {
  let fd: number;
  try {
    // Not through a link, and not blocking on a FIFO: the workspace may hold either under the artifact's name.
    fd = openSync(file, READ_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return failed(code === 'ELOOP' ? 'a symbolic link, which is not followed' : `unreadable (${code})`);
  }
  // The tar reader's stream closes the descriptor itself (a destroyed fs stream always does).
  let owned = true;
  try {
    if (!fstatSync(fd).isFile()) return failed('not a regular file, so it was not read');
    const magic = Buffer.alloc(262);
    const length = readSync(fd, magic, 0, magic.length, 0);
    const deadline = Date.now() + limits.timeoutMs;
    if (length >= 4 && magic.readUInt32LE(0) === 0x04034b50) return await readZip(fd, limits, deadline);
    if (length >= 4 && magic.readUInt32LE(0) === 0x06054b50) return new Listing(limits).result('zip', null);
    const gzipped = length >= 2 && magic[0] === 0x1f && magic[1] === 0x8b;
    if (gzipped || (length >= 262 && magic.toString('latin1', 257, 262) === 'ustar')) {
      owned = false;
      return await readTar(fd, gzipped, limits, deadline);
    }
    return failed('neither a zip (wheel) nor a tar or tar.gz (sdist)');
  } finally {
    if (owned) closeSync(fd);
  }
}

function failed(why: string): ArchiveRead {
  return { format: null, memberCount: 0, sources: new Set(), unsafe: [], unsafeCount: 0, bytecode: [], stopped: why };
}

/** Collects at most HEAD_BYTES from a member's stream, then lets the rest go unread. */
function headOf(stream: NodeJS.ReadableStream & { destroy?: () => void }): Promise<Uint8Array | { error: string }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: Uint8Array | { error: string }): void => {
      if (done) return;
      done = true;
      resolve(value);
    };
    stream.on('data', (chunk: Buffer) => {
      if (done) return;
      chunks.push(chunk);
      size += chunk.length;
      if (size >= HEAD_BYTES) {
        finish(new Uint8Array(Buffer.concat(chunks).subarray(0, HEAD_BYTES)));
        stream.destroy?.();
      }
    });
    stream.on('end', () => finish(new Uint8Array(Buffer.concat(chunks))));
    stream.on('error', (error: Error) => finish({ error: `unreadable member (${error.message})` }));
  });
}

/**
 * yauzl's reader over the descriptor with synchronous reads: the central directory is read in
 * pieces of a few dozen bytes, and a trip through libuv's thread pool for each made a wheel of
 * 10,000 files take seconds. Callbacks still run on a later microtask, so entries never nest.
 */
class SyncFdReader extends yauzl.RandomAccessReader {
  private readonly fd: number;

  constructor(fd: number) {
    super();
    this.fd = fd;
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null) => void,
  ): void {
    let error: Error | null = null;
    try {
      let done = 0;
      while (done < length) {
        const n = readSync(this.fd, buffer, offset + done, length - done, position + done);
        if (n === 0) throw new Error('unexpected end of file');
        done += n;
      }
    } catch (e) {
      error = e instanceof Error ? e : new Error(String(e));
    }
    queueMicrotask(() => callback(error));
  }

  override _readStreamForRange(start: number, end: number): Readable {
    let position = start;
    const fd = this.fd;
    return new Readable({
      read(): void {
        const size = Math.min(64 * 1024, end - position);
        if (size <= 0) return void this.push(null);
        const chunk = Buffer.alloc(size);
        try {
          const n = readSync(fd, chunk, 0, size, position);
          if (n === 0) return void this.destroy(new Error('unexpected end of file'));
          position += n;
          this.push(chunk.subarray(0, n));
        } catch (e) {
          this.destroy(e instanceof Error ? e : new Error(String(e)));
        }
      },
    });
  }
}

function readZip(fd: number, limits: Limits, deadline: number): Promise<ArchiveRead> {
  return new Promise((resolve) => {
    const listing = new Listing(limits);
    const bytecode = listing.bytecode;
    // decodeStrings: false, or yauzl would end the whole listing at the first absolute or `..`
    // name; names are decoded below and only ever shown, never joined to a path.
    yauzl.fromRandomAccessReader(
      new SyncFdReader(fd),
      fstatSync(fd).size,
      { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true },
      (openError, zip) => {
        if (openError !== null || zip === undefined) {
          resolve(listing.result('zip', `not a readable zip (${openError?.message ?? 'unknown error'})`));
          return;
        }
        const end = (stopped: string | null): void => {
          zip.removeAllListeners('entry');
          resolve(listing.result('zip', stopped));
        };
        zip.on('error', (error: Error) => end(`stopped at a corrupt entry (${error.message})`));
        zip.on('end', () => end(null));
        zip.on('entry', (entry: yauzl.Entry) => {
          if (Date.now() > deadline) return end(`stopped after ${limits.timeoutMs / 1000} s`);
          const raw = entry.fileName as unknown as Buffer;
          const path = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
          const limit = listing.add(path);
          if (limit !== null) return end(limit);
          const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
          const isDir = path.endsWith('/') || mode === S_IFDIR;
          if (isDir || classify(path) === null) return zip.readEntry();
          if (mode === S_IFLNK) {
            bytecode.push({ path, head: { error: 'a symbolic link member, not bytecode' } });
            return zip.readEntry();
          }
          if (mode !== 0 && mode !== S_IFREG) {
            bytecode.push({ path, head: { error: 'not a regular file member' } });
            return zip.readEntry();
          }
          zip.openReadStream(entry, (streamError, stream) => {
            const read =
              streamError !== null || stream === undefined
                ? Promise.resolve({ error: `unreadable member (${streamError?.message ?? 'unknown error'})` })
                : headOf(stream);
            void read.then((head) => {
              bytecode.push({ path, head });
              zip.readEntry();
            });
          });
        });
        zip.readEntry();
      },
    );
  });
}

const TAR_FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

async function readTar(fd: number, gzipped: boolean, limits: Limits, deadline: number): Promise<ArchiveRead> {
  const listing = new Listing(limits);
  const bytecode = listing.bytecode;
  const pending: Promise<void>[] = [];
  let stopped: string | null = null;
  // strict: a header that does not parse ends the read (with its reason) instead of being skipped.
  const parser = new Parser({ strict: true, maxMetaEntrySize: 1024 * 1024 });
  parser.on('entry', (entry: ReadEntry) => {
    if (stopped !== null) return entry.resume();
    const path = entry.path;
    stopped = listing.add(path);
    if (stopped !== null) return entry.resume();
    if (entry.type === 'Directory' || classify(path) === null) return entry.resume();
    if (!TAR_FILE_TYPES.has(entry.type)) {
      const what =
        entry.type === 'SymbolicLink'
          ? 'a symbolic link member, not bytecode'
          : entry.type === 'Link'
            ? 'a hard link member, not bytecode'
            : `a ${entry.type} member, not bytecode`;
      bytecode.push({ path, head: { error: what } });
      return entry.resume();
    }
    const at = bytecode.length;
    bytecode.push({ path, head: { error: 'not read: the listing stopped first' } });
    // Keep the first bytes; the rest of the member flows past unbuffered.
    const chunks: Buffer[] = [];
    let size = 0;
    entry.on('data', (chunk: Buffer) => {
      if (size < HEAD_BYTES) {
        chunks.push(chunk);
        size += chunk.length;
      }
    });
    pending.push(
      new Promise((resolve) => {
        entry.on('end', () => {
          bytecode[at] = { path, head: new Uint8Array(Buffer.concat(chunks).subarray(0, HEAD_BYTES)) };
          resolve();
        });
      }),
    );
  });
  // Set from the parser's callbacks, so an object: TypeScript would narrow a plain variable to null.
  const problem: { parse: string | null } = { parse: null };
  parser.on('error', (error: Error) => {
    problem.parse ??= error.message;
  });
  parser.on('warn', (code: string, message: string | Error) => {
    problem.parse ??= `${code}: ${message instanceof Error ? message.message : message}`;
  });

  const file = createReadStream('', { fd, autoClose: true, start: 0, highWaterMark: 64 * 1024 });
  const gunzip = gzipped ? createGunzip() : null;
  const source: AsyncIterable<Buffer> = gunzip === null ? file : file.pipe(gunzip);
  let inflated = 0;
  try {
    for await (const chunk of source) {
      inflated += chunk.length;
      if (inflated > limits.maxInflatedBytes)
        throw new Stop(`stopped after inflating ${limits.maxInflatedBytes.toLocaleString('en')} bytes`);
      if (Date.now() > deadline) throw new Stop(`stopped after ${limits.timeoutMs / 1000} s`);
      parser.write(chunk);
      if (stopped !== null) throw new Stop(stopped);
      if (problem.parse !== null) throw new Stop(`stopped at a corrupt entry (${problem.parse})`);
    }
    await new Promise<void>((resolve) => parser.end(resolve));
    if (problem.parse !== null) stopped ??= `stopped at a corrupt entry (${problem.parse})`;
  } catch (error) {
    stopped =
      error instanceof Stop
        ? error.message
        : `not a readable ${gzipped ? 'tar.gz' : 'tar'} (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    gunzip?.destroy();
    file.destroy();
  }
  if (stopped === null) await Promise.all(pending);
  return listing.result('tar', stopped);
}
