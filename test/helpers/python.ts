// Locates the real interpreters every machine of this project has (pyenv CPythons,
// Debian's pypy3 and jython), and the environment they need to write bytecode.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function pyenvRoot(): string {
  if (process.env.PYENV_ROOT) return process.env.PYENV_ROOT;
  try {
    return execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
  } catch {
    return join(process.env.HOME ?? '/root', '.pyenv');
  }
}

/** Absolute path of the pyenv CPython whose version starts with `minor` (e.g. '3.11'). */
export function cpython(minor: string): string {
  const versions = join(pyenvRoot(), 'versions');
  const match = existsSync(versions)
    ? readdirSync(versions)
        .filter((v) => v === minor || v.startsWith(`${minor}.`))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .pop()
    : undefined;
  if (match === undefined) {
    // Outside this project's machines (e.g. actions/setup-python), take `python3.11` from PATH.
    try {
      return execFileSync('which', [`python${minor}`], { encoding: 'utf8' }).trim();
    } catch {
      throw new Error(`no CPython ${minor}: neither pyenv (${versions}) nor python${minor} on PATH`);
    }
  }
  const bin = join(versions, match, 'bin', minor.startsWith('2') ? 'python2' : 'python3');
  if (!existsSync(bin)) throw new Error(`${bin} does not exist`);
  return bin;
}

export const PYPY3 = '/usr/bin/pypy3';
export const JYTHON = '/usr/bin/jython';

/** The interpreter, or null (and the test skips) on a machine without it, e.g. GitHub's runners lack 2.7 and 3.6. */
export function findCpython(minor: string): string | null {
  try {
    return cpython(minor);
  } catch {
    return null;
  }
}

export const skipUnless = (bin: string | null, what: string): { skip?: string } =>
  bin !== null && existsSync(bin) ? {} : { skip: `${what} is not installed` };

/**
 * The machine sets PYTHONDONTWRITEBYTECODE=1; children that must write bytecode drop it.
 * SOURCE_DATE_EPOCH would make py_compile write checked-hash pycs behind a test's back.
 */
export function bytecodeEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.PYTHONDONTWRITEBYTECODE;
  delete env.PYTHONPYCACHEPREFIX;
  delete env.SOURCE_DATE_EPOCH;
  return { ...env, ...extra };
}
