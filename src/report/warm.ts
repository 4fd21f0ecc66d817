// The cache-warming part of the step summary.
import type { Restore, Save } from '../cache.ts';
import type { Interpreter } from '../warm/key.ts';
import type { CompileCounts } from '../warm/plan.ts';
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
  const after = noSave === null ? 'the post step saves the tree' : `the post step does not save it (${escapeHtml(noSave)})`;
  switch (restored.kind) {
    case 'hit':
      return `✅ Cache hit: restored <code>${escapeHtml(restored.matchedKey)}</code>, saved by an earlier run for these exact sources and interpreters.`;
    case 'partial':
      return `♻️ Partial hit: restored <code>${escapeHtml(restored.matchedKey)}</code>, an older tree saved for other sources, and brought it up to date; ${after}.`;
    case 'miss':
      return `🆕 Cache miss: compiled from scratch; ${after}.`;
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
      `<p>Prefix ${htmlPath(report.prefix)}: ${plural(report.size.files, 'file')}, ${mebibytes(report.size.bytes)}, in ${report.seconds.toFixed(1)} s. Key <code>${escapeHtml(report.key)}</code>. ${
        report.full === null ? '<code>PYTHONPYCACHEPREFIX</code> is set for the later steps of this job.' : `⚠️ ${escapeHtml(report.full)}`
      }</p>`,
      ...(errors.length > 0
        ? [
            `<details><summary>${plural(errors.length, 'file')} could not be compiled (syntax errors are normal in test data)</summary><ul>${errors.map((e) => `<li>${htmlPath(e.path)}: ${escapeHtml(e.message)}</li>`).join('')}</ul></details>`,
          ]
        : []),
    ].join('\n') + '\n'
  );
}

export function refreshSummary(totals: { rewritten: number; pruned: number; kept: number }, saved: Save | null, key: string, seconds: number): string {
  const save =
    saved === null ? 'Nothing saved (cache hit or <code>cache: false</code>).' : saved.kind === 'saved' ? `Saved as <code>${escapeHtml(key)}</code>.` : `Not saved: ${escapeHtml(saved.why)}.`;
  return `<h3>Bytecode cache (post)</h3>\n<p>${plural(totals.rewritten, 'pyc')} written during the job rewritten, ${plural(totals.pruned, 'orphan')} pruned, ${totals.kept} kept. ${save} ${seconds.toFixed(1)} s.</p>\n`;
}
