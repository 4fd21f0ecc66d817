// Writes src/scan/magic.ts from data/pyc-magic.tsv, so the decoder's table cannot drift
// from the researched one. `--check` fails instead of writing when they differ (CI runs it).
//
// Table columns: magic, magic_hex_on_disk, version, final, implementation.
// See data/pyc-format.md (the table's companion notes) for where the rows come from.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const TABLE_PATH = 'data/pyc-magic.tsv';
export const MODULE_PATH = 'src/scan/magic.ts';
const COMMAND = 'node scripts/gen-magic.ts';

type Implementation = 'cpython' | 'pypy';

interface Row {
  readonly line: number;
  readonly magic: number;
  readonly implementation: Implementation;
  readonly version: string;
  readonly final: boolean;
}

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
  if (!/^\d{1,5}$/.test(magicText) || Number(magicText) > 0xffff) fail(`line ${line}: magic '${magicText}' is not a 16-bit number`);
  const magic = Number(magicText);
  // The hex column is what a reader would grep a file for; a typo there would mean the number is
  // wrong too, so the two must agree.
  const onDisk = [magic & 0xff, magic >> 8, 0x0d, 0x0a].map((b) => b.toString(16).padStart(2, '0')).join('');
  if (hex.toLowerCase() !== onDisk) fail(`line ${line}: magic ${magic} is ${onDisk} on disk, the table says '${hex}'`);
  if (impl !== 'cpython' && impl !== 'pypy') fail(`line ${line}: unknown implementation '${impl}'`);
  if (finalText !== 'yes' && finalText !== 'no') fail(`line ${line}: final is '${finalText}', expected yes or no`);
  if (!/^\d+(\.\d+)*[a-z0-9.-]*$/.test(label)) fail(`line ${line}: odd version label '${label}'`);
  return { line, magic, implementation: impl, ...entryFor(magic, impl, label, finalText === 'yes') };
}

// `final` in the generated module means "a released interpreter writes this number", which is
// what a reader of the summary wants to know. The table's final column means "last number for
// that minor", which is the same thing for CPython (apart from 3350) but not for PyPy: PyPy
// bumped its number within a language version across releases (3.9: 320 in 7.3.8, then 336),
// and its table labels already say which rows only ever lived on a development branch ('-dev').
function entryFor(magic: number, impl: Implementation, label: string, tableFinal: boolean): { version: string; final: boolean } {
  if (impl === 'pypy') return { version: label, final: !label.endsWith('-dev') };
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
      fail(`magic ${row.magic} appears on lines ${earlier.line} (${earlier.implementation} ${earlier.version}) and ${row.line} (${row.implementation} ${row.version})`);
    }
    seen.set(row.magic, row);
    rows.push(row);
  });
  if (rows.length === 0) fail('no rows');
  return rows;
}

export function renderModule(tsv: string): string {
  const rows = parseTable(tsv).sort((a, b) => (a.implementation === b.implementation ? a.magic - b.magic : a.implementation === 'cpython' ? -1 : 1));
  const body: string[] = [];
  let group: Implementation | null = null;
  for (const row of rows) {
    if (row.implementation !== group) {
      group = row.implementation;
      body.push(`  // ${group}`);
    }
    body.push(`  [${row.magic}, entry('${row.implementation}', '${row.version}', ${row.final})],`);
  }
  return `// GENERATED FILE, do not edit. Written by \`${COMMAND}\` (npm run gen:magic) from ${TABLE_PATH};
// \`${COMMAND} --check\` fails when this file differs from what the table gives.

export type Implementation = 'cpython' | 'pypy';

export interface MagicEntry {
  readonly implementation: Implementation;
  /**
   * The minor version whose releases write the number ('3.11', '2.7'), or for numbers only
   * pre-releases wrote, the table's label for the pre-release that introduced it ('3.12a1').
   * PyPy's are the Python language version it implements ('3.9'), with '-dev' for numbers
   * only development branches used.
   */
  readonly version: string;
  /** A released interpreter writes this number (false: only alphas, betas or dev branches did). */
  readonly final: boolean;
}

const entry = (implementation: Implementation, version: string, final: boolean): MagicEntry =>
  Object.freeze({ implementation, version, final });

/** The 16-bit magic number (little-endian, before \`0d 0a\`, at the start of a .pyc) to who writes it. */
export const MAGIC: ReadonlyMap<number, MagicEntry> = new Map<number, MagicEntry>([
${body.join('\n')}
]);
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
