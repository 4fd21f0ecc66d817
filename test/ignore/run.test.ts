// The audit and fix on real git repositories, isolated from this machine's git configuration
// (including the default global excludes file under XDG_CONFIG_HOME).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listTracked } from '../../src/git.ts';
import { applyFix, auditProject, type IgnoreAudit } from '../../src/ignore/run.ts';
import { Repo, fakePyc, gitEnv, tempDir } from '../helpers/repo.ts';

const xdg = tempDir('pycache-xdg-');
gitEnv.XDG_CONFIG_HOME = xdg;
process.env.XDG_CONFIG_HOME = xdg;
process.env.GIT_CONFIG_GLOBAL = gitEnv.GIT_CONFIG_GLOBAL;
process.env.GIT_CONFIG_NOSYSTEM = '1';

const cleanups: (() => void)[] = [rmSync.bind(null, xdg, { recursive: true, force: true })];
after(() => cleanups.forEach((c) => c()));

const TEMPLATE = '__pycache__/\n*.py[codz]\n*$py.class\n';
const COMMENT = '# Python bytecode (added by pycache-action)';

function repo(files: Record<string, string | Uint8Array> = {}): Repo {
  const r = new Repo();
  cleanups.push(() => r.remove());
  for (const [path, content] of Object.entries(files)) r.write(path, content);
  return r;
}

const PY = { 'setup.py': '', 'pkg/__init__.py': '', 'pkg/mod.py': 'x = 1\n' };

async function audit(root: string): Promise<IgnoreAudit> {
  return auditProject(root, await listTracked(root));
}

function patterns(a: IgnoreAudit): string[] {
  return a.missing.map((m) => m.pattern);
}

const ALL_MISSING = [
  { pattern: '__pycache__/', dirs: ['.', 'pkg'], foundOnlyIn: [] },
  { pattern: '*.py[cod]', dirs: ['.', 'pkg'], foundOnlyIn: [] },
  { pattern: '*$py.class', dirs: ['.', 'pkg'], foundOnlyIn: [] },
];

describe('auditProject', () => {
  test('no .gitignore: every rule is missing in every source directory', async () => {
    const r = repo(PY);
    r.commit();
    const a = await audit(r.dir);
    assert.deepEqual(a.missing, ALL_MISSING);
    assert.deepEqual(a.negations, []);
    assert.equal(a.annotationTarget, '.gitignore');
    assert.equal(a.prefix, '');
    assert.deepEqual(a.committedIgnored, new Set());
  });

  test("the github/gitignore Python template's lines leave nothing missing", async () => {
    const r = repo({ ...PY, '.gitignore': `*.so\n${TEMPLATE}` });
    r.commit();
    assert.deepEqual((await audit(r.dir)).missing, []);
  });

  test('other spellings are judged by git, not by text', async () => {
    const r = repo({ ...PY, '.gitignore': '**/__pycache__/\n*.pyc\n*.pyo\n*$py.class\n' });
    r.commit();
    assert.deepEqual((await audit(r.dir)).missing, []);
  });

  test('*.pyc only: .pyo and $py.class are missing; __pycache__/ is not, since *.pyc ignores what Python writes there', async () => {
    const r = repo({ ...PY, '.gitignore': '*.pyc\n' });
    r.commit();
    const a = await audit(r.dir);
    assert.deepEqual(a.missing, [
      { pattern: '*.pyo', dirs: ['.', 'pkg'], foundOnlyIn: [] },
      { pattern: '*$py.class', dirs: ['.', 'pkg'], foundOnlyIn: [] },
    ]);
  });

  test("rules only in a subpackage's .gitignore protect that subpackage alone", async () => {
    const r = repo({ 'setup.py': '', 'tools/run.py': '', 'lib/pkg/mod.py': '', 'lib/pkg/.gitignore': TEMPLATE });
    r.commit();
    const a = await audit(r.dir);
    assert.deepEqual(patterns(a), ['__pycache__/', '*.py[cod]', '*$py.class']);
    for (const m of a.missing) assert.deepEqual(m.dirs, ['.', 'tools'], m.pattern);
  });

  test('a negation is named with its file and line', async () => {
    const r = repo({
      ...PY,
      '.gitignore': `${TEMPLATE}!keep.pyc\n`,
      'tests/keep.pyc': fakePyc(),
      'tests/test_x.py': '',
    });
    r.commit();
    const a = await audit(r.dir);
    assert.deepEqual(a.missing, []);
    assert.deepEqual(a.negations, [
      {
        file: '.gitignore',
        line: 4,
        pattern: '!keep.pyc',
        paths: ['keep.pyc', 'sub/keep.pyc', 'tests/keep.pyc'],
        examples: ['keep.pyc', 'sub/keep.pyc'],
      },
    ]);
  });

  test('a negation naming one bytecode file is found with no such file tracked, and git judges it', async () => {
    const cases: [rules: string, negations: unknown[]][] = [
      [
        `${TEMPLATE}!keep.pyc\n`,
        [
          {
            file: '.gitignore',
            line: 4,
            pattern: '!keep.pyc',
            paths: ['keep.pyc', 'sub/keep.pyc'],
            examples: ['keep.pyc', 'sub/keep.pyc'],
          },
        ],
      ],
      [
        `${TEMPLATE}!vendor/keep.pyc\n`,
        [
          {
            file: '.gitignore',
            line: 4,
            pattern: '!vendor/keep.pyc',
            paths: ['vendor/keep.pyc'],
            examples: ['vendor/keep.pyc'],
          },
        ],
      ],
      [
        `${TEMPLATE}!/keep.py[co]\n`,
        [{ file: '.gitignore', line: 4, pattern: '!/keep.py[co]', paths: ['keep.pyc'], examples: ['keep.pyc'] }],
      ],
      [
        `${TEMPLATE}!keep*\n`,
        [
          {
            file: '.gitignore',
            line: 4,
            pattern: '!keep*',
            paths: ['keepmod.pyc', 'sub/keepmod.pyc'],
            examples: ['keepmod.pyc', 'sub/keepmod.pyc'],
          },
        ],
      ],
      // A later line wins, a negation below an excluded directory cannot re-include, and
      // negations of other files or of directories whose bytecode stays ignored are harmless.
      [`!keep.pyc\n${TEMPLATE}`, []],
      [`${TEMPLATE}vendor/\n!vendor/keep.pyc\n`, []],
      [`${TEMPLATE}!*.txt\n!build/\n!__pycache__.pyc/\n`, []],
    ];
    for (const [rules, negations] of cases) {
      const r = repo({ ...PY, '.gitignore': rules });
      r.commit();
      assert.deepEqual((await audit(r.dir)).negations, negations, rules);
    }
  });

  test('a negation naming bytecode in a subpackage .gitignore, and one above the project', async () => {
    const r = repo({
      '.gitignore': `${TEMPLATE}!keep.pyc\n`,
      'app/mod.py': '',
      'app/lib/.gitignore': '!/vendored.pyc\n',
      'app/lib/x.py': '',
    });
    r.commit();
    const a = await audit(join(r.dir, 'app'));
    assert.deepEqual(
      a.negations.map((n) => [n.file, n.line, n.paths]),
      [
        ['.gitignore', 4, ['keep.pyc', 'sub/keep.pyc']],
        ['app/lib/.gitignore', 1, ['lib/vendored.pyc']],
      ],
    );
  });

  test('a negation in a subpackage that re-includes what Python writes is named, not re-added', async () => {
    const r = repo({ ...PY, '.gitignore': '*.py[cod]\n*$py.class\n', 'pkg/.gitignore': '!*.pyc\n' });
    r.commit();
    const a = await audit(r.dir);
    assert.deepEqual(a.missing, []);
    const paths = ['pkg/__pycache__/mod.cpython-311.pyc', 'pkg/mod.pyc', 'pkg/sub/mod.pyc'];
    assert.deepEqual(a.negations, [{ file: 'pkg/.gitignore', line: 1, pattern: '!*.pyc', paths, examples: paths }]);
  });

  test('rules only in .git/info/exclude or the global excludes file are missing, and say where they are', async () => {
    const r = repo(PY);
    r.commit();
    writeFileSync(join(r.dir, '.git/info/exclude'), '__pycache__/\n*.py[cod]\n');
    const global = join(tempDir('pycache-global-'), 'ignore');
    cleanups.push(() => rmSync(join(global, '..'), { recursive: true, force: true }));
    writeFileSync(global, '*$py.class\n');
    r.git('config', 'core.excludesFile', global);
    const a = await audit(r.dir);
    assert.deepEqual(a.missing, [
      { pattern: '__pycache__/', dirs: ['.', 'pkg'], foundOnlyIn: ['.git/info/exclude'] },
      { pattern: '*.py[cod]', dirs: ['.', 'pkg'], foundOnlyIn: ['.git/info/exclude'] },
      { pattern: '*$py.class', dirs: ['.', 'pkg'], foundOnlyIn: [`core.excludesFile (${global})`] },
    ]);
  });

  test('a global excludes file that is also the top .gitignore (a home-directory repository) counts as in-tree', async () => {
    const r = repo({ ...PY, '.gitignore': TEMPLATE });
    r.commit();
    r.git('config', 'core.excludesFile', join(r.dir, '.gitignore'));
    assert.deepEqual((await audit(r.dir)).missing, []);
  });

  test('the default global excludes file (core.excludesFile unset) does not count either', async () => {
    const r = repo(PY);
    r.commit();
    r.write('.gitignore', '__pycache__/\n*.py[cod]\n');
    const fallback = join(xdg, 'git', 'ignore');
    mkdirSync(join(xdg, 'git'), { recursive: true });
    writeFileSync(fallback, '*$py.class\n');
    const a = await audit(r.dir).finally(() => rmSync(fallback, { force: true }));
    assert.deepEqual(a.missing, [
      { pattern: '*$py.class', dirs: ['.', 'pkg'], foundOnlyIn: [`core.excludesFile (${fallback})`] },
    ]);
  });

  test('tracked bytecode the rules now ignore was committed before the rule existed; info/exclude does not count', async () => {
    const r = repo({
      ...PY,
      'pkg/__pycache__/mod.cpython-311.pyc': fakePyc(),
      'old.pyo': fakePyc(),
      'build/notes.txt': '',
    });
    r.commit();
    r.write('.gitignore', '__pycache__/\n*.pyc\nbuild/\n');
    writeFileSync(join(r.dir, '.git/info/exclude'), '*.pyo\n');
    const a = await audit(r.dir);
    assert.deepEqual(a.committedIgnored, new Set(['pkg/__pycache__/mod.cpython-311.pyc']));
  });

  test('rules above the project root count, and their negations are named by repository path', async () => {
    const r = repo({ '.gitignore': `${TEMPLATE}!app/keep.pyc\n`, 'app/mod.py': '', 'app/keep.pyc': fakePyc() });
    r.commit();
    const a = await audit(join(r.dir, 'app'));
    assert.deepEqual(a.missing, []);
    assert.deepEqual(a.negations, [
      { file: '.gitignore', line: 4, pattern: '!app/keep.pyc', paths: ['keep.pyc'], examples: [] },
    ]);
  });
});

describe('applyFix', () => {
  test('a CRLF .gitignore without a final newline is extended in place, byte for byte', async () => {
    const r = repo({ ...PY, '.gitignore': 'node_modules/\r\n*.pyc' });
    r.commit();
    const a = await audit(r.dir);
    const result = await applyFix(r.dir, a, []);
    assert.deepEqual(result, {
      gitignore: { path: '.gitignore', created: false, added: ['*.pyo', '*$py.class'] },
      untracked: [],
    });
    assert.deepEqual(
      readFileSync(join(r.dir, '.gitignore')),
      Buffer.from(`node_modules/\r\n*.pyc\r\n${COMMENT}\r\n*.pyo\r\n*$py.class\r\n`, 'latin1'),
    );
    assert.deepEqual((await audit(r.dir)).missing, []);
  });

  test('a second run changes nothing', async () => {
    const r = repo({ ...PY, 'pkg/__pycache__/mod.cpython-311.pyc': fakePyc(), 'old.pyc': fakePyc() });
    const head = r.commit();
    const bytecode = ['old.pyc', 'pkg/__pycache__/mod.cpython-311.pyc'];

    const first = await applyFix(r.dir, await audit(r.dir), bytecode);
    assert.deepEqual(first, {
      gitignore: { path: '.gitignore', created: true, added: ['__pycache__/', '*.py[cod]', '*$py.class'] },
      untracked: bytecode,
    });
    const written = readFileSync(join(r.dir, '.gitignore'));
    assert.equal(written.toString('utf8'), `${COMMENT}\n__pycache__/\n*.py[cod]\n*$py.class\n`);
    assert.ok(existsSync(join(r.dir, 'old.pyc')), 'untracking keeps the file on disk');
    assert.deepEqual(r.git('ls-files', '-z', '--', '*.pyc').split('\0').filter(Boolean), []);
    assert.equal(r.head(), head, 'never commits');

    const again = await audit(r.dir);
    assert.deepEqual(again.missing, []);
    const status = r.git('status', '--porcelain');
    assert.deepEqual(await applyFix(r.dir, again, bytecode), { gitignore: null, untracked: [] });
    assert.deepEqual(readFileSync(join(r.dir, '.gitignore')), written);
    assert.equal(r.git('status', '--porcelain'), status);
  });

  test('a project in a subdirectory: paths relative to it, and the fix writes only inside it', async () => {
    const r = repo({
      '.gitignore': 'node_modules/\n',
      'README.md': '',
      'tool.py': '',
      'app/setup.py': '',
      'app/pkg/mod.py': '',
      'app/pkg/__pycache__/mod.cpython-311.pyc': fakePyc(),
    });
    r.commit();
    const root = join(r.dir, 'app');
    const a = await audit(root);
    assert.equal(a.prefix, 'app/');
    assert.deepEqual(a.missing, ALL_MISSING);
    assert.equal(a.annotationTarget, '.gitignore', 'the project has no .gitignore: point at the top one');

    const result = await applyFix(root, a, ['pkg/__pycache__/mod.cpython-311.pyc']);
    assert.deepEqual(result, {
      gitignore: { path: 'app/.gitignore', created: true, added: ['__pycache__/', '*.py[cod]', '*$py.class'] },
      untracked: ['pkg/__pycache__/mod.cpython-311.pyc'],
    });
    assert.equal(readFileSync(join(r.dir, '.gitignore'), 'utf8'), 'node_modules/\n', 'the top .gitignore is untouched');
    assert.deepEqual(r.git('status', '--porcelain', '-z').split('\0').filter(Boolean).sort(), [
      '?? app/.gitignore',
      'D  app/pkg/__pycache__/mod.cpython-311.pyc',
    ]);

    const after = await audit(root);
    assert.deepEqual(after.missing, []);
    assert.equal(after.annotationTarget, 'app/.gitignore');
  });

  test('refuses to write through a symlinked .gitignore', async () => {
    const r = repo(PY);
    r.commit();
    const outside = join(tempDir('pycache-outside-'), 'ignore');
    cleanups.push(() => rmSync(join(outside, '..'), { recursive: true, force: true }));
    writeFileSync(outside, 'x\n');
    symlinkSync(outside, join(r.dir, '.gitignore'));
    await assert.rejects(applyFix(r.dir, await audit(r.dir), []), /symbolic link/);
    assert.equal(readFileSync(outside, 'utf8'), 'x\n');
  });

  test('untracks only bytecode that is in the index', async () => {
    const r = repo({ ...PY, '.gitignore': TEMPLATE });
    r.commit();
    const result = await applyFix(r.dir, await audit(r.dir), ['pkg/mod.py', 'gone.pyc', '../x.pyc']);
    assert.deepEqual(result, { gitignore: null, untracked: [] });
    assert.equal(r.git('ls-files', 'pkg/mod.py').trim(), 'pkg/mod.py');
  });
});
