// Whole CI jobs with and without the action (issue #11): the question a user asks is "is my
// job faster with this step than without it?", not how a restored prefix compares with an
// empty one. Each job is a fresh `git clone`, then the action's main step (bundled dist/, run
// as the runner runs it, real @actions/cache against the loopback cache service), then pytest
// on a fixed test subset, then the post step. Variants are interleaved, in a rotated order,
// and reported as medians with their spread. Nothing here asserts a timing.
//
//   node bench/job.ts           two projects, every variant, BENCH_RUNS runs (default 5)
//   node bench/job.ts --quick   the small project, no action / hit / miss, 1 run
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
import { git, machineLine, median, mib, seconds, spread, writeOut } from './lib.ts';

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
  readonly label: string;
  readonly action: Action;
  readonly python: string;
  /** What the cache holds when the job starts. */
  readonly cache: 'hit' | 'new-commit' | 'miss' | null;
  readonly pytest: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** The action's `layout` input (prefix when unset). */
  readonly layout?: 'in-place';
}

interface JobResult {
  readonly seconds: number;
  readonly main: number;
  readonly post: number;
  readonly test: number;
  readonly hit: string;
  readonly treePycs: number;
  readonly summary: string;
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
  let floorPause = 0;
  if (v.action === 'floor') {
    // The in-place floor: the project's (and an uncompiled environment's) pycs already in
    // place, written before the clock restarts, so the job compiles nothing.
    const before = lap();
    const dirs = [WORKSPACE, ...(v.python === VENV_PYTHON ? [venvSite()] : [])];
    const r = spawnSync(v.python, ['-m', 'compileall', '-q', '-j0', ...dirs], { encoding: 'utf8', env: pythonEnv({}) });
    if (r.status !== 0 && r.status !== 1) throw new Error(`compileall failed: ${r.stderr}`);
    floorPause = lap() - before;
  }

  let mainRun: ActionRun | null = null;
  let mainSeconds = 0;
  // This machine sets PYTHONDONTWRITEBYTECODE=1; a job has it only where the variant sets it.
  const stepEnv = { ...server.env, PYTHONDONTWRITEBYTECODE: undefined, ...v.env };
  if (v.action === 'warm') {
    const t0 = lap();
    // In place has its own entries: its tree holds only the project's pycs.
    const suffix = `${v.layout === 'in-place' ? 'ip' : ''}${v.cache === 'miss' ? `miss-${counter++}-${Date.now()}` : ''}`;
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
          layout: v.layout ?? 'prefix',
        },
        timeoutMs: 10 * 60_000,
      }),
      `${p.name} ${v.id} main step`,
    );
    mainSeconds = lap() - t0;
  }
  const treePycs = v.action === 'warm' ? countPycs(join(RUNNER_TEMP, 'pycache')) : 0;
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
  }
  return {
    seconds: lap() - floorPause,
    main: mainSeconds,
    post: postSeconds,
    test: testSeconds,
    hit: mainRun?.outputs['cache-hit'] ?? '',
    treePycs,
    summary,
  };
}

// ---------------------------------------------------------------------------------------

function variants(): Variant[] {
  const system = { python: PYTHON, pytest: [] as string[], env: {} };
  const all: Variant[] = [
    { id: 'none', label: 'no action', action: 'none', cache: null, ...system },
    { id: 'floor', label: 'in-place floor (project pycs already in place)', action: 'floor', cache: null, ...system },
    { id: 'hit', label: 'warm, exact hit', action: 'warm', cache: 'hit', ...system },
    { id: 'commit', label: 'warm, new commit (restore-key hit)', action: 'warm', cache: 'new-commit', ...system },
    { id: 'miss', label: 'warm, first run (miss)', action: 'warm', cache: 'miss', ...system },
    {
      id: 'nopyc-none',
      label: 'deps without pycs: no action',
      action: 'none',
      cache: null,
      python: VENV_PYTHON,
      pytest: [],
      env: {},
    },
    {
      id: 'nopyc-floor',
      label: 'deps without pycs: in-place floor',
      action: 'floor',
      cache: null,
      python: VENV_PYTHON,
      pytest: [],
      env: {},
    },
    {
      id: 'nopyc-hit',
      label: 'deps without pycs: warm, exact hit',
      action: 'warm',
      cache: 'hit',
      python: VENV_PYTHON,
      pytest: [],
      env: {},
    },
    {
      id: 'xdist-none',
      label: '`pytest -n 2`: no action',
      action: 'none',
      cache: null,
      python: PYTHON,
      pytest: ['-n', '2'],
      env: {},
    },
    {
      id: 'xdist-hit',
      label: '`pytest -n 2`: warm, exact hit',
      action: 'warm',
      cache: 'hit',
      python: PYTHON,
      pytest: ['-n', '2'],
      env: {},
    },
    {
      id: 'dw-none',
      label: '`PYTHONDONTWRITEBYTECODE=1`: no action',
      action: 'none',
      cache: null,
      python: PYTHON,
      pytest: [],
      env: { PYTHONDONTWRITEBYTECODE: '1' },
    },
    {
      id: 'dw-hit',
      label: '`PYTHONDONTWRITEBYTECODE=1`: warm, exact hit',
      action: 'warm',
      cache: 'hit',
      python: PYTHON,
      pytest: [],
      env: { PYTHONDONTWRITEBYTECODE: '1' },
    },
    { id: 'ip-hit', label: 'in-place, exact hit', action: 'warm', cache: 'hit', layout: 'in-place', ...system },
    {
      id: 'ip-commit',
      label: 'in-place, new commit (restore-key hit)',
      action: 'warm',
      cache: 'new-commit',
      layout: 'in-place',
      ...system,
    },
    {
      id: 'ip-miss',
      label: 'in-place, first run (miss)',
      action: 'warm',
      cache: 'miss',
      layout: 'in-place',
      ...system,
    },
  ];
  // BENCH_VARIANTS=none,hit,ip-hit runs only those (ids as above).
  const only = process.env.BENCH_VARIANTS?.split(',').filter(Boolean);
  if (only?.length) return all.filter((v) => only.includes(v.id));
  return quick ? all.filter((v) => ['none', 'floor', 'hit', 'miss', 'ip-hit', 'ip-miss'].includes(v.id)) : all;
}

/** The first job on `base` for each interpreter: a miss whose post step saves what an exact hit restores. */
async function prime(
  p: Project,
  python: string,
  env: Readonly<Record<string, string>>,
  layout?: 'in-place',
): Promise<void> {
  const v: Variant = {
    id: 'prime',
    label: 'prime',
    action: 'warm',
    cache: 'hit',
    python,
    pytest: [],
    env,
    ...(layout ? { layout } : {}),
  };
  const r = await job(p, v, -1);
  if (r.hit === 'true') return;
  const again = await job(p, v, -1);
  if (again.hit !== 'true')
    throw new Error(`${p.name}: priming did not leave an exact hit for ${python}:\n${again.summary}`);
}

interface Measured {
  readonly variant: Variant;
  readonly results: JobResult[];
}

async function benchProject(p: Project, lines: string[]): Promise<void> {
  log(`${p.name}: ${p.what}`);
  const earlier = new Set(server.entries().map((e) => e.key));
  makeOrigin(p);
  const vs = variants();
  const byId = new Map<string, Measured>(vs.map((v) => [v.id, { variant: v, results: [] }]));
  await prime(p, PYTHON, {});
  if (vs.some((v) => v.python === VENV_PYTHON && v.action === 'warm')) await prime(p, VENV_PYTHON, {});
  if (vs.some((v) => v.layout === 'in-place' && v.cache !== 'miss')) await prime(p, PYTHON, {}, 'in-place');
  for (let run = 0; run < RUNS; run++) {
    const order = vs.map((_, i) => vs[(i + run) % vs.length] as Variant);
    for (const v of order) {
      const r = await job(p, v, run);
      byId.get(v.id)?.results.push(r);
      log(
        `  run ${run + 1}/${RUNS} ${v.id}: ${seconds(r.seconds)}${v.action === 'warm' ? ` (main ${seconds(r.main)}, tests ${seconds(r.test)}, post ${seconds(r.post)}, cache-hit ${r.hit})` : ''}`,
      );
    }
  }

  const med = (id: string, pick: (r: JobResult) => number = (r) => r.seconds): number =>
    median(byId.get(id)?.results.map(pick) ?? []);
  const spr = (id: string): string => spread(byId.get(id)?.results.map((r) => r.seconds) ?? []);
  lines.push(`### ${p.name}: ${p.what}`, '');
  lines.push(
    '| Job | Median | Spread | vs no action | Main step | Post step | Compile time saved |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const v of vs) {
    const base = v.id.includes('-') && !v.id.startsWith('ip-') ? `${v.id.split('-')[0]}-none` : 'none';
    const floorId = v.id.startsWith('nopyc') ? 'nopyc-floor' : 'floor';
    const none = med(base);
    const diff = med(v.id) - none;
    // The compile time the job would otherwise spend: no action minus the in-place floor.
    const compile = med(base) - med(floorId);
    const saved =
      v.action === 'warm' && byId.has(floorId) && !v.id.startsWith('xdist') && !v.id.startsWith('dw')
        ? `${Math.round((-diff / compile) * 100)}% of ${seconds(compile)}`
        : '–';
    lines.push(
      `| ${v.label} | ${seconds(med(v.id))} | ${spr(v.id)} | ${v.id === base ? '–' : `${diff >= 0 ? '+' : '−'}${seconds(Math.abs(diff))}`} | ${v.action === 'warm' ? seconds(med(v.id, (r) => r.main)) : '–'} | ${v.action === 'warm' ? seconds(med(v.id, (r) => r.post)) : '–'} | ${saved} |`,
    );
  }
  const entries = server.entries();
  const hits = byId.get('hit')?.results ?? [];
  // The first entry this project's priming saved for the system interpreter: what an exact hit restores.
  const primed = entries
    .filter((e) => !earlier.has(e.key) && !e.key.includes('miss-'))
    .sort((a, b) => a.createdAt - b.createdAt)[0];
  const tree = median(hits.map((r) => r.treePycs));
  const used = /(\d+) of the tree's pycs? (?:was|were) read/.exec(hits[0]?.summary ?? '');
  lines.push('');
  if (primed !== undefined) {
    lines.push(
      `- Exact-hit archive: ${mib(primed.size)}, ${tree} pycs in the restored tree${used ? `, of which the tests read ${used[1]}` : ''}; restore at 80 MB/s (computed, not measured): ${seconds(primed.size / CACHE_DOWNLOAD_BYTES_PER_SECOND)}.`,
    );
  }
  const missMain = med('miss', (r) => r.main);
  lines.push(
    `- First run (miss): ${(med('miss') / med('none')).toFixed(2)}× the no-action job (main step ${seconds(missMain)}, post step ${seconds(med('miss', (r) => r.post))}).`,
  );
  if (byId.get('ip-miss')?.results.length)
    lines.push(
      `- In place, first run (miss): ${(med('ip-miss') / med('none')).toFixed(2)}× the no-action job (main step ${seconds(med('ip-miss', (r) => r.main))}, post step ${seconds(med('ip-miss', (r) => r.post))}).`,
    );
  lines.push(
    `- pytest alone (median): exact hit ${seconds(med('hit', (r) => r.test))}, first run ${seconds(med('miss', (r) => r.test))}; the no-action job in all ${seconds(med('none'))}.`,
  );
  const sample = hits[hits.length - 1]?.summary.match(/<p>(?:💡|✅|⚠️)[^<]*(?:<[^p][^<]*)*<\/p>/g);
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
    `Machine: ${machineLine([`Python ${version} (${PYTHON})`, `load average at the end ${load}`])}. Medians of ${RUNS} interleaved run(s), wall seconds. A job is a fresh \`git clone\`, the action's main step (the bundled dist/ run as the runner runs it, loopback cache service), pytest on a fixed test subset, and the post step. "Compile time saved" is how much of the compile time the job would otherwise spend (no action minus the in-place floor) warming took off the job.`,
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
    const projects = quick ? [GRAPHS] : [SYMPY, GRAPHS];
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
