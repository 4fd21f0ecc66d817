// The artifact check as a step of the action: runs it, reports it, and returns why it fails.
import * as core from '../core.ts';
import { Input, type Inputs } from '../inputs.ts';
import type { AnnotationSpec } from '../report/annotations.ts';
import { artifactAnnotations, artifactsFailure, artifactsSummary } from '../report/artifacts.ts';
import { plural, showPath } from '../report/text.ts';
import { checkArtifacts } from './run.ts';

const ANNOTATIONS = 5;

/** Adds the summary section and annotations; returns the failure sentences (none when it passes). */
export async function artifactsStep(
  inputs: Inputs,
  workspace: string,
  annotate: (a: AnnotationSpec) => void,
): Promise<string[]> {
  const run = await core.group('Built distributions', async () => {
    const result = await checkArtifacts(workspace, {
      patterns: inputs.artifacts,
      allow: inputs.allow,
      failOn: inputs.failOn,
    });
    for (const a of result.artifacts)
      core.info(
        `${showPath(a.path)}: ${a.kind}, ${plural(a.result.findings.length, 'bytecode member')}${a.stopped === null ? '' : `; ${a.stopped}`}`,
      );
    return result;
  });
  if (run.artifacts.length === 0)
    core.warning(
      `Input '${Input.Artifacts}' matched no file; build the distributions before this step, or fix the globs.`,
    );
  for (const a of artifactAnnotations(run, ANNOTATIONS)) annotate(a);
  core.summary.addRaw(artifactsSummary(run));
  const failure = artifactsFailure(run, inputs.failOn);
  return failure === null ? [] : [failure];
}
