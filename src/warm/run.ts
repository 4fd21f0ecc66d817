// Cache warming: restore the bytecode prefix, precompile into it, export PYTHONPYCACHEPREFIX,
// and (in the post step) refresh, prune and save it. Decisions live in warm/; this module
// only sequences the adapters.
import * as core from '../core.ts';
import { tmpdir } from 'node:os';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError, Input, Output, State, type Inputs, type Layout } from '../inputs.ts';
import type { InvalidationMode } from '../check/pyc.ts';
import * as cache from '../cache.ts';
import { inside } from '../paths.ts';
import { sourceReader } from '../fs.ts';
import { GitMissingError, listWorkTreeFiles, NotARepositoryError } from '../git.ts';
import {
  blobId,
  skippedWarning,
  sourceFilter,
  sourcesDigest,
  type SkippedSource,
  type SourceEntry,
} from './sources.ts';
import { showPath } from '../report/text.ts';
import { callHelper, describe, findInterpreter } from '../python.ts';
import { cacheKey, type Interpreter } from './key.ts';
import {
  compilePlan,
  compileRoots,
  modeWarning,
  noSpaceWarning,
  saveWorthIt,
  writesBytecode,
  type CompileCounts,
  type RefreshCounts,
} from './plan.ts';
import { refreshSummary, type WarmReport } from '../report/warm.ts';
import { noSaveReason } from './trust.ts';

/** The prefix as it really is: the deepest existing ancestor with its links resolved, then the rest. */
async function realPrefix(prefix: string): Promise<string> {
  const rest: string[] = [];
  for (let dir = prefix; ; dir = dirname(dir)) {
    try {
      return join(await realpath(dir), ...rest.reverse());
    } catch {
      if (dirname(dir) === dir) return prefix;
      rest.push(basename(dir));
    }
  }
}

async function prefixDir(inputs: Inputs, root: string): Promise<string> {
  const base = process.env.RUNNER_TEMP || tmpdir();
  const prefix =
    inputs.prefix === ''
      ? resolve(base, 'pycache')
      : resolve(process.env.GITHUB_WORKSPACE || process.cwd(), inputs.prefix);
  // Judged on the real path too: a symbolic link on the way (in the workspace, one the
  // pull request commits) must not carry the prefix into the project.
  const real = await realPrefix(prefix);
  const via = real === prefix ? '' : ` (really ${real})`;
  if (inside(root, prefix) || inside(root, real)) {
    throw new InputError(
      `Input '${Input.Prefix}' is ${prefix}${via}, inside the project; choose a directory outside it (the default is \${RUNNER_TEMP}/pycache) so cached bytecode never mixes with sources.`,
    );
  }
  if (inside(prefix, root) || inside(real, root)) {
    throw new InputError(
      `Input '${Input.Prefix}' is ${prefix}${via}, which contains the project; choose a directory outside it, such as \${RUNNER_TEMP}/pycache.`,
    );
  }
  const info = await stat(real).catch(() => null);
  if (info !== null && !info.isDirectory()) {
    throw new InputError(
      `Input '${Input.Prefix}' is ${prefix}, which is a file, not a directory; name a directory (it is created if missing), such as \${RUNNER_TEMP}/pycache.`,
    );
  }
  return prefix;
}

async function interpretersOf(inputs: Inputs, root: string): Promise<Interpreter[]> {
  const seen = new Map<string, Interpreter>();
  for (const name of inputs.python) {
    const interpreter = await describe(await findInterpreter(name, root), {
      distributions: inputs.layout !== 'in-place',
      // The cache library's parsing (over 0.1 s) overlaps the interpreter's start-up.
      ...(inputs.cache ? { started: cache.preload } : {}),
    });
    if (!seen.has(interpreter.executable)) seen.set(interpreter.executable, interpreter);
  }
  return [...seen.values()];
}

/** The pycs the helper vouched for and their bytes: no second walk of a prefix it just wrote. */
function sizeOf(counts: readonly CompileCounts[]): { files: number; bytes: number } {
  return { files: counts.reduce((n, c) => n + c.pyc_files, 0), bytes: counts.reduce((n, c) => n + c.pyc_bytes, 0) };
}

/** Logs to core.debug how long each phase took since the last mark, for people timing a run. */
function phaseTimer(step: string): (phase: string) => void {
  let last = Date.now();
  // The process's start-up (Node, loading the bundle, reading inputs) counts as a phase too.
  core.debug(`${step}: starting took ${Math.round(performance.now())} ms.`);
  return (phase) => {
    const now = Date.now();
    core.debug(`${step}: ${phase} took ${now - last} ms.`);
    last = now;
  };
}

export async function runWarm(inputs: Inputs, root: string): Promise<WarmReport> {
  const started = Date.now();
  const mark = phaseTimer('Warm');
  const inPlace = inputs.layout === 'in-place';
  const prefix = await prefixDir(inputs, root);
  const warning = modeWarning(inputs.invalidationMode);
  if (warning !== null) core.warning(warning);

  // describe (one Python start-up per interpreter) overlaps the source walk.
  const [interpreters, project] = await Promise.all([
    interpretersOf(inputs, root),
    inputs.scope.includes('project')
      ? projectSources(root, inputs.sources, { indexOnly: inPlace })
      : Promise.resolve({ files: [], digest: sourcesDigest([]), skipped: [] }),
  ]);
  mark('describing the interpreters and listing the sources');
  const sources = project.files;
  if (inputs.scope.includes('project') && sources.length === 0) {
    core.warning(
      `Input '${Input.Sources}' matched no files under ${root}; only ${inputs.scope.filter((s) => s !== 'project').join(' and ') || 'nothing'} will be warmed.`,
    );
  }
  const { key, restoreKeys } = cacheKey({
    os: process.env.RUNNER_OS?.toLowerCase() || process.platform,
    arch: process.env.RUNNER_ARCH?.toLowerCase() || process.arch,
    interpreters,
    mode: inputs.invalidationMode,
    root,
    prefix,
    suffix: inputs.cacheSuffix,
    sourcesDigest: project.digest,
    layout: inputs.layout,
  });

  const noSave = inputs.cache ? noSaveReason(inputs.save, process.env.GITHUB_EVENT_NAME ?? '') : null;
  core.debug(`Cache key ${key}; restore keys: ${restoreKeys.join(', ')}.`);
  const guard = interpreters[0]?.executable;
  const restored = inputs.cache && guard !== undefined ? await cache.restore(prefix, key, restoreKeys, guard) : null;
  mark('restoring the cache');
  if (restored?.kind === 'unavailable')
    core.warning(`The bytecode cache could not be restored (${restored.why}); compiling from scratch.`);

  // What to compile now. An exact hit trusts its key (sources and installed distributions):
  // checked-hash pycs are validated on import anyway, so a verification pass is pure cost.
  // Otherwise the job itself is the cheapest compiler: it compiles only what it imports, once,
  // and the post step keeps those pycs. Only a job that cannot write bytecode needs them now.
  // In place, the stdlib and site-packages keep their own pycs: the tree holds the project's.
  const scope = inPlace ? inputs.scope.filter((s) => s === 'project') : inputs.scope;
  const plan = compilePlan(restored?.kind ?? 'off', scope, writesBytecode(process.env));
  const counts: CompileCounts[] = [];
  let full: string | null = null;
  // In place the key came from the index; what is compiled is every source on disk, untracked
  // ones too (a listing whose skipped sources include the index's).
  const listed = inPlace && plan.includes('project') ? await projectSources(root, inputs.sources) : project;
  for (const interpreter of plan.length === 0 ? [] : interpreters) {
    const request = {
      roots: compileRoots(interpreter, plan, root, listed.files),
      mode: inputs.invalidationMode,
      workers: 0,
    };
    counts.push(
      await callHelper<CompileCounts>({ python: interpreter.executable, command: 'compile', request, prefix }),
    );
    full = noSpaceWarning(prefix, counts);
    if (full !== null) break;
  }
  if (plan.length > 0) mark('compiling');
  // What this step found and what the helper refused to read (links, size), each path once.
  const skipped = new Map(listed.skipped.map((s) => [s.path, s.why]));
  for (const c of counts)
    for (const s of c.skipped_paths ?? [])
      if (!skipped.has(relative(root, s.path))) skipped.set(relative(root, s.path), s.message);
  // The helper lists the first few of what it skipped; its count says how many there were.
  const total = Math.max(skipped.size, ...counts.map((c) => listed.skipped.length + (c.skipped ?? 0)));
  const unread = skippedWarning(
    [...skipped].map(([path, why]) => ({ path, why })),
    showPath,
    total,
  );
  if (unread !== null) core.warning(unread);

  const matchedKey =
    restored !== null && (restored.kind === 'hit' || restored.kind === 'partial') ? restored.matchedKey : '';
  const compiled = counts.reduce((n, c) => n + c.compiled, 0);
  const reused = counts.reduce((n, c) => n + c.reused, 0);
  core.setOutput(Output.Compiled, String(compiled));
  core.setOutput(Output.Reused, String(reused));
  const report = (): WarmReport => ({
    prefix,
    key,
    restored,
    noSave,
    interpreters,
    counts,
    size: sizeOf(counts),
    seconds: (Date.now() - started) / 1000,
    full,
    plan,
  });
  if (full !== null) {
    // Warming only speeds the job up, so a full disk costs a warning; without the exported
    // variable and the post step's state, the job runs as if warming were off. The partial
    // tree is left where it is: the prefix may be a directory the user chose.
    core.warning(full);
    core.setOutput(Output.Prefix, '');
    core.setOutput(Output.CacheKey, key);
    core.setOutput(Output.CacheHit, 'false');
    core.setOutput(Output.CacheMatchedKey, matchedKey);
    return report();
  }

  const inProject = inPlace ? await placeInProject(interpreters, prefix, root) : null;
  if (inPlace) mark('placing pycs in the project');
  const layout: Layout = inProject === null ? 'prefix' : 'in-place';
  if (layout === 'prefix') core.exportVariable('PYTHONPYCACHEPREFIX', prefix);
  core.saveState(State.Warm, 'true');
  core.saveState(State.Layout, layout);
  core.saveState(State.Prefix, prefix);
  core.saveState(State.Project, root);
  core.saveState(State.Key, key);
  core.saveState(State.MatchedKey, matchedKey);
  core.saveState(State.Interpreters, JSON.stringify(interpreters.map((i) => i.executable)));
  core.saveState(State.Mode, inputs.invalidationMode);
  core.saveState(State.Cache, String(inputs.cache));
  core.saveState(State.NoSave, noSave ?? '');
  core.saveState(State.MainSeconds, String((Date.now() - started) / 1000));
  // Last: any pyc read or written after this moment was the job's.
  core.saveState(State.Since, String(Date.now() / 1000));

  core.setOutput(Output.Prefix, prefix);
  core.setOutput(Output.CacheKey, key);
  core.setOutput(Output.CacheHit, String(restored?.kind === 'hit'));
  core.setOutput(Output.CacheMatchedKey, matchedKey);
  core.info(
    layout === 'prefix'
      ? `Warmed ${prefix}: ${compiled} compiled, ${reused} reused; PYTHONPYCACHEPREFIX is set for the rest of the job.`
      : `Warmed ${root} in place from ${prefix}: ${compiled} compiled, ${reused} reused.`,
  );

  return { ...report(), ...(inProject === null ? {} : { placed: inProject }) };
}

/** What the post step's collect pass found in the project's __pycache__ directories. */
interface Collected {
  readonly collected: number;
  readonly read: number;
  readonly written: number;
  readonly saved_files: number;
  readonly saved_bytes: number;
  readonly tracked: boolean;
  readonly compile_rate: number | null;
}

/**
 * In place, the job read the project's pycs from its __pycache__, not from the tree: what
 * the summary says it read, wrote and saved comes from the collect pass. The tree's own
 * counts (kept, pruned, rewritten) stay the refresh's.
 */
function inPlaceTotals(totals: readonly RefreshCounts[], collected: readonly Collected[]): RefreshCounts[] {
  // Per interpreter, in the same order: only when every collect answered.
  if (collected.length === 0 || collected.length !== totals.length) return [...totals];
  return collected.map((c, i) => ({ ...(totals[i] as RefreshCounts), ...jobCounts(c) }));
}

/** What the job read, wrote and was spared, as the collect pass counted it. */
function jobCounts(c: Collected): Omit<RefreshCounts, 'rewritten' | 'pruned' | 'kept'> {
  return {
    read: c.read,
    written: c.written,
    saved_files: c.saved_files,
    saved_bytes: c.saved_bytes,
    extra_files: 0,
    extra_bytes: 0,
    tracked: c.tracked,
    compile_rate: c.compile_rate,
  };
}

interface Placed {
  readonly placed: number;
  readonly present: number;
  readonly refused: number;
  readonly read_only: string | null;
}

/**
 * Copies the tree's project pycs into the project's own __pycache__ directories (the helper
 * writes only through real directories, never over a file). A checkout that refuses writes
 * turns this run back to the prefix layout, which needs no write into it.
 */
async function placeInProject(
  interpreters: readonly Interpreter[],
  prefix: string,
  root: string,
): Promise<number | null> {
  let total = 0;
  for (const interpreter of interpreters) {
    const placed = await callHelper<Placed>({
      python: interpreter.executable,
      command: 'place',
      request: { prefix, project: root },
      prefix,
    });
    core.debug(`In place with ${interpreter.executable}: ${placed.placed} placed, ${placed.present} already there.`);
    if (placed.read_only !== null) {
      core.warning(
        `The checkout cannot be written (${Input.Layout}: in-place needs its __pycache__ directories), so this run uses the prefix layout and exports PYTHONPYCACHEPREFIX instead.`,
      );
      return null;
    }
    total += placed.placed;
  }
  return total;
}

/**
 * The post step: pycs Python wrote during the job become `mode` pycs, pycs nobody read and
 * orphans go, and the tree is saved when it changed enough. Resolves to true when an
 * abandoned upload is still pending and the process must exit.
 */
export async function runPost(): Promise<boolean> {
  try {
    if (core.getState(State.Warm) !== 'true') return false;
    const prefix = core.getState(State.Prefix);
    const key = core.getState(State.Key);
    const mode = core.getState(State.Mode) as InvalidationMode;
    if (!isAbsolute(prefix)) return false;
    const started = Date.now();
    const mark = phaseTimer('Post');
    const root = core.getState(State.Project);
    const since = Number(core.getState(State.Since));
    const cacheOn = core.getState(State.Cache) === 'true';
    const matched = core.getState(State.MatchedKey);
    const exactHit = cacheOn && matched === key;
    // On an exact hit nothing is saved, so the pass only surveys what the tree was worth.
    const request = {
      prefix,
      mode,
      since: Number.isFinite(since) ? since : null,
      keep: isAbsolute(root) ? [root] : [],
      write: !exactHit,
      ...(isAbsolute(root) ? { project: root } : {}),
    };
    const totals: RefreshCounts[] = [];
    const pythons = JSON.parse(core.getState(State.Interpreters) || '[]') as string[];
    const collected: Collected[] = [];
    if (core.getState(State.Layout) === 'in-place' && isAbsolute(root)) {
      // The job read and wrote the project's pycs in place: mirror them into the tree first,
      // so the refresh and the save policy below see them as the prefix layout would. On an
      // exact hit nothing is saved, so the pass only counts what the job read.
      for (const python of pythons) {
        try {
          const c = await callHelper<Collected>({
            python,
            command: 'collect',
            request: { prefix, project: root, mode, since: request.since, write: !exactHit },
            prefix,
          });
          collected.push(c);
        } catch (error) {
          core.warning(
            `Collecting the project's pycs with ${python} failed (${error instanceof Error ? error.message : String(error)}); saving the tree as it is.`,
          );
        }
      }
    }
    if (collected.length > 0) mark("collecting the project's pycs");
    // In place on an exact hit the job read the project's pycs from its __pycache__ and
    // nothing is saved: the collect pass already counted what the payoff line needs, and a
    // refresh of a tree nobody reads would be pure cost.
    const refresh = !(exactHit && collected.length > 0 && collected.length === pythons.length);
    for (const python of refresh ? pythons : []) {
      try {
        totals.push(await callHelper<RefreshCounts>({ python, command: 'refresh', request, prefix }));
      } catch (error) {
        core.warning(
          `Refreshing the bytecode prefix with ${python} failed (${error instanceof Error ? error.message : String(error)}); saving it as it is.`,
        );
      }
    }
    if (refresh) mark('refreshing the tree');
    let saved: cache.Save | null = null;
    const noSave = core.getState(State.NoSave);
    const worth = saveWorthIt(exactHit ? 'hit' : matched === '' ? 'miss' : 'partial', totals);
    if (cacheOn) {
      if (noSave !== '') {
        saved = { kind: 'skipped', why: noSave };
        core.info(`Not saving the bytecode cache: ${noSave}.`);
      } else if (exactHit) {
        core.info(`Cache hit on ${key}: nothing to save.`);
      } else if (!worth.save) {
        core.info(`Not saving ${key}: ${worth.why}`);
      } else {
        saved = await cache.save(prefix, key);
        if (saved.kind !== 'saved')
          core.warning(`The bytecode cache was not saved (${saved.why}); the next run compiles again.`);
        else core.info(`Saved ${prefix} as ${key}.`);
      }
    }
    if (saved !== null) mark('saving the cache');
    const mainSeconds = Number(core.getState(State.MainSeconds));
    const post = (Date.now() - started) / 1000;
    await core.summary
      .addRaw(
        refreshSummary({
          totals: refresh
            ? inPlaceTotals(totals, collected)
            : collected.map((c) => ({ rewritten: 0, pruned: 0, kept: 0, ...jobCounts(c) })),
          refreshed: refresh,
          layout: core.getState(State.Layout) === 'in-place' ? 'in-place' : 'prefix',
          saved,
          skipped: cacheOn && !exactHit && !worth.save ? worth.why : null,
          key,
          first: cacheOn && matched === '',
          seconds: { main: Number.isFinite(mainSeconds) ? mainSeconds : 0, post },
        }),
      )
      .write();
    return saved?.kind === 'abandoned';
  } catch (error) {
    // A post step that fails would fail a job whose real work succeeded: warn instead.
    core.warning(`Saving the bytecode cache failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/** Absolute paths of the project's sources that the `sources` globs select, sorted. */
async function findSources(root: string, patterns: readonly string[]): Promise<string[]> {
  const absolute = patterns.map((p) => (p.startsWith('!') ? `!${join(root, p.slice(1))}` : join(root, p)));
  // Never a repository's own metadata, and never an in-project virtualenv's packages (uv puts
  // one in .venv/): those belong to the site-packages scope, and hashing them on every run as
  // project sources would only slow the key down.
  for (const skip of ['**/.git/**', '**/site-packages/**', '**/dist-packages/**'])
    absolute.push(`!${join(root, skip)}`);
  // Loaded only when there is no git work tree to ask: it brings @actions/core and undici.
  const glob = await import('@actions/glob');
  const globber = await glob.create(absolute.join('\n'), {
    matchDirectories: false,
    followSymbolicLinks: false,
    implicitDescendants: true,
  });
  const files = (await globber.glob()).filter((f) => f.endsWith('.py'));
  return [...new Set(files)].sort();
}

/**
 * The project's sources (absolute paths, sorted) and their digest for the cache key. In a git
 * work tree: tracked and untracked-but-not-ignored files, with git's blob ids for the files
 * git vouches for and the bytes read only of the rest. Elsewhere: the globs on disk, all read.
 * A source behind a symbolic link (the file or a directory on the way), one that is not a
 * regular file, and one over MAX_SOURCE_BYTES are left out and listed in `skipped`: the
 * checkout is the pull request's, and a link may lead out of it (a secret, /dev/zero).
 */
export async function projectSources(
  root: string,
  patterns: readonly string[],
  { indexOnly = false } = {},
): Promise<{ files: string[]; digest: string; skipped: SkippedSource[] }> {
  const wanted = sourceFilter(patterns);
  const skipped: SkippedSource[] = [];
  const read = sourceReader(root);
  const take = (path: string, hexLength?: number): SourceEntry | null => {
    const bytes = read(path);
    if (bytes === null) return null;
    if ('why' in bytes) {
      skipped.push({ path, why: bytes.why });
      return null;
    }
    return { path, id: blobId(bytes.data, hexLength) };
  };
  let entries: SourceEntry[] | null = null;
  try {
    // In place, the key only tells an exact hit from a partial one: Python checks each placed
    // pyc against its source anyway, so the index (the commit just checked out) stands for
    // the sources, rather than git re-hashing every file and walking for untracked ones.
    const tree = await listWorkTreeFiles(root, { indexOnly });
    const hexLength = tree.clean.values().next().value?.length ?? 40;
    entries = [];
    // git checked these out as regular files and says they still match the index; the
    // helper checks them again (links on the way, size) when it reads them.
    for (const [path, blob] of tree.clean) if (wanted(path)) entries.push({ path, id: blob });
    for (const path of [...tree.changed, ...tree.untracked]) {
      if (!wanted(path)) continue;
      const entry = take(path, hexLength);
      if (entry !== null) entries.push(entry);
    }
  } catch (error) {
    // Warming needs no git: a project outside a work tree (or a machine without git) is walked.
    if (!(error instanceof GitMissingError || error instanceof NotARepositoryError)) throw error;
  }
  if (entries === null) {
    entries = [];
    for (const file of await findSources(root, patterns)) {
      const entry = take(toPosixPath(relative(root, file)));
      if (entry !== null) entries.push(entry);
    }
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: entries.map((e) => join(root, e.path)), digest: sourcesDigest(entries), skipped };
}

function toPosixPath(path: string): string {
  return path.split(sep).join('/');
}
