// src/core.ts replaces @actions/core in the action's own code (for start-up time): the same
// calls must leave the same bytes on stdout and in the runner's files, and the same exit code.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'pycache-core-'));
after(() => rmSync(base, { recursive: true, force: true }));

// Awkward values on purpose: newlines, CRs, %, : and , in messages and properties, a
// non-string value, an empty property, and text that looks like a workflow command.
const SCRIPT = `
core.debug('debug %25 line\\nnext::error::x');
core.info('plain info ::warning::not a command');
core.warning('w1');
core.warning('w2\\r\\nsecond', { title: 'T: a, b', file: 'pkg/a,b:c.py', startLine: 3, endLine: 4, startColumn: 1, endColumn: 9 });
core.error(new Error('boom'), { title: '', file: 'x.py' });
core.notice('n %', { title: 'percent % here' });
await core.group('Group: one', async () => core.info('inside'));
core.setOutput('out', 'multi\\nline %');
core.setOutput('count', 3);
core.saveState('state', { a: [1, 'two'] });
core.exportVariable('PYCACHE_CORE_TEST', 'v\\nw');
core.getState('missing') === '' || process.exit(9);
core.getInput('my input') === 'spaced value' || process.exit(8);
await core.summary.addRaw('<h2>x</h2>\\n').addRaw('y').write();
core.summary.addRaw('dropped').emptyBuffer();
core.summary.stringify() === '' || process.exit(7);
core.setFailed('Failed: because');
`;

function run(module: string, files: boolean): { stdout: string; files: Record<string, string>; code: number | null } {
  const dir = mkdtempSync(join(base, 'run-'));
  const names = ['OUTPUT', 'STATE', 'ENV', 'STEP_SUMMARY'];
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, INPUT_MY_INPUT: '  spaced value \n' };
  if (files)
    for (const name of names) {
      const path = join(dir, name);
      writeFileSync(path, '');
      env[`GITHUB_${name}`] = path;
    }
  else env.GITHUB_STEP_SUMMARY = join(dir, 'STEP_SUMMARY');
  if (!files) writeFileSync(join(dir, 'STEP_SUMMARY'), '');
  const r = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `import * as core from ${JSON.stringify(module)};\n${SCRIPT}`],
    { cwd: root, env, encoding: 'utf8' },
  );
  assert.equal(r.stderr, '', r.stderr);
  const read: Record<string, string> = {};
  for (const name of names) {
    try {
      // The delimiter is random per record: compare everything else.
      read[name] = readFileSync(join(dir, name), 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_UUID');
    } catch {
      read[name] = '(none)';
    }
  }
  return { stdout: r.stdout, files: read, code: r.status };
}

test('the same calls give the same bytes as @actions/core, with the runner files', () => {
  const ours = run(join(root, 'src', 'core.ts'), true);
  const theirs = run('@actions/core', true);
  assert.equal(ours.stdout, theirs.stdout);
  assert.deepEqual(ours.files, theirs.files);
  assert.equal(ours.code, 1);
  assert.equal(theirs.code, 1);
  assert.match(ours.files.OUTPUT ?? '', /^out<<ghadelimiter_UUID\nmulti\nline %\nghadelimiter_UUID\n/);
});

test('the same calls give the same bytes as @actions/core, without them (old runners: workflow commands)', () => {
  const ours = run(join(root, 'src', 'core.ts'), false);
  const theirs = run('@actions/core', false);
  assert.equal(ours.stdout, theirs.stdout);
  assert.deepEqual(ours.files, theirs.files);
  assert.match(ours.stdout, /::set-output name=out::multi%0Aline %25/);
});
