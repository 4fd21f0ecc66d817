// The main step: read inputs once, run each enabled capability, publish, fail once.
import * as core from '@actions/core';
import { Input, Output, readInputs, type InputName, type Inputs } from './inputs.ts';
import { resolveProjectRoot, writeWorkspaceJson } from './files.ts';
import { confine, listTracked } from './git.ts';
import { runCheck, type CheckRun } from './check.ts';
import { applyFix, auditProject, FixError, type FixResult, type IgnoreAudit } from './ignore/run.ts';
import type { Negation } from './ignore/audit.ts';
import { allowMatcher } from './scan/allow.ts';
import { withUntracked, type CheckResult } from './scan/check.ts';
import { bytecodeAnnotations, type AnnotationSpec } from './report/annotations.ts';
import { ignoreAnnotations, ignoreFailure, ignoreSummary } from './report/ignore.ts';
import { buildSarif, VERSION } from './report/sarif.ts';
import { boundedJsonList, omittedWarning } from './report/outputs.ts';
import { checkSummary } from './report/summary.ts';
import { plural, showPath } from './report/text.ts';
import { warmSummary } from './report/warm.ts';
import { runWarm } from './warm.ts';
import { hasEscapedBytes } from './pathbytes.ts';
import { artifactsStep } from './artifacts/step.ts';

function annotate(a: AnnotationSpec): void {
  // A name that is not UTF-8 cannot name a file on GitHub: the message shows it escaped instead.
  const file = a.file === undefined || hasEscapedBytes(a.file) ? {} : { file: a.file };
  const props: core.AnnotationProperties = { title: a.title, ...file, ...(a.line === undefined ? {} : { startLine: a.line }) };
  if (a.level === 'error') core.error(a.message, props);
  else if (a.level === 'warning') core.warning(a.message, props);
  else core.notice(a.message, props);
}

function bytecodeFailure(result: CheckResult, changeName: string | null): string | null {
  const { failing, failOn } = result;
  if (failing.length === 0) return null;
  const how = failing.some((f) => f.modified) ? (failing.every((f) => f.modified) ? 'modified' : 'added or modified') : 'added';
  const what = failOn === 'added' && changeName !== null ? `${how} by ${changeName}` : 'tracked';
  return `${plural(failing.length, 'bytecode file is', 'bytecode files are')} ${what} (fail-on: ${failOn}); untrack ${failing.length === 1 ? 'it' : 'them'} with git rm --cached as the step summary shows`;
}

/** Negations that re-include only bytecode the user allows are intended, not findings. */
function harmfulNegations(audit: IgnoreAudit, allow: readonly string[]): Negation[] {
  const allowed = allowMatcher(allow);
  return audit.negations.filter((n) => n.paths.some((p) => allowed(p) === null));
}

interface Fixed {
  /** Null when the fix could not change anything, so the report shows what to do by hand. */
  readonly fix: FixResult | null;
  /** The audit again after the fix, so the report shows what is still wrong. */
  readonly audit: IgnoreAudit | null;
  /** Why the fix stopped (one sentence), or null when it did all it had to. */
  readonly error: string | null;
}

async function fixProject(root: string, check: CheckRun): Promise<Fixed> {
  const remove = check.result.findings.filter((f) => f.allowedBy === null).map((f) => f.path);
  const noRules: IgnoreAudit = { missing: [], negations: [], annotationTarget: '.gitignore', committedIgnored: new Set(), prefix: check.repoPrefix };
  let fix: FixResult;
  try {
    fix = await applyFix(root, check.audit ?? noRules, remove);
  } catch (error) {
    if (!(error instanceof FixError)) throw error;
    const changed = error.done.gitignore !== null || error.done.untracked.length > 0;
    return { fix: changed ? error.done : null, audit: changed && check.audit !== null ? await auditProject(root, await listTracked(root)) : check.audit, error: error.message };
  }
  return { fix, audit: check.audit === null ? null : await auditProject(root, await listTracked(root)), error: null };
}

/** Runs the check and the audit, adds their summary sections, and returns why they fail (if they do). */
async function checkProject(inputs: Inputs, root: string, workspace: string): Promise<string[]> {
  const check = await runCheck(inputs, {
    root,
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    eventPath: process.env.GITHUB_EVENT_PATH,
    audit: inputs.ignoreRules === 'off' ? null : (tracked) => auditProject(root, tracked),
  });
  const repoPath = (p: string): string => `${check.repoPrefix}${p}`;
  const fixed = inputs.fix && check.source === 'git' ? await fixProject(root, check) : null;
  if (inputs.fix && check.source !== 'git') core.warning(`Input '${Input.Fix}' needs a git work tree; ${showPath(inputs.path)} is not in one, so nothing was changed.`);
  // Its own annotation, beside the findings it could not fix, which still fail the step.
  if (fixed !== null && fixed.error !== null) core.error(fixed.error, { title: 'fix: true failed' });
  const result = withUntracked(check.result, new Set(fixed?.fix?.untracked ?? []));
  const audit = fixed?.audit ?? check.audit;
  const negations = audit === null ? [] : harmfulNegations(audit, inputs.allow);

  for (const w of check.warnings) core.warning(w);
  if (check.source === 'disk') for (const n of check.notes) core.notice(n);
  const ignoreLevel = inputs.ignoreRules === 'error' ? 'error' : 'warning';
  const ignoreSpecs = audit === null ? [] : ignoreAnnotations(audit, negations, ignoreLevel, 3);
  const used = { error: ignoreSpecs.filter((a) => a.level === 'error').length, warning: ignoreSpecs.filter((a) => a.level === 'warning').length + check.warnings.length };
  for (const a of [...ignoreSpecs, ...bytecodeAnnotations(result, { repoPath, changeName: check.changeName }, used)]) annotate(a);

  const { findings } = result;
  core.info(`${plural(findings.length, 'tracked bytecode file')} under ${showPath(inputs.path)}; ${plural(result.failing.length, 'fails', 'fail')} the check.`);
  for (const [name, paths] of [
    [Output.BytecodeFiles, findings.map((f) => f.path)],
    [Output.AddedBytecodeFiles, findings.filter((f) => f.added).map((f) => f.path)],
  ] as const) {
    const list = boundedJsonList(paths);
    core.setOutput(name, list.json);
    const cut = omittedWarning(name, list, paths.length);
    if (cut !== null) core.warning(cut);
  }
  core.setOutput(Output.MissingRules, JSON.stringify((check.audit?.missing ?? []).map((m) => m.pattern)));

  if (inputs.sarif !== '') {
    const sarif = buildSarif({ result, audit, negations, ignoreLevel, repoPath, version: VERSION });
    core.info(`SARIF written to ${await writeWorkspaceJson(workspace, inputs.sarif, sarif)}.`);
  }

  core.summary.addRaw(checkSummary(result, { repoPath, changeName: check.changeName, projectPath: inputs.path, notes: check.notes, submodules: check.submodules }));
  if (audit !== null) core.summary.addRaw(ignoreSummary(audit, negations, inputs.ignoreRules, fixed?.fix ?? null, repoPath));
  const reasons = [bytecodeFailure(result, check.changeName), inputs.ignoreRules === 'error' && audit !== null ? ignoreFailure(audit, negations) : null].filter((r): r is string => r !== null);
  // fix: true asked for a change; a tree that refused it fails the step even when nothing else would.
  if (reasons.length === 0 && fixed !== null && fixed.error !== null) reasons.push(`${Input.Fix}: true could not change the repository (see the error above)`);
  return reasons;
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs((name: InputName) => core.getInput(name));
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const root = await resolveProjectRoot(workspace, inputs.path);
    // git looks for no repository above the workspace, and accepts no repository in it but the
    // workspace's own and its submodules.
    await confine(workspace);
    if (!inputs.check && !inputs.warm && inputs.artifacts.length === 0) {
      core.info(`Inputs '${Input.Check}' and '${Input.Warm}' are both false: nothing to do.`);
      return;
    }
    core.summary.addRaw('<h2>pycache-action</h2>\n');
    const reasons: string[] = [];
    try {
      if (inputs.check) reasons.push(...(await checkProject(inputs, root, workspace)));
      if (inputs.artifacts.length > 0) reasons.push(...(await artifactsStep(inputs, workspace, annotate)));
      if (inputs.warm) core.summary.addRaw(warmSummary(await runWarm(inputs, root)));
    } finally {
      await core.summary.write();
    }
    if (reasons.length > 0) core.setFailed(`${reasons.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
