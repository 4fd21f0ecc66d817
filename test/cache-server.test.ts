// The loopback cache service, exercised by the real @actions/cache in child processes
// configured only through the environment, as the bundled action will be. Its faults (retries,
// hangs, refusals), which take minutes of backoff, and a 130 MiB archive are in
// test/slow/cache-faults.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MiB, ok, restore, save, server, smallTree, snapshot, workspace, write } from './helpers/cache-client.ts';

describe('loopback cache service driven by the real @actions/cache', { concurrency: true }, () => {
  test(
    'save then exact restore is byte-identical: 1000 small files and a 5 MiB one',
    { timeout: 240_000 },
    async () => {
      const s = await server();
      const ws = workspace();
      const dir = join(ws, 'pycache');
      for (let i = 0; i < 1000; i++)
        write(join(dir, `pkg${i % 20}`, '__pycache__', `m${i}.cpython-311.pyc`), `module ${i}\n${'x'.repeat(i % 300)}`);
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
    },
  );

  test('restore: exact key, newest prefix match, restore-key order, version, miss', { timeout: 240_000 }, async () => {
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

    assert.equal(
      ok(await restore(s, ws, paths, 'deps-c-1', ['deps-b-', 'deps-a-'])).result,
      'deps-b-1',
      'restore keys are tried in order',
    );
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

  test("saving an existing key gets GitHub's 409 and is only logged, not warned", { timeout: 240_000 }, async () => {
    const s = await server();
    const ws = workspace();
    const dir = smallTree(ws);
    ok(await save(s, ws, [dir], 'dup'));
    const again = ok(await save(s, ws, [dir], 'dup'));
    assert.equal(again.result, -1);
    assert.deepEqual(again.warnings, []);
    assert.ok(
      again.infos.includes(
        'Failed to save: Unable to reserve cache with key dup, another job may be creating this cache.',
      ),
      again.stdout,
    );
    assert.ok(
      again.debug.some((l) =>
        l.includes('(409) Conflict: cache entry with the same key, version, and scope already exists'),
      ),
      again.stdout,
    );
    assert.equal(s.entries().length, 1);
    assert.equal(s.requests('upload'), 1);
  });
});
