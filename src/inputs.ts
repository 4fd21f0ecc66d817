// The public interface of the action: every input, output and state name lives here,
// and `readInputs` turns the raw strings the runner hands over into one typed object.
// A test checks that action.yml declares exactly these names with these defaults.
import type { InvalidationMode } from './check/pyc.ts';

export const Input = {
  Path: 'path',
  Check: 'check',
  FailOn: 'fail-on',
  Allow: 'allow',
  IgnoreRules: 'ignore-rules',
  Fix: 'fix',
  Sarif: 'sarif',
  Warm: 'warm',
  Python: 'python',
  Sources: 'sources',
  Scope: 'scope',
  Prefix: 'prefix',
  InvalidationMode: 'invalidation-mode',
  Layout: 'layout',
  Cache: 'cache',
  Save: 'save',
  CacheSuffix: 'cache-suffix',
  Artifacts: 'artifacts',
} as const;
export type InputName = (typeof Input)[keyof typeof Input];

export const Output = {
  BytecodeFiles: 'bytecode-files',
  AddedBytecodeFiles: 'added-bytecode-files',
  MissingRules: 'missing-rules',
  UntrackedBytecodeFiles: 'untracked-bytecode-files',
  AppendedRules: 'appended-rules',
  Prefix: 'prefix',
  CacheKey: 'cache-key',
  CacheHit: 'cache-hit',
  CacheMatchedKey: 'cache-matched-key',
  Compiled: 'compiled',
  Reused: 'reused',
} as const;
export type OutputName = (typeof Output)[keyof typeof Output];

/** What the main step hands to the post step (core.saveState / getState). */
export const State = {
  /** Saved first by the main step; the bundle runs the post step when it is set. */
  IsPost: 'isPost',
  Warm: 'warm',
  Prefix: 'prefix',
  /** The project root, whose sources the post step reads only as the main step did. */
  Project: 'project',
  Key: 'cache-key',
  MatchedKey: 'cache-matched-key',
  Interpreters: 'interpreters',
  Mode: 'invalidation-mode',
  /** prefix or in-place: where this run's pycs were (the post step collects in-place ones). */
  Layout: 'layout',
  Cache: 'cache',
  /** Why the post step must not save, or '' when it may (warm/trust.ts). */
  NoSave: 'no-save',
  /** When the main step ended (seconds since the epoch): pycs read or written after it are the job's. */
  Since: 'since',
  MainSeconds: 'main-seconds',
} as const;
export type StateName = (typeof State)[keyof typeof State];

const FAIL_ON = ['added', 'any', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

// error: fail for missing rules that let CPython's or PyPy's bytecode in (and for *.pyo and
// *$py.class only when such files are tracked); strict: fail for every missing rule.
const IGNORE_RULES = ['error', 'strict', 'warning', 'off'] as const;
export type IgnoreRulesLevel = (typeof IGNORE_RULES)[number];

const SCOPES = ['project', 'stdlib', 'site-packages'] as const;
export type Scope = (typeof SCOPES)[number];

// The pyc header's own modes (check/pyc.ts), in the order the input documents them.
const INVALIDATION_MODES = [
  'checked-hash',
  'unchecked-hash',
  'timestamp',
] as const satisfies readonly InvalidationMode[];

// prefix: PYTHONPYCACHEPREFIX points at the restored tree. in-place: the project's pycs go
// into its own __pycache__ directories and Python keeps reading the stdlib's own pycs.
const LAYOUTS = ['prefix', 'in-place'] as const;
export type Layout = (typeof LAYOUTS)[number];

export type SaveMode = 'auto' | 'true' | 'false';

export interface Inputs {
  /** Input `path` as given, relative to the workspace; files.ts resolves and confines it. */
  readonly path: string;
  readonly check: boolean;
  readonly failOn: FailOn;
  readonly allow: readonly string[];
  readonly ignoreRules: IgnoreRulesLevel;
  readonly fix: boolean;
  /** SARIF output path relative to the workspace; '' for none. */
  readonly sarif: string;
  readonly warm: boolean;
  /** Interpreter names or paths, as written. */
  readonly python: readonly string[];
  readonly sources: readonly string[];
  readonly scope: readonly Scope[];
  /** '' means `${RUNNER_TEMP}/pycache`, resolved where RUNNER_TEMP is known. */
  readonly prefix: string;
  readonly invalidationMode: InvalidationMode;
  readonly layout: Layout;
  readonly cache: boolean;
  /** auto: save except on events that run a pull request's code in the base branch's cache scope. */
  readonly save: SaveMode;
  readonly cacheSuffix: string;
  /** Globs of built distributions (wheels, sdists) relative to the workspace; none by default. */
  readonly artifacts: readonly string[];
}

/** Defaults as action.yml declares them (checked by a test). */
export const DEFAULTS: Readonly<Record<InputName, string>> = {
  [Input.Path]: '.',
  [Input.Check]: 'true',
  [Input.FailOn]: 'added',
  [Input.Allow]: '',
  [Input.IgnoreRules]: 'error',
  [Input.Fix]: 'false',
  [Input.Sarif]: '',
  [Input.Warm]: 'false',
  [Input.Python]: 'python',
  [Input.Sources]: '**/*.py',
  [Input.Scope]: 'project\nstdlib\nsite-packages',
  [Input.Prefix]: '',
  [Input.InvalidationMode]: 'checked-hash',
  [Input.Layout]: 'in-place',
  [Input.Cache]: 'true',
  [Input.Save]: 'auto',
  [Input.CacheSuffix]: '',
  [Input.Artifacts]: '',
};

/** A user-facing input error: its message is the one sentence the step fails with. */
export class InputError extends Error {
  override name = 'InputError';
}

// The YAML 1.2 core-schema spellings that @actions/core's getBooleanInput accepts.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function parseBoolean(name: InputName, raw: string): boolean {
  const value = raw.trim() === '' ? DEFAULTS[name] : raw.trim();
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(`Input '${name}' must be true or false, not ${quote(value)}.`);
}

/** auto, or a strict boolean spelled as for every boolean input. */
function parseSave(raw: string): SaveMode {
  const value = raw.trim() === '' ? DEFAULTS[Input.Save] : raw.trim();
  if (value === 'auto') return 'auto';
  if (TRUE.includes(value)) return 'true';
  if (FALSE.includes(value)) return 'false';
  throw new InputError(`Input '${Input.Save}' must be auto, true or false, not ${quote(value)}.`);
}

function parseChoice<T extends string>(name: InputName, raw: string, choices: readonly T[]): T {
  const value = raw.trim() === '' ? DEFAULTS[name] : raw.trim();
  const match = choices.find((c) => c === value);
  if (match === undefined) {
    throw new InputError(`Input '${name}' must be one of ${choices.join(', ')}, not ${quote(value)}.`);
  }
  return match;
}

/** A newline-separated list of choices, each checked, duplicates dropped. */
function parseChoices<T extends string>(name: InputName, raw: string, choices: readonly T[]): T[] {
  const values = parseList(raw.trim() === '' ? DEFAULTS[name] : raw);
  return [...new Set(values.map((v) => parseChoice(name, v, choices)))];
}

function parseList(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Reads every input once. `get` returns the raw value ('' when unset), as core.getInput does. */
export function readInputs(get: (name: InputName) => string): Inputs {
  return {
    path: get(Input.Path).trim() || DEFAULTS[Input.Path],
    check: parseBoolean(Input.Check, get(Input.Check)),
    failOn: parseChoice(Input.FailOn, get(Input.FailOn), FAIL_ON),
    allow: parseList(get(Input.Allow)),
    ignoreRules: parseChoice(Input.IgnoreRules, get(Input.IgnoreRules), IGNORE_RULES),
    fix: parseBoolean(Input.Fix, get(Input.Fix)),
    sarif: get(Input.Sarif).trim(),
    warm: parseBoolean(Input.Warm, get(Input.Warm)),
    python: parseList(get(Input.Python) || DEFAULTS[Input.Python]),
    sources: parseList(get(Input.Sources) || DEFAULTS[Input.Sources]),
    scope: parseChoices(Input.Scope, get(Input.Scope), SCOPES),
    prefix: get(Input.Prefix).trim(),
    invalidationMode: parseChoice(Input.InvalidationMode, get(Input.InvalidationMode), INVALIDATION_MODES),
    layout: parseChoice(Input.Layout, get(Input.Layout), LAYOUTS),
    cache: parseBoolean(Input.Cache, get(Input.Cache)),
    save: parseSave(get(Input.Save)),
    cacheSuffix: get(Input.CacheSuffix).trim(),
    artifacts: parseList(get(Input.Artifacts)),
  };
}

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}
