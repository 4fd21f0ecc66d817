// The ignore-rule audit and fix against a real repository: gathers git's answers through
// git.ts, leaves every judgement to audit.ts and fix.ts.
import { constants } from 'node:fs';
import { access, lstat, readFile, realpath, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  checkIgnore,
  excludesFile,
  gitDir,
  listTracked,
  prefixOf,
  removeCached,
  workTreeTop,
  type IgnoreMatch,
} from '../git.ts';
import { classify } from '../check/classify.ts';
import { fsPath } from '../pathbytes.ts';
import {
  auditIgnore,
  committedDespiteRules,
  probePaths,
  sourceDirs,
  type ExcludeSource,
  type Probe,
  type MissingRule,
  type Negation,
} from './audit.ts';
import { annotationTarget, appendRules, rulesToAdd } from './fix.ts';
import { negationWitnesses, planProbes } from './probes.ts';
import { inside } from '../paths.ts';

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
  /** Whether the project's own .gitignore (`${prefix}.gitignore`, where the fix writes) is a file. */
  readonly ownGitignore: boolean;
}

export interface FixResult {
  /** Null when the .gitignore already had every rule; `path` is repository-relative. */
  readonly gitignore: { readonly path: string; readonly created: boolean; readonly added: string[] } | null;
  /** Project-relative paths removed from the index (kept on disk). */
  readonly untracked: string[];
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
  top: string,
  files: RuleFiles,
  matches: readonly IgnoreMatch[],
): Promise<{ matches: IgnoreMatch[]; excludeSources: ExcludeSource[] }> {
  const { own, infoFiles, global } = files;
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
    const inTree =
      !isAbsolute(source) && basename(path) === '.gitignore' && inside(top, path) && !inside(gitDirReal, path);
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

/** Where git reads rules from besides the work tree's .gitignore files. */
interface RuleFiles {
  readonly own: string;
  readonly infoFiles: readonly string[];
  /** As configured (maybe relative to the top), or git's default. */
  readonly global: string;
}

async function ruleFiles(dir: string): Promise<RuleFiles> {
  const [own, configured] = await Promise.all([gitDir(dir), excludesFile(dir)]);
  return { own, infoFiles: await infoExcludeFiles(own), global: configured ?? defaultExcludesFile() };
}

/** The file's text; null when it is not there, as git then reads nothing from it. */
async function readRules(file: string | Buffer): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/**
 * The probes for the project's source directories, grouped (probes.ts) by the rule texts
 * git reads: the tracked .gitignore files in the project, those in the directories between
 * the work tree top and the project, info/exclude and the global file. Any file that cannot
 * be read leaves every directory with probes of its own.
 */
async function projectProbes(
  top: string,
  prefix: string,
  tracked: readonly string[],
  files: RuleFiles,
): Promise<{ probes: Probe[]; witnesses: string[] }> {
  const dirs = sourceDirs(tracked);
  try {
    const above = prefix
      .split('/')
      .filter(Boolean)
      .map((_, i, parts) => parts.slice(0, i).join('/'));
    const inside = tracked
      .filter((p) => p === '.gitignore' || p.endsWith('/.gitignore'))
      .map((p) => prefix + p.slice(0, -'.gitignore'.length).replace(/\/$/, ''));
    const gitignores = [...new Set([...above, ...inside])];
    const texts = await Promise.all(
      gitignores.map((d) => readRules(fsPath(top, d === '' ? '.gitignore' : `${d}/.gitignore`))),
    );
    const inTree = gitignores.flatMap((d, i) => (texts[i] == null ? [] : [{ dir: d, text: texts[i] }]));
    const unshared = await Promise.all([...files.infoFiles, resolve(top, files.global)].map(readRules));
    return {
      probes: planProbes(
        dirs,
        prefix,
        inTree,
        unshared.filter((t) => t !== null),
      ),
      witnesses: negationWitnesses(prefix, inTree),
    };
  } catch {
    return { probes: probePaths(dirs), witnesses: [] };
  }
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

  const [prefix, files] = await Promise.all([prefixOf(dir), ruleFiles(dir)]);
  const { probes, witnesses } = await projectProbes(top, prefix, tracked, files);
  const trackedBytecode = tracked.filter((p) => classify(p) !== null);
  const paths = [...new Set([...probes.map((p) => p.path), ...trackedBytecode, ...witnesses])];
  const [raw, hasGitignore] = await Promise.all([checkIgnore(dir, paths), isFile(join(dir, '.gitignore'))]);
  const { matches, excludeSources } = await normaliseSources(top, files, raw);
  const { missing, negations } = auditIgnore(probes, matches, excludeSources, witnesses, new Set(trackedBytecode));
  return {
    missing,
    negations,
    annotationTarget: annotationTarget(prefix, hasGitignore),
    committedIgnored: committedDespiteRules(trackedBytecode, matches, excludeSources),
    prefix,
    ownGitignore: hasGitignore,
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
  if (info.isSymbolicLink())
    throw new Error(
      `${file} is a symbolic link; git does not read it as a .gitignore, so the fix will not write through it.`,
    );
  if (!info.isFile()) throw new Error(`${file} is not a regular file; the fix cannot append rules to it.`);
  return readFile(file);
}

function isProjectPath(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !path.split('/').some((part) => part === '..' || part === '');
}

/** Thrown when the fix cannot change the repository; `done` is what it had changed before that. */
export class FixError extends Error {
  override name = 'FixError';
  readonly done: FixResult;
  constructor(message: string, done: FixResult) {
    super(message);
    this.done = done;
  }
}

function plainReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'EROFS':
      return 'read-only file system';
    case 'EACCES':
      return 'permission denied';
    case 'EPERM':
      return 'operation not permitted';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    default:
      // git's "fatal: Unable to create '…/index.lock': File exists." is followed by advice lines.
      return (
        (e.message ?? String(error))
          .split('\n')[0]
          ?.replace(/^git .* failed in [^:]*: /, '')
          .replace(/\.$/, '') ?? String(error)
      );
  }
}

/** The error that would stop the fix writing `path` (a file, or the directory to create one in), or null. */
async function writable(path: string): Promise<unknown> {
  try {
    await access(path, constants.W_OK);
    return null;
  } catch (error) {
    return error;
  }
}

const BY_HAND = 'run without fix: true and make the changes the step summary shows by hand';

/**
 * Appends the audit's missing rules to `<root>/.gitignore` (creating it) and untracks the
 * given committed bytecode, keeping the files on disk. Writes nothing outside `root`, never
 * commits, and reports only what it changed, so a second run reports nothing.
 *
 * All or nothing as far as it can tell: both targets are checked for writing first, so a
 * read-only tree (or git directory) changes nothing and throws a FixError. The index goes
 * first because git swaps it in atomically; only a .gitignore that fails after passing the
 * check can leave the untracking done without the rules, and the FixError then says so.
 *
 * @param committedBytecode project-relative paths to untrack; anything not bytecode or not
 *   in the index is skipped
 */
export async function applyFix(
  root: string,
  audit: IgnoreAudit,
  committedBytecode: readonly string[],
): Promise<FixResult> {
  const dir = await canonical(root);
  const file = join(dir, '.gitignore');
  const shown = `${audit.prefix}.gitignore`;
  const patterns = audit.missing.map((m) => m.pattern);

  const existing = await readOwnGitignore(file);
  const next = appendRules(existing, patterns);
  const wanted = committedBytecode.filter((p) => isProjectPath(p) && classify(p) !== null);
  let untracking: string[] = [];
  if (wanted.length > 0) {
    const index = new Set(await listTracked(dir));
    untracking = [...new Set(wanted.filter((p) => index.has(p)))].sort();
  }
  const nothing: FixResult = { gitignore: null, untracked: [] };

  if (next !== null) {
    const denied = await writable(existing === null ? dir : file);
    if (denied !== null)
      throw new FixError(
        `The fix could not write ${shown} (${plainReason(denied)}), so it changed nothing; make the working tree writable before this step, or ${BY_HAND}.`,
        nothing,
      );
  }
  if (untracking.length > 0) {
    const gitDirectory = await gitDir(dir);
    const denied = await writable(gitDirectory);
    if (denied !== null)
      throw new FixError(
        `The fix could not update the git index in ${gitDirectory} (${plainReason(denied)}), so it changed nothing; make the repository writable before this step, or ${BY_HAND}.`,
        nothing,
      );
    try {
      await removeCached(dir, untracking);
    } catch (error) {
      throw new FixError(
        `The fix could not untrack the committed bytecode (${plainReason(error)}), so it changed nothing; ${BY_HAND}.`,
        nothing,
      );
    }
  }

  let gitignore: FixResult['gitignore'] = null;
  if (next !== null) {
    try {
      // 'wx' for a new file: never clobber or follow something that appeared since we looked.
      await writeFile(file, next, { flag: existing === null ? 'wx' : 'w' });
    } catch (error) {
      const done = { gitignore: null, untracked: untracking };
      if (untracking.length === 0)
        throw new FixError(
          `The fix could not write ${shown} (${plainReason(error)}), so it changed nothing; make the working tree writable before this step, or ${BY_HAND}.`,
          done,
        );
      throw new FixError(
        `The fix untracked ${untracking.length === 1 ? '1 file' : `${untracking.length} files`} but could not write ${shown} (${plainReason(error)}); add the rules the step summary shows to it by hand.`,
        done,
      );
    }
    gitignore = { path: shown, created: existing === null, added: rulesToAdd(existing, patterns) };
  }
  return { gitignore, untracked: untracking };
}
