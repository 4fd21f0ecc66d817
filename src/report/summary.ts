// The step summary, as HTML (which GitHub renders inside Markdown). Every file name goes
// through htmlPath; no section may contain a blank line inside an HTML block, or GitHub
// would start reading Markdown again in the middle of it.
import type { CheckResult, Finding } from '../scan/check.ts';
import { describeHeader } from '../scan/pyc.ts';
import { escapeHtml, htmlPath, plural, shellQuote } from './text.ts';

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
}

function verdict(result: CheckResult, ctx: CheckSummaryContext): string {
  const { findings, failing, failOn } = result;
  const where = ctx.projectPath === '.' ? '' : ` under <code>${escapeHtml(ctx.projectPath)}</code>`;
  if (findings.length === 0) return `✅ No bytecode is tracked${where}.`;
  const allowed = findings.filter((f) => f.allowedBy !== null).length;
  const reported = findings.length - allowed;
  const allowedText = allowed > 0 ? ` ${plural(allowed, 'file is', 'files are')} allowed by <code>allow</code>.` : '';
  if (failing.length > 0) {
    const how = failing.some((f) => f.modified) ? (failing.every((f) => f.modified) ? 'modified' : 'added or modified') : 'added';
    const what = failOn === 'added' && ctx.changeName !== null ? `${plural(failing.length, 'bytecode file')} ${how} by ${escapeHtml(ctx.changeName)}` : plural(failing.length, 'tracked bytecode file');
    return `❌ ${what} ${failing.length === 1 ? 'fails' : 'fail'} the check (<code>fail-on: ${failOn}</code>).${allowedText}`;
  }
  if (reported === 0) return `✅ Only allowed bytecode is tracked${where}.${allowedText}`;
  const why =
    failOn === 'never'
      ? 'reported only (<code>fail-on: never</code>)'
      : `none added or modified by ${escapeHtml(ctx.changeName ?? 'this change')}, so they pass under <code>fail-on: added</code>; remove them in a change of their own`;
  return `⚠️ ${plural(reported, 'bytecode file is', 'bytecode files are')} tracked${where}: ${why}.${allowedText}`;
}

function notes(f: Finding): string {
  const out: string[] = [];
  if (f.sourceless) out.push('sourceless: Python imports it in place of the missing source');
  if (f.ignoredByRules) out.push('ignored by the rules now: committed before the rule existed');
  if (f.headerError !== null) out.push(f.headerError);
  if (f.allowedBy !== null) out.push(`allowed by ${f.allowedBy}`);
  return out.map(escapeHtml).join('; ');
}

function row(f: Finding, ctx: CheckSummaryContext): string {
  const { python, mode } = f.header === null ? { python: '—', mode: '—' } : describeHeader(f.header);
  const source = f.sourcePresent === null ? '—' : f.sourcePresent ? 'yes' : 'no';
  const cells = [htmlPath(ctx.repoPath(f.path)), escapeHtml(python), escapeHtml(mode), source, f.modified ? 'modified' : f.added ? 'yes' : 'no', notes(f)];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

/** Rows until the byte budget runs out, then a row that counts the rest. */
function table(findings: readonly Finding[], ctx: CheckSummaryContext, budget: number): string {
  const head = '<table><thead><tr><th>File</th><th>Python</th><th>Invalidation</th><th>Source present</th><th>Added</th><th>Notes</th></tr></thead><tbody>';
  const rows: string[] = [];
  let size = head.length;
  for (const f of findings) {
    const r = row(f, ctx);
    if (size + r.length > budget) break;
    rows.push(r);
    size += r.length;
  }
  const rest = findings.length - rows.length;
  const tail = rest > 0 ? `<tr><td colspan="6">… and ${plural(rest, 'more file')}, listed in the <code>bytecode-files</code> output.</td></tr>` : '';
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

const MAX_COMMAND_ARGS = 200;

/** The submodule (gitlink path) that holds `path`, or null for this repository's own file; the longest match wins. */
function submoduleOf(path: string, submodules: readonly string[]): string | null {
  let found: string | null = null;
  for (const link of submodules) if (path.startsWith(`${link}/`) && (found === null || link.length > found.length)) found = link;
  return found;
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
  for (const f of remove) {
    const link = submoduleOf(f.path, submodules);
    if (link === null) own.push(f);
    else bySub.set(link, [...(bySub.get(link) ?? []), f]);
  }
  return { own, submodules: [...bySub].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, findings]) => ({ path, findings })) };
}

/**
 * One `git rm --cached` for `args` (already shell-quoted), run at the repository root or, with
 * `at`, inside that submodule. --literal-pathspecs because a committed file may be named like a
 * pattern (`a*.pyc`), which git would otherwise expand to other tracked files.
 */
function untrackCommand(args: readonly string[], at: string | null): string {
  const git = at === null ? 'git' : `git -C ${shellQuote(at)}`;
  return args.length <= MAX_COMMAND_ARGS
    ? `${git} --literal-pathspecs rm -r --cached --quiet -- ${args.join(' ')}`
    : // Too many names to paste: let git list them, NUL-separated so no name can break the pipe.
      `${git} ls-files -z -- '*.pyc' '*.pyo' '*$py.class' '__pycache__/*' '*/__pycache__/*' \\\n  | xargs -0 ${git} --literal-pathspecs rm --cached --quiet --`;
}

export function fixCommands(result: CheckResult, ctx: CheckSummaryContext): string {
  const remove = result.findings.filter((f) => f.allowedBy === null);
  if (remove.length === 0) return '';
  const plan = untrackPlan(remove, ctx.submodules ?? []);
  const commit = `commit -m ${shellQuote('Stop tracking Python bytecode')}`;
  const parts: string[] = [];
  if (plan.own.length > 0) {
    const args = untrackArguments(plan.own, result.findings).map((p) => shellQuote(ctx.repoPath(p)));
    parts.push('<p>Run from the repository root; the files stay on disk:</p>', `<pre lang="sh"><code>${escapeHtml(`${untrackCommand(args, null)}\ngit ${commit}`)}</code></pre>`);
  }
  for (const sub of plan.submodules) {
    const at = ctx.repoPath(sub.path);
    const inside = result.findings.filter((f) => f.path.startsWith(`${sub.path}/`));
    const args = untrackArguments(sub.findings, inside).map((p) => shellQuote(p.slice(sub.path.length + 1)));
    parts.push(
      `<p>${plural(sub.findings.length, 'file is', 'files are')} inside the submodule ${htmlPath(at)}, whose own index tracks them, so <code>git rm --cached</code> here cannot untrack them: run this inside the submodule and push it, then record its new commit here with <code>git add ${escapeHtml(shellQuote(at))}</code>:</p>`,
      `<pre lang="sh"><code>${escapeHtml(`${untrackCommand(args, at)}\ngit -C ${shellQuote(at)} ${commit}`)}</code></pre>`,
    );
  }
  return parts.join('\n');
}

export function checkSummary(result: CheckResult, ctx: CheckSummaryContext, budget = SECTION_BUDGET): string {
  const parts = ['<h3>Committed bytecode</h3>', `<p>${verdict(result, ctx)}</p>`];
  for (const note of ctx.notes) parts.push(`<p>ℹ️ ${escapeHtml(note)}</p>`);
  const reported = result.findings.filter((f) => f.allowedBy === null);
  const allowed = result.findings.filter((f) => f.allowedBy !== null);
  if (reported.length > 0) parts.push(table(reported, ctx, budget * 0.8));
  if (allowed.length > 0) {
    parts.push(`<details><summary>${plural(allowed.length, 'file')} allowed by <code>allow</code></summary>`);
    parts.push(table(allowed, ctx, budget * 0.15));
    parts.push('</details>');
  }
  const fix = fixCommands(result, ctx);
  if (fix !== '') parts.push('<h4>How to fix</h4>', fix);
  return `${parts.join('\n')}\n`;
}
