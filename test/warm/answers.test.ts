// The helper's answers are checked before anything prints them, and the helper runs isolated
// from the job's Python settings (issue 12, findings 9 and 10); refresh reads project
// sources only where compile would (finding 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HELPER, helperArgs, malformedField } from '../../src/python.ts';
import { cpython, findCpython } from '../helpers/python.ts';
import { tempDir } from '../helpers/repo.ts';

const COUNTS = { compiled: 1, reused: 2, failed: 0, files: 3, seconds: 0.5, pyc_files: 3, pyc_bytes: 100 };

test('answers with the wrong types are refused, naming the field', () => {
  assert.equal(malformedField('compile', COUNTS), null);
  assert.equal(malformedField('compile', { ...COUNTS, errors: [{ path: 'a.py', message: 'SyntaxError' }] }), null);
  assert.equal(malformedField('compile', { ...COUNTS, compiled: '1\n::error::pwned' }), "'compiled'");
  assert.equal(malformedField('compile', { ...COUNTS, reused: -1 }), "'reused'");
  assert.equal(malformedField('compile', { ...COUNTS, errors: [{ path: 1, message: 'x' }] }), "'errors'");
  assert.equal(malformedField('compile', { ...COUNTS, skipped_paths: 'x' }), "'skipped_paths'");
  assert.equal(malformedField('refresh', { rewritten: 0, pruned: 0 }), "'kept'");
  assert.equal(malformedField('describe', [1]), 'answer');
  const described = {
    implementation: 'cpython',
    version: '3.12.1',
    cache_tag: 'cpython-312',
    magic: 3531,
    executable: '/x',
    prefix_supported: true,
    stdlib: [],
    site_packages: ['/s'],
    distributions: [['a', '1']],
  };
  assert.equal(malformedField('describe', described), null);
  assert.equal(malformedField('describe', { ...described, distributions: [['a']] }), "'distributions'");
  assert.equal(malformedField('describe', { ...described, version: 3 }), "'version'");
});

test('the helper runs isolated: -E -s everywhere, -S unless a full describe needs site-packages', () => {
  assert.deepEqual(helperArgs('describe', null, true), ['-E', '-s', '-B', HELPER, 'describe']);
  assert.deepEqual(helperArgs('describe'), ['-E', '-s', '-S', '-B', HELPER, 'describe']);
  assert.deepEqual(helperArgs('compile'), ['-E', '-s', '-S', '-B', HELPER, 'compile']);
});

test('the bootstrap keeps the helper compiled in its own directory, writes nothing else, and still says 2.7 is too old', () => {
  const python = cpython('3.12');
  const dir = tempDir('pycache-bootstrap-');
  const cache = join(dir, 'helper-code');
  const env = { ...process.env, PYTHONDONTWRITEBYTECODE: undefined };
  const call = (bin: string, input: object) =>
    spawnSync(bin, helperArgs('describe', cache), { input: JSON.stringify(input), env, encoding: 'utf8', cwd: dir });
  const first = call(python, { distributions: false });
  assert.equal(first.status, 0, first.stderr);
  const answer = JSON.parse(first.stdout) as { cache_tag: string; distributions: unknown[] };
  assert.equal(answer.cache_tag, 'cpython-312');
  assert.deepEqual(answer.distributions, []);
  // Exactly the helper's own pyc, mirrored under the cache directory; nothing beside the helper.
  const written = readdirSync(cache, { recursive: true }).filter((f) => String(f).endsWith('.pyc'));
  assert.deepEqual(written, [join(dirname(HELPER), 'pycache_helper.cpython-312.pyc').slice(1)]);
  assert.equal(existsSync(join(dirname(HELPER), '__pycache__', 'pycache_helper.cpython-312.pyc')), false);
  // The second call runs from it, and with the same answer.
  const second = call(python, { distributions: false });
  assert.equal(second.stdout, first.stdout);
  const py27 = findCpython('2.7');
  if (py27 !== null) {
    const old = call(py27, {});
    assert.match(old.stdout, /needs Python 3\.8 or newer/);
    assert.equal(existsSync(join(dirname(HELPER), 'pycache_helper.pyc')), false);
  }
});

test('refresh drops a pyc whose project source is a link, and reads nothing through it', () => {
  const python = cpython('3.12');
  const dir = tempDir('pycache-refresh-link-');
  const project = join(dir, 'project');
  const prefix = join(dir, 'prefix');
  mkdirSync(project);
  writeFileSync(join(dir, 'secret.py'), 'S = "outside"\n');
  symlinkSync(join(dir, 'secret.py'), join(project, 'linked.py'));
  writeFileSync(join(project, 'ok.py'), 'X = 1\n');
  const env = { ...process.env, PYTHONDONTWRITEBYTECODE: undefined };
  // A restored tree with pycs for both (as a poisoned entry, or an older run, could hold).
  const pyc = (name: string) => join(prefix, project, `${name}.cpython-312.pyc`);
  mkdirSync(join(prefix, project), { recursive: true });
  writeFileSync(pyc('linked'), Buffer.alloc(32));
  writeFileSync(pyc('ok'), Buffer.alloc(32));
  const r = spawnSync(python, helperArgs('refresh'), {
    input: JSON.stringify({ prefix, project, mode: 'checked-hash' }),
    env,
    encoding: 'utf8',
  });
  const answer = JSON.parse(r.stdout) as {
    rewritten: number;
    skipped: number;
    skipped_paths: { path: string; message: string }[];
  };
  assert.equal(answer.rewritten, 1, r.stdout + r.stderr);
  assert.equal(answer.skipped, 1);
  assert.deepEqual(answer.skipped_paths, [{ path: join(project, 'linked.py'), message: 'a symbolic link' }]);
  assert.equal(existsSync(pyc('linked')), false);
  assert.equal(existsSync(pyc('ok')), true);
});
