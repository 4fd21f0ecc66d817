// Finds the built distributions the `artifacts` globs name in the workspace and checks each:
// the only I/O of the artifact check, besides the archive adapter (read.ts).
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import type { FailOn } from '../inputs.ts';
import { Input, InputError } from '../inputs.ts';
import { inside } from '../paths.ts';
import { allowMatcher } from '../check/allow.ts';
import { evaluateArtifact, type ArtifactResult } from './check.ts';
import { DEFAULT_LIMITS, readArchive, type Limits } from './read.ts';

/** Artifacts checked per step: a glob that matches a whole tree would otherwise read it all. */
export const MAX_ARTIFACTS = 1000;

export interface ArtifactsRun {
  /** Sorted by path. */
  readonly artifacts: readonly ArtifactResult[];
  /** Patterns that matched no file, as written. */
  readonly unmatched: readonly string[];
  /** Matches past MAX_ARTIFACTS, not read. */
  readonly skipped: number;
}

export interface ArtifactsOptions {
  readonly patterns: readonly string[];
  readonly allow: readonly string[];
  readonly failOn: FailOn;
  readonly limits?: Limits;
}

function checkPattern(workspace: string, pattern: string): void {
  const positive = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  if (isAbsolute(positive) || !inside(workspace, normalize(join(workspace, positive)))) {
    throw new InputError(
      `Input '${Input.Artifacts}' takes globs relative to the workspace (${workspace}), but ${JSON.stringify(pattern)} reaches outside it.`,
    );
  }
}

export async function checkArtifacts(workspace: string, options: ArtifactsOptions): Promise<ArtifactsRun> {
  for (const p of options.patterns) checkPattern(workspace, p);
  const files = new Set<string>();
  const unmatched: string[] = [];
  // One globber per positive pattern, so a pattern that matches nothing can be named;
  // negations apply to all.
  const negations = options.patterns.filter((p) => p.startsWith('!')).map((p) => `!${join(workspace, p.slice(1))}`);
  for (const pattern of options.patterns.filter((p) => !p.startsWith('!'))) {
    // Loaded only when artifacts are asked for: it brings @actions/core and undici.
    const glob = await import('@actions/glob');
    const globber = await glob.create([join(workspace, pattern), ...negations].join('\n'), {
      matchDirectories: false,
      followSymbolicLinks: false,
      implicitDescendants: false,
    });
    const found = (await globber.glob()).filter((f) => inside(workspace, f));
    if (found.length === 0) unmatched.push(pattern);
    for (const f of found) files.add(f);
  }
  const sorted = [...files].sort();
  const allow = allowMatcher(options.allow);
  const artifacts: ArtifactResult[] = [];
  for (const file of sorted.slice(0, MAX_ARTIFACTS)) {
    const read = await readArchive(file, options.limits ?? DEFAULT_LIMITS);
    artifacts.push(evaluateArtifact(relative(workspace, file).split(sep).join('/'), read, allow, options.failOn));
  }
  return { artifacts, unmatched, skipped: Math.max(0, sorted.length - MAX_ARTIFACTS) };
}
