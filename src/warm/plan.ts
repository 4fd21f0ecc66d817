// What each interpreter precompiles, and what the user should know about the mode chosen.
import type { InvalidationMode, Scope } from '../inputs.ts';
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

export function compileRoots(interpreter: Interpreter, scope: readonly Scope[], root: string, sources: readonly string[]): CompileRoot[] {
  const roots: CompileRoot[] = [];
  if (scope.includes('project') && sources.length > 0) roots.push({ path: root, kind: 'project', files: sources });
  if (scope.includes('stdlib')) for (const path of interpreter.stdlib) roots.push({ path, kind: 'stdlib' });
  if (scope.includes('site-packages')) for (const path of interpreter.sitePackages) roots.push({ path, kind: 'site-packages' });
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
