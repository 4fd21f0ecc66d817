// The only module that runs git, and the one place its hardening lives (see hardening()).
// Every call passes -z (or parses raw objects), so no file name is ever split, quoted or
// re-encoded on the way; names travel as lossless strings (pathbytes.ts) and go back to git as
// the bytes they were.
//
// The checkout is hostile input: a pull request controls every file in it. So git never looks
// for a repository by itself. repositoryOf() finds the `.git` of the directory asked about,
// no higher than the workspace, and accepts only the workspace's repository or a submodule it
// records; every call then names that repository with GIT_DIR and GIT_WORK_TREE, so a committed
// `proj/HEAD`, `proj/config`, `proj/objects/` can never be taken for a repository and its
// config (core.fsmonitor, hooks, …) is never read.
import { spawn } from 'node:child_process';
import { lstat, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { inside } from './paths.ts';
import { decodePath, encodePath, fsPath } from './pathbytes.ts';

export interface GitResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

export class GitMissingError extends Error {
  override name = 'GitMissingError';
}

export class NotARepositoryError extends Error {
  override name = 'NotARepositoryError';
}

/** The directory is in a repository the action must not read: not the workspace's, nor a submodule of it. */
export class ForeignRepositoryError extends Error {
  override name = 'ForeignRepositoryError';
}

// Keep a user's git configuration from changing what we read: no pager, no prompts,
// no optional locks that could race an earlier step, no quoting of names.
const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
  // check-ignore and cat-file --batch flush after every record for interactive callers; we
  // read everything at the end, and per-record flushing costs a write per path (1 s in 350k).
  GIT_FLUSH: '0',
};

// Variables that point git at another repository, index or object store; whatever set them
// (a hook, an earlier step's export), the action names its repository itself.
const REPOSITORY_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_GRAFT_FILE',
  'GIT_SHALLOW_FILE',
  'GIT_REPLACE_REF_BASE',
  'GIT_NAMESPACE',
  'GIT_PREFIX',
  'GIT_INTERNAL_SUPER_PREFIX',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_LITERAL_PATHSPECS',
  'GIT_GLOB_PATHSPECS',
  'GIT_NOGLOB_PATHSPECS',
  'GIT_ICASE_PATHSPECS',
];

/**
 * The `-c` settings every call carries. Command-line config outranks every file, and git
 * passes it on to the git processes it starts (e.g. for submodules).
 */
function hardening(repo: Repository): string[] {
  const settings = [
    // A directory that looks like a bare repository (HEAD, objects/, refs/) is one only when named.
    'safe.bareRepository=explicit',
    // No command from any config runs: fsmonitor hooks, hooks (post-index-change on `rm
    // --cached`, reference-transaction on fetch) ...
    'core.fsmonitor=false',
    'core.hooksPath=/dev/null',
    // ... and the one fetch uses only git's own transports: no ext::, fd:: or remote helpers.
    'protocol.allow=never',
    'protocol.https.allow=always',
    'protocol.ssh.allow=always',
    'protocol.file.allow=always',
    // A fetch must not start a gc or maintenance run in the job.
    'gc.auto=0',
    'maintenance.auto=false',
    'core.quotePath=false',
    // Trust exactly the repository repositoryOf() accepted, as actions/checkout does in
    // containers, where the workspace belongs to another user ("dubious ownership").
    `safe.directory=${repo.top}`,
  ];
  return settings.flatMap((s) => ['-c', s]);
}

class GitTooOldError extends Error {
  override name = 'GitTooOldError';
}

/** A git version as [major, minor, patch]. */
export type GitVersion = readonly [number, number, number];

/**
 * What the flags this module passes need; a feature's entry names the newest flag it uses.
 * `rev-parse --is-shallow-repository` and GIT_OPTIONAL_LOCKS came in 2.15, after everything
 * else the check and audit use (`ls-files --recurse-submodules` 2.11, `rev-parse
 * --absolute-git-dir` 2.13, `check-ignore --no-index -v -n --stdin -z` 1.8.5). Older gits
 * fail on them with usage errors that would read as our bugs.
 */
export const GIT_NEEDS = {
  action: { version: [2, 15, 0], who: 'this action' },
  fix: { version: [2, 26, 0], who: 'fix: true' }, // git rm --pathspec-from-file
} as const satisfies Record<string, { version: GitVersion; who: string }>;

/** `git version 2.39.3 (Apple Git-145)`, `git version 2.45.1.windows.1` -> numbers; null when unrecognised. */
export function parseGitVersion(text: string): GitVersion | null {
  const m = /^git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  return m === null ? null : [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

/** The one-sentence failure when `found` is older than `need`, else null. */
export function gitTooOld(found: string, need: (typeof GIT_NEEDS)[keyof typeof GIT_NEEDS]): string | null {
  const version = parseGitVersion(found);
  // A git that names its version differently is given the benefit of the doubt.
  if (version === null) return null;
  const [a, b, c] = version;
  const [x, y, z] = need.version;
  if (a !== x ? a > x : b !== y ? b > y : c >= z) return null;
  const shown = found.trim().replace(/^git version /, '');
  return `git ${shown} is too old for ${need.who}, which needs git ${x}.${y} or later; install a newer git before this step.`;
}

let versionText: Promise<string> | null = null;

/** `git --version`, asked once per process. */
function gitVersion(): Promise<string> {
  versionText ??= spawnGit(process.cwd(), ['--version'], null).then((r) => r.stdout.toString('utf8'));
  return versionText;
}

/** Throws GitTooOldError when the installed git lacks what `need` uses. */
export async function requireGit(need: (typeof GIT_NEEDS)[keyof typeof GIT_NEEDS]): Promise<void> {
  const problem = gitTooOld(await gitVersion(), need);
  if (problem !== null) throw new GitTooOldError(problem);
}

/** A repository as repositoryOf() found it: its work tree top and the `.git` there (a directory or a gitfile). */
interface Repository {
  readonly top: string;
  readonly dotGit: string;
}

// The workspace: no repository is looked for above it. Null (library use, unit tests): the
// nearest `.git` above a directory is its repository, as git itself would find it.
let boundary: string | null = null;
const repositories = new Map<string, Promise<Repository | null>>();

/**
 * Confines every later call to repositories at or below `workspace`: the workspace's own
 * repository (the outermost one there) and the submodules it records.
 */
export async function confine(workspace: string): Promise<void> {
  boundary = await canonical(workspace);
  repositories.clear();
  whereCache.clear();
}

async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

async function hasDotGit(dir: string): Promise<boolean> {
  try {
    const info = await stat(join(dir, '.git'));
    return info.isDirectory() || info.isFile();
  } catch {
    return false;
  }
}

/**
 * The repository that holds `dir`, or null when no `.git` is found between `dir` and the
 * workspace (inclusive): the one case that is really "not a repository". Walking up ourselves,
 * rather than letting git discover, means only a `.git` makes a repository: never a bare-looking
 * directory a pull request committed, never a repository above the workspace. A repository
 * nested inside the workspace's must be a submodule it records (each level in turn).
 */
function repositoryOf(dir: string): Promise<Repository | null> {
  let answer = repositories.get(dir);
  if (answer === undefined) {
    answer = (async () => {
      const start = await canonical(dir);
      if (boundary !== null && !inside(boundary, start)) return null;
      // Innermost first.
      const tops: string[] = [];
      for (let at = start; ; at = dirname(at)) {
        if (await hasDotGit(at)) {
          tops.push(at);
          if (boundary === null) break;
        }
        if (at === boundary || dirname(at) === at) break;
      }
      const [inner] = tops;
      if (inner === undefined) return null;
      for (let i = tops.length - 1; i > 0; i--) await requireSubmodule(tops[i] as string, tops[i - 1] as string);
      return { top: inner, dotGit: join(inner, '.git') };
    })();
    repositories.set(dir, answer);
  }
  return answer;
}

/** Throws ForeignRepositoryError unless the repository at `outer` records `inner` as a submodule. */
async function requireSubmodule(outer: string, inner: string): Promise<void> {
  const link = relative(outer, inner).split('\\').join('/');
  const repo: Repository = { top: outer, dotGit: join(outer, '.git') };
  const result = await spawnGit(outer, ['ls-files', '-z', '--stage', '--', link], repo);
  let recorded = false;
  eachStageEntry(decodePath(result.stdout), (path, mode) => {
    if (path === link && mode === '160000') recorded = true;
  });
  if (!recorded) {
    throw new ForeignRepositoryError(
      `${inner} is a git repository of its own inside ${outer}, the workspace's repository, which does not record it as a submodule; the action checks only the repository checked out in the workspace and its submodules, so point 'path' at one of those.`,
    );
  }
}

/** Runs git in `dir`, in the repository that holds it; NotARepositoryError when none does. */
async function runGit(dir: string, args: readonly string[], input?: Buffer | string): Promise<GitResult> {
  await requireGit(GIT_NEEDS.action);
  const repo = await repositoryOf(dir);
  if (repo === null)
    throw new NotARepositoryError(
      `${dir} is not a git repository (no .git in it or above it${boundary === null ? '' : ' within the workspace'}).`,
    );
  return spawnGit(dir, args, repo, input);
}

/** Where each git command and its time go: nowhere, unless the step asks (core.debug). */
let debugLog: (line: string) => void = () => {};

/** Sends a line per git command (its first words, exit code, time) to `log`, for people debugging a run. */
export function logGitCommands(log: (line: string) => void): void {
  debugLog = log;
}

function spawnGit(
  cwd: string,
  args: readonly string[],
  repo: Repository | null,
  input?: Buffer | string,
): Promise<GitResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...GIT_ENV };
  for (const name of REPOSITORY_ENV) delete env[name];
  if (repo !== null) {
    env.GIT_DIR = repo.dotGit;
    env.GIT_WORK_TREE = repo.top;
    // Belt and braces: were anything to look for a repository after all, not above this one.
    env.GIT_CEILING_DIRECTORIES = dirname(repo.top);
  }
  // Every path handed to git is a name, never pathspec magic (`:(top)x.pyc`, `:!x`, `*`).
  // check-ignore refuses the literal flag, so checkIgnore() neutralises magic itself.
  // Only `git --version` runs without a repository, and it reads none.
  const hardened =
    repo === null ? [] : [...hardening(repo), ...(args[0] === 'check-ignore' ? [] : ['--literal-pathspecs'])];
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', [...hardened, ...args], {
      cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(new GitMissingError('git is not installed or not on PATH; install git before this step.'));
      } else {
        reject(error);
      }
    });
    child.on('close', (code) => {
      // The command's own words only: paths come from the checkout, and many of them.
      const end = args.indexOf('--');
      const words = (end < 0 ? args : args.slice(0, end)).filter((a) => /^-{0,2}[a-z][a-z-]*(=[^/]*)?$/.test(a));
      debugLog(`git ${words.slice(0, 8).join(' ')}: exit ${code ?? 'signal'} in ${Date.now() - started} ms`);
      resolvePromise({
        code: code ?? 128,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8').trim(),
      });
    });
    // A child that exits before reading all of stdin must not crash us with EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

async function gitOk(cwd: string, args: readonly string[], input?: Buffer | string): Promise<Buffer> {
  const result = await runGit(cwd, args, input);
  if (result.code !== 0) {
    throw new Error(`git ${args[0] ?? ''} failed in ${cwd}: ${result.stderr || `exit code ${result.code}`}`);
  }
  return result.stdout;
}

function splitNul(buffer: Buffer): string[] {
  const text = decodePath(buffer);
  if (text === '') return [];
  const parts = text.split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Paths for a `-z`/`--pathspec-file-nul` stdin, as the bytes git gave them. */
function nulInput(paths: readonly string[], prefix = ''): Buffer {
  const parts: Buffer[] = [];
  const nul = Buffer.of(0);
  for (const path of paths) parts.push(encodePath(`${prefix}${path}`), nul);
  return Buffer.concat(parts);
}

/** Where a directory sits: its work tree top, its path below it and the repository's git dir. */
interface Where {
  readonly top: string;
  /** `dir` relative to the top, '' or ending in '/'. */
  readonly prefix: string;
  readonly gitDir: string;
}

// Where a directory sits in its repository cannot change while the step runs, and the check,
// the audit and the fix all ask: one rev-parse per directory instead of one per question.
const whereCache = new Map<string, Promise<Where | null>>();

/**
 * Null only when no repository holds `dir`. Any other failure (a repository git cannot read)
 * throws: taking it for "not a repository" would scan the disk and report untracked files.
 */
function where(dir: string): Promise<Where | null> {
  let answer = whereCache.get(dir);
  if (answer === undefined) {
    answer = (async () => {
      if ((await repositoryOf(dir)) === null) return null;
      const result = await runGit(dir, ['rev-parse', '--show-toplevel', '--show-prefix', '--absolute-git-dir']);
      if (result.code !== 0)
        throw new Error(
          `git cannot read the repository that holds ${dir}: ${firstLine(result.stderr) || `exit code ${result.code}`}`,
        );
      const lines = decodePath(result.stdout).split('\n');
      if (lines.length === 4 && lines[3] === '')
        return { top: lines[0] ?? '', prefix: lines[1] ?? '', gitDir: lines[2] ?? '' };
      // A name with a line break in it: ask one question at a time, each answer whole.
      const one = async (flag: string): Promise<string> =>
        decodePath(await gitOk(dir, ['rev-parse', flag])).replace(/\n$/, '');
      return {
        top: await one('--show-toplevel'),
        prefix: await one('--show-prefix'),
        gitDir: await one('--absolute-git-dir'),
      };
    })();
    whereCache.set(dir, answer);
  }
  return answer;
}

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 300);
}

/** The work tree's top directory, or null when `dir` is not inside a git work tree. */
export async function workTreeTop(dir: string): Promise<string | null> {
  return (await where(dir))?.top ?? null;
}

async function whereOrThrow(dir: string): Promise<Where> {
  const found = await where(dir);
  if (found === null) throw new NotARepositoryError(`${dir} is not a git repository.`);
  return found;
}

export async function isShallow(dir: string): Promise<boolean> {
  const out = await gitOk(dir, ['rev-parse', '--is-shallow-repository']);
  return out.toString('utf8').trim() === 'true';
}

/** Paths in git's index below `dir`, relative to `dir`. */
export async function listTracked(dir: string): Promise<string[]> {
  return splitNul(await gitOk(dir, ['ls-files', '-z']));
}

/**
 * Like listTracked, plus the files of every checked-out submodule below `dir` (as
 * `sub/path`). Only plain `--cached` listing combines with --recurse-submodules in every git
 * that has it, so gitlinks come from listIndex() separately.
 *
 * git reads .gitmodules (content the change controls) to recurse, and dies on a value it
 * refuses, such as `update = !command`: then `problem` says why, and `paths` is null.
 */
export async function listTrackedWithSubmodules(
  dir: string,
): Promise<{ paths: string[] } | { paths: null; problem: string }> {
  const result = await runGit(dir, ['ls-files', '-z', '--recurse-submodules']);
  if (result.code !== 0) return { paths: null, problem: firstLine(result.stderr) || `exit code ${result.code}` };
  return { paths: splitNul(result.stdout) };
}

export interface Gitlink {
  /** Relative to the directory asked about. */
  readonly path: string;
  readonly commit: string;
}

function parseGitlinks<T>(
  fields: readonly T[],
  at: (entry: T) => { mode: string; sha: string; path: string } | null,
): Gitlink[] {
  const links: Gitlink[] = [];
  for (const field of fields) {
    const entry = at(field);
    if (entry !== null && entry.mode === '160000') links.push({ path: entry.path, commit: entry.sha });
  }
  return links;
}

/**
 * Calls `entry` for each record of `ls-files -z --stage` (`<mode> <id> <stage>\t<path>\0`),
 * read by offsets: a regex and an object per record cost more than git takes to list 100k
 * files.
 */
function eachStageEntry(text: string, entry: (path: string, mode: string, merged: boolean, id: string) => void): void {
  for (let at = 0; at < text.length;) {
    const tab = text.indexOf('\t', at);
    if (tab < 0) break;
    let end = text.indexOf('\0', tab);
    if (end < 0) end = text.length;
    entry(
      text.slice(tab + 1, end),
      text.slice(at, at + 6),
      text[tab - 1] === '0',
      text.slice(at + 7, text.indexOf(' ', at + 7)),
    );
    at = end + 1;
  }
}

/**
 * listTracked and the submodules the index records below `dir` (with the commits it pins them
 * at), from one `ls-files --stage`, so a repository without submodules costs no extra call.
 */
export async function listIndex(dir: string): Promise<{ paths: string[]; gitlinks: Gitlink[] }> {
  const paths: string[] = [];
  const gitlinks: Gitlink[] = [];
  let unmerged = false;
  eachStageEntry(decodePath(await gitOk(dir, ['ls-files', '-z', '--stage'])), (path, mode, merged, id) => {
    paths.push(path);
    if (!merged) unmerged = true;
    if (mode === '160000') gitlinks.push({ path, commit: id });
  });
  // An unmerged path has an entry per stage; plain ls-files names it once.
  return { paths: unmerged ? [...new Set(paths)] : paths, gitlinks };
}

export interface WorkTreeFiles {
  /** Tracked regular files (relative to the directory asked about) and their blob ids. */
  readonly clean: Map<string, string>;
  /** Tracked files whose work tree copy may differ from the index (or is a link, or unmerged). */
  readonly changed: string[];
  /** Untracked files that no ignore rule ignores. */
  readonly untracked: string[];
}

/**
 * Every file below `dir` that a checkout holds or a build added, with git's content id where
 * git vouches for it: `diff-files` compares each entry's stat data (and, for racily clean
 * entries, its content), so an entry it does not name still has the blob's bytes.
 */
/**
 * `indexOnly` lists the index alone, each tracked file with the content id the index holds:
 * no untracked files, and no question to git of which files differ from the index. Right
 * after a checkout every file is "racily clean" (written in the same second as the index),
 * so git re-hashes them all to answer it: 150 ms for sympy's 1,500 files, and the untracked
 * walk reads a .gitignore in every directory.
 */
export async function listWorkTreeFiles(dir: string, { indexOnly = false } = {}): Promise<WorkTreeFiles> {
  const none = Promise.resolve(Buffer.alloc(0));
  const [stage, diff, others] = await Promise.all([
    gitOk(dir, ['ls-files', '-z', '--stage']),
    // --ignore-submodules: gitlinks are skipped below anyway, and without it git reads
    // .gitmodules and dies on a value it refuses (`update = !command`).
    indexOnly
      ? none
      : gitOk(dir, [
          'diff-files',
          '-z',
          '--name-only',
          '--relative',
          '--no-ext-diff',
          '--no-textconv',
          '--ignore-submodules=all',
        ]),
    indexOnly ? none : gitOk(dir, ['ls-files', '-z', '--others', '--exclude-standard']),
  ]);
  const dirty = new Set(splitNul(diff));
  const clean = new Map<string, string>();
  const changed = new Set<string>();
  eachStageEntry(decodePath(stage), (path, mode, merged, id) => {
    // A submodule holds another repository's files.
    if (mode === '160000') return;
    if ((mode === '100644' || mode === '100755') && merged && !dirty.has(path)) clean.set(path, id);
    else changed.add(path);
  });
  for (const path of changed) if (clean.has(path)) changed.delete(path);
  return { clean, changed: [...changed], untracked: splitNul(others) };
}

/** The submodules `commit` records at `paths` (relative to `dir`); absent ones are left out. */
export async function gitlinksAt(dir: string, commit: string, paths: readonly string[]): Promise<Gitlink[]> {
  if (paths.length === 0) return [];
  // `<mode> commit <sha>\t<path>`; a submodule named `*` is just a name (--literal-pathspecs).
  const out = await gitOk(dir, ['ls-tree', '-z', commit, '--', ...paths]);
  return parseGitlinks(splitNul(out), (f) => {
    const m = /^(\d+) \w+ ([0-9a-f]+)\t([\s\S]*)$/.exec(f);
    return m === null ? null : { mode: m[1] ?? '', sha: m[2] ?? '', path: m[3] ?? '' };
  });
}

/** `dir` relative to the work tree top, with a trailing slash ('' at the top). */
export async function prefixOf(dir: string): Promise<string> {
  return (await whereOrThrow(dir)).prefix;
}

/**
 * Parent SHAs recorded in a commit object. Read from the raw object because a shallow
 * clone grafts parents away from `git log`, but the object still names them.
 */
export async function commitParents(dir: string, rev: string): Promise<string[] | null> {
  const result = await runGit(dir, ['cat-file', 'commit', rev]);
  if (result.code !== 0) return null;
  const parents: string[] = [];
  for (const line of result.stdout.toString('utf8').split('\n')) {
    if (line === '') break;
    if (line.startsWith('parent ')) parents.push(line.slice('parent '.length).trim());
  }
  return parents;
}

export async function hasCommit(dir: string, sha: string): Promise<boolean> {
  return (await runGit(dir, ['cat-file', '-e', `${sha}^{commit}`])).code === 0;
}

/**
 * One attempt to bring a single commit into a shallow clone: from origin as the job configured
 * it (actions/checkout's token in http.extraheader, an ssh key in core.sshCommand), over https,
 * ssh or file only, without hooks, submodules or tags.
 */
export async function fetchCommit(dir: string, sha: string): Promise<boolean> {
  const result = await runGit(dir, [
    'fetch',
    '--quiet',
    '--no-tags',
    '--no-recurse-submodules',
    '--depth=1',
    'origin',
    sha,
  ]);
  return result.code === 0 && (await hasCommit(dir, sha));
}

/** What a change did to the files below a directory, relative to it. */
export interface ChangedPaths {
  /** In the index, not in the base: added, renamed or copied in. */
  readonly added: string[];
  /** In both, with other content (another blob id) or another type. */
  readonly modified: string[];
}

/**
 * Paths below `dir` (relative to it) that the index has and `base` has not, or has with other
 * content: what the change adds or rewrites, whatever the history between them. Compared by
 * blob id, so changed bytes of an already committed file count.
 */
export async function changedSince(dir: string, base: string): Promise<ChangedPaths> {
  return changedIn(dir, base);
}

/**
 * changedSince inside a submodule checkout: null when `base` (the commit the superproject's
 * base pinned) is not in the submodule's clone, as after a shallow submodule update.
 */
export async function changedSinceInSubmodule(subdir: string, base: string): Promise<ChangedPaths | null> {
  if (!(await hasCommit(subdir, base))) return null;
  return changedIn(subdir, base);
}

async function changedIn(dir: string, base: string): Promise<ChangedPaths> {
  // `<status>\0<path>\0` per entry; T is a type change (a link became a file, or back).
  const out = await gitOk(dir, [
    'diff',
    '--cached',
    '--no-renames',
    '--no-ext-diff',
    '--no-textconv',
    '--ignore-submodules=all',
    '--diff-filter=AMT',
    '--name-status',
    '-z',
    '--relative',
    base,
    '--',
    '.',
  ]);
  const fields = splitNul(out);
  const added: string[] = [];
  const modified: string[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) (fields[i] === 'A' ? added : modified).push(fields[i + 1] ?? '');
  return { added, modified };
}

export interface IgnoreMatch {
  readonly path: string;
  /** The file that holds the deciding rule, as git prints it; '' when no rule matched. */
  readonly source: string;
  readonly line: number;
  /** The deciding rule as written, with its leading '!' for a negation; '' when none. */
  readonly pattern: string;
}

/**
 * Asks git, in one batched call, which rule decides each path (`--no-index`: tracked or not,
 * as if the file were new). Paths are relative to `dir`.
 */
export async function checkIgnore(dir: string, paths: readonly string[]): Promise<IgnoreMatch[]> {
  if (paths.length === 0) return [];
  // Without -n only decided paths come back (negations included): an undecided path is
  // simply absent, and the answer stays small when the rules are missing everywhere.
  const args = ['check-ignore', '--stdin', '-z', '-v', '--no-index'];
  let result = await runGit(dir, args, ignoreInput(paths));
  // git dies on the whole batch ("is beyond a symbolic link") for a path under a directory
  // that is a link in the work tree, e.g. a __pycache__ committed as a link or one an earlier
  // step replaced with a link. Nothing there can be added to the index, so no rule decides it:
  // such paths are left out, as unmatched. Looking for links only after that failure keeps
  // an lstat per directory off the common path.
  if (result.code > 1 && /beyond a symbolic link/.test(result.stderr)) {
    const asked = await notBeyondLinks(dir, paths);
    if (asked.length === 0) return [];
    result = await runGit(dir, args, ignoreInput(asked));
  }
  // 0: some path ignored, 1: none ignored; anything else is a real failure.
  if (result.code !== 0 && result.code !== 1) {
    throw new Error(`git check-ignore failed in ${dir}: ${result.stderr || `exit code ${result.code}`}`);
  }
  const fields = splitNul(result.stdout);
  const matches: IgnoreMatch[] = [];
  for (let i = 0; i + 3 < fields.length; i += 4) {
    matches.push({
      source: fields[i] ?? '',
      line: Number(fields[i + 1] || 0),
      pattern: fields[i + 2] ?? '',
      path: unmagic(fields[i + 3] ?? ''),
    });
  }
  return matches;
}

// check-ignore refuses --literal-pathspecs, and reads a name that starts with ':' as pathspec
// magic: `:(glob)x` dies, `:/x.pyc` and `:(top)x.pyc` name a file at the top. git parses magic
// only at the very start, so `./` in front keeps the name a name; it comes back as sent, and a
// path git lists never starts with `./`, so stripping it again is exact.
function ignoreInput(paths: readonly string[]): Buffer {
  return nulInput(paths.map((p) => (p.startsWith(':') ? `./${p}` : p)));
}

function unmagic(path: string): string {
  return path.startsWith('./') ? path.slice(2) : path;
}

/** The paths (relative to `dir`, '/'-separated) none of whose leading directories is a symbolic link. */
async function notBeyondLinks(dir: string, paths: readonly string[]): Promise<string[]> {
  const linked = new Map<string, Promise<boolean>>();
  const isLink = (prefix: string): Promise<boolean> => {
    let answer = linked.get(prefix);
    if (answer === undefined) {
      answer = lstat(fsPath(dir, prefix)).then(
        (s) => s.isSymbolicLink(),
        () => false,
      );
      linked.set(prefix, answer);
    }
    return answer;
  };
  const kept: string[] = [];
  for (const path of paths) {
    let beyond = false;
    for (let at = path.indexOf('/'); at > 0 && !beyond; at = path.indexOf('/', at + 1))
      beyond = await isLink(path.slice(0, at));
    if (!beyond) kept.push(path);
  }
  return kept;
}

export async function gitDir(dir: string): Promise<string> {
  return (await whereOrThrow(dir)).gitDir;
}

/** The user's global excludes file as git resolves it, or null when none is set. */
export async function excludesFile(dir: string): Promise<string | null> {
  const result = await runGit(dir, ['config', '--path', '--get', 'core.excludesFile']);
  return result.code === 0 ? result.stdout.toString('utf8').trim() || null : null;
}

/** Untracks paths (relative to `dir`), keeping them on disk. */
export async function removeCached(dir: string, paths: readonly string[]): Promise<void> {
  if (paths.length === 0) return;
  await requireGit(GIT_NEEDS.fix);
  // From the top with prefixed paths: run in a subdirectory, `git rm --pathspec-from-file`
  // counts that directory as a pathspec argument and refuses to start (git 2.39).
  const [top, prefix] = await Promise.all([workTreeTop(dir), prefixOf(dir)]);
  if (top === null) throw new Error(`${dir} is not in a git work tree.`);
  // The names as the bytes git listed, NUL-separated (no quoting) and literal (no magic).
  await gitOk(
    top,
    ['rm', '-r', '--cached', '--quiet', '--ignore-unmatch', '--pathspec-from-file=-', '--pathspec-file-nul'],
    nulInput(paths, prefix),
  );
}
