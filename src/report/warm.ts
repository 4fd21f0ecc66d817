// The cache-warming part of the step summary.
import type { Restore, Save } from '../cache.ts';
import type { Interpreter } from '../warm/key.ts';
import type { Scope } from '../inputs.ts';
import type { CompileCounts, RefreshCounts } from '../warm/plan.ts';
import { escapeHtml, htmlPath, plural } from './text.ts';

export interface WarmReport {
  readonly prefix: string;
  readonly key: string;
  /** null when `cache: false`. */
  readonly restored: Restore | null;
  /** Why the post step will not save the tree (`save`), or null when it will. */
  readonly noSave: string | null;
  readonly interpreters: readonly Interpreter[];
  /** One per interpreter, in the same order. */
  readonly counts: readonly CompileCounts[];
  readonly size: { readonly files: number; readonly bytes: number };
  readonly seconds: number;
  /** Why the prefix was not exported (its disk filled up), or null when it was. */
  readonly full: string | null;
  /** What the main step precompiled (empty: nothing, the job compiles what it imports). */
  readonly plan: readonly Scope[];
  /** layout: in-place: how many of the project's pycs were copied into its __pycache__ (absent: prefix). */
  readonly placed?: number;
}

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * Where the tree came from, with the exact key: a restored tree is code later steps run, so
 * whoever reads the summary can tell which saved entry (and so which earlier job) it trusts.
 */
function restoreLine(restored: Restore | null, noSave: string | null): string {
  if (restored === null) return 'Cache: off (<code>cache: false</code>); compiled into the prefix only.';
  const after =
    noSave === null ? 'the post step saves the tree' : `the post step does not save it (${escapeHtml(noSave)})`;
  switch (restored.kind) {
    case 'hit':
      return `✅ Cache hit: restored <code>${escapeHtml(restored.matchedKey)}</code>, saved by an earlier run for this commit, and trusted as it is (Python checks each pyc against its source on import).`;
    case 'partial':
      return `♻️ Partial hit: restored <code>${escapeHtml(restored.matchedKey)}</code>, an older tree saved for other sources; Python recompiles what changed as the job imports it, and ${after}.`;
    case 'miss':
      return `🆕 Cache miss: the job compiles what it imports, and ${after}.`;
    case 'unavailable':
      return `⚠️ Cache unavailable (${escapeHtml(restored.why)}): compiled from scratch; ${after}.`;
  }
}

export function warmSummary(report: WarmReport): string {
  const rows = report.interpreters.map((i, n) => {
    const c = report.counts[n];
    const cells = [
      `${escapeHtml(i.implementation)} ${escapeHtml(i.version)}<br>${htmlPath(i.executable)}`,
      `<code>${escapeHtml(i.cacheTag)}</code>`,
      String(i.magic),
      String(c?.compiled ?? 0),
      String(c?.reused ?? 0),
      String(c?.failed ?? 0),
    ];
    return `<tr>${cells.map((x) => `<td>${x}</td>`).join('')}</tr>`;
  });
  const errors = report.counts.flatMap((c) => c.errors ?? []).slice(0, 10);
  return (
    [
      '<h3>Bytecode cache</h3>',
      `<p>${restoreLine(report.restored, report.noSave)}</p>`,
      `<table><thead><tr><th>Interpreter</th><th>cache_tag</th><th>Magic</th><th>Compiled</th><th>Reused</th><th>Failed</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
      `<p>Prefix ${htmlPath(report.prefix)}: ${
        report.plan.length === 0
          ? 'nothing precompiled'
          : `${escapeHtml(report.plan.join(' + '))} precompiled, ${plural(report.size.files, 'file')}, ${mebibytes(report.size.bytes)}`
      }, in ${report.seconds.toFixed(1)} s. Key <code>${escapeHtml(report.key)}</code>. ${
        report.full !== null
          ? `⚠️ ${escapeHtml(report.full)}`
          : report.placed !== undefined
            ? `In place: ${plural(report.placed, 'project pyc')} copied into the project's <code>__pycache__</code> directories; no <code>PYTHONPYCACHEPREFIX</code>.`
            : '<code>PYTHONPYCACHEPREFIX</code> is set for the later steps of this job.'
      }</p>`,
      ...(errors.length > 0
        ? [
            `<details><summary>${plural(errors.length, 'file')} could not be compiled (syntax errors are normal in test data)</summary><ul>${errors.map((e) => `<li>${htmlPath(e.path)}: ${escapeHtml(e.message)}</li>`).join('')}</ul></details>`,
          ]
        : []),
    ].join('\n') + '\n'
  );
}

/** Fallback compile speed (source bytes a second) when the post step timed no sample. */
const DEFAULT_COMPILE_RATE = 3e6;

export interface Payoff {
  /** Estimated seconds of compiling the tree saved this job, and what the prefix made it compile that it had in place. */
  readonly saved: number;
  readonly extra: number;
  readonly savedFiles: number;
  readonly extraFiles: number;
  /** The steps' own time, main + post. */
  readonly cost: number;
  readonly tracked: boolean;
}

export function payoff(
  totals: readonly RefreshCounts[],
  seconds: { readonly main: number; readonly post: number },
): Payoff {
  let saved = 0;
  let extra = 0;
  for (const t of totals) {
    const rate = t.compile_rate && t.compile_rate > 0 ? t.compile_rate : DEFAULT_COMPILE_RATE;
    saved += (t.saved_bytes ?? 0) / rate;
    extra += (t.extra_bytes ?? 0) / rate;
  }
  return {
    saved,
    extra,
    savedFiles: totals.reduce((n, t) => n + (t.saved_files ?? 0), 0),
    extraFiles: totals.reduce((n, t) => n + (t.extra_files ?? 0), 0),
    cost: seconds.main + seconds.post,
    tracked: totals.length > 0 && totals.every((t) => t.tracked === true),
  };
}

/** One line: did warming pay for this job, and if not, what to change. */
export function payoffLine(p: Payoff, first: boolean, layout: 'in-place' | 'prefix' = 'prefix'): string {
  const s = (x: number): string => `${x.toFixed(1)} s`;
  if (!p.tracked)
    return 'ℹ️ This file system did not record which pycs the job read (mounted noatime?), so the whole tree was kept and what it saved is unknown.';
  const detail = `about ${s(p.saved)} of compiling saved (${plural(p.savedFiles, 'pyc')} read from the tree had none in place)${
    p.extraFiles > 0
      ? `, about ${s(p.extra)} spent compiling ${plural(p.extraFiles, 'module')} that had pycs in place, which PYTHONPYCACHEPREFIX makes Python ignore`
      : ''
  }, against ${s(p.cost)} for the action's steps`;
  if (first)
    return `🆕 First run: the tree now holds what this job imported; the next run restores it. This run: ${detail}.`;
  const net = p.saved - p.extra - p.cost;
  if (net >= 0) return `💡 Warming paid: ${detail}, so the job was about ${s(net)} faster than without it.`;
  // In place only the project is warmed: dependencies installed without pycs need the prefix.
  const deps =
    layout === 'in-place'
      ? 'with <code>layout: prefix</code>, for jobs whose dependencies are installed without pycs (<code>uv sync</code>)'
      : 'for jobs whose dependencies are installed without pycs';
  return `⚠️ Warming does not pay for this job (about ${s(-net)} slower than without it): ${detail}. Its imports mostly have pycs in place already, or compile quickly; remove <code>warm: true</code>, or keep it only for jobs that set PYTHONDONTWRITEBYTECODE or, ${deps}.`;
}

export interface PostReport {
  readonly totals: readonly RefreshCounts[];
  readonly saved: Save | null;
  /** Why a restore-key hit was not saved again, or null. */
  readonly skipped: string | null;
  readonly key: string;
  /** A miss: the tree was built during this job. */
  readonly first: boolean;
  readonly seconds: { readonly main: number; readonly post: number };
  /** Whether the tree was refreshed (false: an in-place exact hit, where only the job's reads were counted). */
  readonly refreshed?: boolean;
  readonly layout?: 'in-place' | 'prefix';
}

export function refreshSummary(r: PostReport): string {
  const sum = (pick: (t: RefreshCounts) => number | undefined): number =>
    r.totals.reduce((n, t) => n + (pick(t) ?? 0), 0);
  const save =
    r.skipped !== null
      ? `Not saved: ${escapeHtml(r.skipped)}`
      : r.saved === null
        ? 'Nothing saved (cache hit or <code>cache: false</code>).'
        : r.saved.kind === 'saved'
          ? `Saved as <code>${escapeHtml(r.key)}</code>.`
          : `Not saved: ${escapeHtml(r.saved.why)}.`;
  const counts =
    r.refreshed === false
      ? `The job read ${plural(
          sum((t) => t.read),
          'placed pyc',
        )} and wrote ${sum((t) => t.written)}; the tree was left as restored.`
      : `${sum((t) => t.read)} of the tree's pycs were read by the job and ${sum((t) => t.written)} written; ${plural(
          sum((t) => t.rewritten),
          'pyc',
        )} brought to the invalidation mode, ${plural(
          sum((t) => t.unused),
          'unused pyc',
        )} and ${plural(
          sum((t) => t.pruned),
          'orphan',
        )} pruned, ${sum((t) => t.kept)} kept.`;
  return `<h3>Bytecode cache (post)</h3>\n<p>${payoffLine(payoff(r.totals, r.seconds), r.first, r.layout)}</p>\n<p>${counts} ${save} ${r.seconds.post.toFixed(1)} s.</p>\n`;
}
