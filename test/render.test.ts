// The step summary as terminal text (scripts/render.ts), for `npm start`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { displayWidth, renderSummary } from '../scripts/render.ts';

describe('renderSummary', () => {
  test('underlines headings to their display width', () => {
    assert.equal(
      renderSummary('<h2>✅ Done</h2>\n<h4>How to fix</h4>'),
      '✅ Done\n=======\n\nHow to fix\n----------\n',
    );
  });

  test('lays tables out as aligned columns, with spanning rows left to overflow', () => {
    const html =
      '<table><thead><tr><th>File</th><th>Python</th><th>Notes</th></tr></thead><tbody>' +
      '<tr><td><code>pkg/__pycache__/m.cpython-311.pyc</code></td><td>CPython 3.11</td><td></td></tr>' +
      '<tr><td><code>a&amp;b &lt;c&gt;.pyc</code></td><td>—</td><td>sourceless</td></tr>' +
      '<tr><td colspan="3">… and 12 more files, listed in the <code>bytecode-files</code> output.</td></tr></tbody></table>';
    assert.equal(
      renderSummary(html),
      [
        'File                               Python        Notes',
        '---------------------------------  ------------  ----------',
        'pkg/__pycache__/m.cpython-311.pyc  CPython 3.11',
        'a&b <c>.pyc                        —             sourceless',
        '… and 12 more files, listed in the bytecode-files output.',
        '',
      ].join('\n'),
    );
  });

  test('keeps <pre> verbatim, decodes entities and collapses whitespace elsewhere', () => {
    const html =
      '<p>Run   from the\n  <b>root</b>&nbsp;&#x2014;&#8203;&copy;:</p>\n\n<pre lang="sh"><code>git rm --cached -- &#39;a b&#39;\n\n    indented &lt;kept&gt;</code></pre>';
    assert.equal(
      renderSummary(html),
      "Run from the root —\u200b©:\n\ngit rm --cached -- 'a b'\n\n    indented <kept>\n",
    );
  });

  test('shows what GitHub shows when a blank line ends an HTML block inside a <pre>', () => {
    // The <pre> does not start the block here, so the blank line hands the rest to Markdown.
    const html = '<p>Run:</p>\n<pre><code>first\n\n    second &lt;x&gt;</code></pre>';
    assert.equal(renderSummary(html), 'Run:\n\nfirst\nsecond &lt;x&gt;</code></pre>\n');
  });

  test('shows a <details> summary as a title over its indented content', () => {
    const html =
      '<details><summary>2 files allowed by <code>allow</code></summary>\n<ul><li>one</li><li>two<ol><li>nested</li></ol></li></ul>\n</details>';
    assert.equal(renderSummary(html), '▾ 2 files allowed by allow\n  - one\n  - two\n    1. nested\n');
  });

  test('reads Markdown, but leaves a block that starts with an HTML tag alone, as GitHub does', () => {
    const md = [
      '## Result *now*',
      '',
      'Some **bold**, `a  <code>` and [docs](https://example.com/x).',
      '',
      '| rule | exposed |',
      '|---|--:|',
      '| `__pycache__/` | root \\| pkg |',
      '',
      '- first',
      '- second',
      '',
      '```sh',
      'echo "*not* markdown"',
      '```',
      '',
      '<p>*still literal* 1. here',
      '- and here</p>',
    ].join('\n');
    assert.equal(
      renderSummary(md),
      [
        'Result now',
        '==========',
        '',
        'Some bold, a <code> and docs (https://example.com/x).',
        '',
        'rule          exposed',
        '------------  ----------',
        '__pycache__/  root | pkg',
        '',
        '- first',
        '- second',
        '',
        'echo "*not* markdown"',
        '',
        '*still literal* 1. here - and here',
        '',
      ].join('\n'),
    );
  });

  test('an empty summary renders as nothing, and broken markup still renders', () => {
    assert.equal(renderSummary(''), '');
    assert.equal(renderSummary('\n  \n'), '');
    assert.equal(
      renderSummary('<p>unclosed <b>bold<table><tr><td>a<td>b</table><!-- comment --> tail & 1 < 2'),
      'unclosed bold\n\na  b\n\ntail & 1 < 2\n',
    );
  });
});

test('displayWidth counts terminal columns', () => {
  assert.equal(displayWidth('abc'), 3);
  assert.equal(displayWidth('✅'), 2);
  assert.equal(displayWidth('⚠️'), 2);
  assert.equal(displayWidth('ℹ️'), 2);
  assert.equal(displayWidth('日本'), 4);
  assert.equal(displayWidth('é'), 1);
  assert.equal(displayWidth('—'), 1);
});
