// Check speed and memory against the floor (`git ls-files -z`) on synthetic repositories of
// growing size: deep trees, 1% committed bytecode, nested .gitignore files. Prints a Markdown
// table; `--quick` is the CI smoke test (one small size, one repetition).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DIST_ENTRY } from '../scripts/runner.ts';

const quick = process.argv.includes('--quick');
const SIZES = quick ? [2_000] : process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(",").map(Number) : [10_000, 100_000, 300_000];
const RUNS = quick ? 1 : 5;
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' };

function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, { cwd, env, input, encoding: 'utf8', maxBuffer: 1 << 30 });
}

/** A repository whose index holds `n` files; only the bytecode ones exist on disk (headers are read). */
function makeRepo(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `pycache-bench-${n}-`));
  git(dir, ['init', '-q']);
  const pyc = Buffer.from([0xa7, 0x0d, 0x0d, 0x0a, 3, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
  const empty = git(dir, ['hash-object', '-w', '--stdin'], '').trim();
  const pycBlob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, env, input: pyc, encoding: 'utf8' }).trim();
  const gitignore = git(dir, ['hash-object', '-w', '--stdin'], 'build/\n*.egg-info/\n').trim();
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const d = `pkg${i % 10}/sub${i % 97}/deep${i % 13}/leaf${i % 7}`;
    if (i % 100 === 0) {
      const path = `${d}/__pycache__/m${i}.cpython-311.pyc`;
      lines.push(`100644 ${pycBlob}\t${path}`);
      mkdirSync(join(dir, dirname(path)), { recursive: true });
      writeFileSync(join(dir, path), pyc);
    } else if (i % 1000 === 1) {
      lines.push(`100644 ${gitignore}\t${d}/.gitignore`);
    } else {
      lines.push(`100644 ${empty}\t${d}/m${i}.py`);
    }
  }
  git(dir, ['update-index', '--index-info'], `${lines.join('\n')}\n`);
  return dir;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Wall seconds and peak RSS (MiB) of one command, from GNU time when present. */
function time(cmd: string, args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): { seconds: number; rssMiB: number } {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = Number(/(\d+)\s*$/.exec(r.stderr ?? '')?.[1] ?? 0) / 1024;
  return { seconds, rssMiB: rss };
}

const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
if (!hasTime) {
  console.error('bench/check.ts needs GNU time: apt-get install -y time');
  process.exit(2);
}

const nodeStart = median(Array.from({ length: RUNS }, () => time(process.execPath, ['-e', '0'], tmpdir()).seconds));
const rows: string[] = [];
for (const n of SIZES) {
  const dir = makeRepo(n);
  try {
    const files = tmpdir();
    const actionEnv = {
      GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: 'workflow_dispatch', 'INPUT_FAIL-ON': 'never', 'INPUT_IGNORE-RULES': process.env.BENCH_IGNORE ?? 'warning',
      GITHUB_STEP_SUMMARY: join(files, `bench-summary-${n}`), GITHUB_OUTPUT: join(files, `bench-output-${n}`),
    };
    const floor: number[] = [];
    const check: number[] = [];
    const rss: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      writeFileSync(actionEnv.GITHUB_STEP_SUMMARY, '');
      writeFileSync(actionEnv.GITHUB_OUTPUT, '');
      floor.push(time('git', ['ls-files', '-z'], dir).seconds);
      const run = time(process.execPath, [DIST_ENTRY], dir, actionEnv);
      check.push(run.seconds);
      rss.push(run.rssMiB);
    }
    const f = median(floor);
    const c = median(check);
    rows.push(`| ${n.toLocaleString('en')} | ${(n / 100).toLocaleString('en')} | ${(f * 1000).toFixed(0)} | ${(c * 1000).toFixed(0)} | ${((c - nodeStart) / f).toFixed(1)}× | ${median(rss).toFixed(0)} |`);
    rmSync(actionEnv.GITHUB_STEP_SUMMARY, { force: true });
    rmSync(actionEnv.GITHUB_OUTPUT, { force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`Node start-up (node -e 0): ${(nodeStart * 1000).toFixed(0)} ms, medians of ${RUNS} run(s)\n`);
console.log('| tracked files | bytecode files | git ls-files -z (ms) | whole check (ms) | (check − Node start-up) / floor | peak RSS (MiB) |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
