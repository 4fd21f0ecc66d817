// A step summary (the HTML and GitHub-flavoured Markdown that GitHub renders on the run
// page) as plain text for a terminal. Markdown is first turned into HTML, following GitHub's
// rule that a block starting with an HTML tag is left alone until a blank line, and the HTML
// is then laid out as text: headings underlined, tables as aligned columns, <pre> verbatim,
// <details> open with their <summary> as a title line.

type Node = string | Element;
interface Element {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Node[];
}

// --- entities -------------------------------------------------------------------------

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  shy: '\u00AD',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  minus: '−',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  middot: '·',
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
  micro: 'µ',
  para: '¶',
  sect: '§',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
  lArr: '⇐',
  rArr: '⇒',
  hArr: '⇔',
  le: '≤',
  ge: '≥',
  ne: '≠',
  asymp: '≈',
  infin: '∞',
  check: '✓',
  cross: '✗',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200C',
  zwj: '\u200D',
  lrm: '\u200E',
  rlm: '\u200F',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  iexcl: '¡',
  iquest: '¿',
  dagger: '†',
  Dagger: '‡',
  star: '☆',
  starf: '★',
  hearts: '♥',
  larrhk: '↩',
  crarr: '↵',
  vert: '|',
  verbar: '|',
  grave: '`',
  lowbar: '_',
  ast: '*',
  num: '#',
  excl: '!',
  colon: ':',
  semi: ';',
  comma: ',',
  period: '.',
  sol: '/',
  bsol: '\\',
  lpar: '(',
  rpar: ')',
  lsqb: '[',
  rsqb: ']',
  lbrack: '[',
  rbrack: ']',
  lcub: '{',
  rcub: '}',
  lbrace: '{',
  rbrace: '}',
  equals: '=',
  plus: '+',
  dollar: '$',
  percnt: '%',
  commat: '@',
  Tab: '\t',
  NewLine: '\n',
};
// HTML still honours these without the semicolon.
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}))(;?)/g,
    (whole, dec?: string, hex?: string, name?: string, semi?: string) => {
      if (name !== undefined) {
        const value = ENTITIES[name];
        return value !== undefined && (semi === ';' || LEGACY.has(name)) ? value : whole;
      }
      const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
      return cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(cp);
    },
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// --- display width ----------------------------------------------------------------------

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Terminal columns: wide CJK and emoji count two, combining marks and zero-width characters none. */
export function displayWidth(text: string): number {
  let width = 0;
  let previous = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp === 0xfe0f) {
      // VS16 turns a text-style symbol such as ⚠ into a two-column emoji.
      if (/\p{Extended_Pictographic}/u.test(previous) && !/\p{Emoji_Presentation}/u.test(previous)) width += 1;
    } else if (!/[\p{Mn}\p{Me}\p{Cf}]/u.test(ch) && !(cp >= 0xfe00 && cp <= 0xfe0e)) {
      width += isWide(cp) || /\p{Emoji_Presentation}/u.test(ch) ? 2 : 1;
    }
    previous = ch;
  }
  return width;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

// --- HTML parsing -----------------------------------------------------------------------

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
]);
/** Start tags that end an open element implicitly, and where that search stops. */
const IMPLIED_END: Readonly<Record<string, { close: readonly string[]; scope: readonly string[] }>> = {
  li: { close: ['li'], scope: ['ul', 'ol'] },
  dt: { close: ['dt', 'dd'], scope: ['dl'] },
  dd: { close: ['dt', 'dd'], scope: ['dl'] },
  tr: { close: ['tr', 'td', 'th'], scope: ['table', 'thead', 'tbody', 'tfoot'] },
  td: { close: ['td', 'th'], scope: ['tr', 'table'] },
  th: { close: ['td', 'th'], scope: ['tr', 'table'] },
  thead: { close: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], scope: ['table'] },
  tbody: { close: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], scope: ['table'] },
  tfoot: { close: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], scope: ['table'] },
};
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) {
    const name = (m[1] as string).toLowerCase();
    if (!Object.hasOwn(attrs, name))
      Object.defineProperty(attrs, name, {
        value: decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''),
        enumerable: true,
        writable: true,
      });
  }
  return attrs;
}

function parseHtml(html: string): Element {
  const root: Element = { tag: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  const current = (): Element => stack.at(-1) as Element;
  const text = (raw: string): void => {
    if (raw !== '') current().children.push(decodeEntities(raw));
  };
  const closeTo = (tags: readonly string[], scope: readonly string[]): void => {
    for (let i = stack.length - 1; i > 0; i--) {
      const tag = (stack[i] as Element).tag;
      if (scope.includes(tag)) return;
      if (tags.includes(tag)) {
        stack.length = i;
        return;
      }
    }
  };
  let at = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    text(html.slice(at, m.index));
    at = TOKEN.lastIndex;
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // comment, doctype, processing instruction
    if (m[1] === '/') {
      const open = stack.findLastIndex((e, i) => i > 0 && e.tag === name);
      if (open > 0) stack.length = open;
      else if (name === 'br') current().children.push({ tag: 'br', attrs: {}, children: [] });
      continue;
    }
    const rawAttrs = m[3] ?? '';
    if (CLOSES_P.has(name)) closeTo(['p'], ['td', 'th', 'li', 'blockquote', 'details', 'div']);
    const implied = IMPLIED_END[name];
    if (implied !== undefined) closeTo(implied.close, implied.scope);
    const element: Element = { tag: name, attrs: parseAttributes(rawAttrs.replace(/\/\s*$/, '')), children: [] };
    current().children.push(element);
    if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
      // Raw text: the content runs to the matching end tag, whatever it contains.
      const endTag = new RegExp(`</${name}[\\s/>]`, 'gi');
      endTag.lastIndex = at;
      const end = endTag.exec(html)?.index ?? html.length;
      if (name === 'textarea' || name === 'title') element.children.push(decodeEntities(html.slice(at, end)));
      const close = html.indexOf('>', end);
      at = close < 0 ? html.length : close + 1;
      TOKEN.lastIndex = at;
      continue;
    }
    if (!VOID.has(name) && !/\/\s*$/.test(rawAttrs)) stack.push(element);
  }
  text(html.slice(at));
  return root;
}

// --- HTML to text -----------------------------------------------------------------------

interface Block {
  readonly lines: readonly string[];
  /** Follows the previous block without a blank line. */
  readonly tight?: boolean;
  readonly list?: boolean;
}

function isBlockElement(node: Node): node is Element {
  return typeof node !== 'string' && BLOCK.has(node.tag);
}

/** Inline content with HTML whitespace collapsed; <br> becomes '\n'. */
function inline(nodes: readonly Node[]): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += node.replace(/[ \t\n\r\f]+/g, ' ');
      continue;
    }
    switch (node.tag) {
      case 'br':
        out += '\n';
        break;
      case 'img':
        out += node.attrs.alt ?? '';
        break;
      case 'input':
        if (node.attrs.type?.toLowerCase() === 'checkbox') out += node.attrs.checked !== undefined ? '[x] ' : '[ ] ';
        break;
      case 'script':
      case 'style':
        break;
      case 'pre':
        out += ` ${raw(node.children)} `;
        break;
      case 'a': {
        const label = inline(node.children);
        const href = node.attrs.href ?? '';
        out += /^https?:\/\//i.test(href) && href !== label.trim() ? `${label} (${href})` : label;
        break;
      }
      default:
        out += BLOCK.has(node.tag) ? ` ${inline(node.children)} ` : inline(node.children);
    }
  }
  return out;
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) =>
      l
        .replace(/ {2,}/g, ' ')
        .trim()
        .replace(/\u00A0/g, ' '),
    )
    .filter((l) => l !== '');
}

function oneLine(nodes: readonly Node[]): string {
  return lines(inline(nodes)).join(' ');
}

/** <pre> content: whitespace kept, tags dropped, the newline right after <pre> ignored as HTML does. */
function raw(nodes: readonly Node[]): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') out += node;
    else if (node.tag === 'br') out += '\n';
    else if (node.tag !== 'script' && node.tag !== 'style') out += raw(node.children);
  }
  return out;
}

function indent(text: readonly string[], first: string, rest = ' '.repeat(first.length)): string[] {
  return text.map((l, i) => (l === '' ? '' : `${i === 0 ? first : rest}${l}`));
}

function join(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.lines.length === 0) continue;
    if (out.length > 0 && !block.tight) out.push('');
    out.push(...block.lines);
  }
  return out;
}

function blocks(nodes: readonly Node[]): Block[] {
  const out: Block[] = [];
  let run: Node[] = [];
  const flush = (): void => {
    const text = lines(inline(run));
    if (text.length > 0) out.push({ lines: text });
    run = [];
  };
  for (const node of nodes) {
    if (!isBlockElement(node)) {
      run.push(node);
      continue;
    }
    flush();
    out.push(...block(node));
  }
  flush();
  return out;
}

function block(el: Element): Block[] {
  switch (el.tag) {
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const title = oneLine(el.children);
      if (title === '') return [];
      return [
        { lines: [title, (el.tag === 'h1' || el.tag === 'h2' ? '=' : '-').repeat(Math.max(3, displayWidth(title)))] },
      ];
    }
    case 'pre': {
      const text = raw(el.children)
        .replace(/^\r?\n/, '')
        .replace(/\s+$/, '');
      return text === '' ? [] : [{ lines: text.split(/\r?\n/) }];
    }
    case 'ul':
    case 'ol': {
      const start = Number.parseInt(el.attrs.start ?? '1', 10);
      let n = Number.isFinite(start) ? start : 1;
      const items: Block[] = [];
      for (const child of el.children) {
        if (typeof child !== 'string' && child.tag === 'li') {
          const marker = el.tag === 'ul' ? '- ' : `${n++}. `;
          // A nested list hugs its item's text, as browsers show it.
          const content = join(
            blocks(child.children).map((b, k) => (k > 0 && b.list === true ? { ...b, tight: true } : b)),
          );
          items.push({
            lines: content.length === 0 ? [marker.trimEnd()] : indent(content, marker),
            tight: items.length > 0,
          });
        } else {
          items.push(...blocks([child]).map((b) => ({ ...b, tight: items.length > 0 })));
        }
      }
      return [{ lines: join(items), list: true }];
    }
    case 'li':
      return [{ lines: indent(join(blocks(el.children)), '- ') }];
    case 'blockquote':
      return [{ lines: join(blocks(el.children)).map((l) => (l === '' ? '>' : `> ${l}`)) }];
    case 'hr':
      return [{ lines: ['─'.repeat(40)] }];
    case 'table':
      return [{ lines: table(el) }];
    case 'details': {
      const summary = el.children.find((c): c is Element => typeof c !== 'string' && c.tag === 'summary');
      const title = summary === undefined ? 'Details' : oneLine(summary.children);
      const body = join(blocks(el.children.filter((c) => c !== summary)));
      return [{ lines: [`▾ ${title}`, ...indent(body, '  ')] }];
    }
    case 'dd':
      return [{ lines: indent(join(blocks(el.children)), '    '), tight: true }];
    case 'dt':
    case 'p':
    case 'summary':
    case 'caption':
    case 'td':
    case 'th': {
      const text = lines(inline(el.children));
      return text.length === 0 ? [] : [{ lines: text }];
    }
    default:
      // Containers (div, section, thead, tr outside a table …) lay out their children.
      return blocks(el.children);
  }
}

interface Cell {
  readonly text: string;
  readonly span: number;
}

function table(el: Element): string[] {
  const rows: { cells: Cell[]; header: boolean }[] = [];
  const captions: string[] = [];
  const row = (tr: Element, inHead: boolean): void => {
    const cells = tr.children.filter((c): c is Element => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'));
    if (cells.length === 0) return;
    const span = (c: Element): number => Math.min(1000, Math.max(1, Number.parseInt(c.attrs.colspan ?? '1', 10) || 1));
    rows.push({
      cells: cells.map((c) => ({ text: oneLine(c.children), span: span(c) })),
      header: inHead || cells.every((c) => c.tag === 'th'),
    });
  };
  const walk = (parent: Element, inHead: boolean): void => {
    for (const child of parent.children) {
      if (typeof child === 'string') continue;
      if (child.tag === 'tr') row(child, inHead);
      else if (child.tag === 'caption') captions.push(oneLine(child.children));
      else if (child.tag === 'thead' || child.tag === 'tbody' || child.tag === 'tfoot')
        walk(child, child.tag === 'thead');
    }
  };
  walk(el, false);
  if (rows.length === 0) return captions;

  const columns = Math.max(...rows.map((r) => r.cells.reduce((n, c) => n + c.span, 0)));
  const widths: number[] = Array.from({ length: columns }, () => 1);
  for (const r of rows) {
    let col = 0;
    for (const c of r.cells) {
      // A spanning cell (such as "… and 40 more") overflows instead of widening the columns.
      if (c.span === 1) widths[col] = Math.max(widths[col] ?? 1, displayWidth(c.text));
      col += c.span;
    }
  }
  const spanWidth = (from: number, span: number): number =>
    widths.slice(from, from + span).reduce((a, b) => a + b, 0) + 2 * (span - 1);
  const out = [...captions];
  const lastHeader = rows.findLastIndex((r) => r.header);
  rows.forEach((r, i) => {
    let col = 0;
    const cells = r.cells.map((c) => {
      const text = padEnd(c.text, spanWidth(col, c.span));
      col += c.span;
      return text;
    });
    out.push(cells.join('  ').trimEnd());
    if (i === lastHeader && i < rows.length - 1) out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  });
  return out;
}

// --- Markdown to HTML -------------------------------------------------------------------

// CommonMark's HTML block start conditions 1 and 6: these tags start a block of raw HTML.
const RAW_BLOCK = /^ {0,3}<(pre|script|style|textarea)(?:\s|>|$)/i;
const HTML_BLOCK =
  /^ {0,3}(?:<!--|<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\s|\/?>|$))/i;
// Condition 7: any complete tag alone on its line (it cannot interrupt a paragraph).
const LONE_TAG =
  /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>\s*$/;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM = /^( *)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

function tableCells(line: string): string[] {
  const trimmed = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** GitHub-flavoured inline Markdown to HTML; raw inline HTML passes through. */
function inlineMarkdown(text: string): string {
  const kept: string[] = [];
  const keep = (html: string): string => `\u0000${kept.push(html) - 1}\u0000`;
  let out = text
    .replace(/\u0000/g, '\uFFFD')
    .replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) => keep(escapeHtml(ch)))
    .replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) => {
      const body = /^ .* $/s.test(code) && code.trim() !== '' ? code.slice(1, -1) : code;
      return keep(`<code>${escapeHtml(body.replace(/\n/g, ' '))}</code>`);
    })
    .replace(/<(https?:\/\/[^\s<>]+)>/g, (_, url: string) =>
      keep(`<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`),
    )
    .replace(/!\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, (_, alt: string) => keep(`<img alt="${escapeHtml(alt)}">`))
    .replace(
      /\[([^\]]+)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g,
      (_, label: string, url: string) => `<a href="${escapeHtml(url)}">${label}</a>`,
    );
  out = out
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '<strong>$2</strong>')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '<del>$1</del>')
    .replace(/\*(?=[^\s*])([^*]*?[^\s*])\*/g, '<em>$1</em>')
    .replace(/(^|[^\w])_(?=[^\s_])([^_]*?[^\s_])_(?!\w)/g, '$1<em>$2</em>')
    .replace(/(?: {2,}|\\)\n/g, '<br>\n');
  return out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)] ?? '');
}

/** GitHub-flavoured Markdown blocks to HTML, leaving HTML blocks untouched. */
function markdownToHtml(source: string): string {
  const input = source.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    if (paragraph.length > 0) out.push(`<p>${inlineMarkdown(paragraph.join('\n'))}</p>`);
    paragraph = [];
  };
  let i = 0;
  while (i < input.length) {
    const line = input[i] as string;
    const next = input[i + 1];
    let m: RegExpMatchArray | null;
    if (line.trim() === '') {
      endParagraph();
      i++;
    } else if ((m = line.match(RAW_BLOCK)) !== null) {
      endParagraph();
      const close = new RegExp(`</${m[1]}>`, 'i');
      const start = i;
      while (i < input.length && !close.test(input[i] as string)) i++;
      out.push(input.slice(start, Math.min(i + 1, input.length)).join('\n'));
      i++;
    } else if (HTML_BLOCK.test(line) || (paragraph.length === 0 && LONE_TAG.test(line))) {
      endParagraph();
      const start = i;
      while (i < input.length && (input[i] as string).trim() !== '') i++;
      out.push(input.slice(start, i).join('\n'));
    } else if ((m = line.match(FENCE)) !== null && !(m[2]?.startsWith('`') && m[3]?.includes('`'))) {
      endParagraph();
      const fence = m[2] as string;
      const pad = (m[1] as string).length;
      const body: string[] = [];
      i++;
      while (
        i < input.length &&
        !new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(input[i] as string)
      ) {
        body.push((input[i] as string).replace(new RegExp(`^ {0,${pad}}`), ''));
        i++;
      }
      out.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
      i++;
    } else if ((m = line.match(HEADING)) !== null) {
      endParagraph();
      out.push(`<h${m[1]?.length}>${inlineMarkdown(m[2] ?? '')}</h${m[1]?.length}>`);
      i++;
    } else if (paragraph.length > 0 && (m = line.match(SETEXT)) !== null) {
      const level = m[1]?.startsWith('=') ? 1 : 2;
      out.push(`<h${level}>${inlineMarkdown(paragraph.join('\n'))}</h${level}>`);
      paragraph = [];
      i++;
    } else if (RULE.test(line)) {
      endParagraph();
      out.push('<hr>');
      i++;
    } else if (line.includes('|') && next !== undefined && next.includes('-') && TABLE_DELIMITER.test(next)) {
      endParagraph();
      const head = tableCells(line);
      const rows: string[][] = [];
      i += 2;
      while (i < input.length && (input[i] as string).trim() !== '' && (input[i] as string).includes('|'))
        rows.push(tableCells(input[i++] as string));
      const cells = (tag: string, r: string[]): string =>
        `<tr>${head.map((_, c) => `<${tag}>${inlineMarkdown(r[c] ?? '')}</${tag}>`).join('')}</tr>`;
      out.push(
        `<table><thead>${cells('th', head)}</thead><tbody>${rows.map((r) => cells('td', r)).join('')}</tbody></table>`,
      );
    } else if (QUOTE.test(line)) {
      endParagraph();
      const body: string[] = [];
      while (i < input.length && (m = (input[i] as string).match(QUOTE)) !== null) {
        body.push(m[1] ?? '');
        i++;
      }
      out.push(`<blockquote>${markdownToHtml(body.join('\n'))}</blockquote>`);
    } else if (LIST_ITEM.test(line) && (paragraph.length === 0 || !/^\s/.test(line))) {
      endParagraph();
      const { html, end } = list(input, i);
      out.push(html);
      i = end;
    } else if (paragraph.length === 0 && /^( {4}|\t)/.test(line)) {
      const body: string[] = [];
      while (
        i < input.length &&
        (/^( {4}|\t)/.test(input[i] as string) ||
          ((input[i] as string).trim() === '' && /^( {4}|\t)/.test(input[i + 1] ?? '')))
      ) {
        body.push((input[i] as string).replace(/^( {4}|\t)/, ''));
        i++;
      }
      out.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
    } else {
      paragraph.push(line.trim());
      i++;
    }
  }
  endParagraph();
  return out.join('\n');
}

/** A list and its nested lists, by indentation, from input[start]. */
function list(input: readonly string[], start: number): { html: string; end: number } {
  const first = (input[start] as string).match(LIST_ITEM) as RegExpMatchArray;
  const base = (first[1] as string).length;
  const ordered = /\d/.test(first[2] as string);
  const items: string[][] = [];
  let i = start;
  while (i < input.length) {
    const line = input[i] as string;
    const m = line.match(LIST_ITEM);
    const indentOf = line.length - line.trimStart().length;
    if (m !== null && (m[1] as string).length === base) {
      if (/\d/.test(m[2] as string) !== ordered) break;
      items.push([m[3] ?? '']);
    } else if (line.trim() !== '' && indentOf > base && items.length > 0) {
      (items.at(-1) as string[]).push(line.slice(Math.min(indentOf, base + 2)));
    } else if (
      line.trim() === '' &&
      i + 1 < input.length &&
      ((input[i + 1] as string).match(LIST_ITEM)?.[1]?.length ?? -1) >= base
    ) {
      // A blank line between items keeps the list going.
    } else {
      break;
    }
    i++;
  }
  const tag = ordered ? 'ol' : 'ul';
  const body = items.map((item) => {
    const [head = '', ...rest] = item;
    return `<li>${inlineMarkdown(head)}${rest.length > 0 ? `\n${markdownToHtml(rest.join('\n'))}` : ''}</li>`;
  });
  return { html: `<${tag}>${body.join('')}</${tag}>`, end: i };
}

/** The step summary as plain text: '' for an empty summary, otherwise ending in a newline. */
export function renderSummary(html: string): string {
  const text = join(blocks(parseHtml(markdownToHtml(html)).children));
  return text.length === 0 ? '' : `${text.join('\n')}\n`;
}
