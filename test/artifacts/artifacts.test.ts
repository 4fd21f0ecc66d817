// The built-distribution check on real archives: a wheel and an sdist built by pip and
// setuptools (Debian's python3 has both) from a project that ships __pycache__/, and hostile
// archives written with the stdlib zipfile/tarfile: bombs, member floods, traversal names,
// symlink members.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkArtifacts, type ArtifactsRun } from '../../src/artifacts/run.ts';
import { DEFAULT_LIMITS, readArchive } from '../../src/artifacts/read.ts';
import { InputError } from '../../src/inputs.ts';
import { artifactAnnotations, artifactsFailure, artifactsSummary } from '../../src/report/artifacts.ts';
import { bytecodeEnv } from '../helpers/python.ts';
import { tempDir } from '../helpers/repo.ts';

// Debian's interpreter: its setuptools and wheel build without the network (--no-build-isolation).
const DEBIAN_PYTHON = '/usr/bin/python3';
const hasBuild = existsSync(DEBIAN_PYTHON) && spawnOk(DEBIAN_PYTHON, ['-c', 'import setuptools, wheel']);

function spawnOk(bin: string, args: string[]): boolean {
  try {
    execFileSync(bin, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let workspace: string;

function python(script: string, cwd = workspace): void {
  execFileSync(existsSync(DEBIAN_PYTHON) ? DEBIAN_PYTHON : 'python3', ['-c', script], {
    cwd,
    env: bytecodeEnv(),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

before(() => {
  workspace = tempDir('pycache-artifacts-');
  mkdirSync(join(workspace, 'dist'));
  mkdirSync(join(workspace, 'bad'));
  if (hasBuild) {
    // A project whose package data sweeps up its __pycache__/ and a stray legacy pyc: the slip this check exists for.
    const project = join(workspace, 'project');
    mkdirSync(join(project, 'src', 'demo'), { recursive: true });
    writeFileSync(
      join(project, 'pyproject.toml'),
      '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n[project]\nname = "demo"\nversion = "1.0"\n[tool.setuptools.packages.find]\nwhere = ["src"]\n[tool.setuptools.package-data]\n"*" = ["__pycache__/*", "*.pyc"]\n',
    );
    writeFileSync(join(project, 'src', 'demo', '__init__.py'), 'x = 1\n');
    writeFileSync(join(project, 'src', 'demo', 'mod.py'), 'y = 2\n');
    python(
      "import compileall, shutil, glob; compileall.compile_dir('src', quiet=1); shutil.copy(glob.glob('src/demo/__pycache__/mod.*.pyc')[0], 'src/demo/stale.pyc')",
      project,
    );
    execFileSync(
      DEBIAN_PYTHON,
      [
        '-m',
        'pip',
        'wheel',
        '--no-build-isolation',
        '--no-deps',
        '--no-index',
        '-q',
        '-w',
        join(workspace, 'dist'),
        '.',
      ],
      {
        cwd: project,
        env: bytecodeEnv(),
        stdio: 'ignore',
      },
    );
    python(`import setuptools.build_meta as b; b.build_sdist(${JSON.stringify(join(workspace, 'dist'))})`, project);
  }
  // Hostile archives, each in bad/.
  python(`
import io, tarfile, zipfile, stat
pyc = bytes.fromhex('a70d0d0a030000000123456789abcdef') + b'code'
# A zip bomb: one bytecode member that inflates to 64 MiB of zeros.
with zipfile.ZipFile('bad/bomb.whl', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('pkg/__pycache__/big.cpython-311.pyc', pyc + bytes(64 * 1024 * 1024))
# A member flood.
with zipfile.ZipFile('bad/flood.whl', 'w') as z:
    for i in range(3000):
        z.writestr(f'pkg/m{i}.py', b'')
# Names that climb out, and a symlink member with a bytecode name.
with zipfile.ZipFile('bad/names.whl', 'w') as z:
    z.writestr('../../escape/__pycache__/a.cpython-311.pyc', pyc)
    z.writestr('/abs/b.pyc', pyc)
    link = zipfile.ZipInfo('pkg/__pycache__/link.cpython-311.pyc')
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    z.writestr(link, '/etc/passwd')
# A gzip bomb of an sdist: 64 MiB of zeros in one member.
with tarfile.open('bad/bomb.tar.gz', 'w:gz') as t:
    info = tarfile.TarInfo('bomb-1.0/zeros.bin'); info.size = 64 * 1024 * 1024
    t.addfile(info, io.BytesIO(bytes(info.size)))
# Traversal and link members in an sdist.
with tarfile.open('bad/names.tar.gz', 'w:gz') as t:
    for name in ['../up/__pycache__/c.cpython-311.pyc', 'names-1.0/pkg/__pycache__/ok.cpython-311.pyc']:
        info = tarfile.TarInfo(name); info.size = len(pyc); t.addfile(info, io.BytesIO(pyc))
    info = tarfile.TarInfo('names-1.0/pkg/__pycache__/sym.cpython-311.pyc'); info.type = tarfile.SYMTYPE; info.linkname = '/dev/zero'; t.addfile(info)
    info = tarfile.TarInfo('names-1.0/pkg/hard.pyc'); info.type = tarfile.LNKTYPE; info.linkname = 'names-1.0/pkg/__pycache__/ok.cpython-311.pyc'; t.addfile(info)
# A pax header with a 2 MiB path: refused by the parser, not buffered.
with tarfile.open('bad/pax.tar.gz', 'w:gz', format=tarfile.PAX_FORMAT) as t:
    info = tarfile.TarInfo('p-1.0/' + 'a' * (2 * 1024 * 1024) + '.pyc'); info.size = len(pyc); t.addfile(info, io.BytesIO(pyc))
    info = tarfile.TarInfo('p-1.0/__pycache__/b.cpython-311.pyc'); info.size = len(pyc); t.addfile(info, io.BytesIO(pyc))
with open('bad/notes.txt', 'w') as f: f.write('not an archive')
`);
  symlinkSync('/dev/zero', join(workspace, 'bad', 'zero.whl'));
  execFileSync('mkfifo', [join(workspace, 'bad', 'fifo.tar.gz')]);
});

after(() => rmSync(workspace, { recursive: true, force: true }));

const byPath = (run: ArtifactsRun, path: string) => {
  const found = run.artifacts.find((a) => a.path === path);
  assert.ok(found, `${path} was checked (got ${run.artifacts.map((a) => a.path).join(', ')})`);
  return found;
};

test(
  'a real wheel and sdist that carry __pycache__/ fail, with headers decoded and the stray pyc sourceless',
  { skip: hasBuild ? false : 'Debian python3 with setuptools and wheel is not installed' },
  async () => {
    const run = await checkArtifacts(workspace, {
      patterns: ['dist/*.whl', 'dist/*.tar.gz'],
      allow: [],
      failOn: 'added',
    });
    assert.deepEqual(
      run.artifacts.map((a) => [a.path, a.kind]),
      [
        ['dist/demo-1.0-py3-none-any.whl', 'wheel'],
        ['dist/demo-1.0.tar.gz', 'sdist'],
      ],
    );
    const wheel = byPath(run, 'dist/demo-1.0-py3-none-any.whl');
    assert.deepEqual(wheel.result.findings.map((f) => f.path).sort(), [
      'demo/__pycache__/__init__.cpython-311.pyc',
      'demo/__pycache__/mod.cpython-311.pyc',
      'demo/stale.pyc',
    ]);
    for (const f of wheel.result.findings) {
      assert.equal(f.failing, true);
      assert.equal(f.header?.status, 'pyc', f.path);
      assert.ok(f.header?.status === 'pyc' && f.header.version === '3.11', f.path);
    }
    assert.equal(wheel.result.findings.find((f) => f.path === 'demo/stale.pyc')?.sourceless, true);
    assert.equal(
      wheel.result.findings.find((f) => f.path === 'demo/__pycache__/mod.cpython-311.pyc')?.sourcePresent,
      true,
    );
    const sdist = byPath(run, 'dist/demo-1.0.tar.gz');
    assert.deepEqual(sdist.result.findings.map((f) => f.path).sort(), [
      'demo-1.0/src/demo/__pycache__/__init__.cpython-311.pyc',
      'demo-1.0/src/demo/__pycache__/mod.cpython-311.pyc',
      'demo-1.0/src/demo/stale.pyc',
    ]);
    assert.ok(sdist.result.findings.every((f) => f.header?.status === 'pyc'));
    assert.equal(sdist.stopped, null);

    const failure = artifactsFailure(run, 'added');
    assert.match(failure ?? '', /^6 bytecode members in built distributions fail the check/);
    const annotations = artifactAnnotations(run, 5);
    assert.deepEqual(
      annotations.map((a) => [a.level, a.file]),
      [
        ['error', 'dist/demo-1.0-py3-none-any.whl'],
        ['error', 'dist/demo-1.0.tar.gz'],
      ],
    );
    assert.match(annotations[0]?.message ?? '', /demo\/__pycache__\/__init__\.cpython-311\.pyc/);
    const summary = artifactsSummary(run);
    assert.match(summary, /<h3>Bytecode in built distributions<\/h3>/);
    assert.match(
      summary,
      /<td><code>dist\/demo-1\.0\.tar\.gz<\/code><\/td><td><code>demo-1\.0\/src\/demo\/stale\.pyc<\/code><\/td><td>CPython 3\.11<\/td><td>timestamp<\/td><td>❌<\/td><td>sourceless/,
    );
  },
);

test(
  'allow applies to member paths, and to sdist members below their top folder',
  { skip: hasBuild ? false : 'Debian python3 with setuptools and wheel is not installed' },
  async () => {
    const run = await checkArtifacts(workspace, {
      patterns: ['dist/*'],
      allow: ['demo/__pycache__', 'src/demo/**', 'demo/stale.pyc'],
      failOn: 'any',
    });
    for (const a of run.artifacts) {
      assert.deepEqual(a.result.failing, [], a.path);
      assert.ok(a.result.findings.every((f) => f.allowedBy !== null));
    }
    assert.equal(artifactsFailure(run, 'any'), null);
    assert.deepEqual(artifactAnnotations(run, 5), []);
  },
);

test('a zip bomb member is read only as far as its header', async () => {
  const started = Date.now();
  const read = await readArchive(join(workspace, 'bad', 'bomb.whl'));
  assert.ok(Date.now() - started < 2000, 'did not inflate the member');
  assert.equal(read.stopped, null);
  assert.equal(read.bytecode.length, 1);
  const head = read.bytecode[0]?.head;
  assert.ok(head instanceof Uint8Array && head.length === 256);
});

test('a member flood stops at the member limit, and the archive fails as not read whole', async () => {
  const read = await readArchive(join(workspace, 'bad', 'flood.whl'), { ...DEFAULT_LIMITS, maxMembers: 1000 });
  assert.equal(read.stopped, 'stopped after 1,000 members');
  assert.equal(read.memberCount, 1000);
  assert.equal(read.sources.size, 1000);
  const names = await readArchive(join(workspace, 'bad', 'flood.whl'), { ...DEFAULT_LIMITS, maxNameChars: 10_000 });
  assert.equal(names.stopped, 'stopped after 10,000 characters of member names');
});

test('a gzip bomb sdist stops at the inflated-bytes limit', async () => {
  const read = await readArchive(join(workspace, 'bad', 'bomb.tar.gz'), {
    ...DEFAULT_LIMITS,
    maxInflatedBytes: 4 << 20,
  });
  assert.equal(read.stopped, 'stopped after inflating 4,194,304 bytes');
  const late = await readArchive(join(workspace, 'bad', 'bomb.tar.gz'), { ...DEFAULT_LIMITS, timeoutMs: 0 });
  assert.equal(late.stopped, 'stopped after 0 s');
  const whole = await readArchive(join(workspace, 'bad', 'bomb.tar.gz'));
  assert.equal(whole.stopped, null, 'under the default limit it is read to the end');
});

// No file system takes a name that long (PATH_MAX is 4 KiB), so no installer could write it:
// the parser skips the record, and the member keeps the short name of its ustar header.
test('a pax header longer than 1 MiB is skipped, not buffered, and the rest is read', async () => {
  const read = await readArchive(join(workspace, 'bad', 'pax.tar.gz'));
  assert.equal(read.stopped, null);
  assert.equal(read.memberCount, 2);
  assert.deepEqual(
    read.bytecode.map((b) => b.path),
    ['p-1.0/__pycache__/b.cpython-311.pyc'],
  );
});

test('traversal names are reported as they are, symlink and hard link members are never read', async () => {
  const run = await checkArtifacts(workspace, { patterns: ['bad/names.*'], allow: [], failOn: 'added' });
  const zip = byPath(run, 'bad/names.whl');
  assert.deepEqual([...zip.unsafeNames].sort(), ['../../escape/__pycache__/a.cpython-311.pyc', '/abs/b.pyc']);
  const link = zip.result.findings.find((f) => f.path === 'pkg/__pycache__/link.cpython-311.pyc');
  assert.equal(link?.header, null);
  assert.equal(link?.headerError, 'a symbolic link member, not bytecode');
  assert.equal(link?.failing, true, 'a bytecode name in a wheel fails whatever it holds');
  assert.equal(zip.result.findings.find((f) => f.path === '/abs/b.pyc')?.header?.status, 'pyc');

  const tar = byPath(run, 'bad/names.tar.gz');
  assert.equal(tar.stopped, null);
  assert.deepEqual(tar.unsafeNames, ['../up/__pycache__/c.cpython-311.pyc']);
  assert.equal(tar.unsafeCount, 1);
  const errors = Object.fromEntries(tar.result.findings.map((f) => [f.path, f.headerError ?? f.header?.status]));
  assert.deepEqual(errors, {
    '../up/__pycache__/c.cpython-311.pyc': 'pyc',
    'names-1.0/pkg/__pycache__/ok.cpython-311.pyc': 'pyc',
    'names-1.0/pkg/__pycache__/sym.cpython-311.pyc': 'a symbolic link member, not bytecode',
    'names-1.0/pkg/hard.pyc': 'a hard link member, not bytecode',
  });
  assert.match(artifactsSummary(run), /named outside its folder/);
});

test('an artifact that is a link, a FIFO or no archive is not read, and fails the step as not read whole', async () => {
  const run = await checkArtifacts(workspace, {
    patterns: ['bad/zero.whl', 'bad/fifo.tar.gz', 'bad/notes.txt', 'nothing/*.whl'],
    allow: [],
    failOn: 'added',
  });
  assert.deepEqual(
    run.artifacts.map((a) => [a.path, a.stopped]),
    [
      ['bad/fifo.tar.gz', 'not a regular file, so it was not read'],
      ['bad/notes.txt', 'neither a zip (wheel) nor a tar or tar.gz (sdist)'],
      ['bad/zero.whl', 'a symbolic link, which is not followed'],
    ],
  );
  assert.deepEqual(run.unmatched, ['nothing/*.whl']);
  assert.match(artifactsFailure(run, 'added') ?? '', /^3 built distributions could not be read whole/);
  assert.equal(artifactsFailure(run, 'never'), null);
});

test('a glob that reaches outside the workspace is an input error', async () => {
  await assert.rejects(checkArtifacts(workspace, { patterns: ['../*.whl'], allow: [], failOn: 'added' }), InputError);
  await assert.rejects(checkArtifacts(workspace, { patterns: ['/tmp/*.whl'], allow: [], failOn: 'added' }), InputError);
});
