// Writes src/check/magic.ts from data/pyc-magic.tsv, so the decoder's table cannot drift
// from the researched one. `--check` fails instead of writing when they differ (CI runs it).
//
// Table columns: magic, magic_hex_on_disk, version, final, implementation.
// data/pyc-magic.md says where the rows come from; data/pyc-format.md describes the header.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const TABLE_PATH = 'data/pyc-magic.tsv';
export const MODULE_PATH = 'src/check/magic.ts';
const COMMAND = 'node scripts/gen-magic.ts';

type Implementation = 'cpython' | 'pypy' | 'graalpy';

interface Row {
  readonly line: number;
  readonly magic: number;
  readonly implementation: Implementation;
  readonly version: string;
  readonly final: boolean;
  /** Bytes 2 and 3 as a little-endian number: 0x0a0d (CR LF) for every number since 1.3. */
  readonly trailer: number;
}

const CRLF = 0x0a0d;
// Python 1.0–1.2 wrote a 32-bit magic 0x00999902/3: the bytes after the 16-bit number are 99 00.
const OLD_TRAILER = 0x0099;

const HEADER = ['magic', 'magic_hex_on_disk', 'version', 'final', 'implementation'];

// CPython 3.5.0 and 3.5.1 shipped 3350 (the table's "3.5b3"); only 3.5.2 bumped it to 3351.
// Calling those files pre-release would be wrong, so 3350 counts as a released 3.5 number.
const RELEASED_DESPITE_TABLE: ReadonlyMap<number, string> = new Map([[3350, '3.5']]);

function fail(message: string): never {
  throw new Error(`${TABLE_PATH}: ${message}`);
}

function parseRow(cells: string[], line: number): Row {
  if (cells.length !== HEADER.length) fail(`line ${line}: ${cells.length} columns, expected ${HEADER.length}`);
  const [magicText = '', hex = '', label = '', finalText = '', impl = ''] = cells;
  if (!/^\d{1,5}$/.test(magicText) || Number(magicText) > 0xffff)
    fail(`line ${line}: magic '${magicText}' is not a 16-bit number`);
  const magic = Number(magicText);
  // The hex column is what a reader would grep a file for; a typo there would mean the number is
  // wrong too, so the two must agree.
  const trailer = hex.toLowerCase().endsWith('9900') ? OLD_TRAILER : CRLF;
  const onDisk = [magic & 0xff, magic >> 8, trailer & 0xff, trailer >> 8]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  if (hex.toLowerCase() !== onDisk) fail(`line ${line}: magic ${magic} is ${onDisk} on disk, the table says '${hex}'`);
  if (impl !== 'cpython' && impl !== 'pypy' && impl !== 'graalpy')
    fail(`line ${line}: unknown implementation '${impl}'`);
  if (trailer !== CRLF && !(impl === 'cpython' && label.startsWith('1.')))
    fail(`line ${line}: only Python 1.0–1.2 wrote a magic not followed by CR LF`);
  if (finalText !== 'yes' && finalText !== 'no') fail(`line ${line}: final is '${finalText}', expected yes or no`);
  if (!/^\d+(\.\d+)*[a-z0-9.-]*(\/\d+\.\d+)?$/.test(label)) fail(`line ${line}: odd version label '${label}'`);
  return { line, magic, implementation: impl, trailer, ...entryFor(magic, impl, label, finalText === 'yes') };
}

// `final` in the generated module means "a released interpreter writes this number", which is
// what a reader of the summary wants to know. The table's final column means "last number for
// that minor", which is the same thing for CPython (apart from 3350) but not for PyPy: PyPy
// bumped its number within a language version across releases (3.9: 320 in 7.3.8, then 336),
// and its table labels already say which rows only ever lived on a development branch ('-dev').
// GraalPy's numbers (21000 + 10 × its bytecode version) are each written by released GraalPy
// versions; one (21290) by two, for two language versions, which its label '3.11/3.12' says.
function entryFor(
  magic: number,
  impl: Implementation,
  label: string,
  tableFinal: boolean,
): { version: string; final: boolean } {
  if (impl === 'pypy') return { version: label, final: !label.endsWith('-dev') };
  if (impl === 'graalpy') return { version: label, final: true };
  // Python 1.1 and 1.2 shared a number: the label names both.
  if (label.includes('/')) return { version: label, final: tableFinal };
  const override = RELEASED_DESPITE_TABLE.get(magic);
  if (override !== undefined) return { version: override, final: true };
  if (!tableFinal) return { version: label, final: false };
  // A final row's label names the pre-release that introduced the number ('3.11b4'); the
  // releases of that minor are what write it, so the label becomes the minor ('3.11').
  const minor = /^(\d+\.\d+)/.exec(label)?.[1];
  if (minor === undefined) fail(`final row for ${magic} has no major.minor in '${label}'`);
  return { version: minor, final: true };
}

export function parseTable(tsv: string): Row[] {
  const lines = tsv.split(/\r?\n/);
  if (lines[0]?.split('\t').join(',') !== HEADER.join(',')) fail(`first line must be the header ${HEADER.join('\\t')}`);
  const rows: Row[] = [];
  const seen = new Map<number, Row>();
  lines.slice(1).forEach((text, i) => {
    if (text.trim() === '') return;
    const row = parseRow(text.split('\t'), i + 2);
    // Duplicates are refused rather than merged: the decoder sees nothing but the 16-bit number,
    // so a number claimed twice (say by PyPy and CPython) needs a person to decide which
    // interpreter a file with it most likely came from, and to say so in the table. The table
    // as researched has none: PyPy3 numbers are multiples of 16 below 3000 and PyPy2's sit in
    // unused gaps after CPython 2.7's 62211.
    const earlier = seen.get(row.magic);
    if (earlier !== undefined) {
      fail(
        `magic ${row.magic} appears on lines ${earlier.line} (${earlier.implementation} ${earlier.version}) and ${row.line} (${row.implementation} ${row.version})`,
      );
    }
    seen.set(row.magic, row);
    rows.push(row);
  });
  if (rows.length === 0) fail('no rows');
  return rows;
}

/** The CPython minor ('3.7', '2.5') a row belongs to; the py3k development rows ('3000') are 3.0's. */
function minorOf(row: Row): string | null {
  if (row.implementation !== 'cpython') return null;
  if (row.version === '3000') return '3.0';
  return /^(\d+\.\d+)/.exec(row.version)?.[1] ?? null;
}

// "Starting with Python 3.11, Python 3.n starts with magic number 2900+50n" (CPython's
// Lib/importlib/_bootstrap_external.py since 3.11): fifty numbers a minor.
const RESERVED_FROM_MINOR = 11;

/**
 * For each CPython minor, the numbers its pre-releases may have used: from 3.11 on the fifty
 * CPython reserves (up to the minor after the newest one in the table); before that, from the
 * minor's first listed number to just below the next minor's (the span PC/launcher.c gave
 * each), or only its own listed numbers where that gap is wide (1.x–2.2 jumped by thousands).
 */
export function prereleaseRanges(rows: readonly Row[]): [number, number, string][] {
  const byMinor = new Map<string, { min: number; max: number }>();
  for (const row of rows) {
    const minor = minorOf(row);
    if (minor === null || minor.startsWith('1.')) continue;
    const r = byMinor.get(minor);
    if (r === undefined) byMinor.set(minor, { min: row.magic, max: row.magic });
    else byMinor.set(minor, { min: Math.min(r.min, row.magic), max: Math.max(r.max, row.magic) });
  }
  const ranges: [number, number, string][] = [];
  const minors = [...byMinor].sort((a, b) => a[1].min - b[1].min);
  let newest3 = 0;
  minors.forEach(([minor, { min, max }], i) => {
    const [major, n] = minor.split('.').map(Number) as [number, number];
    if (major === 3) newest3 = Math.max(newest3, n);
    if (major === 3 && n >= RESERVED_FROM_MINOR) return;
    const next = minors[i + 1];
    const sameMajor = next !== undefined && next[0].split('.')[0] === String(major);
    const to = sameMajor && next[1].min - min <= 60 ? next[1].min - 1 : max;
    ranges.push([min, to, minor]);
  });
  for (let n = RESERVED_FROM_MINOR; n <= newest3 + 1; n++) ranges.push([2900 + 50 * n, 2949 + 50 * n, `3.${n}`]);
  return ranges.sort((a, b) => a[0] - b[0]);
}

export function renderModule(tsv: string): string {
  const ORDER: Implementation[] = ['cpython', 'pypy', 'graalpy'];
  const rows = parseTable(tsv).sort((a, b) =>
    a.implementation === b.implementation
      ? a.magic - b.magic
      : ORDER.indexOf(a.implementation) - ORDER.indexOf(b.implementation),
  );
  const body: string[] = [];
  let group: Implementation | null = null;
  for (const row of rows) {
    if (row.implementation !== group) {
      group = row.implementation;
      body.push(`  // ${group}`);
    }
    body.push(
      `  [${row.magic}, entry('${row.implementation}', '${row.version}', ${row.final}${row.trailer === CRLF ? '' : `, 0x${row.trailer.toString(16).padStart(4, '0')}`})],`,
    );
  }
  const ranges = prereleaseRanges(rows).map(([from, to, minor]) => `  [${from}, ${to}, '${minor}'],`);
  return `// GENERATED FILE, do not edit. Written by \`${COMMAND}\` (npm run gen:magic) from ${TABLE_PATH};
// \`${COMMAND} --check\` fails when this file differs from what the table gives.

export type Implementation = 'cpython' | 'pypy' | 'graalpy';

export interface MagicEntry {
  readonly implementation: Implementation;
  /**
   * The minor version whose releases write the number ('3.11', '2.7'), or for numbers only
   * pre-releases wrote, the table's label for the pre-release that introduced it ('3.12a1').
   * PyPy's and GraalPy's are the Python language version they implement ('3.9'), PyPy's with
   * '-dev' for numbers only development branches used; '3.11/3.12' where one number serves two.
   */
  readonly version: string;
  /** A released interpreter writes this number (false: only alphas, betas or dev branches did). */
  readonly final: boolean;
  /** Bytes 2 and 3 (little-endian): CR LF (0x0a0d) for all but Python 1.0–1.2 (0x0099). */
  readonly trailer: number;
}

const entry = (implementation: Implementation, version: string, final: boolean, trailer = 0x0a0d): MagicEntry =>
  Object.freeze({ implementation, version, final, trailer });

/** The 16-bit magic number (little-endian, before \`0d 0a\`, at the start of a .pyc) to who writes it. */
export const MAGIC: ReadonlyMap<number, MagicEntry> = new Map<number, MagicEntry>([
${body.join('\n')}
]);

/**
 * [first, last, minor]: the numbers each CPython minor's pre-releases may use, so a number the
 * table does not list still names its minor ('3.15', never final). From 3.11 on CPython reserves
 * 2900+50n to 2949+50n for 3.n; earlier spans run up to the next minor's first number.
 */
export const PRERELEASE_RANGES: readonly (readonly [number, number, string])[] = [
${ranges.join('\n')}
];
`;
}

// Compared as paths so a checkout under a directory with spaces still runs.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const modulePath = `${root}${MODULE_PATH}`;
  const next = renderModule(readFileSync(`${root}${TABLE_PATH}`, 'utf8'));
  let current: string | null;
  try {
    current = readFileSync(modulePath, 'utf8');
  } catch {
    current = null;
  }
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error(`${MODULE_PATH} is not what ${TABLE_PATH} gives: run 'npm run gen:magic' and commit.`);
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(modulePath, next);
    console.log(`${MODULE_PATH} written from ${TABLE_PATH}`);
  }
}
