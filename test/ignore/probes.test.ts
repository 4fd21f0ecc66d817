// The grouped probes must never change what the audit concludes: the property test builds
// random trees and rule files, asks real git about every directory and about the grouped
// probes only, and demands the same missing rules and the same negations.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkIgnore } from '../../src/git.ts';
import { auditIgnore, probePaths, sourceDirs, type AuditResult, type Probe } from '../../src/ignore/audit.ts';
import { negationWitnesses, parseRules, planProbes } from '../../src/ignore/probes.ts';
import { bigDirs, bigRules } from '../../bench/plan.ts';
import { forAll, random, type Random } from '../helpers/random.ts';
import { parseIgnoreLine } from '../../src/ignore/wildmatch.ts';
import { Repo } from '../helpers/repo.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

function matches(rules: string, subject: string): { name: boolean; path: boolean } {
  const parsed = parseRules(rules);
  return { name: parsed.names.any(subject), path: parsed.paths.any(subject) };
}

describe('parseRules over-approximates what git matches', () => {
  test('kinds: a slash inside anchors, a trailing one does not, **/ in front is a name pattern', () => {
    const parsed = parseRules('*.pyc\n__pycache__/\n/build\ndocs/_build/\n**/tmp\n# comment\n\n!keep.pyc\n');
    assert.equal(parsed.names.size, 4, '*.pyc, __pycache__/, **/tmp, !keep.pyc');
    assert.equal(parsed.paths.size, 2, '/build, docs/_build/');
  });

  test('wildcards and brackets cover what git matches', () => {
    assert.ok(matches('*.py[codz]', 'mod.pyc').name);
    assert.ok(matches('sub?', 'sub1').name);
    assert.ok(matches('[!a]b', 'xb').name);
    assert.ok(matches('[[:digit:]]x', '1x').name);
    assert.ok(matches('a/**/b', 'a/b').path, 'a/**/b also matches a/b');
    assert.ok(matches('a/**', 'a/x/y').path);
    assert.ok(matches('A/b', 'a/B').path, 'core.ignoreCase could be on');
    assert.ok(!matches('build', 'src').name);
    assert.ok(!matches('/docs/_build', 'src/_build').path);
  });

  test('anything it cannot read cheaply matches everything', () => {
    assert.ok(matches('\\#x', 'whatever').name);
    assert.ok(matches('[abc', 'whatever').name);
    assert.ok(matches('caf\u00e9/x', 'whatever').path);
    assert.ok(matches('**', 'any/thing').path);
  });
});

describe('the planner never misses what git matches', () => {
  // The exact matcher agrees with git (wildmatch.fuzz.test.ts), so it stands in for git here:
  // whatever a line matches, the planner's looser reading must match too, or a directory
  // that a rule singles out would be grouped with others and judged by their verdict.
  const PIECES = [
    '*',
    '**',
    '?',
    '[a-c]',
    '[!a]',
    '[]a]',
    '[[:alpha:]]',
    '/',
    '/',
    'a',
    'A',
    'b',
    '.',
    '-',
    '**/',
    '/**',
    '[',
    ']',
  ];
  const NAME = ['a', 'A', 'b', '.', '-', 'ab', ']', '['];
  test('random lines and paths', () => {
    forAll(3000, (rng) => {
      let line = '';
      for (let n = 1 + rng.int(6); n > 0; n--) line += rng.pick(PIECES);
      const rule = parseIgnoreLine(line);
      if (rule === null) return;
      const parsed = parseRules(`${line}\n`);
      for (let k = 0; k < 8; k++) {
        const parts = Array.from({ length: 1 + rng.int(3) }, () =>
          Array.from({ length: 1 + rng.int(3) }, () => rng.pick(NAME)).join(''),
        );
        const path = parts.join('/');
        const isDir = rng.int(2) === 0;
        if (!rule.matches(new TextEncoder().encode(path), isDir)) continue;
        const loose = parsed.names.any(parts.at(-1) as string) || parsed.paths.any(path);
        assert.ok(loose, `${JSON.stringify(line)} matches ${JSON.stringify(path)}, the planner does not`);
      }
    });
  });
});

describe('planProbes', () => {
  test('directories no rule can single out share one set of probes', () => {
    const probes = planProbes(['.', 'a', 'a/b', 'c'], '', [{ dir: '', text: '*.pyc\n' }], []);
    assert.equal(probes.length, 4);
    assert.deepEqual(probes[0]?.dirs, ['.', 'a', 'a/b', 'c']);
  });

  test('a directory a name pattern might match, or below another .gitignore, gets its own', () => {
    const probes = planProbes(
      ['.', 'build', 'build/x', 'src', 'src/pkg'],
      '',
      [
        { dir: '', text: 'build/\n' },
        { dir: 'src/pkg', text: '*.pyo\n' },
      ],
      [],
    );
    const byDir = new Map(probes.filter((p) => p.kind === 'pyc').map((p) => [p.dir, p.dirs]));
    assert.deepEqual(byDir.get('build'), ['build']);
    assert.deepEqual(byDir.get('build/x'), ['build/x']);
    assert.deepEqual(byDir.get('src/pkg'), ['src/pkg']);
    assert.deepEqual(byDir.get('.'), ['.', 'src']);
  });

  test('anchored patterns single out only the directories they might reach; the project may sit below the top', () => {
    const probes = planProbes(['.', 'docs', 'lib'], 'sub/', [{ dir: '', text: 'sub/docs/*.pyc\n' }], []);
    const byDir = new Map(probes.filter((p) => p.kind === 'pyc').map((p) => [p.dir, p.dirs]));
    assert.deepEqual(byDir.get('docs'), ['docs']);
    assert.deepEqual(byDir.get('.'), ['.', 'lib']);
  });

  test('names outside printable ASCII are always asked about one by one', () => {
    const probes = planProbes(['.', 'caf\u00e9', 'x\ny'], '', [], []);
    assert.equal(probes.length, 12);
  });
});

// Names chosen to collide with the patterns below, so that rules do single directories out.
const NAMES = [
  'a',
  'b',
  'build',
  'src',
  'pkg1',
  'pkg2',
  'docs',
  '_build',
  'Lib',
  'x.pyc',
  '__pycache__',
  'tests',
  'sub',
];
const LINES = [
  '*.pyc',
  '*.pyo',
  '*.py[cod]',
  '*.py[codz]',
  '__pycache__/',
  '__pycache__',
  '**/__pycache__/',
  '*$py.class',
  '!*.pyc',
  '!*.pyo',
  '!__pycache__/',
  '!keep.pyc',
  '!a/',
  '!mod.pyc',
  'build/',
  '/build',
  'docs/_build/',
  'b/',
  '/a',
  'a/*.pyc',
  'src/**/*.pyo',
  'src/**',
  '[ab]/',
  'pkg?/',
  '*/',
  '!*/',
  'x*',
  '?',
  'sub/mod.pyc',
  '/a/b/mod$py.class',
  'Lib/**/__pycache__',
  '*',
  'tests/',
  '**/tests/*.pyc',
  'mod.*',
  '\\#x',
  '# comment',
  '',
  '  ',
  'pkg[!1]/',
  '**/b/**',
  'a/**/mod.pyc',
];

function randomDir(r: Random): string {
  const depth = r.int(4);
  return depth === 0 ? '.' : Array.from({ length: depth }, () => r.pick(NAMES)).join('/');
}

function randomRules(r: Random): string {
  return Array.from({ length: 1 + r.int(4) }, () => r.pick(LINES)).join('\n') + (r.int(2) ? '\n' : '');
}

/** The audit with the negations' example paths left out: groups name other examples. */
function essence(result: AuditResult): unknown {
  return { missing: result.missing, negations: result.negations.map((n) => `${n.file}:${n.line}:${n.pattern}`) };
}

async function audit(dir: string, probes: readonly Probe[]): Promise<unknown> {
  return essence(
    auditIgnore(
      probes,
      await checkIgnore(
        dir,
        probes.map((p) => p.path),
      ),
      [],
    ),
  );
}

describe('planProbes on hostile and large rule files', () => {
  test('a pattern that makes a backtracking RegExp explode costs time linear in the name', () => {
    const star = '*a*a*a*a*a*a*a*a*a*a*a*a*b';
    const text = `${star}\nsrc/${star}\n${star}/x\n`;
    const dirs = ['.', 'a'.repeat(40), `src/${'a'.repeat(40)}`, `src/${'a'.repeat(10_000)}`];
    const started = performance.now();
    const probes = planProbes(dirs, '', [{ dir: '', text }], []);
    assert.ok(performance.now() - started < 5_000, `took ${Math.round(performance.now() - started)} ms`);
    assert.ok(probes.length > 0);
  });

  test('a long line of spaces is trimmed in linear time', () => {
    const started = performance.now();
    planProbes(['.', 'a'], '', [{ dir: '', text: `${' '.repeat(200_000)}x\n` }], []);
    assert.ok(performance.now() - started < 5_000, `took ${Math.round(performance.now() - started)} ms`);
  });

  test('20,000 lines over 5,000 directories: each directory is not tried against every line', () => {
    // Before the index this took about two minutes; now well under a second. The bound is
    // generous because the machine may be shared.
    const text = bigRules(20_000);
    const dirs = bigDirs(5_000);
    const started = performance.now();
    const probes = planProbes(dirs, '', [{ dir: '', text }], []);
    assert.ok(performance.now() - started < 30_000, `took ${Math.round(performance.now() - started)} ms`);
    assert.equal(probes.length, 4, 'no line can single a directory out, so one group');
  });
});

describe('negationWitnesses', () => {
  test('a bytecode path each negation matches, at any depth for one without a slash', () => {
    const text = '!keep.pyc\n!vendor/keep.pyc\n!/top.py[co]\n!*.txt\n!build/\n\\!not-a-negation.pyc\n!lib*\n';
    assert.deepEqual(negationWitnesses('', [{ dir: 'pkg', text }]), [
      'pkg/keep.pyc',
      'pkg/sub/keep.pyc',
      'pkg/vendor/keep.pyc',
      'pkg/top.pyc',
      'pkg/libmod.pyc',
      'pkg/sub/libmod.pyc',
    ]);
  });

  test('project-relative; a file above the project places name patterns at the project root', () => {
    assert.deepEqual(negationWitnesses('app/', [{ dir: '', text: '!keep.pyc\n!other/x.pyc\n!app/y.pyc\n' }]), [
      'keep.pyc',
      'sub/keep.pyc',
      'y.pyc',
    ]);
  });

  test('a megabyte-long negation or rule line costs no more than reading it', () => {
    const long = `!${'a?'.repeat(500_000)}.pyc`;
    const started = performance.now();
    assert.deepEqual(negationWitnesses('', [{ dir: '', text: `${long}\n` }]), []);
    planProbes(['.', 'a', `b/${'a'.repeat(2_000)}`], '', [{ dir: '', text: `${long}\n${'*a'.repeat(500_000)}\n` }], []);
    assert.ok(performance.now() - started < 10_000, `took ${Math.round(performance.now() - started)} ms`);
  });

  test('20,000 negation lines: bounded, and fast', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `!keep${i}.pyc`).join('\n');
    const started = performance.now();
    const witnesses = negationWitnesses('', [{ dir: '', text }]);
    assert.ok(witnesses.length <= 400, String(witnesses.length));
    assert.ok(performance.now() - started < 10_000, `took ${Math.round(performance.now() - started)} ms`);
  });
});

describe('grouped probes against real git', () => {
  test('random trees and rules: the same conclusions as probing every directory', async () => {
    const r = random(SEED);
    for (let run = 0; run < RUNS; run++) {
      const repo = new Repo();
      try {
        const prefix = r.int(3) === 0 ? `${r.pick(NAMES)}/` : '';
        const tracked = [
          ...new Set(Array.from({ length: 1 + r.int(12) }, () => `${randomDir(r)}/m.py`.replace(/^\.\//, ''))),
        ];
        // .gitignore files in source directories, their ancestors and above the project.
        const ruleDirs = new Set<string>();
        for (let i = r.int(5); i > 0; i--) {
          const d = r.pick(tracked).split('/').slice(0, -1);
          ruleDirs.add(prefix + d.slice(0, r.int(d.length + 1)).join('/'));
        }
        if (prefix !== '' && r.int(2)) ruleDirs.add('');
        const inTree = [...ruleDirs].map((d) => ({ dir: d.replace(/\/$/, ''), text: randomRules(r) }));
        for (const { dir, text } of inTree) {
          mkdirSync(join(repo.dir, dir), { recursive: true });
          writeFileSync(join(repo.dir, dir, '.gitignore'), text);
        }
        const exclude = r.int(3) === 0 ? randomRules(r) : '';
        writeFileSync(join(repo.dir, '.git', 'info', 'exclude'), exclude);
        const root = join(repo.dir, prefix);
        mkdirSync(root, { recursive: true });

        const dirs = sourceDirs(tracked);
        const grouped = planProbes(dirs, prefix, inTree, exclude ? [exclude] : []);
        const context = `seed ${SEED}, run ${run}: prefix ${JSON.stringify(prefix)}, dirs ${JSON.stringify(dirs)}, rules ${JSON.stringify(inTree)}, exclude ${JSON.stringify(exclude)}`;
        assert.deepEqual(await audit(root, grouped), await audit(root, probePaths(dirs)), context);
      } finally {
        rmSync(repo.dir, { recursive: true, force: true });
      }
    }
  });
});
