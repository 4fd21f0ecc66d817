// pycache_helper.py on the whole CPython 3.11 stdlib beside `compileall -j0`: the times are
// reported (t.diagnostic), not asserted; what is asserted is that both write the same pycs and
// that a second helper run compiles nothing. A timing run, so not in `npm test`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytecodeEnv, findCpython, skipUnless } from '../helpers/python.ts';

const HELPER = fileURLToPath(new URL('../../src/warm/pycache_helper.py', import.meta.url));
const PY311 = findCpython('3.11');
/** What a stdlib walk leaves out: site-packages (their own scope) and CPython's own test suites. */
const SKIPPED = '[/\\\\]((site|dist)-packages|test|tests|idle_test)[/\\\\]';

let tmp = '';
before(() => {
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'pycache-helper-stdlib-')));
});
after(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

function python(
  bin: string,
  args: readonly string[],
  input = '',
): { status: number | null; stdout: string; stderr: string; ms: number } {
  const started = performance.now();
  const r = spawnSync(bin, args, {
    cwd: tmp,
    input,
    env: bytecodeEnv(),
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 << 20,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

interface CompileAnswer {
  compiled: number;
  reused: number;
  failed: number;
  files: number;
  errors: { path: string; message: string }[];
  workers: number;
  seconds: number;
}

function compile(bin: string, request: unknown, prefix: string): CompileAnswer & { ms: number } {
  const r = python(bin, ['-X', `pycache_prefix=${prefix}`, HELPER, 'compile'], JSON.stringify(request));
  assert.equal(r.status, 0, r.stderr);
  return { ...(JSON.parse(r.stdout.trim()) as CompileAnswer), ms: r.ms };
}

/** Every file below dir, as paths relative to it. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length));
}

test(
  'timings on the CPython 3.11 stdlib (reported, not asserted)',
  { ...skipUnless(PY311, 'CPython 3.11'), timeout: 600_000 },
  (t) => {
    const py = PY311 ?? '';
    const stdlib = JSON.parse(
      python(py, ['-c', 'import json, sysconfig; print(json.dumps(sysconfig.get_path("stdlib")))']).stdout,
    ) as string;
    const ours = join(tmp, 'bench-helper');
    const theirs = join(tmp, 'bench-compileall');
    const request = { roots: [{ path: stdlib, kind: 'stdlib' }], mode: 'checked-hash', workers: 0, optimize: [-1] };
    const cold = compile(py, request, ours);
    const noop = compile(py, request, ours);
    const args = [
      '-X',
      `pycache_prefix=${theirs}`,
      '-m',
      'compileall',
      '-j0',
      '--invalidation-mode',
      'checked-hash',
      '-q',
      '-x',
      SKIPPED,
      stdlib,
    ];
    const caCold = python(py, args);
    const caAgain = python(py, args);
    const lines = [
      `stdlib ${stdlib}: ${cold.files} files, ${cold.failed} do not compile (${cold.errors.map((e) => relative(stdlib, e.path)).join(', ')})`,
      `helper cold: ${(cold.ms / 1000).toFixed(2)} s wall (${cold.seconds} s inside, ${cold.workers} processes), ${cold.compiled} compiled`,
      `helper no-op: ${(noop.ms / 1000).toFixed(2)} s wall (${noop.seconds} s inside), ${noop.reused} reused, ${noop.compiled} compiled`,
      `compileall -j0 cold: ${(caCold.ms / 1000).toFixed(2)} s wall (exit ${caCold.status})`,
      `compileall -j0 again: ${(caAgain.ms / 1000).toFixed(2)} s wall (it only skips timestamp pycs, so it recompiles them all)`,
    ];
    for (const line of lines) t.diagnostic(line);
    // The two trees hold the same pycs (compileall also gives up on the same broken files).
    const inStdlib = (p: string) => p.startsWith(stdlib + sep) && !new RegExp(SKIPPED).test(p);
    assert.deepEqual(filesBelow(ours).filter(inStdlib).sort(), filesBelow(theirs).filter(inStdlib).sort());
    assert.equal(noop.compiled, 0);
  },
);
