// Which example paths the audit asks git about. Asking about four probes in every source
// directory is exact but costs git, the pipe and the audit a few microseconds per probe:
// seconds in a repository of 100k directories. Most directories cannot differ from their
// neighbours, though: what git decides for `d/mod.pyc` depends on d only through the rule
// files above d and through patterns that could match d's own names. So directories that no
// pattern can single out, and that lie below the same rule files, are asked about once.
//
// Git stays the only judge of what a rule means. The patterns are read here only to find
// the directories a rule *might* single out, with a matcher that errs towards "might": any
// doubt (an escape, an unclosed bracket, a name that is not plain ASCII) puts the directory
// in a probe of its own, where git decides it exactly as before.
import { classify } from '../check/classify.ts';
import type { Probe, ProbeKind } from './audit.ts';
import {
  ANY_BYTE,
  byteSet,
  parseIgnoreLine,
  tokenMatcher,
  trimTrailingSpaces,
  utf8,
  wildmatchTokens,
  type IgnoreRule,
  type Token,
} from './wildmatch.ts';

/** The text of a file git reads rules from, and the directory its patterns are anchored to. */
export interface RuleText {
  /** Relative to the work tree top, '/'-separated, '' for the top itself. */
  readonly dir: string;
  readonly text: string;
}

/** Over-approximates git's wildmatch: everything git matches, this matches. */
interface Pattern {
  readonly test: (subject: string) => boolean;
  /** Lower-cased literal start and end: every subject it matches starts and ends with them. */
  readonly lead: string;
  readonly tail: string;
}

/**
 * Patterns found by their literal start or end, so that asking about one subject costs the
 * patterns that could match it and not every line: a 50,000-line file over 10,000
 * directories took minutes when each directory was tried against every line.
 */
class PatternIndex {
  private readonly byLead = new Map<string, Pattern[]>();
  private readonly byTail = new Map<string, Pattern[]>();
  private readonly leadLengths = new Set<number>();
  private readonly tailLengths = new Set<number>();
  private readonly rest: Pattern[] = [];
  size = 0;

  add(pattern: Pattern): void {
    this.size++;
    if (pattern.lead !== '') {
      push(this.byLead, pattern.lead, pattern);
      this.leadLengths.add(pattern.lead.length);
    } else if (pattern.tail !== '') {
      push(this.byTail, pattern.tail, pattern);
      this.tailLengths.add(pattern.tail.length);
    } else {
      this.rest.push(pattern);
    }
  }

  /** Whether some pattern might match the subject. */
  any(subject: string): boolean {
    if (this.size === 0) return false;
    const lower = subject.toLowerCase();
    for (const length of this.leadLengths) {
      if (length > lower.length) continue;
      for (const p of this.byLead.get(lower.slice(0, length)) ?? []) if (p.test(subject)) return true;
    }
    for (const length of this.tailLengths) {
      if (length > lower.length) continue;
      for (const p of this.byTail.get(lower.slice(lower.length - length)) ?? []) if (p.test(subject)) return true;
    }
    return this.rest.some((p) => p.test(subject));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface ParsedRules {
  /** Patterns without a '/' (or only `**​/` in front): matched against one name. */
  readonly names: PatternIndex;
  /** Patterns with a '/' inside: matched against the path below `dir`. */
  readonly paths: PatternIndex;
}

const ROOT = '.';
const PROBE_NAMES: readonly (readonly [ProbeKind, string])[] = [
  ['pycache', '__pycache__/mod.cpython-311.pyc'],
  ['pyc', 'mod.pyc'],
  ['pyo', 'mod.pyo'],
  ['jython', 'mod$py.class'],
];

const MATCH_ALL: Pattern = { test: () => true, lead: '', tail: '' };

/** The index just past the ']' that closes the bracket expression opened at `open`, or -1. */
function bracketEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === '!' || pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === ']') return i + 1;
    if (c === '[' && pattern[i + 1] === ':') {
      const close = pattern.indexOf(':]', i + 2);
      if (close < 0) return -1;
      i = close + 2;
    } else {
      i++;
    }
  }
  return -1;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// One set per letter, shared: 50,000 lines would otherwise allocate one per byte of each.
const CASELESS = new Map<number, Uint8Array>();
function caseless(lower: number, upper: number): Uint8Array {
  let set = CASELESS.get(lower);
  if (set === undefined) CASELESS.set(lower, (set = byteSet((b) => b === lower || b === upper)));
  return set;
}

// Case-insensitive (core.ignoreCase could be on), and looser than git where that is simpler:
// `*`, `?` and `**` match any run of bytes, '/' included; a bracket matches any one byte; a
// '/' beside a star may vanish (`a/**/b` also matches `a/b`), which the star already covers.
// Matched as tokens (wildmatch.ts): never a RegExp built from the pattern, which backtracks.
function overApproximate(pattern: string): Pattern {
  // Escapes and non-ASCII bytes are where a cheap reading could be wrong: match everything.
  if (pattern.includes('\\') || !PRINTABLE_ASCII.test(pattern)) return MATCH_ALL;
  const tokens: Token[] = [];
  let lead = '';
  let tail = '';
  let literal = true;
  const many = (): void => {
    if (tokens.at(-1)?.kind !== 'many') tokens.push({ kind: 'many', set: ANY_BYTE });
  };
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i] as string;
    if (c === '*' || c === '?') {
      literal = false;
      tail = '';
      many();
      i++;
    } else if (c === '[') {
      const end = bracketEnd(pattern, i);
      if (end < 0) return MATCH_ALL;
      literal = false;
      tail = '';
      tokens.push({ kind: 'one', set: ANY_BYTE });
      i = end;
    } else if (c === '/' && (pattern[i - 1] === '*' || pattern[i + 1] === '*')) {
      literal = false;
      tail = '';
      i++;
    } else {
      const lower = c.toLowerCase();
      const upper = c.toUpperCase();
      if (literal) lead += lower;
      tail += lower;
      tokens.push({ kind: 'one', set: caseless(lower.charCodeAt(0), upper.charCodeAt(0)) });
      i++;
    }
  }
  const run = tokenMatcher(tokens);
  // Subjects outside printable ASCII are singled out before they get here; should one come,
  // "might match" is the safe answer.
  return { test: (subject) => !PRINTABLE_ASCII.test(subject) || run(utf8(subject)), lead, tail };
}

/** Reads a rule file the way git does (gitignore(5)), keeping only what could match. */
export function parseRules(text: string): ParsedRules {
  const names = new PatternIndex();
  const paths = new PatternIndex();
  for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('!')) line = line.slice(1);
    // Trailing spaces go unless escaped (a loop: a RegExp for it is quadratic on long lines).
    line = trimTrailingSpaces(line);
    if (line.endsWith('/')) line = line.slice(0, -1);
    // `**/name` is `name` (gitignore(5)); `**/a/b` stays a path pattern, at any depth.
    let bare = line;
    while (bare.startsWith('**/')) bare = bare.slice(3);
    if (!bare.includes('/')) line = bare;
    if (line === '' || line === '**') {
      paths.add(MATCH_ALL);
      continue;
    }
    if (line.includes('/')) paths.add(overApproximate(line.startsWith('/') ? line.slice(1) : line));
    else names.add(overApproximate(line));
  }
  return { names, paths };
}

function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

function isBelow(dir: string, ancestor: string): boolean {
  return ancestor === '' || dir === ancestor || dir.startsWith(`${ancestor}/`);
}

/** `path` relative to `ancestor` (which isBelow said contains it); '' for itself. */
function below(path: string, ancestor: string): string {
  if (ancestor === '') return path;
  return path === ancestor ? '' : path.slice(ancestor.length + 1);
}

function probesAt(dir: string, dirs: readonly string[]): Probe[] {
  const at = dir === ROOT ? '' : `${dir}/`;
  return PROBE_NAMES.map(([kind, name]) => ({ path: `${at}${name}`, dir, kind, dirs }));
}

/**
 * The probes to ask git about: one set per directory that some rule might single out, and
 * one set for each group of the others that lie below the same rule files, standing for the
 * whole group (`Probe.dirs`).
 *
 * @param dirs project-relative source directories, '.' for the project root (sourceDirs)
 * @param prefix the project root relative to the work tree top: '' or 'sub/dir/'
 * @param inTree the .gitignore files git reads in the work tree (those that exist), by the
 *   top-relative directory that holds them. A .gitignore that is not tracked is not among
 *   them: it is not the repository's rule, and a group's verdict is read from one member.
 * @param unshared texts of info/exclude and the global excludes file (anchored at the top)
 */
export function planProbes(
  dirs: readonly string[],
  prefix: string,
  inTree: readonly RuleText[],
  unshared: readonly string[],
): Probe[] {
  const rootDir = prefix.replace(/\/$/, '');
  const files = [
    ...inTree.map((f) => ({ dir: f.dir, rules: parseRules(f.text), everywhere: false })),
    ...unshared.map((text) => ({ dir: '', rules: parseRules(text), everywhere: true })),
  ];
  const filesAt = new Map<string, number[]>();
  files.forEach((f, i) => {
    if (!f.everywhere) filesAt.set(f.dir, [...(filesAt.get(f.dir) ?? []), i]);
  });

  // A name some name-pattern might match, memoised per name: names repeat a lot.
  const nameHits = new Map<string, readonly number[]>();
  const filesMatchingName = (name: string): readonly number[] => {
    let hits = nameHits.get(name);
    if (hits === undefined) {
      hits = files.flatMap((f, i) => (f.rules.names.any(name) ? [i] : []));
      nameHits.set(name, hits);
    }
    return hits;
  };

  // The rule files that apply to each top-relative directory, memoised along the tree.
  const chains = new Map<string, readonly number[]>();
  const everywhere = files.flatMap((f, i) => (f.everywhere ? [i] : []));
  const chainOf = (topDir: string): readonly number[] => {
    let chain = chains.get(topDir);
    if (chain === undefined) {
      const slash = topDir.lastIndexOf('/');
      const parent = topDir === '' ? everywhere : chainOf(slash < 0 ? '' : topDir.slice(0, slash));
      const own = topDir === '' ? (filesAt.get('') ?? []) : (filesAt.get(topDir) ?? []);
      chain = own.length === 0 ? parent : [...parent, ...own];
      chains.set(topDir, chain);
    }
    return chain;
  };

  const singled = (dir: string, topDir: string, chain: readonly number[]): boolean => {
    const names = dir === ROOT ? [] : dir.split('/');
    if (names.some((n) => /[^\x20-\x7e]/.test(n))) return true;
    const inChain = new Set(chain);
    for (const name of names) if (filesMatchingName(name).some((i) => inChain.has(i))) return true;
    for (const i of chain) {
      const file = files[i] as (typeof files)[number];
      if (file.rules.paths.size === 0) continue;
      // Directories at or above the project root and the rule file's own are the same for
      // every directory asked about; those below both are what could single this one out.
      const floor = file.dir.length > rootDir.length ? file.dir : rootDir;
      const subjects: string[] = [];
      let ancestor = topDir;
      while (ancestor !== floor && isBelow(ancestor, floor)) {
        subjects.push(below(ancestor, file.dir));
        const slash = ancestor.lastIndexOf('/');
        ancestor = slash < 0 ? '' : ancestor.slice(0, slash);
      }
      const here = below(topDir, file.dir);
      subjects.push(join(here, '__pycache__'), ...PROBE_NAMES.map(([, name]) => join(here, name)));
      if (subjects.some((s) => file.rules.paths.any(s))) return true;
    }
    return false;
  };

  const probes: Probe[] = [];
  const groups = new Map<string, string[]>();
  for (const dir of dirs) {
    const topDir = dir === ROOT ? rootDir : join(rootDir, dir);
    const chain = chainOf(topDir);
    // A .gitignore inside the probe's own __pycache__ speaks for that probe alone.
    if (filesAt.has(join(topDir, '__pycache__')) || singled(dir, topDir, chain)) {
      probes.push(...probesAt(dir, [dir]));
      continue;
    }
    const key = chain.join(',');
    const group = groups.get(key);
    if (group) group.push(dir);
    else groups.set(key, [dir]);
  }
  for (const members of groups.values()) probes.push(...probesAt(members[0] as string, members));
  return probes;
}

// A negation that names one bytecode file (`!keep.pyc`, `!vendor/keep.pyc`) decides no probe,
// since probes are named `mod.*`; it is found by asking git about a path the negation itself
// matches. The path is built from the pattern and checked with the exact matcher; git then
// says whether that line really decides it (a later line, or an excluded parent directory,
// may win). Only a pattern that can match a bytecode file by its own name gets one: a
// negated directory (`!build/`) re-includes what the probes in its source directories and
// the tracked bytecode already ask about.
//
// Bounded: git's check-ignore costs each path every line of the file, so a file of 20,000
// such negations must not become 40,000 more paths (minutes of git on a large file); a file
// with more than this many reports plenty already.
const MAX_WITNESSED_LINES = 200;
const MAX_WITNESS_BYTES = 4096;
// Preferred bytes for a bracket that must take one: readable. Only a literal '/' holds '/'.
const PREFERRED = utf8('cpoxyzmdab_0123456789-');
const SUFFIXES = ['', '.pyc'];

function pick(set: Uint8Array): number | null {
  for (const b of PREFERRED) if (set[b] === 1) return b;
  for (let b = 0x21; b < 0x7f; b++) if (set[b] === 1) return b;
  for (let b = 0x80; b < 0x100; b++) if (set[b] === 1) return b;
  return null;
}

/** A string the tokens match, with every run filled by `fill` where it may take it. */
function fillTokens(tokens: readonly Token[], fill: string): string | null {
  const out: number[] = [];
  const fillBytes = utf8(fill);
  for (const token of tokens) {
    if (token.kind === 'one') {
      const b = pick(token.set);
      if (b === null) return null;
      out.push(b);
    } else if (token.kind === 'many' && fillBytes.every((b) => token.set[b] === 1)) {
      out.push(...fillBytes);
    }
    // `**​/` is filled with no directory at all.
  }
  return Buffer.from(out).toString('utf8');
}

/** A path below the rule file's directory that the negation matches and that is bytecode, or null. */
function witnessOf(rule: IgnoreRule): string | null {
  // No file on disk has a longer path; and a witness is as long as its pattern, which the
  // matcher then reads in time proportional to both.
  if (rule.pattern.length > MAX_WITNESS_BYTES) return null;
  let body = rule.pattern;
  if (!rule.basename && body[0] === 0x2f) body = body.subarray(1);
  const tokens = wildmatchTokens(body);
  if (tokens === null) return null;
  for (const fill of ['mod', '']) {
    const filled = fillTokens(tokens, fill);
    if (filled === null) continue;
    for (const suffix of SUFFIXES) {
      const path = filled + suffix;
      if (classify(path) === null) continue;
      if (rule.matches(utf8(path), false)) return path;
    }
  }
  return null;
}

/**
 * Paths (project-relative) to ask git about for the in-tree negations that could re-include
 * bytecode: one the negation matches where its file sits, and for a negation without a '/'
 * (which matches at any depth) one in a directory below as well, so that allowing the one
 * file does not hide that the line re-includes the name everywhere.
 *
 * @param prefix the project root relative to the work tree top: '' or 'sub/dir/'
 */
export function negationWitnesses(prefix: string, inTree: readonly RuleText[]): string[] {
  const witnesses = new Set<string>();
  let lines = 0;
  for (const file of inTree) {
    for (const raw of file.text.replace(/^\uFEFF/, '').split('\n')) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (!line.startsWith('!')) continue;
      const rule = parseIgnoreLine(line);
      const found = rule === null ? null : witnessOf(rule);
      if (rule === null || found === null) continue;
      if (++lines > MAX_WITNESSED_LINES) return [...witnesses];
      const base = file.dir === '' ? '' : `${file.dir}/`;
      const candidates: string[] = [];
      if (rule.basename) {
        // Matches at any depth: where the file sits (or at the project root, if it sits above).
        const at = isBelow(prefix.replace(/\/$/, ''), file.dir) && prefix !== base ? prefix : base;
        candidates.push(at + found, `${at}sub/${found}`);
      } else {
        candidates.push(base + found);
      }
      for (const c of candidates) if (c.startsWith(prefix)) witnesses.add(c.slice(prefix.length));
    }
  }
  return [...witnesses];
}
