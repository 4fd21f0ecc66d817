// The only module that talks to the Actions cache. A cache service that is down, slow or
// refuses costs a warning, never the job: warming without a cache still helps this run.
import type * as cacheLibrary from '@actions/cache';
import * as core from './core.ts';
import { randomBytes } from 'node:crypto';
import { EOL } from 'node:os';
import { withTarGuard } from './tar-guard.ts';

type CacheLibrary = typeof cacheLibrary;

// @actions/cache (with the Azure SDK) is nine tenths of the bundle: loading it only when a
// step restores or saves keeps ~80 ms of parsing off every check-only run. ncc emits it as a
// chunk of its own beside dist/index.js.
let library: Promise<CacheLibrary> | undefined;
function load(): Promise<CacheLibrary> {
  library ??= import('@actions/cache');
  return library;
}

/**
 * Starts loading the library without waiting: its ~80 ms of parsing then overlaps the
 * interpreter's start-up and git's listing, which run in other processes.
 */
export function preload(): void {
  load().catch(() => undefined);
}

export type Restore =
  | { readonly kind: 'hit' | 'partial'; readonly matchedKey: string }
  | { readonly kind: 'miss' }
  | { readonly kind: 'unavailable'; readonly why: string };

/** abandoned: the upload was still running when the time ran out; the process must exit. */
export type Save =
  { readonly kind: 'saved' } | { readonly kind: 'skipped' | 'failed' | 'abandoned'; readonly why: string };

// Bounds a hung download so a broken service cannot eat the job's time.
const DOWNLOAD_OPTIONS = { timeoutInMs: 60_000, segmentTimeoutInMs: 120_000 } as const;

/** The warning command @actions/core writes for core.warning: one line, its text escaped. */
const LIBRARY_WARNING = /^::warning::([^\r\n]*)\r?\n$/;

/**
 * Runs a cache library call with the runner's workflow commands switched off. The library
 * logs values this action does not control raw (the key the service matched, the service's
 * error text): a matched key holding a newline and `::add-mask::…` or `::error::…` would
 * otherwise run as a command. The token is random, so nothing the library prints can end
 * the pause early.
 * The library's own warnings (core.warning: one write, one line, escaped by core) would
 * show as plain text inside the pause; they are held back and handed to the caller, which
 * reports them as the action's warnings after it.
 */
async function withoutCommands<T>(call: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const token = `pycache-${randomBytes(16).toString('hex')}`;
  const warnings: string[] = [];
  const stdout = process.stdout;
  const original = Object.getOwnPropertyDescriptor(stdout, 'write');
  const write = stdout.write.bind(stdout) as (...args: unknown[]) => boolean;
  write(`::stop-commands::${token}${EOL}`);
  stdout.write = (chunk: unknown, ...rest: unknown[]): boolean => {
    const warning = typeof chunk === 'string' ? LIBRARY_WARNING.exec(chunk) : null;
    if (warning === null) return write(chunk, ...rest);
    warnings.push(unescapeData(warning[1] ?? ''));
    return true;
  };
  try {
    return { value: await call(), warnings };
  } finally {
    if (original === undefined) delete (stdout as { write?: unknown }).write;
    else Object.defineProperty(stdout, 'write', original);
    // A line of its own even if the library left a partial line behind.
    write(`${EOL}::${token}::${EOL}`);
  }
}

/** Undoes @actions/core's escaping of command data, as the runner does (%25 last). */
function unescapeData(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}

function reason(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : (String(error).split('\n')[0] ?? '');
}

/** `python` (3.8 or newer) runs the tar guard. */
export async function restore(
  path: string,
  key: string,
  restoreKeys: readonly string[],
  python: string,
): Promise<Restore> {
  const loading = Date.now();
  const cache = await load();
  core.debug(`Loading the cache library took ${Date.now() - loading} ms.`);
  if (!cache.isFeatureAvailable())
    return { kind: 'unavailable', why: 'the Actions cache service is not available to this job' };
  try {
    const {
      value: { value: matchedKey, warnings },
      refused,
    } = await withTarGuard(path, python, () =>
      withoutCommands(() => cache.restoreCache([path], key, [...restoreKeys], DOWNLOAD_OPTIONS)),
    );
    if (refused !== null)
      return {
        kind: 'unavailable',
        why: `the restored archive was not extracted: ${refused}; check which jobs can write to this cache scope`,
      };
    // restoreCache reports a failed download or extraction as a logged warning and a miss.
    if (matchedKey === undefined)
      return warnings.length > 0 ? { kind: 'unavailable', why: reason(warnings[0]) } : { kind: 'miss' };
    return { kind: matchedKey === key ? 'hit' : 'partial', matchedKey };
  } catch (error) {
    return { kind: 'unavailable', why: reason(error) };
  }
}

/** Env variable that bounds the save, in seconds (default 15 minutes). */
const SAVE_TIMEOUT_VARIABLE = 'PYCACHE_ACTION_CACHE_SAVE_TIMEOUT_SECONDS';
const SAVE_TIMEOUT_MS = 15 * 60_000;

function saveTimeoutMs(): number {
  const raw = process.env[SAVE_TIMEOUT_VARIABLE];
  const seconds = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : SAVE_TIMEOUT_MS;
}

export async function save(path: string, key: string): Promise<Save> {
  const cache = await load();
  if (!cache.isFeatureAvailable())
    return { kind: 'skipped', why: 'the Actions cache service is not available to this job' };
  // @actions/cache has no timeout for a hung upload: a service that accepts the connection and
  // never answers would hold the job until its own timeout (6 hours by default). Giving up is
  // safe here, unlike for a restore, since saving only reads the prefix; the caller must then
  // end the process, which the abandoned upload would otherwise keep alive.
  const limit = saveTimeoutMs();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), limit);
  });
  try {
    // An upload abandoned at the time limit may still log later, outside the pause; by then
    // the process is about to exit, and what it logs is about this action's own key.
    const { value: id, warnings } = await withoutCommands(() => Promise.race([cache.saveCache([path], key), timedOut]));
    if (id === 'timeout')
      return {
        kind: 'abandoned',
        why: `the cache service did not finish the upload within ${Math.round(limit / 1000)} s (${SAVE_TIMEOUT_VARIABLE} sets the limit)`,
      };
    // saveCache reports most service failures as a logged warning and -1 rather than a throw.
    return id === -1
      ? {
          kind: 'failed',
          why:
            warnings.length > 0
              ? reason(warnings[0])
              : 'the cache service did not accept the upload (see the log above)',
        }
      : { kind: 'saved' };
  } catch (error) {
    return { kind: 'failed', why: reason(error) };
  } finally {
    clearTimeout(timer);
  }
}
