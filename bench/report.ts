// Puts the last full benchmark run (bench/out/job.md, bench/out/check.md, bench/out/warm.md) into
// bench/results.md and into the README's Performance section, so the published numbers are
// always a run's own output, never retyped.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
// Whole jobs first: whether warming makes a job faster is the headline (issue #11).
const parts = ['./out/job.md', './out/check.md', './out/warm.md'].map((p) => readFileSync(at(p), 'utf8').trim());
if (parts.some((p) => p.includes('quick smoke run') || p.includes('(quick'))) {
  console.error('bench/out holds a --quick run; run `npm run bench` for numbers worth publishing.');
  process.exit(2);
}
const body = `${parts.map((p) => p.replace(/^## /m, '### ')).join('\n\n')}\n`;
writeFileSync(at('./results.md'), `# Benchmark results\n\nWritten by \`npm run bench\` (bench/report.ts).\n\n${body}`);

const readme = at('../README.md');
const text = readFileSync(readme, 'utf8');
const start = '<!-- bench:start (npm run bench writes this) -->';
const end = '<!-- bench:end -->';
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers.`);
writeFileSync(readme, `${text.slice(0, from + start.length)}\n${body}${text.slice(to)}`);
console.log('bench/results.md and the README Performance section updated.');
