// The main step: read inputs once, run each enabled capability, publish, fail once.
import * as core from '@actions/core';
import { Input, Output, readInputs, type InputName } from './inputs.ts';
import { resolveProjectRoot } from './files.ts';
import { runCheck, type CheckRun } from './check.ts';
import { bytecodeAnnotations, type AnnotationSpec } from './report/annotations.ts';
import { checkSummary } from './report/summary.ts';
import { plural, showPath } from './report/text.ts';

function annotate(a: AnnotationSpec): void {
  const props: core.AnnotationProperties = { title: a.title, ...(a.file === undefined ? {} : { file: a.file }), ...(a.line === undefined ? {} : { startLine: a.line }) };
  if (a.level === 'error') core.error(a.message, props);
  else if (a.level === 'warning') core.warning(a.message, props);
  else core.notice(a.message, props);
}

function failure(check: CheckRun): string | null {
  const { failing, failOn } = check.result;
  if (failing.length === 0) return null;
  const what = failOn === 'added' && check.changeName !== null ? `added by ${check.changeName}` : 'tracked';
  return `${plural(failing.length, 'bytecode file is', 'bytecode files are')} ${what} (fail-on: ${failOn}); untrack ${failing.length === 1 ? 'it' : 'them'} with git rm --cached as the step summary shows.`;
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs((name: InputName) => core.getInput(name));
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const root = await resolveProjectRoot(workspace, inputs.path);
    if (!inputs.check) {
      core.info(`Input '${Input.Check}' is false: nothing to check.`);
      return;
    }

    const check = await runCheck(inputs, { root, eventName: process.env.GITHUB_EVENT_NAME ?? '', eventPath: process.env.GITHUB_EVENT_PATH });
    const repoPath = (p: string): string => `${check.repoPrefix}${p}`;
    for (const w of check.warnings) core.warning(w);
    if (check.source === 'disk') for (const n of check.notes) core.notice(n);
    for (const a of bytecodeAnnotations(check.result, { repoPath, changeName: check.changeName })) annotate(a);

    const { findings } = check.result;
    core.info(`${plural(findings.length, 'tracked bytecode file')} under ${showPath(inputs.path)}; ${plural(check.result.failing.length, 'fails', 'fail')} the check.`);
    core.setOutput(Output.BytecodeFiles, JSON.stringify(findings.map((f) => f.path)));
    core.setOutput(Output.AddedBytecodeFiles, JSON.stringify(findings.filter((f) => f.added).map((f) => f.path)));

    await core.summary
      .addRaw('<h2>pycache-action</h2>\n')
      .addRaw(checkSummary(check.result, { repoPath, changeName: check.changeName, projectPath: inputs.path, notes: check.notes }))
      .write();

    const reason = failure(check);
    if (reason !== null) core.setFailed(reason);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
