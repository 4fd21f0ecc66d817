// The exact gitignore matcher against real git: random rule files and random paths, each
// path's deciding line compared with what `git check-ignore --no-index -v` names, and every
// match bounded in time, since patterns and names both come from the pull request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decidingRule, parseIgnoreLine, wildmatch } from '../../src/ignore/wildmatch.ts';
import { forAll, type Random } from '../helpers/random.ts';
import { gitEnv, Repo } from '../helpers/repo.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);

const PATTERN_PIECES = [
  '*',
  '*',
  '**',
  '?',
  '[',
  ']',
  '!',
  '^',
  '-',
  '\\',
  '/',
  '/',
  'a',
  'a',
  'b',
  'c',
  '.',
  ' ',
  '#',
  'é',
  '[a-c]',
  '[!a]',
  '[^b]',
  '[]a]',
  '[a-]',
  '[[:alpha:]]',
  '[[:digit:]a]',
  '[[:bogus:]]',
  '[:',
  ':]',
  '[\\]]',
  '**/',
  '/**',
  '\\*',
  '\\ ',
];
const NAME_PIECES = ['a', 'a', 'b', 'c', '.', '-', '!', ']', '[', '*', '?', 'é', ' ', '#', 'ab', 'x.pyc', '1'];

function text(rng: Random, pieces: readonly string[], max: number): string {
  let out = '';
  for (let n = 1 + rng.int(max); n > 0; n--) out += rng.pick(pieces);
  return out;
}

function path(rng: Random): string {
  const parts = Array.from({ length: 1 + rng.int(4) }, () => text(rng, NAME_PIECES, 4)).filter(
    (p) => p !== '.' && p !== '..',
  );
  return parts.length === 0 ? 'a' : parts.join('/');
}

/** git's deciding line (1-based) for each path, 0 where no rule matches. */
function gitLines(dir: string, paths: readonly string[]): number[] {
  const run = spawnSync(
    'git',
    ['-c', 'core.ignorecase=false', 'check-ignore', '--no-index', '-v', '-n', '-z', '--stdin'],
    {
      cwd: dir,
      env: gitEnv,
      input: paths.map((p) => `${p}\0`).join(''),
    },
  );
  assert.ok(run.status === 0 || run.status === 1, run.stderr.toString());
  const fields = run.stdout.toString('utf8').split('\0');
  return paths.map((_, i) => Number(fields[i * 4 + 1] || 0));
}

test('the deciding rule agrees with git check-ignore on random rules and paths', () => {
  const repo = new Repo();
  try {
    forAll(RUNS, (rng) => {
      const lines = Array.from(
        { length: 1 + rng.int(3) },
        () => (rng.int(5) === 0 ? '!' : '') + text(rng, PATTERN_PIECES, 6),
      );
      writeFileSync(join(repo.dir, '.gitignore'), `${lines.join('\n')}\n`);
      const rules = lines.map(parseIgnoreLine);
      const paths = Array.from({ length: 12 }, () => path(rng));
      const expected = gitLines(repo.dir, paths);
      paths.forEach((p, i) => {
        const started = performance.now();
        const hit = decidingRule(rules, p);
        assert.ok(performance.now() - started < 1000, `matching ${JSON.stringify(p)} took too long`);
        assert.equal(hit + 1, expected[i], `${JSON.stringify(lines)} ~ ${JSON.stringify(p)}`);
      });
    });
  } finally {
    rmSync(repo.dir, { recursive: true, force: true });
  }
});

test('a pattern that makes a backtracking matcher explode is matched in linear time', () => {
  const pattern = '*a*a*a*a*a*a*a*a*a*a*a*a*b';
  const rule = parseIgnoreLine(pattern);
  assert.ok(rule);
  const match = wildmatch(pattern);
  for (const length of [40, 10_000, 100_000]) {
    const name = 'a'.repeat(length);
    const started = performance.now();
    assert.equal(match(name), false);
    assert.equal(rule.matches(new TextEncoder().encode(`d/${name}`), false), false);
    assert.equal(match(`${name}b`), true);
    // 100,000 bytes × 27 states: well under a second even on a shared machine.
    assert.ok(performance.now() - started < 2000, `${length} bytes took ${performance.now() - started} ms`);
  }
});
