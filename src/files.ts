// The filesystem side of the check: where the project is, bytecode headers, and the
// fallback scan for a directory that is not a git work tree.
import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { mkdir, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as glob from '@actions/glob';
import { InputError } from './inputs.ts';
import { HEAD_BYTES } from './scan/pyc.ts';
import { inside as insideOn } from './paths.ts';
import { GitMissingError, listWorkTreeFiles } from './git.ts';
import { blobId, MAX_SOURCE_BYTES, sourceFilter, sourcesDigest, type SkippedSource, type SourceEntry } from './warm/sources.ts';

export function inside(parent: string, child: string): boolean {
  return insideOn(parent, child);
}

/** The `path` input as an absolute directory inside the workspace, symlinks resolved. */
export async function resolveProjectRoot(workspace: string, path: string): Promise<string> {
  const outside = `Input 'path' must name a directory inside the workspace (${workspace}), but ${JSON.stringify(path)} is outside it.`;
  const wanted = resolve(workspace, path);
  if (!inside(workspace, wanted)) throw new InputError(outside);
  let real: string;
  try {
    real = await realpath(wanted);
  } catch {
    throw new InputError(`Input 'path' is ${JSON.stringify(path)}, which does not exist in the workspace; check out the repository first or fix the path.`);
  }
  if (!inside(await realpath(workspace), real)) throw new InputError(outside);
  if (!(await stat(real)).isDirectory()) throw new InputError(`Input 'path' must name a directory, but ${JSON.stringify(path)} is a file.`);
  return real;
}

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
          const info = lstatSync(join(root, dir));
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
    heads.set(path, problem !== null ? { error: problem } : readHead(join(root, path), buffer));
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

function readHead(file: string, buffer: Buffer): HeaderBytes {
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

/** Bytecode-looking files on disk below `root`, relative to it, for a directory git does not track. */
export async function scanDisk(root: string): Promise<string[]> {
  const patterns = ['**/*.pyc', '**/*.pyo', '**/*$py.class', '**/__pycache__/**'].map((p) => join(root, p)).join('\n');
  const globber = await glob.create(patterns, { matchDirectories: false, followSymbolicLinks: false, implicitDescendants: true });
  const found = new Set<string>();
  for await (const file of globber.globGenerator()) {
    found.add(relative(root, file).split(sep).join('/'));
  }
  return [...found].sort();
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** The webhook payload of the run, or a sentence saying why it cannot be used. */
export async function readEvent(path: string | undefined): Promise<{ payload: unknown } | { problem: string }> {
  if (!path) return { problem: 'GITHUB_EVENT_PATH is not set' };
  try {
    return { payload: JSON.parse(await readFile(path, 'utf8')) as unknown };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { problem: `GITHUB_EVENT_PATH names ${path}, which does not exist` };
    return { problem: `the event payload at GITHUB_EVENT_PATH could not be read (${(error as Error).message})` };
  }
}

/** Absolute paths of the project's sources that the `sources` globs select, sorted. */
async function findSources(root: string, patterns: readonly string[]): Promise<string[]> {
  const absolute = patterns.map((p) => (p.startsWith('!') ? `!${join(root, p.slice(1))}` : join(root, p)));
  // Never a repository's own metadata, and never an in-project virtualenv's packages (uv puts
  // one in .venv/): those belong to the site-packages scope, and hashing them on every run as
  // project sources would only slow the key down.
  for (const skip of ['**/.git/**', '**/site-packages/**', '**/dist-packages/**']) absolute.push(`!${join(root, skip)}`);
  const globber = await glob.create(absolute.join('\n'), { matchDirectories: false, followSymbolicLinks: false, implicitDescendants: true });
  const files = (await globber.glob()).filter((f) => f.endsWith('.py'));
  return [...new Set(files)].sort();
}

/**
 * The project's sources (absolute paths, sorted) and their digest for the cache key. In a git
 * work tree: tracked and untracked-but-not-ignored files, with git's blob ids for the files
 * git vouches for and the bytes read only of the rest. Elsewhere: the globs on disk, all read.
 * A source behind a symbolic link (the file or a directory on the way), one that is not a
 * regular file, and one over MAX_SOURCE_BYTES are left out and listed in `skipped`: the
 * checkout is the pull request's, and a link may lead out of it (a secret, /dev/zero).
 */
export async function projectSources(root: string, patterns: readonly string[]): Promise<{ files: string[]; digest: string; skipped: SkippedSource[] }> {
  const wanted = sourceFilter(patterns);
  const skipped: SkippedSource[] = [];
  const read = sourceReader(root);
  const take = (path: string, hexLength?: number): SourceEntry | null => {
    const bytes = read(path);
    if (bytes === null) return null;
    if ('why' in bytes) {
      skipped.push({ path, why: bytes.why });
      return null;
    }
    return { path, id: blobId(bytes.data, hexLength) };
  };
  let entries: SourceEntry[] | null = null;
  try {
    const tree = await listWorkTreeFiles(root);
    const hexLength = tree.clean.values().next().value?.length ?? 40;
    entries = [];
    // git checked these out as regular files and says they still match the index; the
    // helper checks them again (links on the way, size) when it reads them.
    for (const [path, blob] of tree.clean) if (wanted(path)) entries.push({ path, id: blob });
    for (const path of [...tree.changed, ...tree.untracked]) {
      if (!wanted(path)) continue;
      const entry = take(path, hexLength);
      if (entry !== null) entries.push(entry);
    }
  } catch (error) {
    // Warming needs no git: a project outside a work tree (or a machine without git) is walked.
    if (!(error instanceof GitMissingError || (error instanceof Error && /not a git repository/i.test(error.message)))) throw error;
  }
  if (entries === null) {
    entries = [];
    for (const file of await findSources(root, patterns)) {
      const entry = take(toPosixPath(relative(root, file)));
      if (entry !== null) entries.push(entry);
    }
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: entries.map((e) => join(root, e.path)), digest: sourcesDigest(entries), skipped };
}

// As for bytecode headers: never through a link, never waiting on a FIFO.
const SOURCE_FLAGS = fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK;

/**
 * Reads `root`-relative sources the way the helper does: the bytes, null when the file is
 * gone (a deleted tracked file), or why it is left alone. One lstat per distinct directory
 * on the way, shared by all the files below it.
 */
function sourceReader(root: string): (path: string) => { data: Buffer } | { why: string } | null {
  // A sentence for a link on the way, '' for a directory gone (the file is gone too), null when fine.
  const dirs = new Map<string, string | null>();
  const dirProblem = (dir: string): string | null => {
    let answer = dirs.get(dir);
    if (answer === undefined) {
      const slash = dir.lastIndexOf('/');
      answer = slash < 0 ? null : dirProblem(dir.slice(0, slash));
      if (answer === null) {
        try {
          const info = lstatSync(join(root, dir));
          answer = info.isSymbolicLink() ? 'behind a symbolic link' : info.isDirectory() ? null : '';
        } catch {
          answer = '';
        }
      }
      dirs.set(dir, answer);
    }
    return answer;
  };
  return (path) => {
    const slash = path.lastIndexOf('/');
    const problem = slash < 0 ? null : dirProblem(path.slice(0, slash));
    if (problem === '') return null;
    if (problem !== null) return { why: problem };
    let fd: number | undefined;
    try {
      fd = openSync(join(root, path), SOURCE_FLAGS);
      const info = fstatSync(fd);
      if (!info.isFile()) return { why: 'not a regular file' };
      if (info.size > MAX_SOURCE_BYTES) return { why: `larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB` };
      // One byte more than allowed tells a file that grew since the fstat.
      const data = Buffer.allocUnsafe(info.size + 1);
      let length = 0;
      for (let n = -1; n !== 0 && length < data.length; length += n) n = readSync(fd, data, length, data.length - length, null);
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

function toPosixPath(path: string): string {
  return path.split(sep).join('/');
}

/** Writes `data` as JSON to `path` (relative to the workspace), which must stay inside it. */
export async function writeWorkspaceJson(workspace: string, path: string, data: unknown): Promise<string> {
  const file = resolve(workspace, path);
  if (!inside(workspace, file) || file === resolve(workspace)) {
    throw new InputError(`Input 'sarif' must be a file path inside the workspace (${workspace}), but ${JSON.stringify(path)} is not.`);
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
