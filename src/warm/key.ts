// The Actions cache key of a bytecode prefix. Everything that decides whether a cached pyc
// can be used goes in: who compiles (implementation, cache_tag, magic), how (invalidation
// mode), where (absolute source, site-packages and prefix paths: the prefix mirrors them), and last, what
// (source contents and installed distributions). Restore keys drop only the last part, so a
// tree from an older commit is restored and brought up to date.
import { createHash } from 'node:crypto';
import type { InvalidationMode } from '../check/pyc.ts';
import type { Layout } from '../inputs.ts';

/** What an interpreter says of itself (pycache_helper.py `describe`). */
export interface Interpreter {
  readonly implementation: string;
  readonly version: string;
  readonly cacheTag: string;
  readonly magic: number;
  readonly executable: string;
  readonly prefixSupported: boolean;
  readonly stdlib: readonly string[];
  readonly sitePackages: readonly string[];
  /** [name, version] pairs as importlib.metadata reports them, sorted. */
  readonly distributions: readonly (readonly [string, string])[];
}

export interface KeyFacts {
  readonly os: string;
  readonly arch: string;
  readonly interpreters: readonly Interpreter[];
  readonly mode: InvalidationMode;
  readonly root: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Digest of the project sources' paths and contents (see sources.ts). */
  readonly sourcesDigest: string;
  /**
   * In place, the tree holds only the project's pycs: the installed distributions and the
   * environment's site-packages do not decide whether they are valid, so they stay out of the
   * key (a dependency bump keeps the hit), and the two layouts never restore each other's tree.
   */
  readonly layout: Layout;
}

const KEY_VERSION = 'pycache-v1';
const MAX_KEY = 512;

function digest(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

function interpreterPart(i: Interpreter): string {
  const tag =
    i.cacheTag.startsWith(`${i.implementation}-`) || i.cacheTag.startsWith(i.implementation)
      ? i.cacheTag
      : `${i.implementation}-${i.cacheTag}`;
  return `${tag}-m${i.magic}`;
}

/** Keys may not hold commas, and whitespace makes them hard to read in logs. */
function clean(text: string): string {
  return text.replace(/[^A-Za-z0-9._+-]+/g, '_');
}

export function cacheKey(facts: KeyFacts): { readonly key: string; readonly restoreKeys: readonly string[] } {
  const interpreters = facts.interpreters.map(interpreterPart).join('+');
  // A virtual environment shares its base interpreter's executable, but its site-packages,
  // and so the prefix tree, are its own: another environment's tree is no use to it.
  const inPlace = facts.layout === 'in-place';
  const where = digest(
    facts.root,
    facts.prefix,
    ...(inPlace ? [] : facts.interpreters.flatMap((i) => i.sitePackages)),
  ).slice(0, 12);
  const what = digest(
    facts.sourcesDigest,
    ...facts.interpreters.map((i) =>
      inPlace
        ? `${i.version}`
        : `${i.executable}\n${i.version}\n${i.distributions.map(([n, v]) => `${n}==${v}`).join('\n')}`,
    ),
  ).slice(0, 20);
  let head = [
    KEY_VERSION,
    facts.os,
    facts.arch,
    clean(interpreters),
    facts.mode,
    ...(inPlace ? ['in-place'] : []),
    ...(facts.suffix.trim() ? [clean(facts.suffix.trim())] : []),
    where,
  ].join('-');
  if (head.length + what.length + 2 > MAX_KEY)
    head = `${head.slice(0, MAX_KEY - what.length - 16)}-${digest(head).slice(0, 12)}`;
  return { key: `${head}-${what}`, restoreKeys: [`${head}-`] };
}
