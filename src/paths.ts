// Path rules of the three runner platforms, as pure functions of the platform, so that the
// Windows and macOS behaviour can be tested on a Linux machine: whether one path is inside
// another.
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
