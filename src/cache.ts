// The only module that talks to the Actions cache. A cache service that is down, slow or
// refuses costs a warning, never the job: warming without a cache still helps this run.
import type * as cacheLibrary from '@actions/cache';

type CacheLibrary = typeof cacheLibrary;

// @actions/cache (with the Azure SDK) is nine tenths of the bundle: loading it only when a
// step restores or saves keeps ~80 ms of parsing off every check-only run. ncc emits it as a
// chunk of its own beside dist/index.js.
let library: Promise<CacheLibrary> | undefined;
function load(): Promise<CacheLibrary> {
  library ??= import('@actions/cache');
  return library;
}

export type Restore = { readonly kind: 'hit' | 'partial'; readonly matchedKey: string } | { readonly kind: 'miss' } | { readonly kind: 'unavailable'; readonly why: string };

export type Save = { readonly kind: 'saved' } | { readonly kind: 'skipped' | 'failed'; readonly why: string };

// Bounds a hung download so a broken service cannot eat the job's time.
const DOWNLOAD_OPTIONS = { timeoutInMs: 60_000, segmentTimeoutInMs: 120_000 } as const;

function reason(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}

export async function restore(path: string, key: string, restoreKeys: readonly string[]): Promise<Restore> {
  const cache = await load();
  if (!cache.isFeatureAvailable()) return { kind: 'unavailable', why: 'the Actions cache service is not available to this job' };
  try {
    const matchedKey = await cache.restoreCache([path], key, [...restoreKeys], DOWNLOAD_OPTIONS);
    if (matchedKey === undefined) return { kind: 'miss' };
    return { kind: matchedKey === key ? 'hit' : 'partial', matchedKey };
  } catch (error) {
    return { kind: 'unavailable', why: reason(error) };
  }
}

export async function save(path: string, key: string): Promise<Save> {
  const cache = await load();
  if (!cache.isFeatureAvailable()) return { kind: 'skipped', why: 'the Actions cache service is not available to this job' };
  try {
    const id = await cache.saveCache([path], key);
    // saveCache reports most service failures as a logged warning and -1 rather than a throw.
    return id === -1 ? { kind: 'failed', why: 'the cache service did not accept the upload (see the log above)' } : { kind: 'saved' };
  } catch (error) {
    return { kind: 'failed', why: reason(error) };
  }
}
