// The in-place layout's path mapping (pycache_helper.py in_place_of / tree_of): the tree keeps
// the prefix's mirrored layout, the job reads <source dir>/__pycache__/<name>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpython } from '../helpers/python.ts';

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
