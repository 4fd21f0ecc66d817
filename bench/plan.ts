// The rule planner (src/ignore/probes.ts) on a large rule file: LINES lines of the kinds real
// .gitignore files hold, over DIRS source directories. Run: node bench/plan.ts [lines] [dirs] [module]
import { pathToFileURL } from 'node:url';
import type { planProbes as PlanProbes } from '../src/ignore/probes.ts';

export function bigRules(lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    switch (i % 8) {
      case 0:
        out.push(`build_${i}`);
        break;
      case 1:
        out.push(`*.ext${i}`);
        break;
      case 2:
        out.push(`cache${i}/`);
        break;
      case 3:
        out.push(`/top/level${i}`);
        break;
      case 4:
        out.push(`pkg${i}/*.tmp`);
        break;
      case 5:
        out.push(`tmp${i}*`);
        break;
      case 6:
        out.push(`**/gen${i}`);
        break;
      default:
        out.push(`!keep${i}.txt`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function bigDirs(count: number): string[] {
  const dirs = ['.'];
  for (let i = 0; dirs.length < count; i++) dirs.push(`src/pkg${i % 97}/mod${i}`);
  return dirs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lines = Number(process.argv[2] ?? 50_000);
  const dirCount = Number(process.argv[3] ?? 10_000);
  const module = process.argv[4] ?? '../src/ignore/probes.ts';
  const { planProbes } = (await import(module)) as { planProbes: typeof PlanProbes };
  const text = bigRules(lines);
  const dirs = bigDirs(dirCount);
  const started = performance.now();
  const probes = planProbes(dirs, '', [{ dir: '', text }], []);
  console.log(
    `${lines} lines × ${dirCount} dirs: ${((performance.now() - started) / 1000).toFixed(2)} s, ${probes.length} probes`,
  );
}
