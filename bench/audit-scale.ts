// The whole ignore audit (planner + git check-ignore) on a repository with a large rule file:
// LINES lines (bench/plan.ts's mix) over DIRS source directories. Prints the audit's time and
// the time of git check-ignore alone on every directory's four probes, for comparison.
// Run: node bench/audit-scale.ts [lines] [dirs] [src dir, default ../src] [--no-floor]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { auditProject as AuditProject } from '../src/ignore/run.ts';
import { bigDirs, bigRules } from './plan.ts';
import { gitEnv } from './lib.ts';

const lines = Number(process.argv[2] ?? 50_000);
const dirCount = Number(process.argv[3] ?? 10_000);
const src = process.argv[4] ?? '../src';
const { auditProject } = (await import(`${src}/ignore/run.ts`)) as { auditProject: typeof AuditProject };

const dir = mkdtempSync(join(tmpdir(), 'pycache-bench-audit-'));
try {
  const env = { ...gitEnv, GIT_CONFIG_GLOBAL: '/dev/null', XDG_CONFIG_HOME: dir };
  execFileSync('git', ['init', '-q'], { cwd: dir, env });
  const tracked: string[] = ['.gitignore'];
  for (const d of bigDirs(dirCount).slice(1)) {
    mkdirSync(join(dir, d), { recursive: true });
    writeFileSync(join(dir, d, 'm.py'), '');
    tracked.push(`${d}/m.py`);
  }
  writeFileSync(join(dir, '.gitignore'), bigRules(lines));
  execFileSync('git', ['add', '-A'], { cwd: dir, env });
  Object.assign(process.env, env);
  const started = performance.now();
  const audit = await auditProject(dir, tracked);
  const auditSeconds = (performance.now() - started) / 1000;
  const summary = `${lines} lines × ${dirCount} dirs: audit ${auditSeconds.toFixed(1)} s (${audit.missing.length} missing, ${audit.negations.length} negations)`;
  if (process.argv.includes('--no-floor')) {
    console.log(summary);
  } else {
    floor(summary);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function floor(summary: string): void {
  const env = { ...gitEnv, GIT_CONFIG_GLOBAL: '/dev/null', XDG_CONFIG_HOME: dir };
  const probes = bigDirs(dirCount).flatMap((d) =>
    ['__pycache__/mod.cpython-311.pyc', 'mod.pyc', 'mod.pyo', 'mod$py.class'].map((n) => (d === '.' ? n : `${d}/${n}`)),
  );
  const gitStarted = performance.now();
  spawnSync('git', ['check-ignore', '--no-index', '-v', '-n', '-z', '--stdin'], {
    cwd: dir,
    env,
    input: probes.map((p) => `${p}\0`).join(''),
    maxBuffer: 1 << 30,
  });
  const gitSeconds = (performance.now() - gitStarted) / 1000;
  console.log(`${summary}; git check-ignore on all ${probes.length} probes ${gitSeconds.toFixed(1)} s`);
}
