import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { IgnoreMatch } from '../../src/git.ts';
import {
  auditIgnore,
  committedDespiteRules,
  gitignoreBlock,
  probePaths,
  sourceDirs,
  type ExcludeSource,
  type Probe,
} from '../../src/ignore/audit.ts';
import { annotationTarget, appendRules, rulesToAdd } from '../../src/ignore/fix.ts';

const INFO: ExcludeSource = { path: '/repo/.git/info/exclude', label: '.git/info/exclude' };
const GLOBAL: ExcludeSource = {
  path: '/home/u/.gitignore_global',
  label: 'core.excludesFile (/home/u/.gitignore_global)',
};

/** Matches for every probe: `decide` names the rule for a probe, or null for none. */
function verdicts(probes: readonly Probe[], decide: (p: Probe) => Omit<IgnoreMatch, 'path'> | null): IgnoreMatch[] {
  return probes.map((p) => ({ path: p.path, ...(decide(p) ?? { source: '', line: 0, pattern: '' }) }));
}

const rule = (source: string, line: number, pattern: string) => ({ source, line, pattern });

describe('probes', () => {
  test('source directories are those of tracked .py files, plus the root, root first', () => {
    // In git's order (ls-files sorts by path), each directory once, where it first appears.
    assert.deepEqual(
      sourceDirs([
        'docs/conf.py',
        'setup.cfg',
        'src/pkg/b.py',
        'src/pkg/data.txt',
        'src/pkg/sub/a.py',
        'src/pkg/z.py',
        'x.pyi',
      ]),
      ['.', 'docs', 'src/pkg', 'src/pkg/sub'],
    );
    assert.deepEqual(sourceDirs([]), ['.']);
  });

  test('four probes per directory, relative to the project root', () => {
    assert.deepEqual(probePaths(['.', 'pkg']), [
      { path: '__pycache__/mod.cpython-311.pyc', dir: '.', kind: 'pycache' },
      { path: 'mod.pyc', dir: '.', kind: 'pyc' },
      { path: 'mod.pyo', dir: '.', kind: 'pyo' },
      { path: 'mod$py.class', dir: '.', kind: 'jython' },
      { path: 'pkg/__pycache__/mod.cpython-311.pyc', dir: 'pkg', kind: 'pycache' },
      { path: 'pkg/mod.pyc', dir: 'pkg', kind: 'pyc' },
      { path: 'pkg/mod.pyo', dir: 'pkg', kind: 'pyo' },
      { path: 'pkg/mod$py.class', dir: 'pkg', kind: 'jython' },
    ]);
    assert.equal(probePaths([''])[0]?.dir, '.', "'' is accepted as the root and reported as '.'");
  });
});

describe('auditIgnore', () => {
  const probes = probePaths(['.', 'pkg']);

  test('nothing ignored: every rule missing, for every directory', () => {
    const result = auditIgnore(
      probes,
      verdicts(probes, () => null),
      [INFO, GLOBAL],
    );
    assert.deepEqual(result, {
      missing: [
        { pattern: '__pycache__/', dirs: ['.', 'pkg'], foundOnlyIn: [] },
        { pattern: '*.py[cod]', dirs: ['.', 'pkg'], foundOnlyIn: [] },
        { pattern: '*$py.class', dirs: ['.', 'pkg'], foundOnlyIn: [] },
      ],
      negations: [],
    });
  });

  test('a probe with no match at all counts as exposed', () => {
    assert.equal(auditIgnore(probes, [], []).missing.length, 3);
  });

  test('everything ignored by in-tree rules: nothing to report', () => {
    const result = auditIgnore(
      probes,
      verdicts(probes, () => rule('.gitignore', 2, '*.py[codz]')),
      [INFO],
    );
    assert.deepEqual(result, { missing: [], negations: [] });
  });

  test('*.pyc covers __pycache__ (git says so), so only *.pyo and *$py.class are missing', () => {
    const result = auditIgnore(
      probes,
      verdicts(probes, (p) => (p.kind === 'pycache' || p.kind === 'pyc' ? rule('.gitignore', 1, '*.pyc') : null)),
      [],
    );
    assert.deepEqual(
      result.missing.map((m) => m.pattern),
      ['*.pyo', '*$py.class'],
    );
  });

  test('.pyc exposed in some directories and .pyo in others: each narrow rule once, with its directories', () => {
    const result = auditIgnore(
      probes,
      verdicts(probes, (p) =>
        p.kind === 'pycache' || p.kind === 'jython'
          ? rule('.gitignore', 1, 'x')
          : p.kind === 'pyc' && p.dir === 'pkg'
            ? rule('pkg/.gitignore', 1, '*.pyc')
            : p.kind === 'pyo' && p.dir === '.'
              ? rule('.gitignore', 2, '*.pyo')
              : null,
      ),
      [],
    );
    assert.deepEqual(result.missing, [
      { pattern: '*.pyc', dirs: ['.'], foundOnlyIn: [] },
      { pattern: '*.pyo', dirs: ['pkg'], foundOnlyIn: [] },
    ]);
  });

  test('one directory exposing both makes it *.py[cod], listing every directory either is exposed in', () => {
    const three = probePaths(['.', 'a', 'b']);
    const result = auditIgnore(
      three,
      verdicts(three, (p) =>
        p.kind === 'pycache' || p.kind === 'jython'
          ? rule('.gitignore', 1, 'x')
          : p.dir === 'a' && p.kind === 'pyo'
            ? rule('a/.gitignore', 1, '*.pyo')
            : p.dir === 'b'
              ? rule('b/.gitignore', 1, '*.py[co]')
              : null,
      ),
      [],
    );
    assert.deepEqual(result.missing, [{ pattern: '*.py[cod]', dirs: ['.', 'a'], foundOnlyIn: [] }]);
  });

  test('rules only in info/exclude or the global file are missing, and say where they were found', () => {
    const result = auditIgnore(
      probes,
      verdicts(probes, (p) =>
        p.kind === 'jython'
          ? rule('.gitignore', 3, '*$py.class')
          : p.kind === 'pycache'
            ? rule(GLOBAL.path, 1, '__pycache__/')
            : rule(INFO.path, 7, '*.py[cod]'),
      ),
      [INFO, GLOBAL],
    );
    assert.deepEqual(result, {
      missing: [
        { pattern: '__pycache__/', dirs: ['.', 'pkg'], foundOnlyIn: [GLOBAL.label] },
        { pattern: '*.py[cod]', dirs: ['.', 'pkg'], foundOnlyIn: [INFO.label] },
      ],
      negations: [],
    });
  });

  test('a negation that decides a probe is named with its file and line, and is not a missing rule', () => {
    const result = auditIgnore(
      probes,
      verdicts(probes, (p) =>
        p.dir === 'pkg' && (p.kind === 'pyc' || p.kind === 'pycache')
          ? rule('pkg/.gitignore', 4, '!*.pyc')
          : rule('.gitignore', 1, 'all'),
      ),
      [],
    );
    assert.deepEqual(result, {
      missing: [],
      negations: [
        {
          file: 'pkg/.gitignore',
          line: 4,
          pattern: '!*.pyc',
          paths: ['pkg/__pycache__/mod.cpython-311.pyc', 'pkg/mod.pyc'],
          examples: ['pkg/__pycache__/mod.cpython-311.pyc', 'pkg/mod.pyc'],
        },
      ],
    });
  });

  test('a negation deciding tracked bytecode is named; one deciding a non-bytecode path is not', () => {
    const matches = [
      ...verdicts(probes, () => rule('.gitignore', 1, '*.py[cod]')),
      { path: 'tests/keep.pyc', source: '.gitignore', line: 2, pattern: '!keep.pyc' },
      { path: 'notes.txt', source: '.gitignore', line: 5, pattern: '!notes.txt' },
    ];
    assert.deepEqual(auditIgnore(probes, matches, [], [], new Set(['tests/keep.pyc'])).negations, [
      { file: '.gitignore', line: 2, pattern: '!keep.pyc', paths: ['tests/keep.pyc'], examples: [] },
    ]);
  });

  test('probe and witness names are examples unless tracked', () => {
    const matches = [
      ...verdicts(probes, () => rule('.gitignore', 1, '*.py[cod]')),
      { path: 'keep.pyc', source: '.gitignore', line: 2, pattern: '!keep.pyc' },
      { path: 'sub/keep.pyc', source: '.gitignore', line: 2, pattern: '!keep.pyc' },
      { path: 'vendor/mod.pyc', source: '.gitignore', line: 3, pattern: '!vendor/*.pyc' },
      { path: 'mod.pyc', source: '.gitignore', line: 4, pattern: '!mod.pyc' },
    ];
    const witnesses = ['keep.pyc', 'sub/keep.pyc', 'vendor/mod.pyc', 'mod.pyc'];
    assert.deepEqual(auditIgnore(probes, matches, [], witnesses, new Set(['keep.pyc', 'mod.pyc'])).negations, [
      {
        file: '.gitignore',
        line: 2,
        pattern: '!keep.pyc',
        paths: ['keep.pyc', 'sub/keep.pyc'],
        examples: ['sub/keep.pyc'],
      },
      {
        file: '.gitignore',
        line: 3,
        pattern: '!vendor/*.pyc',
        paths: ['vendor/mod.pyc'],
        examples: ['vendor/mod.pyc'],
      },
      { file: '.gitignore', line: 4, pattern: '!mod.pyc', paths: ['mod.pyc'], examples: [] },
    ]);
  });

  test('a negation in an unshared file protects nothing and is not blamed on the repository', () => {
    const result = auditIgnore(
      probes,
      verdicts(probes, (p) => (p.kind === 'pyc' ? rule(INFO.path, 1, '!*.pyc') : rule('.gitignore', 1, 'x'))),
      [INFO],
    );
    assert.deepEqual(result, { missing: [{ pattern: '*.pyc', dirs: ['.', 'pkg'], foundOnlyIn: [] }], negations: [] });
  });
});

describe('committedDespiteRules', () => {
  test('keeps the bytecode that a repository rule ignores', () => {
    const matches: IgnoreMatch[] = [
      { path: 'pkg/__pycache__/m.cpython-311.pyc', source: '.gitignore', line: 1, pattern: '__pycache__/' },
      { path: 'old.pyo', source: 'sub/.gitignore', line: 3, pattern: '*.pyo' },
      { path: 'kept.pyc', source: '.gitignore', line: 2, pattern: '!kept.pyc' },
      { path: 'build/out.txt', source: '.gitignore', line: 4, pattern: 'build/' },
    ];
    const tracked = ['pkg/__pycache__/m.cpython-311.pyc', 'old.pyo', 'kept.pyc', 'free.pyc', 'build/out.txt'];
    assert.deepEqual(
      committedDespiteRules(tracked, matches),
      new Set(['pkg/__pycache__/m.cpython-311.pyc', 'old.pyo']),
    );
  });

  test('drops files only an unshared exclude file ignores', () => {
    const matches: IgnoreMatch[] = [
      { path: 'a.pyc', source: INFO.path, line: 1, pattern: '*.pyc' },
      { path: 'b.pyo', source: '.gitignore', line: 1, pattern: '*.pyo' },
    ];
    assert.deepEqual(committedDespiteRules(['a.pyc', 'b.pyo'], matches, [INFO]), new Set(['b.pyo']));
  });
});

describe('gitignoreBlock', () => {
  test('a comment line and the patterns, newline-terminated', () => {
    assert.equal(
      gitignoreBlock(['__pycache__/', '*.py[cod]', '*$py.class']),
      '# Python bytecode (added by pycache-action)\n__pycache__/\n*.py[cod]\n*$py.class\n',
    );
    assert.equal(gitignoreBlock([]), '');
  });
});

describe('appendRules', () => {
  const text = (bytes: Uint8Array | null) => (bytes === null ? null : Buffer.from(bytes).toString('utf8'));
  const bytes = (s: string) => Buffer.from(s, 'utf8');

  test('creates a file when there is none', () => {
    assert.equal(
      text(appendRules(null, ['__pycache__/', '*.pyc'])),
      '# Python bytecode (added by pycache-action)\n__pycache__/\n*.pyc\n',
    );
  });

  test('appends after a final newline without a blank line, keeping the bytes before', () => {
    assert.equal(
      text(appendRules(bytes('node_modules/\n'), ['*.pyo'])),
      'node_modules/\n# Python bytecode (added by pycache-action)\n*.pyo\n',
    );
  });

  test("adds the missing final newline in the file's own line ending", () => {
    assert.equal(
      text(appendRules(bytes('a\nb'), ['*.pyo'])),
      'a\nb\n# Python bytecode (added by pycache-action)\n*.pyo\n',
    );
    assert.equal(
      text(appendRules(bytes('a\r\nb'), ['*.pyo'])),
      'a\r\nb\r\n# Python bytecode (added by pycache-action)\r\n*.pyo\r\n',
    );
    assert.equal(
      text(appendRules(bytes('a\r\nb\r'), ['*.pyo'])),
      'a\r\nb\r\n# Python bytecode (added by pycache-action)\r\n*.pyo\r\n',
      'completes a CR-terminated last line',
    );
    assert.equal(
      text(appendRules(bytes('single'), ['*.pyo'])),
      'single\n# Python bytecode (added by pycache-action)\n*.pyo\n',
      'LF by default',
    );
  });

  test('an empty file gets no leading separator', () => {
    assert.equal(
      text(appendRules(new Uint8Array(0), ['*.pyo'])),
      '# Python bytecode (added by pycache-action)\n*.pyo\n',
    );
  });

  test('keeps non-UTF-8 bytes as they were', () => {
    const before = Uint8Array.from([0xff, 0xfe, 0x41, 0x0a]);
    const after = appendRules(before, ['*.pyo']);
    assert.deepEqual(after?.subarray(0, 4), before);
  });

  test('patterns present as exact lines are not appended again; nothing to add is null', () => {
    const existing = bytes('\uFEFF*.pyc\r\n__pycache__/\r\n');
    assert.deepEqual(rulesToAdd(existing, ['*.pyc', '__pycache__/', '*.pyo', '*.pyo']), ['*.pyo']);
    assert.equal(
      text(appendRules(existing, ['*.pyc', '*.pyo'])),
      '\uFEFF*.pyc\r\n__pycache__/\r\n# Python bytecode (added by pycache-action)\r\n*.pyo\r\n',
    );
    assert.equal(appendRules(existing, ['*.pyc', '__pycache__/']), null);
    assert.equal(appendRules(existing, []), null);
    assert.equal(appendRules(null, []), null);
  });

  test('appending twice changes nothing the second time', () => {
    const once = appendRules(bytes('x\n'), ['__pycache__/', '*.py[cod]']);
    assert.notEqual(once, null);
    assert.equal(appendRules(once, ['__pycache__/', '*.py[cod]']), null);
  });
});

describe('annotationTarget', () => {
  test('the project root is the repository top: its .gitignore, existing or not', () => {
    assert.equal(annotationTarget('', true), '.gitignore');
    assert.equal(annotationTarget('', false), '.gitignore');
  });

  test('a project in a subdirectory: its own .gitignore if it has one, else the top one', () => {
    assert.equal(annotationTarget('services/api/', true), 'services/api/.gitignore');
    assert.equal(annotationTarget('services/api/', false), '.gitignore');
    assert.equal(
      annotationTarget('services/api', true),
      'services/api/.gitignore',
      'tolerates a prefix without its slash',
    );
  });
});
