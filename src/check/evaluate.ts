// The committed-bytecode verdict, from facts gathered elsewhere. Pure: no git, no disk.
import type { FailOn } from '../inputs.ts';
import type { AllowMatcher } from './allow.ts';
import { isSourceless, type Bytecode } from './classify.ts';
import type { Header } from './pyc.ts';

export interface Finding extends Bytecode {
  /** Decoded header, or null where none was read (not a .pyc/.pyo/$py.class, or unreadable). */
  readonly header: Header | null;
  /** Why the header could not be read, e.g. 'not in the working tree'. */
  readonly headerError: string | null;
  /** Whether the source this bytecode was compiled from is in the tree; null when the name does not say. */
  readonly sourcePresent: boolean | null;
  readonly sourceless: boolean;
  /** The change's: added by it, or (see `modified`) already committed and rewritten by it. */
  readonly added: boolean;
  /** Already in the base, with other bytes now: a rewritten file is the change's as much as a new one. */
  readonly modified: boolean;
  /** The `allow` pattern that lets this file be committed, or null. */
  readonly allowedBy: string | null;
  /** Tracked although the repository's own rules ignore it: committed before the rule existed. */
  readonly ignoredByRules: boolean;
  readonly failing: boolean;
}

/** 'all' when there is no base to compare with: every tracked bytecode file counts as added. */
export type AddedSet = ReadonlySet<string> | 'all';

export interface CheckFacts {
  readonly bytecode: readonly Bytecode[];
  readonly headers: ReadonlyMap<string, Header | { readonly error: string }>;
  readonly sourceExists: (path: string) => boolean;
  /** What the change added or modified. */
  readonly added: AddedSet;
  /** Which of `added` were already in the base (with other content); none when absent. */
  readonly modified?: ReadonlySet<string>;
  readonly allow: AllowMatcher;
  readonly failOn: FailOn;
  readonly ignoredByRules: ReadonlySet<string>;
}

export interface CheckResult {
  /** Failing first, then added, then by path. */
  readonly findings: readonly Finding[];
  readonly failing: readonly Finding[];
  readonly failOn: FailOn;
}

export function evaluate(facts: CheckFacts): CheckResult {
  const findings = facts.bytecode.map((b): Finding => {
    const read = facts.headers.get(b.path);
    const header = read === undefined || 'error' in read ? null : read;
    const added = facts.added === 'all' || facts.added.has(b.path);
    const allowedBy = facts.allow(b.path);
    const failing = allowedBy === null && (facts.failOn === 'any' || (facts.failOn === 'added' && added));
    return {
      ...b,
      header,
      headerError: read !== undefined && 'error' in read ? read.error : null,
      sourcePresent: b.source === null ? null : facts.sourceExists(b.source),
      sourceless: isSourceless(b, facts.sourceExists),
      added,
      modified: added && facts.modified !== undefined && facts.modified.has(b.path),
      allowedBy,
      ignoredByRules: facts.ignoredByRules.has(b.path),
      failing,
    };
  });
  findings.sort(byImportance);
  return { findings, failing: findings.filter((f) => f.failing), failOn: facts.failOn };
}

function rank(f: Finding): number {
  return (f.failing ? 0 : 4) + (f.allowedBy === null ? 0 : 2) + (f.added ? 0 : 1);
}

function byImportance(a: Finding, b: Finding): number {
  return rank(a) - rank(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** The result after `fix: true` untracked some files: those no longer fail. */
export function withUntracked(result: CheckResult, untracked: ReadonlySet<string>): CheckResult {
  if (untracked.size === 0) return result;
  const findings = result.findings.map((f) => (f.failing && untracked.has(f.path) ? { ...f, failing: false } : f));
  return { ...result, findings, failing: findings.filter((f) => f.failing) };
}
