import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { escapeHtml, htmlPath, shellQuote, showPath } from '../../src/report/text.ts';

test('showPath quotes only unprintable names', () => {
  assert.equal(showPath('a/b c/ü.pyc'), 'a/b c/ü.pyc');
  assert.equal(showPath('a\n::error::x.pyc'), '"a\\n::error::x.pyc"');
  assert.equal(showPath('a\u2028b'), '"a\u2028b"'.replace('\u2028', '\\u2028'));
});

test('HTML paths carry no markup and no raw newline', () => {
  const html = htmlPath('<img src=x onerror=alert(1)>\n\n# | `x` *y*.pyc');
  assert.ok(!/[<>]/.test(html.slice('<code>'.length, -'</code>'.length)));
  assert.ok(!html.includes('\n'));
  assert.equal(escapeHtml('a&b'), 'a&#38;b');
});

test('shell quoting round-trips through bash', () => {
  for (const name of [
    'plain.pyc',
    'with space.pyc',
    "it's.pyc",
    'new\nline.pyc',
    'tab\t%0A::x$(id)`id`.pyc',
    'ü/€.pyc',
    'a\u2028b',
  ]) {
    const echoed = execFileSync('bash', ['-c', `printf '%s' ${shellQuote(name)}`], { encoding: 'utf8' });
    assert.equal(echoed, name, JSON.stringify(name));
  }
});
