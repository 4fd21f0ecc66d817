// The in-place layout's path mapping (pycache_helper.py in_place_of / tree_of): the tree keeps
// the prefix's mirrored layout, the job reads <source dir>/__pycache__/<name>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpython } from '../helpers/python.ts';
import { tempDir } from '../helpers/repo.ts';

const HELPER_DIR = dirname(fileURLToPath(new URL('../../src/warm/pycache_helper.py', import.meta.url)));

function mapped(cases: readonly (readonly [string, string, string])[]): unknown {
  const code = [
    'import json, sys',
    `sys.path.insert(0, ${JSON.stringify(HELPER_DIR)})`,
    'import pycache_helper as h',
    'cases = json.loads(sys.stdin.read())',
    'print(json.dumps([getattr(h, f)(p, x) for f, p, x in cases]))',
  ].join('\n');
  const r = spawnSync(cpython('3.11'), ['-B', '-c', code], { input: JSON.stringify(cases), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('tree path <-> in-place path', () => {
  assert.deepEqual(
    mapped([
      ['in_place_of', '/tmp/pc', '/tmp/pc/home/w/app/m.cpython-311.pyc'],
      ['in_place_of', '/tmp/pc', '/tmp/pc/m.cpython-311.pyc'],
      ['in_place_of', '/tmp/pc', '/tmp/pcx/home/m.cpython-311.pyc'],
      ['tree_of', '/tmp/pc', '/home/w/app/__pycache__/m.cpython-311.pyc'],
      ['tree_of', '/tmp/pc', '/home/w/app/m.cpython-311.pyc'],
      ['tree_of', '/tmp/pc', '/__pycache__/m.cpython-311.pyc'],
    ]),
    [
      '/home/w/app/__pycache__/m.cpython-311.pyc',
      '/__pycache__/m.cpython-311.pyc',
      null,
      '/tmp/pc/home/w/app/m.cpython-311.pyc',
      null,
      '/tmp/pc/m.cpython-311.pyc',
    ],
  );
});

/** Runs the helper's place command on a tree under `prefix` for `project`. */
function place(prefix: string, project: string): { placed: number; present: number; refused: number } {
  const r = spawnSync(cpython('3.11'), ['-B', join(HELPER_DIR, 'pycache_helper.py'), 'place'], {
    input: JSON.stringify({ prefix, project }),
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr + r.stdout);
  return JSON.parse(r.stdout) as { placed: number; present: number; refused: number };
}

/** A project with sources a, b and c, and a tree holding a pyc for each (bytes: the name). */
function treeAndProject(prefixBase: string): { prefix: string; project: string; pyc: (n: string) => string } {
  const project = join(tempDir('pycache-place-'), 'project');
  const prefix = join(prefixBase, 'pycache');
  const mirror = join(prefix, project);
  mkdirSync(join(project, 'pkg'), { recursive: true });
  mkdirSync(join(mirror, 'pkg'), { recursive: true });
  for (const name of ['a', 'b', 'c']) {
    writeFileSync(join(project, 'pkg', `${name}.py`), `X = '${name}'\n`);
    writeFileSync(join(mirror, 'pkg', `${name}.cpython-311.pyc`), `pyc ${name}`);
  }
  return { prefix, project, pyc: (n) => join(project, 'pkg', '__pycache__', `${n}.cpython-311.pyc`) };
}

test('place links the tree’s pycs in on the same file system, copies across file systems, and never writes over anything', (t) => {
  const { prefix, project, pyc } = treeAndProject(tempDir('pycache-place-prefix-'));
  // b: a pyc already there; c: a link already there, pointing outside.
  mkdirSync(join(project, 'pkg', '__pycache__'));
  writeFileSync(pyc('b'), 'theirs');
  const outside = join(tempDir('pycache-place-outside-'), 'target');
  writeFileSync(outside, 'untouched');
  symlinkSync(outside, pyc('c'));
  const counts = place(prefix, project);
  assert.deepEqual([counts.placed, counts.present, counts.refused], [1, 2, 0]);
  const tree = join(prefix, project, 'pkg', 'a.cpython-311.pyc');
  assert.equal(statSync(pyc('a')).ino, statSync(tree).ino, 'a hard link, no bytes copied');
  assert.equal(readFileSync(pyc('b'), 'utf8'), 'theirs');
  assert.equal(readFileSync(outside, 'utf8'), 'untouched');

  // A tree on another file system (/dev/shm is tmpfs here) is copied instead.
  if (!existsSync('/dev/shm') || statSync('/dev/shm').dev === statSync(tmpdir()).dev) {
    t.diagnostic('no second file system: the copy fallback is not exercised');
    return;
  }
  const shm = mkdtempSync('/dev/shm/pycache-place-');
  try {
    const other = treeAndProject(shm);
    assert.equal(place(other.prefix, other.project).placed, 3);
    assert.equal(readFileSync(other.pyc('a'), 'utf8'), 'pyc a');
    assert.notEqual(
      statSync(other.pyc('a')).dev,
      statSync(join(other.prefix, other.project, 'pkg', 'a.cpython-311.pyc')).dev,
    );
  } finally {
    rmSync(shm, { recursive: true, force: true });
  }
});
