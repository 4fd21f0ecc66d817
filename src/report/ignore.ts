// The ignore-rule audit as annotations, a summary section and a failure reason, and the
// section that says what `fix: true` changed. Every list here is bounded: a hostile
// .gitignore can hold any number of lines, each of any length.
import type { IgnoreRulesLevel } from '../inputs.ts';
import { gitignoreBlock, ROOT_DIR, type MissingRule, type Negation } from '../ignore/audit.ts';
import type { FixResult, IgnoreAudit } from '../ignore/run.ts';
import type { BytecodeKind } from '../check/classify.ts';
import type { AnnotationSpec, Level } from './annotations.ts';
import { escapeHtml, htmlPath, plural, shellQuote, showPath } from './text.ts';

const DIRS_SHOWN = 5;
const NEGATION_PATHS_SHOWN = 3;
/** A rule line is shown up to this many characters; git reads lines of any length. */
const PATTERN_SHOWN = 200;
/** Bytes of negation and file lists the ignore section may hold, far inside the runner's 1 MiB. */
export const IGNORE_SECTION_BUDGET = 200 * 1024;

/**
 * Rules whose absence lets in bytecode only some interpreters write: `*.pyo` (Python 2 and
 * CPython 3.2–3.4 with -O) and Jython's `*$py.class`. Under `ignore-rules: error` they fail
 * the step only when the repository tracks such files; otherwise they are recommendations.
 */
const RECOMMENDED: ReadonlyMap<string, { readonly kind: BytecodeKind; readonly what: string }> = new Map([
  ['*.pyo', { kind: 'pyo', what: 'optimised .pyo files (Python 2, CPython 3.2–3.4)' }],
  ['*$py.class', { kind: 'jython', what: "Jython's $py.class files" }],
]);

/** What the report needs besides the audit. */
export interface IgnoreReportContext {
  readonly level: Exclude<IgnoreRulesLevel, 'off'>;
  /** Kinds of bytecode the project tracks (allowed files aside): a recommended rule for a tracked kind is required. */
  readonly trackedKinds: ReadonlySet<BytecodeKind>;
  /** Project-relative paths of tracked bytecode: only these are real files; other names a negation decides are examples. */
  readonly tracked: ReadonlySet<string>;
}

/** The level a missing rule is reported at. */
export function missingLevel(rule: MissingRule, ctx: IgnoreReportContext): Level {
  const base: Level = ctx.level === 'warning' ? 'warning' : 'error';
  const recommended = RECOMMENDED.get(rule.pattern);
  if (ctx.level === 'strict' || recommended === undefined || ctx.trackedKinds.has(recommended.kind)) return base;
  return 'notice';
}

function negationLevel(ctx: IgnoreReportContext): Level {
  return ctx.level === 'warning' ? 'warning' : 'error';
}

/** Where the fix writes, relative to the repository root: the project's own .gitignore. */
export function fixTarget(audit: IgnoreAudit): string {
  return `${audit.prefix}.gitignore`;
}

function repoDir(audit: IgnoreAudit, dir: string): string {
  if (dir === ROOT_DIR) return audit.prefix === '' ? 'the repository root' : audit.prefix.replace(/\/$/, '');
  return `${audit.prefix}${dir}`;
}

function dirList(audit: IgnoreAudit, dirs: readonly string[]): string {
  const shown = dirs.slice(0, DIRS_SHOWN).map((d) => showPath(repoDir(audit, d)));
  return dirs.length > DIRS_SHOWN ? `${shown.join(', ')} and ${dirs.length - DIRS_SHOWN} more` : shown.join(', ');
}

function shownPattern(pattern: string): string {
  return showPath(pattern.length > PATTERN_SHOWN ? `${pattern.slice(0, PATTERN_SHOWN)}…` : pattern);
}

function missingMessage(rule: MissingRule, audit: IgnoreAudit, ctx: IgnoreReportContext): string {
  const target = fixTarget(audit);
  const only =
    rule.foundOnlyIn.length > 0
      ? ` Only ${rule.foundOnlyIn.slice(0, 3).map(showPath).join(' and ')} ignore${rule.foundOnlyIn.length === 1 ? 's' : ''} it, and other clones do not share that.`
      : '';
  const recommended = RECOMMENDED.get(rule.pattern);
  const why =
    missingLevel(rule, ctx) === 'notice' && recommended !== undefined
      ? ` Nothing here tracks ${recommended.what}, so this is a recommendation: ignore-rules: ${ctx.level} fails only for rules that keep out CPython's and PyPy's bytecode (ignore-rules: strict fails for this one too).`
      : '';
  return `The repository's ignore rules do not ignore ${rule.pattern} in ${plural(rule.dirs.length, 'directory', 'directories')} (${dirList(audit, rule.dirs)}).${only}${why} Add the line ${rule.pattern} to ${showPath(target)}.`;
}

/** "tracked a.pyc, b.pyc" and/or "files such as x/mod.pyc": probe names are examples, never presented as files. */
function negationTargets(
  n: Negation,
  audit: IgnoreAudit,
  ctx: IgnoreReportContext,
  show: (p: string) => string,
): string {
  const real = n.paths.filter((p) => ctx.tracked.has(p));
  const examples = n.paths.filter((p) => !ctx.tracked.has(p));
  const list = (paths: readonly string[]): string =>
    `${paths
      .slice(0, NEGATION_PATHS_SHOWN)
      .map((p) => show(`${audit.prefix}${p}`))
      .join(', ')}${paths.length > NEGATION_PATHS_SHOWN ? ` and ${paths.length - NEGATION_PATHS_SHOWN} more` : ''}`;
  const parts: string[] = [];
  if (real.length > 0) parts.push(`tracked bytecode (${list(real)})`);
  if (examples.length > 0) parts.push(`files such as ${list(examples.slice(0, 1))}`);
  return parts.join(' and ');
}

function negationMessage(n: Negation, audit: IgnoreAudit, ctx: IgnoreReportContext): string {
  return `${shownPattern(n.pattern)} on line ${n.line} of ${showPath(n.file)} re-includes ${negationTargets(n, audit, ctx, showPath)}. Remove it, or list the files in the allow input if they must be committed.`;
}

/**
 * Annotations, at most `limits[level]` of each level, negations after missing rules. A
 * missing-rule annotation names the file the fix would write only when it exists; the
 * runner cannot place an annotation on a file that is not in the repository.
 */
export function ignoreAnnotations(
  audit: IgnoreAudit,
  negations: readonly Negation[],
  ctx: IgnoreReportContext,
  limits: Readonly<Record<Level, number>>,
): AnnotationSpec[] {
  const target = fixTarget(audit);
  const used: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  const fits = (level: Level): boolean => used[level]++ < limits[level];
  const specs: AnnotationSpec[] = [];
  for (const rule of audit.missing) {
    const level = missingLevel(rule, ctx);
    if (!fits(level)) continue;
    specs.push({
      level,
      title: `${level === 'notice' ? 'Recommended' : 'Missing'} ignore rule: ${rule.pattern}`,
      ...(audit.ownGitignore ? { file: target } : {}),
      message: missingMessage(rule, audit, ctx),
    });
  }
  // Messages are built only for the annotations that fit: a .gitignore may hold any number of negations.
  const level = negationLevel(ctx);
  for (const n of negations) {
    if (!fits(level)) break;
    specs.push({
      level,
      title: 'Ignore rule re-includes bytecode',
      file: n.file,
      line: n.line,
      message: negationMessage(n, audit, ctx),
    });
  }
  return specs;
}

/** How many annotations of each level the audit would give, without building them. */
export function ignoreAnnotationCounts(
  audit: IgnoreAudit,
  negations: readonly Negation[],
  ctx: IgnoreReportContext,
): Record<Level, number> {
  const counts: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const rule of audit.missing) counts[missingLevel(rule, ctx)]++;
  counts[negationLevel(ctx)] += negations.length;
  return counts;
}

/** Why the audit fails the step, or null: only findings at error level fail it. */
export function ignoreFailure(
  audit: IgnoreAudit,
  negations: readonly Negation[],
  ctx: IgnoreReportContext,
): string | null {
  const failing = audit.missing.filter((m) => missingLevel(m, ctx) === 'error');
  const parts: string[] = [];
  if (failing.length > 0) parts.push(`the ignore rules lack ${failing.map((m) => m.pattern).join(', ')}`);
  if (negations.length > 0 && negationLevel(ctx) === 'error')
    parts.push(`${plural(negations.length, 'negation re-includes', 'negations re-include')} bytecode`);
  return parts.length === 0 ? null : `${parts.join(' and ')} (ignore-rules: ${ctx.level})`;
}

/** Items rendered until `budget` bytes are spent, then one line counting the rest. */
function boundedItems<T>(
  items: readonly T[],
  render: (item: T) => string,
  budget: number,
  rest: (count: number) => string,
): string[] {
  const out: string[] = [];
  let size = 0;
  for (const item of items) {
    const text = render(item);
    size += Buffer.byteLength(text);
    if (size > budget) break;
    out.push(text);
  }
  if (out.length < items.length) out.push(rest(items.length - out.length));
  return out;
}

export function ignoreSummary(
  audit: IgnoreAudit,
  negations: readonly Negation[],
  ctx: IgnoreReportContext,
  fixWrote: boolean,
): string {
  const parts = ['<h3>Ignore rules</h3>'];
  const target = fixTarget(audit);
  const levels = audit.missing.map((m) => missingLevel(m, ctx));
  const failing = levels.filter((l) => l !== 'notice').length;
  const recommended = levels.length - failing;
  if (failing + negations.length === 0 && recommended === 0) {
    parts.push("<p>✅ The repository's own ignore rules keep bytecode out of git.</p>");
  } else {
    const what = [
      ...(failing > 0 ? [`${plural(failing, 'rule is', 'rules are')} missing`] : []),
      ...(negations.length > 0
        ? [`${plural(negations.length, 'negation re-includes', 'negations re-include')} bytecode`]
        : []),
      ...(recommended > 0 ? [`${plural(recommended, 'rule is', 'rules are')} recommended`] : []),
    ].join(', ');
    const fails = ctx.level !== 'warning' && failing + negations.length > 0;
    const mark = fails ? '❌' : failing + negations.length > 0 ? '⚠️' : 'ℹ️';
    const keeps = failing + negations.length === 0 ? " The rules keep CPython's and PyPy's bytecode out of git." : '';
    parts.push(`<p>${mark} ${what} (<code>ignore-rules: ${ctx.level}</code>).${keeps}</p>`);
  }
  if (audit.missing.length > 0) {
    const rows = audit.missing.map((m, i) => {
      const note = [
        levels[i] === 'notice' ? 'recommended: nothing here tracks such files' : 'required',
        ...(m.foundOnlyIn.length > 0
          ? [`only in ${m.foundOnlyIn.slice(0, 3).map(htmlPath).join(', ')} (not shared with other clones)`]
          : []),
      ].join('; ');
      return `<tr><td><code>${escapeHtml(m.pattern)}</code></td><td>${escapeHtml(dirList(audit, m.dirs))}</td><td>${note}</td></tr>`;
    });
    parts.push(
      `<table><thead><tr><th>Missing rule</th><th>Directories left exposed</th><th>Note</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
    // Also after a fix that could not write the .gitignore: the rules are still for the user to add.
    if (!fixWrote) {
      parts.push(`<p>Add to ${htmlPath(target)} (or run with <code>fix: true</code>):</p>`);
      parts.push(
        `<pre lang="gitignore"><code>${escapeHtml(gitignoreBlock(audit.missing.map((m) => m.pattern)))}</code></pre>`,
      );
    }
  }
  if (negations.length > 0) {
    const items = boundedItems(
      negations,
      (n) =>
        `<li>${htmlPath(n.file)} line ${n.line}: <code>${escapeHtml(shownPattern(n.pattern))}</code> re-includes ${negationTargets(n, audit, ctx, (p) => htmlPath(p))}</li>`,
      IGNORE_SECTION_BUDGET,
      (count) =>
        `<li>… and ${plural(count, 'more negation')} (set the <code>sarif</code> input to get every finding in a file)</li>`,
    );
    parts.push(`<ul>${items.join('')}</ul>`);
  }
  const committed = audit.committedIgnored.size;
  if (committed > 0)
    parts.push(
      `<p>ℹ️ The rules ignore ${plural(committed, 'tracked bytecode file', 'tracked bytecode files')}, but ignore rules never untrack files; <code>git rm --cached</code> does.</p>`,
    );
  return `${parts.join('\n')}\n`;
}

/** Why the audit did not run, as a summary section. */
export function ignoreSkipped(reason: string): string {
  return `<h3>Ignore rules</h3>\n<p>ℹ️ Not audited: ${escapeHtml(reason)}</p>\n`;
}

const UNTRACKED_SHOWN = 50;
const UNTRACKED_BYTES = 32 * 1024;

/**
 * What `fix: true` changed, first in the summary: the rest of the report describes the
 * repository after it, so this is the only place the changes are listed.
 */
export function fixSummary(fix: FixResult | null, error: string | null, repoPath: (p: string) => string): string {
  const parts = ['<h3>Fix (<code>fix: true</code>)</h3>'];
  if (error !== null) parts.push(`<p>❌ ${escapeHtml(error)}</p>`);
  const lines: string[] = [];
  if (fix?.gitignore) {
    lines.push(
      `<li>${fix.gitignore.created ? 'Created' : 'Appended to'} ${htmlPath(fix.gitignore.path)}: ${fix.gitignore.added.map((p) => `<code>${escapeHtml(p)}</code>`).join(', ')}</li>`,
    );
  }
  if (fix !== null && fix.untracked.length > 0) {
    const shown: string[] = [];
    let bytes = 0;
    for (const p of fix.untracked.slice(0, UNTRACKED_SHOWN)) {
      const html = htmlPath(repoPath(p));
      bytes += Buffer.byteLength(html);
      if (bytes > UNTRACKED_BYTES) break;
      shown.push(html);
    }
    const more =
      fix.untracked.length > shown.length
        ? ` and ${fix.untracked.length - shown.length} more (the <code>untracked-bytecode-files</code> output lists them)`
        : '';
    lines.push(
      `<li>Untracked ${plural(fix.untracked.length, 'file')} with <code>git rm --cached</code> (kept on disk): ${shown.join(', ')}${more}</li>`,
    );
  }
  if (lines.length === 0) {
    if (error === null) parts.push('<p>Nothing to change: the rules and the index were already right.</p>');
    return `${parts.join('\n')}\n`;
  }
  parts.push(`<p>Changed in the working tree and index, not committed:</p>\n<ul>${lines.join('')}</ul>`);
  const add = fix?.gitignore ? `git add -- ${shellQuote(fix.gitignore.path)}\n` : '';
  parts.push(
    `<p>To keep it, commit from the repository root (the untracking is already staged) and push, or open a pull request with it:</p>`,
    `<pre lang="sh"><code>${escapeHtml(`${add}git commit -m ${shellQuote('Stop tracking Python bytecode')}`)}</code></pre>`,
    '<p>The sections below describe the repository after the fix.</p>',
  );
  return `${parts.join('\n')}\n`;
}
