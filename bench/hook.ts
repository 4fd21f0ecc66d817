// Start-to-exit time of the pre-commit hook bundle (dist/hook/index.js, built by `npm run build`)
// on a 100-file commit, as pre-commit runs it: `node <bin> [args] <staged files>` at the top of
// the work tree. Floor: Node starting and exiting (`node -e ''`). Target: under 300 ms.
// Writes bench/out/hook.md; `--quick` runs each case three times.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitEnv, machineLine, median, ratio, seconds, spread, table, timeCommand, writeOut, type Row } from './lib.ts';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 21;
const TARGET = 0.3;
const HOOK = fileURLToPath(new URL('../dist/hook/index.js', import.meta.url));
const OUT = fileURLToPath(new URL(`./out/hook${quick ? '-quick' : ''}.md`, import.meta.url));
// A CPython 3.11 timestamp pyc header and a little code.
const PYC = Buffer.concat([
  Buffer.from([0xa7, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]),
  Buffer.alloc(200),
]);

function write(root: string, path: string, data: string | Buffer): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), data);
}

/** A repository with 1,000 committed files and 100 staged: `bytecode` of them bytecode. */
function makeRepo(bytecode: number): { dir: string; staged: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'pycache-bench-hook-'));
  execFileSync('git', ['init', '-q'], { cwd: dir, env: gitEnv });
  for (let i = 0; i < 1000; i++) write(dir, `pkg${i % 20}/old${i}.py`, `x = ${i}\n`);
  write(dir, '.gitignore', 'build/\n');
  execFileSync('git', ['add', '-A'], { cwd: dir, env: gitEnv });
  execFileSync('git', ['commit', '-qm', 'base'], { cwd: dir, env: gitEnv });
  const staged: string[] = [];
  for (let i = 0; i < 100; i++) {
    const pkg = `pkg${i % 20}`;
    if (i < bytecode) {
      // Mostly __pycache__ files, and a legacy pyc every fifth, whose source the index is asked for.
      staged.push(i % 5 === 4 ? `${pkg}/legacy${i}.pyc` : `${pkg}/__pycache__/new${i}.cpython-311.pyc`);
      write(dir, staged.at(-1) as string, PYC);
    } else {
      staged.push(`${pkg}/new${i}.py`);
      write(dir, staged.at(-1) as string, `y = ${i}\n`);
    }
  }
  execFileSync('git', ['add', '-f', '--', ...staged], { cwd: dir, env: gitEnv });
  return { dir, staged };
}

/**
 * Wall seconds and CPU seconds (user + system, the command's children included: git) of each
 * run. On a shared machine wall time mostly measures the queue for a core; CPU time does not.
 */
function timeRuns(
  cmd: string,
  args: readonly string[],
  cwd: string,
  expectCode: number,
): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  // bash's `time` keyword reports the CPU its children used; TIMEFORMAT prints just that.
  const script = 'TIMEFORMAT="%3U %3S"; time "$@" >/dev/null 2>&1; status=$?; exit $status';
  for (let i = 0; i < RUNS; i++) {
    const { seconds: s, result } = timeCommand(cmd, args, { cwd });
    if (result.status !== expectCode)
      throw new Error(
        `${cmd} ${args.slice(0, 3).join(' ')} … exited ${result.status}, expected ${expectCode}:\n${result.stdout}${result.stderr}`,
      );
    wall.push(s);
    const timed = timeCommand('bash', ['-c', script, 'bash', cmd, ...args], { cwd });
    const [user = NaN, system = NaN] = timed.result.stderr.trim().split(/\s+/).map(Number);
    cpu.push(user + system);
  }
  return { wall, cpu };
}

if (!existsSync(HOOK)) {
  process.stderr.write(`${HOOK} is missing: run npm run build first.\n`);
  process.exit(1);
}

const rows: Row[] = [];
const floorTimes = timeRuns(process.execPath, ['-e', ''], tmpdir(), 0);
const floor = median(floorTimes.wall);
const floorCpu = median(floorTimes.cpu);
const cases: { name: string; bytecode: number; args: string[]; code: number }[] = [
  { name: '100 staged files, no bytecode', bytecode: 0, args: [], code: 0 },
  { name: '100 staged files, 10 bytecode', bytecode: 10, args: [], code: 1 },
  { name: '100 staged files, 10 bytecode, --ignore-rules', bytecode: 10, args: ['--ignore-rules'], code: 1 },
];
const spreads: string[] = [];
for (const c of cases) {
  const { dir, staged } = makeRepo(c.bytecode);
  try {
    const times = timeRuns(process.execPath, [HOOK, ...c.args, ...staged], dir, c.code);
    const m = median(times.wall);
    rows.push({
      measurement: `Hook start to exit, ${c.name}`,
      action: seconds(m),
      floor: `${seconds(floor)} (node -e '')`,
      ratio: ratio(m / floor),
      target: `< ${seconds(TARGET)}`,
      met: m < TARGET,
    });
    const cpu = median(times.cpu);
    rows.push({
      measurement: `Hook CPU time (user + system, git included), ${c.name}`,
      action: seconds(cpu),
      floor: `${seconds(floorCpu)} (node -e '')`,
      ratio: ratio(cpu / floorCpu),
      target: '–',
      met: null,
    });
    spreads.push(`${c.name}: ${spread(times.wall)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const text = [
  `# Pre-commit hook start time`,
  '',
  machineLine([`median of ${RUNS} runs`]),
  '',
  table(rows, !quick),
  '',
  `Wall-time spread (min–max): ${spreads.join('; ')}.`,
  '',
].join('\n');
writeOut(OUT, text);
process.stdout.write(text);
