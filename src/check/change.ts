// What "added by this change" is compared against, decided from the event alone.

export type Change =
  /** A pull request: compare with its base. `head` lets us recognise actions/checkout's merge commit. */
  | {
      readonly kind: 'pull_request';
      readonly base: string;
      readonly head: string | null;
      readonly number: number | null;
    }
  /** A push: compare with the commit the branch pointed at before. */
  | { readonly kind: 'push'; readonly before: string }
  /** No base to compare with: every tracked bytecode file counts as added. `why` says so to the user. */
  | { readonly kind: 'none'; readonly why: string };

const ZERO_SHA = /^0+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function get(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function sha(value: unknown): string | null {
  return typeof value === 'string' && SHA.test(value) ? value : null;
}

export function changeFromEvent(eventName: string, payload: unknown): Change {
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const base = sha(get(payload, 'pull_request', 'base', 'sha'));
    if (base === null) {
      return { kind: 'none', why: `the ${eventName} event payload has no pull_request.base.sha` };
    }
    const number = get(payload, 'pull_request', 'number');
    return {
      kind: 'pull_request',
      base,
      head: sha(get(payload, 'pull_request', 'head', 'sha')),
      number: typeof number === 'number' ? number : null,
    };
  }
  if (eventName === 'push') {
    const before = get(payload, 'before');
    if (typeof before === 'string' && ZERO_SHA.test(before)) {
      return { kind: 'none', why: 'this push creates the branch, so there is no earlier commit to compare with' };
    }
    const beforeSha = sha(before);
    if (beforeSha === null) return { kind: 'none', why: 'the push event payload has no "before" commit' };
    return { kind: 'push', before: beforeSha };
  }
  return { kind: 'none', why: `the ${eventName || 'unknown'} event has no base commit` };
}

/**
 * The commit to diff the index against. actions/checkout checks out a pull request's merge
 * commit by default, whose first parent is the base branch as it is now; comparing with it
 * blames exactly what merging would add, even when the base has moved since the PR began.
 */
export function baseCommit(change: Change, headParents: readonly string[] | null): string | null {
  switch (change.kind) {
    case 'pull_request': {
      const [first, second] = headParents ?? [];
      if (first !== undefined && second !== undefined && change.head !== null && second === change.head) return first;
      return change.base;
    }
    case 'push':
      return change.before;
    case 'none':
      return null;
  }
}

export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'pull_request':
      return change.number === null ? 'this pull request' : `pull request #${change.number}`;
    case 'push':
      return 'this push';
    case 'none':
      return 'this run';
  }
}
