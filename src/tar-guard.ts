// @actions/cache extracts a restored archive with `tar -xf … -P -C $GITHUB_WORKSPACE`: with
// -P an entry named `/home/runner/.bashrc`, `../../x` or written through a symbolic link the
// archive made a moment before lands anywhere the runner user can write. The library has no
// hook between download and extraction, but it runs the `tar` it finds on PATH. During a
// restore that is this guard: it lists the archive with the real tar (same decompression)
// and extracts only when every entry is a directory or a regular file inside the prefix.
import { constants } from 'node:fs';
import { access, chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * The guard, run by the job's own Python (3.8 or newer: the warm step has just described it)
 * with -I -S, which starts in about 15 ms where Node took 40: argv is tar's, the rest comes in
 * the environment. Anything but an extraction goes straight to the real tar.
 */
export const GUARD = String.raw`import json, os, subprocess, sys
real = os.environ['PYCACHE_TAR_REAL']
allow = os.path.normpath(os.fsencode(os.environ['PYCACHE_TAR_ALLOW']))
report = os.environ['PYCACHE_TAR_REPORT']
args = sys.argv[1:]
if '-xf' not in args:
    os.execv(real, [real] + args)
x = args.index('-xf')
where = os.fsencode(args[args.index('-C') + 1]) if '-C' in args else os.getcwdb()
# Listed line by line, each line bounded: a crafted archive's listing (millions of entries, or
# one name megabytes long) never has to fit in memory.
MAX_LINE = 65536
listing = subprocess.Popen([real] + args[:x] + ['-tvf'] + args[x + 1:]
                           + ['--quoting-style=c', '--full-time', '--numeric-owner'], stdout=subprocess.PIPE)
def refuse(why):
    listing.kill()
    with open(report, 'w', encoding='utf-8') as f:
        f.write(why)
    sys.stderr.write('pycache-action: ' + why + '\n')
    sys.exit(2)
SIMPLE = {b'a': 7, b'b': 8, b'f': 12, b'n': 10, b'r': 13, b't': 9, b'v': 11, b'\\': 92, b'"': 34, b'?': 63}
def unquote(line):
    """The C-quoted name GNU tar writes with --quoting-style=c, as bytes; None if unreadable."""
    i = line.find(b'"')
    if i < 0:
        return None
    out = bytearray()
    i += 1
    while i < len(line):
        ch = line[i:i + 1]
        if ch == b'"':
            return bytes(out)
        if ch != b'\\':
            out += ch
            i += 1
            continue
        nxt = line[i + 1:i + 2]
        if nxt in SIMPLE:
            out.append(SIMPLE[nxt])
            i += 2
            continue
        digits = b''
        while len(digits) < 3 and line[i + 1 + len(digits):i + 2 + len(digits)] in (b'0', b'1', b'2', b'3', b'4', b'5', b'6', b'7'):
            digits += line[i + 1 + len(digits):i + 2 + len(digits)]
        if not digits:
            return None
        out.append(int(digits, 8) & 0xff)
        i += 1 + len(digits)
    return None
for line in iter(lambda: listing.stdout.readline(MAX_LINE + 1), b''):
    if len(line) > MAX_LINE and not line.endswith(b'\n'):
        refuse('it holds an entry whose listing is longer than %d bytes' % MAX_LINE)
    line = line.rstrip(b'\n')
    if not line:
        continue
    name = unquote(line)
    shown = json.dumps((line if name is None else name)[:200].decode('utf-8', 'replace'), ensure_ascii=False)
    if line[:1] not in (b'-', b'd'):
        refuse('it holds ' + shown + ', which is not a regular file or a directory')
    if name is None:
        refuse('it holds an entry whose name could not be read: ' + shown)
    target = os.path.normpath(os.path.join(where, name))
    if target != allow and not target.startswith(allow.rstrip(b'/') + b'/'):
        refuse('it holds ' + shown + ', which is outside the prefix ' + os.fsdecode(allow))
if listing.wait() != 0:
    refuse('the archive could not be listed')
os.execv(real, [real] + args)
`;

/** The first executable named `name` on PATH, as @actions/io's which finds it. */
async function which(name: string, path: string): Promise<string | null> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

function shQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * Runs `call` (a restore into `prefix`) with the guard first on PATH. Resolves to the call's
 * value and, when the guard refused the archive, why (one clause). Where the guard cannot be
 * set up (not Linux, no tar on PATH), the call runs unguarded.
 */
export async function withTarGuard<T>(
  prefix: string,
  python: string,
  call: () => Promise<T>,
): Promise<{ value: T; refused: string | null }> {
  const path = process.env.PATH ?? '';
  // Linux only: there the library runs GNU tar from PATH, whose listing flags the guard uses.
  // On macOS it prefers gtar (and BSD tar lists differently); on Windows it picks its own.
  const real = process.platform === 'linux' ? await which('tar', path) : null;
  if (real === null) return { value: await call(), refused: null };
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'pycache-tar-'));
  const saved = {
    PATH: process.env.PATH,
    real: process.env.PYCACHE_TAR_REAL,
    allow: process.env.PYCACHE_TAR_ALLOW,
    report: process.env.PYCACHE_TAR_REPORT,
  };
  const report = join(dir, 'refused');
  try {
    await writeFile(join(dir, 'guard.py'), GUARD);
    await writeFile(
      join(dir, 'tar'),
      `#!/bin/sh\nexec ${shQuote(python)} -I -S ${shQuote(join(dir, 'guard.py'))} "$@"\n`,
    );
    await chmod(join(dir, 'tar'), 0o755);
    process.env.PATH = `${dir}${delimiter}${path}`;
    process.env.PYCACHE_TAR_REAL = real;
    process.env.PYCACHE_TAR_ALLOW = prefix;
    process.env.PYCACHE_TAR_REPORT = report;
    const value = await call();
    const refused = await readFile(report, 'utf8').catch(() => null);
    return { value, refused };
  } finally {
    for (const [name, value] of [
      ['PATH', saved.PATH],
      ['PYCACHE_TAR_REAL', saved.real],
      ['PYCACHE_TAR_ALLOW', saved.allow],
      ['PYCACHE_TAR_REPORT', saved.report],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await rm(dir, { recursive: true, force: true });
  }
}
