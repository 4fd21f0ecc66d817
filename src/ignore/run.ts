// The ignore-rule audit and fix against a real repository: gathers git's answers through
// git.ts, leaves every judgement to audit.ts and fix.ts.
import { lstat, readFile, realpath, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  checkIgnore,
  excludesFile,
  gitDir,
  listTracked,
  listTrackedIgnored,
  prefixOf,
  removeCached,
  workTreeTop,
  type IgnoreMatch,
} from '../git.ts';
import { classify } from '../scan/classify.ts';
import {
  auditIgnore,
  committedDespiteRules,
  probePaths,
  sourceDirs,
  type ExcludeSource,
  type MissingRule,
  type Negation,
} from './audit.ts';
import { annotationTarget, appendRules, rulesToAdd } from './fix.ts';

export interface IgnoreAudit {
  /** Rules the repository's own .gitignore files lack; dirs are project-relative. */
  readonly missing: MissingRule[];
  /** In-tree negations that re-include bytecode; `file` is repository-relative. */
  readonly negations: Negation[];
  /** The repository-relative .gitignore that missing-rule findings point at. */
  readonly annotationTarget: string;
  /** Tracked bytecode (project-relative) that in-tree rules ignore: committed before the rule existed. */
  readonly committedIgnored: ReadonlySet<string>;
  /** The project root relative to the repository top: '' at the top, else 'sub/dir/'. */
  readonly prefix: string;
}

export interface FixResult {
  /** Null when the .gitignore already had every rule; `path` is repository-relative. */
  readonly gitignore: { readonly path: string; readonly created: boolean; readonly added: string[] } | null;
  /** Project-relative paths removed from the index (kept on disk). */
  readonly untracked: string[];
}

function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** Where git reads the global excludes from when core.excludesFile is unset. */
function defaultExcludesFile(): string {
  const xdg = process.env.XDG_CONFIG_HOME;
  return xdg ? join(xdg, 'git', 'ignore') : join(process.env.HOME || homedir(), '.config', 'git', 'ignore');
}

/** info/exclude lives in the common git dir, which a linked worktree's git dir points to. */
async function infoExcludeFiles(own: string): Promise<string[]> {
  const files = [join(own, 'info', 'exclude')];
  try {
    const common = (await readFile(join(own, 'commondir'), 'utf8')).trim();
    if (common) files.push(join(resolve(own, common), 'info', 'exclude'));
  } catch {
    // Not a linked worktree.
  }
  return files;
}

/**
 * Rewrites each match's source so in-tree .gitignore files are repository-relative and
 * every other file is an absolute canonical path listed in the returned exclude sources.
 * git resolves relative sources from the work tree top (it changes there before reading
 * rules), not from our cwd; the global file comes back absolute.
 */
async function normaliseSources(
  dir: string,
  top: string,
  matches: readonly IgnoreMatch[],
): Promise<{ matches: IgnoreMatch[]; excludeSources: ExcludeSource[] }> {
  const [own, configured] = await Promise.all([gitDir(dir), excludesFile(dir)]);
  const infoFiles = await infoExcludeFiles(own);
  const global = configured ?? defaultExcludesFile();
  const gitDirReal = await canonical(own);
  const known = new Map<string, string>();
  for (const file of infoFiles) {
    const real = await canonical(file);
    known.set(real, inside(top, real) ? toPosix(relative(top, real)) : real);
  }
  known.set(await canonical(resolve(top, global)), `core.excludesFile (${global})`);

  const normalised = new Map<string, string>();
  const excludeSources = new Map<string, ExcludeSource>();
  for (const source of new Set(matches.map((m) => m.source))) {
    if (source === '') continue;
    const path = resolve(top, source);
    // Per-directory files always come back relative, so an absolute `~/.gitignore` is the
    // global file even in a repository whose top is the home directory.
    const inTree = !isAbsolute(source) && basename(path) === '.gitignore' && inside(top, path) && !inside(gitDirReal, path);
    if (inTree) {
      normalised.set(source, toPosix(relative(top, path)));
    } else {
      const real = await canonical(path);
      // Anything else git reads rules from is not shared by a clone, known by name or not.
      normalised.set(source, real);
      excludeSources.set(real, { path: real, label: known.get(real) ?? real });
    }
  }
  return {
    matches: matches.map((m) => ({ ...m, source: normalised.get(m.source) ?? m.source })),
    excludeSources: [...excludeSources.values()],
  };
}

/**
 * Audits the ignore rules of the project at `root` (a git work tree or a directory in one)
 * with one `git check-ignore` call over the probes and the tracked bytecode.
 *
 * @param tracked the project's tracked files, relative to `root` (as listTracked gives them)
 */
export async function auditProject(root: string, tracked: readonly string[]): Promise<IgnoreAudit> {
  const dir = await canonical(root);
  const topPath = await workTreeTop(dir);
  if (topPath === null) throw new Error(`The ignore-rule audit needs a git work tree, and ${dir} is not in one.`);
  const top = await canonical(topPath);

  const probes = probePaths(sourceDirs(tracked));
  const trackedBytecode = tracked.filter((p) => classify(p) !== null);
  const paths = [...new Set([...probes.map((p) => p.path), ...trackedBytecode])];
  const [raw, trackedIgnored, prefix, hasGitignore] = await Promise.all([
    checkIgnore(dir, paths),
    listTrackedIgnored(dir),
    prefixOf(dir),
    isFile(join(dir, '.gitignore')),
  ]);
  const { matches, excludeSources } = await normaliseSources(dir, top, raw);
  const { missing, negations } = auditIgnore(probes, matches, excludeSources);
  return {
    missing,
    negations,
    annotationTarget: annotationTarget(prefix, hasGitignore),
    committedIgnored: committedDespiteRules(trackedIgnored, matches, excludeSources),
    prefix,
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isFile();
  } catch {
    return false;
  }
}

/** The project's .gitignore bytes, null when absent; refuses anything but a plain file. */
async function readOwnGitignore(file: string): Promise<Uint8Array | null> {
  let info;
  try {
    info = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // git (2.32+) does not read a symlinked .gitignore in the tree, and writing through one
  // could change a file outside the project.
  if (info.isSymbolicLink()) throw new Error(`${file} is a symbolic link; git does not read it as a .gitignore, so the fix will not write through it.`);
  if (!info.isFile()) throw new Error(`${file} is not a regular file; the fix cannot append rules to it.`);
  return readFile(file);
}

function isProjectPath(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !path.split('/').some((part) => part === '..' || part === '');
}

/**
 * Appends the audit's missing rules to `<root>/.gitignore` (creating it) and untracks the
 * given committed bytecode, keeping the files on disk. Writes nothing outside `root`, never
 * commits, and reports only what it changed, so a second run reports nothing.
 *
 * @param committedBytecode project-relative paths to untrack; anything not bytecode or not
 *   in the index is skipped
 */
export async function applyFix(root: string, audit: IgnoreAudit, committedBytecode: readonly string[]): Promise<FixResult> {
  const dir = await canonical(root);
  const file = join(dir, '.gitignore');
  const patterns = audit.missing.map((m) => m.pattern);

  let gitignore: FixResult['gitignore'] = null;
  const existing = await readOwnGitignore(file);
  const next = appendRules(existing, patterns);
  if (next !== null) {
    // 'wx' for a new file: never clobber or follow something that appeared since we looked.
    await writeFile(file, next, { flag: existing === null ? 'wx' : 'w' });
    gitignore = { path: `${audit.prefix}.gitignore`, created: existing === null, added: rulesToAdd(existing, patterns) };
  }

  const wanted = committedBytecode.filter((p) => isProjectPath(p) && classify(p) !== null);
  let untracked: string[] = [];
  if (wanted.length > 0) {
    const index = new Set(await listTracked(dir));
    untracked = [...new Set(wanted.filter((p) => index.has(p)))].sort();
    await removeCached(dir, untracked);
  }
  return { gitignore, untracked };
}
