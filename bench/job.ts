// Whole CI jobs with and without the action (issue #11): the question a user asks is "is my
// job faster with this step than without it?", not how a restored prefix compares with an
// empty one. Each job is a fresh `git clone`, then the action's main step (bundled dist/, run
// as the runner runs it, real @actions/cache against the loopback cache service), then pytest
// on a fixed test subset, then the post step. Variants are interleaved, in a rotated order,
// and reported as medians with their spread, each against the no-action job and the floor
// of its own group (same interpreter, pytest arguments and environment). Nothing here
// asserts a timing: the goals under each table are printed as met or not met.
//
//   node bench/job.ts           two projects, every variant, BENCH_RUNS runs (default 5)
//   node bench/job.ts --quick   the small project, no action / floor / hit / miss, 1 run
//
// BENCH_VARIANTS=none,floor,hit runs only those ids, BENCH_PROJECTS=graphs only that project,
// BENCH_PHASES=1 logs the action's per-phase timings.
//
// Projects (Debian packages nobody here wrote):
//   sympy   Debian's sympy copied into a repository as the project, with a fixed test subset;
//   graphs  a small project whose tests import sympy and networkx from site-packages.
// "deps without pycs" runs the job in a virtual environment holding copies of the
// dependencies without pycs, as `uv sync` installs them by default.
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST_ENTRY, DIST_POST, runAction, type ActionRun } from '../scripts/runner.ts';
import { startCacheServer, type CacheServer } from '../test/helpers/cache-server.ts';
import { git, machineLine, median, seconds, size, spread, writeOut } from './lib.ts';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const PYTHON = '/usr/bin/python3';
const DIST_PACKAGES = '/usr/lib/python3/dist-packages';
const OUT = fileURLToPath(new URL(`./out/job${quick ? '-quick' : ''}.md`, import.meta.url));
/** The usual download speed of the Actions cache on GitHub-hosted runners. */
const CACHE_DOWNLOAD_BYTES_PER_SECOND = 80e6;

for (const need of [
  join(DIST_PACKAGES, 'sympy'),
  join(DIST_PACKAGES, 'networkx'),
  join(DIST_PACKAGES, 'xdist'),
  join(DIST_PACKAGES, 'pytest'),
]) {
  if (!existsSync(need)) {
    console.error(`bench/job.ts needs ${need}: apt-get install -y python3-sympy python3-networkx python3-pytest-xdist`);
    process.exit(2);
  }
}
if (!existsSync(DIST_ENTRY) || !existsSync(DIST_POST)) {
  console.error('bench/job.ts runs the bundled action: run `npm run build` first.');
  process.exit(2);
}

// Fixed absolute paths: the cache key and the prefix tree both hold them.
const BASE = join(tmpdir(), 'pycache-bench-job');
const WORK = join(BASE, 'work');
const WORKSPACE = join(WORK, 'project');
const RUNNER_TEMP = join(BASE, 'runner-temp');
const VENV = join(BASE, 'venv');
const VENV_PYTHON = join(VENV, 'bin', 'python');

function log(message: string): void {
  process.stderr.write(`[bench/job] ${message}\n`);
}

interface Project {
  readonly name: string;
  readonly what: string;
  readonly origin: string;
  /** pytest arguments naming the fixed test subset. */
  readonly tests: readonly string[];
  /** Packages copied, without pycs, into the virtual environment for "deps without pycs". */
  readonly deps: readonly string[];
  /** Sources edited for "new commit". */
  readonly edit: readonly string[];
}

const SYMPY: Project = {
  name: 'sympy',
  what: "sympy 1.11 (Debian's python3-sympy) as the project",
  origin: join(BASE, 'origin-sympy'),
  tests: ['sympy/core/tests/test_basic.py', 'sympy/core/tests/test_symbol.py', 'sympy/sets/tests/test_contains.py'],
  deps: ['mpmath'],
  edit: ['sympy/core/basic.py', 'sympy/core/symbol.py', 'sympy/sets/contains.py', 'sympy/printing/str.py'],
};

const GRAPHS: Project = {
  name: 'graphs',
  what: 'a small project whose tests import sympy and networkx from site-packages',
  origin: join(BASE, 'origin-graphs'),
  tests: ['tests'],
  deps: ['sympy', 'mpmath', 'networkx'],
  edit: ['graphs/paths.py', 'graphs/poly.py'],
};

const GRAPHS_FILES: Record<string, string> = {
  'graphs/__init__.py': '"""Small graph and polynomial helpers."""\n',
  'graphs/paths.py':
    'import networkx as nx\n\n\ndef grid(n):\n    return nx.grid_2d_graph(n, n)\n\n\ndef shortest(n):\n    g = grid(n)\n    return nx.shortest_path_length(g, (0, 0), (n - 1, n - 1))\n\n\ndef components(edges):\n    g = nx.Graph(edges)\n    return sorted(len(c) for c in nx.connected_components(g))\n',
  'graphs/poly.py':
    'import sympy as sp\n\nx = sp.Symbol("x")\n\n\ndef chromatic_like(n):\n    return sp.expand(sp.prod([(x - k) for k in range(n)]))\n\n\ndef roots(n):\n    return sorted(sp.solve(chromatic_like(n), x))\n',
  'graphs/spectrum.py':
    'import networkx as nx\nimport sympy as sp\n\n\ndef adjacency(g):\n    nodes = sorted(g.nodes())\n    return sp.Matrix([[1 if g.has_edge(a, b) else 0 for b in nodes] for a in nodes])\n\n\ndef char_poly(n):\n    return adjacency(nx.path_graph(n)).charpoly().as_expr()\n',
  'tests/__init__.py': '',
  'tests/test_paths.py':
    'from graphs import paths\n\n\ndef test_shortest():\n    assert paths.shortest(4) == 6\n\n\ndef test_components():\n    assert paths.components([(1, 2), (3, 4), (4, 5)]) == [2, 3]\n',
  'tests/test_poly.py': 'from graphs import poly\n\n\ndef test_roots():\n    assert poly.roots(4) == [0, 1, 2, 3]\n',
  'tests/test_spectrum.py':
    'from graphs import spectrum\n\n\ndef test_char_poly():\n    assert spectrum.char_poly(3).subs("lambda", 0) == 0\n',
};

function makeOrigin(p: Project): void {
  rmSync(p.origin, { recursive: true, force: true });
  mkdirSync(p.origin, { recursive: true });
  git(p.origin, 'init', '-q', '-b', 'main');
  if (p === SYMPY) {
    cpSync(join(DIST_PACKAGES, 'sympy'), join(p.origin, 'sympy'), {
      recursive: true,
      filter: (src) => !src.endsWith('/__pycache__') && !src.endsWith('.pyc'),
    });
  } else {
    for (const [path, text] of Object.entries(GRAPHS_FILES)) {
      mkdirSync(join(p.origin, path, '..'), { recursive: true });
      writeFileSync(join(p.origin, path), text);
    }
  }
  writeFileSync(join(p.origin, '.gitignore'), '__pycache__/\n*.py[cod]\n.pytest_cache/\n');
  git(p.origin, 'add', '-A');
  git(p.origin, 'commit', '-q', '-m', 'project');
  git(p.origin, 'tag', 'base');
}

/** A push that edits a few sources: a new commit on main, based on `base`, unique per run. */
function newCommit(p: Project, run: number): void {
  git(p.origin, 'checkout', '-q', '-B', 'main', 'base');
  for (const file of p.edit) appendFileSync(join(p.origin, file), `\n# edited for run ${run} at ${Date.now()}\n`);
  git(p.origin, 'commit', '-q', '-am', `edit ${run}`);
}

function makeVenv(): void {
  rmSync(VENV, { recursive: true, force: true });
  const r = spawnSync(PYTHON, ['-m', 'venv', '--without-pip', '--system-site-packages', VENV], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 -m venv failed: ${r.stderr}`);
  const site = venvSite();
  for (const pkg of ['sympy', 'mpmath', 'networkx']) {
    cpSync(join(DIST_PACKAGES, pkg), join(site, pkg), {
      recursive: true,
      filter: (src) => !src.endsWith('/__pycache__') && !src.endsWith('.pyc'),
    });
  }
}

function venvSite(): string {
  const lib = join(VENV, 'lib');
  const version = readdirSync(lib).find((d) => d.startsWith('python')) ?? 'python3';
  return join(lib, version, 'site-packages');
}

/** Each "deps without pycs" job starts with an environment just installed, without pycs. */
function stripVenvPycs(): void {
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const path = join(dir, e.name);
      if (e.name === '__pycache__') rmSync(path, { recursive: true, force: true });
      else walk(path);
    }
  };
  walk(venvSite());
}

// ---------------------------------------------------------------------------------------
// One job.

type Action = 'none' | 'warm' | 'floor';

interface Variant {
  readonly id: string;
  /** The id prefix of the variant's group ('' for the base group): its no-action job is `${group}none`. */
  readonly group: string;
  readonly label: string;
  readonly action: Action;
  readonly python: string;
  /** What the cache holds when the job starts. */
  readonly cache: 'hit' | 'new-commit' | 'miss' | null;
  readonly pytest: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** The action's `layout` input; unset passes none, so the job gets the action's default (in-place). */
  readonly layout?: 'prefix';
}

interface JobResult {
  readonly seconds: number;
  readonly main: number;
  readonly post: number;
  readonly test: number;
  /** Seconds the main step spent downloading the archive, from @actions/cache's last progress line; 0 if none. */
  readonly download: number;
  readonly hit: string;
  /** The `cache-matched-key` output: the entry the main step restored ('' on a miss). */
  readonly matchedKey: string;
  /** The layout the main step used (it falls back to prefix in a read-only checkout); '' without the action. */
  readonly layout: string;
  readonly treePycs: number;
  readonly summary: string;
  /** The action's own phase timings (its `… took N ms` debug lines), main step then post step. */
  readonly phases: readonly (readonly [string, number])[];
}

let server: CacheServer;
let counter = 0;

function countPycs(dir: string): number {
  let n = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.pyc')) n++;
    }
  };
  if (existsSync(dir)) walk(dir);
  return n;
}

/**
 * How long the restore's download took: @actions/cache ends it with `Received <bytes> of
 * <total> (100.0%), <rate> MBs/sec`, where the rate is total ÷ 2^20 ÷ elapsed seconds (its
 * "MB" is a MiB), so total ÷ 2^20 ÷ rate gives the elapsed seconds back. No line: nothing
 * was downloaded (a miss), 0.
 */
function downloadSeconds(stdout: string): number {
  const m = /Received \d+ of (\d+) \(100\.0%\), ([\d.]+) MBs\/sec/.exec(stdout);
  const rate = Number(m?.[2]);
  return m && rate > 0 ? Number(m[1]) / 1024 / 1024 / rate : 0;
}

function ensure(run: ActionRun, what: string): ActionRun {
  if (run.code !== 0)
    throw new Error(`${what} failed (exit ${run.code}):\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-2000)}`);
  return run;
}

function pythonEnv(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['PYTHONPYCACHEPREFIX', 'PYTHONDONTWRITEBYTECODE', 'PYTHONHOME', 'PYTHONPATH']) delete env[name];
  return { ...env, ...extra };
}

async function job(p: Project, v: Variant, run: number): Promise<JobResult> {
  // A new machine: nothing but the cache service survives from the last job.
  rmSync(WORK, { recursive: true, force: true });
  rmSync(RUNNER_TEMP, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  mkdirSync(RUNNER_TEMP, { recursive: true });
  if (v.python === VENV_PYTHON) stripVenvPycs();
  const branch = v.cache === 'new-commit' ? 'main' : 'base';
  if (v.cache === 'new-commit') newCommit(p, run);
  spawnSync('sync');

  const started = process.hrtime.bigint();
  const lap = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  const clone = spawnSync('git', ['clone', '-q', '--branch', branch, p.origin, WORKSPACE], { encoding: 'utf8' });
  if (clone.status !== 0) throw new Error(`git clone failed: ${clone.stderr}`);
  /** Seconds the bench itself spent inside the job (the floor's compile, counting the tree): not the job's. */
  let pause = 0;
  if (v.action === 'floor') {
    // The in-place floor: the project's (and an uncompiled environment's) pycs already in
    // place, written before the clock restarts, so the job compiles nothing. Written without
    // the variant's env: with PYTHONDONTWRITEBYTECODE the job still reads pycs it finds.
    const before = lap();
    const dirs = [WORKSPACE, ...(v.python === VENV_PYTHON ? [venvSite()] : [])];
    const r = spawnSync(v.python, ['-m', 'compileall', '-q', '-j0', ...dirs], { encoding: 'utf8', env: pythonEnv({}) });
    if (r.status !== 0 && r.status !== 1) throw new Error(`compileall failed: ${r.stderr}`);
    pause += lap() - before;
  }

  let mainRun: ActionRun | null = null;
  let mainSeconds = 0;
  // This machine sets PYTHONDONTWRITEBYTECODE=1; a job has it only where the variant sets it.
  const stepEnv = { ...server.env, PYTHONDONTWRITEBYTECODE: undefined, ...v.env };
  if (v.action === 'warm') {
    const t0 = lap();
    // The key already differs by layout; a first run needs a key nothing was saved under.
    const suffix = v.cache === 'miss' ? `miss-${counter++}-${Date.now()}` : '';
    mainRun = ensure(
      await runAction({
        workspace: WORKSPACE,
        runnerTemp: RUNNER_TEMP,
        env: stepEnv,
        inputs: {
          warm: 'true',
          check: 'false',
          'ignore-rules': 'off',
          python: v.python,
          'cache-suffix': suffix,
          ...(v.layout ? { layout: v.layout } : {}),
        },
        timeoutMs: 10 * 60_000,
      }),
      `${p.name} ${v.id} main step`,
    );
    mainSeconds = lap() - t0;
  }
  const counting = lap();
  const treePycs = v.action === 'warm' ? countPycs(join(RUNNER_TEMP, 'pycache')) : 0;
  pause += lap() - counting;
  const t1 = lap();
  const test = spawnSync(v.python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', ...v.pytest, ...p.tests], {
    cwd: WORKSPACE,
    encoding: 'utf8',
    env: pythonEnv({ ...v.env, ...(mainRun?.env ?? {}) }),
    maxBuffer: 1 << 28,
  });
  if (test.status !== 0)
    throw new Error(
      `${p.name} ${v.id}: pytest failed (exit ${test.status}):\n${test.stdout.slice(-3000)}\n${test.stderr.slice(-2000)}`,
    );
  const testSeconds = lap() - t1;
  let postSeconds = 0;
  let summary = '';
  let phases: [string, number][] = [];
  if (mainRun !== null) {
    const t2 = lap();
    const post = ensure(
      await runAction({
        entry: DIST_POST,
        workspace: WORKSPACE,
        runnerTemp: RUNNER_TEMP,
        env: stepEnv,
        state: mainRun.state,
        timeoutMs: 10 * 60_000,
      }),
      `${p.name} ${v.id} post step`,
    );
    postSeconds = lap() - t2;
    summary = `${mainRun.summary}\n${post.summary}`;
    phases = phasesOf(mainRun.stdout, post.stdout);
    // BENCH_PHASES=1 logs how long each of the action's phases took (its core.debug lines).
    if (process.env.BENCH_PHASES)
      for (const line of `${mainRun.stdout}\n${post.stdout}`.split('\n'))
        if (/^::debug::.* took \d+ ms|Received \d+|Cache Size|Cache restored/.test(line))
          log(`    ${line.replace(/^::debug::/, '')}`);
  }
  return {
    seconds: lap() - pause,
    main: mainSeconds,
    post: postSeconds,
    test: testSeconds,
    download: mainRun ? downloadSeconds(mainRun.stdout) : 0,
    hit: mainRun?.outputs['cache-hit'] ?? '',
    matchedKey: mainRun?.outputs['cache-matched-key'] ?? '',
    layout: mainRun ? (mainRun.env.PYTHONPYCACHEPREFIX ? 'prefix' : 'in-place') : '',
    treePycs,
    summary,
    phases,
  };
}

/** `Warm: restoring the cache took 150 ms.` → ['Warm: restoring the cache', 0.15], in order. */
function phasesOf(...stdouts: readonly string[]): [string, number][] {
  const phases: [string, number][] = [];
  for (const out of stdouts)
    for (const m of out.matchAll(/^::debug::((?:Warm|Post): [^\n]*?) took (\d+) ms\.$/gm))
      phases.push([m[1] ?? '', Number(m[2]) / 1000]);
  return phases;
}

// ---------------------------------------------------------------------------------------

/** Jobs that differ only in the action: each group has its own no-action job and floor. */
interface Group {
  /** The prefix of its variant ids ('' for the base group). */
  readonly id: string;
  /** The prefix of its variant labels. */
  readonly label: string;
  /** What its floor has in place before the clock restarts. */
  readonly floor: string;
  readonly python: string;
  readonly pytest: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

const BASE_GROUP: Group = {
  id: '',
  label: '',
  floor: 'project pycs already in place',
  python: PYTHON,
  pytest: [],
  env: {},
};
const GROUPS: readonly Group[] = [
  BASE_GROUP,
  {
    id: 'nopyc-',
    label: 'deps without pycs: ',
    floor: 'project and deps compiled in place',
    python: VENV_PYTHON,
    pytest: [],
    env: {},
  },
  {
    id: 'xdist-',
    label: '`pytest -n 2`: ',
    floor: 'project pycs already in place',
    python: PYTHON,
    pytest: ['-n', '2'],
    env: {},
  },
  {
    id: 'dw-',
    label: '`PYTHONDONTWRITEBYTECODE=1`: ',
    floor: 'project pycs placed before the job, which reads them',
    python: PYTHON,
    pytest: [],
    env: { PYTHONDONTWRITEBYTECODE: '1' },
  },
];

function variants(): Variant[] {
  const make = (
    g: Group,
    id: string,
    label: string,
    action: Action,
    cache: Variant['cache'],
    layout?: 'prefix',
  ): Variant => ({
    id: `${g.id}${id}`,
    group: g.id,
    label: `${g.label}${label}`,
    action,
    cache,
    python: g.python,
    pytest: g.pytest,
    env: g.env,
    ...(layout ? { layout } : {}),
  });
  const all: Variant[] = [];
  for (const g of GROUPS) {
    all.push(
      make(g, 'none', 'no action', 'none', null),
      make(g, 'floor', `in-place floor (${g.floor})`, 'floor', null),
      make(g, 'hit', 'warm, exact hit', 'warm', 'hit'),
    );
    if (g === BASE_GROUP)
      all.push(
        make(g, 'commit', 'warm, new commit (restore-key hit)', 'warm', 'new-commit'),
        make(g, 'miss', 'warm, first run (miss)', 'warm', 'miss'),
      );
    // What the README recommends for uv users, whose environments come without pycs.
    if (g.python === VENV_PYTHON) all.push(make(g, 'px-hit', 'prefix layout, exact hit', 'warm', 'hit', 'prefix'));
  }
  // The prefix layout, no longer the default, against the base group.
  all.push(
    make(BASE_GROUP, 'px-hit', 'prefix layout, exact hit', 'warm', 'hit', 'prefix'),
    make(BASE_GROUP, 'px-miss', 'prefix layout, first run (miss)', 'warm', 'miss', 'prefix'),
  );
  // BENCH_VARIANTS=none,hit,px-hit runs only those (ids as above).
  const only = process.env.BENCH_VARIANTS?.split(',').filter(Boolean);
  if (only?.length) {
    const unknown = only.filter((id) => !all.some((v) => v.id === id));
    if (unknown.length) throw new Error(`BENCH_VARIANTS: no variant ${unknown.join(', ')}`);
    return all.filter((v) => only.includes(v.id));
  }
  return quick ? all.filter((v) => ['none', 'floor', 'hit', 'miss'].includes(v.id)) : all;
}

/** The first job on `base` for an interpreter and layout: a miss whose post step saves what an exact hit restores. */
async function prime(
  p: Project,
  python: string,
  env: Readonly<Record<string, string>>,
  layout?: 'prefix',
): Promise<void> {
  const v: Variant = {
    id: 'prime',
    group: '',
    label: 'prime',
    action: 'warm',
    cache: 'hit',
    python,
    pytest: [],
    env,
    ...(layout ? { layout } : {}),
  };
  const what = `${python}, ${layout ?? 'default'} layout`;
  const r = await job(p, v, -1);
  log(`  primed ${what}: cache-hit ${r.hit}`);
  if (r.hit === 'true') return;
  const again = await job(p, v, -1);
  if (again.hit !== 'true')
    throw new Error(`${p.name}: priming did not leave an exact hit for ${what}:\n${again.summary}`);
}

interface Measured {
  readonly variant: Variant;
  readonly results: JobResult[];
}

/** A goal is a share of the compile time only where there is compile time worth saving. */
const WORTH_SAVING = 0.5;
const SAVE_GOAL = 0.7;

async function benchProject(p: Project, lines: string[]): Promise<void> {
  log(`${p.name}: ${p.what}`);
  makeOrigin(p);
  const vs = variants();
  const byId = new Map<string, Measured>(vs.map((v) => [v.id, { variant: v, results: [] }]));
  // Every (interpreter, layout) some hit or restore-key hit uses needs its entry on `base`;
  // the variant's env is not in the key, so one priming serves every group that shares them.
  const primes = new Map<string, { python: string; layout: 'prefix' | undefined }>();
  for (const v of vs)
    if (v.action === 'warm' && v.cache !== 'miss')
      primes.set(`${v.python}\0${v.layout ?? ''}`, { python: v.python, layout: v.layout });
  for (const { python, layout } of primes.values()) await prime(p, python, {}, layout);
  for (let run = 0; run < RUNS; run++) {
    const order = vs.map((_, i) => vs[(i + run) % vs.length] as Variant);
    for (const v of order) {
      const r = await job(p, v, run);
      byId.get(v.id)?.results.push(r);
      log(
        `  run ${run + 1}/${RUNS} ${v.id}: ${seconds(r.seconds)}${v.action === 'warm' ? ` (main ${seconds(r.main)}, tests ${seconds(r.test)}, post ${seconds(r.post)}, download ${seconds(r.download)}, cache-hit ${r.hit}, ${r.layout})` : ''}`,
      );
    }
  }

  const results = (id: string): JobResult[] => byId.get(id)?.results ?? [];
  const measured = (id: string): boolean => results(id).length > 0;
  const med = (id: string, pick: (r: JobResult) => number = (r) => r.seconds): number => median(results(id).map(pick));
  const signed = (s: number): string => `${s >= 0 ? '+' : '−'}${seconds(Math.abs(s))}`;
  // A compile time below zero is noise (the floor ran slower than no action): shown as measured.
  const span = (s: number): string => (s < 0 ? `−${seconds(-s)}` : seconds(s));
  /** The compile time a job of the group would otherwise spend: its no-action job minus its floor. */
  const compileTime = (group: string): number => med(`${group}none`) - med(`${group}floor`);
  /** The share of its group's compile time a variant took off the job. */
  const savedShare = (v: Variant): number => -(med(v.id) - med(`${v.group}none`)) / compileTime(v.group);
  const percent = (x: number): string =>
    Number.isFinite(x) ? `${Math.round(x * 100) < 0 ? '−' : ''}${Math.abs(Math.round(x * 100))}%` : 'n/a';

  lines.push(`### ${p.name}: ${p.what}`, '');
  lines.push(
    '| Job | Median | Spread | vs no action | Main step | Post step | Compile time saved |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const v of vs) {
    const none = `${v.group}none`;
    const warm = v.action === 'warm';
    const saved =
      warm && measured(none) && measured(`${v.group}floor`)
        ? compileTime(v.group) > 0
          ? `${percent(savedShare(v))} of ${seconds(compileTime(v.group))}`
          : `n/a: compile time ${span(compileTime(v.group))}`
        : '–';
    lines.push(
      `| ${v.label} | ${seconds(med(v.id))} | ${spread(results(v.id).map((r) => r.seconds))} | ${v.id === none || !measured(none) ? '–' : signed(med(v.id) - med(none))} | ${warm ? seconds(med(v.id, (r) => r.main)) : '–'} | ${warm ? seconds(med(v.id, (r) => r.post)) : '–'} | ${saved} |`,
    );
  }
  lines.push('');

  // The goals (issue #11), each with what was measured.
  const verdict = (met: boolean): string => (met ? 'met' : '**not met**');
  const label = (id: string): string => byId.get(id)?.variant.label ?? id;
  const shareGoal = (goal: string, ids: readonly string[]): void => {
    for (const id of ids.filter(measured)) {
      const v = byId.get(id)?.variant as Variant;
      const group = `${v.group}none and ${v.group}floor`;
      if (!measured(`${v.group}none`) || !measured(`${v.group}floor`)) {
        lines.push(`- ${goal} (${label(id)}): not measured (needs ${group}).`);
        continue;
      }
      const compile = compileTime(v.group);
      lines.push(
        compile < WORTH_SAVING
          ? `- ${goal} (${label(id)}): nothing to save here (compile time ${span(compile)}).`
          : `- ${goal} (${label(id)}): ${percent(savedShare(v))} of ${seconds(compile)}: ${verdict(savedShare(v) >= SAVE_GOAL)}.`,
      );
    }
  };
  shareGoal('Exact hit saves ≥ 70% of the compile time', ['hit', 'nopyc-hit', 'nopyc-px-hit', 'dw-hit', 'xdist-hit']);
  shareGoal('New commit saves ≥ 70% of the compile time', ['commit']);
  if (measured('hit') && measured('none') && measured('floor')) {
    const goal = 'Where there is nothing to save (compile time < 0.5 s), the exact hit costs at most +0.5 s';
    const compile = compileTime('');
    const cost = med('hit') - med('none');
    lines.push(
      compile < WORTH_SAVING
        ? `- ${goal}: ${signed(cost)} (compile time ${span(compile)}): ${verdict(cost <= 0.5)}.`
        : `- ${goal}: does not apply (compile time ${span(compile)}).`,
    );
  }
  if (measured('miss') && measured('none')) {
    const ratio = med('miss') / med('none');
    lines.push(
      `- First run ≤ 1.3× no action: ${ratio.toFixed(2)}× (${signed(med('miss') - med('none'))}; main step ${seconds(med('miss', (r) => r.main))}, post step ${seconds(med('miss', (r) => r.post))}): ${verdict(ratio <= 1.3)}.`,
    );
  }
  if (measured('hit')) {
    const overhead = med('hit', (r) => r.main + r.post - r.download);
    lines.push(
      `- Exact-hit overhead (main + post − download) ≤ 0.5 s: ${seconds(overhead)} (download ${seconds(med('hit', (r) => r.download))}): ${verdict(overhead <= 0.5)}.`,
    );
  }
  lines.push('');

  // Facts: what the exact hits restored, and anything that did not go as the variant meant.
  const entries = server.entries();
  for (const id of ['hit', 'px-hit', 'nopyc-px-hit'].filter(measured)) {
    const runs = results(id);
    const key = runs.find((r) => r.matchedKey !== '')?.matchedKey;
    const entry = entries.find((e) => e.key === key);
    const tree = median(runs.map((r) => r.treePycs));
    // In place the job reads the pycs placed in the checkout; with a prefix, the tree's.
    const used = /(\d+) of the tree's pycs? (?:was|were) read|The job read (\d+) placed pyc/.exec(
      runs[0]?.summary ?? '',
    );
    const read = used?.[1] ?? used?.[2];
    lines.push(
      entry === undefined
        ? `- ${label(id)}: no cache entry matches its restored key.`
        : `- ${label(id)}: archive ${size(entry.size)}, ${tree} pycs in the restored tree${read !== undefined ? `, of which the tests read ${read}` : ''}; restore at 80 MB/s (computed, not measured) ${seconds(entry.size / CACHE_DOWNLOAD_BYTES_PER_SECOND)}, download here (loopback, measured) ${seconds(median(runs.map((r) => r.download)))}.`,
    );
  }
  // Where an exact hit's own time goes: each phase's median over the hit runs.
  for (const id of ['hit', 'commit', 'miss'].filter(measured)) {
    const runs = results(id);
    const names = [...new Set(runs.flatMap((r) => r.phases.map(([name]) => name)))];
    const parts = names.map((name) => {
      const times = runs.map((r) => r.phases.filter(([n]) => n === name).reduce((t, [, x]) => t + x, 0));
      return `${name.replace(/ took$/, '')} ${seconds(median(times))}`;
    });
    if (parts.length > 0)
      lines.push(
        `- Where the action's time goes, ${label(id)} (medians; "starting" is Node's start and loading the bundle): ${parts.join('; ')}.`,
      );
  }
  if (measured('px-miss') && measured('none'))
    lines.push(
      `- Prefix layout, first run (miss): ${(med('px-miss') / med('none')).toFixed(2)}× the no-action job (main step ${seconds(med('px-miss', (r) => r.main))}, post step ${seconds(med('px-miss', (r) => r.post))}).`,
    );
  if (measured('hit') && measured('none'))
    lines.push(
      `- pytest alone (median): exact hit ${seconds(med('hit', (r) => r.test))}${measured('miss') ? `, first run ${seconds(med('miss', (r) => r.test))}` : ''}; the no-action job in all ${seconds(med('none'))}.`,
    );
  const surprises: string[] = [];
  for (const v of vs.filter((x) => x.action === 'warm')) {
    const runs = results(v.id);
    const wrong = runs.filter((r) =>
      v.cache === 'hit'
        ? r.hit !== 'true'
        : v.cache === 'new-commit'
          ? r.hit !== 'false' || r.matchedKey === ''
          : r.matchedKey !== '',
    ).length;
    if (wrong) surprises.push(`${v.id}: ${wrong} of ${runs.length} run(s) were not a ${v.cache} as meant`);
    const layout = v.layout ?? 'in-place';
    const other = runs.filter((r) => r.layout !== layout).length;
    if (other) surprises.push(`${v.id}: ${other} of ${runs.length} run(s) used another layout than ${layout}`);
  }
  for (const s of surprises) log(`  unexpected: ${s}`);
  if (surprises.length) lines.push(`- Not as meant: ${surprises.join('; ')}.`);
  const sample = results('hit')
    .at(-1)
    ?.summary.match(/<p>(?:💡|✅|⚠️)[^<]*(?:<[^p][^<]*)*<\/p>/g);
  if (sample)
    lines.push(
      `- What the exact hit's summary told the user: ${sample.map((s) => s.replace(/<[^>]+>/g, '')).join(' ')}`,
    );
  lines.push('');
}

const started = Date.now();

/** Writes the results so far (after each project, so a stopped run keeps what it measured). */
function write(lines: readonly string[], done: boolean): void {
  const version = spawnSync(PYTHON, ['-c', 'import platform; print(platform.python_version())'], {
    encoding: 'utf8',
  }).stdout.trim();
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const head = [
    `## Whole CI jobs${quick ? ' (quick smoke run: one run, numbers mean nothing)' : ''}`,
    '',
    `Machine: ${machineLine([`Python ${version} (${PYTHON})`, `load average at the end ${load}`])}. Medians of ${RUNS} interleaved run(s), wall seconds. A job is a fresh \`git clone\`, the action's main step (the bundled dist/ run as the runner runs it, loopback cache service), pytest on a fixed test subset, and the post step. The action runs with its default layout (in-place) unless the row says prefix layout. "vs no action" compares each job with the no-action job of its group (same interpreter, pytest arguments and environment); "Compile time saved" is how much of the compile time that group's job would otherwise spend (its no action minus its in-place floor) warming took off the job. The goals on saving a share of the compile time apply only where there is at least ${seconds(WORTH_SAVING)} of it.`,
    '',
  ];
  writeOut(
    OUT,
    `${[...head, ...lines, done ? `Benchmark wall time: ${((Date.now() - started) / 1000).toFixed(0)} s.` : '(run stopped before the remaining projects)'].join('\n')}\n`,
  );
}

async function main(): Promise<void> {
  mkdirSync(BASE, { recursive: true });
  makeVenv();
  server = await startCacheServer();
  const lines: string[] = [];
  try {
    // BENCH_PROJECTS=graphs runs only that project.
    const named = process.env.BENCH_PROJECTS?.split(',').filter(Boolean);
    const projects = named?.length
      ? [SYMPY, GRAPHS].filter((p) => named.includes(p.name))
      : quick
        ? [GRAPHS]
        : [SYMPY, GRAPHS];
    for (const p of projects) {
      await benchProject(p, lines);
      write(lines, false);
    }
  } finally {
    await server.close();
  }
  write(lines, true);
  log(`wrote ${OUT}`);
}

await main();
