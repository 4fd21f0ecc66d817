// The filesystem adapter: reads and writes in a checkout that the pull request controls, so
// none of them goes through a symbolic link or waits on a FIFO, and every read is bounded.
// Node built-ins only: the pre-commit hook bundles it too.
import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { lstat, mkdir, open, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { HEAD_BYTES } from './check/pyc.ts';
import { InputError } from './inputs.ts';
import { fsPath } from './pathbytes.ts';
import { inside } from './paths.ts';
import { MAX_SOURCE_BYTES } from './warm/sources.ts';

/** The `path` input as an absolute directory inside the workspace, symlinks resolved. */
export async function resolveProjectRoot(workspace: string, path: string): Promise<string> {
  const outside = `Input 'path' must name a directory inside the workspace (${workspace}), but ${JSON.stringify(path)} is outside it.`;
  const wanted = resolve(workspace, path);
  if (!inside(workspace, wanted)) throw new InputError(outside);
  let real: string;
  try {
    real = await realpath(wanted);
  } catch {
    throw new InputError(
      `Input 'path' is ${JSON.stringify(path)}, which does not exist in the workspace; check out the repository first or fix the path.`,
    );
  }
  if (!inside(await realpath(workspace), real)) throw new InputError(outside);
  if (!(await stat(real)).isDirectory())
    throw new InputError(`Input 'path' must name a directory, but ${JSON.stringify(path)} is a file.`);
  return real;
}

export type HeaderBytes = Uint8Array | { readonly error: string };

/**
 * What is wrong with a `root`-relative directory or any directory above it, as `judge` words
 * it (from the lstat, or the error code when there is none), or null when each really is a
 * directory: no component is a link. One lstat per distinct ancestor, shared by all the files
 * below it (a realpath per directory would walk every component again).
 */
function ancestorProblems(root: string, judge: (info: Stats | null, code: string) => string | null) {
  const dirs = new Map<string, string | null>();
  const problem = (dir: string): string | null => {
    let answer = dirs.get(dir);
    if (answer === undefined) {
      const slash = dir.lastIndexOf('/');
      answer = slash < 0 ? null : problem(dir.slice(0, slash));
      if (answer === null) {
        try {
          answer = judge(lstatSync(fsPath(root, dir)), '');
        } catch (error) {
          answer = judge(null, (error as NodeJS.ErrnoException).code ?? 'error');
        }
      }
      dirs.set(dir, answer);
    }
    return answer;
  };
  return problem;
}

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
  const linked = ancestorProblems(root, (info, code) =>
    info === null
      ? (OPEN_ERRORS[code] ?? `unreadable (${code})`)
      : info.isSymbolicLink()
        ? 'behind a symbolic link to a directory (not followed)'
        : info.isDirectory()
          ? null
          : 'not in the working tree',
  );
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

// As for bytecode headers: never through a link, never waiting on a FIFO.
const SOURCE_FLAGS = fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK;

/**
 * Reads `root`-relative sources the way the helper does: the bytes, null when the file is
 * gone (a deleted tracked file), or why it is left alone. One lstat per distinct directory
 * on the way, shared by all the files below it.
 */
export function sourceReader(root: string): (path: string) => { data: Buffer } | { why: string } | null {
  // A sentence for a link on the way, '' for a directory gone (the file is gone too), null when fine.
  const dirProblem = ancestorProblems(root, (info) =>
    info === null ? '' : info.isSymbolicLink() ? 'behind a symbolic link' : info.isDirectory() ? null : '',
  );
  return (path) => {
    const slash = path.lastIndexOf('/');
    const problem = slash < 0 ? null : dirProblem(path.slice(0, slash));
    if (problem === '') return null;
    if (problem !== null) return { why: problem };
    let fd: number | undefined;
    try {
      fd = openSync(fsPath(root, path), SOURCE_FLAGS);
      const info = fstatSync(fd);
      if (!info.isFile()) return { why: 'not a regular file' };
      if (info.size > MAX_SOURCE_BYTES) return { why: `larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB` };
      // One byte more than allowed tells a file that grew since the fstat.
      const data = Buffer.allocUnsafe(info.size + 1);
      let length = 0;
      for (let n = -1; n !== 0 && length < data.length; length += n)
        n = readSync(fd, data, length, data.length - length, null);
      if (length > MAX_SOURCE_BYTES) return { why: `larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB` };
      return { data: data.subarray(0, length) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return { why: 'a symbolic link' };
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      return { why: `unreadable (${code ?? 'error'})` };
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  };
}

// O_NOFOLLOW: a committed symbolic link where the report goes is never written through (it
// could point anywhere the runner user may write). O_NONBLOCK: a committed FIFO fails (ENXIO)
// instead of blocking the step until a reader comes.
const WRITE_FLAGS =
  fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_TRUNC | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK;

/**
 * Writes `data` as JSON to `path` (relative to the workspace), which must stay inside it: the
 * path is checked as written, every directory on the way is checked with lstat (none may be a
 * symbolic link, missing ones are created), and the file itself is opened without following a
 * link. The checkout is the pull request's, so any of these may be a committed link.
 */
export async function writeWorkspaceJson(workspace: string, path: string, data: unknown): Promise<string> {
  const file = resolve(workspace, path);
  const shown = JSON.stringify(path);
  if (!inside(workspace, file) || file === resolve(workspace)) {
    throw new InputError(`Input 'sarif' must be a file path inside the workspace (${workspace}), but ${shown} is not.`);
  }
  // The workspace itself may be reached through links the runner set up; below it, nothing may be.
  const top = await realpath(workspace);
  const parts = relative(resolve(workspace), file).split(sep);
  let dir = top;
  for (const part of parts.slice(0, -1)) {
    dir = join(dir, part);
    const here = relative(top, dir).split(sep).join('/');
    let info = await lstatOrNull(dir);
    if (info === null) {
      try {
        await mkdir(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      info = await lstatOrNull(dir);
    }
    if (info?.isSymbolicLink())
      throw new InputError(
        `Input 'sarif' is ${shown}, but ${here} in the workspace is a symbolic link, and the SARIF file is never written through one; choose a path without links.`,
      );
    if (!info?.isDirectory())
      throw new InputError(
        `Input 'sarif' is ${shown}, but ${here} in the workspace is not a directory; choose another path.`,
      );
  }
  const target = join(dir, parts.at(-1) as string);
  if (!inside(top, await realpath(dir)))
    throw new InputError(`Input 'sarif' must be a file path inside the workspace (${workspace}), but ${shown} is not.`);
  let handle;
  try {
    handle = await open(target, WRITE_FLAGS, 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      throw new InputError(
        `Input 'sarif' is ${shown}, which is a symbolic link in the workspace, and the SARIF file is never written through one; choose another path.`,
      );
    if (code === 'EISDIR' || code === 'ENXIO')
      throw new InputError(
        `Input 'sarif' is ${shown}, which is not a regular file in the workspace; choose another path.`,
      );
    throw error;
  }
  try {
    if (!(await handle.stat()).isFile())
      throw new InputError(
        `Input 'sarif' is ${shown}, which is not a regular file in the workspace; choose another path.`,
      );
    await handle.writeFile(`${JSON.stringify(data, null, 2)}\n`);
  } finally {
    await handle.close();
  }
  return target;
}

async function lstatOrNull(path: string): Promise<Stats | null> {
  try {
    return await lstat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw error;
  }
}
