// Gathers the facts for the committed-bytecode check (git or disk, headers, what the change
// adds) and hands them to the pure evaluation in check/evaluate.ts.
import type { Inputs } from '../inputs.ts';
import * as git from '../git.ts';
import { readHeads } from '../fs.ts';
import { readFile, stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { allowMatcher } from './allow.ts';
import { baseCommit, changeFromEvent, describeChange, type Change } from './change.ts';
import { evaluate, type AddedSet, type CheckResult } from './evaluate.ts';
import { classify, type Bytecode } from './classify.ts';
import { decodeHeader, type Header } from './pyc.ts';
import { bySubmodule, submoduleNotes } from './submodule.ts';
import { showPath } from '../report/text.ts';
import { join } from 'node:path';
import type { IgnoreAudit } from '../ignore/run.ts';

export interface CheckRun {
  readonly result: CheckResult;
  /** 'git' lists the index; 'disk' is the fallback for a directory outside any work tree. */
  readonly source: 'git' | 'disk';
  /** The project root relative to the work tree top, '' or ending in '/'. */
  readonly repoPrefix: string;
  /** e.g. 'pull request #12'; null when there is no base and every file counts as added. */
  readonly changeName: string | null;
  /** How "added" was decided, for the summary. */
  readonly notes: readonly string[];
  /** Problems the user can fix (shallow clone, unreadable event), as warnings. */
  readonly warnings: readonly string[];
  /** The ignore-rule audit, when one was asked for and the project is in a work tree. */
  readonly audit: IgnoreAudit | null;
  /** Gitlink paths (project-relative) of the project's submodules, whose files a `git rm --cached` here cannot untrack. */
  readonly submodules: readonly string[];
}

export interface RunContext {
  readonly root: string;
  readonly eventName: string;
  readonly eventPath: string | undefined;
  /** Runs the ignore-rule audit over the tracked files, or null to skip it. */
  readonly audit: ((tracked: readonly string[]) => Promise<IgnoreAudit>) | null;
}

async function decodeAll(
  root: string,
  bytecode: readonly Bytecode[],
): Promise<Map<string, Header | { error: string }>> {
  const readable = bytecode.filter((b) => b.kind !== 'pycache-other').map((b) => b.path);
  const heads = await readHeads(root, readable);
  const headers = new Map<string, Header | { error: string }>();
  for (const [path, head] of heads) headers.set(path, head instanceof Uint8Array ? decodeHeader(head) : head);
  return headers;
}

interface Blame {
  /** What the change added or modified. */
  readonly added: AddedSet;
  /** The part of `added` that was already in the base, with other content. */
  readonly modified: ReadonlySet<string>;
  readonly change: Change;
  readonly notes: string[];
  readonly warnings: string[];
}

/**
 * What the change adds inside each submodule: the files of its checkout that are not in the
 * commit the base pinned it at. A submodule the base lacks is added whole; one whose pinned
 * commit is not in its clone (a shallow submodule update) counts as added whole, with a note.
 * Files of submodules nested in a submodule are not blamed (counted as already there).
 */
async function blameSubmodules(
  root: string,
  base: string,
  groups: ReadonlyMap<string, readonly string[]>,
): Promise<{ added: string[]; modified: string[]; notes: string[] }> {
  const present = [...groups].filter(([, files]) => files.length > 0).map(([link]) => link);
  if (present.length === 0) return { added: [], modified: [], notes: [] };
  const pinned = new Map((await git.gitlinksAt(root, base, present)).map((l) => [l.path, l.commit]));
  const added: string[] = [];
  const modified: string[] = [];
  const notes: string[] = [];
  await Promise.all(
    present.map(async (link) => {
      const files = groups.get(link) ?? [];
      const before = pinned.get(link);
      if (before === undefined) {
        added.push(...files);
        return;
      }
      const inSub = await git.changedSinceInSubmodule(join(root, link), before);
      if (inSub === null) {
        added.push(...files);
        notes.push(
          `The commit ${before.slice(0, 12)} that the base pins submodule ${showPath(link)} at is not in its clone, so all of its bytecode counts as added; fetch the submodule with more history for exact blame.`,
        );
        return;
      }
      added.push(...inSub.added.map((p) => `${link}/${p}`));
      modified.push(...inSub.modified.map((p) => `${link}/${p}`));
    }),
  );
  return { added, modified, notes: notes.sort() };
}

async function blame(
  root: string,
  ctx: RunContext,
  submodules: ReadonlyMap<string, readonly string[]>,
): Promise<Blame> {
  const event = await readEvent(ctx.eventPath);
  if ('problem' in event) {
    const change: Change = { kind: 'none', why: event.problem };
    return {
      added: 'all',
      modified: new Set(),
      change,
      notes: [],
      warnings: [`Every tracked bytecode file counts as added, because ${event.problem}.`],
    };
  }
  const change = changeFromEvent(ctx.eventName, event.payload);
  if (change.kind === 'none') {
    return {
      added: 'all',
      modified: new Set(),
      change,
      notes: [`Every tracked bytecode file counts as added, because ${change.why}.`],
      warnings: [],
    };
  }
  const base = baseCommit(change, await git.commitParents(root, 'HEAD'));
  if (base === null) return { added: 'all', modified: new Set(), change, notes: [], warnings: [] };
  if (!(await git.hasCommit(root, base)) && !(await git.fetchCommit(root, base))) {
    const shallow = await git.isShallow(root);
    return {
      added: 'all',
      modified: new Set(),
      change,
      notes: [],
      warnings: [
        `The base commit ${base.slice(0, 12)} of ${describeChange(change)} is not in ${shallow ? 'this shallow clone' : 'this clone'} and could not be fetched, so every tracked bytecode file counts as added; set fetch-depth: 2 (or 0) on actions/checkout for exact blame.`,
      ],
    };
  }
  const [own, inSubmodules] = await Promise.all([
    git.changedSince(root, base),
    blameSubmodules(root, base, submodules),
  ]);
  const subNote =
    submodules.size > 0 ? ' In a submodule, it compares its checkout with the commit that base pins it at.' : '';
  const modified = [...own.modified, ...inSubmodules.modified];
  return {
    added: new Set([...own.added, ...inSubmodules.added, ...modified]),
    modified: new Set(modified),
    change,
    notes: [
      `“Added” means present in the index but not in ${base.slice(0, 12)}, the base of ${describeChange(change)}, and “modified” present in both with other bytes: either is the change's.${subNote}`,
      ...inSubmodules.notes,
    ],
    warnings: [],
  };
}

export async function runCheck(inputs: Inputs, ctx: RunContext): Promise<CheckRun> {
  const { root } = ctx;
  const allow = allowMatcher(inputs.allow);
  // Before anything is read or written, so an old git cannot leave a half-applied fix.
  if (inputs.fix) await git.requireGit(git.GIT_NEEDS.fix);
  const top = await git.workTreeTop(root);

  if (top === null) {
    const paths = await scanDisk(root);
    const bytecode = paths.map(classify).filter((b): b is Bytecode => b !== null);
    const sources = new Set<string>();
    for (const b of bytecode) if (b.source !== null && (await exists(join(root, b.source)))) sources.add(b.source);
    const result = evaluate({
      bytecode,
      headers: await decodeAll(root, bytecode),
      sourceExists: (p) => sources.has(p),
      added: 'all',
      allow,
      failOn: inputs.failOn,
      ignoredByRules: new Set(),
    });
    return {
      result,
      source: 'disk',
      repoPrefix: '',
      changeName: null,
      notes: [
        `${inputs.path} is not inside a git work tree, so the files on disk were scanned instead of git's index, and every bytecode file counts as added.`,
      ],
      warnings: [],
      audit: null,
      submodules: [],
    };
  }

  // Bytecode committed in a submodule ships with a checkout just the same, so the check lists
  // it too; the ignore-rule audit and the fix stay with this repository's own files, since a
  // submodule's rules and index belong to another repository.
  const { paths: tracked, gitlinks } = await git.listIndex(root);
  const listed = gitlinks.length === 0 ? { paths: tracked } : await git.listTrackedWithSubmodules(root);
  const listWarnings: string[] = [];
  if (listed.paths === null) {
    listWarnings.push(
      `The submodules' files were not checked, because git refused to list them (${listed.problem}); this repository's own files were checked, and its .gitmodules needs fixing before submodules can be.`,
    );
  }
  const all = listed.paths ?? tracked;
  const submodules =
    listed.paths === null || gitlinks.length === 0
      ? new Map<string, string[]>()
      : bySubmodule(
          new Set(tracked),
          all,
          gitlinks.map((l) => l.path),
        );
  const bytecode = all.map(classify).filter((b): b is Bytecode => b !== null);
  // Only the sources bytecode names are ever looked up: a set of those, not of every path.
  const wanted = new Set(bytecode.flatMap((b) => (b.source === null ? [] : [b.source])));
  const sources = new Set(wanted.size === 0 ? [] : all.filter((p) => wanted.has(p)));
  const [repoPrefix, audit] = await Promise.all([git.prefixOf(root), ctx.audit === null ? null : ctx.audit(tracked)]);
  const subNotes = submoduleNotes(submodules);
  if (bytecode.length === 0) {
    const result = evaluate({
      bytecode,
      headers: new Map(),
      sourceExists: () => false,
      added: new Set(),
      allow,
      failOn: inputs.failOn,
      ignoredByRules: new Set(),
    });
    return {
      result,
      source: 'git',
      repoPrefix,
      changeName: null,
      notes: subNotes,
      warnings: listWarnings,
      audit,
      submodules: [...submodules.keys()],
    };
  }

  const [headers, found] = await Promise.all([decodeAll(root, bytecode), blame(root, ctx, submodules)]);
  const result = evaluate({
    bytecode,
    headers,
    sourceExists: (p) => sources.has(p),
    added: found.added,
    modified: found.modified,
    allow,
    failOn: inputs.failOn,
    ignoredByRules: audit?.committedIgnored ?? new Set(),
  });
  return {
    result,
    source: 'git',
    repoPrefix,
    changeName: found.added === 'all' ? null : describeChange(found.change),
    notes: [...subNotes, ...found.notes],
    warnings: [...listWarnings, ...found.warnings],
    audit,
    submodules: [...submodules.keys()],
  };
}

/** Bytecode-looking files on disk below `root`, relative to it, for a directory git does not track. */
async function scanDisk(root: string): Promise<string[]> {
  const patterns = ['**/*.pyc', '**/*.pyo', '**/*$py.class', '**/__pycache__/**'].map((p) => join(root, p)).join('\n');
  // Loaded only when there is no git work tree to ask: it brings @actions/core and undici.
  const glob = await import('@actions/glob');
  const globber = await glob.create(patterns, {
    matchDirectories: false,
    followSymbolicLinks: false,
    implicitDescendants: true,
  });
  const found = new Set<string>();
  for await (const file of globber.globGenerator()) {
    found.add(relative(root, file).split(sep).join('/'));
  }
  return [...found].sort();
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** The webhook payload of the run, or a sentence saying why it cannot be used. */
async function readEvent(path: string | undefined): Promise<{ payload: unknown } | { problem: string }> {
  if (!path) return { problem: 'GITHUB_EVENT_PATH is not set' };
  try {
    return { payload: JSON.parse(await readFile(path, 'utf8')) as unknown };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { problem: `GITHUB_EVENT_PATH names ${path}, which does not exist` };
    return { problem: `the event payload at GITHUB_EVENT_PATH could not be read (${(error as Error).message})` };
  }
}
