// The loopback cache service, exercised by the real @actions/cache in child processes
// configured only through the environment, as the bundled action will be.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startCacheServer, type CacheServer } from './helpers/cache-server.ts';

const CACHE_MODULE = import.meta.resolve('@actions/cache');
const MiB = 1024 * 1024;

// Runs in the child; prints its outcome on a line of its own after whatever the
// library logged.
const CHILD = `
const cache = await import(process.env.TEST_CACHE_MODULE);
const req = JSON.parse(process.env.TEST_CACHE_REQUEST);
const started = Date.now();
const result = req.op === 'save'
  ? await cache.saveCache(req.paths, req.key)
  : await cache.restoreCache(req.paths, req.key, req.restoreKeys);
process.stdout.write('\\n::test-result::' + JSON.stringify({ result: result ?? null, ms: Date.now() - started }) + '\\n');
`;

interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What saveCache/restoreCache returned: cache id, matched key, or null for undefined. */
  result: number | string | null;
  /** Time spent inside the library call. */
  ms: number;
  warnings: string[];
  errors: string[];
  infos: string[];
  debug: string[];
}

type Request = { op: 'save'; paths: string[]; key: string } | { op: 'restore'; paths: string[]; key: string; restoreKeys?: string[] };

const cleanups: (() => unknown)[] = [];
after(async () => {
  const results = await Promise.allSettled(cleanups.reverse().map(async (c) => c()));
  for (const r of results) if (r.status === 'rejected') throw r.reason;
});

async function server(): Promise<CacheServer> {
  const s = await startCacheServer();
  cleanups.push(() => s.close());
  return s;
}

/** A workspace with its own RUNNER_TEMP: the library's default is /home/actions/temp. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pycache-cachesrv-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function child(s: CacheServer, ws: string, request: Request, extraEnv: Record<string, string> = {}): Promise<ChildRun> & { readonly settled: boolean } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...s.env,
    RUNNER_TEMP: join(ws, 'runner-temp'),
    GITHUB_WORKSPACE: ws,
    TEST_CACHE_MODULE: CACHE_MODULE,
    TEST_CACHE_REQUEST: JSON.stringify(request),
    ...extraEnv,
  };
  // Inherited from `node --test`; the child is not a test file.
  delete env['NODE_TEST_CONTEXT'];
  let settled = false;
  const run = new Promise<ChildRun>((resolve, reject) => {
    const proc = spawn(process.execPath, ['--input-type=module', '-e', CHILD], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    proc.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    proc.on('error', reject);
    proc.on('close', (code) => {
      settled = true;
      const lines = stdout.split(/\r?\n/);
      const marked = (prefix: string) => lines.filter((l) => l.startsWith(prefix)).map((l) => unescapeCommand(l.slice(prefix.length)));
      const outcome = JSON.parse(marked('::test-result::')[0] ?? '{"result":null,"ms":-1}') as { result: number | string | null; ms: number };
      resolve({
        code,
        stdout,
        stderr,
        result: outcome.result,
        ms: outcome.ms,
        warnings: marked('::warning::'),
        errors: marked('::error::'),
        infos: lines.filter((l) => l !== '' && !l.startsWith('::')),
        debug: marked('::debug::'),
      });
    });
  });
  return Object.defineProperty(run, 'settled', { get: () => settled }) as Promise<ChildRun> & { readonly settled: boolean };
}

function save(s: CacheServer, ws: string, paths: string[], key: string, env?: Record<string, string>) {
  return child(s, ws, { op: 'save', paths, key }, env);
}

function restore(s: CacheServer, ws: string, paths: string[], key: string, restoreKeys: string[] = [], env?: Record<string, string>) {
  return child(s, ws, { op: 'restore', paths, key, restoreKeys }, env);
}

/** Fails with everything the child printed, which is what one needs to see. */
function ok(run: ChildRun): ChildRun {
  assert.equal(run.code, 0, `child exited ${run.code}\n${run.stdout}\n${run.stderr}`);
  assert.deepEqual(run.errors, [], run.stdout);
  return run;
}

function write(file: string, content: string | Uint8Array): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
}

/** relative path -> sha256 of every file under dir. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    out.set(relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return out;
}

/** A small cached folder, its files recognisable by `marker`. */
function smallTree(ws: string, marker = 'v1'): string {
  const dir = join(ws, 'pycache');
  write(join(dir, 'marker.txt'), marker);
  write(join(dir, 'pkg', '__pycache__', 'mod.cpython-311.pyc'), randomBytes(2048));
  return dir;
}

describe('loopback cache service driven by the real @actions/cache', { concurrency: true }, () => {
  test('save then exact restore is byte-identical: 1000 small files and a 5 MiB one', { timeout: 60_000 }, async () => {
    const s = await server();
    const ws = workspace();
    const dir = join(ws, 'pycache');
    for (let i = 0; i < 1000; i++) write(join(dir, `pkg${i % 20}`, '__pycache__', `m${i}.cpython-311.pyc`), `module ${i}\n${'x'.repeat(i % 300)}`);
    // Incompressible, so the archive is over 4 MiB and the download takes several ranged GETs.
    write(join(dir, 'big.bin'), randomBytes(5 * MiB));
    const before = snapshot(dir);

    const saved = ok(await save(s, ws, [dir], 'py-linux-abc'));
    assert.equal(saved.result, 1);
    assert.deepEqual(saved.warnings, []);
    const [entry, ...others] = s.entries();
    assert.ok(entry);
    assert.equal(others.length, 0);
    assert.equal(entry.key, 'py-linux-abc');
    assert.ok(entry.size > 5 * MiB && entry.size === entry.data.length);
    assert.equal(s.requests('create'), 1);
    assert.equal(s.requests('upload'), 1, 'under 128 MiB the SDK sends one Put Blob');
    assert.equal(s.requests('finalize'), 1);

    rmSync(dir, { recursive: true });
    const restored = ok(await restore(s, ws, [dir], 'py-linux-abc', ['py-linux-']));
    assert.equal(restored.result, 'py-linux-abc');
    assert.ok(restored.infos.includes('Cache hit for: py-linux-abc'), restored.stdout);
    assert.deepEqual(snapshot(dir), before);
    assert.equal(s.requests('download-url'), 1);
    assert.equal(s.requests('download'), 3, 'a HEAD, then 4 MiB ranged GETs');
  });

  test('an archive over 128 MiB is uploaded in blocks and downloaded in segments', { timeout: 60_000 }, async () => {
    const s = await server();
    const ws = workspace();
    const dir = join(ws, 'pycache');
    write(join(dir, 'huge.bin'), randomBytes(130 * MiB));
    const before = snapshot(dir);
    ok(await save(s, ws, [dir], 'huge'));
    assert.equal(s.requests('upload'), 4, '64 + 64 + 2 MiB blocks, then the block list');
    rmSync(dir, { recursive: true });
    assert.equal(ok(await restore(s, ws, [dir], 'huge')).result, 'huge');
    assert.deepEqual(snapshot(dir), before);
    assert.equal(s.requests('download'), 1 + 33, 'a HEAD and one GET per 4 MiB');
  });

  test('restore: exact key, newest prefix match, restore-key order, version, miss', { timeout: 60_000 }, async () => {
    const s = await server();
    const ws = workspace();
    const paths = [join(ws, 'pycache')];
    for (const key of ['deps-a-1', 'deps-a-2', 'deps-b-1']) {
      rmSync(paths[0]!, { recursive: true, force: true });
      smallTree(ws, key);
      ok(await save(s, ws, paths, key));
    }
    const marker = () => readFileSync(join(paths[0]!, 'marker.txt'), 'utf8');

    const exact = ok(await restore(s, ws, paths, 'deps-a-1', ['deps-']));
    assert.equal(exact.result, 'deps-a-1');
    assert.equal(marker(), 'deps-a-1');

    const newest = ok(await restore(s, ws, paths, 'deps-a-9', ['deps-a-']));
    assert.equal(newest.result, 'deps-a-2');
    assert.ok(newest.infos.includes('Cache hit for restore-key: deps-a-2'), newest.stdout);
    assert.equal(marker(), 'deps-a-2');

    assert.equal(ok(await restore(s, ws, paths, 'deps-c-1', ['deps-b-', 'deps-a-'])).result, 'deps-b-1', 'restore keys are tried in order');
    // GitHub also prefix-matches the primary key before trying restore keys.
    assert.equal(ok(await restore(s, ws, paths, 'deps-a', ['deps-b-'])).result, 'deps-a-2');

    const miss = ok(await restore(s, ws, paths, 'other-1', ['other-']));
    assert.equal(miss.result, null);
    assert.deepEqual(miss.warnings, []);
    // The version hashes the path list: another path never matches, key or not.
    const elsewhere = ok(await restore(s, ws, [join(ws, 'elsewhere')], 'deps-a-1'));
    assert.equal(elsewhere.result, null);
    assert.equal(s.requests('download'), 4 * 2, 'a HEAD and a GET per hit, nothing for misses');
  });

  test("saving an existing key gets GitHub's 409 and is only logged, not warned", { timeout: 60_000 }, async () => {
    const s = await server();
    const ws = workspace();
    const dir = smallTree(ws);
    ok(await save(s, ws, [dir], 'dup'));
    const again = ok(await save(s, ws, [dir], 'dup'));
    assert.equal(again.result, -1);
    assert.deepEqual(again.warnings, []);
    assert.ok(again.infos.includes('Failed to save: Unable to reserve cache with key dup, another job may be creating this cache.'), again.stdout);
    assert.ok(
      again.debug.some((l) => l.includes('(409) Conflict: cache entry with the same key, version, and scope already exists')),
      again.stdout,
    );
    assert.equal(s.entries().length, 1);
    assert.equal(s.requests('upload'), 1);
  });

  test('503 at download-url: 5 Twirp attempts over ~25-35 s, then a warning and a miss', { timeout: 60_000 }, async () => {
    const s = await server();
    const ws = workspace();
    const dir = smallTree(ws);
    ok(await save(s, ws, [dir], 'k'));
    s.fault('download-url', 'status-503');
    const run = ok(await restore(s, ws, [dir], 'k'));
    assert.equal(run.result, null);
    assert.equal(run.warnings.length, 1, run.stdout);
    assert.match(run.warnings[0]!, /^Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: \(503\) Service Unavailable/);
    assert.ok(
      run.infos.some((l) => l.startsWith('Attempt 4 of 5 failed')),
      run.stdout,
    );
    assert.equal(s.requests('download-url'), 5);
    assert.equal(s.requests('download'), 0);
    assert.ok(run.ms >= 24_000, `backoff 3 s, then x1.5 with jitter: ${run.ms} ms`);
  });

  test('503 at download: 4 blob attempts over ~16 s, then a warning with an empty message', { timeout: 60_000 }, async () => {
    const s = await server();
    const ws = workspace();
    const dir = smallTree(ws);
    ok(await save(s, ws, [dir], 'k'));
    rmSync(dir, { recursive: true });
    s.fault('download', 'status-503');
    const run = ok(await restore(s, ws, [dir], 'k'));
    assert.equal(run.result, null);
    // The SDK's HEAD (getProperties) fails first, and a HEAD error has no body to quote.
    assert.deepEqual(run.warnings, ['Failed to restore: ']);
    assert.equal(s.requests('download'), 4);
    assert.ok(run.ms >= 16_000, `Azure retry delays 0, 4, 12 s: ${run.ms} ms`);
    assert.throws(() => readdirSync(dir));
  });

  test('503 at create: 5 Twirp attempts, then only an info line, no warning', { timeout: 60_000 }, async () => {
    const s = await server();
    const ws = workspace();
    s.fault('create', 'status-503');
    const run = ok(await save(s, ws, [smallTree(ws)], 'k'));
    assert.equal(run.result, -1);
    assert.deepEqual(run.warnings, []);
    assert.ok(run.infos.includes('Failed to save: Unable to reserve cache with key k, another job may be creating this cache.'), run.stdout);
    assert.equal(s.requests('create'), 5);
    assert.equal(s.requests('upload'), 0);
    assert.deepEqual(s.entries(), []);
  });

  test('503 at upload: 4 blob attempts over ~16 s, then two warnings', { timeout: 60_000 }, async () => {
    const s = await server();
    const ws = workspace();
    s.fault('upload', 'status-503');
    const run = ok(await save(s, ws, [smallTree(ws)], 'k'));
    assert.equal(run.result, -1);
    assert.equal(run.warnings.length, 2, run.stdout);
    assert.match(run.warnings[0]!, /^uploadCacheArchiveSDK: internal error uploading cache archive: The server is busy\./);
    assert.match(run.warnings[1]!, /^Failed to save: The server is busy\./);
    assert.equal(s.requests('upload'), 4);
    assert.equal(s.requests('finalize'), 0);
    assert.deepEqual(s.entries(), []);
    assert.ok(run.ms >= 16_000, `${run.ms} ms`);
  });

  test('503 at finalize: 5 Twirp attempts, then a warning; nothing is stored', { timeout: 60_000 }, async () => {
    const s = await server();
    const ws = workspace();
    s.fault('finalize', 'status-503');
    const run = ok(await save(s, ws, [smallTree(ws)], 'k'));
    assert.equal(run.result, -1);
    assert.equal(run.warnings.length, 1, run.stdout);
    assert.match(run.warnings[0]!, /^Failed to save: Failed to FinalizeCacheEntryUpload: Failed to make request after 5 attempts: Failed request: \(503\)/);
    assert.equal(s.requests('finalize'), 5);
    assert.deepEqual(s.entries(), []);
  });

  test('a single 503 is retried away, on Twirp and on the blob', { timeout: 60_000 }, async () => {
    const s = await server();
    const ws = workspace();
    const dir = smallTree(ws);
    s.fault('upload', 'status-503', 1);
    const saved = ok(await save(s, ws, [dir], 'k'));
    assert.equal(saved.result, 1);
    assert.deepEqual(saved.warnings, []);
    assert.equal(s.requests('upload'), 2);
    s.fault('download-url', 'status-503', 1);
    const restored = ok(await restore(s, ws, [dir], 'k'));
    assert.equal(restored.result, 'k');
    assert.equal(s.requests('download-url'), 2);
  });

  test('a stalled download is abandoned after SEGMENT_DOWNLOAD_TIMEOUT_MINS', { timeout: 60_000 }, async () => {
    const s = await server();
    const ws = workspace();
    const dir = smallTree(ws);
    ok(await save(s, ws, [dir], 'k'));
    s.fault('download', 'hang');
    const run = ok(await restore(s, ws, [dir], 'k', [], { SEGMENT_DOWNLOAD_TIMEOUT_MINS: '0.05' }));
    assert.equal(run.result, null);
    assert.deepEqual(run.warnings, ['Failed to restore: Aborting cache download as the download time exceeded the timeout.']);
    assert.ok(run.ms >= 3_000 && run.ms < 15_000, `${run.ms} ms`);
    assert.equal(s.requests('download'), 2, 'the HEAD is answered, the one GET stalls');
  });

  test('a hung Twirp call blocks the library until the connection drops', { timeout: 60_000 }, async () => {
    const s = await server();
    const ws = workspace();
    const dir = smallTree(ws);
    ok(await save(s, ws, [dir], 'k'));
    s.fault('download-url', 'hang');
    const pending = restore(s, ws, [dir], 'k');
    // The http-client's only timeout is 3 minutes per attempt.
    await new Promise((r) => setTimeout(r, 4_000));
    assert.equal(pending.settled, false);
    assert.equal(s.requests('download-url'), 1);
    await s.close();
    const run = ok(await pending);
    assert.equal(run.result, null);
    assert.equal(run.warnings.length, 1, run.stdout);
    // A reset connection is a NetworkError, which the Twirp client never retries.
    assert.match(run.warnings[0]!, /^Failed to restore: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNRESET/);
  });

  test('refusals: ok:false from Twirp, 403 from the blob', { timeout: 60_000 }, async () => {
    const s = await server();
    const ws = workspace();
    const dir = smallTree(ws);
    const saveWith = async (endpoint: 'create' | 'upload' | 'finalize', key: string) => {
      s.reset();
      s.fault(endpoint, 'refuse');
      const run = ok(await save(s, ws, [dir], key));
      assert.equal(run.result, -1);
      return run;
    };

    const create = await saveWith('create', 'r1');
    assert.deepEqual(create.warnings, ['Cache reservation failed: cache reservation refused by the test server']);
    assert.ok(create.infos.includes('Failed to save: Unable to reserve cache with key r1, another job may be creating this cache.'), create.stdout);

    const upload = await saveWith('upload', 'r2');
    assert.equal(upload.warnings.length, 2, upload.stdout);
    assert.match(upload.warnings[1]!, /^Failed to save: Server failed to authenticate the request\./);
    assert.equal(s.requests('upload'), 1, '403 is not retried');

    const finalize = await saveWith('finalize', 'r3');
    assert.deepEqual(finalize.warnings, ['cache finalization refused by the test server']);
    assert.deepEqual(s.entries(), []);

    s.reset();
    ok(await save(s, ws, [dir], 'r4'));
    s.fault('download-url', 'refuse');
    const url = ok(await restore(s, ws, [dir], 'r4'));
    assert.equal(url.result, null);
    assert.deepEqual(url.warnings, [], 'ok:false is an ordinary miss');

    s.reset();
    s.fault('download', 'refuse');
    const download = ok(await restore(s, ws, [dir], 'r4'));
    assert.equal(download.result, null);
    assert.deepEqual(download.warnings, ['Failed to restore: ']);
    assert.equal(s.requests('download'), 1);
  });
});
