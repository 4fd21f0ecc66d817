// Path rules of the three runner platforms, as pure functions of the platform, so that the
// Windows and macOS behaviour can be tested on a Linux machine: whether one path is inside
// another, and where CPython puts a source's pyc under PYTHONPYCACHEPREFIX.
import { posix, win32 } from 'node:path';

/** The platforms GitHub runs; any other NodeJS.Platform follows Linux's rules. */
export type Platform = 'linux' | 'darwin' | 'win32';

function platformOf(platform: NodeJS.Platform): Platform {
  return platform === 'win32' || platform === 'darwin' ? platform : 'linux';
}

// macOS formats volumes as case-insensitive APFS unless asked otherwise (runners included),
// and APFS, like HFS+ before it, treats the NFC and NFD spellings of a name as the same file,
// so `/Users/X/Proj` and `/users/x/proj`, or `é` typed as one or two code points, are one
// directory. Erring towards "the same" is the safe side for the callers: they refuse a prefix
// that may overlap the project. Lowercasing can decompose ('İ' becomes 'i' + U+0307), so the
// composition comes after it.
function foldDarwin(path: string): string {
  return path.toLowerCase().normalize('NFC');
}

/**
 * Whether `child` is `parent` or below it, judged lexically (no symlinks) by the platform's
 * rules: Windows compares case-insensitively, accepts both separators, and never puts one drive
 * or UNC share inside another; macOS ignores case and Unicode normalisation; Linux is exact.
 * Relative paths are resolved against the process's working directory, so pass absolute ones.
 */
export function inside(parent: string, child: string, platform: NodeJS.Platform = process.platform): boolean {
  const on = platformOf(platform);
  // path.win32.relative already compares case-insensitively and returns `child` itself
  // (absolute) when the two are on different drives or shares.
  const path = on === 'win32' ? win32 : posix;
  const rel = on === 'darwin' ? posix.relative(foldDarwin(parent), foldDarwin(child)) : path.relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

// What follows ports importlib._bootstrap_external (CPython 3.13) statement by statement,
// quirks included, because only an exact copy predicts the files a real interpreter reads and
// writes. Python indexes strings by code point, JavaScript by UTF-16 unit; the two differ only
// where a fixed index follows a character outside the BMP, which `firstLength` accounts for.

interface Flavour {
  readonly separators: string;
  readonly isAbsolute: (path: string) => boolean;
  readonly join: (...parts: string[]) => string;
}

function rstrip(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

function lstrip(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start] ?? '')) start++;
  return text.slice(start);
}

/** UTF-16 length of the first code point, so `path[firstLength(path)]` is Python's `path[1]`. */
function firstLength(text: string): number {
  return (text.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
}

/** ntpath.splitroot, with drive and root together as nt._path_splitroot returns them. */
function splitRootWin32(path: string): [root: string, tail: string] {
  const norm = path.replaceAll('/', '\\');
  if (norm.startsWith('\\')) {
    if (norm[1] === '\\') {
      // UNC (\\server\share, \\?\UNC\server\share) and device (\\.\device, \\?\device) drives.
      const start = norm.slice(0, 8).toUpperCase() === '\\\\?\\UNC\\' ? 8 : 2;
      const index = norm.indexOf('\\', start);
      if (index === -1) return [path, ''];
      const index2 = norm.indexOf('\\', index + 1);
      if (index2 === -1) return [path, ''];
      return [path.slice(0, index2 + 1), path.slice(index2 + 1)];
    }
    return [path.slice(0, 1), path.slice(1)];
  }
  const colon = firstLength(norm);
  if (norm.length > colon && norm[colon] === ':') {
    return norm[colon + 1] === '\\' ? [path.slice(0, colon + 2), path.slice(colon + 2)] : [path.slice(0, colon + 1), path.slice(colon + 1)];
  }
  return ['', path];
}

const POSIX_FLAVOUR: Flavour = {
  separators: '/',
  isAbsolute: (path) => path.startsWith('/'),
  join: (...parts) =>
    parts
      .filter((part) => part !== '')
      .map((part) => rstrip(part, '/'))
      .join('/'),
};

const WIN32_SEPARATORS = '\\/';

const WIN32_FLAVOUR: Flavour = {
  separators: WIN32_SEPARATORS,
  isAbsolute: (path) => {
    if (path === '') return false;
    const root = splitRootWin32(path)[0].replaceAll('/', '\\');
    return [...root].length > 1 && (root.startsWith('\\\\') || root.endsWith('\\'));
  },
  join: (...parts) => {
    if (parts.length === 0) return '';
    if (parts.length === 1) return parts[0] ?? '';
    let root = '';
    let path: string[] = [];
    for (const part of parts) {
      const [newRoot, tail] = splitRootWin32(part);
      if (newRoot.startsWith('\\') || newRoot.startsWith('/') || newRoot.endsWith('\\') || newRoot.endsWith('/')) {
        root = rstrip(newRoot, WIN32_SEPARATORS) || root;
        path = [`\\${tail}`];
      } else if (newRoot.endsWith(':')) {
        // A drive-relative part on another drive starts over: the OS resolves it.
        if (root.toLowerCase() !== newRoot.toLowerCase()) {
          root = newRoot;
          path = [tail];
        } else {
          path.push(tail);
        }
      } else {
        root = newRoot || root;
        path.push(tail);
      }
    }
    const kept = path.filter((p) => p !== '').map((p) => rstrip(p, WIN32_SEPARATORS));
    if (kept.length === 1 && kept[0] === '') return `${root}\\`;
    return root + kept.join('\\');
  },
};

function flavourOf(platform: NodeJS.Platform): Flavour {
  return platformOf(platform) === 'win32' ? WIN32_FLAVOUR : POSIX_FLAVOUR;
}

/** importlib's _path_split: at the last separator, which is dropped; no separator gives an empty head. */
function splitLast(path: string, flavour: Flavour): [head: string, tail: string] {
  const at = Math.max(...[...flavour.separators].map((s) => path.lastIndexOf(s)));
  return at < 0 ? ['', path] : [path.slice(0, at), path.slice(at + 1)];
}

export interface MirrorOptions {
  /** `sys.implementation.cache_tag`, e.g. 'cpython-313' or 'pypy39'. */
  readonly cacheTag: string;
  /** The optimization level: '' (or omitted) for none, else alphanumeric, giving `.opt-N`. */
  readonly optimization?: string | number;
  /** The interpreter's working directory, which CPython joins to any source head that is not absolute. */
  readonly cwd?: string;
}

/** cache_from_source's `head` as it joins it to the prefix: absolute, without drive or root. */
function rootRelative(dir: string, flavour: Flavour, cwd: string | undefined): string {
  let head = dir;
  if (!flavour.isAbsolute(head)) {
    for (const sep of flavour.separators) if (head.startsWith(`.${sep}`)) head = head.slice(2);
    if (cwd === undefined) throw new TypeError(`${JSON.stringify(dir)} is not absolute, so where CPython mirrors it depends on its working directory: pass cwd.`);
    head = flavour.join(cwd, head);
  }
  // CPython reads head[1] unguarded and raises IndexError for a head this short (a source at
  // the root of a POSIX cwd '/', for instance), so no pyc is ever written for it.
  const second = firstLength(head);
  if (head.length <= second) throw new RangeError(`CPython cannot mirror ${JSON.stringify(dir)}: its absolute form ${JSON.stringify(head)} is too short (IndexError in cache_from_source).`);
  // CPython tests for a drive on every platform; on POSIX the head starts with '/', so never.
  if (head[second] === ':' && !flavour.separators.includes(head[0] ?? '')) head = head.slice(second + 1);
  return lstrip(head, flavour.separators);
}

/**
 * The directory under `prefix` that holds the pycs of sources directly in `dir`: importlib
 * makes the directory absolute (joined to the cwd, one leading `./` dropped, nothing else
 * normalised: `..` stays), drops a Windows drive, strips leading separators, and joins the
 * rest to the prefix. Dropping the drive means `C:\src` and `D:\src`, and also
 * `\\server\share\x` and `C:\server\share\x`, mirror to the same directory (see `collides`).
 */
export function mirrorDir(prefix: string, dir: string, platform: NodeJS.Platform, cwd?: string): string {
  const flavour = flavourOf(platform);
  return flavour.join(prefix, rootRelative(dir, flavour, cwd));
}

/**
 * Where CPython (importlib.util.cache_from_source with sys.pycache_prefix set) puts the pyc of
 * `source`: the mirrored directory (see `mirrorDir`) and `<stem>.<cache_tag>[.opt-N].pyc`.
 * The result is the string CPython builds, not a normalised path.
 */
export function mirrorPath(prefix: string, source: string, platform: NodeJS.Platform, options: MirrorOptions): string {
  const flavour = flavourOf(platform);
  const [head, tail] = splitLast(source, flavour);
  // str.rpartition('.'): a name without a dot keeps its whole self as the stem, and a name that
  // is only an extension ('.py') uses the extension, as CPython does.
  const dot = tail.lastIndexOf('.');
  const [base, sep, rest] = dot < 0 ? ['', '', tail] : [tail.slice(0, dot), '.', tail.slice(dot + 1)];
  let name = `${base || rest}${sep}${options.cacheTag}`;
  const optimization = String(options.optimization ?? '');
  if (optimization !== '') {
    if (!/^[\p{L}\p{N}]+$/u.test(optimization)) throw new RangeError(`${JSON.stringify(optimization)} is not alphanumeric`);
    name += `.opt-${optimization}`;
  }
  // One join of all three parts, as CPython does: joining twice differs when the middle is empty.
  return flavour.join(prefix, rootRelative(head, flavour, options.cwd), `${name}.pyc`);
}

/**
 * Whether two project roots, neither inside the other, still mirror to overlapping directories
 * of one prefix, so their pycs would overwrite each other: on Windows, the same path on two
 * drives, or a UNC path and a drive path that spell the same rest. Both must be absolute.
 */
export function collides(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  if (inside(a, b, platform) || inside(b, a, platform)) return false;
  const prefix = platformOf(platform) === 'win32' ? 'C:\\prefix' : '/prefix';
  const ma = mirrorDir(prefix, a, platform);
  const mb = mirrorDir(prefix, b, platform);
  return inside(ma, mb, platform) || inside(mb, ma, platform);
}
