// Runs a bundled action entry the way actions/runner runs a `node24` action's main or post
// step, and reads back what the runner would: annotations from the process output, and the
// output, env, state, path and step-summary files. The end-to-end tests, `npm start` and the
// benchmarks all go through here, so that what they see is what a workflow would see.
//
// The parsing follows the runner's own code (ActionCommand.TryParseV2/TryParse,
// ActionCommandManager, OutputManager, FileCommandManager.EnvFileKeyValuePairs), including
// the parts @actions/core never produces, because the point is to catch output the action
// should not produce: a raw "\r::error::" in a logged file name is a command to the runner.
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { distState } from './fresh-dist.js';

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  /** Decoded: the workflow-command escaping is undone. */
  readonly message: string;
  /** Decoded property values, keyed as first written (the runner's keys are case-insensitive). */
  readonly properties: Readonly<Record<string, string>>;
}

export interface ActionRun {
  /** The process exit code (128 + signal number if killed), or 1 if the runner would fail the step on a malformed file command. */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** From stdout, then stderr: the runner reads commands from both. */
  readonly annotations: readonly Annotation[];
  readonly outputs: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, string>>;
  readonly state: Readonly<Record<string, string>>;
  readonly path: readonly string[];
  readonly summary: string;
}

export interface RunOptions {
  /** Default: this repository's dist/index.js. */
  readonly entry?: string;
  /** GITHUB_WORKSPACE and the child's cwd. */
  readonly workspace: string;
  /** As in a step's `with:`; INPUT_<NAME> with spaces as underscores, upper-cased, dashes kept. */
  readonly inputs?: Readonly<Record<string, string>>;
  /** Default 'workflow_dispatch'. */
  readonly eventName?: string;
  /** The webhook payload at GITHUB_EVENT_PATH; null leaves GITHUB_EVENT_PATH unset. Default {}. */
  readonly event?: unknown;
  /** STATE_<name> variables, as the runner passes a main step's saved state to its post step. */
  readonly state?: Readonly<Record<string, string>>;
  /** Applied last; undefined deletes a variable. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** RUNNER_TEMP; default a fresh directory, removed afterwards. */
  readonly runnerTemp?: string;
  /** Default 120000: the child is killed and the promise rejects. */
  readonly timeoutMs?: number;
}

type Level = Annotation['level'];

/** Every command the runner registers; a line naming anything else is not a command (ActionCommandManager). */
const REGISTERED = new Set([
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
]);

/** ExecutionContext.AddIssue: longer messages are cut, and each level keeps its first 100 per step. */
const MAX_MESSAGE_LENGTH = 4096;
const MAX_ISSUES_PER_LEVEL = 100;
/** CreateStepSummaryCommand.AttachmentSizeLimit. */
const SUMMARY_LIMIT = 1024 * 1024;

// The runner undoes escapes with sequential String.Replace calls in this order, %25 last.
type Mapping = readonly (readonly [string, string])[];
const V2_DATA: Mapping = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const V2_PROPERTY: Mapping = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];
const V1: Mapping = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%'],
];

function unescape(text: string, mapping: Mapping): string {
  let out = text;
  for (const [escaped, raw] of mapping) out = out.replaceAll(escaped, raw);
  return out;
}

// .NET's String.Trim/TrimStart remove Char.IsWhiteSpace characters, which differ from
// JavaScript's trim() (U+0085 yes, U+FEFF no).
const WS = '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const LEADING_WS = new RegExp(`^[${WS}]+`);
const TRAILING_WS = new RegExp(`[${WS}]+$`);

/** StreamReader.ReadLine, which the runner reads the step's output with: \r, \n and \r\n all end a line. */
function outputLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** String.Split(separator, count: 2, StringSplitOptions.RemoveEmptyEntries), which splits key=value. */
function splitPair(text: string, separator: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
    const entry = text.slice(from, at);
    from = at + separator.length;
    if (entry !== '') {
      out.push(entry);
      // Empty entries between the first one and the remainder are skipped too.
      while (text.startsWith(separator, from)) from += separator.length;
      break;
    }
  }
  const rest = text.slice(from);
  if (rest !== '') out.push(rest);
  return out;
}

/** The runner's Dictionary<string, string>(StringComparer.OrdinalIgnoreCase): a later write keeps the first key's spelling. */
class Properties {
  readonly #entries = new Map<string, [string, string]>();
  set(key: string, value: string): void {
    const folded = key.toLowerCase();
    const existing = this.#entries.get(folded);
    this.#entries.set(folded, [existing?.[0] ?? key, value]);
  }
  toRecord(): Record<string, string> {
    // fromEntries defines own properties, so a key like __proto__ stays data.
    return Object.fromEntries([...this.#entries.values()]);
  }
}

interface Command {
  readonly name: string;
  readonly properties: Properties;
  readonly data: string;
}

/** ActionCommand.TryParseV2: `::name k=v,k=v::data`, after leading whitespace. */
function parseV2(line: string, registered: (name: string) => boolean): Command | null {
  const message = line.replace(LEADING_WS, '');
  if (!message.startsWith('::')) return null;
  const end = message.indexOf('::', 2);
  if (end < 0) return null;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered(name)) return null;
  const properties = new Properties();
  if (space > 0) {
    const list = info
      .slice(space + 1)
      .replace(LEADING_WS, '')
      .replace(TRAILING_WS, '');
    for (const entry of list.split(',')) {
      if (entry === '') continue;
      const pair = splitPair(entry, '=');
      if (pair.length === 2) properties.set(pair[0] as string, unescape(pair[1] as string, V2_PROPERTY));
    }
  }
  return { name, properties, data: unescape(message.slice(end + 2), V2_DATA) };
}

/** ActionCommand.TryParse, the legacy `##[name k=v;k=v]data`, which may start anywhere in a line. */
function parseV1(line: string, registered: (name: string) => boolean): Command | null {
  const start = line.indexOf('##[');
  if (start < 0) return null;
  const bracket = line.indexOf(']', start);
  if (bracket < 0) return null;
  const info = line.slice(start + 3, bracket);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered(name)) return null;
  const properties = new Properties();
  if (space > 0) {
    for (const entry of info.slice(space + 1).split(';')) {
      if (entry === '') continue;
      const pair = splitPair(entry, '=');
      if (pair.length === 2) properties.set(pair[0] as string, unescape(pair[1] as string, V1));
    }
  }
  return { name, properties, data: unescape(line.slice(bracket + 1), V1) };
}

const STOP_TOKEN_ERROR =
  "You cannot use a endToken that is an empty string, the string 'pause-logging', or another workflow command. For more information see: https://docs.github.com/actions/learn-github-actions/workflow-commands-for-github-actions#example-stopping-and-starting-workflow-commands or opt into insecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS` environment variable to `true`.";

/** ActionCommandManager over several streams; stop-commands state is shared, as in the runner. */
class CommandReader {
  readonly annotations: Annotation[] = [];
  readonly #counts: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  #stopToken: string | null = null;

  add(level: Level, message: string, properties: Record<string, string> = {}): void {
    if (this.#counts[level]++ >= MAX_ISSUES_PER_LEVEL) return;
    this.annotations.push({
      level,
      message: message.length > MAX_MESSAGE_LENGTH ? message.slice(0, MAX_MESSAGE_LENGTH) : message,
      properties,
    });
  }

  read(text: string): void {
    for (const line of outputLines(text)) {
      // OutputManager only hands lines with either marker to the command manager.
      if (!line.includes('::') && !line.includes('##[')) continue;
      const stop = this.#stopToken?.toLowerCase();
      const registered = (name: string): boolean =>
        REGISTERED.has(name.toLowerCase()) || (stop !== undefined && name.toLowerCase() === stop);
      const command = parseV2(line, registered) ?? parseV1(line, registered);
      if (command === null) continue;
      const name = command.name.toLowerCase();
      if (stop !== undefined) {
        if (name === stop) this.#stopToken = null;
        continue;
      }
      if (name === 'stop-commands') {
        const token = command.data;
        if (token === '' || token.toLowerCase() === 'pause-logging' || REGISTERED.has(token.toLowerCase()))
          this.add('error', STOP_TOKEN_ERROR);
        else this.#stopToken = token;
      } else if (name === 'error' || name === 'warning' || name === 'notice') {
        this.add(name, command.data, command.properties.toRecord());
      }
    }
  }
}

/**
 * The error, warning and notice annotations the runner makes of a step's output. Lines end
 * at \r, \n or \r\n; `::` commands may follow leading whitespace; legacy `##[` commands may
 * start anywhere; `::stop-commands::` pauses parsing until its token; like the runner, only
 * the first 100 per level are kept and messages are cut at 4096 characters.
 */
export function parseAnnotations(stdout: string): Annotation[] {
  const reader = new CommandReader();
  reader.read(stdout);
  return reader.annotations;
}

/** ReadLine of EnvFileKeyValuePairs on Linux: only \n ends a line; a \r stays in the line. */
function fileLine(text: string, from: number): { line: string; next: number; newline: boolean } | null {
  if (from >= text.length) return null;
  const lf = text.indexOf('\n', from);
  if (lf < 0) return { line: text.slice(from), next: text.length, newline: false };
  return { line: text.slice(from, lf), next: lf + 1, newline: true };
}

/**
 * A GITHUB_OUTPUT, GITHUB_ENV or GITHUB_STATE file as the runner reads it: `name=value` and
 * `name<<DELIMITER` … `DELIMITER`, later names winning. Throws where the runner would fail
 * the step (no name, no delimiter, unterminated value).
 */
export function parseFileCommands(text: string): Record<string, string> {
  // File.ReadAllText drops a UTF-8 byte order mark.
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const values = new Map<string, string>();
  for (let read = fileLine(content, 0); read !== null; read = fileLine(content, read.next)) {
    const { line } = read;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      // The runner's own check here is ineffective, but setting an output or variable
      // named '' then throws, which fails the step all the same.
      if (equals === 0) throw new Error(`Invalid format '${line}'. Name must not be empty`);
      values.set(line.slice(0, equals), line.slice(equals + 1));
    } else if (heredoc >= 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (name === '' || delimiter === '')
        throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
      const start = read.next;
      let end = start;
      let value = fileLine(content, read.next);
      while (value === null || value.line !== delimiter) {
        if (value === null) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
        if (!value.newline) throw new Error('Invalid value. EOF marker missing new line.');
        end = value.next - 1;
        value = fileLine(content, value.next);
      }
      values.set(name, end > start ? content.slice(start, end) : '');
      read = value;
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return Object.fromEntries(values);
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** The bundled main step (runs.main in action.yml). */
export const DIST_ENTRY = join(repoRoot, 'dist', 'index.js');
/** The bundled post step (runs.post in action.yml): the same bundle, run with the main step's saved state. */
export const DIST_POST = DIST_ENTRY;

interface ActionManifest {
  readonly inputs: ReadonlyMap<string, string>;
}

/**
 * The action.yml whose runs.main, pre or post is `entry`, found upwards from it. The runner
 * sets every declared input (default or '') and warns about undeclared ones, so a run from
 * dist/ sees the same INPUT_* variables as a workflow step does.
 */
function manifestFor(entry: string): ActionManifest | null {
  const target = realpathSync(entry);
  for (let dir = dirname(target); ; dir = dirname(dir)) {
    for (const name of ['action.yml', 'action.yaml']) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      // failsafe: scalars as written, as the runner's template reader keeps `default: 1.10`.
      const doc = parseYaml(readFileSync(file, 'utf8'), { schema: 'failsafe' }) as {
        inputs?: Record<string, { default?: unknown } | null>;
        runs?: Record<string, unknown>;
      } | null;
      const runs = doc?.runs ?? {};
      const scripts = ['main', 'pre', 'post'].map((k) => runs[k]).filter((s): s is string => typeof s === 'string');
      if (!scripts.some((s) => existsSync(resolve(dir, s)) && realpathSync(resolve(dir, s)) === target)) return null;
      const inputs = new Map<string, string>();
      for (const [key, spec] of Object.entries(doc?.inputs ?? {}))
        inputs.set(key, typeof spec?.default === 'string' ? spec.default : '');
      return { inputs };
    }
    if (dirname(dir) === dir) return null;
  }
}

function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

// Variables git itself clears for a nested repository: inherited from a hook or a
// `git -c` caller, they would point the action's git at another repository.
const GIT_LOCAL_ENV = [
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_CONFIG',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GIT_OBJECT_DIRECTORY',
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_GRAFT_FILE',
  'GIT_INDEX_FILE',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_REPLACE_REF_BASE',
  'GIT_PREFIX',
  'GIT_INTERNAL_SUPER_PREFIX',
  'GIT_SHALLOW_FILE',
  'GIT_COMMON_DIR',
];

function git(workspace: string, env: NodeJS.ProcessEnv, ...args: string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd: workspace,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

function field(value: unknown, ...path: string[]): unknown {
  let at = value;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

/** GITHUB_REF and friends as the runner derives them from the event. */
function refVariables(
  eventName: string,
  event: unknown,
  workspace: string,
  env: NodeJS.ProcessEnv,
): Record<string, string> {
  const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  let ref: string;
  let baseRef = '';
  let headRef = '';
  const number = str(field(event, 'pull_request', 'number') ?? field(event, 'number'));
  if (eventName.startsWith('pull_request') && number !== '') {
    ref = `refs/pull/${number}/merge`;
    baseRef = str(field(event, 'pull_request', 'base', 'ref'));
    headRef = str(field(event, 'pull_request', 'head', 'ref'));
  } else if (str(field(event, 'ref')).startsWith('refs/')) {
    ref = str(field(event, 'ref'));
  } else {
    const branch = git(workspace, env, 'symbolic-ref', '-q', 'HEAD');
    ref = branch ?? 'refs/heads/main';
  }
  const type = ref.startsWith('refs/tags/') ? 'tag' : 'branch';
  const name = ref.replace(/^refs\/(heads|tags|pull)\//, '');
  return {
    GITHUB_REF: ref,
    GITHUB_REF_NAME: name,
    GITHUB_REF_TYPE: type,
    GITHUB_BASE_REF: baseRef,
    GITHUB_HEAD_REF: headRef,
  };
}

function signalCode(signal: NodeJS.Signals | null): number {
  const number = signal === null ? undefined : constants.signals[signal];
  return number === undefined ? 1 : 128 + number;
}

function tail(text: string, chars = 2000): string {
  return text.length > chars ? `…${text.slice(-chars)}` : text;
}

let distChecked = false;
/** Running an old bundle would test old code: the stamp of the last build here says whether dist/ is current. */
function refuseStaleDist(): void {
  if (distChecked) return;
  if (distState() === 'stale')
    throw new Error(
      'dist/ is older than the source it is built from: run npm run build (npm test and npm start do it first).',
    );
  distChecked = true;
}

/** Runs the entry as a node24 action step and returns what the runner would record. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const entry = resolve(options.entry ?? DIST_ENTRY);
  const workspace = resolve(options.workspace);
  if (!existsSync(entry))
    throw new Error(`no action entry at ${entry}${options.entry === undefined ? ' (run npm run build first)' : ''}`);
  if (entry === DIST_ENTRY) refuseStaleDist();
  if (!existsSync(workspace)) throw new Error(`workspace ${workspace} does not exist`);
  const eventName = options.eventName ?? 'workflow_dispatch';
  const event = options.event === undefined ? {} : options.event;

  const runDir = mkdtempSync(join(tmpdir(), 'pycache-run-'));
  try {
    const files = join(runDir, '_runner_file_commands');
    mkdirSync(files);
    const suffix = randomUUID();
    const file = (prefix: string): string => {
      const path = join(files, `${prefix}${suffix}`);
      writeFileSync(path, '');
      return path;
    };
    const paths = {
      output: file('set_output_'),
      env: file('set_env_'),
      state: file('save_state_'),
      path: file('add_path_'),
      summary: file('step_summary_'),
    };
    const runnerTemp = options.runnerTemp ?? join(runDir, '_temp');
    mkdirSync(runnerTemp, { recursive: true });

    const childEnv: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
      // A real job's GITHUB_*/RUNNER_*/ACTIONS_* (tests may run inside one) would leak its
      // event, files and cache service into the child; the runner sets its own.
      if (/^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_)/i.test(key)) continue;
      if (GIT_LOCAL_ENV.includes(key) || /^GIT_CONFIG_(KEY|VALUE)_\d+$/.test(key)) continue;
      // node --test marks its children; the runner removes NODE_ICU_DATA (actions/runner#795).
      if (key === 'NODE_TEST_CONTEXT' || key === 'NODE_ICU_DATA') continue;
      childEnv[key] = value;
    }
    // Extra env applies before the git look-ups so they see the caller's git configuration.
    const applyExtra = (): void => {
      for (const [key, value] of Object.entries(options.env ?? {})) {
        if (value === undefined) delete childEnv[key];
        else childEnv[key] = value;
      }
    };
    applyExtra();

    const manifest = manifestFor(entry);
    const given = options.inputs ?? {};
    const annotations = new CommandReader();
    if (manifest !== null) {
      for (const [name, value] of manifest.inputs) childEnv[inputVariable(name)] = value;
      const declared = new Set([...manifest.inputs.keys()].map((k) => k.toLowerCase()));
      const unexpected = Object.keys(given).filter((k) => !declared.has(k.toLowerCase()));
      if (unexpected.length > 0 && manifest.inputs.size > 0) {
        annotations.add(
          'warning',
          `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${[...manifest.inputs.keys()].join("', '")}']`,
        );
      }
    }
    for (const [name, value] of Object.entries(given)) childEnv[inputVariable(name)] = value;
    for (const [name, value] of Object.entries(options.state ?? {})) childEnv[`STATE_${name}`] = value;

    let eventPath: string | undefined;
    if (event !== null) {
      eventPath = join(runDir, 'event.json');
      writeFileSync(eventPath, JSON.stringify(event, null, 2));
    }
    const sha = git(workspace, childEnv, 'rev-parse', '--verify', '-q', 'HEAD') ?? '0'.repeat(40);
    Object.assign(childEnv, {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: '__self',
      GITHUB_ACTOR: 'octocat',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
      GITHUB_JOB: 'test',
      GITHUB_REPOSITORY: 'owner/repo',
      GITHUB_REPOSITORY_OWNER: 'owner',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_NUMBER: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_SHA: sha,
      GITHUB_WORKFLOW: 'ci',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: paths.output,
      GITHUB_ENV: paths.env,
      GITHUB_STATE: paths.state,
      GITHUB_PATH: paths.path,
      GITHUB_STEP_SUMMARY: paths.summary,
      RUNNER_ARCH: 'X64',
      RUNNER_ENVIRONMENT: 'github-hosted',
      RUNNER_NAME: 'local',
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: runnerTemp,
      ...refVariables(eventName, event, workspace, childEnv),
    });
    if (eventPath !== undefined) childEnv.GITHUB_EVENT_PATH = eventPath;
    // The caller has the last word, e.g. to set RUNNER_DEBUG or drop GITHUB_SHA.
    applyExtra();

    const { code, stdout, stderr } = await spawnStep(entry, workspace, childEnv, options.timeoutMs ?? 120_000);

    annotations.read(stdout);
    annotations.read(stderr);
    let failed = false;
    const read = (context: string, path: string): Record<string, string> => {
      try {
        return parseFileCommands(readFileSync(path, 'utf8'));
      } catch (error) {
        // FileCommandManager.ProcessFiles: two errors, and the step fails.
        annotations.add('error', `Unable to process file command '${context}' successfully.`);
        annotations.add('error', error instanceof Error ? error.message : String(error));
        failed = true;
        return {};
      }
    };
    const env = read('env', paths.env);
    const outputs = read('output', paths.output);
    const state = read('state', paths.state);
    // AddPathFileCommand uses File.ReadAllLines, which does end lines at \r.
    const path = outputLines(readFileSync(paths.path, 'utf8').replace(/^\uFEFF/, '')).filter((l) => l !== '');
    const summary = readFileSync(paths.summary, 'utf8');
    const summaryBytes = Buffer.byteLength(summary);
    if (summaryBytes > SUMMARY_LIMIT) {
      annotations.add(
        'error',
        `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${SUMMARY_LIMIT / 1024}k, got ${Math.floor(summaryBytes / 1024)}k. For more information see: https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary`,
      );
    }
    return {
      code: failed && code === 0 ? 1 : code,
      stdout,
      stderr,
      annotations: annotations.annotations,
      outputs,
      env,
      state,
      path,
      summary,
    };
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}

function spawnStep(
  entry: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    // Its own process group, so a timeout also ends the git children it started.
    const child = spawn(process.execPath, [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      reject(
        new Error(
          `${entry} timed out after ${timeoutMs} ms\n--- stdout ---\n${tail(stdout)}\n--- stderr ---\n${tail(stderr)}`,
        ),
      );
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // 'close', not 'exit': the runner also reads the output until the pipes close.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? signalCode(signal), stdout, stderr });
    });
  });
}
