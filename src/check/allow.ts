// The `allow` globs. A pattern matches a path, or any directory above it, so `tests/fixtures`
// and `tests/fixtures/**` both allow everything below that folder.
//
// Paths come from the index of the commit under check, so whoever opens the pull request
// chooses them, at any length. Matching therefore never backtracks through a RegExp: a glob
// is cut into segments and matched in time proportional to the sizes multiplied (a RegExp for
// `*a*a*b` took minutes on a 10,000-character name). globToRegExp gives the same language as a
// RegExp, for reading and for tests.

type Token =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'star' }
  | {
      readonly kind: 'class';
      readonly negate: boolean;
      readonly items: readonly (readonly [from: string, to: string])[];
    }
  | { readonly kind: 'separator' }
  /** `**` as a whole segment: any number of directories. */
  | { readonly kind: 'globstar' };

// `[a-c]` is a range; a reversed one (`[z-a]`) matches nothing, as in git's wildmatch, instead
// of being a RegExp syntax error.
function classItems(body: string): [from: string, to: string][] {
  const items: [string, string][] = [];
  for (let j = 0; j < body.length; j++) {
    const from = body[j] ?? '';
    const to = body[j + 2];
    if (body[j + 1] === '-' && to !== undefined) {
      if (from <= to) items.push([from, to]);
      j += 2;
    } else {
      items.push([from, from]);
    }
  }
  return items;
}

function tokenize(glob: string): Token[] {
  const pattern = glob.replace(/^\.\//, '').replace(/\/+$/, '');
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        const atEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
        if (atStart && atEnd) {
          tokens.push({ kind: 'globstar' });
          if (pattern[i + 2] === '/') tokens.push({ kind: 'separator' });
          i += pattern[i + 2] === '/' ? 2 : 1;
          continue;
        }
      }
      // Two stars in a row are one: `[^/]*[^/]*` only adds ways to fail slowly.
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') {
      tokens.push({ kind: 'any' });
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        tokens.push({ kind: 'char', char: '[' });
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      tokens.push({ kind: 'class', negate, items: classItems(body) });
      i = close;
    } else if (c === '\\' && i + 1 < pattern.length) {
      const escaped = pattern[++i] ?? '';
      tokens.push(escaped === '/' ? { kind: 'separator' } : { kind: 'char', char: escaped });
    } else {
      tokens.push(c === '/' ? { kind: 'separator' } : { kind: 'char', char: c });
    }
  }
  return tokens;
}

/** The tokens between separators; a segment that is only `globstar` stands for any directories. */
function segmentsOf(tokens: readonly Token[]): Token[][] {
  const segments: Token[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'separator') segments.push([]);
    else segments.at(-1)?.push(token);
  }
  return segments;
}

// A class never matches '/': paths are matched a segment at a time.
function matchesOne(token: Token, char: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === char;
    case 'any':
      return true;
    case 'class':
      return token.items.some(([from, to]) => from <= char && char <= to) !== token.negate;
    default:
      return false;
  }
}

/** One segment of a glob against one path segment: stars backtrack only to the latest star. */
function matchSegment(tokens: readonly Token[], text: string): boolean {
  let t = 0;
  let p = 0;
  let star = -1;
  let starAt = 0;
  while (t < text.length) {
    const token = tokens[p];
    if (token !== undefined && token.kind === 'star') {
      star = p++;
      starAt = t;
    } else if (token !== undefined && matchesOne(token, text[t] ?? '')) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++starAt;
    } else {
      return false;
    }
  }
  while (tokens[p]?.kind === 'star') p++;
  return p === tokens.length;
}

const isGlobstar = (segment: readonly Token[]): boolean => segment.length === 1 && segment[0]?.kind === 'globstar';

/** A matcher for one glob, in time proportional to glob size times path size. */
export function globMatcher(glob: string): (path: string) => boolean {
  const segments = segmentsOf(tokenize(glob));
  return (path) => {
    const parts = path.split('/');
    const width = parts.length + 1;
    // matched[g * width + s]: glob segments from g on match path segments from s on (and the
    // rest of the path is below what they matched). Filled from the end, without recursion.
    const matched = new Uint8Array((segments.length + 1) * width);
    for (let s = 0; s <= parts.length; s++) matched[segments.length * width + s] = 1;
    for (let g = segments.length - 1; g >= 0; g--) {
      const segment = segments[g] ?? [];
      const last = g === segments.length - 1;
      for (let s = parts.length; s >= 0; s--) {
        let ok: boolean;
        if (isGlobstar(segment)) {
          // A trailing `**` is `.*` after a slash: at least one more (possibly empty) segment.
          ok = last
            ? s < parts.length
            : matched[(g + 1) * width + s] === 1 || (s < parts.length && matched[g * width + s + 1] === 1);
        } else {
          ok = s < parts.length && matched[(g + 1) * width + s + 1] === 1 && matchSegment(segment, parts[s] ?? '');
        }
        matched[g * width + s] = ok ? 1 : 0;
      }
    }
    return matched[0] === 1;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** The same language as globMatcher, as a RegExp (which may backtrack: not for untrusted paths). */
export function globToRegExp(glob: string): RegExp {
  const tokens = tokenize(glob);
  let out = '';
  tokens.forEach((token, i) => {
    switch (token.kind) {
      case 'globstar':
        out += i === tokens.length - 1 ? '.*' : '(?:[^/]*/)*';
        break;
      case 'separator':
        // `**/` already holds its slash.
        if (tokens[i - 1]?.kind !== 'globstar') out += '/';
        break;
      case 'star':
        out += '[^/]*';
        break;
      case 'any':
        out += '[^/]';
        break;
      case 'class': {
        const items = token.items
          .map(([from, to]) => (from === to ? escapeRegExp(from) : `${escapeRegExp(from)}-${escapeRegExp(to)}`))
          .join('');
        out += items === '' ? (token.negate ? '[^/]' : '[]') : `(?!/)[${token.negate ? '^' : ''}${items}]`;
        break;
      }
      case 'char':
        out += escapeRegExp(token.char);
        break;
    }
  });
  return new RegExp(`^${out}(?:/.*)?$`, 's');
}

export type AllowMatcher = (path: string) => string | null;

/** Returns, for a path, the first allow pattern that matches it, or null. */
export function allowMatcher(globs: readonly string[]): AllowMatcher {
  const compiled = globs.map((glob) => ({ glob, matches: globMatcher(glob) }));
  return (path) => compiled.find(({ matches }) => matches(path))?.glob ?? null;
}
