// Which submodule each listed file belongs to, and what the summary says about submodules.
// Pure: paths are '/'-separated and relative to the project root, as git prints them.
import { showPath } from '../report/text.ts';

/**
 * Groups the files that `ls-files --recurse-submodules` adds to the superproject's own list by
 * the submodule (gitlink path) that holds them; a nested submodule's files go with the
 * outermost one. Submodules with no files are not checked out.
 */
export function bySubmodule(
  own: ReadonlySet<string>,
  all: readonly string[],
  links: readonly string[],
): Map<string, string[]> {
  const groups = new Map<string, string[]>(links.map((l) => [l, []]));
  // Longest first, in case a gitlink's path is a prefix of another's name (`a` and `a-b`).
  const byLength = [...links].sort((a, b) => b.length - a.length);
  for (const path of all) {
    if (own.has(path)) continue;
    const link = byLength.find((l) => path.startsWith(`${l}/`));
    if (link !== undefined) groups.get(link)?.push(path);
  }
  return groups;
}

function list(names: readonly string[]): string {
  const shown = names.map(showPath);
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}

/** Summary sentences: which submodules the check looked into, and which it could not. */
export function submoduleNotes(groups: ReadonlyMap<string, readonly string[]>): string[] {
  const included = [...groups]
    .filter(([, files]) => files.length > 0)
    .map(([l]) => l)
    .sort();
  const missing = [...groups]
    .filter(([, files]) => files.length === 0)
    .map(([l]) => l)
    .sort();
  const notes: string[] = [];
  if (included.length > 0) {
    notes.push(
      `The check includes the ${included.length === 1 ? 'submodule' : 'submodules'} ${list(included)}: ${included.length === 1 ? 'its' : 'their'} tracked files are listed with this repository's.`,
    );
  }
  if (missing.length > 0) {
    notes.push(
      `The ${missing.length === 1 ? 'submodule' : 'submodules'} ${list(missing)} ${missing.length === 1 ? 'is' : 'are'} not checked out (or empty), so ${missing.length === 1 ? 'its' : 'their'} files were not checked; set submodules: true on actions/checkout to include ${missing.length === 1 ? 'it' : 'them'}.`,
    );
  }
  return notes;
}
