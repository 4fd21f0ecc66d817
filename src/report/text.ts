// Making untrusted file names safe in each place they are shown. A name may hold newlines,
// `::`, `%`, HTML or Markdown: none of it may become a workflow command or markup.

import { escapedByte } from '../pathbytes.ts';

// C0 controls, DEL, C1 controls and the Unicode line/paragraph separators; and (in `u` mode,
// unpaired only) the lone surrogates that stand for bytes of a name that is not UTF-8.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]/u;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * The name as is when it is printable, else a JSON-quoted form with escapes (like git's
 * quoting), each byte that is not UTF-8 as `\xHH`.
 */
export function showPath(path: string): string {
  if (!UNSAFE.test(path)) return path;
  // JSON.stringify leaves DEL, C1 controls and U+2028/9 raw; escape every unsafe character.
  const quoted = path.split(/([\ud800-\udfff])/u).map((piece, i) => {
    if (i % 2 === 0)
      return JSON.stringify(piece)
        .slice(1, -1)
        .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const byte = escapedByte(piece);
    return byte === null ? `\\u${piece.charCodeAt(0).toString(16)}` : `\\x${byte.toString(16)}`;
  });
  return `"${quoted.join('')}"`;
}

// Summary text only ever sits inside HTML blocks, where GitHub reads no Markdown: HTML's own
// metacharacters are all that can change meaning there.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** HTML for a path: quoted when unprintable, then escaped; never a raw newline. */
export function htmlPath(path: string): string {
  return `<code>${escapeHtml(showPath(path))}</code>`;
}

/** A POSIX shell word for the path: single quotes, or $'…' when it holds control characters. */
export function shellQuote(path: string): string {
  if (/^[A-Za-z0-9_./@%+=:,-]+$/.test(path)) return path;
  if (!UNSAFE.test(path)) return `'${path.replace(/'/g, `'\\''`)}'`;
  let out = "$'";
  for (const ch of path) {
    if (ch === "'" || ch === '\\') out += `\\${ch}`;
    // The UTF-8 bytes git stores, one \xHH each: `\x85` alone is the byte 0x85, not U+0085, and
    // bash prints `\u2028` literally when the locale is not UTF-8 (LC_ALL=C).
    else if (escapedByte(ch) !== null) out += `\\x${(escapedByte(ch) as number).toString(16)}`;
    else if (UNSAFE.test(ch)) for (const b of Buffer.from(ch, 'utf8')) out += `\\x${b.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
