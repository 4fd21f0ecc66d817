// Cache warming against a hostile checkout and a hostile cache (issue 12, findings 4, 9, 10
// and 11), end to end: the bundled main and post steps as the runner runs them, the real
// @actions/cache against the loopback service, real interpreters.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST_POST, runAction, type ActionRun } from '../../scripts/runner.ts';
import { startCacheServer, type CacheServer } from '../helpers/cache-server.ts';
import { cpython } from '../helpers/python.ts';
import { Repo, gitEnv, tempDir } from '../helpers/repo.ts';

const python = cpython('3.12');
let server: CacheServer;
const base = tempDir('pycache-hostile-');
const workspace = join(base, 'work');
const runnerTemp = join(base, 'runner-temp');
const prefix = join(runnerTemp, 'pycache');
const outside = join(base, 'outside');

before(async () => {
  server = await startCacheServer();
  mkdirSync(outside, { recursive: true });
});
after(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

/** A fresh clone of `origin` as the workspace, and an empty RUNNER_TEMP. */
function checkout(origin: Repo): void {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(runnerTemp, { recursive: true, force: true });
  mkdirSync(runnerTemp, { recursive: true });
  execFileSync('git', ['clone', '-q', origin.dir, workspace], { env: gitEnv });
}

function project(name: string, files: Record<string, string>): Repo {
  const origin = new Repo(join(base, name));
  for (const [path, text] of Object.entries(files)) origin.write(path, text);
  origin.commit('project');
  return origin;
}

async function job(
  inputs: Record<string, string>,
  options: { env?: Record<string, string | undefined>; eventName?: string } = {},
): Promise<{ main: ActionRun; post: ActionRun }> {
  const common = {
    workspace,
    runnerTemp,
    env: { ...server.env, ...options.env },
    ...(options.eventName === undefined ? {} : { eventName: options.eventName }),
  };
  const main = await runAction({
    ...common,
    inputs: { check: 'false', warm: 'true', layout: 'prefix', python, scope: 'project', ...inputs },
  });
  assert.equal(main.code, 0, main.stdout + main.stderr);
  const post = await runAction({ ...common, entry: DIST_POST, state: main.state });
  assert.equal(post.code, 0, post.stdout + post.stderr);
  return { main, post };
}

/** Every file below `dir`, relative to it. */
function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/**
 * The workflow commands the runner would run from this output: lines that parse as `::name…`
 * while no `::stop-commands::` pause is open (the runner's ActionCommandManager).
 */
function commandsRun(stdout: string): string[] {
  const run: string[] = [];
  let stop: string | null = null;
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const m = /^\s*::([^\s:]+)[^:]*::(.*)$/.exec(line);
    if (m === null) continue;
    const name = (m[1] ?? '').toLowerCase();
    if (stop !== null) {
      if (name === stop) stop = null;
      continue;
    }
    if (name === 'stop-commands') stop = (m[2] ?? '').toLowerCase();
    else run.push(line);
  }
  return run;
}

describe('a hostile checkout', () => {
  test('symbolic links are never followed and sources are read with a size bound (finding 4)', async () => {
    writeFileSync(join(outside, 'secret.py'), 'TOKEN = "hunter2-outside-secret"\n');
    const origin = project('links', { 'pkg/__init__.py': '', 'pkg/ok.py': 'X = 1\n' });
    symlinkSync('/dev/zero', join(origin.dir, 'pkg/zero.py'));
    symlinkSync(join(outside, 'secret.py'), join(origin.dir, 'pkg/secret.py'));
    origin.commit('links');
    checkout(origin);
    // An untracked link too: git lists it as a file that is not ignored.
    symlinkSync(join(outside, 'secret.py'), join(workspace, 'pkg/untracked.py'));
    const { main, post } = await job({ 'cache-suffix': 'links' });
    assert.equal(main.outputs.compiled, '2', main.stdout);
    const warning = main.annotations.find((a) => a.level === 'warning' && /not precompiled/.test(a.message));
    assert.ok(warning, main.stdout);
    for (const name of ['pkg/zero.py', 'pkg/secret.py', 'pkg/untracked.py'])
      assert.ok(warning.message.includes(`${name} (a symbolic link)`), warning.message);
    const pycs = walk(prefix);
    assert.ok(
      pycs.some((p) => p.endsWith('ok.cpython-312.pyc')),
      pycs.join('\n'),
    );
    assert.deepEqual(
      pycs.filter((p) => /secret|zero|untracked/.test(p)),
      [],
      'nothing read through a link reached the prefix',
    );
    assert.equal(server.entries().filter((e) => e.data.includes('hunter2')).length, 0);
    assert.equal(post.annotations.filter((a) => a.level === 'error').length, 0);
  });

  test("'prefix' naming a file, or reaching into the project through a link, is one sentence (finding 4)", async () => {
    const origin = project('prefixes', { 'proj/app.py': 'X = 1\n' });
    symlinkSync('proj', join(origin.dir, 'into-project'));
    origin.commit('a link into the project');
    checkout(origin);
    writeFileSync(join(runnerTemp, 'a-file'), 'not a directory\n');
    const cases: [Record<string, string>, RegExp][] = [
      [
        { prefix: join(runnerTemp, 'a-file') },
        /^::error::Input 'prefix' is .*a-file, which is a file, not a directory; name a directory/m,
      ],
      [
        { path: 'proj', prefix: 'into-project/cache' },
        /^::error::Input 'prefix' is .*into-project\/cache \(really .*proj\/cache\), inside the project/m,
      ],
    ];
    for (const [inputs, message] of cases) {
      const result = await runAction({
        workspace,
        runnerTemp,
        env: server.env,
        inputs: { check: 'false', warm: 'true', layout: 'prefix', python, scope: 'project', cache: 'false', ...inputs },
      });
      assert.equal(result.code, 1, JSON.stringify(inputs) + result.stdout);
      assert.match(result.stdout, message);
      assert.doesNotMatch(result.stdout, /Warmed/);
    }
  });

  test('the helper imports nothing from the checkout, whatever PYTHONPATH and the working directory say (finding 10)', async () => {
    const marker = join(outside, 'imported-from-checkout');
    const hostile = `import os\nopen(${JSON.stringify(marker)}, "a").write(__name__ + "\\n")\n`;
    const origin = project('imports', {
      'json.py': hostile,
      're.py': hostile,
      'sysconfig.py': hostile,
      'sitecustomize.py': hostile,
      'usercustomize.py': hostile,
      'importlib_metadata.py': hostile,
      'app.py': 'X = 1\n',
    });
    checkout(origin);
    rmSync(marker, { force: true });
    const env = { PYTHONPATH: workspace, PYTHONSTARTUP: join(workspace, 'json.py'), PYTHONHOME: undefined };
    const { main } = await job({ cache: 'false' }, { env });
    assert.equal(main.outputs.compiled, '7', main.stdout);
    assert.equal(
      existsSync(marker),
      false,
      existsSync(marker) ? 'imported: ' + execFileSync('cat', [marker], { encoding: 'utf8' }) : '',
    );
  });
});

describe('a hostile cache', () => {
  test('a matched key with workflow commands in it runs none of them (finding 9)', async () => {
    const origin = project('keys', { 'app.py': 'X = 1\n' });
    checkout(origin);
    const first = await job({ 'cache-suffix': 'keys' });
    const saved = server.entries().find((e) => e.key === first.main.outputs['cache-key']);
    assert.ok(saved, first.post.stdout);
    // Some other job of the same scope saved this, matching the restore key's prefix.
    const restorePrefix = saved.key.slice(0, saved.key.lastIndexOf('-') + 1);
    server.plant({
      key: `${restorePrefix}x\n::error::pwned\n::add-mask::pwned-mask\n::warning::pwned`,
      version: saved.version,
      data: saved.data,
    });

    checkout(origin);
    writeFileSync(join(workspace, 'app.py'), 'X = 2\n');
    const { main } = await job({ 'cache-suffix': 'keys' });
    assert.match(main.outputs['cache-matched-key'] ?? '', /::error::pwned/, 'the planted entry was restored');
    assert.match(main.stdout, /::error::pwned/, 'the library printed the key');
    assert.deepEqual(
      commandsRun(main.stdout).filter((l) => /pwned/.test(l)),
      [],
    );
    assert.deepEqual(
      main.annotations.filter((a) => /pwned/.test(a.message) && !/Partial hit/.test(a.message)),
      [],
    );
    assert.match(main.summary, /Partial hit: restored <code>pycache-v1-.*x\n::error::pwned/);
  });

  test('an archive with entries outside the prefix, links or FIFOs is not extracted at all (finding 11)', async () => {
    const origin = project('archive', { 'app.py': 'X = 1\n' });
    checkout(origin);
    const first = await job({ 'cache-suffix': 'archive' });
    const saved = server.entries().find((e) => e.key === first.main.outputs['cache-key']);
    assert.ok(saved, first.post.stdout);
    // An archive as a hostile job would save it: members are named relative to
    // GITHUB_WORKSPACE, and @actions/cache extracts them with tar -P.
    const rel = relative(workspace, prefix);
    const escapes = join(outside, 'escapes');
    mkdirSync(escapes, { recursive: true });
    const craft = `
import io, sys, tarfile
rel, escapes = sys.argv[1], sys.argv[2]
out = io.BytesIO()
with tarfile.open(fileobj=out, mode='w', format=tarfile.PAX_FORMAT) as tar:
    def add(name, kind=tarfile.REGTYPE, target='', data=b'planted\\n'):
        info = tarfile.TarInfo(name)
        info.type = kind
        info.linkname = target
        info.size = len(data) if kind == tarfile.REGTYPE else 0
        tar.addfile(info, io.BytesIO(data) if kind == tarfile.REGTYPE else None)
    add(rel + '/ok.txt')
    add(rel + '/link', tarfile.SYMTYPE, escapes)
    add(rel + '/link/through-link.txt')
    add(rel + '/fifo', tarfile.FIFOTYPE)
    add(escapes + '/absolute.txt')
    add(rel + '/../../outside/escapes/dotdot.txt')
sys.stdout.buffer.write(out.getvalue())
`;
    const archive = execFileSync('python3', ['-c', craft, rel, escapes]);
    const data = execFileSync('zstd', ['-q', '-c'], { input: archive });
    const restorePrefix = saved.key.slice(0, saved.key.lastIndexOf('-') + 1);
    server.plant({ key: `${restorePrefix}crafted`, version: saved.version, data });

    checkout(origin);
    writeFileSync(join(workspace, 'app.py'), 'X = 2\n');
    const { main } = await job({ 'cache-suffix': 'archive' });
    const warning = main.annotations.find(
      (a) =>
        a.level === 'warning' &&
        /could not be restored \(the restored archive was not extracted: it holds ".*link", which is not a regular file or a directory; check which jobs can write to this cache scope\); compiling from scratch/.test(
          a.message,
        ),
    );
    assert.ok(warning, JSON.stringify(main.annotations));
    assert.equal(main.outputs['cache-matched-key'], '');
    assert.equal(main.outputs.compiled, '1');
    // With tar -P, @actions/cache alone wrote all three (absolute name, .., through a link).
    assert.deepEqual(walk(escapes), [], 'nothing was written outside the prefix');
    assert.deepEqual(
      walk(prefix).filter((p) => !p.endsWith('.pyc')),
      [],
      'nothing of the archive was extracted',
    );
  });

  test('an archive that escapes only through an absolute name is refused too (finding 11)', async () => {
    const origin = project('archive2', { 'app.py': 'X = 1\n' });
    checkout(origin);
    const first = await job({ 'cache-suffix': 'archive2' });
    const saved = server.entries().find((e) => e.key === first.main.outputs['cache-key']);
    assert.ok(saved, first.post.stdout);
    const escapes = join(outside, 'escapes2');
    const craft = `
import io, sys, tarfile
out = io.BytesIO()
with tarfile.open(fileobj=out, mode='w', format=tarfile.PAX_FORMAT) as tar:
    info = tarfile.TarInfo(sys.argv[1] + '/absolute.txt')
    info.size = 8
    tar.addfile(info, io.BytesIO(b'planted\\n'))
sys.stdout.buffer.write(out.getvalue())
`;
    const data = execFileSync('zstd', ['-q', '-c'], { input: execFileSync('python3', ['-c', craft, escapes]) });
    server.plant({
      key: `${saved.key.slice(0, saved.key.lastIndexOf('-') + 1)}absolute`,
      version: saved.version,
      data,
    });
    checkout(origin);
    writeFileSync(join(workspace, 'app.py'), 'X = 2\n');
    const { main } = await job({ 'cache-suffix': 'archive2' });
    assert.ok(
      main.annotations.some(
        (a) => a.level === 'warning' && /it holds ".*absolute\.txt", which is outside the prefix/.test(a.message),
      ),
      JSON.stringify(main.annotations),
    );
    assert.equal(existsSync(join(escapes, 'absolute.txt')), false);
  });

  test('save: auto does not save on pull_request_target; save: true does; the summary names the restored key (finding 11)', async () => {
    const origin = project('trust', { 'app.py': 'X = 1\n' });
    checkout(origin);
    const before = server.entries().length;
    const target = await job({ 'cache-suffix': 'trust' }, { eventName: 'pull_request_target' });
    assert.equal(server.entries().length, before, target.post.stdout);
    assert.match(
      target.main.summary,
      /Cache miss: [^<]*the post step does not save it \(save: auto does not save on pull_request_target events/,
    );
    assert.match(target.post.summary, /Not saved: save: auto does not save on pull_request_target/);

    checkout(origin);
    const forced = await job({ 'cache-suffix': 'trust', save: 'true' }, { eventName: 'pull_request_target' });
    assert.equal(server.entries().length, before + 1, forced.post.stdout);

    checkout(origin);
    const off = await job({ 'cache-suffix': 'trust-off', save: 'false' });
    assert.equal(server.entries().length, before + 1, off.post.stdout);

    checkout(origin);
    const hit = await job({ 'cache-suffix': 'trust' }, { eventName: 'push' });
    assert.equal(hit.main.outputs['cache-hit'], 'true');
    assert.ok(
      hit.main.summary.includes(`Cache hit: restored <code>${hit.main.outputs['cache-key']}</code>`),
      hit.main.summary,
    );

    const bad = await runAction({
      workspace,
      runnerTemp,
      env: server.env,
      inputs: { check: 'false', warm: 'true', layout: 'prefix', python, scope: 'project', save: 'yes' },
    });
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /^::error::Input 'save' must be auto, true or false, not "yes"\.$/m);
  });
});
