// Faults of the loopback cache service as the real @actions/cache meets them: 503s retried with
// the library's own backoff (tens of seconds each), hangs, refusals; and an archive over 128 MiB
// (uploaded in blocks). Slow, so not in `npm test`; the rest is in test/cache-server.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MiB, ok, restore, save, server, smallTree, snapshot, workspace, write } from '../helpers/cache-client.ts';
import { until } from '../helpers/wait.ts';

describe('the real @actions/cache against a failing cache service, and a large archive', { concurrency: true }, () => {
  test('an archive over 128 MiB is uploaded in blocks and downloaded in segments', { timeout: 240_000 }, async () => {
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
  test(
    '503 at download-url: 5 Twirp attempts over ~25-35 s, then a warning and a miss',
    { timeout: 240_000 },
    async () => {
      const s = await server();
      const ws = workspace();
      const dir = smallTree(ws);
      ok(await save(s, ws, [dir], 'k'));
      s.fault('download-url', 'status-503');
      const run = ok(await restore(s, ws, [dir], 'k'));
      assert.equal(run.result, null);
      assert.equal(run.warnings.length, 1, run.stdout);
      assert.match(
        run.warnings[0]!,
        /^Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: \(503\) Service Unavailable/,
      );
      assert.ok(
        run.infos.some((l) => l.startsWith('Attempt 4 of 5 failed')),
        run.stdout,
      );
      assert.equal(s.requests('download-url'), 5);
      assert.equal(s.requests('download'), 0);
      assert.ok(run.ms >= 24_000, `backoff 3 s, then x1.5 with jitter: ${run.ms} ms`);
    },
  );

  test(
    '503 at download: 4 blob attempts over ~16 s, then a warning with an empty message',
    { timeout: 240_000 },
    async () => {
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
    },
  );

  test('503 at create: 5 Twirp attempts, then only an info line, no warning', { timeout: 240_000 }, async () => {
    const s = await server();
    const ws = workspace();
    s.fault('create', 'status-503');
    const run = ok(await save(s, ws, [smallTree(ws)], 'k'));
    assert.equal(run.result, -1);
    assert.deepEqual(run.warnings, []);
    assert.ok(
      run.infos.includes('Failed to save: Unable to reserve cache with key k, another job may be creating this cache.'),
      run.stdout,
    );
    assert.equal(s.requests('create'), 5);
    assert.equal(s.requests('upload'), 0);
    assert.deepEqual(s.entries(), []);
  });

  test('503 at upload: 4 blob attempts over ~16 s, then two warnings', { timeout: 240_000 }, async () => {
    const s = await server();
    const ws = workspace();
    s.fault('upload', 'status-503');
    const run = ok(await save(s, ws, [smallTree(ws)], 'k'));
    assert.equal(run.result, -1);
    assert.equal(run.warnings.length, 2, run.stdout);
    assert.match(
      run.warnings[0]!,
      /^uploadCacheArchiveSDK: internal error uploading cache archive: The server is busy\./,
    );
    assert.match(run.warnings[1]!, /^Failed to save: The server is busy\./);
    assert.equal(s.requests('upload'), 4);
    assert.equal(s.requests('finalize'), 0);
    assert.deepEqual(s.entries(), []);
    assert.ok(run.ms >= 16_000, `${run.ms} ms`);
  });

  test('503 at finalize: 5 Twirp attempts, then a warning; nothing is stored', { timeout: 240_000 }, async () => {
    const s = await server();
    const ws = workspace();
    s.fault('finalize', 'status-503');
    const run = ok(await save(s, ws, [smallTree(ws)], 'k'));
    assert.equal(run.result, -1);
    assert.equal(run.warnings.length, 1, run.stdout);
    assert.match(
      run.warnings[0]!,
      /^Failed to save: Failed to FinalizeCacheEntryUpload: Failed to make request after 5 attempts: Failed request: \(503\)/,
    );
    assert.equal(s.requests('finalize'), 5);
    assert.deepEqual(s.entries(), []);
  });

  test('a single 503 is retried away, on Twirp and on the blob', { timeout: 240_000 }, async () => {
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

  test('a stalled download is abandoned after SEGMENT_DOWNLOAD_TIMEOUT_MINS', { timeout: 240_000 }, async () => {
    const s = await server();
    const ws = workspace();
    const dir = smallTree(ws);
    ok(await save(s, ws, [dir], 'k'));
    s.fault('download', 'hang');
    const run = ok(await restore(s, ws, [dir], 'k', [], { SEGMENT_DOWNLOAD_TIMEOUT_MINS: '0.05' }));
    assert.equal(run.result, null);
    assert.deepEqual(run.warnings, [
      'Failed to restore: Aborting cache download as the download time exceeded the timeout.',
    ]);
    // 0.05 minutes; the default, 10 minutes, would outlast the test. A busy machine adds seconds.
    assert.ok(run.ms >= 3_000 && run.ms < 120_000, `${run.ms} ms`);
    assert.equal(s.requests('download'), 2, 'the HEAD is answered, the one GET stalls');
  });

  test('a hung Twirp call blocks the library until the connection drops', { timeout: 240_000 }, async () => {
    const s = await server();
    const ws = workspace();
    const dir = smallTree(ws);
    ok(await save(s, ws, [dir], 'k'));
    s.fault('download-url', 'hang');
    const pending = restore(s, ws, [dir], 'k');
    // The http-client's only timeout is 3 minutes per attempt: once the request is in, only the
    // dropped connection ends the call.
    await until(() => s.requests('download-url') === 1, 'the restore has asked for a download URL');
    assert.equal(pending.settled, false);
    await s.close();
    const run = ok(await pending);
    assert.equal(run.result, null);
    assert.equal(run.warnings.length, 1, run.stdout);
    // A reset connection is a NetworkError, which the Twirp client never retries.
    assert.match(
      run.warnings[0]!,
      /^Failed to restore: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNRESET/,
    );
  });

  test('refusals: ok:false from Twirp, 403 from the blob', { timeout: 240_000 }, async () => {
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
    assert.ok(
      create.infos.includes(
        'Failed to save: Unable to reserve cache with key r1, another job may be creating this cache.',
      ),
      create.stdout,
    );

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
