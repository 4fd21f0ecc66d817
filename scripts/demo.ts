// A small Python project that makes every check of the action speak, built with real git and
// real bytecode so that what `npm start` shows is what a user's repository would show:
// committed __pycache__ files, a sourceless legacy.pyc, and a .gitignore without bytecode rules.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const SOURCES: Readonly<Record<string, string>> = {
  'pyproject.toml': '[project]\nname = "demo"\nversion = "0.1.0"\n',
  'README.md': '# demo\n\nA project that committed its Python bytecode, for trying pycache-action.\n',
  '.gitignore': '*.egg-info/\n',
  'pkg/__init__.py': '"""A demo package for pycache-action."""\n\nfrom .greet import greet\n\n__all__ = ["greet"]\n',
  'pkg/greet.py': 'def greet(name: str) -> str:\n    return f"Hello, {name}!"\n',
};
const LEGACY_SOURCE = '# Built long ago; only the bytecode was kept.\nANSWER = 42\n';

/**
 * CPython 3.11.7's output for the sources above, compiled with their mtime set to
 * FALLBACK_MTIME, for machines without python3: the headers then match the sources exactly.
 */
const FALLBACK_MTIME = 1_700_000_000;
const FALLBACK_PYCS: Readonly<Record<string, string>> = {
  'pkg/__pycache__/__init__.cpython-311.pyc':
    'pw0NCgAAAAAA8VNlWAAAAOMAAAAAAAAAAAAAAAACAAAAAAAAAPMcAAAAlwBkAFoAZAFkAmwBbQFaAQEAZANnAVoCZARTACkFeiJBIGRlbW8gcGFja2FnZSBmb3IgcHljYWNoZS1hY3Rpb24u6QEAAAApAdoFZ3JlZXRyAwAAAE4pA9oHX19kb2NfX3IDAAAA2gdfX2FsbF9fqQDzAAAAAPoPcGtnL19faW5pdF9fLnB5+gg8bW9kdWxlPnIJAAAAAQAAAHMoAAAA8AMBAQHYACjQACjgABjQABjQABjQABjQABjQABjgCxKIKYAHgAeAB3IHAAAA',
  'pkg/__pycache__/greet.cpython-311.pyc':
    'pw0NCgAAAAAA8VNlOgAAAOMAAAAAAAAAAAAAAAAEAAAAAAAAAPMWAAAAlwBkAGUAZAFlAGYEZAKEBFoBZANTACkE2gRuYW1l2gZyZXR1cm5jAQAAAAAAAAAAAAAAAwAAAAMAAADzDgAAAJcAZAF8AJsAZAKdA1MAKQNOegdIZWxsbywg+gEhqQApAXICAAAAcwEAAAAg+gxwa2cvZ3JlZXQucHnaBWdyZWV0cggAAAABAAAAcxMAAACAANgLHJBU0Asc0Asc0Asc0AQc8wAAAABOKQLaA3N0cnIIAAAAcgYAAAByCQAAAHIHAAAA+gg8bW9kdWxlPnILAAAAAQAAAHMxAAAA8AMBAQHwAgEBHZAD8AABAR2YA/AAAQEd8AABAR3wAAEBHfAAAQEd8AABAR3wAAEBHXIJAAAA',
  'legacy.pyc':
    'pw0NCgAAAAAA8VNlOgAAAOMAAAAAAAAAAAAAAAABAAAAAAAAAPMKAAAAlwBkAFoAZAFTACkC6SoAAABOKQHaBkFOU1dFUqkA8wAAAAD6CWxlZ2FjeS5wefoIPG1vZHVsZT5yBwAAAAEAAABzDgAAAPADAQEB4AkLgAaABoAGcgUAAAA=',
};

const COMPILE = [
  'import py_compile',
  "for f in ('pkg/__init__.py', 'pkg/greet.py'): py_compile.compile(f, doraise=True)",
  "py_compile.compile('legacy.py', cfile='legacy.pyc', doraise=True)",
].join('\n');

function write(root: string, path: string, content: string | Uint8Array): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** git isolated from the user's configuration: no signing, hooks or templates get involved. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: devNull,
    GIT_TERMINAL_PROMPT: '0',
  };
  for (const key of [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_COMMON_DIR',
    'GIT_CONFIG',
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
    'GIT_TEMPLATE_DIR',
  ])
    delete env[key];
  return env;
}

/** Real bytecode from python3 on PATH; PYTHONDONTWRITEBYTECODE and friends would change where or how it writes. */
async function compileWithPython(root: string): Promise<boolean> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.PYTHONDONTWRITEBYTECODE;
  delete env.PYTHONPYCACHEPREFIX;
  // Set, it makes py_compile write checked-hash pycs instead of the usual timestamp ones.
  delete env.SOURCE_DATE_EPOCH;
  try {
    await run('python3', ['-c', COMPILE], { cwd: root, env });
    return existsSync(join(root, 'legacy.pyc')) && readdirSync(join(root, 'pkg', '__pycache__')).length >= 2;
  } catch {
    return false;
  }
}

/**
 * Builds the demo repository in `dir` (created if missing, and it must be empty) or in a
 * fresh temp directory, and returns its path. Two commits: the package, then its bytecode.
 */
export async function makeDemoRepo(dir?: string): Promise<string> {
  const root = dir ?? mkdtempSync(join(tmpdir(), 'pycache-demo-'));
  mkdirSync(root, { recursive: true });
  if (readdirSync(root).length > 0)
    throw new Error(`${root} is not empty; the demo repository needs an empty directory`);
  const env = gitEnv();
  const git = (...args: string[]) => run('git', args, { cwd: root, env });

  await git('init', '-q', '-b', 'main');
  await git('config', 'user.name', 'Demo Developer');
  await git('config', 'user.email', 'demo@example.com');
  await git('config', 'commit.gpgsign', 'false');
  for (const [path, content] of Object.entries(SOURCES)) write(root, path, content);
  await git('add', '-A');
  await git('commit', '-q', '-m', 'Start the demo package');

  write(root, 'legacy.py', LEGACY_SOURCE);
  if (!(await compileWithPython(root))) {
    rmSync(join(root, 'pkg', '__pycache__'), { recursive: true, force: true });
    for (const [path, base64] of Object.entries(FALLBACK_PYCS)) write(root, path, Buffer.from(base64, 'base64'));
    for (const path of ['pkg/__init__.py', 'pkg/greet.py'])
      utimesSync(join(root, path), FALLBACK_MTIME, FALLBACK_MTIME);
  }
  // The source is gone and only legacy.pyc stays: Python still imports it.
  rmSync(join(root, 'legacy.py'));
  await git('add', '-A');
  await git('commit', '-q', '-m', 'Add the build output');
  return root;
}
