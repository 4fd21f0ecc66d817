// The step summary, as HTML (which GitHub renders inside Markdown). Every file name goes
// through htmlPath; no section may contain a blank line inside an HTML block, or GitHub
// would start reading Markdown again in the middle of it.
import type { CheckResult, Finding } from '../check/evaluate.ts';
import { describeHeader } from '../check/pyc.ts';
import { escapeHtml, htmlPath, plural, shellQuote, showPath } from './text.ts';

/** The runner rejects a step summary over 1 MiB; each section keeps well inside it. */
export const SUMMARY_LIMIT = 1024 * 1024;
const SECTION_BUDGET = 400 * 1024;

export interface CheckSummaryContext {
  readonly repoPath: (path: string) => string;
  readonly changeName: string | null;
  /** The `path` input, for the verdict line. */
  readonly projectPath: string;
  /** Sentences about how "added" was decided (shallow clone, no base), shown under the verdict. */
  readonly notes: readonly string[];
  /** Gitlink paths (project-relative) of the submodules whose files the check listed; none by default. */
  readonly submodules?: readonly string[];
  /** 'disk' when the project is in no git work tree: files are found, not tracked, and git commands cannot help. */
  readonly source?: 'git' | 'disk';
}

function verdict(result: CheckResult, ctx: CheckSummaryContext): string {
  const { findings, failing, failOn } = result;
  const where = ctx.projectPath === '.' ? '' : ` under <code>${escapeHtml(ctx.projectPath)}</code>`;
  const disk = ctx.source === 'disk';
  const tracked = disk ? 'found' : 'tracked';
  if (findings.length === 0) return `✅ No bytecode is ${tracked}${where}.`;
  const allowed = findings.filter((f) => f.allowedBy !== null).length;
  const reported = findings.length - allowed;
  const allowedText = allowed > 0 ? ` ${plural(allowed, 'file is', 'files are')} allowed by <code>allow</code>.` : '';
  if (failing.length > 0) {
    const how = failing.some((f) => f.modified)
      ? failing.every((f) => f.modified)
        ? 'modified'
        : 'added or modified'
      : 'added';
    const what =
      failOn === 'added' && ctx.changeName !== null
        ? `${plural(failing.length, 'bytecode file')} ${how} by ${escapeHtml(ctx.changeName)}`
        : disk
          ? `${plural(failing.length, 'bytecode file')} found on disk`
          : plural(failing.length, 'tracked bytecode file');
    return `❌ ${what} ${failing.length === 1 ? 'fails' : 'fail'} the check (<code>fail-on: ${failOn}</code>).${allowedText}`;
  }
  if (reported === 0) return `✅ Only allowed bytecode is ${tracked}${where}.${allowedText}`;
  const why =
    failOn === 'never'
      ? 'reported only (<code>fail-on: never</code>)'
      : `none added or modified by ${escapeHtml(ctx.changeName ?? 'this change')}, so they pass under <code>fail-on: added</code>; remove them in a change of their own`;
  return `⚠️ ${plural(reported, 'bytecode file is', 'bytecode files are')} ${tracked}${where}: ${why}.${allowedText}`;
}

/** Said of tracked files that the rules match: it is all that is known (a file may be force-added after the rule). */
export const IGNORED_BUT_TRACKED = 'the ignore rules match it, but ignore rules never untrack a file';

function notes(f: Finding): string {
  const out: string[] = [];
  if (f.sourceless) out.push('sourceless: Python imports it in place of the missing source');
  if (f.ignoredByRules) out.push(IGNORED_BUT_TRACKED);
  if (f.headerError !== null) out.push(f.headerError);
  if (f.allowedBy !== null) out.push(`allowed by ${f.allowedBy}`);
  return out.map(escapeHtml).join('; ');
}

function row(f: Finding, ctx: CheckSummaryContext): string {
  const { python, mode } = f.header === null ? { python: '—', mode: '—' } : describeHeader(f.header);
  const source = f.sourcePresent === null ? '—' : f.sourcePresent ? 'yes' : 'no';
  // Outside git nothing was added by anything: the column has no answer.
  const added = ctx.source === 'disk' ? '—' : f.modified ? 'modified' : f.added ? 'yes' : 'no';
  const cells = [htmlPath(ctx.repoPath(f.path)), escapeHtml(python), escapeHtml(mode), source, added, notes(f)];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

/** Rows until the byte budget runs out, then a row that counts the rest. */
function table(findings: readonly Finding[], ctx: CheckSummaryContext, budget: number): string {
  const head =
    '<table><thead><tr><th>File</th><th>Python</th><th>Invalidation</th><th>Source present</th><th>Added</th><th>Notes</th></tr></thead><tbody>';
  const rows: string[] = [];
  let size = head.length;
  for (const f of findings) {
    const r = row(f, ctx);
    const bytes = Buffer.byteLength(r);
    if (size + bytes > budget) break;
    rows.push(r);
    size += bytes;
  }
  const rest = findings.length - rows.length;
  const tail =
    rest > 0
      ? `<tr><td colspan="6">… and ${plural(rest, 'more file')}, listed in the <code>bytecode-files</code> output.</td></tr>`
      : '';
  return `${head}${rows.join('')}${tail}</tbody></table>`;
}

/** The smallest `git rm --cached` arguments: a whole __pycache__ folder when all of it goes. */
function pycacheFolder(f: Finding): string | null {
  if (f.layout !== 'pycache') return null;
  const at = f.path.startsWith('__pycache__/') ? 0 : f.path.lastIndexOf('/__pycache__/') + 1;
  return f.path.slice(0, at + '__pycache__'.length);
}

export function untrackArguments(remove: readonly Finding[], all: readonly Finding[]): string[] {
  const removing = new Set(remove);
  const kept = new Set(all.filter((f) => !removing.has(f)).map(pycacheFolder));
  const args: string[] = [];
  const folders = new Set<string>();
  for (const f of remove) {
    const folder = pycacheFolder(f);
    if (folder !== null && !kept.has(folder)) {
      if (!folders.has(folder)) {
        folders.add(folder);
        args.push(folder);
      }
    } else {
      args.push(f.path);
    }
  }
  return args;
}

/** Up to this many names the command is one line to paste; beyond it the names go in a here-document. */
const ONE_LINE_ARGS = 20;
/** The bytes of names the here-documents may hold in all, so the summary stays far below the runner's 1 MiB. */
export const COMMAND_BUDGET = 256 * 1024;
const HEREDOC_END = 'PYCACHE_ACTION_PATHS';

/** The submodule (gitlink path) that holds `path`, or null for this repository's own file; the longest match wins. */
function submoduleOf(path: string, submodules: ReadonlySet<string>): string | null {
  if (submodules.size === 0) return null;
  // Each directory above the file, deepest first: as many lookups as the path has levels.
  for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) {
    const dir = path.slice(0, at);
    if (submodules.has(dir)) return dir;
  }
  return null;
}

export interface UntrackPlan {
  /** This repository's own files: `git rm --cached` from its root can untrack them. */
  readonly own: readonly Finding[];
  /** Files inside a submodule, by gitlink path (sorted): only a `git rm --cached` run inside that submodule can untrack them. */
  readonly submodules: readonly { readonly path: string; readonly findings: readonly Finding[] }[];
}

/** Splits the files to untrack by the repository whose index holds them. */
export function untrackPlan(remove: readonly Finding[], submodules: readonly string[]): UntrackPlan {
  const own: Finding[] = [];
  const bySub = new Map<string, Finding[]>();
  const links = new Set(submodules);
  for (const f of remove) {
    const link = submoduleOf(f.path, links);
    if (link === null) own.push(f);
    else {
      const group = bySub.get(link);
      if (group) group.push(f);
      else bySub.set(link, [f]);
    }
  }
  return {
    own,
    submodules: [...bySub]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, findings]) => ({ path, findings })),
  };
}

/**
 * One line of a `--pathspec-from-file` list. git reads a line that starts with a double quote
 * as a C-quoted name (core.quotePath's form); anything else is taken as it is, up to the line
 * break (a CR before it is dropped). So a name is quoted only when it has to be: when it starts
 * with a quote, holds a control character (which could also end the here-document or reach
 * the page raw), or is the here-document's end marker.
 */
export function pathspecLine(path: string): string {
  if (!path.startsWith('"') && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(path) && path !== HEREDOC_END)
    return path;
  let out = '"';
  for (const ch of path) {
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(ch))
      for (const b of Buffer.from(ch, 'utf8')) out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/**
 * One `git rm --cached` for `args` (raw names, relative to where it runs), run at the repository
 * root or, with `at`, inside that submodule. --literal-pathspecs because a committed file may be
 * named like a pattern (`a*.pyc`), which git would otherwise expand to other tracked files. Many
 * names go in a here-document read with --pathspec-from-file (git 2.26+): one name a line, no
 * shell quoting to get wrong, and no argument-list limit.
 */
export function untrackCommand(args: readonly string[], at: string | null): string {
  const git = at === null ? 'git' : `git -C ${shellQuote(at)}`;
  if (args.length <= ONE_LINE_ARGS)
    return `${git} --literal-pathspecs rm -r --cached --quiet -- ${args.map(shellQuote).join(' ')}`;
  return `${git} --literal-pathspecs rm -r --cached --quiet --pathspec-from-file=- <<'${HEREDOC_END}'\n${args.map(pathspecLine).join('\n')}\n${HEREDOC_END}`;
}

/** The arguments that fit in `budget` bytes (at least none), and how many bytes they took. */
function fitArgs(args: readonly string[], budget: number): { kept: string[]; bytes: number } {
  const kept: string[] = [];
  let bytes = 0;
  for (const a of args) {
    // Measured as shown (HTML-escaped), in the longer of the two forms the command may take.
    const size =
      Math.max(Buffer.byteLength(escapeHtml(pathspecLine(a))), Buffer.byteLength(escapeHtml(shellQuote(a)))) + 1;
    if (bytes + size > budget) break;
    kept.push(a);
    bytes += size;
  }
  return { kept, bytes };
}

export interface FixCommandsContext extends CheckSummaryContext {
  /** Bytes of names the commands may hold; the rest are left to `fix: true`. */
  readonly budget?: number;
}

/**
 * The commands that untrack exactly the reported (not allowed) files and nothing else, each
 * block run where its index lives. When the names do not all fit in the summary, the text
 * says which part a command covers; it never widens to a pattern that could take more.
 */
export function fixCommands(result: CheckResult, ctx: FixCommandsContext): string {
  const remove = result.findings.filter((f) => f.allowedBy === null);
  if (remove.length === 0) return '';
  const plan = untrackPlan(remove, ctx.submodules ?? []);
  const commit = `commit -m ${shellQuote('Stop tracking Python bytecode')}`;
  const parts: string[] = [];
  let budget = ctx.budget ?? COMMAND_BUDGET;
  let left = 0;
  const cut = (kept: number, total: number): string =>
    kept === total
      ? ''
      : ` The list is too long for the step summary: this untracks ${kept.toLocaleString('en')} of ${plural(total, 'name')} (whole <code>__pycache__</code> folders count as one); run the action with <code>fix: true</code> to untrack them all.`;
  if (plan.own.length > 0) {
    const args = untrackArguments(plan.own, result.findings).map(ctx.repoPath);
    const { kept, bytes } = fitArgs(args, budget);
    budget -= bytes;
    if (kept.length > 0) {
      parts.push(
        `<p>Run from the repository root${kept.length > ONE_LINE_ARGS ? ' in a POSIX shell (git 2.26+ reads the names that follow the command, one a line)' : ''}; it untracks the ${plural(plan.own.length, 'reported file')} of the table above and no other (allowed files stay tracked), and the files stay on disk:${cut(kept.length, args.length)}</p>`,
        `<pre lang="sh"><code>${escapeHtml(`${untrackCommand(kept, null)}\ngit ${commit}`)}</code></pre>`,
      );
    } else left += plan.own.length;
  }
  // Every finding (allowed ones too) by the submodule that holds it, for whole-folder arguments.
  const links = new Set(plan.submodules.map((sub) => sub.path));
  const allBySub = new Map<string, Finding[]>();
  if (links.size > 0)
    for (const f of result.findings) {
      const link = submoduleOf(f.path, links);
      if (link !== null) allBySub.set(link, [...(allBySub.get(link) ?? []), f]);
    }
  for (const sub of plan.submodules) {
    const at = ctx.repoPath(sub.path);
    const inside = allBySub.get(sub.path) ?? [];
    const args = untrackArguments(sub.findings, inside).map((p) => p.slice(sub.path.length + 1));
    // The block's own text: the submodule's name three times and a paragraph around it.
    const overhead = Buffer.byteLength(escapeHtml(showPath(at))) * 3 + 600;
    const { kept, bytes } = fitArgs(args, budget - overhead);
    if (kept.length === 0) {
      left += sub.findings.length;
      continue;
    }
    budget -= bytes + overhead;
    parts.push(
      `<p>${plural(sub.findings.length, 'file is', 'files are')} inside the submodule ${htmlPath(at)}, whose own index tracks them, so <code>git rm --cached</code> here cannot untrack them: run this inside the submodule and push it, then record its new commit here with <code>git add ${escapeHtml(shellQuote(at))}</code>:${cut(kept.length, args.length)}</p>`,
      `<pre lang="sh"><code>${escapeHtml(`${untrackCommand(kept, at)}\ngit -C ${shellQuote(at)} ${commit}`)}</code></pre>`,
    );
  }
  if (left > 0)
    parts.push(
      `<p>${plural(left, 'more file')} did not fit in the step summary; run the action with <code>fix: true</code> to untrack them.</p>`,
    );
  return parts.join('\n');
}

export function checkSummary(result: CheckResult, ctx: CheckSummaryContext, budget = SECTION_BUDGET): string {
  const parts = ['<h3>Committed bytecode</h3>', `<p>${verdict(result, ctx)}</p>`];
  for (const note of ctx.notes.slice(0, 10))
    parts.push(`<p>ℹ️ ${escapeHtml(note.length > 2000 ? `${note.slice(0, 2000)}…` : note)}</p>`);
  const reported = result.findings.filter((f) => f.allowedBy === null);
  const allowed = result.findings.filter((f) => f.allowedBy !== null);
  if (reported.length > 0) parts.push(table(reported, ctx, budget * 0.45));
  if (allowed.length > 0) {
    parts.push(`<details><summary>${plural(allowed.length, 'file')} allowed by <code>allow</code></summary>`);
    parts.push(table(allowed, ctx, budget * 0.1));
    parts.push('</details>');
  }
  if (ctx.source === 'disk') {
    // git rm and git commit fail outside a repository; nothing here tracks the files.
    if (reported.length > 0)
      parts.push(
        '<h4>How to fix</h4>',
        '<p>No git repository holds these files, so there is nothing to untrack: delete them if this tree is shipped or copied (Python writes them again when it imports the sources), or check the project out with git to have its rules audited.</p>',
      );
  } else {
    const fix = fixCommands(result, { ...ctx, budget: Math.min(COMMAND_BUDGET, budget * 0.4) });
    if (fix !== '') parts.push('<h4>How to fix</h4>', fix);
  }
  return `${parts.join('\n')}\n`;
}
