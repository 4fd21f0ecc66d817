// The SARIF file is written inside the workspace, and never through a link the pull request
// committed: a file symlink or a directory symlink pointing outside must leave the outside
// file as it was, and the step says why in one sentence.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../../scripts/runner.ts';
import { Repo, fakePyc, gitEnv, tempDir } from '../helpers/repo.ts';

const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

const isolatedHome = tempDir('pycache-home-');

function repo(): Repo {
  const r = new Repo();
  cleanups.push(() => r.remove());
  return r;
}

function run(r: Repo, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    workspace: r.dir,
    inputs: { 'fail-on': 'never', 'ignore-rules': 'warning', ...inputs },
    env: {
      GIT_CONFIG_GLOBAL: gitEnv.GIT_CONFIG_GLOBAL,
      GIT_CONFIG_NOSYSTEM: '1',
      XDG_CONFIG_HOME: isolatedHome,
      HOME: isolatedHome,
    },
  });
}

describe('sarif: never written through a committed link', () => {
  const outside = tempDir('pycache-outside-');
  cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
  const victim = join(outside, 'victim.txt');
  mkdirSync(join(outside, 'dir'), { recursive: true });
  const original = 'do not overwrite\n';

  function fresh(): Repo {
    writeFileSync(victim, original);
    writeFileSync(join(outside, 'dir', 'pycache.sarif'), original);
    const r = repo().write('pkg/mod.py').write('pkg/__pycache__/mod.cpython-311.pyc', fakePyc());
    symlinkSync(victim, join(r.dir, 'report.sarif'));
    symlinkSync(join(outside, 'dir'), join(r.dir, 'reports'));
    r.commit('links');
    assert.match(r.git('ls-files', '-s', 'report.sarif', 'reports'), /^120000 /m, 'both committed as links');
    return r;
  }

  test('a committed file symlink', async () => {
    const r = fresh();
    const result = await run(r, { sarif: 'report.sarif' });
    assert.equal(result.code, 1, result.stdout);
    assert.match(
      result.stdout,
      /^::error::Input 'sarif' is "report\.sarif", which is a symbolic link in the workspace, and the SARIF file is never written through one; choose another path\.$/m,
    );
    assert.equal(readFileSync(victim, 'utf8'), original);
  });

  test('a committed directory symlink, and a path that goes on below it', async () => {
    const r = fresh();
    for (const sarif of ['reports/pycache.sarif', 'reports/new/pycache.sarif']) {
      const result = await run(r, { sarif });
      assert.equal(result.code, 1, result.stdout);
      assert.match(
        result.stdout,
        /^::error::Input 'sarif' is "reports\/[a-z/.]+", but reports in the workspace is a symbolic link, and the SARIF file is never written through one; choose a path without links\.$/m,
      );
      assert.equal(readFileSync(join(outside, 'dir', 'pycache.sarif'), 'utf8'), original);
    }
  });

  test('a plain path still works, creating its directories', async () => {
    const r = fresh();
    const result = await run(r, { sarif: 'out/deep/pycache.sarif' });
    assert.equal(result.code, 0, result.stdout);
    const log = JSON.parse(readFileSync(join(r.dir, 'out/deep/pycache.sarif'), 'utf8')) as { version: string };
    assert.equal(log.version, '2.1.0');
  });
});
