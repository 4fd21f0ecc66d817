// The filesystem side of the check: where the project is, bytecode headers, and the
// fallback scan for a directory that is not a git work tree.
import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { lstat, mkdir, open, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import * as glob from '@actions/glob';
import { InputError } from './inputs.ts';
import { inside as insideOn } from './paths.ts';
import { GitMissingError, listWorkTreeFiles, NotARepositoryError } from './git.ts';
import { fsPath } from './pathbytes.ts';
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

// Header reads live in heads.ts, which the pre-commit hook bundles without the rest of this file.
export { readHeads, type HeaderBytes } from './heads.ts';

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
    if (!(error instanceof GitMissingError || error instanceof NotARepositoryError)) throw error;
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
          const info = lstatSync(fsPath(root, dir));
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
      fd = openSync(fsPath(root, path), SOURCE_FLAGS);
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

// O_NOFOLLOW: a committed symbolic link where the report goes is never written through (it
// could point anywhere the runner user may write). O_NONBLOCK: a committed FIFO fails (ENXIO)
// instead of blocking the step until a reader comes.
const WRITE_FLAGS = fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_TRUNC | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK;

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
      throw new InputError(`Input 'sarif' is ${shown}, but ${here} in the workspace is a symbolic link, and the SARIF file is never written through one; choose a path without links.`);
    if (!info?.isDirectory()) throw new InputError(`Input 'sarif' is ${shown}, but ${here} in the workspace is not a directory; choose another path.`);
  }
  const target = join(dir, parts.at(-1) as string);
  if (!inside(top, await realpath(dir))) throw new InputError(`Input 'sarif' must be a file path inside the workspace (${workspace}), but ${shown} is not.`);
  let handle;
  try {
    handle = await open(target, WRITE_FLAGS, 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new InputError(`Input 'sarif' is ${shown}, which is a symbolic link in the workspace, and the SARIF file is never written through one; choose another path.`);
    if (code === 'EISDIR' || code === 'ENXIO') throw new InputError(`Input 'sarif' is ${shown}, which is not a regular file in the workspace; choose another path.`);
    throw error;
  }
  try {
    if (!(await handle.stat()).isFile()) throw new InputError(`Input 'sarif' is ${shown}, which is not a regular file in the workspace; choose another path.`);
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
