// The benchmark's quick mode as a smoke test: it must run and print every row. No timings asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

test('bench/check.ts --quick prints its table', () => {
  const out = execFileSync(process.execPath, [fileURLToPath(new URL('../bench/check.ts', import.meta.url)), '--quick'], { encoding: 'utf8' });
  assert.match(out, /\| tracked files \| bytecode files \| git ls-files -z \(ms\) \| whole check \(ms\) \|/);
  assert.match(out, /^\| 2,000 \| 20 \| \d+ \| \d+ \| [\d.]+× \| \d+ \|$/m);
});
