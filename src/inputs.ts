// The public interface of the action: every input, output and state name lives here,
// and `readInputs` turns the raw strings the runner hands over into one typed object.
// A test checks that action.yml declares exactly these names with these defaults.

export const Input = {
  Path: 'path',
  Check: 'check',
  FailOn: 'fail-on',
  Allow: 'allow',
  IgnoreRules: 'ignore-rules',
  Fix: 'fix',
} as const;
export type InputName = (typeof Input)[keyof typeof Input];

export const Output = {
  BytecodeFiles: 'bytecode-files',
  AddedBytecodeFiles: 'added-bytecode-files',
  MissingRules: 'missing-rules',
} as const;
export type OutputName = (typeof Output)[keyof typeof Output];

export const FAIL_ON = ['added', 'any', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const IGNORE_RULES = ['error', 'warning', 'off'] as const;
export type IgnoreRulesLevel = (typeof IGNORE_RULES)[number];

export interface Inputs {
  /** Input `path` as given, relative to the workspace; files.ts resolves and confines it. */
  readonly path: string;
  readonly check: boolean;
  readonly failOn: FailOn;
  readonly allow: readonly string[];
  readonly ignoreRules: IgnoreRulesLevel;
  readonly fix: boolean;
}

/** Defaults as action.yml declares them (checked by a test). */
export const DEFAULTS: Readonly<Record<InputName, string>> = {
  [Input.Path]: '.',
  [Input.Check]: 'true',
  [Input.FailOn]: 'added',
  [Input.Allow]: '',
  [Input.IgnoreRules]: 'error',
  [Input.Fix]: 'false',
};

/** A user-facing input error: its message is the one sentence the step fails with. */
export class InputError extends Error {
  override name = 'InputError';
}

// The YAML 1.2 core-schema spellings that @actions/core's getBooleanInput accepts.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export function parseBoolean(name: InputName, raw: string): boolean {
  const value = raw.trim() === '' ? DEFAULTS[name] : raw.trim();
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(`Input '${name}' must be true or false, not ${quote(value)}.`);
}

export function parseChoice<T extends string>(name: InputName, raw: string, choices: readonly T[]): T {
  const value = raw.trim() === '' ? DEFAULTS[name] : raw.trim();
  const match = choices.find((c) => c === value);
  if (match === undefined) {
    throw new InputError(`Input '${name}' must be one of ${choices.join(', ')}, not ${quote(value)}.`);
  }
  return match;
}

export function parseList(raw: string): string[] {
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
  };
}

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}
