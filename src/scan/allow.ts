// The `allow` globs. A pattern matches a path, or any directory above it, so `tests/fixtures`
// and `tests/fixtures/**` both allow everything below that folder.

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

export function globToRegExp(glob: string): RegExp {
  const pattern = glob.replace(/^\.\//, '').replace(/\/+$/, '');
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        const atEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more whole directories; a trailing `**` anything below.
          if (i + 2 === pattern.length) out += '.*';
          else out += '(?:[^/]*/)*';
          i += pattern[i + 2] === '/' ? 2 : 1;
          continue;
        }
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/\//g, '')}]`;
      i = close;
    } else if (c === '\\' && i + 1 < pattern.length) {
      out += escapeRegExp(pattern[++i] ?? '');
    } else {
      out += escapeRegExp(c);
    }
  }
  return new RegExp(`^${out}(?:/.*)?$`, 's');
}

export type AllowMatcher = (path: string) => string | null;

/** Returns, for a path, the first allow pattern that matches it, or null. */
export function allowMatcher(globs: readonly string[]): AllowMatcher {
  const compiled = globs.map((glob) => ({ glob, re: globToRegExp(glob) }));
  return (path) => compiled.find(({ re }) => re.test(path))?.glob ?? null;
}
