// The main step: read inputs once, run each enabled capability, publish, fail once.
import * as core from './core.ts';
import { Input, readInputs, type InputName, type Inputs } from './inputs.ts';
import { resolveProjectRoot, writeWorkspaceJson } from './fs.ts';
import { confine, listTracked, logGitCommands } from './git.ts';
import { runCheck, type CheckRun } from './check/run.ts';
import { applyFix, auditProject, FixError, type FixResult, type IgnoreAudit } from './ignore/run.ts';
import type { AnnotationSpec } from './report/annotations.ts';
import { reportCheck } from './report/check.ts';
import { buildSarif, VERSION } from './report/sarif.ts';
import { SUMMARY_LIMIT } from './report/summary.ts';
import { warmSummary } from './report/warm.ts';
import { runWarm } from './warm/run.ts';
import { hasEscapedBytes } from './pathbytes.ts';
import { artifactsStep } from './artifacts/step.ts';

function annotate(a: AnnotationSpec): void {
  const props: core.AnnotationProperties = {
    ...(a.title === '' ? {} : { title: a.title }),
    // A name that is not UTF-8 cannot name a file on GitHub: the message shows it escaped instead.
    ...(a.file === undefined || hasEscapedBytes(a.file) ? {} : { file: a.file }),
    ...(a.line === undefined ? {} : { startLine: a.line }),
  };
  if (a.level === 'error') core.error(a.message, props);
  else if (a.level === 'warning') core.warning(a.message, props);
  else core.notice(a.message, props);
}

/** The most warnings the main step's warm part emits (the core.warning calls in runWarm). */
const WARM_WARNINGS = 4;

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
  const noRules: IgnoreAudit = {
    missing: [],
    negations: [],
    annotationTarget: '.gitignore',
    committedIgnored: new Set(),
    prefix: check.repoPrefix,
    ownGitignore: false,
  };
  let fix: FixResult;
  try {
    fix = await applyFix(root, check.audit ?? noRules, remove);
  } catch (error) {
    if (!(error instanceof FixError)) throw error;
    const changed = error.done.gitignore !== null || error.done.untracked.length > 0;
    return {
      fix: changed ? error.done : null,
      audit: changed && check.audit !== null ? await auditProject(root, await listTracked(root)) : check.audit,
      error: error.message,
    };
  }
  return { fix, audit: check.audit === null ? null : await auditProject(root, await listTracked(root)), error: null };
}

/** Runs the check and the audit, reports them (reportCheck decides how), and returns why they fail (if they do). */
async function checkProject(inputs: Inputs, root: string, workspace: string): Promise<string[]> {
  const check = await runCheck(inputs, {
    root,
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    eventPath: process.env.GITHUB_EVENT_PATH,
    audit: inputs.ignoreRules === 'off' ? null : (tracked) => auditProject(root, tracked),
  });
  const fixed = inputs.fix && check.source === 'git' ? await fixProject(root, check) : null;
  const report = reportCheck({
    inputs,
    result: check.result,
    source: check.source,
    repoPrefix: check.repoPrefix,
    changeName: check.changeName,
    notes: check.notes,
    warnings: check.warnings,
    submodules: check.submodules,
    audit: fixed?.audit ?? check.audit,
    fix: fixed?.fix ?? null,
    fixError: fixed?.error ?? null,
    // The warm step runs next in this step and may warn (warm.ts: unusable interpreter, no
    // sources, cache unavailable, full disk); its warnings share the runner's 10.
    reserved: { warning: inputs.warm ? WARM_WARNINGS : 0 },
  });
  for (const a of report.annotations) annotate(a);
  core.info(report.info);
  for (const [name, value] of report.outputs) core.setOutput(name, value);
  if (inputs.sarif !== '') {
    const sarif = buildSarif({
      result: report.result,
      audit: report.ignore === null ? null : (fixed?.audit ?? check.audit),
      negations: report.negations,
      ignore: report.ignore,
      repoPath: report.repoPath,
      version: VERSION,
    });
    core.info(`SARIF written to ${await writeWorkspaceJson(workspace, inputs.sarif, sarif)}.`);
  }
  core.summary.addRaw(report.summary);
  return [...report.reasons];
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs((name: InputName) => core.getInput(name));
    logGitCommands((line) => core.debug(line));
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
      if (inputs.check)
        reasons.push(
          ...(await core.group('Committed bytecode and ignore rules', () => checkProject(inputs, root, workspace))),
        );
      if (inputs.artifacts.length > 0)
        reasons.push(...(await core.group('Built distributions', () => artifactsStep(inputs, workspace, annotate))));
      if (inputs.warm)
        core.summary.addRaw(warmSummary(await core.group('Bytecode cache', () => runWarm(inputs, root))));
    } finally {
      // Every section bounds itself; this is the last line of defence, since the runner drops a
      // summary over 1 MiB whole and the findings with it.
      if (Buffer.byteLength(core.summary.stringify()) > SUMMARY_LIMIT - 64 * 1024) {
        core.summary.emptyBuffer();
        core.summary.addRaw(
          '<h2>pycache-action</h2>\n<p>⚠️ The step summary grew past what the runner accepts, so it is left out; the annotations and outputs still hold the findings.</p>\n',
        );
      }
      await core.summary.write();
    }
    if (reasons.length > 0) core.setFailed(`${reasons.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
