// Check speed and memory against the floor (`git ls-files -z` on the same repository) on
// synthetic repositories of growing size: deep trees of about ten modules per directory (as
// in CPython's Lib and in sympy), 1% committed bytecode, a nested .gitignore every hundred
// directories; plus the worst case for the ignore audit, one directory per file. Writes
// bench/out/check.md; `--quick` is the CI smoke test (one small size, one run).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST_ENTRY } from '../scripts/runner.ts';
import { gitEnv, machineLine, median, ratio, seconds, table, writeOut, type Row } from './lib.ts';

const quick = process.argv.includes('--quick');
const SIZES = quick
  ? [2_000]
  : process.env.BENCH_SIZES
    ? process.env.BENCH_SIZES.split(',').map(Number)
    : [10_000, 100_000, 300_000];
const RUNS = quick ? 1 : 5;
const OUT = fileURLToPath(new URL(`./out/check${quick ? '-quick' : ''}.md`, import.meta.url));
const PYC = Buffer.from([0xa7, 0x0d, 0x0d, 0x0a, 3, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);

type Shape = 'realistic' | 'one directory per file';

function git(cwd: string, args: string[], input?: string | Buffer): string {
  return execFileSync('git', args, { cwd, env: gitEnv, input, encoding: 'utf8', maxBuffer: 1 << 30 });
}

/** Directory `i` of a tree six levels deep with ten entries per level. */
function deepDir(i: number): string {
  const parts: string[] = [];
  for (let n = i, level = 0; level < 6; level++, n = Math.floor(n / 10))
    parts.push(`${['pkg', 'sub', 'mod', 'core', 'impl', 'x'][level]}${n % 10}`);
  return parts.reverse().join('/');
}

/**
 * A repository whose index holds `n` files (only the bytecode exists on disk, since its
 * headers are read): git and the action see the same index a checkout would give them.
 */
function makeRepo(n: number, shape: Shape): string {
  const dir = mkdtempSync(join(tmpdir(), `pycache-bench-${n}-`));
  git(dir, ['init', '-q']);
  const empty = git(dir, ['hash-object', '-w', '--stdin'], '').trim();
  const pycBlob = git(dir, ['hash-object', '-w', '--stdin'], PYC).trim();
  const gitignore = git(dir, ['hash-object', '-w', '--stdin'], 'build/\n*.egg-info/\n.tox/\n').trim();
  const perDir = shape === 'realistic' ? 10 : 1;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const dirIndex = Math.floor(i / perDir);
    const d = shape === 'realistic' ? deepDir(dirIndex) : `pkg${i % 10}/sub${i % 97}/deep${i % 13}/leaf${i % 7}/n${i}`;
    if (i % 100 === 0) {
      const path = `${d}/__pycache__/m${i}.cpython-311.pyc`;
      lines.push(`100644 ${pycBlob}\t${path}`);
      mkdirSync(join(dir, dirname(path)), { recursive: true });
      writeFileSync(join(dir, path), PYC);
    } else if (i % (100 * perDir) === 1) {
      lines.push(`100644 ${gitignore}\t${d}/.gitignore`);
    } else {
      lines.push(`100644 ${empty}\t${d}/m${i}.py`);
    }
  }
  if (lines.length > 0) git(dir, ['update-index', '--index-info'], `${lines.join('\n')}\n`);
  return dir;
}

/** Wall seconds and peak RSS (MiB) of one command, from GNU time. */
function time(
  cmd: string,
  args: string[],
  cwd: string,
  extraEnv: NodeJS.ProcessEnv = {},
): { seconds: number; rssMiB: number } {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], {
    cwd,
    env: { ...gitEnv, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return { seconds: elapsed, rssMiB: Number(/(\d+)\s*$/.exec(r.stderr ?? '')?.[1] ?? 0) / 1024 };
}

if (spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status !== 0) {
  console.error('bench/check.ts needs GNU time: apt-get install -y time');
  process.exit(2);
}

const files = mkdtempSync(join(tmpdir(), 'pycache-bench-files-'));
function runAction(dir: string, ignoreRules: string): { seconds: number; rssMiB: number } {
  const env = {
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    'INPUT_FAIL-ON': 'never',
    'INPUT_IGNORE-RULES': ignoreRules,
    GITHUB_STEP_SUMMARY: join(files, 'summary.md'),
    GITHUB_OUTPUT: join(files, 'output'),
  };
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  writeFileSync(env.GITHUB_OUTPUT, '');
  return time(process.execPath, [DIST_ENTRY], dir, env);
}

const nodeStart = median(Array.from({ length: RUNS }, () => time(process.execPath, ['-e', '0'], tmpdir()).seconds));
const emptyRepo = makeRepo(0, 'realistic');
const fixed = median(Array.from({ length: RUNS }, () => runAction(emptyRepo, 'warning').seconds));
rmSync(emptyRepo, { recursive: true, force: true });

const rows: Row[] = [];
const details: string[] = [];
const cases: [number, Shape][] = [
  ...SIZES.map((n): [number, Shape] => [n, 'realistic']),
  ...(quick ? [] : [[100_000, 'one directory per file'] as [number, Shape]]),
];
for (const [n, shape] of cases) {
  const dir = makeRepo(n, shape);
  try {
    const floor: number[] = [];
    const check: number[] = [];
    const noAudit: number[] = [];
    const rss: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      floor.push(time('git', ['ls-files', '-z'], dir).seconds);
      const run = runAction(dir, 'warning');
      check.push(run.seconds);
      rss.push(run.rssMiB);
      noAudit.push(runAction(dir, 'off').seconds);
    }
    const f = median(floor);
    const c = median(check);
    const target = 3 * f + nodeStart;
    const label = `${n.toLocaleString('en')} files (${(n / 100).toLocaleString('en')} bytecode), ${shape}`;
    rows.push({
      measurement: `Whole check, ${label}`,
      action: seconds(c),
      floor: `${seconds(f)} (git ls-files -z)`,
      ratio: ratio((c - nodeStart) / f),
      target: `≤ 3× + Node start-up (${seconds(target)})`,
      met: c <= target,
    });
    details.push(
      `- ${label}: without the ignore audit ${seconds(median(noAudit))}; beyond the action's fixed cost (${seconds(fixed)} on an empty repository) the check takes ${seconds(c - fixed)}, ${ratio((c - fixed) / f)} the floor; peak RSS ${median(rss).toFixed(0)} MiB.`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
rmSync(files, { recursive: true, force: true });

const text = [
  `## Check speed (${quick ? 'quick smoke run: the numbers mean nothing' : `medians of ${RUNS} runs`})`,
  '',
  `Machine: ${machineLine([
    `git ${execFileSync('git', ['--version'], { encoding: 'utf8' })
      .trim()
      .replace(/^git version /, '')}`,
  ])}. Node start-up (\`node -e 0\`): ${seconds(nodeStart)}; the action on an empty repository (Node start-up, loading the bundle, git's fixed calls, writing the summary): ${seconds(fixed)}. Ratios are (check − Node start-up) ÷ floor.`,
  '',
  table(rows, !quick),
  '',
  ...details,
  '',
].join('\n');
writeOut(OUT, text);
console.log(text);
