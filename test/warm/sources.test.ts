import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, unlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { projectSources } from '../../src/warm/run.ts';
import { blobId, MAX_SOURCE_BYTES, skippedWarning, sourceFilter, sourcesDigest } from '../../src/warm/sources.ts';
import { Repo, tempDir } from '../helpers/repo.ts';

describe('sourceFilter', () => {
  test('.py files the globs take, minus the excluded ones and what is never a project source', () => {
    const every = sourceFilter(['**/*.py']);
    assert.ok(every('a.py') && every('pkg/sub/m.py'));
    assert.ok(
      !every('a.pyi') &&
        !every('.git/hooks/x.py') &&
        !every('.venv/lib/python3.12/site-packages/p/m.py') &&
        !every('v/dist-packages/m.py'),
    );
    const some = sourceFilter(['src', 'tools/*.py', '!src/gen']);
    assert.ok(some('src/a.py') && some('src/deep/b.py') && some('tools/t.py'));
    assert.ok(!some('src/gen/x.py') && !some('tools/sub/t.py') && !some('other.py') && !some('src/readme.txt'));
  });
});

describe('blobId', () => {
  test("git's own id for the same bytes", () => {
    const r = new Repo();
    try {
      r.write('x.py', 'print("hé")\n');
      assert.equal(blobId(Buffer.from('print("hé")\n')), r.git('hash-object', 'x.py').trim());
      assert.equal(blobId(new Uint8Array()), 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
    } finally {
      r.remove();
    }
  });
});

describe('sourcesDigest', () => {
  test('depends on paths and ids, not on their order', () => {
    const a = { path: 'a.py', id: 'git:1' };
    const b = { path: 'b.py', id: 'git:2' };
    assert.equal(sourcesDigest([a, b]), sourcesDigest([b, a]));
    assert.notEqual(sourcesDigest([a, b]), sourcesDigest([a, { ...b, id: 'git:3' }]));
    assert.notEqual(sourcesDigest([a]), sourcesDigest([{ ...a, path: 'c.py' }]));
  });
});

describe('projectSources', () => {
  test('in a work tree: tracked and untracked-but-not-ignored files; an edit changes the digest, a touch does not', async () => {
    const r = new Repo()
      .write('pkg/a.py', 'a = 1\n')
      .write('pkg/b.py', 'b = 1\n')
      .write('gone.py', 'g = 1\n')
      .write('.gitignore', 'build/\n');
    try {
      r.commit('init');
      r.write('new.py', 'n = 1\n')
        .write('build/lib/pkg/a.py', 'a = 1\n')
        .write('.venv/lib/python3.12/site-packages/dep.py', 'd = 1\n');
      unlinkSync(join(r.dir, 'gone.py'));
      const first = await projectSources(r.dir, ['**/*.py']);
      assert.deepEqual(
        first.files,
        ['new.py', 'pkg/a.py', 'pkg/b.py'].map((p) => join(r.dir, p)),
      );

      r.write('pkg/a.py', 'a = 1\n'); // same bytes, new mtime
      utimesSync(join(r.dir, 'pkg/a.py'), new Date(2001, 1, 1), new Date(2001, 1, 1));
      assert.equal((await projectSources(r.dir, ['**/*.py'])).digest, first.digest);
      r.write('pkg/a.py', 'a = 2\n');
      assert.notEqual((await projectSources(r.dir, ['**/*.py'])).digest, first.digest);
      const sub = await projectSources(join(r.dir, 'pkg'), ['**/*.py']);
      assert.deepEqual(
        sub.files,
        ['a.py', 'b.py'].map((p) => join(r.dir, 'pkg', p)),
        'a project below the top sees its own files',
      );
    } finally {
      r.remove();
    }
  });

  test('outside a work tree: the files on disk, by content', async () => {
    const dir = tempDir('pycache-sources-');
    try {
      new Repo(dir, false).write('m.py', 'x = 1\n').write('sub/n.py', 'y = 1\n').write('notes.txt', '');
      const found = await projectSources(dir, ['**/*.py']);
      assert.deepEqual(found.files, [join(dir, 'm.py'), join(dir, 'sub/n.py')]);
      const inGit = new Repo().write('m.py', 'x = 1\n').write('sub/n.py', 'y = 1\n');
      try {
        inGit.commit('same files');
        assert.equal(
          (await projectSources(inGit.dir, ['**/*.py'])).digest,
          found.digest,
          'the ids are git blob ids either way',
        );
      } finally {
        inGit.remove();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('projectSources on a hostile tree', () => {
  for (const git of [true, false]) {
    test(`links, FIFOs and sources over the bound are left out and named, never read (${git ? 'git work tree' : 'no git'})`, async () => {
      const r = new Repo(undefined, git);
      try {
        r.write('ok.py', 'X = 1\n').write('big.py', '');
        if (git) r.commit('sources');
        // Sparse: 1 byte over the bound, written in no time; a changed file is read to hash it.
        truncateSync(join(r.dir, 'big.py'), MAX_SOURCE_BYTES + 1);
        symlinkSync('/dev/zero', join(r.dir, 'zero.py'));
        // git lists no FIFO; the walk outside git finds it.
        execFileSync('mkfifo', [join(r.dir, 'fifo.py')]);
        mkdirSync(join(r.dir, 'real'));
        r.write('real/inner.py', 'Y = 2\n');
        symlinkSync(join(r.dir, 'real'), join(r.dir, 'linked'));
        const { files, skipped } = await projectSources(r.dir, ['**/*.py']);
        assert.deepEqual(
          files.map((f) => f.slice(r.dir.length + 1)),
          ['ok.py', 'real/inner.py'],
        );
        assert.deepEqual(
          [...skipped].sort((a, b) => a.path.localeCompare(b.path)),
          [
            { path: 'big.py', why: 'larger than 10 MiB' },
            ...(git ? [] : [{ path: 'fifo.py', why: 'not a regular file' }]),
            { path: 'zero.py', why: 'a symbolic link' },
          ],
        );
      } finally {
        r.remove();
      }
    });
  }

  test('the warning names a few and counts all', () => {
    const skipped = ['a', 'b', 'c', 'd', 'e', 'f\n::error::x'].map((path) => ({ path, why: 'a symbolic link' }));
    const text = skippedWarning(skipped, JSON.stringify, 9) ?? '';
    assert.match(
      text,
      /^9 project sources were not precompiled: "a" \(a symbolic link\), .*"e" \(a symbolic link\), and 4 more\. The warm step never reads/,
    );
    assert.equal(skippedWarning([], JSON.stringify), null);
  });
});
