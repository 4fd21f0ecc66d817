// Turns findings into job annotations. The runner shows at most 10 annotations of each
// level per step, so files are grouped by directory, added ones first, and whatever does
// not fit is folded into a last annotation that points to the step summary.
import type { CheckResult, Finding } from '../check/evaluate.ts';
import { plural, showPath } from './text.ts';

export type Level = 'error' | 'warning' | 'notice';

export interface AnnotationSpec {
  readonly level: Level;
  readonly title: string;
  readonly message: string;
  /** Relative to the repository root, as the runner expects. */
  readonly file?: string;
  readonly line?: number;
}

export const ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationContext {
  /** Turns a project-relative path into a repository-relative one. */
  readonly repoPath: (path: string) => string;
  /** e.g. 'pull request #12', 'this push'; null when nothing tells what the change added. */
  readonly changeName: string | null;
  /** 'disk' outside a git work tree: the files are found, not tracked, and git cannot untrack them. */
  readonly source?: 'git' | 'disk';
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Groups in first-seen order, so the findings' order (added first) carries over. */
function groupByDir(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const dir = dirOf(f.path);
    const group = groups.get(dir);
    if (group) group.push(f);
    else groups.set(dir, [f]);
  }
  return [...groups.values()];
}

function fileNote(f: Finding, ctx: AnnotationContext): string {
  if (f.sourceless) {
    return ` It is a sourceless .pyc: Python imports it in place of the missing ${showPath(ctx.repoPath(f.source ?? ''))}, so code that no longer exists can still run.`;
  }
  if (f.ignoredByRules) return ' The ignore rules match it, but ignore rules never untrack a file.';
  return '';
}

/** "all added", "2 added and 1 modified", "1 modified": what the change did to a group's files. */
function changeCounts(added: number, modified: number, total: number): string {
  if (added === total) return 'all added';
  if (modified === total) return 'all modified';
  return [added > 0 ? `${added} added` : '', modified > 0 ? `${modified} modified` : ''].filter(Boolean).join(' and ');
}

function advice(count: number, ctx: AnnotationContext): string {
  const them = count === 1 ? 'it' : 'them';
  if (ctx.source === 'disk')
    return `No git repository holds ${them}: delete ${them} if this tree is shipped (see the step summary).`;
  return `Untrack ${them} with \`git rm --cached\` and ignore ${them} (see the step summary).`;
}

function groupAnnotation(level: Level, group: readonly Finding[], ctx: AnnotationContext): AnnotationSpec {
  const first = group[0] as Finding;
  const added = ctx.changeName === null ? 0 : group.filter((f) => f.added).length;
  const modified = ctx.changeName === null ? 0 : group.filter((f) => f.modified).length;
  const disk = ctx.source === 'disk';
  const title =
    added > 0
      ? `Bytecode ${modified === added ? 'modified' : 'added'} by ${ctx.changeName}`
      : disk
        ? 'Bytecode found'
        : 'Committed bytecode';
  const untrack = advice(group.length, ctx);
  const tracked = disk ? 'found' : 'tracked';
  if (group.length === 1) {
    return {
      level,
      title,
      file: ctx.repoPath(first.path),
      message: `${showPath(ctx.repoPath(first.path))} is ${added > 0 && !disk ? `${modified > 0 ? 'modified' : 'added'} by ${ctx.changeName}` : tracked} but is bytecode.${fileNote(first, ctx)} ${untrack}`,
    };
  }
  const dir = dirOf(ctx.repoPath(first.path));
  const shown = group.slice(0, 5).map((f) => showPath(baseName(f.path)));
  const more = group.length > shown.length ? `, and ${group.length - shown.length} more` : '';
  const addedText =
    added === 0 ? '' : ` (${changeCounts(added - modified, modified, group.length)} by ${ctx.changeName})`;
  const sourceless = group.filter((f) => f.sourceless).length;
  const sourcelessText =
    sourceless > 0
      ? ` ${plural(sourceless, 'is a sourceless .pyc', 'are sourceless .pyc files')} that Python imports in place of missing sources.`
      : '';
  return {
    level,
    title,
    file: ctx.repoPath(first.path),
    message: `${plural(group.length, 'bytecode file')} ${tracked} in ${showPath(dir === '' ? '.' : `${dir}/`)}${addedText}: ${shown.join(', ')}${more}.${sourcelessText} ${untrack}`,
  };
}

function levelAnnotations(
  level: Level,
  findings: readonly Finding[],
  ctx: AnnotationContext,
  limit: number,
): AnnotationSpec[] {
  if (limit <= 0) return [];
  const groups = groupByDir(findings);
  if (groups.length <= limit) return groups.map((g) => groupAnnotation(level, g, ctx));
  const shown = groups.slice(0, limit - 1);
  const rest = groups.slice(limit - 1);
  const restFiles = rest.reduce((n, g) => n + g.length, 0);
  const first = (rest[0] as Finding[])[0] as Finding;
  return [
    ...shown.map((g) => groupAnnotation(level, g, ctx)),
    {
      level,
      title: ctx.source === 'disk' ? 'More bytecode found' : 'More committed bytecode',
      file: ctx.repoPath(first.path),
      message: `${plural(restFiles, 'more bytecode file')} in ${plural(rest.length, 'more directory', 'more directories')}, starting with ${showPath(ctx.repoPath(first.path))}. The step summary lists them.`,
    },
  ];
}

/** `used` counts annotations of each level that other findings (and the failure itself) already take in this step. */
export function bytecodeAnnotations(
  result: CheckResult,
  ctx: AnnotationContext,
  used: { error: number; warning: number } = { error: 0, warning: 0 },
): AnnotationSpec[] {
  const reported = result.findings.filter((f) => f.allowedBy === null);
  return [
    ...levelAnnotations(
      'error',
      reported.filter((f) => f.failing),
      ctx,
      ANNOTATIONS_PER_LEVEL - used.error,
    ),
    ...levelAnnotations(
      'warning',
      reported.filter((f) => !f.failing),
      ctx,
      ANNOTATIONS_PER_LEVEL - used.warning,
    ),
  ];
}
