// The verdict on one built distribution, from its members as the archive adapter read them.
// Pure: the same classification, header decoding and `allow` globs as the repository check.
import type { FailOn } from '../inputs.ts';
import type { AllowMatcher } from '../check/allow.ts';
import { evaluate, type CheckResult } from '../check/evaluate.ts';
import { classify, type Bytecode } from '../check/classify.ts';
import { decodeHeader, type Header } from '../check/pyc.ts';
import type { ArchiveRead } from './read.ts';

export interface ArtifactResult {
  /** Workspace-relative, '/'-separated: where annotations point. */
  readonly path: string;
  readonly kind: 'wheel' | 'sdist' | 'archive';
  /** Findings are member paths as stored in the archive. */
  readonly result: CheckResult;
  /** Member names with an absolute or `..` path (the first 100): nothing extracts them here, but an installer might. */
  readonly unsafeNames: readonly string[];
  readonly unsafeCount: number;
  /** Why the archive could not be read whole (a limit, corruption, not an archive), or null. */
  readonly stopped: string | null;
}

export function artifactKind(path: string, format: ArchiveRead['format']): ArtifactResult['kind'] {
  if (format === 'zip' && path.endsWith('.whl')) return 'wheel';
  if (format === 'tar') return 'sdist';
  return 'archive';
}

/** A member name that would land outside the folder it is extracted into. */
export function isUnsafeName(name: string): boolean {
  const path = name.replace(/\\/g, '/');
  return path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split('/').includes('..');
}

/**
 * The paths `allow` is matched against: the member path without a leading `./` or `/`, and for
 * an sdist also the path below its top folder (`pkg-1.0/tests/x.pyc` -> `tests/x.pyc`), so the
 * globs written for the repository allow the same files in its sdist.
 */
export function allowPaths(member: string, kind: ArtifactResult['kind']): string[] {
  const path = member.replace(/^(?:\.?\/)+/, '');
  const slash = path.indexOf('/');
  return kind === 'sdist' && slash > 0 ? [path, path.slice(slash + 1)] : [path];
}

export function evaluateArtifact(path: string, read: ArchiveRead, allow: AllowMatcher, failOn: FailOn): ArtifactResult {
  const kind = artifactKind(path, read.format);
  const bytecode: Bytecode[] = [];
  const headers = new Map<string, Header | { error: string }>();
  for (const member of read.bytecode) {
    const b = classify(member.path);
    if (b === null || headers.has(member.path)) continue;
    bytecode.push(b);
    if (b.kind !== 'pycache-other')
      headers.set(member.path, member.head instanceof Uint8Array ? decodeHeader(member.head) : member.head);
    else if (!(member.head instanceof Uint8Array)) headers.set(member.path, member.head);
  }
  const result = evaluate({
    bytecode,
    headers,
    sourceExists: (source) => read.sources.has(source),
    // Nothing in an archive is older than the archive: every member is new in what ships.
    added: 'all',
    allow: (member) => {
      for (const p of allowPaths(member, kind)) {
        const glob = allow(p);
        if (glob !== null) return glob;
      }
      return null;
    },
    failOn: failOn === 'never' ? 'never' : 'any',
    ignoredByRules: new Set(),
  });
  return { path, kind, result, unsafeNames: read.unsafe, unsafeCount: read.unsafeCount, stopped: read.stopped };
}
