// Shared helpers for the benchmarks: timing child processes, medians, the machine line and
// the Markdown table.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';

export const gitEnv: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface Timed {
  readonly seconds: number;
  readonly result: SpawnSyncReturns<string>;
}

/** Wall seconds of one command run to completion. */
export function timeCommand(
  cmd: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): Timed {
  const started = process.hrtime.bigint();
  const result = spawnSync(cmd, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) throw result.error;
  return { seconds, result };
}

/** Wall seconds of an async step. */
export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await fn();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, value };
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8', maxBuffer: 1 << 30 });
}

/** CPU model, cores, and whatever else the caller adds. */
export function machineLine(extra: readonly string[] = []): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? model;
  } catch {
    // not Linux: os.cpus() it is
  }
  return [`CPU ${model}`, `${cpus().length} cores`, `Node ${process.versions.node}`, ...extra].join(', ');
}

export function seconds(s: number): string {
  if (!Number.isFinite(s)) return 'n/a';
  return s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`;
}

/** "min–max" of a set of timings, to show how much this machine's speed drifted. */
export function spread(values: readonly number[]): string {
  return values.length === 0 ? 'n/a' : `${seconds(Math.min(...values))}–${seconds(Math.max(...values))}`;
}

export function mib(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : 'n/a';
}

/** Bytes in the unit that keeps a small archive (an in-place tree of a few pycs) from reading 0.0 MiB. */
export function size(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'n/a';
  if (bytes >= 1024 * 1024) return mib(bytes);
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${bytes} B`;
}

export function ratio(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a';
}

export interface Row {
  readonly measurement: string;
  readonly action: string;
  readonly floor: string;
  readonly ratio: string;
  readonly target: string;
  /** true met, false missed, null no target. */
  readonly met: boolean | null;
}

/** judged: false prints every Met cell as '–' (a smoke test whose ratios mean nothing). */
export function table(rows: readonly Row[], judged = true): string {
  const lines = ['| Measurement | pycache-action | Floor | Ratio | Target | Met |', '|---|---:|---:|---:|---:|:-:|'];
  for (const r of rows)
    lines.push(
      `| ${r.measurement} | ${r.action} | ${r.floor} | ${r.ratio} | ${r.target} | ${r.met === null || !judged ? '–' : r.met ? 'yes' : '**no**'} |`,
    );
  return lines.join('\n');
}

export function writeOut(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
