// The hook through the real pre-commit (Debian's package) on a real repository: pre-commit
// clones this repository at a commit, installs it with npm (all of package.json's
// dependencies, from the npm registry or its cache: a minute or more), and runs the hook from
// `git commit`. Slow (npm installs the hook repository), so it is in test/slow/; it needs a built dist/hook and Debian's pre-commit.
//
// language_version: system, because pre-commit takes a node under the home directory (as this
// machine's Node 24 is) for a user's own install and would have nodeenv download one instead.
//
// pre-commit installs from a commit, and dist/ is committed only at release: the test clones
// this repository into a temp folder and commits the freshly built dist/hook there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakePyc, gitEnv, Repo, tempDir } from '../helpers/repo.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HOOK_BUNDLE = join(ROOT, 'dist', 'hook', 'index.js');

function readLog(home: string): string {
  const log = join(home, 'pre-commit.log');
  return existsSync(log) ? readFileSync(log, 'utf8').slice(-4000) : '';
}

function skipReason(): string | false {
  if (!existsSync(HOOK_BUNDLE)) return 'dist/hook/index.js is not built (npm run build)';
  if (spawnSync('pre-commit', ['--version']).status !== 0) return 'pre-commit is not installed';
  return false;
}

test(
  'pre-commit blocks a commit that adds bytecode, and lets it through once the printed command ran',
  { skip: skipReason(), timeout: 15 * 60_000 },
  () => {
    const work = tempDir('pycache-pre-commit-');
    const env = { ...gitEnv, PRE_COMMIT_HOME: join(work, 'home'), NO_COLOR: '1' };
    try {
      const hookRepo = join(work, 'hook-repo');
      execFileSync('git', ['clone', '-q', ROOT, hookRepo], { env });
      cpSync(join(ROOT, 'dist', 'hook'), join(hookRepo, 'dist', 'hook'), { recursive: true });
      cpSync(join(ROOT, '.pre-commit-hooks.yaml'), join(hookRepo, '.pre-commit-hooks.yaml'));
      execFileSync('git', ['add', '-f', 'dist/hook', '.pre-commit-hooks.yaml'], { cwd: hookRepo, env });
      execFileSync('git', ['commit', '-q', '--allow-empty', '-m', 'hook bundle'], { cwd: hookRepo, env });
      const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: hookRepo, env, encoding: 'utf8' }).trim();

      const user = new Repo(join(work, 'user'));
      user.write(
        '.pre-commit-config.yaml',
        `repos:\n- repo: ${hookRepo}\n  rev: ${rev}\n  hooks:\n  - id: pycache\n    language_version: system\n    args: [--allow, 'tests/fixtures/**']\n`,
      );
      execFileSync('pre-commit', ['install'], { cwd: user.dir, env, stdio: 'ignore' });
      const install = spawnSync('pre-commit', ['install-hooks'], { cwd: user.dir, env, encoding: 'utf8' });
      assert.equal(install.status, 0, `${install.stdout}${install.stderr}${readLog(env.PRE_COMMIT_HOME)}`);

      user
        .write('pkg/mod.py', 'x = 1\n')
        .write('pkg/__pycache__/mod.cpython-311.pyc', fakePyc())
        .write('tests/fixtures/f.pyc', fakePyc());
      user.git('add', '-A');
      const blocked = spawnSync('git', ['commit', '-m', 'adds bytecode'], { cwd: user.dir, env, encoding: 'utf8' });
      assert.equal(blocked.status, 1, blocked.stdout + blocked.stderr);
      const out = blocked.stdout + blocked.stderr;
      assert.match(out, /no committed Python bytecode\.+Failed/);
      assert.match(out, /^error {4}pkg\/__pycache__\/mod\.cpython-311\.pyc {2}CPython 3\.11, checked-hash$/m);
      assert.match(out, /^notice {3}tests\/fixtures\/f\.pyc .*allowed by tests\/fixtures\/\*\*$/m);
      assert.equal(
        spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: user.dir, env }).status,
        1,
        'nothing was committed',
      );

      const command = /^ {2}(git .*)$/m.exec(out)?.[1];
      assert.ok(command, out);
      execFileSync('sh', ['-c', command], { cwd: user.dir, env });
      const passed = spawnSync('git', ['commit', '-m', 'no bytecode'], { cwd: user.dir, env, encoding: 'utf8' });
      assert.equal(passed.status, 0, passed.stdout + passed.stderr);
      assert.match(passed.stdout + passed.stderr, /no committed Python bytecode\.+Passed/);
      assert.deepEqual(user.git('ls-files').trim().split('\n'), [
        '.pre-commit-config.yaml',
        'pkg/mod.py',
        'tests/fixtures/f.pyc',
      ]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
);
