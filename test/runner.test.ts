// scripts/runner.ts reads a step's output the way actions/runner does; checked here against
// the real @actions/core escaping and file-command format, and by running small entries.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDemoRepo } from '../scripts/demo.ts';
import { parseAnnotations, parseFileCommands, runAction, type Annotation } from '../scripts/runner.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

function temp(prefix = 'pycache-runner-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs an ESM snippet with this project's node_modules, as the bundled action would use them. */
function node(script: string, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
  });
}

interface CoreCall {
  readonly level: Annotation['level'];
  readonly message: string;
  readonly properties: { title?: string; file?: string; startLine?: number; startColumn?: number };
}

/** What @actions/core itself prints for these annotations. */
function coreOutput(calls: readonly CoreCall[]): string {
  return node(
    "import * as core from '@actions/core'; for (const c of JSON.parse(process.env.CALLS)) core[c.level](c.message, c.properties);",
    { CALLS: JSON.stringify(calls) },
  );
}

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: devNull, GIT_CONFIG_NOSYSTEM: '1' },
  }).trim();

describe('parseAnnotations', () => {
  test('reads the level, the properties and the message', () => {
    assert.deepEqual(
      parseAnnotations(
        '::error file=pkg/a.pyc,line=3,title=Committed bytecode::tracked\n::warning::w\n::notice title=N::n\n',
      ),
      [
        {
          level: 'error',
          message: 'tracked',
          properties: { file: 'pkg/a.pyc', line: '3', title: 'Committed bytecode' },
        },
        { level: 'warning', message: 'w', properties: {} },
        { level: 'notice', message: 'n', properties: { title: 'N' } },
      ],
    );
  });

  test("round-trips any file name, title and message through @actions/core's escaping", () => {
    const names = [
      'nl/x\n::error::injected.pyc',
      'cr/x\r::warning::y.pyc',
      'pct/100%25.pyc',
      'pct/%0A%3A%2C%.pyc',
      'colon/a:b,c=d.pyc',
      ' lead/sp ace.pyc',
      'uni/ü €.pyc',
      'q/"x";y].pyc',
      'two::colons.pyc',
    ];
    const calls: CoreCall[] = names.map((file, i) => ({
      level: (['error', 'warning', 'notice'] as const)[i % 3] as Annotation['level'],
      message: `line one\n${file}\r\nlast: 100%0A, %25`,
      properties: { file, title: `Title ${file}, with: punctuation`, startLine: i + 1, startColumn: 2 },
    }));
    const stdout = coreOutput(calls);
    assert.equal(stdout.trimEnd().split('\n').length, names.length, 'one line per annotation');
    assert.deepEqual(
      parseAnnotations(stdout),
      calls.map((c) => ({
        level: c.level,
        message: c.message,
        properties: {
          title: c.properties.title,
          file: c.properties.file,
          line: String(c.properties.startLine),
          col: '2',
        },
      })),
    );
  });

  test('skips lines that are not annotations', () => {
    const stdout = [
      'text ::error::not at the start',
      '::error no closing marker',
      '::unknown::x',
      '::debug::d',
      '::group::g',
      '::endgroup::',
      '::set-output name=a::b',
      '::add-mask::secret',
      ':: error::space',
      '',
    ].join('\n');
    assert.deepEqual(parseAnnotations(stdout), []);
  });

  test('reads lines as the runner does where that differs from a plain reading', () => {
    const stdout = [
      '  ::warning::after leading whitespace', // the runner trims the start of a line
      'a log line\r::error::after a bare CR', // StreamReader.ReadLine ends lines at \r too
      '::ERROR::any case',
      'prefix ##[warning file=x%3By.py;line=2]legacy format %5D', // ActionCommand.TryParse
      '::error file=a.py,FILE=b.py,=x,title=,line,,col=1=2::data keeps %3A and %2C',
    ].join('\n');
    assert.deepEqual(parseAnnotations(stdout), [
      { level: 'warning', message: 'after leading whitespace', properties: {} },
      { level: 'error', message: 'after a bare CR', properties: {} },
      { level: 'error', message: 'any case', properties: {} },
      { level: 'warning', message: 'legacy format ]', properties: { file: 'x;y.py', line: '2' } },
      { level: 'error', message: 'data keeps %3A and %2C', properties: { file: 'b.py', col: '1=2' } },
    ]);
  });

  test('stop-commands pauses until its token, and refuses a command name as the token', () => {
    const stdout = [
      '::stop-commands::a-token-1',
      '::error::ignored while stopped',
      '::A-TOKEN-1::',
      '::error::counted',
      '::stop-commands::warning',
      '::error::still counted',
    ].join('\n');
    const found = parseAnnotations(stdout);
    assert.deepEqual(
      found.map((a) => a.message.slice(0, 30)),
      ['counted', 'You cannot use a endToken that', 'still counted'],
    );
  });

  test('keeps the first 100 per level and cuts messages at 4096 characters, as the runner does', () => {
    const stdout = `${'::warning::w\n'.repeat(150)}::error::${'x'.repeat(5000)}\n`;
    const found = parseAnnotations(stdout);
    assert.equal(found.filter((a) => a.level === 'warning').length, 100);
    assert.equal(found.find((a) => a.level === 'error')?.message.length, 4096);
  });
});

describe('parseFileCommands', () => {
  test('reads name=value and heredoc entries, later ones winning', () => {
    const text = [
      'a=1',
      '',
      'eq=x=y',
      'mixed=b<<c',
      'h<<EOF',
      'line one',
      '',
      'line three',
      'EOF',
      'odd<<X=1',
      'v',
      'X=1',
      'empty<<E',
      'E',
      'a=2',
      '',
    ].join('\n');
    assert.deepEqual(parseFileCommands(text), {
      a: '2',
      eq: 'x=y',
      mixed: 'b<<c',
      h: 'line one\n\nline three',
      odd: 'v',
      empty: '',
    });
  });

  test('round-trips what core.setOutput, core.exportVariable and core.saveState write', () => {
    const dir = temp();
    const files = { GITHUB_OUTPUT: join(dir, 'out'), GITHUB_ENV: join(dir, 'env'), GITHUB_STATE: join(dir, 'state') };
    for (const f of Object.values(files)) writeFileSync(f, '');
    const values: Record<string, string> = {
      multi: 'first\nsecond\n\nfourth',
      'trailing-newline': 'x\n',
      empty: '',
      equals: 'a=b',
      heredoc: 'EOF\n<<EOF\nEOF',
      json: JSON.stringify(['pkg/__pycache__/a.pyc', 'nl\nname.pyc', '100%']),
      crlf: 'a\r\nb',
    };
    node(
      "import * as core from '@actions/core'; for (const [k, v] of Object.entries(JSON.parse(process.env.VALUES))) { core.setOutput(k, v); core.exportVariable(k, v); core.saveState(k, v); }",
      {
        ...files,
        VALUES: JSON.stringify(values),
      },
    );
    for (const f of Object.values(files)) assert.deepEqual(parseFileCommands(readFileSync(f, 'utf8')), values);
  });

  test('ends lines at \\n only, as the Linux runner does', () => {
    assert.deepEqual(parseFileCommands('a=b\r\nh<<EOF\r\nv\r\nEOF\r\n'), { a: 'b\r', h: 'v\r' });
  });

  test('throws where the runner fails the step', () => {
    assert.throws(() => parseFileCommands('h<<EOF\nvalue\n'), /Matching delimiter not found 'EOF'/);
    assert.throws(() => parseFileCommands('h<<EOF\nvalue'), /EOF marker missing new line/);
    assert.throws(() => parseFileCommands('<<EOF\nEOF\n'), /Name must not be empty/);
    assert.throws(() => parseFileCommands('no separator\n'), /Invalid format 'no separator'/);
    assert.throws(() => parseFileCommands('=value\n'), /Name must not be empty/);
  });

  test('drops a byte order mark and keeps odd names as plain data', () => {
    const parsed = parseFileCommands('\uFEFF__proto__=x\nconstructor=y\n');
    assert.deepEqual(Object.keys(parsed), ['__proto__', 'constructor']);
    assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
    assert.equal(parsed.__proto__, 'x');
  });
});

/** An entry that imports nothing: it reports what it sees and uses every file command. */
const PROBE = `
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
const e = process.env;
const pick = (prefix) => Object.fromEntries(Object.entries(e).filter(([k]) => k.startsWith(prefix)));
const seen = {
  inputs: pick('INPUT_'), states: pick('STATE_'), cwd: process.cwd(), filesDir: dirname(e.GITHUB_OUTPUT),
  event: e.GITHUB_EVENT_PATH === undefined ? null : JSON.parse(readFileSync(e.GITHUB_EVENT_PATH, 'utf8')),
  eventPathSet: 'GITHUB_EVENT_PATH' in e, runnerTempExists: existsSync(e.RUNNER_TEMP ?? ''),
  files: ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'].map((k) => existsSync(e[k]) && readFileSync(e[k], 'utf8') === ''),
  env: Object.fromEntries(['GITHUB_ACTIONS', 'CI', 'GITHUB_WORKSPACE', 'GITHUB_EVENT_NAME', 'GITHUB_REPOSITORY', 'GITHUB_SHA', 'GITHUB_REF', 'RUNNER_OS', 'RUNNER_ARCH', 'EXTRA', 'PYCACHE_TEST_DROP', 'GITHUB_TOKEN'].map((k) => [k, e[k] ?? null])),
};
appendFileSync(e.GITHUB_OUTPUT, 'simple=1\\nmulti<<EOF_1\\nline one\\nline two\\nEOF_1\\nseen<<EOF_2\\n' + JSON.stringify(seen) + '\\nEOF_2\\n');
appendFileSync(e.GITHUB_ENV, 'FOO=bar\\n');
appendFileSync(e.GITHUB_STATE, 'pid=42\\n');
appendFileSync(e.GITHUB_PATH, '/opt/tool/bin\\n\\n/opt/other\\n');
appendFileSync(e.GITHUB_STEP_SUMMARY, '<h2>hi</h2>\\n');
console.log('::error file=a.py::x');
console.log('plain log line');
console.error('::warning::from stderr');
process.exitCode = Number(e['INPUT_EXIT-CODE'] || 0);
`;

function probe(dir = temp()): string {
  const entry = join(dir, 'probe.mjs');
  writeFileSync(entry, PROBE);
  return entry;
}

interface Seen {
  inputs: Record<string, string>;
  states: Record<string, string>;
  cwd: string;
  filesDir: string;
  event: unknown;
  eventPathSet: boolean;
  runnerTempExists: boolean;
  files: boolean[];
  env: Record<string, string | null>;
}

describe('runAction', () => {
  test('runs an entry with the runner environment and reads back every file command', async () => {
    const workspace = temp();
    const saved = {
      INPUT_STALE: process.env.INPUT_STALE,
      STATE_STALE: process.env.STATE_STALE,
      PYCACHE_TEST_DROP: process.env.PYCACHE_TEST_DROP,
      GITHUB_TOKEN: process.env.GITHUB_TOKEN,
    };
    Object.assign(process.env, {
      INPUT_STALE: 'leak',
      STATE_STALE: 'leak',
      PYCACHE_TEST_DROP: 'leak',
      GITHUB_TOKEN: 'leak',
    });
    let run;
    try {
      run = await runAction({
        entry: probe(),
        workspace,
        inputs: { 'fail-on': 'any', 'exit-code': '1', 'with space': 'y' },
        eventName: 'pull_request',
        event: { pull_request: { number: 7, base: { ref: 'main' }, head: { ref: 'topic' } } },
        state: { token: 'abc' },
        env: { EXTRA: '1', PYCACHE_TEST_DROP: undefined },
      });
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    assert.equal(run.code, 1);
    assert.deepEqual(run.annotations, [
      { level: 'error', message: 'x', properties: { file: 'a.py' } },
      { level: 'warning', message: 'from stderr', properties: {} },
    ]);
    assert.match(run.stdout, /^plain log line$/m);
    assert.equal(run.outputs.simple, '1');
    assert.equal(run.outputs.multi, 'line one\nline two');
    assert.deepEqual(run.env, { FOO: 'bar' });
    assert.deepEqual(run.state, { pid: '42' });
    assert.deepEqual(run.path, ['/opt/tool/bin', '/opt/other']);
    assert.equal(run.summary, '<h2>hi</h2>\n');

    const seen = JSON.parse(run.outputs.seen ?? '{}') as Seen;
    assert.deepEqual(seen.inputs, { 'INPUT_FAIL-ON': 'any', 'INPUT_EXIT-CODE': '1', INPUT_WITH_SPACE: 'y' });
    assert.deepEqual(seen.states, { STATE_token: 'abc' });
    assert.equal(seen.cwd, realpathSync(workspace));
    assert.deepEqual(seen.event, { pull_request: { number: 7, base: { ref: 'main' }, head: { ref: 'topic' } } });
    assert.ok(seen.runnerTempExists);
    assert.deepEqual(seen.files, [true, true, true, true, true], 'every file command starts empty');
    assert.deepEqual(seen.env, {
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'owner/repo',
      GITHUB_SHA: '0'.repeat(40),
      GITHUB_REF: 'refs/pull/7/merge',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      EXTRA: '1',
      PYCACHE_TEST_DROP: null,
      GITHUB_TOKEN: null,
    });
    assert.ok(!existsSync(seen.filesDir), 'the per-run temp files are removed');
  });

  test('takes GITHUB_SHA and GITHUB_REF from a git workspace, and can leave GITHUB_EVENT_PATH unset', async () => {
    const workspace = temp();
    git(workspace, 'init', '-q', '-b', 'trunk');
    git(workspace, 'commit', '-q', '--allow-empty', '-m', 'x');
    const run = await runAction({ entry: probe(), workspace, event: null });
    const seen = JSON.parse(run.outputs.seen ?? '{}') as Seen;
    assert.equal(seen.env.GITHUB_SHA, git(workspace, 'rev-parse', 'HEAD'));
    assert.equal(seen.env.GITHUB_REF, 'refs/heads/trunk');
    assert.equal(seen.env.GITHUB_EVENT_NAME, 'workflow_dispatch');
    assert.equal(seen.eventPathSet, false);
    assert.equal(run.code, 0);
  });

  test('sets every input action.yml declares, and warns about undeclared ones as the runner does', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(
      join(dir, 'action.yml'),
      'name: t\ninputs:\n  greeting:\n    default: hello\n  fail-on:\n    default: added\n  version:\n    default: 3.10\n  empty:\n    description: no default\nruns:\n  using: node24\n  main: dist/probe.mjs\n',
    );
    const run = await runAction({
      entry: probe(join(dir, 'dist')),
      workspace: temp(),
      inputs: { 'fail-on': 'any', bogus: 'x' },
    });
    const seen = JSON.parse(run.outputs.seen ?? '{}') as Seen;
    assert.deepEqual(seen.inputs, {
      INPUT_GREETING: 'hello',
      'INPUT_FAIL-ON': 'any',
      INPUT_VERSION: '3.10',
      INPUT_EMPTY: '',
      INPUT_BOGUS: 'x',
    });
    assert.deepEqual(run.annotations[0], {
      level: 'warning',
      message: "Unexpected input(s) 'bogus', valid inputs are ['greeting', 'fail-on', 'version', 'empty']",
      properties: {},
    });
  });

  test('fails the step when a file command is malformed, as the runner does', async () => {
    const dir = temp();
    const entry = join(dir, 'bad.mjs');
    writeFileSync(
      entry,
      "import { appendFileSync } from 'node:fs'; appendFileSync(process.env.GITHUB_OUTPUT, 'no separator\\n');",
    );
    const run = await runAction({ entry, workspace: dir });
    assert.equal(run.code, 1);
    assert.deepEqual(run.outputs, {});
    assert.deepEqual(
      run.annotations.map((a) => a.message),
      ["Unable to process file command 'output' successfully.", "Invalid format 'no separator'"],
    );
  });

  test('kills an entry that runs past the timeout, and rejects', async () => {
    const dir = temp();
    const entry = join(dir, 'hang.mjs');
    writeFileSync(entry, "console.log('started'); setInterval(() => {}, 1000);");
    await assert.rejects(runAction({ entry, workspace: dir, timeoutMs: 500 }), /timed out after 500 ms[\s\S]*started/);
  });
});

describe('npm start (scripts/local.ts)', () => {
  const local = join(root, 'scripts', 'local.ts');
  const start = (...args: string[]) =>
    spawnSync(process.execPath, [local, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });

  function reporter(): string {
    const dir = temp();
    const entry = join(dir, 'report.mjs');
    writeFileSync(
      entry,
      `import { appendFileSync } from 'node:fs';
const e = process.env;
console.log('::error file=pkg/__pycache__/a.cpython-311.pyc,title=Committed bytecode::tracked%0Asecond line');
console.log('::warning::no file');
appendFileSync(e.GITHUB_STEP_SUMMARY, '<h3>Committed bytecode</h3>\\n<table><tr><th>File</th><th>Python</th></tr><tr><td><code>pkg/a.pyc</code></td><td>CPython 3.11</td></tr></table>\\n');
appendFileSync(e.GITHUB_OUTPUT, 'seen=' + JSON.stringify({ failOn: e['INPUT_FAIL-ON'] ?? null, allow: e.INPUT_ALLOW ?? null, event: e.GITHUB_EVENT_NAME, workspace: e.GITHUB_WORKSPACE }) + '\\n');
process.exitCode = 1;
`,
    );
    return entry;
  }

  test('prints annotations, the rendered summary, the outputs and the verdict, and exits with the code', () => {
    const dir = temp();
    const result = start(
      '--entry',
      reporter(),
      dir,
      '--fail-on',
      'any',
      '--allow=tests/fixtures/**',
      '--event',
      'push',
    );
    assert.equal(result.status, 1, result.stderr);
    const out = result.stdout;
    assert.match(
      out,
      /^error {4}pkg\/__pycache__\/a\.cpython-311\.pyc {2}Committed bytecode: tracked\n {9}second line$/m,
    );
    assert.match(out, /^warning {2}no file$/m);
    assert.match(out, /^Committed bytecode\n-{18}\n\nFile {7}Python\n-{9} {2}-{12}\npkg\/a\.pyc {2}CPython 3\.11$/m);
    assert.match(
      out,
      /^seen = \{"failOn":"any","allow":"tests\/fixtures\/\*\*","event":"push","workspace":"[^"]+"\}$/m,
    );
    assert.match(out, /\nFAIL \(exit code 1\)\n$/);
    assert.doesNotMatch(out, /\u001b\[/, 'no colour when NO_COLOR is set');
  });

  test('--raw prints the step output and the summary as they are', () => {
    const result = start('--entry', reporter(), temp(), '--raw');
    assert.match(
      result.stdout,
      /^::error file=pkg\/__pycache__\/a\.cpython-311\.pyc,title=Committed bytecode::tracked%0Asecond line$/m,
    );
    assert.match(result.stdout, /^<h3>Committed bytecode<\/h3>$/m);
  });

  test('without a directory it runs on a fresh demo repository with fail-on: any', () => {
    const result = start('--entry', reporter());
    const demo = /^Demo repository: (.+)$/m.exec(result.stdout)?.[1];
    assert.ok(demo !== undefined, result.stdout + result.stderr);
    cleanups.push(() => rmSync(demo, { recursive: true, force: true }));
    const seen = JSON.parse(/^seen = (.+)$/m.exec(result.stdout)?.[1] ?? '{}') as { failOn: string; workspace: string };
    assert.equal(seen.failOn, 'any');
    assert.equal(seen.workspace, demo);
  });

  test('runs a subdirectory of a repository as the path input, from the repository root', () => {
    const repo = temp();
    git(repo, 'init', '-q');
    mkdirSync(join(repo, 'proj', 'src'), { recursive: true });
    const result = start('--entry', reporter(), join(repo, 'proj', 'src'));
    assert.match(result.stdout, /path: "proj\/src"/);
    assert.equal(
      (JSON.parse(/^seen = (.+)$/m.exec(result.stdout)?.[1] ?? '{}') as { workspace: string }).workspace,
      realpathSync(repo),
    );
  });

  test('resolves paths from where npm start was typed, and infers the event from --event-path', () => {
    const dir = temp();
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 1 } }));
    const result = spawnSync(process.execPath, [local, '--entry', reporter(), '.', '--event-path', 'event.json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', INIT_CWD: dir },
    });
    const seen = JSON.parse(/^seen = (.+)$/m.exec(result.stdout)?.[1] ?? '{}') as { event: string; workspace: string };
    assert.deepEqual(seen.event, 'pull_request', result.stdout + result.stderr);
    assert.equal(seen.workspace, dir);
  });

  test('--help prints the usage; a bad argument exits 2', () => {
    const help = start('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: npm start -- \[dir\] \[options\]/);
    const bad = start('--fail-on');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--fail-on needs a value/);
    assert.equal(start(join(temp(), 'missing')).status, 2);
  });
});

describe('makeDemoRepo', () => {
  test('commits real bytecode, a sourceless legacy.pyc and a .gitignore without bytecode rules', async () => {
    const dir = await makeDemoRepo(join(temp(), 'demo'));
    const tracked = git(dir, 'ls-files').split('\n');
    const pycs = tracked.filter((f) => f.startsWith('pkg/__pycache__/'));
    assert.equal(pycs.length, 2);
    for (const f of pycs) assert.match(f, /^pkg\/__pycache__\/(__init__|greet)\.cpython-3\d+\.pyc$/);
    assert.ok(tracked.includes('legacy.pyc') && !tracked.includes('legacy.py') && !existsSync(join(dir, 'legacy.py')));
    assert.equal(readFileSync(join(dir, '.gitignore'), 'utf8'), '*.egg-info/\n');
    assert.equal(git(dir, 'rev-list', '--count', 'HEAD'), '2');
    // A pyc header: a magic number ending in \r\n.
    assert.deepEqual([...readFileSync(join(dir, 'legacy.pyc')).subarray(2, 4)], [0x0d, 0x0a]);
    await assert.rejects(makeDemoRepo(dir), /not empty/);
  });
});
