// The pre-commit hook on real repositories: in-process (runHook), the bundled bin as
// .pre-commit-hooks.yaml has pre-commit invoke it, and the command it prints run for real.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { runHook } from '../../src/hook/run.ts';
import { parseHookArgs, UsageError } from '../../src/hook/options.ts';
import { fakePyc, gitEnv, Repo } from '../helpers/repo.ts';

const HOOK_BUNDLE = fileURLToPath(new URL('../../dist/hook/index.js', import.meta.url));
const HOOKS_YAML = fileURLToPath(new URL('../../.pre-commit-hooks.yaml', import.meta.url));

async function hook(repo: Repo, args: string[]): Promise<{ code: number; text: string }> {
  let text = '';
  const code = await runHook(args, { cwd: repo.dir, write: (t) => (text += t) });
  return { code, text };
}

function staged(repo: Repo): string[] {
  return repo.git('diff', '--cached', '--name-only', '-z').split('\0').filter(Boolean).sort();
}

/** A repository with one commit and a staged change that adds bytecode. */
function repoWithStagedBytecode(): Repo {
  const repo = new Repo();
  repo.write('pkg/__init__.py', '').write('pkg/mod.py', 'x = 1\n').write('.gitignore', 'build/\n');
  repo.commit('base');
  repo
    .write('pkg/__pycache__/mod.cpython-311.pyc', fakePyc())
    .write('pkg/__pycache__/__init__.cpython-311.pyc', fakePyc())
    .write('pkg/mod.pyc', fakePyc())
    .write('pkg/gone.pyc', fakePyc());
  repo.write('tests/fixtures/old.pyc', fakePyc(62211, 0)).write('pkg/new.py', 'y = 2\n');
  // gone.py is on disk but never staged: the commit has gone.pyc without its source.
  repo.write('pkg/gone.py', 'z = 3\n');
  repo.git('add', '--', 'pkg/__pycache__', 'pkg/mod.pyc', 'pkg/gone.pyc', 'tests', 'pkg/new.py');
  return repo;
}

test('a commit that adds bytecode fails, with headers, sourceless pycs and the allow globs', async () => {
  const repo = repoWithStagedBytecode();
  try {
    const { code, text } = await hook(repo, ['--allow', 'tests/fixtures/**', ...staged(repo)]);
    assert.equal(code, 1);
    assert.equal(
      text,
      [
        '5 bytecode files in this commit; 4 fail the check.',
        'error    pkg/__pycache__/__init__.cpython-311.pyc  CPython 3.11, checked-hash',
        'error    pkg/__pycache__/mod.cpython-311.pyc  CPython 3.11, checked-hash',
        'error    pkg/gone.pyc  CPython 3.11, checked-hash; sourceless: Python imports it in place of the missing source',
        'error    pkg/mod.pyc  CPython 3.11, checked-hash',
        'notice   tests/fixtures/old.pyc  CPython 2.7, timestamp; sourceless: Python imports it in place of the missing source; allowed by tests/fixtures/**',
        '',
        'Unstage them (the files stay on disk):',
        '  git --literal-pathspecs rm -r --cached --quiet -- pkg/__pycache__/__init__.cpython-311.pyc pkg/__pycache__/mod.cpython-311.pyc pkg/gone.pyc pkg/mod.pyc',
        '',
        'FAIL',
        '',
      ].join('\n'),
    );
  } finally {
    repo.remove();
  }
});

test('the printed command unstages exactly the failing files and leaves them on disk; the hook then passes', async () => {
  const repo = repoWithStagedBytecode();
  try {
    const { text } = await hook(repo, ['--allow', 'tests/fixtures/**', ...staged(repo)]);
    const command = /^ {2}(git .*)$/m.exec(text)?.[1];
    assert.ok(command);
    execFileSync('sh', ['-c', command], { cwd: repo.dir, env: gitEnv });
    assert.deepEqual(staged(repo), ['pkg/new.py', 'tests/fixtures/old.pyc']);
    assert.ok(existsSync(`${repo.dir}/pkg/__pycache__/mod.cpython-311.pyc`));
    const again = await hook(repo, ['--allow', 'tests/fixtures/**', ...staged(repo)]);
    assert.equal(again.code, 0);
    assert.match(again.text, /^PASS$/m);
  } finally {
    repo.remove();
  }
});

test('past 20 files the command reads the names from a here-document, and still unstages exactly them', async () => {
  const repo = new Repo();
  try {
    repo.write('keep.py', '').commit('base');
    const names = Array.from({ length: 201 }, (_, i) => `pkg${i % 3}/__pycache__/m ${i}.cpython-311.pyc`);
    for (const n of names) repo.write(n, fakePyc());
    repo.write('pkg0/new.py', '');
    repo.git('add', '-A');
    const { code, text } = await hook(repo, names);
    assert.equal(code, 1);
    assert.match(text, /^201 bytecode files in this commit; 201 fail the check\.$/m);
    assert.match(text, /^… and 151 more files$/m);
    const command = /^(git .*--pathspec-from-file=- <<'PYCACHE_ACTION_PATHS'\n[^]*?\nPYCACHE_ACTION_PATHS)$/m.exec(
      text,
    )?.[1];
    assert.ok(command !== undefined, text);
    execFileSync('sh', ['-c', command], { cwd: repo.dir, env: gitEnv });
    assert.deepEqual(staged(repo), ['pkg0/new.py']);
  } finally {
    repo.remove();
  }
});

test('a commit without bytecode passes silently; the audit, when asked, judges the rules git applies', async () => {
  const repo = new Repo();
  try {
    repo.write('a.py', '').write('.gitignore', 'build/\n');
    repo.git('add', '-A');
    assert.deepEqual(await hook(repo, ['a.py', '.gitignore']), { code: 0, text: '' });

    const warned = await hook(repo, ['--ignore-rules', 'a.py']);
    assert.equal(warned.code, 0, 'warning level reports only');
    assert.match(
      warned.text,
      /^warning {2}\.gitignore {2}Missing ignore rule: __pycache__\/: .* Add the line __pycache__\/ to \.gitignore\.$/m,
    );
    assert.match(warned.text, /^PASS$/m);
    const failed = await hook(repo, ['--ignore-rules=error']);
    assert.equal(failed.code, 1);
    assert.match(failed.text, /^error {4}\.gitignore {2}Missing ignore rule/m);

    repo.write('.gitignore', 'build/\n__pycache__/\n*.py[cod]\n*$py.class\n');
    const fixed = await hook(repo, ['--ignore-rules=error']);
    assert.deepEqual(fixed, { code: 0, text: "The repository's ignore rules keep bytecode out of git.\n\nPASS\n" });
  } finally {
    repo.remove();
  }
});

test('names with control characters and bidi overrides are shown escaped, never raw', async () => {
  const repo = new Repo();
  try {
    const names = ['pkg/\u001b[31mred.pyc', 'pkg/a\u202eb.pyc', 'pkg/line\nbreak.pyc'];
    for (const n of names) repo.write(n, fakePyc());
    repo.git('add', '-A');
    const { code, text } = await hook(repo, names);
    assert.equal(code, 1);
    assert.doesNotMatch(text, /[\u001b\u202e]/);
    assert.match(text, /pkg\/\\u001b\[31mred\.pyc/);
    assert.match(text, /pkg\/a\\u202eb\.pyc/);
    assert.match(text, /"pkg\/line\\nbreak\.pyc"/);
    assert.match(text, /rm -r --cached --quiet -- .*\$'pkg\/line\\x0abreak\.pyc'/);
  } finally {
    repo.remove();
  }
});

test('arguments: --allow, --ignore-rules levels, file names that start with a dash, usage errors', async () => {
  assert.deepEqual(parseHookArgs(['--allow', 'a/**', '--allow=b.pyc', '--ignore-rules=error', '-x.pyc', 'y.pyc']), {
    allow: ['a/**', 'b.pyc'],
    ignoreRules: 'error',
    files: ['-x.pyc', 'y.pyc'],
    help: false,
  });
  assert.deepEqual(parseHookArgs(['--', '--allow']).files, ['--allow']);
  assert.throws(() => parseHookArgs(['--alow', 'x']), UsageError);
  assert.throws(() => parseHookArgs(['--ignore-rules=loud']), UsageError);
  const repo = new Repo();
  try {
    const { code, text } = await hook(repo, ['--allow']);
    assert.equal(code, 2);
    assert.match(text, /^pycache-hook: --allow needs a glob\n\nUsage: pycache-hook/);
  } finally {
    repo.remove();
  }
});

// pre-commit runs `entry args… files…` in the repository top, passing only the staged files
// that `files` matches. This runs the bundle the same way, with the definition from the yaml.
test(
  'the bundled hook as .pre-commit-hooks.yaml defines it',
  { skip: existsSync(HOOK_BUNDLE) ? false : 'dist/hook/index.js is not built (npm run build)' },
  () => {
    const hooks = parse(readFileSync(HOOKS_YAML, 'utf8')) as {
      id: string;
      entry: string;
      language: string;
      files: string;
    }[];
    const def = hooks.find((h) => h.id === 'pycache');
    assert.ok(def);
    assert.equal(def.language, 'node');
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
      bin: Record<string, string>;
    };
    assert.equal(pkg.bin[def.entry], 'dist/hook/index.js');
    assert.match(readFileSync(HOOK_BUNDLE, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    const files = new RegExp(def.files);
    const repo = repoWithStagedBytecode();
    try {
      const passed = staged(repo).filter((f) => files.test(f));
      assert.deepEqual(passed, [
        'pkg/__pycache__/__init__.cpython-311.pyc',
        'pkg/__pycache__/mod.cpython-311.pyc',
        'pkg/gone.pyc',
        'pkg/mod.pyc',
        'tests/fixtures/old.pyc',
      ]);
      const run = spawnSync(process.execPath, [HOOK_BUNDLE, '--allow', 'tests/fixtures', ...passed], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: { ...gitEnv, NO_COLOR: '1' },
      });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /^5 bytecode files in this commit; 4 fail the check\.$/m);
      assert.match(run.stdout, /^FAIL$/m);
    } finally {
      repo.remove();
    }
  },
);
