// src/warm/pycache_helper.py run by real interpreters: describe, compile into a prefix,
// proof that Python then imports from the prefix without recompiling, refresh after a "job",
// and the clean refusal on old Pythons. Timings on the whole stdlib: test/slow/helper-stdlib.test.ts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytecodeEnv, findCpython, PYPY3, skipUnless } from '../helpers/python.ts';

const HELPER = fileURLToPath(new URL('../../src/warm/pycache_helper.py', import.meta.url));

const PY311 = findCpython('3.11');
const MODERN: readonly (readonly [string, string | null])[] = [
  ['CPython 3.11', PY311],
  ['CPython 3.12', findCpython('3.12')],
  ['CPython 3.13', findCpython('3.13')],
  ['PyPy3', existsSync(PYPY3) ? PYPY3 : null],
];
const OLD: readonly (readonly [string, string | null])[] = [
  ['CPython 2.7', findCpython('2.7')],
  ['CPython 3.6', findCpython('3.6')],
  ['CPython 3.7', findCpython('3.7')],
];

let tmp = '';
before(() => {
  // realpath: the prefix mirrors source paths as Python spells them, so keep them canonical.
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'pycache-helper-')));
});
after(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

function python(
  bin: string,
  args: readonly string[],
  opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {},
): Run {
  const started = performance.now();
  const r = spawnSync(bin, args, {
    cwd: opts.cwd ?? tmp,
    input: opts.input ?? '',
    env: opts.env ?? bytecodeEnv(),
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 << 20,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

/** Runs the helper as the action does; asserts one JSON object on stdout. */
function helper<T = Record<string, unknown>>(
  bin: string,
  command: string,
  request: unknown,
  prefix?: string,
  expectStatus = 0,
): T & { readonly ms: number } {
  const args = [...(prefix === undefined ? [] : ['-X', `pycache_prefix=${prefix}`]), HELPER, command];
  const r = python(bin, args, { input: JSON.stringify(request) });
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1, `one line of JSON on stdout, got:\n${r.stdout}\nstderr:\n${r.stderr}`);
  assert.equal(r.status, expectStatus, `exit status of ${command}; stderr:\n${r.stderr}\nstdout:\n${r.stdout}`);
  return { ...(JSON.parse(lines[0] ?? '') as T), ms: r.ms };
}

/** Evaluates a Python expression list in the interpreter; one JSON value back. */
function pyJson<T>(bin: string, code: string, args: readonly string[] = []): T {
  const r = python(bin, ['-c', `import json, sys\n${code}`, ...args]);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as T;
}

interface Counts {
  compiled: number;
  reused: number;
  failed: number;
}
interface CompileAnswer extends Counts {
  errors: { path: string; message: string }[];
  error_count: number;
  files: number;
  pycs: number;
  by_kind: Record<string, Counts>;
  missing_roots: string[];
  workers: number;
  seconds: number;
}
interface RefreshAnswer {
  rewritten: number;
  pruned: number;
  kept: number;
  other: number;
  failed: number;
  dirs_removed: number;
  errors: { path: string; message: string }[];
  seconds: number;
}
interface Described {
  implementation: string;
  implementation_version: string;
  version: string;
  cache_tag: string;
  magic: number;
  magic_hex: string;
  executable: string;
  prefix_supported: boolean;
  pycache_prefix: string | null;
  stdlib: string[];
  site_packages: string[];
  distributions: [string, string][];
  platform: string;
  machine: string;
}

/** The prefix path of a source, as cache_from_source builds it (POSIX). */
function pycPath(prefix: string, source: string, tag: string, opt = ''): string {
  const dir = dirname(source);
  const base = source.slice(dir.length + 1);
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  return join(prefix, dir.replace(/^\/+/, ''), `${stem}.${tag}${opt === '' ? '' : `.opt-${opt}`}.pyc`);
}

function flagsOf(pyc: string): number {
  return readFileSync(pyc).readUInt32LE(4);
}

/** Every regular file below dir with its bytes, for before/after comparisons. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isSymbolicLink()) out.set(p, `-> ${readlinkSync(p)}`);
      else if (e.isFile()) out.set(p, readFileSync(p).toString('base64'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

function pycsBelow(dir: string, tag: string): string[] {
  return [...snapshot(dir).keys()].filter((p) => p.endsWith(`.${tag}.pyc`) || p.includes(`.${tag}.opt-`));
}

/**
 * A project of 50 modules: pkg/, pkg/sub/ and a loader importing them all, plus directories
 * a walk must skip (.git, node_modules, __pycache__, a virtual environment).
 */
function makeProject(root: string): { sources: string[]; modules: string[] } {
  const sources: string[] = [];
  const modules: string[] = [];
  const put = (rel: string, text: string) => {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    return p;
  };
  sources.push(put('pkg/__init__.py', '"""A test package."""\n'));
  sources.push(put('pkg/sub/__init__.py', ''));
  modules.push('pkg', 'pkg.sub');
  for (let i = 0; i < 46; i++) {
    const rel = i % 2 === 0 ? `pkg/m${i}.py` : `pkg/sub/m${i}.py`;
    const body = [
      '# -*- coding: utf-8 -*-',
      `"""Module ${i}: caf\u00e9."""`,
      'import os',
      `VALUE = ${i}`,
      `class C${i}:`,
      '    def twice(self, x):',
      `        return [y * 2 for y in range(x) if y % ${(i % 5) + 2}]`,
      '',
    ].join('\n');
    sources.push(put(rel, body));
    modules.push(rel.replace(/\.py$/, '').replaceAll('/', '.'));
  }
  sources.push(
    put(
      'pkg/all.py',
      `${modules
        .filter((m) => m.includes('.m'))
        .map((m) => `import ${m}`)
        .join('\n')}\nTOTAL = 1\n`,
    ),
  );
  modules.push('pkg.all');
  sources.push(put('main.py', 'import pkg.all\nprint(pkg.all.TOTAL)\n'));
  modules.push('main');
  // Not to be walked: none of these may show up in the prefix.
  put('.git/hooks/hook.py', 'X = 1\n');
  put('node_modules/pkg/gyp.py', 'X = 1\n');
  put('pkg/__pycache__/stray.py', 'X = 1\n');
  put('.venv/pyvenv.cfg', 'home = /usr/bin\n');
  put('.venv/lib/python3.11/site-packages/dep.py', 'X = 1\n');
  return { sources, modules };
}

test('the helper parses and refuses cleanly on Python < 3.8', async (t) => {
  for (const [name, bin] of OLD) {
    await t.test(name, skipUnless(bin, name), () => {
      const answer = helper<{ error: string; code: string; version: string }>(bin ?? '', 'describe', {}, undefined, 2);
      assert.equal(answer.code, 'unsupported-python');
      assert.match(answer.error, /needs Python 3\.8 or newer\.$/);
      assert.equal(answer.error.split('. ').length, 1, 'one sentence');
      assert.equal(answer.version.split('.').slice(0, 2).join('.'), name.split(' ')[1]);
    });
  }
  // Python 2.7 rejects -X itself ("-X is reserved ..."), before the helper can run: a caller
  // must learn the version (describe without -X) before it passes -X pycache_prefix.
  const py27 = OLD[0]?.[1] ?? null;
  await t.test('CPython 2.7 with -X', skipUnless(py27, 'CPython 2.7'), () => {
    const r = python(py27 ?? '', ['-X', `pycache_prefix=${join(tmp, 'nope')}`, HELPER, 'describe']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /-X is reserved/);
  });
});

test('bad requests get a JSON error and exit code 2', skipUnless(PY311, 'CPython 3.11'), () => {
  const bin = PY311 ?? '';
  const r = python(bin, [HELPER, 'compile'], { input: '{not json' });
  assert.equal(r.status, 2);
  assert.equal((JSON.parse(r.stdout) as { code: string }).code, 'bad-request');
  assert.equal(helper<{ code: string }>(bin, 'frobnicate', {}, undefined, 2).code, 'bad-request');
  assert.match(helper<{ error: string }>(bin, 'compile', { roots: [] }, undefined, 2).error, /No pycache prefix/);
  assert.match(
    helper<{ error: string }>(bin, 'compile', { prefix: '/', roots: [] }, undefined, 2).error,
    /root of a file system/,
  );
  assert.match(helper<{ error: string }>(bin, 'refresh', {}, undefined, 2).error, /needs 'prefix'/);
  assert.match(
    helper<{ error: string }>(bin, 'compile', { prefix: join(tmp, 'p'), mode: 'fast', roots: [] }, undefined, 2).error,
    /'mode'/,
  );
});

for (const [name, bin] of MODERN) {
  describe(name, skipUnless(bin, name), () => {
    const py = bin ?? '';
    let facts: {
      tag: string;
      magic: number;
      magicHex: string;
      impl: string;
      stdlib: string;
      dists: [string, string][];
    };
    let work = '';

    before(() => {
      work = join(tmp, name.replace(/\W+/g, '-'));
      mkdirSync(work, { recursive: true });
      // What the interpreter says of itself, independently of the helper.
      const ref = pyJson<{
        tag: string;
        magic: number;
        magicHex: string;
        impl: string;
        stdlib: string;
        dists: [string, string][];
      }>(
        py,
        [
          'import importlib.util as u, importlib.metadata as m, re, sysconfig',
          'seen = {}',
          'for d in m.distributions():',
          '    n = d.metadata["Name"]',
          '    if n: seen.setdefault(re.sub(r"[-_.]+", "-", n).lower(), [n, d.version])',
          'print(json.dumps({"tag": sys.implementation.cache_tag, "impl": sys.implementation.name,',
          '    "magic": int.from_bytes(u.MAGIC_NUMBER[:2], "little"), "magicHex": u.MAGIC_NUMBER.hex(),',
          '    "stdlib": sysconfig.get_path("stdlib"),',
          '    "dists": sorted(seen.values(), key=lambda nv: (nv[0].lower(), nv[0], nv[1]))}))',
        ].join('\n'),
      );
      facts = ref;
    });

    test('describe', (t) => {
      const d = helper<Described>(py, 'describe', {});
      t.diagnostic(`describe took ${d.ms.toFixed(0)} ms (process included)`);
      assert.equal(d.implementation, facts.impl);
      assert.equal(d.cache_tag, facts.tag);
      assert.equal(d.magic, facts.magic);
      assert.equal(d.magic_hex, facts.magicHex);
      assert.equal(d.magic_hex.slice(4), '0d0a');
      assert.equal(d.prefix_supported, true);
      assert.equal(d.pycache_prefix, null);
      assert.equal(d.platform, process.platform);
      assert.ok(d.machine.length > 0);
      assert.equal(d.executable, realpathSync(d.executable));
      assert.match(d.version, /^3\.\d+\.\d+/);
      assert.ok(d.stdlib.includes(facts.stdlib), `${facts.stdlib} in ${d.stdlib.join(', ')}`);
      assert.equal(new Set(d.stdlib).size, d.stdlib.length);
      for (const p of [...d.stdlib, ...d.site_packages]) assert.ok(statSync(p).isDirectory(), p);
      assert.ok(d.site_packages.length > 0);
      assert.equal(new Set(d.site_packages).size, d.site_packages.length);
      for (const p of d.site_packages) assert.ok(!d.stdlib.includes(p), `${p} is not a stdlib directory`);
      // Same answer as importlib.metadata's own (slower) parser.
      assert.deepEqual(d.distributions, facts.dists);
      if (name.startsWith('PyPy')) {
        assert.equal(d.cache_tag, 'pypy39');
        assert.equal(d.version.slice(0, 4), '3.9.');
      }
      // With -X pycache_prefix the prefix is reported (and describe still works).
      const withPrefix = helper<Described>(py, 'describe', {}, join(work, 'describe-prefix'));
      assert.equal(withPrefix.pycache_prefix, join(work, 'describe-prefix'));
    });

    test('compile a project, reuse it, import from it, refresh it', async (t) => {
      const root = join(work, 'project');
      const prefix = join(work, 'prefix');
      const { sources, modules } = makeProject(root);
      const request = { roots: [{ path: root, kind: 'project' }], mode: 'checked-hash', workers: 0, optimize: [-1] };

      // Cold: everything compiled, each pyc at cache_from_source's place, checked-hash.
      const cold = helper<CompileAnswer>(py, 'compile', request, prefix);
      assert.equal(cold.files, sources.length);
      assert.deepEqual([cold.compiled, cold.reused, cold.failed], [sources.length, 0, 0]);
      assert.deepEqual(cold.by_kind, { project: { compiled: sources.length, reused: 0, failed: 0 } });
      const expected = sources.map((s) => pycPath(prefix, s, facts.tag)).sort();
      // (Python's own start-up, under -X pycache_prefix, also writes timestamp pycs of the stdlib.)
      const projectPycs = () => pycsBelow(prefix, facts.tag).filter((p) => p.startsWith(join(prefix, root) + sep));
      assert.deepEqual(projectPycs().sort(), expected, 'exactly the project pycs, nothing from skipped directories');
      const hashes = pyJson<string[]>(
        py,
        'import importlib.util as u\nprint(json.dumps([u.source_hash(open(p, "rb").read()).hex() for p in sys.argv[1:]]))',
        sources,
      );
      sources.forEach((s, i) => {
        const bytes = readFileSync(pycPath(prefix, s, facts.tag));
        assert.equal(bytes.subarray(0, 4).toString('hex'), facts.magicHex);
        assert.equal(bytes.readUInt32LE(4), 3, 'checked-hash flags');
        assert.equal(bytes.subarray(8, 16).toString('hex'), hashes[i]);
      });
      // What py_compile writes: the same header and the same code object. (CPython's bytes
      // are identical too; PyPy's marshal may differ in whether a name string is flagged as
      // interned, which depends on what the process interned before.)
      const viaPyCompile = join(work, 'py_compile.pyc');
      const one = sources[5] ?? '';
      const same = pyJson<{ header: boolean; code: boolean; bytes: boolean }>(
        py,
        [
          'import marshal, py_compile as p',
          'src, ref, ours = sys.argv[1:4]',
          'p.compile(src, cfile=ref, dfile=src, doraise=True, invalidation_mode=p.PycInvalidationMode.CHECKED_HASH)',
          'a, b = open(ref, "rb").read(), open(ours, "rb").read()',
          'print(json.dumps({"header": a[:16] == b[:16], "code": marshal.loads(a[16:]) == marshal.loads(b[16:]), "bytes": a == b}))',
        ].join('\n'),
        [one, viaPyCompile, pycPath(prefix, one, facts.tag)],
      );
      assert.deepEqual([same.header, same.code], [true, true], 'same as py_compile');
      if (facts.impl === 'cpython') assert.equal(same.bytes, true, 'byte-identical to py_compile');

      // Warm: nothing to do.
      const warm = helper<CompileAnswer>(py, 'compile', request, prefix);
      assert.deepEqual([warm.compiled, warm.reused, warm.failed], [0, sources.length, 0]);
      t.diagnostic(
        `${sources.length} modules: cold ${cold.seconds}s (${cold.workers} processes), no-op ${warm.seconds}s`,
      );

      // A new mtime (as after a fresh checkout) changes nothing for checked-hash pycs.
      const touched = sources[3] ?? '';
      utimesSync(touched, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
      const afterTouch = helper<CompileAnswer>(py, 'compile', request, prefix);
      assert.deepEqual([afterTouch.compiled, afterTouch.reused], [0, sources.length]);

      // New content: exactly that one is compiled.
      const edited = sources[7] ?? '';
      writeFileSync(edited, `${readFileSync(edited, 'utf8')}EXTRA = 2\n`);
      const afterEdit = helper<CompileAnswer>(py, 'compile', request, prefix);
      assert.deepEqual([afterEdit.compiled, afterEdit.reused, afterEdit.failed], [1, sources.length - 1, 0]);

      // A syntax error is counted and listed, not fatal.
      const bad = join(root, 'pkg', 'broken.py');
      writeFileSync(bad, 'def broken(:\n    pass\n');
      const afterBad = helper<CompileAnswer>(py, 'compile', request, prefix);
      assert.deepEqual(
        [afterBad.compiled, afterBad.reused, afterBad.failed, afterBad.files],
        [0, sources.length, 1, sources.length + 1],
      );
      assert.equal(afterBad.errors.length, 1);
      assert.equal(afterBad.errors[0]?.path, bad);
      assert.match(afterBad.errors[0]?.message ?? '', /^SyntaxError: .*\(line 1\)$/);
      assert.ok(!existsSync(pycPath(prefix, bad, facts.tag)));
      unlinkSync(bad);

      // Python imports every project module from the prefix: -v says "<pyc> matches <source>"
      // and "code object from '<pyc>'" for each, and never "code object from <source>" (what
      // it says after compiling a source). With writes allowed, no pyc changes either.
      const before = snapshot(prefix);
      const imported = python(py, ['-X', `pycache_prefix=${prefix}`, '-v', 'main.py'], {
        cwd: root,
        env: bytecodeEnv(),
      });
      assert.equal(imported.status, 0, imported.stderr);
      assert.equal(imported.stdout.trim(), '1');
      for (const s of sources) {
        if (s.endsWith('main.py')) continue; // the __main__ script is never cached
        const pyc = pycPath(prefix, s, facts.tag);
        assert.ok(imported.stderr.includes(`# ${pyc} matches ${s}\n`), `${pyc} matches ${s}`);
        assert.ok(imported.stderr.includes(`# code object from '${pyc}'\n`), `code object from ${pyc}`);
        assert.ok(!imported.stderr.includes(`# code object from ${s}\n`), `${s} was not compiled`);
      }
      assert.equal(modules.length, sources.length);
      const afterImport = snapshot(prefix);
      for (const s of sources) {
        const pyc = pycPath(prefix, s, facts.tag);
        assert.equal(afterImport.get(pyc), before.get(pyc), `${pyc} untouched by the import`);
      }

      // Refresh after a "job": Python wrote a timestamp pyc for a new module (and for any
      // stdlib module the prefix lacked), a source was deleted, and there are files refresh
      // must leave alone: another tag's pyc, a symlink to a file outside the prefix.
      const fresh = join(root, 'pkg', 'fresh.py');
      writeFileSync(fresh, 'FRESH = True\n');
      const job = python(py, ['-X', `pycache_prefix=${prefix}`, '-c', 'import pkg.fresh, pkg.m0'], {
        cwd: root,
        env: bytecodeEnv(),
      });
      assert.equal(job.status, 0, job.stderr);
      assert.equal(flagsOf(pycPath(prefix, fresh, facts.tag)), 0, 'Python wrote a timestamp pyc');
      const deleted = sources[10] ?? '';
      unlinkSync(deleted);
      const outside = join(work, 'outside');
      mkdirSync(outside, { recursive: true });
      writeFileSync(join(outside, `ghost.${facts.tag}.pyc`), 'not a pyc, outside the prefix');
      writeFileSync(join(outside, 'keep.txt'), 'keep');
      const ghostDir = join(prefix, relative('/', root), 'ghost');
      mkdirSync(ghostDir, { recursive: true });
      symlinkSync(join(outside, `ghost.${facts.tag}.pyc`), join(ghostDir, `ghost.${facts.tag}.pyc`));
      symlinkSync(outside, join(ghostDir, 'linked-dir'));
      const foreign = join(prefix, relative('/', root), 'pkg', `m2.othertag-99.pyc`);
      writeFileSync(foreign, 'another interpreter');
      const emptyDir = join(prefix, 'empty', 'nested');
      mkdirSync(emptyDir, { recursive: true });
      const timestampPycs = pycsBelow(prefix, facts.tag).filter((p) => lstatSync(p).isFile() && flagsOf(p) === 0);
      const outsideBefore = snapshot(outside);

      const refreshed = helper<RefreshAnswer>(py, 'refresh', { prefix, mode: 'checked-hash' });
      t.diagnostic(`refresh: ${JSON.stringify(refreshed)}`);
      assert.equal(refreshed.failed, 0, JSON.stringify(refreshed.errors));
      assert.equal(refreshed.rewritten, timestampPycs.length, 'every timestamp pyc Python wrote was rewritten');
      assert.ok(timestampPycs.includes(pycPath(prefix, fresh, facts.tag)));
      assert.equal(refreshed.pruned, 2, "the deleted source's pyc and the dangling symlink");
      assert.equal(flagsOf(pycPath(prefix, fresh, facts.tag)), 3);
      assert.ok(!existsSync(pycPath(prefix, deleted, facts.tag)));
      assert.ok(existsSync(foreign), 'other tags are left alone');
      assert.deepEqual(snapshot(outside), outsideBefore, 'nothing outside the prefix changed');
      assert.ok(!existsSync(join(prefix, 'empty')), 'empty directories are removed');
      assert.ok(existsSync(join(ghostDir, 'linked-dir')), 'a symlinked directory is neither followed nor removed');
      for (const p of pycsBelow(prefix, facts.tag)) assert.equal(flagsOf(p), 3, `${p} is checked-hash`);

      const again = helper<RefreshAnswer>(py, 'refresh', { prefix, mode: 'checked-hash' });
      assert.deepEqual([again.rewritten, again.pruned, again.failed], [0, 0, 0]);
      assert.equal(again.kept, pycsBelow(prefix, facts.tag).length);
      // And compile agrees that all is in order (the deleted module is simply gone).
      const final = helper<CompileAnswer>(py, 'compile', request, prefix);
      assert.deepEqual([final.compiled, final.failed, final.files], [0, 0, sources.length]);
    });

    test('optimize levels, explicit file lists, timestamp mode, roots as their own kind', () => {
      const root = join(work, 'levels');
      const prefix = join(work, 'levels-prefix');
      mkdirSync(join(root, 'vendor', 'site-packages', 'dep'), { recursive: true });
      writeFileSync(join(root, 'a.py'), 'assert True\n"""doc"""\n');
      writeFileSync(join(root, 'b.py'), 'B = 1\n');
      writeFileSync(join(root, 'vendor', 'site-packages', 'dep', '__init__.py'), 'DEP = 1\n');
      const site = join(root, 'vendor', 'site-packages');
      const request = {
        roots: [
          { path: root, kind: 'project' },
          { path: site, kind: 'site-packages' },
          { path: join(work, 'does-not-exist'), kind: 'project' },
        ],
        mode: 'checked-hash',
        optimize: [0, 1, 2, 0],
      };
      const out = helper<CompileAnswer>(py, 'compile', request, prefix);
      assert.equal(out.files, 3);
      assert.equal(out.pycs, 9);
      assert.equal(out.compiled, 9);
      assert.deepEqual(out.by_kind, {
        project: { compiled: 6, reused: 0, failed: 0 },
        'site-packages': { compiled: 3, reused: 0, failed: 0 },
      });
      assert.deepEqual(out.missing_roots, [join(work, 'does-not-exist')]);
      for (const opt of ['', '1', '2'])
        assert.ok(existsSync(pycPath(prefix, join(root, 'a.py'), facts.tag, opt)), `opt '${opt}'`);
      // Explicit files, timestamp mode: mtime matters now; the request's prefix (no -X) works.
      const ts = {
        prefix,
        roots: [{ path: root, kind: 'project', files: [join(root, 'b.py')] }],
        mode: 'timestamp',
        optimize: [0],
      };
      const first = helper<CompileAnswer>(py, 'compile', ts);
      assert.deepEqual([first.files, first.compiled], [1, 1]);
      const pyc = pycPath(prefix, join(root, 'b.py'), facts.tag);
      assert.equal(flagsOf(pyc), 0);
      assert.equal(readFileSync(pyc).readUInt32LE(8), Math.floor(statSync(join(root, 'b.py')).mtimeMs / 1000));
      assert.equal(helper<CompileAnswer>(py, 'compile', ts).reused, 1);
      utimesSync(join(root, 'b.py'), 1_700_000_000, 1_700_000_000);
      assert.equal(helper<CompileAnswer>(py, 'compile', ts).compiled, 1);
      // Back to checked-hash: the timestamp pyc has the wrong flags and is replaced.
      const back = helper<CompileAnswer>(py, 'compile', { ...ts, mode: 'checked-hash' });
      assert.equal(back.compiled, 1);
      assert.equal(flagsOf(pyc), 3);
      // unchecked-hash likewise.
      assert.equal(helper<CompileAnswer>(py, 'compile', { ...ts, mode: 'unchecked-hash' }).compiled, 1);
      assert.equal(flagsOf(pyc), 1);
    });
  });
}
