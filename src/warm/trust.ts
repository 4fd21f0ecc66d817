// Whether the post step may save the bytecode tree. A saved tree is code every later job of
// the same cache scope runs (Python trusts a checked-hash pyc whose header matches the
// source), so a job that may be running a pull request's code must not write one where the
// base branch's jobs restore from.
import type { SaveMode } from '../inputs.ts';

/**
 * Events whose jobs run in the base repository's cache scope (the default branch's) while
 * workflows commonly check out and build a pull request's code in them: pull_request_target
 * (the pull request's head), workflow_run (artifacts or the head of the run that triggered
 * it, often a fork's pull request) and issue_comment (ChatOps commands that test a pull
 * request). A pull_request job saves only into the pull request's own scope, which nothing
 * else restores from, so it is not here.
 */
export const BASE_SCOPE_EVENTS: readonly string[] = ['pull_request_target', 'workflow_run', 'issue_comment'];

/** Why the post step must not save (one clause), or null when it may. */
export function noSaveReason(mode: SaveMode, eventName: string): string | null {
  if (mode === 'true') return null;
  if (mode === 'false') return 'save: false';
  return BASE_SCOPE_EVENTS.includes(eventName)
    ? `save: auto does not save on ${eventName} events, which write to the base branch's cache while often running a pull request's code; set save: true to save anyway`
    : null;
}
