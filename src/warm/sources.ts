// Which project files the warm step precompiles, and the digest of them that goes into the
// cache key. In a git work tree git already knows every tracked file's content id, and which
// files differ from it; only those (and untracked ones) need reading, so the key of a fresh
// checkout costs two git calls instead of hashing every source.
import { createHash } from 'node:crypto';
import { globMatcher } from '../scan/allow.ts';

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
  return (path) => path.endsWith('.py') && !NEVER.test(path) && (everyPy || includes.some((m) => m(path))) && !excludes.some((m) => m(path));
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
  for (const e of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(e.path).update('\0').update(e.id).update('\n');
  return hash.digest('hex');
}
