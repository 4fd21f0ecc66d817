// Glob matching for gitignore patterns without backtracking. A pattern comes from a
// .gitignore the pull request controls and a path from names it controls, so matching must
// take time linear in the path whatever the pattern: a RegExp built from `*a*a*a*…b` ran for
// minutes on a 40-character name. A pattern is compiled to a list of tokens, each a set of
// bytes taken once or many times, and run as an NFA over a set of states: at most
// (tokens × bytes) steps, never a retry.
//
// Two compilations share the engine: `wildmatch` follows git's wildmatch.c with WM_PATHNAME
// (what git uses for .gitignore patterns) exactly, on UTF-8 bytes; probes.ts builds its own
// looser tokens that match everything git could match.

export type Token =
  /** One byte from the set. */
  | { readonly kind: 'one'; readonly set: Uint8Array }
  /** Any number of bytes from the set, none included. */
  | { readonly kind: 'many'; readonly set: Uint8Array }
  /** `**​/`: nothing, or any bytes ending in '/'. */
  | { readonly kind: 'dirs' };

const SLASH = 0x2f;

export function byteSet(test: (byte: number) => boolean): Uint8Array {
  const set = new Uint8Array(256);
  for (let b = 0; b < 256; b++) set[b] = test(b) ? 1 : 0;
  return set;
}

export const ANY_BYTE = byteSet(() => true);

// One shared set per byte: a long pattern must not allocate 256 bytes for each of its own.
const SINGLES: Uint8Array[] = [];
function single(byte: number): Uint8Array {
  return (SINGLES[byte] ??= byteSet((b) => b === byte));
}
const NOT_SLASH = byteSet((b) => b !== SLASH);

/** A matcher for the tokens: true when the whole subject matches, in O(tokens × subject) time. */
export function tokenMatcher(tokens: readonly Token[]): (subject: Uint8Array) => boolean {
  const n = tokens.length;
  // States 0..n: about to match token i (n: done). States n+1+i: inside token i's `**​/`.
  const size = 2 * n + 1;
  // A subject shorter than the bytes the pattern must take cannot match: a pattern far longer
  // than any path is rejected without running it.
  const least = tokens.filter((t) => t.kind === 'one').length;
  return (subject) => {
    if (subject.length < least) return false;
    let current = new Uint8Array(size);
    let next = new Uint8Array(size);
    const close = (set: Uint8Array): void => {
      // Tokens that can match nothing let the state slide forward; in order, so one pass.
      for (let i = 0; i < n; i++) {
        const kind = (tokens[i] as Token).kind;
        if (set[i] === 1 && kind !== 'one') set[i + 1] = 1;
      }
    };
    current[0] = 1;
    close(current);
    for (const byte of subject) {
      next.fill(0);
      let any = false;
      for (let i = 0; i < n; i++) {
        const token = tokens[i] as Token;
        if (current[i] === 1) {
          if (token.kind === 'one') {
            if (token.set[byte] === 1) next[i + 1] = 1;
          } else if (token.kind === 'many') {
            if (token.set[byte] === 1) next[i] = 1;
          } else {
            next[n + 1 + i] = 1;
            if (byte === SLASH) next[i + 1] = 1;
          }
        }
        if (token.kind === 'dirs' && current[n + 1 + i] === 1) {
          next[n + 1 + i] = 1;
          if (byte === SLASH) next[i + 1] = 1;
        }
      }
      close(next);
      for (let s = 0; s < size && !any; s++) any = next[s] === 1;
      if (!any) return false;
      [current, next] = [next, current];
    }
    return current[n] === 1;
  };
}

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

const isUpper = (b: number): boolean => b >= 0x41 && b <= 0x5a;
const isLower = (b: number): boolean => b >= 0x61 && b <= 0x7a;
const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;
const isAlpha = (b: number): boolean => isUpper(b) || isLower(b);
const isSpace = (b: number): boolean => b === 0x20 || (b >= 0x09 && b <= 0x0d);
const isPrint = (b: number): boolean => b >= 0x20 && b <= 0x7e;
const isGraph = (b: number): boolean => b > 0x20 && b <= 0x7e;

// The character classes of wildmatch.c (C locale: ASCII only).
const CLASSES: Readonly<Record<string, (b: number) => boolean>> = {
  alnum: (b) => isAlpha(b) || isDigit(b),
  alpha: isAlpha,
  blank: (b) => b === 0x20 || b === 0x09,
  cntrl: (b) => b < 0x20 || b === 0x7f,
  digit: isDigit,
  graph: isGraph,
  lower: isLower,
  print: isPrint,
  punct: (b) => isGraph(b) && !isAlpha(b) && !isDigit(b),
  space: isSpace,
  upper: isUpper,
  xdigit: (b) => isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66),
};

/**
 * Compiles a gitignore pattern (after git strips `!`, the leading and trailing '/' and
 * trailing spaces) as wildmatch.c reads it with WM_PATHNAME. Returns null for a pattern that
 * can match nothing (an unclosed bracket, an unknown `[:class:]`, a trailing backslash).
 */
export function wildmatchTokens(pattern: Uint8Array, start = 0): Token[] | null {
  const tokens: Token[] = [];
  const p = pattern;
  const at = (i: number): number => (i < p.length ? (p[i] as number) : 0);
  let i = start;
  while (i < p.length) {
    const c = at(i);
    if (c === 0x5c) {
      // A backslash takes the next byte literally; at the end it matches nothing.
      if (i + 1 >= p.length) return null;
      const literal = at(i + 1);
      tokens.push({ kind: 'one', set: single(literal) });
      i += 2;
    } else if (c === 0x3f) {
      tokens.push({ kind: 'one', set: NOT_SLASH });
      i++;
    } else if (c === 0x2a) {
      const first = i;
      while (at(i) === 0x2a) i++;
      const double = i - first >= 2;
      const before = first === start || at(first - 1) === SLASH;
      const afterEnd = i >= p.length;
      const afterSlash = at(i) === SLASH || (at(i) === 0x5c && at(i + 1) === SLASH);
      if (double && before && (afterEnd || afterSlash)) {
        // `**​/` may also match no directory at all; `**\/` (an escaped slash) may not.
        if (at(i) === SLASH) {
          tokens.push({ kind: 'dirs' });
          i++;
        } else {
          tokens.push({ kind: 'many', set: ANY_BYTE });
        }
      } else if (tokens.at(-1)?.kind !== 'many') {
        tokens.push({ kind: 'many', set: NOT_SLASH });
      }
    } else if (c === 0x5b) {
      const parsed = bracket(p, i);
      if (parsed === null) return null;
      tokens.push({ kind: 'one', set: parsed.set });
      i = parsed.end;
    } else {
      tokens.push({ kind: 'one', set: single(c) });
      i++;
    }
  }
  return tokens;
}

/** wildmatch.c's bracket expression opened at `open`: its byte set (never '/') and the index past ']'. */
function bracket(p: Uint8Array, open: number): { set: Uint8Array; end: number } | null {
  const at = (i: number): number => (i < p.length ? (p[i] as number) : 0);
  const set = new Uint8Array(256);
  let i = open + 1;
  let ch = at(i);
  if (ch === 0x5e) ch = 0x21;
  const negated = ch === 0x21;
  if (negated) ch = at(++i);
  let prev = 0;
  do {
    if (ch === 0) return null;
    if (ch === 0x5c) {
      ch = at(++i);
      if (ch === 0) return null;
      set[ch] = 1;
    } else if (ch === 0x2d && prev !== 0 && at(i + 1) !== 0 && at(i + 1) !== 0x5d) {
      ch = at(++i);
      if (ch === 0x5c) {
        ch = at(++i);
        if (ch === 0) return null;
      }
      for (let b = prev; b <= ch; b++) set[b] = 1;
      ch = 0;
    } else if (ch === 0x5b && at(i + 1) === 0x3a) {
      const s = i + 2;
      let j = s;
      while (at(j) !== 0 && at(j) !== 0x5d) j++;
      if (at(j) === 0) return null;
      if (j - s - 1 < 0 || at(j - 1) !== 0x3a) {
        // No ":]": a plain '[' in the set, and the scan resumes after it.
        set[0x5b] = 1;
        ch = 0x5b;
      } else {
        const name = String.fromCharCode(...p.subarray(s, j - 1));
        const test = Object.hasOwn(CLASSES, name) ? CLASSES[name] : undefined;
        if (test === undefined) return null;
        for (let b = 0; b < 256; b++) if (test(b)) set[b] = 1;
        i = j;
        ch = 0;
      }
    } else {
      set[ch] = 1;
    }
    prev = ch;
    ch = at(++i);
  } while (ch !== 0x5d);
  const out = new Uint8Array(256);
  for (let b = 0; b < 256; b++) out[b] = (set[b] === 1) !== negated && b !== SLASH ? 1 : 0;
  return { set: out, end: i + 1 };
}

/** A matcher with git's wildmatch (WM_PATHNAME, case-sensitive) semantics; never matches for an invalid pattern. */
export function wildmatch(pattern: string | Uint8Array): (subject: string | Uint8Array) => boolean {
  const tokens = wildmatchTokens(typeof pattern === 'string' ? utf8(pattern) : pattern);
  if (tokens === null) return () => false;
  const run = tokenMatcher(tokens);
  return (subject) => run(typeof subject === 'string' ? utf8(subject) : subject);
}

/** One line of a rule file as git's dir.c reads it. */
export interface IgnoreRule {
  readonly negated: boolean;
  /** Written with a trailing '/': matches directories only. */
  readonly mustBeDir: boolean;
  /** No '/' in it: matches the last name of a path at any depth below the file's directory. */
  readonly basename: boolean;
  /** The pattern without '!' and the trailing '/', as git keeps it. */
  readonly pattern: Uint8Array;
  /** Whether it matches `path` (relative to the rule file's directory), a directory or not. */
  matches(path: Uint8Array, isDir: boolean): boolean;
}

/** dir.c's trim_trailing_spaces: spaces at the end go unless a backslash escapes one. */
export function trimTrailingSpaces(line: string): string {
  let lastSpace = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ') {
      if (lastSpace < 0) lastSpace = i;
    } else if (c === '\\') {
      i++;
      if (i >= line.length) return line;
      lastSpace = -1;
    } else {
      lastSpace = -1;
    }
  }
  return lastSpace < 0 ? line : line.slice(0, lastSpace);
}

/** The length of the pattern's start before any of `*?[\`. */
function simpleLength(p: Uint8Array): number {
  let i = 0;
  while (i < p.length && p[i] !== 0x2a && p[i] !== 0x3f && p[i] !== 0x5b && p[i] !== 0x5c) i++;
  return i;
}

function startsWith(text: Uint8Array, at: number, literal: Uint8Array, from: number, length: number): boolean {
  if (at + length > text.length) return false;
  for (let k = 0; k < length; k++) if (text[at + k] !== literal[from + k]) return false;
  return true;
}

/**
 * Compiles one line of a rule file (already without its line end; trailing spaces are
 * trimmed here), or null for a comment or a blank line. Case-sensitive, as git is unless
 * core.ignoreCase is set.
 */
export function parseIgnoreLine(line: string): IgnoreRule | null {
  if (line === '' || line.startsWith('#')) return null;
  let text = trimTrailingSpaces(line);
  const negated = text.startsWith('!');
  if (negated) text = text.slice(1);
  let pattern = utf8(text);
  const mustBeDir = pattern.length > 0 && pattern[pattern.length - 1] === SLASH;
  if (mustBeDir) pattern = pattern.subarray(0, pattern.length - 1);
  const basename = !pattern.includes(SLASH);
  let prefix = Math.min(simpleLength(pattern), pattern.length);

  let matchName: (name: Uint8Array) => boolean;
  if (basename) {
    const tokens = prefix === pattern.length ? null : wildmatchTokens(pattern);
    const run = tokens === null ? null : tokenMatcher(tokens);
    const literal = pattern;
    matchName = (name) => {
      const slash = name.lastIndexOf(SLASH);
      const last = name.subarray(slash + 1);
      if (prefix === literal.length)
        return last.length === literal.length && startsWith(last, 0, literal, 0, literal.length);
      return run !== null && run(last);
    };
  } else {
    // match_pathname: a leading '/' only anchors (a slash anywhere does); the literal start
    // is compared first and the rest matched as a pattern of its own, which is how git reads
    // `ab**/c` (its `**` counts as at the start).
    let body = pattern;
    if (body[0] === SLASH) {
      body = body.subarray(1);
      prefix--;
    }
    const rest = wildmatchTokens(body, prefix);
    const run = rest === null ? null : tokenMatcher(rest);
    const lead = body;
    const leadLength = prefix;
    matchName = (name) => {
      if (leadLength > 0) {
        if (leadLength > name.length || !startsWith(name, 0, lead, 0, leadLength)) return false;
        if (leadLength === lead.length && leadLength === name.length) return true;
      }
      return run !== null && run(name.subarray(leadLength));
    };
  }
  return { negated, mustBeDir, basename, pattern, matches: (path, isDir) => (!mustBeDir || isDir) && matchName(path) };
}

/**
 * What git decides for a file at `path` (relative to the rules' directory) from one rule
 * file: the last rule that matches a directory on the way (only a rule that excludes a
 * directory counts there, as nothing below it can be re-included) or the file itself.
 * Returns the index of the deciding rule, or -1.
 */
export function decidingRule(rules: readonly (IgnoreRule | null)[], path: string): number {
  const bytes = utf8(path);
  const last = (subject: Uint8Array, isDir: boolean): number => {
    for (let i = rules.length - 1; i >= 0; i--) if (rules[i]?.matches(subject, isDir)) return i;
    return -1;
  };
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== SLASH) continue;
    const hit = last(bytes.subarray(0, i), true);
    if (hit >= 0 && rules[hit]?.negated === false) return hit;
  }
  return last(bytes, false);
}
