// Step outputs that list paths. The runner refuses an output over 1 MB (and a run's outputs
// over 50 MB in all), so a list is cut to what fits, whole paths only, and the step says so.

/** GitHub's limit for one step output, in bytes of UTF-8. */
export const OUTPUT_LIMIT = 1024 * 1024;

export interface BoundedList {
  /** A JSON array of the first paths that fit. */
  readonly json: string;
  /** How many paths were left out. */
  readonly omitted: number;
}

export function boundedJsonList(paths: readonly string[], limit = OUTPUT_LIMIT): BoundedList {
  let bytes = 2; // []
  let kept = 0;
  for (const path of paths) {
    const size = Buffer.byteLength(JSON.stringify(path)) + (kept > 0 ? 1 : 0);
    if (bytes + size > limit) break;
    bytes += size;
    kept++;
  }
  return { json: JSON.stringify(kept === paths.length ? paths : paths.slice(0, kept)), omitted: paths.length - kept };
}

/** The warning for a cut list, or null when nothing was cut. */
export function omittedWarning(output: string, list: BoundedList, total: number): string | null {
  if (list.omitted === 0) return null;
  return `The ${output} output lists the first ${(total - list.omitted).toLocaleString('en')} of ${total.toLocaleString('en')} paths, because a step output may not exceed 1 MB; set the sarif input to get every finding in a file.`;
}
