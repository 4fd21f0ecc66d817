// What the fix writes, and where findings point, as pure functions. The fix appends and
// never rewrites: the user's bytes stay exactly as they were, line endings included.
import { GITIGNORE_COMMENT } from './audit.ts';

const LF = 0x0a;
const CR = 0x0d;

/** The file's own line ending, judged by its first line break; LF when it has none. */
function lineEnding(bytes: Uint8Array): '\r\n' | '\n' {
  const at = bytes.indexOf(LF);
  return at > 0 && bytes[at - 1] === CR ? '\r\n' : '\n';
}

function existingLines(bytes: Uint8Array): Set<string> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return new Set(text.split('\n').map((line) => line.replace(/\r$/, '')));
}

/** The patterns `appendRules` would append: those not already present as exact lines. */
export function rulesToAdd(existing: Uint8Array | null, patterns: readonly string[]): string[] {
  const present = existing === null ? new Set<string>() : existingLines(existing);
  return [...new Set(patterns)].filter((p) => !present.has(p));
}

/**
 * The new bytes of a .gitignore with the patterns appended, or null when every pattern is
 * already there. The exact-line test only keeps one run from repeating another's lines;
 * whether a rule is needed at all is for the audit (git) to say.
 */
export function appendRules(existing: Uint8Array | null, patterns: readonly string[]): Uint8Array | null {
  const adding = rulesToAdd(existing, patterns);
  if (adding.length === 0) return null;
  const before = existing ?? new Uint8Array(0);
  const eol = lineEnding(before);
  // Without a final line break the file's last rule would run into our comment; a file cut
  // between CR and LF needs only the LF to finish its line.
  const last = before[before.length - 1];
  const separator = last === undefined || last === LF ? '' : last === CR && eol === '\r\n' ? '\n' : eol;
  const block = Buffer.from(`${separator}${[GITIGNORE_COMMENT, ...adding].join(eol)}${eol}`, 'utf8');
  const out = new Uint8Array(before.length + block.length);
  out.set(before, 0);
  out.set(block, before.length);
  return out;
}

/**
 * The .gitignore that findings about missing rules point at, relative to the repository top.
 * The project's own file when it has one (or when the project is the repository top);
 * otherwise the repository top's, which is where such rules usually live. The fix ignores
 * this choice and always writes the project's own file, never one outside the project.
 *
 * @param prefix the project root relative to the repository top: '' at the top, else 'sub/dir/'
 */
export function annotationTarget(prefix: string, projectHasGitignore: boolean): string {
  const at = prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
  return at === '' || projectHasGitignore ? `${at}.gitignore` : '.gitignore';
}
