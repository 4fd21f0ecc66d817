// Every decision of the check step's report, as one pure function: which annotations of each
// level fit the runner's 10 (the failure's own error and the plain warnings included), what
// the outputs say, the summary, and why the step fails. main.ts gathers the facts and
// carries the answer out; unit tests call this directly.
import { Input, Output, type Inputs, type OutputName } from '../inputs.ts';
import type { Negation } from '../ignore/audit.ts';
import type { FixResult, IgnoreAudit } from '../ignore/run.ts';
import { allowMatcher } from '../check/allow.ts';
import type { CheckResult, Finding } from '../check/evaluate.ts';
import type { CheckRun } from '../check/run.ts';
import type { BytecodeKind } from '../check/classify.ts';
import { ANNOTATIONS_PER_LEVEL, bytecodeAnnotations, type AnnotationSpec, type Level } from './annotations.ts';
import {
  fixSummary,
  ignoreAnnotationCounts,
  ignoreAnnotations,
  ignoreFailure,
  ignoreSkipped,
  ignoreSummary,
  type IgnoreReportContext,
} from './ignore.ts';
import { boundedJsonList, omittedWarning } from './outputs.ts';
import { checkSummary } from './summary.ts';
import { plural, showPath } from './text.ts';

/** The check as run (before any fix), with the audit replaced by the one after the fix. */
export interface CheckFactsForReport extends Omit<CheckRun, 'audit'> {
  readonly inputs: Pick<Inputs, 'path' | 'allow' | 'ignoreRules' | 'fix'>;
  /** The ignore-rule audit, after the fix when there was one; null when it did not run. */
  readonly audit: IgnoreAudit | null;
  /** What `fix: true` changed (null: nothing, or not asked), and why it stopped, if it did. */
  readonly fix: FixResult | null;
  readonly fixError: string | null;
  /** Annotations of each level that later parts of the same step may add (the warm step's warnings). */
  readonly reserved?: Partial<Record<Level, number>>;
}

export interface CheckReport {
  /** In the order to emit them; each level within the runner's 10, the failure's annotation counted. */
  readonly annotations: readonly AnnotationSpec[];
  readonly outputs: readonly (readonly [OutputName, string])[];
  readonly summary: string;
  /** Why the step fails; empty when it passes. */
  readonly reasons: readonly string[];
  /** The check after the fix: what is still tracked. */
  readonly result: CheckResult;
  readonly negations: readonly Negation[];
  readonly ignore: IgnoreReportContext | null;
  readonly repoPath: (path: string) => string;
  /** One line for the log. */
  readonly info: string;
}

/** The result after `fix: true` untracked some files: those are no longer tracked, so no longer findings. */
export function withoutUntracked(result: CheckResult, untracked: readonly string[]): CheckResult {
  if (untracked.length === 0) return result;
  const gone = new Set(untracked);
  const findings = result.findings.filter((f) => !gone.has(f.path));
  return { ...result, findings, failing: findings.filter((f) => f.failing) };
}

/** Negations that re-include only bytecode the user allows are intended, not findings. */
export function harmfulNegations(negations: readonly Negation[], allow: readonly string[]): Negation[] {
  const allowed = allowMatcher(allow);
  return negations.filter((n) => n.paths.some((p) => allowed(p) === null));
}

function bytecodeFailure(result: CheckResult, changeName: string | null, source: 'git' | 'disk'): string | null {
  const { failing, failOn } = result;
  if (failing.length === 0) return null;
  if (source === 'disk')
    return `${plural(failing.length, 'bytecode file is', 'bytecode files are')} in the project, which is in no git work tree (fail-on: ${failOn}); see the step summary`;
  const how = failing.some((f) => f.modified)
    ? failing.every((f) => f.modified)
      ? 'modified'
      : 'added or modified'
    : 'added';
  const what = failOn === 'added' && changeName !== null ? `${how} by ${changeName}` : 'tracked';
  return `${plural(failing.length, 'bytecode file is', 'bytecode files are')} ${what} (fail-on: ${failOn}); untrack ${failing.length === 1 ? 'it' : 'them'} with git rm --cached as the step summary shows`;
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** How many annotations the bytecode findings at each level would want (one a directory). */
function bytecodeWants(findings: readonly Finding[]): { error: number; warning: number } {
  const reported = findings.filter((f) => f.allowedBy === null);
  const count = (fs: readonly Finding[]): number => new Set(fs.map((f) => dirOf(f.path))).size;
  return { error: count(reported.filter((f) => f.failing)), warning: count(reported.filter((f) => !f.failing)) };
}

const LEVELS: readonly Level[] = ['error', 'warning', 'notice'];

export function reportCheck(facts: CheckFactsForReport): CheckReport {
  const { inputs, source, changeName } = facts;
  const repoPath = (p: string): string => `${facts.repoPrefix}${p}`;
  const untracked = facts.fix?.untracked ?? [];
  const result = withoutUntracked(facts.result, untracked);
  const audit = facts.audit;
  const negations = audit === null ? [] : harmfulNegations(audit.negations, inputs.allow);
  const reported = result.findings.filter((f) => f.allowedBy === null);
  const ignore: IgnoreReportContext | null =
    audit === null || inputs.ignoreRules === 'off'
      ? null
      : {
          level: inputs.ignoreRules,
          trackedKinds: new Set<BytecodeKind>(reported.map((f) => f.kind)),
          tracked: new Set(result.findings.map((f) => f.path)),
        };

  // Outputs describe the repository after the fix; what the fix did has outputs of its own.
  const outputs: [OutputName, string][] = [];
  const plainWarnings: string[] = [...facts.warnings];
  for (const [name, paths] of [
    [Output.BytecodeFiles, result.findings.map((f) => f.path)],
    [Output.AddedBytecodeFiles, result.findings.filter((f) => f.added).map((f) => f.path)],
    [Output.UntrackedBytecodeFiles, untracked],
  ] as const) {
    const list = boundedJsonList(paths);
    outputs.push([name, list.json]);
    const cut = omittedWarning(name, list, paths.length);
    if (cut !== null) plainWarnings.push(cut);
  }
  outputs.push([Output.MissingRules, JSON.stringify((audit?.missing ?? []).map((m) => m.pattern))]);
  outputs.push([Output.AppendedRules, JSON.stringify(facts.fix?.gitignore?.added ?? [])]);
  if (inputs.fix && source !== 'git')
    plainWarnings.push(
      `Input '${Input.Fix}' needs a git work tree; ${showPath(inputs.path)} is not in one, so nothing was changed.`,
    );

  const reasons = [
    bytecodeFailure(result, changeName, source),
    ignore !== null && audit !== null ? ignoreFailure(audit, negations, ignore) : null,
  ].filter((r): r is string => r !== null);
  // fix: true asked for a change; a tree that refused it fails the step even when nothing else would.
  if (reasons.length === 0 && facts.fixError !== null)
    reasons.push(`${Input.Fix}: true could not change the repository (see the error above)`);

  // The budget: plain annotations first, then the failure's own error (core.setFailed), then
  // the ignore findings (at least 3 of a level when there are that many) and the bytecode.
  const plain: AnnotationSpec[] = [
    ...plainWarnings.map((message): AnnotationSpec => ({ level: 'warning', title: '', message })),
    ...(source === 'disk'
      ? facts.notes.map((message): AnnotationSpec => ({ level: 'notice', title: '', message }))
      : []),
    ...(facts.fixError !== null
      ? [{ level: 'error', title: 'fix: true failed', message: facts.fixError } as AnnotationSpec]
      : []),
  ];
  const left = Object.fromEntries(
    LEVELS.map((l) => [
      l,
      ANNOTATIONS_PER_LEVEL -
        plain.filter((a) => a.level === l).length -
        (l === 'error' && reasons.length > 0 ? 1 : 0) -
        (facts.reserved?.[l] ?? 0),
    ]),
  ) as Record<Level, number>;
  const plainShown = LEVELS.flatMap((l) => {
    const all = plain.filter((a) => a.level === l);
    // Room for the failure is kept even when plain annotations alone would fill the level.
    return all.slice(0, ANNOTATIONS_PER_LEVEL - (l === 'error' && reasons.length > 0 ? 1 : 0));
  });
  for (const l of LEVELS) left[l] = Math.max(0, left[l]);

  const wants = bytecodeWants(result.findings);
  let ignoreSpecs: AnnotationSpec[] = [];
  if (ignore !== null && audit !== null) {
    const counts = ignoreAnnotationCounts(audit, negations, ignore);
    const limits = Object.fromEntries(
      LEVELS.map((l) => {
        const want = counts[l];
        const bytecode = l === 'notice' ? 0 : wants[l];
        return [l, Math.min(want, Math.max(left[l] - bytecode, Math.min(3, left[l])))];
      }),
    ) as Record<Level, number>;
    ignoreSpecs = ignoreAnnotations(audit, negations, ignore, limits);
  }
  const used = (l: 'error' | 'warning'): number =>
    ANNOTATIONS_PER_LEVEL - left[l] + ignoreSpecs.filter((a) => a.level === l).length;
  const bytecode = bytecodeAnnotations(
    result,
    { repoPath, changeName, source },
    { error: used('error'), warning: used('warning') },
  );

  const summary: string[] = [];
  if (inputs.fix && source === 'git') summary.push(fixSummary(facts.fix, facts.fixError, repoPath));
  summary.push(
    checkSummary(result, {
      repoPath,
      changeName,
      projectPath: inputs.path,
      notes: facts.notes,
      submodules: facts.submodules,
      source,
    }),
  );
  if (ignore !== null && audit !== null)
    summary.push(ignoreSummary(audit, negations, ignore, facts.fix?.gitignore != null));
  else if (inputs.ignoreRules !== 'off' && source === 'disk')
    summary.push(
      ignoreSkipped(
        `${showPath(inputs.path)} is in no git work tree, and ignore rules are what git reads when it adds files; check the project out with git to audit them.`,
      ),
    );

  const what = source === 'disk' ? 'bytecode file found on disk' : 'tracked bytecode file';
  const info = `${plural(result.findings.length, what, `${what.replace('file', 'files')}`)} under ${showPath(inputs.path)}; ${plural(result.failing.length, 'fails', 'fail')} the check.`;
  return {
    annotations: [...ignoreSpecs, ...bytecode, ...plainShown],
    outputs,
    summary: summary.join(''),
    reasons,
    result,
    negations,
    ignore,
    repoPath,
    info,
  };
}
