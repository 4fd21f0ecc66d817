import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify, isSourceless } from '../../src/check/classify.ts';

test('classifies bytecode by name and finds its source', () => {
  assert.deepEqual(classify('pkg/__pycache__/mod.cpython-311.pyc'), {
    path: 'pkg/__pycache__/mod.cpython-311.pyc',
    kind: 'pyc',
    layout: 'pycache',
    source: 'pkg/mod.py',
  });
  assert.deepEqual(classify('__pycache__/mod.cpython-312.opt-1.pyc')?.source, 'mod.py');
  assert.deepEqual(classify('a/__pycache__/mod.cpython-33.pyo')?.source, 'a/mod.py');
  assert.deepEqual(classify('a/mod.pyc'), { path: 'a/mod.pyc', kind: 'pyc', layout: 'legacy', source: 'a/mod.py' });
  assert.deepEqual(classify('mod.pyo'), { path: 'mod.pyo', kind: 'pyo', layout: 'legacy', source: 'mod.py' });
  assert.deepEqual(classify('a/mod$py.class'), {
    path: 'a/mod$py.class',
    kind: 'jython',
    layout: 'legacy',
    source: 'a/mod.py',
  });
  assert.deepEqual(classify('a/__pycache__/notes.txt'), {
    path: 'a/__pycache__/notes.txt',
    kind: 'pycache-other',
    layout: 'pycache',
    source: null,
  });
  assert.equal(classify('a/__pycache__/weird.pyc')?.source, null, 'no cache tag: not a name importlib writes');
});

test('does not count compiled extensions, sources or look-alikes', () => {
  for (const path of [
    'a/mod.py',
    'a/mod.pyd',
    'a/mod.so',
    'a/mod.cpython-311-x86_64-linux-gnu.so',
    'Main.class',
    'a/pycache/x.pyc.txt',
    'a/__pycache__x/y',
    'x.pyc/readme',
  ]) {
    assert.equal(classify(path), null, path);
  }
});

test('a legacy .pyc without its source is sourceless; __pycache__ ones never are', () => {
  const tracked = new Set(['a/kept.py']);
  const has = (p: string) => tracked.has(p);
  assert.equal(isSourceless(classify('a/gone.pyc')!, has), true);
  assert.equal(isSourceless(classify('a/kept.pyc')!, has), false);
  assert.equal(isSourceless(classify('a/__pycache__/gone.cpython-311.pyc')!, has), false);
  assert.equal(isSourceless(classify('a/gone.pyo')!, has), false, 'Python 3 never imports a sourceless .pyo');
});
