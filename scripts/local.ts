// `npm start -- [dir] [--input value …]`: the bundled action on a directory, run as the
// runner would run it (scripts/runner.ts), with the result printed for a person instead of
// for the GitHub UI. Without a directory it builds a demo repository to run on.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { makeDemoRepo } from './demo.ts';
import { renderSummary } from './render.ts';
import { runAction, type ActionRun, type Annotation } from './runner.ts';

const USAGE = `Usage: npm start -- [dir] [options]

Runs the bundled action (dist/index.js) on dir as a GitHub Actions step would, and prints
its annotations, step summary and outputs. Without dir, it builds a demo repository with
committed bytecode in a temp directory and runs on that with fail-on: any.

Options:
  --<input> <value>     any action input, e.g. --fail-on any, --allow 'tests/fixtures/**',
                        --ignore-rules strict, --fix true (also --<input>=<value>)
  --event <name>        GITHUB_EVENT_NAME (default: workflow_dispatch, or inferred from
                        --event-path: pull_request or push)
  --event-path <file>   the webhook payload JSON for GITHUB_EVENT_PATH
  --raw                 print the raw step output and summary instead of rendering them
  -h, --help            this text

The exit code is the action's: 0 when the step passes, 1 when it fails.`;

interface Options {
  dir: string | null;
  inputs: Record<string, string>;
  event: string | null;
  eventPath: string | null;
  raw: boolean;
  entry: string | null;
  help: boolean;
}

class UsageError extends Error {}

function parseArguments(args: readonly string[]): Options {
  const options: Options = {
    dir: null,
    inputs: {},
    event: null,
    eventPath: null,
    raw: false,
    entry: null,
    help: false,
  };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      options.help = true;
      continue;
    }
    if (arg === '--raw') {
      options.raw = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    let value: string;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = args[i + 1];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      value = next;
      i++;
    }
    if (name === '') throw new UsageError(`missing option name in ${arg}`);
    if (name === 'event') options.event = value;
    else if (name === 'event-path') options.eventPath = value;
    // Hidden: runs another entry (a post step, or a stand-in script in tests).
    else if (name === 'entry') options.entry = value;
    else options.inputs[name] = value;
  }
  if (positional.length > 1)
    throw new UsageError(`one directory at most, got ${positional.map((p) => JSON.stringify(p)).join(', ')}`);
  options.dir = positional[0] ?? null;
  return options;
}

// --- terminal text ----------------------------------------------------------------------

const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint =
  (code: string) =>
  (text: string): string =>
    color ? `\u001b[${code}m${text}\u001b[0m` : text;
const bold = paint('1');
const dim = paint('2');
const red = paint('31');
const green = paint('32');
const yellow = paint('33');
const cyan = paint('36');
const LEVEL_COLOR: Record<Annotation['level'], (s: string) => string> = { error: red, warning: yellow, notice: cyan };

/**
 * File names and messages come from the repository: control characters (a raw ESC, CR)
 * and bidi overrides could rewrite the terminal, so they are shown escaped.
 */
function visible(text: string, keepNewlines = false): string {
  const pattern = keepNewlines
    ? /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
    : /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
  return text.replace(pattern, (ch) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    const cp = ch.codePointAt(0) as number;
    return (
      named[ch] ?? (cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`)
    );
  });
}

function heading(text: string): string {
  return `\n${bold(text)}\n`;
}

function formatAnnotation(a: Annotation): string {
  const p = a.properties;
  const file =
    p.file === undefined
      ? ''
      : visible(p.file) + (p.line === undefined ? '' : `:${p.line}${p.col === undefined ? '' : `:${p.col}`}`);
  const title = p.title === undefined || p.title === '' ? '' : `${bold(visible(p.title))}: `;
  const [first = '', ...rest] = visible(a.message, true).split('\n');
  const head = `${LEVEL_COLOR[a.level](a.level.padEnd(7))}  ${file === '' ? '' : `${file}  `}${title}${first}`;
  return [head, ...rest.map((l) => `         ${l}`)].join('\n');
}

/** The step log as the runner shows it: commands consumed, groups as titles. */
function logLines(stdout: string): string[] {
  const out: string[] = [];
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const command = /^\s*::([A-Za-z-]+)(?:\s[^:]*)?::(.*)$/.exec(line);
    if (command === null) {
      out.push(visible(line));
    } else if (command[1]?.toLowerCase() === 'group') {
      out.push(bold(`▸ ${visible(command[2] ?? '')}`));
    }
  }
  while (out.at(-1) === '') out.pop();
  return out;
}

function record(values: Readonly<Record<string, string>>): string[] {
  return Object.entries(values).map(([name, value]) => {
    const [first = '', ...rest] = visible(value, true).split('\n');
    return [`${bold(visible(name))} = ${first}`, ...rest.map((l) => `  ${l}`)].join('\n');
  });
}

function print(run: ActionRun, raw: boolean): void {
  const out: string[] = [];
  if (raw) {
    out.push(heading('stdout'), run.stdout.replace(/\n$/, ''));
    if (run.stderr !== '') out.push(heading('stderr'), run.stderr.replace(/\n$/, ''));
    out.push(heading('GITHUB_STEP_SUMMARY'), run.summary === '' ? dim('(empty)') : run.summary.replace(/\n$/, ''));
  } else {
    const log = logLines(run.stdout);
    if (log.length > 0) out.push(heading('Log'), ...log.map(dim));
    if (run.stderr.trim() !== '') out.push(heading('stderr'), visible(run.stderr.replace(/\n$/, ''), true));
    out.push(heading('Annotations'));
    out.push(...(run.annotations.length === 0 ? [dim('(none)')] : run.annotations.map(formatAnnotation)));
    out.push(
      heading('Step summary'),
      run.summary.trim() === '' ? dim('(none)') : visible(renderSummary(run.summary), true).replace(/\n$/, ''),
    );
  }
  out.push(heading('Outputs'), ...(Object.keys(run.outputs).length === 0 ? [dim('(none)')] : record(run.outputs)));
  if (Object.keys(run.state).length > 0) out.push(heading('State saved for the post step'), ...record(run.state));
  if (Object.keys(run.env).length > 0) out.push(heading('Environment for later steps'), ...record(run.env));
  if (run.path.length > 0) out.push(heading('Added to PATH'), ...run.path.map((p) => visible(p)));
  out.push('', run.code === 0 ? bold(green('PASS')) : bold(red(`FAIL (exit code ${run.code})`)));
  process.stdout.write(`${out.join('\n')}\n`);
}

// --- main -------------------------------------------------------------------------------

function gitToplevel(dir: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

function inferEvent(payload: unknown): string {
  if (typeof payload === 'object' && payload !== null) {
    if ('pull_request' in payload) return 'pull_request';
    if ('before' in payload && 'after' in payload) return 'push';
  }
  return 'workflow_dispatch';
}

// npm runs scripts from the package root; INIT_CWD is where `npm start` was typed.
const cwd = process.env.INIT_CWD ?? process.cwd();

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const inputs = { ...options.inputs };
  let workspace: string;
  if (options.dir === null) {
    workspace = await makeDemoRepo();
    inputs['fail-on'] ??= 'any';
    process.stdout.write(
      `${bold('Demo repository:')} ${workspace}\n${dim(`(a package with committed __pycache__, a sourceless legacy.pyc and a .gitignore without bytecode rules; remove it with rm -rf ${workspace})`)}\n`,
    );
  } else {
    const dir = resolve(cwd, options.dir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${options.dir} is not a directory`);
    workspace = dir;
    // In a workflow the workspace is the repository root and `path` points below it, so a
    // subdirectory is run that way: annotations then name files from the root, as on GitHub.
    const top = gitToplevel(dir);
    if (top !== null && inputs.path === undefined && realpathSync(top) !== realpathSync(dir)) {
      workspace = top;
      inputs.path = relative(realpathSync(top), realpathSync(dir));
    }
  }

  let event: unknown = {};
  if (options.eventPath !== null) {
    try {
      event = JSON.parse(readFileSync(resolve(cwd, options.eventPath), 'utf8')) as unknown;
    } catch (error) {
      throw new UsageError(
        `cannot read --event-path ${options.eventPath}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const eventName = options.event ?? inferEvent(event);
  const shown = Object.entries(inputs).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  process.stdout.write(
    dim(
      `Running ${options.entry ?? 'dist/index.js'} in ${workspace} (event: ${eventName}${shown.length > 0 ? `; ${shown.join(', ')}` : ''})`,
    ) + '\n',
  );

  const run = await runAction({
    workspace,
    inputs,
    eventName,
    event,
    ...(options.entry === null ? {} : { entry: resolve(cwd, options.entry) }),
  });
  print(run, options.raw);
  return run.code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    else process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
