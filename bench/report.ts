// Puts the last full benchmark run (bench/out/job.md, bench/out/check.md, bench/out/warm.md) into
// bench/results.md and into the README's Performance section, so the published numbers are
// always a run's own output, never retyped. A part whose file is missing (a benchmark not
// rerun) keeps the section the README already publishes for it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const readme = at('../README.md');
const text = readFileSync(readme, 'utf8');
const start = '<!-- bench:start (npm run bench writes this) -->';
const end = '<!-- bench:end -->';
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers.`);
const published = text.slice(from + start.length, to);

/** The README's current section whose heading starts with `heading`, or null. */
function publishedSection(heading: string): string | null {
  const sections = published.split(/^(?=### )/m);
  return sections.find((s) => s.startsWith(`### ${heading}`))?.trim() ?? null;
}

// Whole jobs first: whether warming makes a job faster is the headline (issue #11).
const parts: { file: string; heading: string }[] = [
  { file: './out/job.md', heading: 'Whole CI jobs' },
  { file: './out/check.md', heading: 'Check speed' },
  { file: './out/warm.md', heading: 'Cache warming' },
];
const body: string[] = [];
for (const part of parts) {
  if (existsSync(at(part.file))) {
    const run = readFileSync(at(part.file), 'utf8').trim();
    if (run.includes('quick smoke run') || run.includes('(quick')) {
      console.error('bench/out holds a --quick run; run `npm run bench` for numbers worth publishing.');
      process.exit(2);
    }
    body.push(run.replace(/^## /m, '### '));
  } else {
    const kept = publishedSection(part.heading);
    if (kept === null) {
      console.error(
        `${part.file} is missing and the README publishes no "${part.heading}" section: run \`npm run bench\`.`,
      );
      process.exit(2);
    }
    console.error(`${part.file} is missing: keeping the README's published "${part.heading}" section.`);
    body.push(kept);
  }
}
const joined = `${body.join('\n\n')}\n`;
writeFileSync(
  at('./results.md'),
  `# Benchmark results\n\nWritten by \`npm run bench\` (bench/report.ts).\n\n${joined}`,
);
writeFileSync(readme, `${text.slice(0, from + start.length)}\n${joined}${text.slice(to)}`);
console.log('bench/results.md and the README Performance section updated.');
