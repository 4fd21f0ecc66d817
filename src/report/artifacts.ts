// The built-distribution check in the step summary, the annotations and the failure sentence.
// Pure. Member names come from an archive anyone could have built: every one goes through
// htmlPath or showPath, and every list is bounded.
import type { ArtifactResult } from '../artifacts/check.ts';
import type { ArtifactsRun } from '../artifacts/run.ts';
import type { FailOn } from '../inputs.ts';
import type { Finding } from '../check/evaluate.ts';
import { describeHeader } from '../check/pyc.ts';
import type { AnnotationSpec } from './annotations.ts';
import { escapeHtml, htmlPath, plural, showPath } from './text.ts';

const SECTION_BUDGET = 200 * 1024;
const UNSAFE_SHOWN = 5;

function notes(f: Finding): string {
  const out: string[] = [];
  if (f.sourceless) out.push('sourceless: Python imports it in place of the missing source');
  if (f.headerError !== null) out.push(f.headerError);
  if (f.allowedBy !== null) out.push(`allowed by ${f.allowedBy}`);
  return out.map(escapeHtml).join('; ');
}

function row(artifact: ArtifactResult, f: Finding): string {
  const { python, mode } = f.header === null ? { python: '—', mode: '—' } : describeHeader(f.header);
  const cells = [
    htmlPath(artifact.path),
    htmlPath(f.path),
    escapeHtml(python),
    escapeHtml(mode),
    f.failing ? '❌' : f.allowedBy !== null ? 'allowed' : '⚠️',
    notes(f),
  ];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

function problems(a: ArtifactResult): string[] {
  const out: string[] = [];
  if (a.stopped !== null) out.push(`${htmlPath(a.path)}: ${escapeHtml(a.stopped)}`);
  if (a.unsafeNames.length > 0) {
    const shown = a.unsafeNames.slice(0, UNSAFE_SHOWN).map(htmlPath).join(', ');
    const more = a.unsafeCount > UNSAFE_SHOWN ? ` and ${a.unsafeCount - UNSAFE_SHOWN} more` : '';
    out.push(
      `${htmlPath(a.path)} has ${plural(a.unsafeCount, 'member')} named outside its folder (absolute or with <code>..</code>): ${shown}${more}`,
    );
  }
  return out;
}

/** Why an archive counts against the step: it could not be read whole, so its members are not vouched for. */
function unreadable(run: ArtifactsRun): ArtifactResult[] {
  return run.artifacts.filter((a) => a.stopped !== null);
}

export function artifactsSummary(run: ArtifactsRun, budget = SECTION_BUDGET): string {
  const parts = ['<h3>Bytecode in built distributions</h3>'];
  const findings = run.artifacts.flatMap((a) => a.result.findings.map((f) => [a, f] as const));
  const failing = findings.filter(([, f]) => f.failing).length;
  const checked = plural(run.artifacts.length, 'artifact');
  if (run.artifacts.length === 0)
    parts.push(
      '<p>⚠️ No file matched <code>artifacts</code>: build the distributions before this step, or fix the globs.</p>',
    );
  else if (failing > 0)
    parts.push(
      `<p>❌ ${plural(failing, 'bytecode member')} in ${checked} ${failing === 1 ? 'fails' : 'fail'} the check.</p>`,
    );
  else if (findings.length > 0)
    parts.push(`<p>⚠️ ${plural(findings.length, 'bytecode member')} in ${checked}, none failing.</p>`);
  else parts.push(`<p>✅ No bytecode in ${checked}.</p>`);
  for (const p of run.unmatched.slice(0, 20))
    parts.push(`<p>ℹ️ <code>${escapeHtml(showPath(p))}</code> matched no file.</p>`);
  if (run.skipped > 0)
    parts.push(
      `<p>⚠️ ${plural(run.skipped, 'more matching file')} not read (the first ${run.artifacts.length} were).</p>`,
    );
  for (const p of run.artifacts.flatMap(problems).slice(0, 20)) parts.push(`<p>⚠️ ${p}</p>`);
  if (findings.length > 0) {
    const head =
      '<table><thead><tr><th>Artifact</th><th>Member</th><th>Python</th><th>Invalidation</th><th>Verdict</th><th>Notes</th></tr></thead><tbody>';
    const rows: string[] = [];
    let size = head.length;
    for (const [a, f] of findings) {
      const r = row(a, f);
      if (size + r.length > budget) break;
      rows.push(r);
      size += r.length;
    }
    const rest = findings.length - rows.length;
    const tail = rest > 0 ? `<tr><td colspan="6">… and ${plural(rest, 'more member')}.</td></tr>` : '';
    parts.push(`${head}${rows.join('')}${tail}</tbody></table>`);
  }
  return `${parts.join('\n')}\n`;
}

/** One annotation per artifact (the runner shows at most 10 a level), naming its first members. */
export function artifactAnnotations(run: ArtifactsRun, limit: number): AnnotationSpec[] {
  const out: AnnotationSpec[] = [];
  for (const a of run.artifacts) {
    const reported = a.result.findings.filter((f) => f.allowedBy === null);
    if (reported.length > 0) {
      const failing = reported.some((f) => f.failing);
      const names = reported.slice(0, 3).map((f) => showPath(f.path));
      const more = reported.length > 3 ? ` and ${reported.length - 3} more (see the step summary)` : '';
      out.push({
        level: failing ? 'error' : 'warning',
        title: 'Bytecode in a built distribution',
        file: a.path,
        message: `${a.kind === 'archive' ? 'This archive' : `This ${a.kind}`} carries ${plural(reported.length, 'bytecode member')}: ${names.join(', ')}${more}. Exclude __pycache__/ and *.py[co] from the build (MANIFEST.in, the build backend's exclude settings), or list them in allow.`,
      });
    }
    if (a.stopped !== null)
      out.push({
        level: 'error',
        title: 'Built distribution not read whole',
        file: a.path,
        message: `${showPath(a.path)}: ${a.stopped}.`,
      });
  }
  const errors = out.filter((a) => a.level === 'error').slice(0, limit);
  const warnings = out.filter((a) => a.level === 'warning').slice(0, limit);
  return [...errors, ...warnings];
}

/** The sentence the step fails with, or null. */
export function artifactsFailure(run: ArtifactsRun, failOn: FailOn): string | null {
  const failing = run.artifacts.reduce((n, a) => n + a.result.failing.length, 0);
  const bad = failOn === 'never' ? [] : unreadable(run);
  const parts: string[] = [];
  if (failing > 0)
    parts.push(
      `${plural(failing, 'bytecode member')} in built distributions ${failing === 1 ? 'fails' : 'fail'} the check; exclude __pycache__/ and *.py[co] from the build`,
    );
  if (bad.length > 0)
    parts.push(
      `${plural(bad.length, 'built distribution')} could not be read whole (${bad
        .map((a) => showPath(a.path))
        .slice(0, 3)
        .join(', ')}), so ${bad.length === 1 ? 'its' : 'their'} contents are not vouched for`,
    );
  return parts.length === 0 ? null : parts.join('; ');
}
