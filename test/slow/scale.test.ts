// A repository at the size the issue names: 300,000 tracked files, 30,000 of them committed
// bytecode. Nothing may crash or hang, and what reaches the runner must stay within its limits
// (1 MB per output, 1 MiB of step summary). Timing is for bench/, not here.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { runAction } from '../../scripts/runner.ts';
import { OUTPUT_LIMIT } from '../../src/report/outputs.ts';
import { gitEnv, tempDir } from '../helpers/repo.ts';

const FILES = 300_000;
const dir = tempDir('pycache-scale-');
after(() => rmSync(dir, { recursive: true, force: true }));

describe('300,000 tracked files', () => {
  test('checked without a crash; outputs and summary are cut to the runner limits, and say so', async () => {
    const git = (args: string[], input?: string | Buffer): string =>
      execFileSync('git', args, { cwd: dir, env: gitEnv, input, encoding: 'utf8', maxBuffer: 1 << 30 });
    git(['init', '-q']);
    const blob = git(['hash-object', '-w', '--stdin'], '').trim();
    const lines: string[] = [];
    // Only the index: bytecode that is not on disk is still committed bytecode.
    for (let i = 0; i < FILES; i++) {
      const d = `pkg${i % 10}/sub${Math.floor(i / 10) % 100}/leaf${Math.floor(i / 1000)}`;
      lines.push(`100644 ${blob}\t${i % 10 === 0 ? `${d}/__pycache__/m${i}.cpython-311.pyc` : `${d}/m${i}.py`}`);
    }
    git(['update-index', '--index-info'], `${lines.join('\n')}\n`);

    const result = await runAction({
      workspace: dir,
      inputs: { 'fail-on': 'any', 'ignore-rules': 'warning' },
      timeoutMs: 120_000,
    });
    assert.equal(result.code, 1, result.stderr);
    const listed = JSON.parse(result.outputs['bytecode-files'] ?? '[]') as string[];
    assert.ok(listed.length > 1000 && listed.length < FILES / 10, `${listed.length} paths listed`);
    assert.ok(Buffer.byteLength(result.outputs['bytecode-files'] ?? '') <= OUTPUT_LIMIT);
    assert.ok(
      result.annotations.some(
        (a) =>
          a.level === 'warning' && /^The bytecode-files output lists the first [\d,]+ of 30,000 paths/.test(a.message),
      ),
      result.stdout.slice(-3000),
    );
    assert.deepEqual(JSON.parse(result.outputs['missing-rules'] ?? '[]'), ['__pycache__/', '*.py[cod]', '*$py.class']);
    assert.ok(
      Buffer.byteLength(result.summary) <= 1024 * 1024,
      `summary of ${Buffer.byteLength(result.summary)} bytes`,
    );
    assert.match(result.summary, /30000 tracked bytecode files fail the check/);
  });
});
