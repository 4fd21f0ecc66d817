// Real git repositories in temp folders, isolated from the machine's git configuration.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const isolated = mkdtempSync(join(tmpdir(), 'pycache-gitconfig-'));
writeFileSync(join(isolated, 'config'), '[init]\n\tdefaultBranch = main\n[protocol "file"]\n\tallow = always\n');

/** Environment for every git child in tests: no global or system config leaks in. */
export const gitEnv: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: join(isolated, 'config'),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

export function tempDir(prefix = 'pycache-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export class Repo {
  readonly dir: string;
  constructor(dir?: string, init = true) {
    this.dir = dir ?? tempDir('pycache-repo-');
    if (init) {
      mkdirSync(this.dir, { recursive: true });
      this.git('init', '-q');
    }
  }
  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      env: gitEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
  write(path: string, content: string | Uint8Array = ''): this {
    const file = join(this.dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    return this;
  }
  commit(message = 'change', ...paths: string[]): string {
    this.git('add', '-A', '--', ...(paths.length ? paths : ['.']));
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.head();
  }
  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A pyc header: the magic word, then each 32-bit word little-endian. */
export function pycHeader(magic: number, ...words: number[]): Buffer {
  const out = Buffer.alloc(4 + 4 * words.length);
  out.writeUInt16LE(magic, 0);
  out[2] = 0x0d;
  out[3] = 0x0a;
  words.forEach((w, i) => out.writeUInt32LE(w >>> 0, 4 + 4 * i));
  return out;
}

/** Bytes of a CPython 3.11 checked-hash pyc header followed by a little payload. */
export function fakePyc(magic = 3495, flags = 3): Buffer {
  return pycHeader(magic, flags, 0, 0, 0, 0);
}
