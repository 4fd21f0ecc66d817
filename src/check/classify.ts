// Which tracked paths are bytecode, and where their source would be. Paths are
// '/'-separated and relative to the project root, as git prints them.

export type BytecodeKind =
  /** `.pyc` anywhere */
  | 'pyc'
  /** `.pyo` anywhere (Python 2 and 3.2–3.4 optimised bytecode) */
  | 'pyo'
  /** Jython's `mod$py.class` */
  | 'jython'
  /** anything else inside a `__pycache__/` directory (temp files, other tools' caches) */
  | 'pycache-other';

export type Layout =
  /** `pkg/__pycache__/mod.cpython-311.pyc`: never imported without its source */
  | 'pycache'
  /** `pkg/mod.pyc` beside where `pkg/mod.py` would be: importable on its own */
  | 'legacy';

export interface Bytecode {
  readonly path: string;
  readonly kind: BytecodeKind;
  readonly layout: Layout;
  /** The source Python would compile this from, or null when the name does not say. */
  readonly source: string | null;
}

const PYCACHE = '__pycache__';

function splitDir(path: string): [dir: string, name: string] {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? ['', path] : [path.slice(0, slash + 1), path.slice(slash + 1)];
}

function inPycache(path: string): boolean {
  return path.startsWith(`${PYCACHE}/`) || path.includes(`/${PYCACHE}/`);
}

export function classify(path: string): Bytecode | null {
  // The suffix of the path is the suffix of its name: decide before splitting, since almost
  // every tracked path is not bytecode.
  const kind: BytecodeKind | null = path.endsWith('.pyc')
    ? 'pyc'
    : path.endsWith('.pyo')
      ? 'pyo'
      : path.endsWith('$py.class')
        ? 'jython'
        : inPycache(path)
          ? 'pycache-other'
          : null;
  if (kind === null) return null;
  const [dir, name] = splitDir(path);

  // importlib's source_from_cache: `<dir>/__pycache__/<stem>.<tag>[.opt-N].pyc` -> `<dir>/<stem>.py`.
  if (dir.endsWith(`${PYCACHE}/`) || dir === `${PYCACHE}/`) {
    const parent = dir.slice(0, dir.length - PYCACHE.length - 1);
    const parts = name.split('.');
    const tagged =
      (kind === 'pyc' || kind === 'pyo') &&
      (parts.length === 3 || (parts.length === 4 && /^opt-/.test(parts[2] ?? '')));
    return { path, kind, layout: 'pycache', source: tagged && parts[0] ? `${parent}${parts[0]}.py` : null };
  }
  if (inPycache(path)) return { path, kind, layout: 'pycache', source: null };

  const stem = kind === 'jython' ? name.slice(0, -'$py.class'.length) : name.slice(0, -'.pyc'.length);
  return { path, kind, layout: 'legacy', source: stem === '' ? null : `${dir}${stem}.py` };
}

/**
 * A legacy `mod.pyc` with no `mod.py`: Python 3 imports it in place of the missing source,
 * so a deleted or renamed module keeps running from stale bytecode.
 */
export function isSourceless(bytecode: Bytecode, sourceExists: (path: string) => boolean): boolean {
  return (
    bytecode.kind === 'pyc' &&
    bytecode.layout === 'legacy' &&
    bytecode.source !== null &&
    !sourceExists(bytecode.source)
  );
}
