// The only module that runs git. Every call passes -z (or parses raw objects), so no
// file name is ever split, quoted or re-encoded on the way.
import { spawn } from 'node:child_process';

export interface GitResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

export class GitMissingError extends Error {
  override name = 'GitMissingError';
}

// Keep a user's git configuration from changing what we read: no pager, no prompts,
// no optional locks that could race an earlier step, no quoting of names.
const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
};

export function runGit(cwd: string, args: readonly string[], input?: Buffer | string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      env: { ...process.env, ...GIT_ENV },
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
    child.on('close', (code) =>
      resolve({ code: code ?? 128, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() }),
    );
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

export function splitNul(buffer: Buffer): string[] {
  const text = buffer.toString('utf8');
  if (text === '') return [];
  const parts = text.split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** The work tree's top directory, or null when `dir` is not inside a git work tree. */
export async function workTreeTop(dir: string): Promise<string | null> {
  const result = await runGit(dir, ['rev-parse', '--show-toplevel']);
  if (result.code !== 0) return null;
  return result.stdout.toString('utf8').replace(/\n$/, '');
}

export async function isShallow(dir: string): Promise<boolean> {
  const out = await gitOk(dir, ['rev-parse', '--is-shallow-repository']);
  return out.toString('utf8').trim() === 'true';
}

/** Paths in git's index below `dir`, relative to `dir`. */
export async function listTracked(dir: string): Promise<string[]> {
  return splitNul(await gitOk(dir, ['ls-files', '-z']));
}

/** Tracked paths below `dir` that the ignore rules ignore (relative to `dir`). */
export async function listTrackedIgnored(dir: string): Promise<string[]> {
  return splitNul(await gitOk(dir, ['ls-files', '-z', '-c', '-i', '--exclude-standard']));
}

/** `dir` relative to the work tree top, with a trailing slash ('' at the top). */
export async function prefixOf(dir: string): Promise<string> {
  return (await gitOk(dir, ['rev-parse', '--show-prefix'])).toString('utf8').replace(/\n$/, '');
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

/** One attempt to bring a single commit into a shallow clone. */
export async function fetchCommit(dir: string, sha: string): Promise<boolean> {
  const result = await runGit(dir, ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
  return result.code === 0 && (await hasCommit(dir, sha));
}

/**
 * Paths below `dir` (relative to it) that the index has and `base` has not: what the change
 * adds, renames or copies in, whatever the history between them.
 */
export async function addedSince(dir: string, base: string): Promise<string[]> {
  const out = await gitOk(dir, [
    'diff', '--cached', '--no-renames', '--no-ext-diff', '--no-textconv', '--diff-filter=A',
    '--name-only', '-z', '--relative', base, '--', '.',
  ]);
  return splitNul(out);
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
  const input = paths.map((p) => `${p}\0`).join('');
  const result = await runGit(dir, ['check-ignore', '--stdin', '-z', '-v', '-n', '--no-index'], input);
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
      path: fields[i + 3] ?? '',
    });
  }
  return matches;
}

export async function gitDir(dir: string): Promise<string> {
  return (await gitOk(dir, ['rev-parse', '--absolute-git-dir'])).toString('utf8').trim();
}

/** The user's global excludes file as git resolves it, or null when none is set. */
export async function excludesFile(dir: string): Promise<string | null> {
  const result = await runGit(dir, ['config', '--path', '--get', 'core.excludesFile']);
  return result.code === 0 ? result.stdout.toString('utf8').trim() || null : null;
}

/** Untracks paths (relative to `dir`), keeping them on disk. */
export async function removeCached(dir: string, paths: readonly string[]): Promise<void> {
  if (paths.length === 0) return;
  // From the top with prefixed paths: run in a subdirectory, `git rm --pathspec-from-file`
  // counts that directory as a pathspec argument and refuses to start (git 2.39).
  const [top, prefix] = await Promise.all([workTreeTop(dir), prefixOf(dir)]);
  if (top === null) throw new Error(`${dir} is not in a git work tree.`);
  await gitOk(
    top,
    ['--literal-pathspecs', 'rm', '-r', '--cached', '--quiet', '--ignore-unmatch', '--pathspec-from-file=-', '--pathspec-file-nul'],
    paths.map((p) => `${prefix}${p}\0`).join(''),
  );
}
