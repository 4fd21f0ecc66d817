// The filesystem side of the check: where the project is, bytecode headers, and the
// fallback scan for a directory that is not a git work tree.
import { constants as fsConstants } from 'node:fs';
import type { Stats } from 'node:fs';
import { lstat, mkdir, open, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import * as glob from '@actions/glob';
import { InputError } from './inputs.ts';
import { inside as insideOn } from './paths.ts';
import { GitMissingError, listWorkTreeFiles } from './git.ts';
import { blobId, sourceFilter, sourcesDigest, type SourceEntry } from './warm/sources.ts';

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
 */
export async function projectSources(root: string, patterns: readonly string[]): Promise<{ files: string[]; digest: string }> {
  const wanted = sourceFilter(patterns);
  let entries: SourceEntry[] | null = null;
  try {
    const tree = await listWorkTreeFiles(root);
    const hexLength = tree.clean.values().next().value?.length ?? 40;
    entries = [];
    for (const [path, blob] of tree.clean) if (wanted(path)) entries.push({ path, id: blob });
    for (const path of [...tree.changed, ...tree.untracked]) {
      if (!wanted(path)) continue;
      const id = await contentId(join(root, path), hexLength);
      if (id !== null) entries.push({ path, id });
    }
  } catch (error) {
    // Warming needs no git: a project outside a work tree (or a machine without git) is walked.
    if (!(error instanceof GitMissingError || (error instanceof Error && /not a git repository/i.test(error.message)))) throw error;
  }
  if (entries === null) {
    entries = [];
    for (const file of await findSources(root, patterns)) {
      const id = await contentId(file);
      if (id !== null) entries.push({ path: toPosixPath(relative(root, file)), id });
    }
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: entries.map((e) => join(root, e.path)), digest: sourcesDigest(entries) };
}

/** git's blob id of the file's bytes; null when it is gone or not a file (a deleted tracked file). */
async function contentId(file: string, hexLength?: number): Promise<string | null> {
  try {
    return blobId(await readFile(file), hexLength);
  } catch {
    return null;
  }
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
