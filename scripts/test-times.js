// A node:test reporter that writes one line per test file, "<seconds>\t<file>": the sum of the
// file's top-level tests, which run one after another in the file's own process. .ci/run
// sorts these lines to show the slowest files, so a creeping test is seen early.
import { relative } from 'node:path';
import process from 'node:process';

/** @param {AsyncIterable<{ type: string, data: { nesting?: number, file?: string, details?: { duration_ms?: number } } }>} source */
export default async function* testTimes(source) {
  /** @type {Map<string, number>} */
  const perFile = new Map();
  for await (const { type, data } of source) {
    if ((type !== 'test:pass' && type !== 'test:fail') || data.nesting !== 0 || data.file === undefined) continue;
    perFile.set(data.file, (perFile.get(data.file) ?? 0) + (data.details?.duration_ms ?? 0));
  }
  for (const [file, ms] of perFile) yield `${(ms / 1000).toFixed(1)}\t${relative(process.cwd(), file)}\n`;
}
