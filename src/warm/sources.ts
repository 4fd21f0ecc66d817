// Which project files the warm step precompiles, and the digest of them that goes into the
// cache key. In a git work tree git already knows every tracked file's content id, and which
// files differ from it; only those (and untracked ones) need reading, so the key of a fresh
// checkout costs two git calls instead of hashing every source.
import { createHash } from 'node:crypto';
import { globMatcher } from '../check/allow.ts';

/** What identifies a source's content: git's blob id, or a hash of the bytes read from disk. */
export interface SourceEntry {
  /** Relative to the project root, '/'-separated. */
  readonly path: string;
  readonly id: string;
}

/** Never project sources: a repository's metadata, and an in-project virtualenv's packages (site-packages scope). */
const NEVER = /(^|\/)(\.git|site-packages|dist-packages)\//;

/**
 * The `sources` input as a test on project-relative paths: `.py` files any positive glob
 * matches (a glob naming a directory takes everything below it) and no `!` glob does.
 */
export function sourceFilter(patterns: readonly string[]): (path: string) => boolean {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const everyPy = include.length === 1 && include[0] === '**/*.py';
  const includes = include.map(globMatcher);
  const excludes = exclude.map(globMatcher);
  return (path) =>
    path.endsWith('.py') &&
    !NEVER.test(path) &&
    (everyPy || includes.some((m) => m(path))) &&
    !excludes.some((m) => m(path));
}

/**
 * git's object id of a blob with these bytes, so a file read from disk gets the id git would
 * give it: a touched but unchanged file, or the same tree outside git, keeps the same digest.
 * `hexLength` 64 is a SHA-256 repository's.
 */
export function blobId(bytes: Uint8Array, hexLength = 40): string {
  return createHash(hexLength === 64 ? 'sha256' : 'sha1')
    .update(`blob ${bytes.byteLength}\0`)
    .update(bytes)
    .digest('hex');
}

/** One digest of the sources' paths and content ids, independent of the order they came in. */
export function sourcesDigest(entries: readonly SourceEntry[]): string {
  const hash = createHash('sha256');
  for (const e of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
    hash.update(e.path).update('\0').update(e.id).update('\n');
  return hash.digest('hex');
}

/**
 * The largest source the warm step reads, hashes or compiles. Generated modules reach about
 * 6 MB (cloud SDK message tables); compiling dense source takes about 200 bytes of memory per
 * byte (a 4.9 MB file: 1 GB, 18 s), so a bound keeps a committed giant, or a link to
 * /dev/zero, from taking the runner's memory. Python still compiles such a file if it is
 * ever imported.
 */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

/** A project source the warm step left alone, and why (a symbolic link, too big, …). */
export interface SkippedSource {
  /** Relative to the project root. */
  readonly path: string;
  readonly why: string;
}

const SHOWN_SKIPPED = 5;

/**
 * One warning for every project source left alone, naming a few (the log is read by
 * people, the list is the pull request's to make long). `show` escapes a path for the log.
 */
export function skippedWarning(
  skipped: readonly SkippedSource[],
  show: (path: string) => string,
  total = skipped.length,
): string | null {
  const count = Math.max(total, skipped.length);
  if (count === 0) return null;
  const shown = skipped.slice(0, SHOWN_SKIPPED).map((s) => `${show(s.path)} (${s.why})`);
  const more = count > shown.length ? `, and ${count - shown.length} more` : '';
  return `${count === 1 ? '1 project source was' : `${count} project sources were`} not precompiled: ${shown.join(', ')}${more}. The warm step never reads a source through a symbolic link or one over ${MAX_SOURCE_BYTES / 1024 / 1024} MiB; Python compiles it if it is imported.`;
}
