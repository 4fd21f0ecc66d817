import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { escapeHtml, htmlPath, shellQuote, showPath } from '../../src/report/text.ts';
import { forAll, type Random } from '../helpers/random.ts';

// What text.ts calls unsafe: C0, DEL, C1 and the Unicode line and paragraph separators.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const PIECES = [
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\0',
  '\x1b[31m',
  '\x7f',
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
  '%0A',
  '%25',
  '::',
  '::error::',
  '</table>',
  '<script>',
  '&amp;',
  '&',
  '<',
  '>',
  '|',
  '`',
  '$(id)',
  '${x}',
  '$',
  "'",
  '"',
  "\\'",
  '\\',
  '\\x41',
  '!',
  '#',
  '*',
  '?',
  '~',
  ' ',
  'a',
  'b.pyc',
  '/',
  '__pycache__',
  'é',
  'e\u0301',
  '€',
  '😀',
  '\ud800',
  '\udfff',
  '\ufeff',
  '-',
  '=',
];

function randomString(rng: Random): string {
  let out = '';
  for (let n = rng.int(12); n > 0; n--)
    out += rng.int(4) === 0 ? String.fromCharCode(rng.int(0x10000)) : rng.pick(PIECES);
  return out;
}

function decodeEntities(html: string): string {
  return html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

test('showPath: printable names unchanged, others one JSON line that parses back', () => {
  forAll(5000, (rng) => {
    const name = randomString(rng);
    const shown = showPath(name);
    assert.ok(!UNSAFE.test(shown), JSON.stringify(shown));
    // A byte that is not UTF-8 (a lone surrogate U+DC80–U+DCFF, see pathbytes.ts) shows as \xHH.
    const json = shown.replace(/\\(x[89a-f][0-9a-f]|[^])/g, (escape, e: string) =>
      e.length === 3 ? `\\udc${e.slice(1)}` : escape,
    );
    if (UNSAFE.test(name) || /\p{Cs}/u.test(name)) assert.equal(JSON.parse(json), name);
    else assert.equal(shown, name);
  });
});

test('escapeHtml and htmlPath leave no markup and no raw control character', () => {
  forAll(5000, (rng) => {
    const name = randomString(rng);
    const escaped = escapeHtml(name);
    assert.ok(!/[<>"']/.test(escaped), escaped);
    assert.ok(!/&(?!#\d+;)/.test(escaped), `a bare & in ${escaped}`);
    assert.equal(decodeEntities(escaped), name);
    const html = htmlPath(name);
    assert.ok(html.startsWith('<code>') && html.endsWith('</code>'));
    const inner = html.slice('<code>'.length, -'</code>'.length);
    assert.ok(!/[<>]/.test(inner) && !UNSAFE.test(inner), inner);
    assert.equal(decodeEntities(inner), showPath(name));
  });
});

/** Runs one script that prints every word followed by NUL, and returns what each printed. */
function echo(shell: readonly string[], words: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const script = words.map((w) => `printf '%s\\000' ${w}`).join('\n');
  const out = execFileSync(shell[0] ?? 'sh', [...shell.slice(1), script], { env, maxBuffer: 64 << 20 });
  const printed: string[] = [];
  let start = 0;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === 0) {
      printed.push(out.subarray(start, i).toString('utf8'));
      start = i + 1;
    }
  }
  return printed;
}

function shellCases(): { all: string[]; plain: string[] } {
  const all: string[] = ['plain.pyc', "it's", 'a\u0085b', 'a\u2028b', '-rf', '\u009b[2J', 'x\\', "'", ''];
  forAll(1, (rng) => {
    while (all.length < 600) {
      const name = randomString(rng);
      // No path holds a NUL, and a lone surrogate has no UTF-8 form for the shell to print.
      if (!name.includes('\0') && !/\p{Cs}/u.test(name)) all.push(name);
    }
  });
  return { all, plain: all.filter((n) => !UNSAFE.test(n)) };
}

test('shellQuote never leaves a raw control character in the shown command', () => {
  forAll(5000, (rng) => {
    const quoted = shellQuote(randomString(rng));
    assert.ok(!UNSAFE.test(quoted), quoted);
  });
});

test('shellQuote round-trips through /bin/sh (single-quoted words) and bash in any locale', () => {
  const { all, plain } = shellCases();
  assert.deepEqual(echo(['/bin/sh', '-c'], plain.map(shellQuote)), plain);
  // $'…' is in POSIX only since 2024: dash before 0.5.13 (Debian 12's /bin/sh) prints it
  // literally, so the words with control characters are checked where the shell has it.
  const dollarQuotes = echo(['/bin/sh', '-c'], ["$'a\\x41'"])[0] === 'aA';
  if (dollarQuotes) assert.deepEqual(echo(['/bin/sh', '-c'], all.map(shellQuote)), all);
  assert.deepEqual(echo(['bash', '-c'], all.map(shellQuote)), all);
  assert.deepEqual(
    echo(['bash', '-c'], all.map(shellQuote), { ...process.env, LC_ALL: 'C' }),
    all,
    'no \\u escapes, which need a UTF-8 locale',
  );
});
