// What each interpreter precompiles, and what the user should know about the mode chosen.
import type { InvalidationMode } from '../check/pyc.ts';
import type { Scope } from '../inputs.ts';
import type { Interpreter } from './key.ts';

export interface CompileRoot {
  readonly path: string;
  readonly kind: Scope;
  /** Explicit absolute files; absent means the helper walks `path` for *.py. */
  readonly files?: readonly string[];
}

/** pycache_helper.py's answer to `compile`. */
export interface CompileCounts {
  readonly compiled: number;
  readonly reused: number;
  readonly failed: number;
  readonly files: number;
  readonly seconds: number;
  readonly errors?: readonly { readonly path: string; readonly message: string }[];
  /** Files not written because the prefix's file system is full (ENOSPC, or EDQUOT for a quota). */
  readonly no_space?: number;
  /** Project sources not read (a symbolic link, not a regular file, too big): how many, and the first few. */
  readonly skipped?: number;
  readonly skipped_paths?: readonly { readonly path: string; readonly message: string }[];
  /** The valid pycs this request covers after the run, and their bytes. */
  readonly pyc_files: number;
  readonly pyc_bytes: number;
}

/**
 * The one-sentence warning for a prefix that ran out of space, or null when it did not.
 * A half-filled prefix is worse than none: with PYTHONPYCACHEPREFIX set Python ignores every
 * __pycache__ folder, so each pyc missing from the prefix is compiled again in every process.
 */
export function noSpaceWarning(prefix: string, counts: readonly CompileCounts[]): string | null {
  const missing = counts.reduce((n, c) => n + (c.no_space ?? 0), 0);
  if (missing === 0) return null;
  return `The bytecode prefix ${prefix} ran out of disk space (ENOSPC) with ${missing === 1 ? '1 file' : `${missing} files`} left to write, so PYTHONPYCACHEPREFIX is not set and nothing is cached; free space there or set 'prefix' to a directory on a larger file system.`;
}

export function compileRoots(
  interpreter: Interpreter,
  scope: readonly Scope[],
  root: string,
  sources: readonly string[],
): CompileRoot[] {
  const roots: CompileRoot[] = [];
  if (scope.includes('project') && sources.length > 0) roots.push({ path: root, kind: 'project', files: sources });
  if (scope.includes('stdlib')) for (const path of interpreter.stdlib) roots.push({ path, kind: 'stdlib' });
  if (scope.includes('site-packages'))
    for (const path of interpreter.sitePackages) roots.push({ path, kind: 'site-packages' });
  return roots;
}

export function modeWarning(mode: InvalidationMode): string | null {
  switch (mode) {
    case 'checked-hash':
      return null;
    case 'unchecked-hash':
      return 'invalidation-mode: unchecked-hash pycs are never checked against their sources: a source edited after this step (by code generation or a later checkout) runs its stale bytecode. Use checked-hash unless nothing changes sources after this step.';
    case 'timestamp':
      return 'invalidation-mode: timestamp pycs are useless in a restored cache: every checkout gives sources new mtimes, so Python recompiles each one. Use checked-hash.';
  }
}

/** pycache_helper.py's answer to `refresh` (one interpreter). */
export interface RefreshCounts {
  /** Pycs brought to `mode`: recompiled, or (reheadered) a valid timestamp pyc given a hash header. */
  readonly rewritten: number;
  readonly reheadered?: number;
  /** Pycs whose source is gone. */
  readonly pruned: number;
  /** Pycs the job neither read nor wrote (outside the project): not worth restoring next time. */
  readonly unused?: number;
  readonly kept: number;
  /** Pycs the job read from the tree, and pycs it wrote. */
  readonly read?: number;
  readonly written?: number;
  /** Pycs read from the tree whose source had no valid pyc in place: their compile was saved. */
  readonly saved_files?: number;
  readonly saved_bytes?: number;
  /** Pycs the job wrote although a valid one was in place, which the prefix made Python ignore. */
  readonly extra_files?: number;
  readonly extra_bytes?: number;
  /** Whether the file system recorded the job's reads (atime); without it nothing is pruned as unused. */
  readonly tracked?: boolean;
  /** Source bytes per second this interpreter compiles, timed on a sample. */
  readonly compile_rate?: number | null;
  readonly seconds?: number;
}

export type RestoreKind = 'hit' | 'partial' | 'miss' | 'unavailable' | 'off';

/**
 * Whether a job's Python writes pycs: PYTHONDONTWRITEBYTECODE set to any non-empty string
 * stops it, as in many Docker images. (A variable set only in a later step cannot be seen.)
 */
export function writesBytecode(env: NodeJS.ProcessEnv): boolean {
  return (env.PYTHONDONTWRITEBYTECODE ?? '') === '';
}

/**
 * What the main step precompiles, given what was restored. An exact hit trusts its key.
 * A job that writes bytecode compiles what it imports itself, only that, once, and the post
 * step keeps it: precompiling the whole scope up front cost more than the job saved (issue
 * #11). A job that cannot write bytecode gets the scope precompiled on a miss, and the
 * project's sources on a partial hit. With the cache off nothing is learned between jobs, so
 * the scope is precompiled as asked.
 */
export function compilePlan(restored: RestoreKind, scope: readonly Scope[], writes: boolean): Scope[] {
  if (restored === 'hit') return [];
  if (restored === 'off') return [...scope];
  if (writes) return [];
  return restored === 'partial' ? scope.filter((s) => s === 'project') : [...scope];
}

/** Below this many changed pycs (or a tenth of the tree) a restore-key hit is not saved again. */
const MIN_CHANGED_TO_SAVE = 20;

/**
 * Whether the post step saves. A miss always does. A restore-key hit (a new commit) does only
 * when enough changed: a push that edits a few sources would otherwise upload the whole
 * tree again for a few compiles, and the tree it restored serves the next run as well.
 */
export function saveWorthIt(
  restored: 'hit' | 'partial' | 'miss',
  totals: readonly RefreshCounts[],
): { readonly save: boolean; readonly why: string } {
  if (restored === 'hit') return { save: false, why: 'the cache already holds this key.' };
  if (totals.length === 0) return { save: true, why: '' };
  const tree = totals.reduce((n, t) => n + t.kept + t.rewritten, 0);
  if (tree === 0) return { save: false, why: 'the job left no pycs in the tree (did it run Python?).' };
  if (restored === 'miss') return { save: true, why: '' };
  const changed = totals.reduce((n, t) => n + (t.written ?? t.rewritten) + t.pruned + (t.unused ?? 0), 0);
  const needed = Math.max(MIN_CHANGED_TO_SAVE, Math.ceil(tree / 10));
  if (changed >= needed) return { save: true, why: '' };
  return {
    save: false,
    why: `only ${changed} of ${tree} pycs changed (fewer than ${needed}), so the tree restored from an earlier commit serves the next run as well.`,
  };
}
