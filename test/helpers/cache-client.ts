// The real @actions/cache, run in a child process configured only through the environment (as
// the bundled action will be) against the loopback cache service: shared by
// test/cache-server.test.ts and its fault-injection half, test/slow/cache-faults.test.ts.
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startCacheServer, type CacheServer } from './cache-server.ts';

const CACHE_MODULE = import.meta.resolve('@actions/cache');
export const MiB = 1024 * 1024;

// Runs in the child; prints its outcome on a line of its own after whatever the
// library logged.
const CHILD = `
const cache = await import(process.env.TEST_CACHE_MODULE);
const req = JSON.parse(process.env.TEST_CACHE_REQUEST);
const started = Date.now();
const result = req.op === 'save'
  ? await cache.saveCache(req.paths, req.key)
  : await cache.restoreCache(req.paths, req.key, req.restoreKeys);
process.stdout.write('\\n::test-result::' + JSON.stringify({ result: result ?? null, ms: Date.now() - started }) + '\\n');
`;

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What saveCache/restoreCache returned: cache id, matched key, or null for undefined. */
  result: number | string | null;
  /** Time spent inside the library call. */
  ms: number;
  warnings: string[];
  errors: string[];
  infos: string[];
  debug: string[];
}

type Request =
  | { op: 'save'; paths: string[]; key: string }
  | { op: 'restore'; paths: string[]; key: string; restoreKeys?: string[] };

const cleanups: (() => unknown)[] = [];
after(async () => {
  const results = await Promise.allSettled(cleanups.reverse().map(async (c) => c()));
  for (const r of results) if (r.status === 'rejected') throw r.reason;
});

export async function server(): Promise<CacheServer> {
  const s = await startCacheServer();
  cleanups.push(() => s.close());
  return s;
}

/** A workspace with its own RUNNER_TEMP: the library's default is /home/actions/temp. */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pycache-cachesrv-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function child(
  s: CacheServer,
  ws: string,
  request: Request,
  extraEnv: Record<string, string> = {},
): Promise<ChildRun> & { readonly settled: boolean } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...s.env,
    RUNNER_TEMP: join(ws, 'runner-temp'),
    GITHUB_WORKSPACE: ws,
    TEST_CACHE_MODULE: CACHE_MODULE,
    TEST_CACHE_REQUEST: JSON.stringify(request),
    ...extraEnv,
  };
  // Inherited from `node --test`; the child is not a test file.
  delete env['NODE_TEST_CONTEXT'];
  let settled = false;
  const run = new Promise<ChildRun>((resolve, reject) => {
    const proc = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
      cwd: ws,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    proc.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    proc.on('error', reject);
    proc.on('close', (code) => {
      settled = true;
      const lines = stdout.split(/\r?\n/);
      const marked = (prefix: string) =>
        lines.filter((l) => l.startsWith(prefix)).map((l) => unescapeCommand(l.slice(prefix.length)));
      const outcome = JSON.parse(marked('::test-result::')[0] ?? '{"result":null,"ms":-1}') as {
        result: number | string | null;
        ms: number;
      };
      resolve({
        code,
        stdout,
        stderr,
        result: outcome.result,
        ms: outcome.ms,
        warnings: marked('::warning::'),
        errors: marked('::error::'),
        infos: lines.filter((l) => l !== '' && !l.startsWith('::')),
        debug: marked('::debug::'),
      });
    });
  });
  return Object.defineProperty(run, 'settled', { get: () => settled }) as Promise<ChildRun> & {
    readonly settled: boolean;
  };
}

export function save(s: CacheServer, ws: string, paths: string[], key: string, env?: Record<string, string>) {
  return child(s, ws, { op: 'save', paths, key }, env);
}

export function restore(
  s: CacheServer,
  ws: string,
  paths: string[],
  key: string,
  restoreKeys: string[] = [],
  env?: Record<string, string>,
) {
  return child(s, ws, { op: 'restore', paths, key, restoreKeys }, env);
}

/** Fails with everything the child printed, which is what one needs to see. */
export function ok(run: ChildRun): ChildRun {
  assert.equal(run.code, 0, `child exited ${run.code}\n${run.stdout}\n${run.stderr}`);
  assert.deepEqual(run.errors, [], run.stdout);
  return run;
}

export function write(file: string, content: string | Uint8Array): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
}

/** relative path -> sha256 of every file under dir. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    out.set(relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return out;
}

/** A small cached folder, its files recognisable by `marker`. */
export function smallTree(ws: string, marker = 'v1'): string {
  const dir = join(ws, 'pycache');
  write(join(dir, 'marker.txt'), marker);
  write(join(dir, 'pkg', '__pycache__', 'mod.cpython-311.pyc'), randomBytes(2048));
  return dir;
}
