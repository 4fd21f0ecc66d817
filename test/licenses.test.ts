// dist/licenses.txt must name every production dependency with its license text: the bundle
// ships their code, and ncc's own notice list misses lazily loaded chunks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { productionPackages } from '../scripts/licenses.js';

const at = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

test('dist/licenses.txt names every production package, with its license text', () => {
  const packages = productionPackages(
    JSON.parse(readFileSync(at('package-lock.json'), 'utf8')) as Parameters<typeof productionPackages>[0],
  );
  assert.ok(
    packages.some(([name]) => name === '@azure/storage-blob'),
    'the cache chunk’s dependencies are production packages',
  );
  const text = readFileSync(at('dist/licenses.txt'), 'utf8');
  for (const [name, , license] of packages)
    assert.match(
      text,
      new RegExp(
        `^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(@[^\\n]+)?\\n${license.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n.+`,
        'm',
      ),
      `dist/licenses.txt lacks ${name}`,
    );
});
