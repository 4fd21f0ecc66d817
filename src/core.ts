// The runner's side of a step: inputs, state, outputs, exported variables, the step summary,
// and workflow commands (annotations, groups, debug). The same functions, names and bytes as
// @actions/core, which this replaces in the action's own code: @actions/core loads its OIDC
// client, and with it undici, at start-up, and parsing that megabyte cost every step about
// 60 ms before any work. @actions/cache still uses @actions/core inside its own chunk, which
// is loaded only when a step restores or saves. test/core.test.ts holds the two to the same
// output, byte for byte.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { EOL } from 'node:os';

/** Where an annotation points (the subset of @actions/core's AnnotationProperties this action uses). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

function escapeData(text: unknown): string {
  return toCommandValue(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: unknown): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,…::message` on stdout; properties with an empty value are left out. */
function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  const props = Object.entries(properties)
    .filter(([, value]) => Boolean(value))
    .map(([key, value]) => `${key}=${escapeProperty(value)}`);
  process.stdout.write(`::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}${EOL}`);
}

/** Appends `name<<delimiter … delimiter` to the runner's file for `command` (OUTPUT, STATE, ENV). */
function issueFileCommand(command: 'OUTPUT' | 'STATE' | 'ENV', name: string, value: unknown): void {
  const path = process.env[`GITHUB_${command}`] ?? '';
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = toCommandValue(value);
  // A name or value holding the delimiter would end the record early and inject another.
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (text.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  appendFileSync(path, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

export function saveState(name: string, value: unknown): void {
  if (process.env.GITHUB_STATE) issueFileCommand('STATE', name, value);
  else issueCommand('save-state', { name }, toCommandValue(value));
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', name, value);
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function exportVariable(name: string, value: unknown): void {
  const text = toCommandValue(value);
  process.env[name] = text;
  if (process.env.GITHUB_ENV) issueFileCommand('ENV', name, value);
  else issueCommand('set-env', { name }, text);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

function annotation(level: 'error' | 'warning' | 'notice', message: string | Error, p: AnnotationProperties): void {
  const properties =
    Object.keys(p).length === 0
      ? {}
      : {
          title: p.title,
          file: p.file,
          line: p.startLine,
          endLine: p.endLine,
          col: p.startColumn,
          endColumn: p.endColumn,
        };
  issueCommand(level, properties, message instanceof Error ? message.toString() : message);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  annotation('error', message, properties);
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  annotation('warning', message, properties);
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  annotation('notice', message, properties);
}

/** Runs `fn` inside a collapsible group of the log. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name);
  try {
    return await fn();
  } finally {
    issueCommand('endgroup', {}, '');
  }
}

/** An error annotation, and the step's exit code set to failure. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

/** The step summary: a buffer of Markdown/HTML appended to $GITHUB_STEP_SUMMARY on write(). */
class Summary {
  private buffer = '';

  addRaw(text: string): this {
    this.buffer += text;
    return this;
  }

  stringify(): string {
    return this.buffer;
  }

  emptyBuffer(): this {
    this.buffer = '';
    return this;
  }

  async write({ overwrite = false } = {}): Promise<this> {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path)
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
      );
    try {
      await access(path, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(
        `Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`,
      );
    }
    await (overwrite ? writeFile : appendFile)(path, this.buffer, { encoding: 'utf8' });
    return this.emptyBuffer();
  }
}

export const summary = new Summary();
