// The only module that runs Python. Each interpreter runs pycache_helper.py (ncc copies it
// into dist/ beside the bundle) with a JSON request on stdin and answers with one JSON
// object on stdout.
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { inside } from './paths.ts';
import { fileURLToPath } from 'node:url';
import { InputError } from './inputs.ts';
import type { Interpreter } from './warm/key.ts';

// ncc turns this `new URL(…)` into the path of the copy it puts in dist/; run from source
// it stays a URL.
const helperRef: unknown = new URL('./warm/pycache_helper.py', import.meta.url);
export const HELPER = typeof helperRef === 'string' ? helperRef : fileURLToPath(helperRef as URL);

const HELPER_TIMEOUT_MS = 20 * 60 * 1000;
const DESCRIBE_TIMEOUT_MS = 60 * 1000;

/**
 * Overrides every helper timeout (describe, compile and refresh alike), in seconds. Tests
 * set it to make a hung interpreter fail in seconds; a job whose warming legitimately takes
 * longer than 20 minutes can raise it.
 */
const TIMEOUT_VARIABLE = 'PYCACHE_ACTION_HELPER_TIMEOUT_SECONDS';

/** The timeout for one helper call: the variable when set, else the command's own. */
function helperTimeoutMs(fallbackMs: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[TIMEOUT_VARIABLE]?.trim();
  if (raw === undefined || raw === '') return fallbackMs;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new InputError(`${TIMEOUT_VARIABLE} must be a positive number of seconds, not ${JSON.stringify(raw)}.`);
  return Math.ceil(seconds * 1000);
}

/** Ends the helper and anything it started: a child that keeps the pipes open would keep this step waiting. */
function killTree(child: ChildProcess): void {
  try {
    // The helper leads its own process group (spawned detached), so this reaches its children too.
    if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
  child.stdout?.destroy();
  child.stderr?.destroy();
  child.stdin?.destroy();
}

/** `python` as a user wrote it: a name looked up on PATH as the runner's shell would, or a path. */
export async function findInterpreter(name: string, cwd: string): Promise<string> {
  const candidates =
    name.includes('/') || isAbsolute(name)
      ? [join(isAbsolute(name) ? '' : cwd, name)]
      : (process.env.PATH ?? '')
          .split(delimiter)
          .filter(Boolean)
          .map((dir) => join(dir, name));
  for (const candidate of candidates) {
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next PATH entry
    }
  }
  throw new InputError(
    `Input 'python' names ${JSON.stringify(name)}, which was not found${name.includes('/') ? '' : ' on PATH'}; install it (for example with actions/setup-python) before this step or give its path.`,
  );
}

interface HelperCall {
  readonly python: string;
  readonly command: 'describe' | 'compile' | 'refresh' | 'place' | 'collect';
  readonly request: unknown;
  readonly prefix?: string;
  readonly timeoutMs?: number;
  /** describe only: false skips `site` (and the request asks for no distributions). */
  readonly site?: boolean;
  /** Called once the interpreter has been started, so the caller can overlap its own work. */
  readonly started?: () => void;
}

/**
 * What each answer must hold before anything prints, sums or summarises it. The interpreter
 * is a program the job chose, but what it answers can still come from the checkout (a source
 * path, an error text), and a count that is really a string with a newline in it would reach
 * the log raw. `?` marks a field that may be missing.
 */
type FieldType =
  'count' | 'number' | 'number|null' | 'string' | 'boolean' | 'string|null' | 'strings' | 'pairs' | 'errors';
type Shape = Readonly<Record<string, FieldType | `${FieldType}?`>>;
const SHAPES: Readonly<Record<HelperCall['command'], Shape>> = {
  describe: {
    implementation: 'string',
    version: 'string',
    cache_tag: 'string|null',
    magic: 'count',
    executable: 'string',
    prefix_supported: 'boolean',
    stdlib: 'strings',
    site_packages: 'strings',
    distributions: 'pairs',
  },
  compile: {
    compiled: 'count',
    reused: 'count',
    failed: 'count',
    files: 'count',
    seconds: 'number',
    pyc_files: 'count',
    pyc_bytes: 'count',
    no_space: 'count?',
    skipped: 'count?',
    skipped_paths: 'errors?',
    errors: 'errors?',
  },
  refresh: {
    rewritten: 'count',
    reheadered: 'count?',
    pruned: 'count',
    unused: 'count?',
    kept: 'count',
    read: 'count?',
    written: 'count?',
    saved_files: 'count?',
    saved_bytes: 'count?',
    extra_files: 'count?',
    extra_bytes: 'count?',
    tracked: 'boolean?',
    compile_rate: 'number|null?',
    seconds: 'number?',
    skipped: 'count?',
    skipped_paths: 'errors?',
    errors: 'errors?',
  },
  place: { placed: 'count', present: 'count', refused: 'count', read_only: 'string|null', seconds: 'number?' },
  collect: {
    collected: 'count',
    reheadered: 'count',
    same: 'count',
    stale: 'count',
    refused: 'count',
    read: 'count',
    written: 'count',
    saved_files: 'count',
    saved_bytes: 'count',
    tracked: 'boolean',
    compile_rate: 'number|null',
    seconds: 'number?',
  },
};

function isType(value: unknown, type: FieldType): boolean {
  const strings = (v: unknown, length?: number): boolean =>
    Array.isArray(v) && (length === undefined || v.length === length) && v.every((x) => typeof x === 'string');
  switch (type) {
    case 'count':
      return Number.isSafeInteger(value) && (value as number) >= 0;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'string|null':
      return value === null || typeof value === 'string';
    case 'number|null':
      return value === null || (typeof value === 'number' && Number.isFinite(value));
    case 'strings':
      return strings(value);
    case 'pairs':
      return Array.isArray(value) && value.every((pair) => strings(pair, 2));
    case 'errors':
      return (
        Array.isArray(value) &&
        value.every(
          (e) =>
            e !== null &&
            typeof e === 'object' &&
            typeof (e as Record<string, unknown>).path === 'string' &&
            typeof (e as Record<string, unknown>).message === 'string',
        )
      );
  }
}

/** The first field of `answer` whose value does not have its shape's type, or null when all do. */
export function malformedField(command: HelperCall['command'], answer: unknown): string | null {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) return 'answer';
  const record = answer as Record<string, unknown>;
  for (const [field, spec] of Object.entries(SHAPES[command])) {
    const optional = spec.endsWith('?');
    const value = Object.hasOwn(record, field) ? record[field] : undefined;
    if (value === undefined && optional) continue;
    if (!isType(value, (optional ? spec.slice(0, -1) : spec) as FieldType)) return `'${field}'`;
  }
  return null;
}

/**
 * The job's environment minus every PYTHON* variable: -E makes the interpreter ignore them
 * at start-up, and dropping them keeps them from the helper's own code and its workers too
 * (PYTHONDONTWRITEBYTECODE and PYTHONPYCACHEPREFIX must not stop or redirect what it writes).
 * Kept: the two that only say where the user's site-packages are, which describe reports
 * but, under -s, never imports from.
 */
function helperEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (/^PYTHON/i.test(name) && name !== 'PYTHONUSERBASE' && name !== 'PYTHONNOUSERSITE') continue;
    out[name] = value;
  }
  return out;
}

/**
 * Interpreter options that take the helper's imports out of the job's hands. -E ignores
 * PYTHONPATH, PYTHONHOME, PYTHONSTARTUP and the rest; -s leaves out the user's
 * site-packages. For a script these equal -I (which adds only -P, dropping the helper's own
 * directory from sys.path), and unlike -I every interpreter takes them, so Python 2.7 and
 * Jython can still say they are too old. Only a full describe runs `site` (it reports the
 * interpreter's real site-packages and distributions); every other command skips it (-S):
 * they import only the standard library, so no .pth file of an installed package (an
 * editable install points one at the checkout) runs for them, and start-up is 50 ms shorter.
 * -B: the helper's own imports write no bytecode; the prefix is in the request, not
 * -X pycache_prefix, or the interpreter's start-up would write timestamp pycs into it.
 *
 * With `codeCache` (a directory of the action's own), the helper is imported by a short
 * bootstrap rather than run as a script, so its compiled code is kept there: compiling the
 * helper's 1,300 lines cost each call about 45 ms, and a job makes four or five calls.
 */
export function helperArgs(command: HelperCall['command'], codeCache: string | null = null, site = false): string[] {
  const options = ['-E', '-s', ...(site ? [] : ['-S']), '-B'];
  if (codeCache === null) return [...options, HELPER, command];
  return [...options, '-c', BOOTSTRAP, dirname(HELPER), codeCache, command];
}

/**
 * Imports pycache_helper with sys.pycache_prefix pointing at the action's own code cache
 * and bytecode writes on for that one import, then turns both back: the helper's other
 * imports read the interpreter's own pycs and write nothing. sys.path[0] (the working
 * directory, for -c) goes first, so only the action's directory and the standard library
 * are searched. Python before 3.8 has no pycache_prefix: it runs the helper uncached, which
 * then says the interpreter is too old.
 */
const BOOTSTRAP = [
  'import sys',
  'del sys.path[0]',
  'import __future__, errno, json, os, stat',
  'cached = hasattr(sys, "pycache_prefix")',
  'if cached: sys.pycache_prefix = sys.argv[2]; sys.dont_write_bytecode = False',
  'sys.path.insert(0, sys.argv[1])',
  'import pycache_helper',
  'del sys.path[0]',
  'sys.dont_write_bytecode = True',
  'if cached: sys.pycache_prefix = None',
  'sys.exit(pycache_helper.main(["pycache_helper.py", sys.argv[3]]))',
].join('\n');

/** Where the helper's compiled code is kept for the job: the runner's temporary directory, never the prefix. */
function helperCodeCache(prefix: string | undefined): string | null {
  const temp = process.env.RUNNER_TEMP;
  if (temp === undefined || !isAbsolute(temp)) return null;
  const dir = join(temp, 'pycache-action', 'helper');
  return prefix !== undefined && inside(prefix, dir) ? null : dir;
}

export function callHelper<T>(call: HelperCall): Promise<T> {
  const args = helperArgs(
    call.command,
    helperCodeCache(call.prefix),
    call.command === 'describe' && call.site !== false,
  );
  const env = helperEnv(process.env);
  // Not the checkout, nor wherever the job's steps run: the helper's start-up must not
  // depend on what a directory the pull request controls holds.
  const cwd = process.env.RUNNER_TEMP || tmpdir();
  return new Promise((resolve, reject) => {
    // Thrown here, a bad timeout variable rejects the promise before anything starts.
    const timeoutMs = helperTimeoutMs(call.timeoutMs ?? HELPER_TIMEOUT_MS);
    // detached: its own process group, so a timeout can end the helper's workers (or whatever
    // a wrapper script started) along with it.
    const child = spawn(call.python, args, {
      env,
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    call.started?.();
    // The runner cancels a step by signalling this process alone; a helper in a group of its
    // own would outlive it, still writing into the prefix. Take the group down, then go.
    const onSignal = (signal: NodeJS.Signals): void => {
      killTree(child);
      process.kill(process.pid, signal);
    };
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
    for (const signal of signals) process.once(signal, onSignal);
    child.on('close', () => {
      for (const signal of signals) process.off(signal, onSignal);
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child);
      const seconds = Math.round((timeoutMs / 1000) * 10) / 10;
      const hint =
        call.command === 'describe'
          ? `check that it is a working Python interpreter (${TIMEOUT_VARIABLE} sets the limit)`
          : `narrow 'scope' or 'sources', or raise ${TIMEOUT_VARIABLE} if it needs longer`;
      reject(
        new Error(`${call.python} did not finish '${call.command}' within ${seconds} s and was stopped; ${hint}.`),
      );
    }, timeoutMs);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`${call.python} could not be started: ${e.message}.`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) return;
      const stdout = Buffer.concat(out).toString('utf8').trim();
      let answer: unknown;
      try {
        answer = JSON.parse(stdout.slice(stdout.lastIndexOf('\n{') + 1));
      } catch {
        const stderr = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-3).join(' ');
        reject(
          new InputError(
            `${call.python} is not a Python interpreter this action can use (exit code ${code ?? 'none'}${stderr ? `: ${stderr}` : ''}).`,
          ),
        );
        return;
      }
      if (answer !== null && typeof answer === 'object' && 'error' in answer) {
        reject(
          new InputError(
            typeof answer.error === 'string'
              ? `${call.python}: ${answer.error}`
              : `${call.python} failed '${call.command}' without saying why.`,
          ),
        );
        return;
      }
      const bad = malformedField(call.command, answer);
      if (bad !== null) {
        reject(
          new InputError(
            `${call.python} answered '${call.command}' with a malformed ${bad}; check that it runs this action's pycache_helper.py unchanged.`,
          ),
        );
        return;
      }
      resolve(answer as T);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(
      JSON.stringify(call.prefix === undefined ? call.request : { ...(call.request as object), prefix: call.prefix }),
    );
  });
}

interface Described {
  implementation: string;
  version: string;
  cache_tag: string | null;
  magic: number;
  executable: string;
  prefix_supported: boolean;
  stdlib: string[];
  site_packages: string[];
  distributions: [string, string][];
}

/**
 * What `python` says of itself. `distributions` false (the in-place layout, whose tree holds
 * only the project's pycs) skips `site` and the distribution list: about 100 ms of start-up.
 */
export async function describe(
  python: string,
  { distributions = true, started }: { distributions?: boolean; started?: () => void } = {},
): Promise<Interpreter> {
  const d = await callHelper<Described>({
    python,
    command: 'describe',
    request: distributions ? {} : { distributions: false },
    timeoutMs: DESCRIBE_TIMEOUT_MS,
    site: distributions,
    ...(started === undefined ? {} : { started }),
  });
  if (!d.prefix_supported || d.cache_tag === null) {
    throw new InputError(
      `${python} is ${d.implementation} ${d.version}, which cannot read a PYTHONPYCACHEPREFIX tree; warming needs Python 3.8 or newer.`,
    );
  }
  return {
    implementation: d.implementation,
    version: d.version,
    cacheTag: d.cache_tag,
    magic: d.magic,
    executable: d.executable,
    prefixSupported: d.prefix_supported,
    stdlib: d.stdlib,
    sitePackages: d.site_packages,
    distributions: d.distributions,
  };
}
