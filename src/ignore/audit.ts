// The ignore-rule audit, as pure functions over what `git check-ignore` answered. Rules are
// never compared as text: `*.py[codz]`, `*.pyc` + `*.pyo` and `**/__pycache__/` are all
// spellings git judges, so the audit asks git about example paths ("probes") and reads the
// verdicts.
//
// Path conventions:
// - directories (`Probe.dir`, `MissingRule.dirs`) are relative to the project root,
//   '/'-separated, no trailing slash, and '.' is the project root itself (never '');
// - probe and tracked paths are relative to the project root, as git prints them there;
// - files that hold rules (`Negation.file`, and the match sources passed in) are whatever
//   the caller normalised them to; run.ts makes in-tree files repository-relative, because
//   a rule may live above the project root and annotations want repository paths.
import type { IgnoreMatch } from '../git.ts';
import { classify } from '../check/classify.ts';

export type ProbeKind =
  /** `dir/__pycache__/mod.cpython-311.pyc`: what CPython 3 writes */
  | 'pycache'
  /** `dir/mod.pyc`: Python 2 and sourceless layouts */
  | 'pyc'
  /** `dir/mod.pyo`: Python 2 and 3.2–3.4 optimised bytecode */
  | 'pyo'
  /** `dir/mod$py.class`: Jython */
  | 'jython';

export interface Probe {
  readonly path: string;
  readonly dir: string;
  readonly kind: ProbeKind;
  /** The directories git's verdict on this probe stands for (probes.ts); absent: just `dir`. */
  readonly dirs?: readonly string[];
}

/** A file git reads rules from that other contributors do not share. */
export interface ExcludeSource {
  /** In the same form as the `source` of the matches given to auditIgnore. */
  readonly path: string;
  /** How to name it to a person, e.g. '.git/info/exclude'. */
  readonly label: string;
}

export interface MissingRule {
  readonly pattern: string;
  /** Source directories whose bytecode the repository's rules leave exposed. */
  readonly dirs: string[];
  /** Labels of the unshared files (info/exclude, the global excludes file) that do ignore it. */
  readonly foundOnlyIn: string[];
}

/** An in-tree rule that re-includes bytecode. */
export interface Negation {
  readonly file: string;
  readonly line: number;
  /** As written, with its leading '!'. */
  readonly pattern: string;
  /** Probes, tracked bytecode and the paths it names that it decides, sorted. */
  readonly paths: string[];
  /**
   * Which of `paths` are examples rather than tracked files: probe names, and paths made
   * from the negation's own pattern (even one it spells out exactly need not exist). Say
   * "files such as …" for these. auditIgnore always sets it; optional only so that reports
   * can be built by hand in tests.
   */
  readonly examples?: string[];
}

export interface AuditResult {
  readonly missing: MissingRule[];
  readonly negations: Negation[];
}

export const ROOT_DIR = '.';

const PYCACHE_PATTERN = '__pycache__/';
const PYC_PATTERN = '*.pyc';
const PYO_PATTERN = '*.pyo';
const PYC_PYO_PATTERN = '*.py[cod]';
const JYTHON_PATTERN = '*$py.class';

/** Canonical order, so output does not depend on which directory was probed first. */
const PATTERN_ORDER = [PYCACHE_PATTERN, PYC_PYO_PATTERN, PYC_PATTERN, PYO_PATTERN, JYTHON_PATTERN];

export const GITIGNORE_COMMENT = '# Python bytecode (added by pycache-action)';

function dirPrefix(dir: string): string {
  return dir === ROOT_DIR || dir === '' ? '' : `${dir}/`;
}

/**
 * Directories that hold tracked Python sources, plus the project root: bytecode is written
 * beside (or in a `__pycache__/` below) the source it came from, so these are the places a
 * rule has to reach.
 */
export function sourceDirs(trackedFiles: readonly string[]): string[] {
  const dirs = new Set<string>();
  // git lists a directory's files together, so most paths repeat the directory before them.
  let last = '';
  for (const path of trackedFiles) {
    if (!path.endsWith('.py')) continue;
    const slash = path.lastIndexOf('/');
    if (slash < 0) continue;
    if (slash === last.length && path.startsWith(last)) continue;
    last = path.slice(0, slash);
    dirs.add(last);
  }
  dirs.delete(ROOT_DIR);
  // In git's order of first appearance: deterministic, and sorting 100k names costs more
  // than anything else here. Findings are sorted where they are reported.
  return [ROOT_DIR, ...dirs];
}

/** Code-unit order without the root; the native sort needs no comparator call per pair. */
function sortDirs(dirs: Iterable<string>): string[] {
  const list: string[] = [];
  for (const d of dirs) if (d !== ROOT_DIR) list.push(d);
  return list.sort();
}

export function probePaths(dirs: readonly string[]): Probe[] {
  const probes: Probe[] = [];
  for (const dir of dirs) {
    const at = dirPrefix(dir);
    const d = at === '' ? ROOT_DIR : dir;
    probes.push(
      { path: `${at}__pycache__/mod.cpython-311.pyc`, dir: d, kind: 'pycache' },
      { path: `${at}mod.pyc`, dir: d, kind: 'pyc' },
      { path: `${at}mod.pyo`, dir: d, kind: 'pyo' },
      { path: `${at}mod$py.class`, dir: d, kind: 'jython' },
    );
  }
  return probes;
}

interface Exposure {
  readonly dirs: Set<string>;
  readonly foundIn: Set<string>;
}

function sorted(set: Iterable<string>, compare?: (a: string, b: string) => number): string[] {
  return [...set].sort(compare);
}

/**
 * Judges git's verdicts on the probes (and on any tracked bytecode passed in the same
 * check-ignore call, which only ever adds negations).
 *
 * A probe is protected only when an in-tree rule ignores it. git lets in-tree .gitignore
 * files beat info/exclude beat the global file, and `check-ignore -v` names the deciding
 * rule, so a verdict from an exclude source means no in-tree rule matched at all.
 *
 * A probe re-included by an in-tree negation is reported as a negation and not as a missing
 * rule: appending the rule again would either do nothing (a deeper .gitignore wins) or
 * silently override a line the user wrote, and the fix must do neither.
 */
export function auditIgnore(
  probes: readonly Probe[],
  matches: readonly IgnoreMatch[],
  excludeSources: readonly ExcludeSource[],
  /** Paths asked about because a negation matches them (probes.ts negationWitnesses). */
  witnesses: readonly string[] = [],
  /** Tracked bytecode: real files, whatever probe or witness shares the name. */
  tracked: ReadonlySet<string> = new Set(),
): AuditResult {
  const byPath = new Map<string, IgnoreMatch>();
  for (const m of matches) byPath.set(m.path, m);
  const labels = new Map(excludeSources.map((s) => [s.path, s.label] as const));

  const exposed = new Map<ProbeKind, Exposure>();
  const negations = new Map<string, { file: string; line: number; pattern: string; paths: Set<string> }>();

  const negate = (m: IgnoreMatch, path: string): void => {
    const key = `${m.source}\0${m.line}\0${m.pattern}`;
    const found = negations.get(key);
    if (found) found.paths.add(path);
    else negations.set(key, { file: m.source, line: m.line, pattern: m.pattern, paths: new Set([path]) });
  };

  const probePathSet = new Set<string>();
  for (const probe of probes) {
    probePathSet.add(probe.path);
    const m = byPath.get(probe.path);
    const decided = m !== undefined && m.source !== '';
    const unshared = decided ? labels.get(m.source) : undefined;
    const negation = decided && m.pattern.startsWith('!');
    if (decided && unshared === undefined) {
      if (negation) negate(m, probe.path);
      continue;
    }
    let e = exposed.get(probe.kind);
    if (!e) exposed.set(probe.kind, (e = { dirs: new Set(), foundIn: new Set() }));
    for (const d of probe.dirs ?? [probe.dir]) e.dirs.add(d);
    // A negation in an unshared file un-ignores nothing the repository ignored, and names no
    // place where the rule was found.
    if (unshared !== undefined && !negation) e.foundIn.add(unshared);
  }

  for (const m of matches) {
    if (probePathSet.has(m.path) || m.source === '' || !m.pattern.startsWith('!') || labels.has(m.source)) continue;
    if (classify(m.path) !== null) negate(m, m.path);
  }
  const witnessSet = new Set(witnesses);
  const isExample = (path: string): boolean => !tracked.has(path) && (probePathSet.has(path) || witnessSet.has(path));

  const missing: MissingRule[] = [];
  const add = (pattern: string, kinds: readonly ProbeKind[]): void => {
    const dirs = new Set<string>();
    const foundIn = new Set<string>();
    for (const kind of kinds) {
      const e = exposed.get(kind);
      e?.dirs.forEach((d) => dirs.add(d));
      e?.foundIn.forEach((f) => foundIn.add(f));
    }
    if (dirs.size > 0)
      missing.push({
        pattern,
        dirs: dirs.has(ROOT_DIR) ? [ROOT_DIR, ...sortDirs(dirs)] : sortDirs(dirs),
        foundOnlyIn: sorted(foundIn),
      });
  };

  add(PYCACHE_PATTERN, ['pycache']);
  // One `*.py[cod]` as soon as any directory exposes both, since that one line covers every
  // directory either is exposed in; when no directory exposes both, the narrower patterns
  // each name their own directories, so nothing broader than needed is proposed.
  const pyc = exposed.get('pyc')?.dirs ?? new Set<string>();
  const pyo = exposed.get('pyo')?.dirs ?? new Set<string>();
  if ([...pyc].some((d) => pyo.has(d))) {
    add(PYC_PYO_PATTERN, ['pyc', 'pyo']);
  } else {
    add(PYC_PATTERN, ['pyc']);
    add(PYO_PATTERN, ['pyo']);
  }
  add(JYTHON_PATTERN, ['jython']);
  missing.sort((a, b) => PATTERN_ORDER.indexOf(a.pattern) - PATTERN_ORDER.indexOf(b.pattern));

  const negationList = [...negations.values()]
    .map((n) => {
      const paths = sorted(n.paths);
      return { file: n.file, line: n.line, pattern: n.pattern, paths, examples: paths.filter(isExample) };
    })
    .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { missing, negations: negationList };
}

/**
 * Tracked bytecode that the repository's rules ignore: committed before the rule existed.
 * Reads git's verdicts on the tracked bytecode from the same check-ignore call as the probes
 * (asked with --no-index, as `ls-files -ci` would judge them but without its walk of every
 * directory); a file only an unshared exclude file ignores does not count.
 */
export function committedDespiteRules(
  trackedBytecode: readonly string[],
  matches: readonly IgnoreMatch[],
  excludeSources: readonly ExcludeSource[] = [],
): Set<string> {
  const wanted = new Set(trackedBytecode.filter((p) => classify(p) !== null));
  const unshared = new Set(excludeSources.map((s) => s.path));
  const ignored = new Set<string>();
  for (const m of matches) {
    if (wanted.has(m.path) && m.source !== '' && !m.pattern.startsWith('!') && !unshared.has(m.source))
      ignored.add(m.path);
  }
  return ignored;
}

/** The lines to paste into a .gitignore: the same text the fix appends to a new file. */
export function gitignoreBlock(patterns: readonly string[]): string {
  if (patterns.length === 0) return '';
  return `${[GITIGNORE_COMMENT, ...new Set(patterns)].join('\n')}\n`;
}
