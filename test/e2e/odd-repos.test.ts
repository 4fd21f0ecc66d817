// The bundled dist/index.js on repositories that are unusual in shape (submodules, sparse
// checkouts, linked worktrees, symlinks, LFS pointers, paths near the kernel's limits), on
// hostile names, and on a git that is too old (issue #6). Every run gets a HOME and TMPDIR of
// its own that must stay empty: the action may write only to the workspace and RUNNER_TEMP.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, type ActionRun, type RunOptions } from '../../scripts/runner.ts';
import { Repo, fakePyc, gitEnv, tempDir } from '../helpers/repo.ts';
import { GIT_NEEDS, gitTooOld, parseGitVersion } from '../../src/git.ts';
import { bySubmodule, submoduleNotes } from '../../src/check/submodule.ts';

const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

function dir(prefix: string): string {
  const d = tempDir(prefix);
  cleanups.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

function repo(): Repo {
  const r = new Repo();
  cleanups.push(() => r.remove());
  return r;
}

const RULES = '__pycache__/\n*.py[cod]\n*$py.class\n';

/** Commits everything, ignored files too: these repositories commit bytecode despite their rules. */
function commitAll(r: Repo, message: string): string {
  r.git('add', '-A', '-f', '--', '.');
  r.git('commit', '-q', '-m', message);
  return r.head();
}

/** Everything below `root` (relative names), for before/after comparisons. */
function listTree(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[]).sort();
}

/**
 * Runs the bundled action with its own empty HOME and TMPDIR, checks they stay empty and the
 * work tree's status is unchanged, and fails fast on a hang.
 */
async function run(
  workspace: string,
  inputs: Record<string, string> = {},
  extra: Partial<RunOptions> = {},
): Promise<ActionRun> {
  const home = dir('pycache-home-');
  const tmp = dir('pycache-tmp-');
  const status = (): string =>
    execFileSync('git', ['status', '--porcelain=v1', '-z', '--ignored', '--untracked-files=all'], {
      cwd: workspace,
      env: gitEnv,
      encoding: 'utf8',
    });
  const before = status();
  const result = await runAction({
    workspace,
    inputs,
    timeoutMs: 60_000,
    ...extra,
    env: {
      GIT_CONFIG_GLOBAL: gitEnv.GIT_CONFIG_GLOBAL,
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: home,
      TMPDIR: tmp,
      XDG_CONFIG_HOME: undefined,
      ...extra.env,
    },
  });
  assert.deepEqual(listTree(home), [], 'nothing written to HOME');
  assert.deepEqual(listTree(tmp), [], 'nothing written to TMPDIR');
  assert.equal(status(), before, 'the work tree and index are unchanged');
  return result;
}

function outputList(result: ActionRun, name: string): string[] {
  const value = result.outputs[name];
  assert.ok(value !== undefined, `no output ${name}:\n${result.stdout}`);
  return (JSON.parse(value) as string[]).sort();
}

/** The step-summary table row of a repository-relative path, as its cells' inner HTML. */
function summaryRow(result: ActionRun, htmlName: string): string[] {
  const row = result.summary.split('<tr>').find((r) => r.startsWith(`<td><code>${htmlName}</code></td>`));
  assert.ok(row !== undefined, `no summary row for ${htmlName}:\n${result.summary}`);
  return [...row.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1] ?? '');
}

function oneError(result: ActionRun): string {
  const errors = result.annotations.filter((a) => a.level === 'error');
  assert.equal(errors.length, 1, result.stdout);
  return (errors[0] as { message: string }).message;
}

describe('odd repositories', () => {
  test('submodules: bytecode inside them is found, read and blamed per submodule', async () => {
    // vendor/b is on the base branch with old.pyc; the pull request moves it to a commit that
    // adds new.pyc, and adds lib/sub, whose bytecode is therefore all new.
    const b = repo().write('old.pyc', fakePyc()).write('old.py');
    commitAll(b, 'b1');
    const sub = repo().write('p/m.py').write('p/__pycache__/m.cpython-311.pyc', fakePyc());
    commitAll(sub, 'sub');
    const top = repo().write('.gitignore', RULES).write('app.py');
    top.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', b.dir, 'vendor/b');
    const base = commitAll(top, 'base');
    top.git('checkout', '-q', '-b', 'feature');
    top.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'lib/sub');
    const vb = new Repo(join(top.dir, 'vendor/b'), false);
    vb.write('new.pyc', fakePyc(3531)).write('new.py').commit('b2');
    const head = commitAll(top, 'feature');
    const event = { pull_request: { number: 4, base: { sha: base }, head: { sha: head } } };

    const result = await run(top.dir, {}, { eventName: 'pull_request', event });
    assert.equal(result.code, 1, result.stdout);
    assert.deepEqual(outputList(result, 'bytecode-files'), [
      'lib/sub/p/__pycache__/m.cpython-311.pyc',
      'vendor/b/new.pyc',
      'vendor/b/old.pyc',
    ]);
    assert.deepEqual(outputList(result, 'added-bytecode-files'), [
      'lib/sub/p/__pycache__/m.cpython-311.pyc',
      'vendor/b/new.pyc',
    ]);
    assert.match(result.summary, /The check includes the submodules lib\/sub and vendor\/b:/);
    assert.equal(summaryRow(result, 'lib/sub/p/__pycache__/m.cpython-311.pyc')[1], 'CPython 3.11');
    assert.equal(summaryRow(result, 'vendor/b/new.pyc')[1], 'CPython 3.12');
    const errors = result.annotations
      .filter((a) => a.level === 'error' && a.properties.file !== undefined)
      .map((a) => a.properties.file)
      .sort();
    assert.deepEqual(errors, ['lib/sub/p/__pycache__/m.cpython-311.pyc', 'vendor/b/new.pyc']);
    assert.ok(
      result.annotations.some((a) => a.level === 'warning' && a.properties.file === 'vendor/b/old.pyc'),
      result.stdout,
    );
    assert.ok(
      !result.annotations.some((a) => /ignore rule/i.test(a.properties.title ?? '')),
      'the superproject rules cover it; submodules are their own repositories',
    );

    // A project path inside a submodule's parent directory sees the submodule relative to it.
    const nested = await run(top.dir, { path: 'lib', 'fail-on': 'any', 'ignore-rules': 'off' });
    assert.deepEqual(outputList(nested, 'bytecode-files'), ['sub/p/__pycache__/m.cpython-311.pyc']);
    assert.equal(
      nested.annotations.find((a) => a.level === 'error' && a.properties.file)?.properties.file,
      'lib/sub/p/__pycache__/m.cpython-311.pyc',
    );
  });

  test('submodules that are not checked out are named, not guessed at', async () => {
    const b = repo().write('old.pyc', fakePyc());
    commitAll(b, 'b');
    const top = repo().write('.gitignore', RULES).write('app.py');
    top.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', b.dir, 'vendor/b');
    commitAll(top, 'base');
    top.git('submodule', 'deinit', '-q', '-f', 'vendor/b');
    const result = await run(top.dir, { 'fail-on': 'any' });
    assert.equal(result.code, 0, result.stdout);
    assert.deepEqual(outputList(result, 'bytecode-files'), []);
    assert.match(result.summary, /The submodule vendor\/b is not checked out/);
  });

  for (const mode of ['cone', 'no-cone', 'sparse-index'] as const) {
    test(`sparse checkout (${mode}): bytecode outside the checkout is still reported from the index`, async () => {
      const r = repo()
        .write('.gitignore', RULES)
        .write('keep/k.py')
        .write('keep/__pycache__/k.cpython-311.pyc', fakePyc())
        .write('out/m.py')
        .write('out/__pycache__/m.cpython-311.pyc', fakePyc());
      commitAll(r, 'x');
      if (mode === 'cone') r.git('sparse-checkout', 'set', '--cone', 'keep');
      else if (mode === 'no-cone') r.git('sparse-checkout', 'set', '--no-cone', '/keep/', '/.gitignore');
      else r.git('sparse-checkout', 'set', '--cone', '--sparse-index', 'keep');
      assert.equal(readdirSync(r.dir).includes('out'), false);
      const result = await run(r.dir, { 'fail-on': 'any' });
      assert.equal(result.code, 1, result.stdout);
      assert.deepEqual(outputList(result, 'bytecode-files'), [
        'keep/__pycache__/k.cpython-311.pyc',
        'out/__pycache__/m.cpython-311.pyc',
      ]);
      assert.equal(summaryRow(result, 'keep/__pycache__/k.cpython-311.pyc')[1], 'CPython 3.11');
      assert.match(summaryRow(result, 'out/__pycache__/m.cpython-311.pyc')[5] ?? '', /not in the working tree/);
    });
  }

  test('a linked worktree is checked like any clone', async () => {
    const r = repo().write('a.py').write('old.pyc', fakePyc());
    const before = commitAll(r, 'base');
    const wt = join(dir('pycache-wt-'), 'wt');
    r.git('worktree', 'add', '-q', '-b', 'feature', wt);
    const w = new Repo(wt, false);
    const after = w
      .write('proj/pkg/__pycache__/n.cpython-311.pyc', fakePyc())
      .write('proj/pkg/n.py')
      .commit('adds bytecode');
    const result = await run(wt, {}, { eventName: 'push', event: { before, after } });
    assert.equal(result.code, 1, result.stdout);
    assert.deepEqual(outputList(result, 'added-bytecode-files'), ['proj/pkg/__pycache__/n.cpython-311.pyc']);
    assert.ok(
      result.annotations.some((a) => a.level === 'error' && /Missing ignore rule/.test(a.properties.title ?? '')),
      result.stdout,
    );
    const sub = await run(wt, { path: 'proj' }, { eventName: 'push', event: { before, after } });
    assert.deepEqual(outputList(sub, 'added-bytecode-files'), ['pkg/__pycache__/n.cpython-311.pyc']);
    assert.equal(
      sub.annotations.find((a) => a.level === 'error' && a.properties.file?.endsWith('.pyc'))?.properties.file,
      'proj/pkg/__pycache__/n.cpython-311.pyc',
    );
  });

  test('symlinks are reported as links and never followed, in or out of the repository', async () => {
    const outside = dir('pycache-outside-');
    writeFileSync(join(outside, 'target.pyc'), fakePyc(3531));
    mkdirSync(join(outside, 'cache'));
    writeFileSync(join(outside, 'cache', 'm.cpython-312.pyc'), fakePyc(3531));
    // Opening a FIFO for reading blocks until a writer comes: following this link would hang.
    execFileSync('mkfifo', [join(outside, 'fifo')]);
    const outsideBefore = listTree(outside);

    const r = repo()
      .write('.gitignore', RULES)
      .write('pkg/m.py')
      .write('mod/m.py')
      .write('mod/__pycache__/m.cpython-311.pyc', fakePyc());
    const links: [string, string][] = [
      ['x.pyc', join(outside, 'target.pyc')],
      ['hostname.pyc', '/etc/hostname'],
      ['d.pyc', join(outside, 'cache')],
      ['dangling.pyc', join(outside, 'nothing-here')],
      ['loop/a.pyc', 'b.pyc'],
      ['loop/b.pyc', 'a.pyc'],
      ['fifo.pyc', join(outside, 'fifo')],
      ['pkg/__pycache__', join(outside, 'cache')],
    ];
    for (const [path, target] of links) {
      mkdirSync(join(r.dir, path, '..'), { recursive: true });
      symlinkSync(target, join(r.dir, path));
    }
    commitAll(r, 'links');
    // A tracked pyc whose directory an earlier step replaced with a link to outside the tree.
    rmSync(join(r.dir, 'mod/__pycache__'), { recursive: true });
    writeFileSync(join(outside, 'cache', 'm.cpython-311.pyc'), fakePyc(3531));
    symlinkSync(join(outside, 'cache'), join(r.dir, 'mod/__pycache__'));
    const outsideAfterSetup = listTree(outside);

    const result = await run(r.dir, { 'fail-on': 'any' });
    assert.equal(result.code, 1, result.stdout);
    const linked = ['d.pyc', 'dangling.pyc', 'fifo.pyc', 'hostname.pyc', 'loop/a.pyc', 'loop/b.pyc', 'x.pyc'];
    assert.deepEqual(
      outputList(result, 'bytecode-files'),
      [...linked, 'mod/__pycache__/m.cpython-311.pyc'].sort(),
      'a tracked __pycache__ link is a link, not bytecode',
    );
    for (const path of linked) {
      const cells = summaryRow(result, path);
      assert.equal(cells[1], '—', `${path}: no header is read through a link`);
      assert.match(cells[5] ?? '', /a symbolic link/, path);
    }
    const behind = summaryRow(result, 'mod/__pycache__/m.cpython-311.pyc');
    assert.equal(behind[1], '—', 'not read through a linked directory');
    assert.match(behind[5] ?? '', /symbolic link/);
    assert.ok(!result.summary.includes('CPython 3.12'), 'nothing outside the repository was read');
    assert.deepEqual(listTree(outside), outsideAfterSetup, 'nothing written outside');
    assert.deepEqual(
      outsideBefore.filter((p) => !outsideAfterSetup.includes(p)),
      [],
    );
  });

  test('a Git LFS pointer named .pyc is committed bytecode, described as a pointer', async () => {
    const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${'4d7a'.repeat(16)}\nsize 1234\n`;
    const r = repo()
      .write('.gitignore', RULES)
      .write('m.py')
      .write('m.pyc', pointer)
      .write('short.pyc', 'version https://git-lfs.github.com/spec/v1\n');
    commitAll(r, 'lfs');
    const result = await run(r.dir, { 'fail-on': 'any' });
    assert.equal(result.code, 1, result.stdout);
    assert.deepEqual(outputList(result, 'bytecode-files'), ['m.pyc', 'short.pyc']);
    assert.equal(summaryRow(result, 'm.pyc')[1], 'a Git LFS pointer (1234 bytes)');
    assert.equal(summaryRow(result, 'short.pyc')[1], 'a Git LFS pointer');
  });

  test('paths near the kernel limits are reported without a crash', async () => {
    const r = repo().write('.gitignore', RULES);
    const component = (c: string): string => c.repeat(255);
    // On disk: ten 255-byte directories and a 255-byte name (about 2.8 kB).
    const onDisk = `${Array.from({ length: 10 }, (_, i) => component(String.fromCharCode(97 + i))).join('/')}/${'m'.repeat(251)}.pyc`;
    r.write(onDisk, fakePyc());
    commitAll(r, 'deep');
    // Index only: about 4 kB, longer than PATH_MAX once the work tree is prefixed.
    const longest = `${Array.from({ length: 15 }, (_, i) => component(String.fromCharCode(107 + i))).join('/')}/${'n'.repeat(150)}.pyc`;
    assert.ok(longest.length > 3900 && longest.length < 4096);
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: r.dir, env: gitEnv, input: fakePyc() })
      .toString()
      .trim();
    r.git('update-index', '--add', '--cacheinfo', `100644,${blob},${longest}`);
    r.git('commit', '-q', '-m', 'too long for the disk');
    r.git('update-index', '--skip-worktree', '--', longest);
    const result = await run(r.dir, { 'fail-on': 'any' });
    assert.equal(result.code, 1, result.stdout);
    assert.deepEqual(outputList(result, 'bytecode-files'), [onDisk, longest].sort());
    assert.equal(summaryRow(result, onDisk)[1], 'CPython 3.11');
    assert.match(summaryRow(result, longest)[5] ?? '', /not in the working tree|ENAMETOOLONG/);
    const files = result.annotations
      .filter((a) => a.level === 'error' && a.properties.file)
      .map((a) => a.properties.file)
      .sort();
    assert.deepEqual(files, [onDisk, longest].sort());
  });

  test('hostile names and ignore rules cannot inject commands or markup', async () => {
    const hostile = [
      'a\nb',
      'c\rd',
      '%0A::error::pct',
      '100%25',
      '::stop-commands::tok',
      '::error::pwn',
      'comma,colon:x',
      'x</table>y',
      '<script>alert(1)</script>',
      'pipe|cell|',
      '`tick`',
      '[x](javascript:alert(1))',
      '\n::error::nl',
    ];
    const r = repo();
    // Six on the base branch (warnings), seven added by the pull request (errors): each level
    // stays within the runner's ten, so every file gets its own annotation.
    const paths = hostile.map((name, i) => `h${i}/${name}.pyc`);
    for (const p of paths.slice(0, 6)) r.write(p, fakePyc());
    r.write('.gitignore', `${RULES}!evil%0A::error::x.pyc\n!*|<script>.pyc\n`).write(
      'evil%0A::error::x.pyc',
      fakePyc(),
    );
    const base = commitAll(r, 'base');
    r.git('checkout', '-q', '-b', 'feature');
    for (const p of paths.slice(6)) r.write(p, fakePyc());
    const head = commitAll(r, 'feature');
    const event = { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } };
    const result = await run(r.dir, {}, { eventName: 'pull_request', event });
    assert.equal(result.code, 1, result.stdout);

    const all = [...paths, 'evil%0A::error::x.pyc'].sort();
    assert.deepEqual(outputList(result, 'bytecode-files'), all);
    const byFile = (level: string): string[] =>
      result.annotations
        .filter((a) => a.level === level && a.properties.file !== undefined && a.properties.file !== '.gitignore')
        .map((a) => a.properties.file as string)
        .sort();
    assert.deepEqual(byFile('error'), paths.slice(6).sort(), result.stdout);
    assert.deepEqual(byFile('warning'), [...paths.slice(0, 6), 'evil%0A::error::x.pyc'].sort(), result.stdout);
    // Line 5 matches no tracked file, but re-includes files such as `mod|<script>.pyc`.
    const negation = result.annotations.filter((a) => a.properties.file === '.gitignore');
    assert.deepEqual(
      negation.map((a) => [a.level, a.properties.line]),
      [
        ['error', '4'],
        ['error', '5'],
      ],
      result.stdout,
    );
    assert.match(
      negation[0]?.message ?? '',
      /^!evil%0A::error::x\.pyc on line 4 of \.gitignore re-includes tracked bytecode \(evil%0A::error::x\.pyc\)/,
    );
    // Nothing else: the two failure lines (no file) and no injected annotation.
    const rest = result.annotations.filter((a) => a.properties.file === undefined);
    assert.equal(rest.length, 1, result.stdout);
    assert.match(rest[0]?.message ?? '', /^7 bytecode files are added by pull request #7/);
    assert.ok(!result.annotations.some((a) => /^(pwn|pct|nl|x|injected)/.test(a.message)));
    assert.ok(!/^::(error|warning|stop-commands)::(pwn|pct|nl|tok)/m.test(result.stdout.replace(/\r/g, '\n')));

    // The summary: names only inside HTML blocks, escaped, with no blank line to end a block.
    const { summary } = result;
    assert.ok(!summary.includes('<script>'), 'no raw <script>');
    assert.equal(summary.split('</table>').length, summary.split('<table>').length, 'no </table> from a name');
    assert.ok(!/\n[ \t]*\n/.test(summary), 'no blank line inside an HTML block');
    // Every line is HTML, or inside the <pre> of the fix commands.
    const outsidePre = summary.replace(/<pre[^>]*>[\s\S]*?<\/pre>/g, '<pre></pre>');
    for (const line of outsidePre.split('\n'))
      if (line !== '') assert.match(line, /^</, `a line outside HTML: ${line}`);
    assert.ok(!summary.includes('](javascript:') || !/\[x\]\(javascript:[^)]*\)(?![^<]*<\/code>)/.test(summary));
    assert.ok(!/[\r\u2028\u2029]/.test(summary), 'no raw line breaks from names');
  });

  test('a git older than the flags need fails the step with one sentence', async () => {
    const r = repo().write('x.pyc', fakePyc());
    commitAll(r, 'x');
    const bin = dir('pycache-fakegit-');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const fake = (version: string): string => {
      const d = join(bin, version);
      mkdirSync(d);
      writeFileSync(
        join(d, 'git'),
        `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "git version ${version}"; exit 0; fi\nexec ${real} "$@"\n`,
      );
      chmodSync(join(d, 'git'), 0o755);
      return `${d}:${process.env.PATH ?? ''}`;
    };
    const old = await run(r.dir, {}, { env: { PATH: fake('2.10.0') } });
    assert.equal(old.code, 1);
    assert.match(
      oneError(old),
      /^git 2\.10\.0 is too old for this action, which needs git 2\.\d+ or later; install a newer git before this step\.$/,
    );
    // Enough for the check, not for fix: true (git rm --pathspec-from-file).
    const forFix = await run(
      r.dir,
      { fix: 'true', 'fail-on': 'never', 'ignore-rules': 'off' },
      { env: { PATH: fake('2.25.1') } },
    );
    assert.equal(forFix.code, 1, forFix.stdout);
    assert.match(oneError(forFix), /^git 2\.25\.1 is too old for fix: true, which needs git 2\.26 or later/);
    assert.deepEqual(readFileSync(join(r.dir, 'x.pyc')), fakePyc());
    const vendor = await run(
      r.dir,
      { 'fail-on': 'never', 'ignore-rules': 'off' },
      { env: { PATH: fake('2.39.3 (Apple Git-145)') } },
    );
    assert.equal(vendor.code, 0, vendor.stdout);
  });
});

describe('the pure parts behind these cases', () => {
  test('git versions: parsed from each vendor spelling, compared per feature', () => {
    assert.deepEqual(parseGitVersion('git version 2.39.5\n'), [2, 39, 5]);
    assert.deepEqual(parseGitVersion('git version 2.39.3 (Apple Git-145)'), [2, 39, 3]);
    assert.deepEqual(parseGitVersion('git version 2.45.1.windows.1'), [2, 45, 1]);
    assert.deepEqual(parseGitVersion('git version 3.0'), [3, 0, 0]);
    assert.equal(parseGitVersion('hub version 2.14.2'), null);
    assert.equal(gitTooOld('git version 2.15.0', GIT_NEEDS.action), null);
    assert.equal(gitTooOld('git version 10.0.0', GIT_NEEDS.fix), null);
    assert.equal(gitTooOld('something else', GIT_NEEDS.fix), null, 'an unrecognised answer is not blocked');
    assert.equal(
      gitTooOld('git version 2.14.6', GIT_NEEDS.action),
      'git 2.14.6 is too old for this action, which needs git 2.15 or later; install a newer git before this step.',
    );
    assert.match(
      gitTooOld('git version 2.25.1', GIT_NEEDS.fix) ?? '',
      /^git 2\.25\.1 is too old for fix: true, which needs git 2\.26 or later/,
    );
  });

  test('submodule files are grouped under the outermost gitlink; empty ones are named as not checked out', () => {
    const own = new Set(['a.py', 'vendor/b', 'vendor/b-c/x.py']);
    const all = ['a.py', 'vendor/b/x.pyc', 'vendor/b/inner/deep.pyc', 'vendor/b-c/x.py', 'lib/s/m.pyc'];
    const groups = bySubmodule(own, all, ['vendor/b', 'lib/s', 'empty']);
    assert.deepEqual(
      [...groups],
      [
        ['vendor/b', ['vendor/b/x.pyc', 'vendor/b/inner/deep.pyc']],
        ['lib/s', ['lib/s/m.pyc']],
        ['empty', []],
      ],
    );
    assert.deepEqual(submoduleNotes(groups), [
      "The check includes the submodules lib/s and vendor/b: their tracked files are listed with this repository's.",
      'The submodule empty is not checked out (or empty), so its files were not checked; set submodules: true on actions/checkout to include it.',
    ]);
    assert.deepEqual(submoduleNotes(new Map([['a\nb', ['a\nb/x.pyc']]])), [
      'The check includes the submodule "a\\nb": its tracked files are listed with this repository\'s.',
    ]);
  });
});
