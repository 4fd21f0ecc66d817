// The pre-commit hook's terminal text, in the style of `npm start`: one line per finding with
// its level, then what to run, then PASS or FAIL. Pure. Names come from the repository, so
// control characters and bidi overrides are shown escaped, and every list is bounded.
import type { Negation } from '../ignore/audit.ts';
import type { IgnoreAudit } from '../ignore/run.ts';
import type { BytecodeKind } from '../check/classify.ts';
import type { CheckResult, Finding } from '../check/evaluate.ts';
import { describeHeader } from '../check/pyc.ts';
import { ignoreAnnotations, missingLevel, type IgnoreReportContext } from './ignore.ts';
import { untrackCommand } from './summary.ts';
import { plural, showPath } from './text.ts';

export interface Paint {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly cyan: (s: string) => string;
}

const plain = (s: string): string => s;
export const NO_PAINT: Paint = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };

export function ansiPaint(): Paint {
  const code =
    (n: string) =>
    (s: string): string =>
      `\u001b[${n}m${s}\u001b[0m`;
  return { bold: code('1'), dim: code('2'), red: code('31'), yellow: code('33'), green: code('32'), cyan: code('36') };
}

export interface HookReport {
  readonly result: CheckResult;
  /** Null when the audit was not asked for. */
  readonly audit: IgnoreAudit | null;
  readonly negations: readonly Negation[];
  readonly ignoreLevel: 'warning' | 'error';
}

const LINES_SHOWN = 50;
const AUDIT_SHOWN = 10;

// showPath escapes C0/C1 controls; a terminal also obeys bidi overrides, which could make a
// name read as another.
function visible(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function details(f: Finding): string {
  const out: string[] = [];
  if (f.header !== null) {
    const { python, mode } = describeHeader(f.header);
    out.push(mode === '—' ? python : `${python}, ${mode}`);
  }
  if (f.sourceless) out.push('sourceless: Python imports it in place of the missing source');
  if (f.headerError !== null) out.push(f.headerError);
  if (f.allowedBy !== null) out.push(`allowed by ${f.allowedBy}`);
  return out.join('; ');
}

/** The audit's reading of the rules: recommended rules (`*.pyo`, `*$py.class`) fail only for kinds the commit holds. */
function ignoreContext(report: HookReport): IgnoreReportContext {
  const reported = report.result.findings.filter((f) => f.allowedBy === null);
  return {
    level: report.ignoreLevel,
    trackedKinds: new Set<BytecodeKind>(reported.map((f) => f.kind)),
    tracked: new Set(report.result.findings.map((f) => f.path)),
  };
}

export function hookFails(report: HookReport): boolean {
  const ctx = ignoreContext(report);
  const auditFails =
    report.ignoreLevel === 'error' &&
    report.audit !== null &&
    (report.audit.missing.some((m) => missingLevel(m, ctx) === 'error') || report.negations.length > 0);
  return report.result.failing.length > 0 || auditFails;
}

export function hookText(report: HookReport, paint: Paint = NO_PAINT): string {
  const { result } = report;
  const out: string[] = [];
  const level = (f: Finding): string =>
    f.failing ? paint.red('error  ') : f.allowedBy !== null ? paint.cyan('notice ') : paint.yellow('warning');
  if (result.findings.length > 0) {
    out.push(
      paint.bold(
        `${plural(result.findings.length, 'bytecode file')} in this commit; ${plural(result.failing.length, 'fails', 'fail')} the check.`,
      ),
    );
    for (const f of result.findings.slice(0, LINES_SHOWN)) {
      const about = details(f);
      out.push(`${level(f)}  ${visible(showPath(f.path))}${about === '' ? '' : `  ${paint.dim(visible(about))}`}`);
    }
    if (result.findings.length > LINES_SHOWN)
      out.push(paint.dim(`… and ${plural(result.findings.length - LINES_SHOWN, 'more file')}`));
    const remove = result.failing;
    if (remove.length > 0) {
      // File by file, never a whole __pycache__/ folder: pre-commit may pass a long list in
      // several runs, so this run cannot know that nothing else (an allowed file) is staged there.
      // The same command the step summary gives: exactly these names, taken literally, never a
      // pattern that could also take an allowed file.
      const command = untrackCommand(
        remove.map((f) => f.path),
        null,
      );
      out.push(
        '',
        paint.bold('Unstage them (the files stay on disk):'),
        // A here-document is shown flush left: indenting it would change the names and its end marker.
        ...(command.includes('\n') ? command.split('\n').map(visible) : [`  ${visible(command)}`]),
      );
    }
  }
  if (report.audit !== null) {
    const specs = ignoreAnnotations(report.audit, report.negations, ignoreContext(report), {
      error: AUDIT_SHOWN,
      warning: AUDIT_SHOWN,
      notice: AUDIT_SHOWN,
    });
    if (out.length > 0) out.push('');
    if (specs.length === 0) out.push(paint.bold("The repository's ignore rules keep bytecode out of git."));
    for (const a of specs) {
      const where =
        a.file === undefined ? '' : `${visible(showPath(a.file))}${a.line === undefined ? '' : `:${a.line}`}  `;
      out.push(
        `${a.level === 'error' ? paint.red('error  ') : a.level === 'warning' ? paint.yellow('warning') : paint.cyan('notice ')}  ${where}${paint.bold(visible(a.title))}: ${visible(a.message)}`,
      );
    }
  }
  if (out.length > 0) out.push('', hookFails(report) ? paint.bold(paint.red('FAIL')) : paint.bold(paint.green('PASS')));
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
