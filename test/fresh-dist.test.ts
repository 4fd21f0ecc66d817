// The stamp that lets `npm test` skip an up-to-date build and makes scripts/runner.ts refuse a
// stale dist/: exercised on a scratch tree, never on this repository's own stamp.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distState, writeStamp } from '../scripts/fresh-dist.js';
import { tempDir } from './helpers/repo.ts';

const root = tempDir('pycache-fresh-dist-');
after(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

test('dist/ is fresh after a build, stale after a change to the source or to dist/, unknown without a stamp', () => {
  write('src/index.ts', 'run();\n');
  write('package-lock.json', '{}\n');
  write('dist/index.js', 'run();\n');
  assert.equal(distState(root), 'unknown');
  writeStamp(root);
  assert.equal(distState(root), 'fresh');
  write('src/warm/new.ts', 'export {};\n');
  assert.equal(distState(root), 'stale', 'a new source file');
  writeStamp(root);
  write('package-lock.json', '{"lockfileVersion": 3}\n');
  assert.equal(distState(root), 'stale', 'other dependencies');
  writeStamp(root);
  write('dist/index.js', 'edited by hand\n');
  assert.equal(distState(root), 'stale', 'dist/ changed (a checkout of another branch)');
});
