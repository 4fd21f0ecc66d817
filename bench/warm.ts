// Cache warming against its floors (issue #5): import speed from a restored prefix, the cost
// of warming it, and the cache round trip. Every figure is the median of several runs and
// every ratio is against a floor measured in the same run; nothing here asserts a timing.
//
//   node bench/warm.ts           sympy + mpmath copied into a git repository, 5 runs
//   node bench/warm.ts --quick   mpmath only (or a synthetic package), project scope, 1 run
//
// The action is the bundled dist/ (npm run build first), run through scripts/runner.ts the
// way the runner runs it, with the real @actions/cache talking to the loopback cache service.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST_ENTRY, DIST_POST, runAction, type ActionRun } from '../scripts/runner.ts';
import { startCacheServer, type CacheServer } from '../test/helpers/cache-server.ts';
import {
  git,
  machineLine,
  median,
  mib,
  ratio,
  seconds,
  spread,
  table,
  timeAsync,
  timeCommand,
  writeOut,
  type Row,
} from './lib.ts';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const DEBIAN_PYTHON = '/usr/bin/python3';
/** Debian's python3, whose dist-packages hold sympy; the smoke test makes do with any python3 on PATH. */
const PYTHON =
  existsSync(DEBIAN_PYTHON) || !quick
    ? DEBIAN_PYTHON
    : spawnSync('sh', ['-c', 'command -v python3'], { encoding: 'utf8' }).stdout.trim() || DEBIAN_PYTHON;
const DIST_PACKAGES = '/usr/lib/python3/dist-packages';
// BENCH_WITHOUT_SYMPY=1 acts as if python3-sympy were missing (to test the fallback).
const HAS_SYMPY =
  process.env.BENCH_WITHOUT_SYMPY !== '1' &&
  PYTHON === DEBIAN_PYTHON &&
  existsSync(join(DIST_PACKAGES, 'sympy', '__init__.py')) &&
  existsSync(join(DIST_PACKAGES, 'mpmath', '__init__.py'));
const OUT = fileURLToPath(new URL(`./out/warm${quick ? '-quick' : ''}.md`, import.meta.url));
const HELPER = fileURLToPath(new URL('../dist/pycache_helper.py', import.meta.url));

if (!existsSync(PYTHON)) {
  console.error(`bench/warm.ts needs ${PYTHON}: apt-get install -y python3`);
  process.exit(2);
}
if (!HAS_SYMPY && !quick) {
  console.error(
    "bench/warm.ts needs Debian's sympy for /usr/bin/python3: install it with `apt-get install -y python3-sympy`.",
  );
  process.exit(2);
}
if (!existsSync(DIST_ENTRY) || !existsSync(DIST_POST)) {
  console.error('bench/warm.ts runs the bundled action: run `npm run build` first.');
  process.exit(2);
}

// Fixed absolute paths: the cache key and the prefix tree both hold them.
const BASE = join(tmpdir(), 'pycache-bench-warm');
const ORIGIN = join(BASE, 'origin');
const WORKSPACE = join(BASE, 'work', 'project');
const RUNNER_TEMP = join(BASE, 'runner-temp');
const PREFIX = join(RUNNER_TEMP, 'pycache');
const SCRATCH = join(BASE, 'scratch');

/** What the project is and what the import test imports. */
const project = quick
  ? HAS_SYMPY
    ? { what: "mpmath (copied from python3-sympy's dependency)", packages: ['mpmath'], module: 'mpmath' }
    : { what: 'a synthetic 50-module package', packages: [], module: 'synth' }
  : { what: 'sympy + mpmath (Debian python3-sympy)', packages: ['sympy', 'mpmath'], module: 'sympy' };
const SCOPE = quick ? 'project' : 'project\nstdlib\nsite-packages';

/** Flushes dirty pages before a timed run, so no run pays for the previous one's writeback. */
function settle(): void {
  spawnSync('sync');
}

function log(message: string): void {
  process.stderr.write(`[bench/warm] ${message}\n`);
}

// ---------------------------------------------------------------------------------------
// The project and fresh clones of it.

function makeOrigin(): void {
  rmSync(BASE, { recursive: true, force: true });
  mkdirSync(ORIGIN, { recursive: true });
  git(ORIGIN, 'init', '-q');
  for (const pkg of project.packages) {
    cpSync(join(DIST_PACKAGES, pkg), join(ORIGIN, pkg), {
      recursive: true,
      filter: (src) => !src.endsWith('/__pycache__') && !src.endsWith('.pyc'),
    });
  }
  if (project.packages.length === 0) {
    const dir = join(ORIGIN, 'synth');
    mkdirSync(dir, { recursive: true });
    const names = Array.from({ length: 50 }, (_, i) => `m${i}`);
    for (const [i, name] of names.entries()) {
      const body = Array.from(
        { length: 40 },
        (_, j) =>
          `def f${j}(x, y=${j}):\n    """Function ${j} of module ${i}."""\n    return [x * k + y for k in range(${j + 1})]\n\nclass C${j}:\n    value = ${i * j}\n    def method(self, z):\n        return {k: z for k in range(${j})}\n`,
      ).join('\n');
      writeFileSync(join(dir, `${name}.py`), `import json, collections, dataclasses\n${body}\n`);
    }
    writeFileSync(join(dir, '__init__.py'), names.map((n) => `from synth import ${n}`).join('\n') + '\n');
  }
  writeFileSync(join(ORIGIN, '.gitignore'), '__pycache__/\n*.py[cod]\n');
  git(ORIGIN, 'add', '-A');
  git(ORIGIN, 'commit', '-q', '-m', 'project');
}

/** A new machine: a fresh clone (new mtimes) at the same absolute path. */
function freshClone(): void {
  rmSync(join(BASE, 'work'), { recursive: true, force: true });
  mkdirSync(join(BASE, 'work'), { recursive: true });
  git(join(BASE, 'work'), 'clone', '-q', ORIGIN, WORKSPACE);
}

function projectSources(): string[] {
  return git(WORKSPACE, 'ls-files', '-z', '--', '*.py')
    .split('\0')
    .filter(Boolean)
    .map((f) => join(WORKSPACE, f));
}

// ---------------------------------------------------------------------------------------
// The action.

let server: CacheServer;

const baseInputs = {
  warm: 'true',
  check: 'false',
  'ignore-rules': 'off',
  python: PYTHON,
  scope: SCOPE,
  sources: '**/*.py',
};

function ensure(run: ActionRun, what: string): ActionRun {
  if (run.code !== 0)
    throw new Error(`${what} failed (exit ${run.code}):\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-2000)}`);
  return run;
}

async function mainStep(cache: boolean, what: string): Promise<{ seconds: number; run: ActionRun }> {
  settle();
  const { seconds: took, value } = await timeAsync(() =>
    runAction({
      workspace: WORKSPACE,
      runnerTemp: RUNNER_TEMP,
      env: server.env,
      inputs: { ...baseInputs, cache: String(cache) },
      timeoutMs: 30 * 60_000,
    }),
  );
  log(`  ${what}: ${seconds(took)}`);
  return { seconds: took, run: ensure(value, what) };
}

async function postStep(
  state: Readonly<Record<string, string>>,
  what: string,
): Promise<{ seconds: number; run: ActionRun }> {
  settle();
  const { seconds, value } = await timeAsync(() =>
    runAction({
      entry: DIST_POST,
      workspace: WORKSPACE,
      runnerTemp: RUNNER_TEMP,
      env: server.env,
      state,
      timeoutMs: 30 * 60_000,
    }),
  );
  return { seconds, run: ensure(value, what) };
}

/** "Cache Size: ~12 MB (12345678 B)" as @actions/cache logs it on restore (on save only in debug). */
function loggedArchiveBytes(run: ActionRun): number {
  const m = /Cache Size: ~?[\d.]+ MB \((\d+) B\)/.exec(run.stdout);
  return m ? Number(m[1]) : Number.NaN;
}

/** The seconds runWarm reports in its summary ("… in 12.3 s."). */
function summarySeconds(run: ActionRun): number {
  const m = /MiB, in ([\d.]+) s\./.exec(run.summary);
  return m ? Number(m[1]) : Number.NaN;
}

// ---------------------------------------------------------------------------------------
// Python.

function pythonEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONPATH: WORKSPACE };
  delete env.PYTHONPYCACHEPREFIX;
  delete env.PYTHONDONTWRITEBYTECODE;
  delete env.PYTHONHOME;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

function importOnce(env: NodeJS.ProcessEnv): number {
  settle();
  const t = timeCommand(PYTHON, ['-c', `import ${project.module}`], { cwd: WORKSPACE, env });
  if (t.result.status !== 0) throw new Error(`import ${project.module} failed: ${t.result.stderr}`);
  return t.seconds;
}

/** Modules `python -v` says were loaded from a pyc versus compiled from source, under this env. */
function importAudit(env: NodeJS.ProcessEnv): { fromPyc: number; fromSource: number } {
  const r = timeCommand(PYTHON, ['-v', '-c', `import ${project.module}`], { cwd: WORKSPACE, env }).result;
  const lines = r.stderr.split('\n');
  return {
    fromPyc: lines.filter((l) => /^# code object from '.*\.pyc'$/.test(l)).length,
    fromSource: lines.filter((l) => /^# code object from [^'].*\.py$/.test(l)).length,
  };
}

interface Described {
  stdlib: string[];
  site_packages: string[];
  version: string;
}

function describePython(): Described {
  const r = timeCommand(PYTHON, ['-B', HELPER, 'describe'], { input: '{}', env: pythonEnv({}) }).result;
  return JSON.parse(r.stdout) as Described;
}

function countFiles(dir: string, suffix: string): number {
  let n = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith(suffix)) n++;
    }
  };
  if (existsSync(dir)) walk(dir);
  return n;
}

// ---------------------------------------------------------------------------------------

const rows: Row[] = [];
const notes: string[] = [];
const started = Date.now();

async function main(): Promise<void> {
  const described = describePython();
  log(`project: ${project.what}; ${RUNS} run(s); scope ${SCOPE.replace(/\n/g, ' + ')}`);
  makeOrigin();
  freshClone();
  const nSources = projectSources().length;
  server = await startCacheServer();
  try {
    // BENCH_ONLY=warming skips measurements 1 and 3 (for profiling the precompile alone).
    if (process.env.BENCH_ONLY !== 'warming') await importAndRoundTrip(nSources);
    await warmingCost(described, nSources);
  } finally {
    await server.close();
  }
}

/** Measurements 1 and 3: imports from a restored prefix, and the cache round trip. */
async function importAndRoundTrip(nSources: number): Promise<void> {
  // Run 1: a miss; compile everything and save in the post step.
  rmSync(RUNNER_TEMP, { recursive: true, force: true });
  mkdirSync(RUNNER_TEMP, { recursive: true });
  log('main step, cache miss');
  const first = await mainStep(true, 'first main step');
  if (first.run.outputs['cache-hit'] !== 'false') throw new Error('the first run should miss the cache');
  log(`  compiled ${first.run.outputs.compiled}, reused ${first.run.outputs.reused}, ${seconds(first.seconds)}`);
  log('post step, save');
  const firstPost = await postStep(first.run.state, 'first post step');
  const saved = server.entries().find((e) => e.key === first.run.outputs['cache-key']);
  if (saved === undefined) throw new Error(`the post step saved nothing:\n${firstPost.run.stdout}`);

  // Run 2: a new machine restores it.
  rmSync(PREFIX, { recursive: true, force: true });
  freshClone();
  log('main step on a fresh clone, cache hit');
  const second = await mainStep(true, 'second main step');
  if (second.run.outputs['cache-hit'] !== 'true')
    throw new Error(`the second run should hit the cache:\n${second.run.stdout}`);
  log(`  compiled ${second.run.outputs.compiled}, reused ${second.run.outputs.reused}, ${seconds(second.seconds)}`);

  // 1. Import speed. Floor: in-place __pycache__ in this clone (PYTHONPYCACHEPREFIX unset, which
  // the prefix runs never read); cold: a new empty prefix each run, written to as a job would.
  const restoredEnv = pythonEnv({ PYTHONPYCACHEPREFIX: PREFIX, PYTHONDONTWRITEBYTECODE: '1' });
  const floorEnv = pythonEnv({ PYTHONDONTWRITEBYTECODE: '1' });
  importOnce(pythonEnv({})); // warm-up for the floor: writes the clone's __pycache__
  const coldPrefix = (i: number): string => join(SCRATCH, `cold-${i}`);
  importOnce(pythonEnv({ PYTHONPYCACHEPREFIX: coldPrefix(-1) }));
  importOnce(restoredEnv);
  const cold: number[] = [];
  const restored: number[] = [];
  const floor: number[] = [];
  log('timing imports');
  for (let i = 0; i < RUNS; i++) {
    cold.push(importOnce(pythonEnv({ PYTHONPYCACHEPREFIX: coldPrefix(i) })));
    restored.push(importOnce(restoredEnv));
    floor.push(importOnce(floorEnv));
  }
  rmSync(SCRATCH, { recursive: true, force: true });
  const audit = importAudit(restoredEnv);
  const floorAudit = importAudit(floorEnv);
  const [c, r, f] = [median(cold), median(restored), median(floor)];
  rows.push({
    measurement: `\`import ${project.module}\`: restored prefix vs in-place \`__pycache__\``,
    action: seconds(r),
    floor: seconds(f),
    ratio: ratio(r / f),
    target: '≤ 1.15',
    met: r / f <= 1.15,
  });
  // Not a headline: no job compares a restored prefix with an empty one (issue #11); the
  // whole-job table (bench/job.ts) answers whether warming pays.
  notes.push(
    `\`import ${project.module}\` from a cold (empty) prefix took ${seconds(c)}, ${ratio(c / r)} the restored prefix's time.`,
  );
  notes.push(
    `Restored prefix: \`python -v\` loaded ${audit.fromPyc} modules from pycs and compiled ${audit.fromSource} from source (floor: ${floorAudit.fromPyc} from pycs, ${floorAudit.fromSource} from source).`,
  );

  // 3. The cache round trip, with the restored tree in PREFIX. The save is the post step with a
  // new key each run (an existing key is not saved again); its refresh alone (cache off) is
  // timed too, so that the save itself can be told apart. Likewise the restore is the main step
  // on an empty prefix, and the same step with the cache off on the restored tree is its
  // compile check alone.
  const saveRuns: number[] = [];
  const refreshRuns: number[] = [];
  const restoreRuns: number[] = [];
  const checkRuns: number[] = [];
  const tarC: number[] = [];
  const tarX: number[] = [];
  const savedSizes: number[] = [];
  const loggedSizes: number[] = [];
  let tarBytes = Number.NaN;
  const archive = join(BASE, 'prefix.tar.zst');
  log('timing the cache round trip');
  // Each piece and its floor see the same state: the floor's archive is made from the same
  // tree, and both restores extract into PREFIX just after it was deleted. Writes to this
  // machine's disk vary a lot over time, so the order alternates from run to run.
  const actionSave = async (i: number): Promise<void> => {
    const key = `${first.run.outputs['cache-key']}-bench${i}`;
    const save = await postStep({ ...second.run.state, 'cache-key': key, 'cache-matched-key': '' }, 'save post step');
    saveRuns.push(save.seconds);
    const entry = server.entries().find((e) => e.key === key);
    if (entry === undefined) throw new Error(`post step ${i} saved nothing:\n${save.run.stdout}`);
    savedSizes.push(entry.size);
    refreshRuns.push((await postStep({ ...second.run.state, cache: 'false' }, 'refresh-only post step')).seconds);
  };
  const floorSave = (): void => {
    rmSync(archive, { force: true });
    settle();
    const c1 = timeCommand('tar', ['--zstd', '-cf', archive, '-C', RUNNER_TEMP, 'pycache']);
    if (c1.result.status !== 0) throw new Error(`tar -c failed: ${c1.result.stderr}`);
    tarC.push(c1.seconds);
    tarBytes = statSync(archive).size;
  };
  const actionRestore = async (i: number): Promise<void> => {
    rmSync(PREFIX, { recursive: true, force: true });
    const restore = await mainStep(true, 'restoring main step');
    if (restore.run.outputs['cache-hit'] !== 'true' || restore.run.outputs.compiled !== '0')
      throw new Error(`restore ${i} did not hit:\n${restore.run.stdout}`);
    restoreRuns.push(restore.seconds);
    loggedSizes.push(loggedArchiveBytes(restore.run));
    checkRuns.push((await mainStep(false, 'check-only main step')).seconds);
  };
  const floorRestore = (): void => {
    rmSync(PREFIX, { recursive: true, force: true });
    settle();
    const x1 = timeCommand('tar', ['--zstd', '-xf', archive, '-C', RUNNER_TEMP]);
    if (x1.result.status !== 0) throw new Error(`tar -x failed: ${x1.result.stderr}`);
    tarX.push(x1.seconds);
    log(`  tar -cf ${seconds(tarC.at(-1) ?? Number.NaN)}, tar -xf ${seconds(x1.seconds)}`);
  };
  for (let i = 0; i < RUNS; i++) {
    if (i % 2 === 0) {
      await actionSave(i);
      floorSave();
      await actionRestore(i);
      floorRestore();
    } else {
      floorSave();
      await actionSave(i);
      floorRestore();
      await actionRestore(i);
    }
  }
  rmSync(archive, { force: true });
  const [sv, rf, rs, ck, tc, tx] = [saveRuns, refreshRuns, restoreRuns, checkRuns, tarC, tarX].map(median) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  notes.push(
    `Round trip: "minus" rows subtract the same step run with \`cache: false\` (the post step's refresh, the main step's describe, key and compile check), leaving the @actions/cache save or restore; the floors are \`tar --zstd\` of the same tree (tar -xf into the same path, just deleted, as the restore does). Spread: restore step ${spread(restoreRuns)}, tar -xf ${spread(tarX)}.`,
  );
  rows.push({
    measurement: 'Save: whole post step (refresh + @actions/cache save)',
    action: seconds(sv),
    floor: `${seconds(tc)} (tar --zstd -cf)`,
    ratio: ratio(sv / tc),
    target: '–',
    met: null,
  });
  rows.push({
    measurement: 'Save: post step minus its refresh (cache off)',
    action: seconds(sv - rf),
    floor: `${seconds(tc)} (tar --zstd -cf)`,
    ratio: ratio((sv - rf) / tc),
    target: '–',
    met: null,
  });
  rows.push({
    measurement: 'Restore: whole main step on an empty prefix (cache hit)',
    action: seconds(rs),
    floor: `${seconds(tx)} (tar --zstd -xf)`,
    ratio: ratio(rs / tx),
    target: '–',
    met: null,
  });
  rows.push({
    measurement: 'Restore: main step minus the same step with cache off',
    action: seconds(rs - ck),
    floor: `${seconds(tx)} (tar --zstd -xf)`,
    ratio: ratio((rs - ck) / tx),
    target: '–',
    met: null,
  });
  const size = median(savedSizes);
  rows.push({
    measurement: 'Archive size (cache entry vs tar --zstd)',
    action: mib(size),
    floor: mib(tarBytes),
    ratio: ratio(size / tarBytes),
    target: '–',
    met: null,
  });
  const prefixFiles = countFiles(PREFIX, '.pyc');
  notes.push(
    `Prefix after restore: ${prefixFiles} pycs for ${nSources} project sources; first (miss) main step ${seconds(first.seconds)} with ${first.run.outputs.compiled} compiled; first save post step ${seconds(firstPost.seconds)}; restore (hit) main step ${seconds(second.seconds)}, trusting the key (no check). @actions/cache logged restored archive sizes ${[...new Set(loggedSizes)].map((b) => `${b} B`).join(', ')}; refresh-only post step ${seconds(rf)}; check-only main step ${seconds(ck)}.`,
  );
}

interface HelperAnswer {
  readonly compiled: number;
  readonly reused: number;
  readonly seconds: number;
  readonly workers: number;
}

/** pycache_helper.py compile alone, with the request the action sends (see src/warm/plan.ts). */
function helperCompile(described: Described): { wall: number; answer: HelperAnswer } {
  const roots = [
    { path: WORKSPACE, kind: 'project', files: projectSources() },
    ...(quick
      ? []
      : [
          ...described.stdlib.map((path) => ({ path, kind: 'stdlib' })),
          ...described.site_packages.map((path) => ({ path, kind: 'site-packages' })),
        ]),
  ];
  settle();
  const t = timeCommand(PYTHON, ['-B', HELPER, 'compile'], {
    input: JSON.stringify({ roots, mode: 'checked-hash', workers: 0, prefix: PREFIX }),
    env: pythonEnv({ PYTHONPATH: undefined }),
  });
  if (t.result.status !== 0) throw new Error(`pycache_helper.py compile failed: ${t.result.stdout}${t.result.stderr}`);
  const answer = JSON.parse(t.result.stdout) as HelperAnswer;
  log(
    `  helper: ${seconds(t.seconds)} wall, ${seconds(answer.seconds)} inside, ${answer.compiled} compiled, ${answer.workers} workers`,
  );
  return { wall: t.seconds, answer };
}

/** Measurement 2: the action's precompile (cache off) against compileall into an empty prefix. */
async function warmingCost(described: Described, nSources: number): Promise<void> {
  freshClone(); // drops the floor's in-place __pycache__
  const roots = [WORKSPACE, ...(quick ? [] : [...described.stdlib, ...described.site_packages])];
  const full: number[] = [];
  const fullInside: number[] = [];
  const helperFull: number[] = [];
  const compileall: number[] = [];
  let compiled = '';
  const floorPrefix = join(BASE, 'compileall-prefix');
  log('timing full precompiles');
  const runCompileall = (): void => {
    rmSync(floorPrefix, { recursive: true, force: true });
    settle();
    // The same files the action compiles: its stdlib walk leaves out site-packages (a scope of
    // their own) and CPython's test suites, so compileall's stdlib run excludes them too.
    const env = { env: pythonEnv({ PYTHONPYCACHEPREFIX: floorPrefix, PYTHONPATH: undefined }) };
    const base = ['-m', 'compileall', '-q', '-j0', '--invalidation-mode', 'checked-hash'];
    // compileall with no directory compiles sys.path: only runs that name one.
    const runs = [
      [WORKSPACE],
      ...(quick
        ? []
        : [
            ['-x', '[/\\\\]((site|dist)-packages|test|tests|idle_test)[/\\\\]', ...described.stdlib],
            described.site_packages,
          ]),
    ]
      .filter((dirs) => dirs.some((d) => !d.startsWith('-') && !d.startsWith('[')))
      .map((dirs) => [...base, ...dirs]);
    const total = runs.reduce((sum, args) => sum + timeCommand(PYTHON, args, env).seconds, 0);
    log(`  compileall: ${seconds(total)}`);
    compileall.push(total);
  };
  const runHelper = (): void => {
    rmSync(PREFIX, { recursive: true, force: true });
    helperFull.push(helperCompile(described).wall);
  };
  const runStep = async (): Promise<void> => {
    rmSync(PREFIX, { recursive: true, force: true });
    const run = await mainStep(false, 'full precompile');
    full.push(run.seconds);
    fullInside.push(summarySeconds(run.run));
    compiled = run.run.outputs.compiled ?? '';
  };
  // The order rotates from run to run: this machine's speed drifts.
  const order: (() => void | Promise<void>)[] = [runCompileall, runHelper, runStep];
  for (let i = 0; i < RUNS; i++) {
    for (let j = 0; j < order.length; j++) await (order[(i + j) % order.length] as () => void | Promise<void>)();
  }
  const floorPycs = countFiles(floorPrefix, '.pyc');
  rmSync(floorPrefix, { recursive: true, force: true });
  const [fl, fa, fi, fh] = [median(full), median(compileall), median(fullInside), median(helperFull)];
  rows.push({
    measurement: `Full precompile, cache off: whole main step (${compiled} compiled)`,
    action: seconds(fl),
    floor: `${seconds(fa)} (compileall -j0, ${floorPycs} pycs)`,
    ratio: ratio(fl / fa),
    target: '≤ 1.0',
    met: fl / fa <= 1.0,
  });
  rows.push({
    measurement: 'Full precompile: `pycache_helper.py compile` alone',
    action: seconds(fh),
    floor: `${seconds(fa)} (compileall -j0)`,
    ratio: ratio(fh / fa),
    target: '≤ 1.0',
    met: fh / fa <= 1.0,
  });
  notes.push(
    `Spread over the runs: whole step ${spread(full)}, helper alone ${spread(helperFull)}, compileall ${spread(compileall)} (runs interleaved, order rotated).`,
  );
  notes.push(
    `Full precompile: runWarm's own time (step summary, 0.1 s resolution) ${seconds(fi)} of the ${seconds(fl)} step; compileall roots: ${roots.join(', ')}.`,
  );

  // Edit 1% of the project's sources, then warm the (complete) prefix again: once with the
  // whole step, once with the helper alone (each after a new edit of the same files).
  const sources = projectSources();
  const step = Math.max(1, Math.round(sources.length / Math.max(1, Math.round(sources.length / 100))));
  const edited = sources.filter((_, i) => i % step === 0);
  const incremental: number[] = [];
  const helperInc: number[] = [];
  const noop: number[] = [];
  let incCompiled = '';
  let incReused = '';
  let helperAnswer: HelperAnswer | undefined;
  log(`timing incremental precompiles (${edited.length} of ${nSources} sources edited)`);
  for (let i = 0; i < RUNS; i++) {
    for (const file of edited) appendFileSync(file, `# bench edit ${i}\n`);
    const run = await mainStep(false, 'incremental precompile');
    incremental.push(run.seconds);
    incCompiled = run.run.outputs.compiled ?? '';
    incReused = run.run.outputs.reused ?? '';
    noop.push((await mainStep(false, 'no-op precompile')).seconds);
    for (const file of edited) appendFileSync(file, `# bench edit ${i} again\n`);
    const h = helperCompile(described);
    helperInc.push(h.wall);
    helperAnswer = h.answer;
  }
  const [inc, hi, nop] = [median(incremental), median(helperInc), median(noop)];
  const editedSizes = edited.map((f) => ({ f, size: statSync(f).size })).sort((x, y) => y.size - x.size);
  const biggest = editedSizes[0];
  notes.push(
    `Edited sample: every ${step}th project file, ${edited.length} files, ${mib(editedSizes.reduce((n, e) => n + e.size, 0))}${biggest ? `; the largest is ${biggest.f.slice(WORKSPACE.length + 1)} (${mib(biggest.size)})` : ''}. Spread: whole step ${spread(incremental)}, helper alone ${spread(helperInc)}.`,
  );
  rows.push({
    measurement: `Incremental precompile after editing ${edited.length} of ${nSources} project files: whole main step (${incCompiled} compiled, ${incReused} reused)`,
    action: seconds(inc),
    floor: `${seconds(fl)} (full, above)`,
    ratio: ratio(inc / fl),
    target: '≤ 0.1',
    met: inc / fl <= 0.1,
  });
  rows.push({
    measurement: `Incremental precompile: \`pycache_helper.py compile\` alone (${helperAnswer?.compiled ?? '?'} compiled, ${helperAnswer?.reused ?? '?'} reused)`,
    action: seconds(hi),
    floor: `${seconds(fh)} (helper full, above)`,
    ratio: ratio(hi / fh),
    target: '≤ 0.1',
    met: hi / fh <= 0.1,
  });
  notes.push(
    `The same main step with nothing edited (all ${incReused && incCompiled ? Number(incReused) + Number(incCompiled) : '?'} reused) takes ${seconds(nop)}: the incremental step's fixed cost.`,
  );
}

try {
  await main();
} finally {
  rmSync(BASE, { recursive: true, force: true });
}

const machine = machineLine([
  `Python ${timeCommand(PYTHON, ['-c', 'import platform; print(platform.python_version())']).result.stdout.trim()} (${PYTHON})`,
]);
const text = [
  `## Cache warming (${quick ? 'quick: ' : ''}${project.what}; scope ${SCOPE.replace(/\n/g, ' + ')})`,
  '',
  `Machine: ${machine}. Medians of ${RUNS} run(s); times are wall clock, action steps are whole \`node dist/…\` processes run as the runner runs them (loopback cache service), each after \`sync\`.`,
  ...(quick
    ? [
        '',
        'Quick mode is a smoke test (small project, project scope only, one run): its ratios are not judged against the targets.',
      ]
    : []),
  '',
  table(rows, !quick),
  '',
  ...notes.map((n) => `- ${n}`),
  '',
  `Benchmark wall time: ${seconds((Date.now() - started) / 1000)}.`,
  '',
].join('\n');
console.log(text);
writeOut(OUT, text);
