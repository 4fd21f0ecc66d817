// The bundled dist/index.js with `artifacts:`, run as the runner runs it: annotations on the
// artifact, the summary's own table, the step's verdict.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '../../scripts/runner.ts';
import { Repo, gitEnv } from '../helpers/repo.ts';

const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

/** A clean repository whose dist/ holds a wheel with __pycache__/ and a clean sdist (stdlib zipfile/tarfile). */
function workspace(): Repo {
  const r = new Repo();
  cleanups.push(() => r.remove());
  r.write('pkg/__init__.py').write('.gitignore', '__pycache__/\n*.py[cod]\n*$py.class\ndist/\n');
  r.commit('init');
  mkdirSync(join(r.dir, 'dist'));
  execFileSync(
    'python3',
    [
      '-c',
      `
import io, tarfile, zipfile
pyc = bytes.fromhex('a70d0d0a030000000123456789abcdef')
with zipfile.ZipFile('dist/demo-1.0-py3-none-any.whl', 'w') as z:
    z.writestr('demo/__init__.py', '')
    z.writestr('demo/__pycache__/__init__.cpython-311.pyc', pyc)
    z.writestr('demo/tests/data/x.pyc', pyc)
with tarfile.open('dist/demo-1.0.tar.gz', 'w:gz') as t:
    info = tarfile.TarInfo('demo-1.0/demo/__init__.py'); t.addfile(info, io.BytesIO(b''))
`,
    ],
    { cwd: r.dir },
  );
  return r;
}

const run = (r: Repo, inputs: Record<string, string>) =>
  runAction({
    workspace: r.dir,
    inputs,
    env: { GIT_CONFIG_GLOBAL: gitEnv.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: '1' },
  });

test('a wheel that carries __pycache__/ fails the step, annotated on the wheel; a clean sdist passes', async () => {
  const r = workspace();
  const result = await run(r, { artifacts: 'dist/*.whl\ndist/*.tar.gz', allow: 'demo/tests/data/**' });
  assert.equal(result.code, 1, result.stdout);
  const onArtifacts = result.annotations.filter((a) => a.properties.file?.startsWith('dist/'));
  assert.deepEqual(
    onArtifacts.map((a) => [a.level, a.properties.file, a.properties.title]),
    [['error', 'dist/demo-1.0-py3-none-any.whl', 'Bytecode in a built distribution']],
  );
  assert.match(
    onArtifacts[0]?.message ?? '',
    /This wheel carries 1 bytecode member: demo\/__pycache__\/__init__\.cpython-311\.pyc\./,
  );
  assert.match(
    result.summary,
    /<h3>Bytecode in built distributions<\/h3>\n<p>❌ 1 bytecode member in 2 artifacts fails the check\.<\/p>/,
  );
  assert.match(
    result.summary,
    /<td><code>demo\/tests\/data\/x\.pyc<\/code><\/td><td>CPython 3\.11<\/td><td>checked-hash<\/td><td>allowed<\/td>/,
  );
  assert.match(
    result.stdout,
    /::error::1 bytecode member in built distributions fails the check; exclude __pycache__\/ and \*\.py\[co\] from the build\./,
  );
});

test('artifacts alone (check: false) runs only the artifact check; no match is a warning', async () => {
  const r = workspace();
  const result = await run(r, { check: 'false', artifacts: 'dist/*.tar.gz' });
  assert.equal(result.code, 0, result.stdout);
  assert.doesNotMatch(result.summary, /Committed bytecode/);
  assert.match(result.summary, /✅ No bytecode in 1 artifact\./);
  const none = await run(r, { check: 'false', artifacts: 'build/*.whl' });
  assert.equal(none.code, 0);
  assert.ok(none.annotations.some((a) => a.level === 'warning' && /Input 'artifacts' matched no file/.test(a.message)));
});
