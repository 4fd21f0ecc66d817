// The first bytes of tracked bytecode files, read without following links or blocking on
// FIFOs. Its own module so that the pre-commit hook's bundle carries no more than it needs.
import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { HEAD_BYTES } from './scan/pyc.ts';
import { fsPath } from './pathbytes.ts';

export type HeaderBytes = Uint8Array | { readonly error: string };

/**
 * The first bytes of each file (`root`-relative paths, `root` canonical). A tracked path is
 * read only where it is a regular file inside `root`: never through a symbolic link, whether
 * the link is the file itself or a directory on the way.
 *
 * Synchronous on purpose: four tiny syscalls per file are over long before a round trip
 * through libuv's thread pool would be (3,000 headers: ~40 ms instead of ~160 ms), and
 * nothing else waits on the event loop meanwhile.
 */
export async function readHeads(root: string, paths: readonly string[]): Promise<Map<string, HeaderBytes>> {
  const heads = new Map<string, HeaderBytes>();
  // Whether each directory really is where its name says, i.e. no component is a link: one
  // lstat per distinct ancestor, shared by all the files below it (a realpath per directory
  // would walk every component again).
  const dirs = new Map<string, string | null>();
  const linked = (dir: string): string | null => {
    let answer = dirs.get(dir);
    if (answer === undefined) {
      const slash = dir.lastIndexOf('/');
      answer = slash < 0 ? null : linked(dir.slice(0, slash));
      if (answer === null) {
        try {
          const info = lstatSync(fsPath(root, dir));
          answer = info.isSymbolicLink() ? 'behind a symbolic link to a directory (not followed)' : info.isDirectory() ? null : 'not in the working tree';
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? 'error';
          answer = OPEN_ERRORS[code] ?? `unreadable (${code})`;
        }
      }
      dirs.set(dir, answer);
    }
    return answer;
  };
  const buffer = Buffer.alloc(HEAD_BYTES);
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    const problem = slash < 0 ? null : linked(path.slice(0, slash));
    heads.set(path, problem !== null ? { error: problem } : readHead(fsPath(root, path), buffer));
  }
  return heads;
}

// O_NOFOLLOW: a tracked symlink named x.pyc is a link, not bytecode, and its target may be
// anything (outside the repository, a FIFO that blocks forever); open fails with ELOOP
// instead. O_NONBLOCK: a FIFO committed as a plain name is opened without waiting for a writer.
const READ_FLAGS = fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK;

const OPEN_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'not in the working tree',
  ENOTDIR: 'not in the working tree',
  EISDIR: 'a directory',
  ELOOP: 'a symbolic link (not followed)',
  ENAMETOOLONG: 'a path too long to open',
};

function readHead(file: string | Buffer, buffer: Buffer): HeaderBytes {
  let fd: number | undefined;
  try {
    fd = openSync(file, READ_FLAGS);
    if (!fstatSync(fd).isFile()) return { error: 'not a regular file, so it was not read' };
    const bytesRead = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return Uint8Array.prototype.slice.call(buffer, 0, bytesRead);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { error: OPEN_ERRORS[code] ?? `unreadable (${code})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
