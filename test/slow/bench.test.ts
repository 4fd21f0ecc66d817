// The benchmark's quick mode as a smoke test: it must run and print every row. No timings asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

test('bench/check.ts --quick prints its table', () => {
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../../bench/check.ts', import.meta.url)), '--quick'],
    { encoding: 'utf8' },
  );
  assert.match(out, /^\| Measurement \| pycache-action \| Floor \| Ratio \| Target \| Met \|$/m);
  // Times print in ms below a second and in s above, which a busy machine reaches.
  assert.match(
    out,
    /^\| Whole check, 2,000 files \(20 bytecode\), realistic \| [\d.]+ m?s \| [\d.]+ m?s \(git ls-files -z\) \| -?[\d.]+× \| .* \| – \|$/m,
  );
});

test('bench/warm.ts --quick prints its table', () => {
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../../bench/warm.ts', import.meta.url)), '--quick'],
    { encoding: 'utf8' },
  );
  assert.match(out, /^\| Measurement \| pycache-action \| Floor \| Ratio \| Target \| Met \|$/m);
  // The project is mpmath from python3-sympy, or a synthetic package where that is not installed.
  assert.match(out, /^\| `import \S+`: restored prefix vs in-place `__pycache__` \|/m);
  for (const row of ['Archive size', 'Full precompile, cache off', 'Incremental precompile after editing'])
    assert.ok(out.includes(`| ${row}`), `${row} row missing:\n${out}`);
});

const HOOK_BUNDLE = fileURLToPath(new URL('../../dist/hook/index.js', import.meta.url));

test(
  'bench/hook.ts --quick prints its table',
  { skip: existsSync(HOOK_BUNDLE) ? false : 'dist/hook/index.js is not built (npm run build)' },
  () => {
    const out = execFileSync(
      process.execPath,
      [fileURLToPath(new URL('../../bench/hook.ts', import.meta.url)), '--quick'],
      { encoding: 'utf8' },
    );
    assert.match(out, /^\| Measurement \| pycache-action \| Floor \| Ratio \| Target \| Met \|$/m);
    for (const row of ['no bytecode', '10 bytecode', '10 bytecode, --ignore-rules'])
      assert.match(
        out,
        new RegExp(
          `^\\| Hook start to exit, 100 staged files, ${row} \\| \\d+ ms \\| \\d+ ms \\(node -e ''\\) \\| [\\d.]+× \\| < 300 ms \\| – \\|$`,
          'm',
        ),
      );
  },
);
