export const id = 512;
export const ids = [512];
export const modules = {

/***/ 9512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./src/core.ts
var core = __webpack_require__(828);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/fs.ts
var fs = __webpack_require__(4772);
// EXTERNAL MODULE: ./src/git.ts
var git = __webpack_require__(1243);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/check/allow.ts
var check_allow = __webpack_require__(465);
;// CONCATENATED MODULE: ./src/check/change.ts
// What "added by this change" is compared against, decided from the event alone.
const ZERO_SHA = /^0+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function get(value, ...keys) {
    let current = value;
    for (const key of keys) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
function sha(value) {
    return typeof value === 'string' && SHA.test(value) ? value : null;
}
function changeFromEvent(eventName, payload) {
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const base = sha(get(payload, 'pull_request', 'base', 'sha'));
        if (base === null) {
            return { kind: 'none', why: `the ${eventName} event payload has no pull_request.base.sha` };
        }
        const number = get(payload, 'pull_request', 'number');
        return {
            kind: 'pull_request',
            base,
            head: sha(get(payload, 'pull_request', 'head', 'sha')),
            number: typeof number === 'number' ? number : null,
        };
    }
    if (eventName === 'push') {
        const before = get(payload, 'before');
        if (typeof before === 'string' && ZERO_SHA.test(before)) {
            return { kind: 'none', why: 'this push creates the branch, so there is no earlier commit to compare with' };
        }
        const beforeSha = sha(before);
        if (beforeSha === null)
            return { kind: 'none', why: 'the push event payload has no "before" commit' };
        return { kind: 'push', before: beforeSha };
    }
    return { kind: 'none', why: `the ${eventName || 'unknown'} event has no base commit` };
}
/**
 * The commit to diff the index against. actions/checkout checks out a pull request's merge
 * commit by default, whose first parent is the base branch as it is now; comparing with it
 * blames exactly what merging would add, even when the base has moved since the PR began.
 */
function baseCommit(change, headParents) {
    switch (change.kind) {
        case 'pull_request': {
            const [first, second] = headParents ?? [];
            if (first !== undefined && second !== undefined && change.head !== null && second === change.head)
                return first;
            return change.base;
        }
        case 'push':
            return change.before;
        case 'none':
            return null;
    }
}
function describeChange(change) {
    switch (change.kind) {
        case 'pull_request':
            return change.number === null ? 'this pull request' : `pull request #${change.number}`;
        case 'push':
            return 'this push';
        case 'none':
            return 'this run';
    }
}

;// CONCATENATED MODULE: ./src/check/classify.ts
// Which tracked paths are bytecode, and where their source would be. Paths are
// '/'-separated and relative to the project root, as git prints them.
const PYCACHE = '__pycache__';
function splitDir(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? ['', path] : [path.slice(0, slash + 1), path.slice(slash + 1)];
}
function inPycache(path) {
    return path.startsWith(`${PYCACHE}/`) || path.includes(`/${PYCACHE}/`);
}
function classify(path) {
    // The suffix of the path is the suffix of its name: decide before splitting, since almost
    // every tracked path is not bytecode.
    const kind = path.endsWith('.pyc')
        ? 'pyc'
        : path.endsWith('.pyo')
            ? 'pyo'
            : path.endsWith('$py.class')
                ? 'jython'
                : inPycache(path)
                    ? 'pycache-other'
                    : null;
    if (kind === null)
        return null;
    const [dir, name] = splitDir(path);
    // importlib's source_from_cache: `<dir>/__pycache__/<stem>.<tag>[.opt-N].pyc` -> `<dir>/<stem>.py`.
    if (dir.endsWith(`${PYCACHE}/`) || dir === `${PYCACHE}/`) {
        const parent = dir.slice(0, dir.length - PYCACHE.length - 1);
        const parts = name.split('.');
        const tagged = (kind === 'pyc' || kind === 'pyo') &&
            (parts.length === 3 || (parts.length === 4 && /^opt-/.test(parts[2] ?? '')));
        return { path, kind, layout: 'pycache', source: tagged && parts[0] ? `${parent}${parts[0]}.py` : null };
    }
    if (inPycache(path))
        return { path, kind, layout: 'pycache', source: null };
    const stem = kind === 'jython' ? name.slice(0, -'$py.class'.length) : name.slice(0, -'.pyc'.length);
    return { path, kind, layout: 'legacy', source: stem === '' ? null : `${dir}${stem}.py` };
}
/**
 * A legacy `mod.pyc` with no `mod.py`: Python 3 imports it in place of the missing source,
 * so a deleted or renamed module keeps running from stale bytecode.
 */
function isSourceless(bytecode, sourceExists) {
    return (bytecode.kind === 'pyc' &&
        bytecode.layout === 'legacy' &&
        bytecode.source !== null &&
        !sourceExists(bytecode.source));
}

;// CONCATENATED MODULE: ./src/check/evaluate.ts

function evaluate(facts) {
    const findings = facts.bytecode.map((b) => {
        const read = facts.headers.get(b.path);
        const header = read === undefined || 'error' in read ? null : read;
        const added = facts.added === 'all' || facts.added.has(b.path);
        const allowedBy = facts.allow(b.path);
        const failing = allowedBy === null && (facts.failOn === 'any' || (facts.failOn === 'added' && added));
        return {
            ...b,
            header,
            headerError: read !== undefined && 'error' in read ? read.error : null,
            sourcePresent: b.source === null ? null : facts.sourceExists(b.source),
            sourceless: isSourceless(b, facts.sourceExists),
            added,
            modified: added && facts.modified !== undefined && facts.modified.has(b.path),
            allowedBy,
            ignoredByRules: facts.ignoredByRules.has(b.path),
            failing,
        };
    });
    findings.sort(byImportance);
    return { findings, failing: findings.filter((f) => f.failing), failOn: facts.failOn };
}
function rank(f) {
    return (f.failing ? 0 : 4) + (f.allowedBy === null ? 0 : 2) + (f.added ? 0 : 1);
}
function byImportance(a, b) {
    return rank(a) - rank(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
/** The result after `fix: true` untracked some files: those no longer fail. */
function withUntracked(result, untracked) {
    if (untracked.size === 0)
        return result;
    const findings = result.findings.map((f) => (f.failing && untracked.has(f.path) ? { ...f, failing: false } : f));
    return { ...result, findings, failing: findings.filter((f) => f.failing) };
}

// EXTERNAL MODULE: ./src/check/pyc.ts + 1 modules
var pyc = __webpack_require__(3624);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/check/submodule.ts
// Which submodule each listed file belongs to, and what the summary says about submodules.
// Pure: paths are '/'-separated and relative to the project root, as git prints them.

/**
 * Groups the files that `ls-files --recurse-submodules` adds to the superproject's own list by
 * the submodule (gitlink path) that holds them; a nested submodule's files go with the
 * outermost one. Submodules with no files are not checked out.
 */
function bySubmodule(own, all, links) {
    const groups = new Map(links.map((l) => [l, []]));
    // Longest first, in case a gitlink's path is a prefix of another's name (`a` and `a-b`).
    const byLength = [...links].sort((a, b) => b.length - a.length);
    for (const path of all) {
        if (own.has(path))
            continue;
        const link = byLength.find((l) => path.startsWith(`${l}/`));
        if (link !== undefined)
            groups.get(link)?.push(path);
    }
    return groups;
}
function list(names) {
    const shown = names.map(report_text/* showPath */.P8);
    return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}
/** Summary sentences: which submodules the check looked into, and which it could not. */
function submoduleNotes(groups) {
    const included = [...groups]
        .filter(([, files]) => files.length > 0)
        .map(([l]) => l)
        .sort();
    const missing = [...groups]
        .filter(([, files]) => files.length === 0)
        .map(([l]) => l)
        .sort();
    const notes = [];
    if (included.length > 0) {
        notes.push(`The check includes the ${included.length === 1 ? 'submodule' : 'submodules'} ${list(included)}: ${included.length === 1 ? 'its' : 'their'} tracked files are listed with this repository's.`);
    }
    if (missing.length > 0) {
        notes.push(`The ${missing.length === 1 ? 'submodule' : 'submodules'} ${list(missing)} ${missing.length === 1 ? 'is' : 'are'} not checked out (or empty), so ${missing.length === 1 ? 'its' : 'their'} files were not checked; set submodules: true on actions/checkout to include ${missing.length === 1 ? 'it' : 'them'}.`);
    }
    return notes;
}

;// CONCATENATED MODULE: ./src/check/run.ts












async function decodeAll(root, bytecode) {
    const readable = bytecode.filter((b) => b.kind !== 'pycache-other').map((b) => b.path);
    const heads = await (0,fs/* readHeads */.W4)(root, readable);
    const headers = new Map();
    for (const [path, head] of heads)
        headers.set(path, head instanceof Uint8Array ? (0,pyc/* decodeHeader */.E2)(head) : head);
    return headers;
}
/**
 * What the change adds inside each submodule: the files of its checkout that are not in the
 * commit the base pinned it at. A submodule the base lacks is added whole; one whose pinned
 * commit is not in its clone (a shallow submodule update) counts as added whole, with a note.
 * Files of submodules nested in a submodule are not blamed (counted as already there).
 */
async function blameSubmodules(root, base, groups) {
    const present = [...groups].filter(([, files]) => files.length > 0).map(([link]) => link);
    if (present.length === 0)
        return { added: [], modified: [], notes: [] };
    const pinned = new Map((await git/* gitlinksAt */.xc(root, base, present)).map((l) => [l.path, l.commit]));
    const added = [];
    const modified = [];
    const notes = [];
    await Promise.all(present.map(async (link) => {
        const files = groups.get(link) ?? [];
        const before = pinned.get(link);
        if (before === undefined) {
            added.push(...files);
            return;
        }
        const inSub = await git/* changedSinceInSubmodule */.k0((0,external_node_path_.join)(root, link), before);
        if (inSub === null) {
            added.push(...files);
            notes.push(`The commit ${before.slice(0, 12)} that the base pins submodule ${(0,report_text/* showPath */.P8)(link)} at is not in its clone, so all of its bytecode counts as added; fetch the submodule with more history for exact blame.`);
            return;
        }
        added.push(...inSub.added.map((p) => `${link}/${p}`));
        modified.push(...inSub.modified.map((p) => `${link}/${p}`));
    }));
    return { added, modified, notes: notes.sort() };
}
async function blame(root, ctx, submodules) {
    const event = await readEvent(ctx.eventPath);
    if ('problem' in event) {
        const change = { kind: 'none', why: event.problem };
        return {
            added: 'all',
            modified: new Set(),
            change,
            notes: [],
            warnings: [`Every tracked bytecode file counts as added, because ${event.problem}.`],
        };
    }
    const change = changeFromEvent(ctx.eventName, event.payload);
    if (change.kind === 'none') {
        return {
            added: 'all',
            modified: new Set(),
            change,
            notes: [`Every tracked bytecode file counts as added, because ${change.why}.`],
            warnings: [],
        };
    }
    const base = baseCommit(change, await git/* commitParents */.ZQ(root, 'HEAD'));
    if (base === null)
        return { added: 'all', modified: new Set(), change, notes: [], warnings: [] };
    if (!(await git/* hasCommit */.QE(root, base)) && !(await git/* fetchCommit */.iH(root, base))) {
        const shallow = await git/* isShallow */.fE(root);
        return {
            added: 'all',
            modified: new Set(),
            change,
            notes: [],
            warnings: [
                `The base commit ${base.slice(0, 12)} of ${describeChange(change)} is not in ${shallow ? 'this shallow clone' : 'this clone'} and could not be fetched, so every tracked bytecode file counts as added; set fetch-depth: 2 (or 0) on actions/checkout for exact blame.`,
            ],
        };
    }
    const [own, inSubmodules] = await Promise.all([
        git/* changedSince */.$A(root, base),
        blameSubmodules(root, base, submodules),
    ]);
    const subNote = submodules.size > 0 ? ' In a submodule, it compares its checkout with the commit that base pins it at.' : '';
    const modified = [...own.modified, ...inSubmodules.modified];
    return {
        added: new Set([...own.added, ...inSubmodules.added, ...modified]),
        modified: new Set(modified),
        change,
        notes: [
            `“Added” means present in the index but not in ${base.slice(0, 12)}, the base of ${describeChange(change)}, and “modified” present in both with other bytes: either is the change's.${subNote}`,
            ...inSubmodules.notes,
        ],
        warnings: [],
    };
}
async function runCheck(inputs, ctx) {
    const { root } = ctx;
    const allow = (0,check_allow/* allowMatcher */._c)(inputs.allow);
    // Before anything is read or written, so an old git cannot leave a half-applied fix.
    if (inputs.fix)
        await git/* requireGit */.oj(git/* GIT_NEEDS */.Ry.fix);
    const top = await git/* workTreeTop */.DY(root);
    if (top === null) {
        const paths = await scanDisk(root);
        const bytecode = paths.map(classify).filter((b) => b !== null);
        const sources = new Set();
        for (const b of bytecode)
            if (b.source !== null && (await exists((0,external_node_path_.join)(root, b.source))))
                sources.add(b.source);
        const result = evaluate({
            bytecode,
            headers: await decodeAll(root, bytecode),
            sourceExists: (p) => sources.has(p),
            added: 'all',
            allow,
            failOn: inputs.failOn,
            ignoredByRules: new Set(),
        });
        return {
            result,
            source: 'disk',
            repoPrefix: '',
            changeName: null,
            notes: [
                `${inputs.path} is not inside a git work tree, so the files on disk were scanned instead of git's index, and every bytecode file counts as added.`,
            ],
            warnings: [],
            audit: null,
            submodules: [],
        };
    }
    // Bytecode committed in a submodule ships with a checkout just the same, so the check lists
    // it too; the ignore-rule audit and the fix stay with this repository's own files, since a
    // submodule's rules and index belong to another repository.
    const { paths: tracked, gitlinks } = await git/* listIndex */.VH(root);
    const listed = gitlinks.length === 0 ? { paths: tracked } : await git/* listTrackedWithSubmodules */.cM(root);
    const listWarnings = [];
    if (listed.paths === null) {
        listWarnings.push(`The submodules' files were not checked, because git refused to list them (${listed.problem}); this repository's own files were checked, and its .gitmodules needs fixing before submodules can be.`);
    }
    const all = listed.paths ?? tracked;
    const submodules = listed.paths === null || gitlinks.length === 0
        ? new Map()
        : bySubmodule(new Set(tracked), all, gitlinks.map((l) => l.path));
    const bytecode = all.map(classify).filter((b) => b !== null);
    // Only the sources bytecode names are ever looked up: a set of those, not of every path.
    const wanted = new Set(bytecode.flatMap((b) => (b.source === null ? [] : [b.source])));
    const sources = new Set(wanted.size === 0 ? [] : all.filter((p) => wanted.has(p)));
    const [repoPrefix, audit] = await Promise.all([git/* prefixOf */.MT(root), ctx.audit === null ? null : ctx.audit(tracked)]);
    const subNotes = submoduleNotes(submodules);
    if (bytecode.length === 0) {
        const result = evaluate({
            bytecode,
            headers: new Map(),
            sourceExists: () => false,
            added: new Set(),
            allow,
            failOn: inputs.failOn,
            ignoredByRules: new Set(),
        });
        return {
            result,
            source: 'git',
            repoPrefix,
            changeName: null,
            notes: subNotes,
            warnings: listWarnings,
            audit,
            submodules: [...submodules.keys()],
        };
    }
    const [headers, found] = await Promise.all([decodeAll(root, bytecode), blame(root, ctx, submodules)]);
    const result = evaluate({
        bytecode,
        headers,
        sourceExists: (p) => sources.has(p),
        added: found.added,
        modified: found.modified,
        allow,
        failOn: inputs.failOn,
        ignoredByRules: audit?.committedIgnored ?? new Set(),
    });
    return {
        result,
        source: 'git',
        repoPrefix,
        changeName: found.added === 'all' ? null : describeChange(found.change),
        notes: [...subNotes, ...found.notes],
        warnings: [...listWarnings, ...found.warnings],
        audit,
        submodules: [...submodules.keys()],
    };
}
/** Bytecode-looking files on disk below `root`, relative to it, for a directory git does not track. */
async function scanDisk(root) {
    const patterns = ['**/*.pyc', '**/*.pyo', '**/*$py.class', '**/__pycache__/**'].map((p) => (0,external_node_path_.join)(root, p)).join('\n');
    // Loaded only when there is no git work tree to ask: it brings @actions/core and undici.
    const glob = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 2377));
    const globber = await glob.create(patterns, {
        matchDirectories: false,
        followSymbolicLinks: false,
        implicitDescendants: true,
    });
    const found = new Set();
    for await (const file of globber.globGenerator()) {
        found.add((0,external_node_path_.relative)(root, file).split(external_node_path_.sep).join('/'));
    }
    return [...found].sort();
}
async function exists(path) {
    try {
        await (0,promises_.stat)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** The webhook payload of the run, or a sentence saying why it cannot be used. */
async function readEvent(path) {
    if (!path)
        return { problem: 'GITHUB_EVENT_PATH is not set' };
    try {
        return { payload: JSON.parse(await (0,promises_.readFile)(path, 'utf8')) };
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { problem: `GITHUB_EVENT_PATH names ${path}, which does not exist` };
        return { problem: `the event payload at GITHUB_EVENT_PATH could not be read (${error.message})` };
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/pathbytes.ts
var pathbytes = __webpack_require__(3177);
;// CONCATENATED MODULE: ./src/ignore/audit.ts

const ROOT_DIR = '.';
const PYCACHE_PATTERN = '__pycache__/';
const PYC_PATTERN = '*.pyc';
const PYO_PATTERN = '*.pyo';
const PYC_PYO_PATTERN = '*.py[cod]';
const JYTHON_PATTERN = '*$py.class';
/** Canonical order, so output does not depend on which directory was probed first. */
const PATTERN_ORDER = [PYCACHE_PATTERN, PYC_PYO_PATTERN, PYC_PATTERN, PYO_PATTERN, JYTHON_PATTERN];
const GITIGNORE_COMMENT = '# Python bytecode (added by pycache-action)';
function dirPrefix(dir) {
    return dir === ROOT_DIR || dir === '' ? '' : `${dir}/`;
}
/**
 * Directories that hold tracked Python sources, plus the project root: bytecode is written
 * beside (or in a `__pycache__/` below) the source it came from, so these are the places a
 * rule has to reach.
 */
function sourceDirs(trackedFiles) {
    const dirs = new Set();
    // git lists a directory's files together, so most paths repeat the directory before them.
    let last = '';
    for (const path of trackedFiles) {
        if (!path.endsWith('.py'))
            continue;
        const slash = path.lastIndexOf('/');
        if (slash < 0)
            continue;
        if (slash === last.length && path.startsWith(last))
            continue;
        last = path.slice(0, slash);
        dirs.add(last);
    }
    dirs.delete(ROOT_DIR);
    // In git's order of first appearance: deterministic, and sorting 100k names costs more
    // than anything else here. Findings are sorted where they are reported.
    return [ROOT_DIR, ...dirs];
}
/** Code-unit order without the root; the native sort needs no comparator call per pair. */
function sortDirs(dirs) {
    const list = [];
    for (const d of dirs)
        if (d !== ROOT_DIR)
            list.push(d);
    return list.sort();
}
function probePaths(dirs) {
    const probes = [];
    for (const dir of dirs) {
        const at = dirPrefix(dir);
        const d = at === '' ? ROOT_DIR : dir;
        probes.push({ path: `${at}__pycache__/mod.cpython-311.pyc`, dir: d, kind: 'pycache' }, { path: `${at}mod.pyc`, dir: d, kind: 'pyc' }, { path: `${at}mod.pyo`, dir: d, kind: 'pyo' }, { path: `${at}mod$py.class`, dir: d, kind: 'jython' });
    }
    return probes;
}
function sorted(set, compare) {
    return [...set].sort(compare);
}
/**
 * Judges git's verdicts on the probes (and on any tracked bytecode passed in the same
 * check-ignore call, which only ever adds negations).
 *
 * A probe is protected only when an in-tree rule ignores it. git lets in-tree .gitignore
 * files beat info/exclude beat the global file, and `check-ignore -v` names the deciding
 * rule, so a verdict from an exclude source means no in-tree rule matched at all.
 *
 * A probe re-included by an in-tree negation is reported as a negation and not as a missing
 * rule: appending the rule again would either do nothing (a deeper .gitignore wins) or
 * silently override a line the user wrote, and the fix must do neither.
 */
function auditIgnore(probes, matches, excludeSources, 
/** Paths asked about because a negation matches them (probes.ts negationWitnesses). */
witnesses = [], 
/** Tracked bytecode: real files, whatever probe or witness shares the name. */
tracked = new Set()) {
    const byPath = new Map();
    for (const m of matches)
        byPath.set(m.path, m);
    const labels = new Map(excludeSources.map((s) => [s.path, s.label]));
    const exposed = new Map();
    const negations = new Map();
    const negate = (m, path) => {
        const key = `${m.source}\0${m.line}\0${m.pattern}`;
        const found = negations.get(key);
        if (found)
            found.paths.add(path);
        else
            negations.set(key, { file: m.source, line: m.line, pattern: m.pattern, paths: new Set([path]) });
    };
    const probePathSet = new Set();
    for (const probe of probes) {
        probePathSet.add(probe.path);
        const m = byPath.get(probe.path);
        const decided = m !== undefined && m.source !== '';
        const unshared = decided ? labels.get(m.source) : undefined;
        const negation = decided && m.pattern.startsWith('!');
        if (decided && unshared === undefined) {
            if (negation)
                negate(m, probe.path);
            continue;
        }
        let e = exposed.get(probe.kind);
        if (!e)
            exposed.set(probe.kind, (e = { dirs: new Set(), foundIn: new Set() }));
        for (const d of probe.dirs ?? [probe.dir])
            e.dirs.add(d);
        // A negation in an unshared file un-ignores nothing the repository ignored, and names no
        // place where the rule was found.
        if (unshared !== undefined && !negation)
            e.foundIn.add(unshared);
    }
    for (const m of matches) {
        if (probePathSet.has(m.path) || m.source === '' || !m.pattern.startsWith('!') || labels.has(m.source))
            continue;
        if (classify(m.path) !== null)
            negate(m, m.path);
    }
    const witnessSet = new Set(witnesses);
    const isExample = (path) => !tracked.has(path) && (probePathSet.has(path) || witnessSet.has(path));
    const missing = [];
    const add = (pattern, kinds) => {
        const dirs = new Set();
        const foundIn = new Set();
        for (const kind of kinds) {
            const e = exposed.get(kind);
            e?.dirs.forEach((d) => dirs.add(d));
            e?.foundIn.forEach((f) => foundIn.add(f));
        }
        if (dirs.size > 0)
            missing.push({
                pattern,
                dirs: dirs.has(ROOT_DIR) ? [ROOT_DIR, ...sortDirs(dirs)] : sortDirs(dirs),
                foundOnlyIn: sorted(foundIn),
            });
    };
    add(PYCACHE_PATTERN, ['pycache']);
    // One `*.py[cod]` as soon as any directory exposes both, since that one line covers every
    // directory either is exposed in; when no directory exposes both, the narrower patterns
    // each name their own directories, so nothing broader than needed is proposed.
    const pyc = exposed.get('pyc')?.dirs ?? new Set();
    const pyo = exposed.get('pyo')?.dirs ?? new Set();
    if ([...pyc].some((d) => pyo.has(d))) {
        add(PYC_PYO_PATTERN, ['pyc', 'pyo']);
    }
    else {
        add(PYC_PATTERN, ['pyc']);
        add(PYO_PATTERN, ['pyo']);
    }
    add(JYTHON_PATTERN, ['jython']);
    missing.sort((a, b) => PATTERN_ORDER.indexOf(a.pattern) - PATTERN_ORDER.indexOf(b.pattern));
    const negationList = [...negations.values()]
        .map((n) => {
        const paths = sorted(n.paths);
        return { file: n.file, line: n.line, pattern: n.pattern, paths, examples: paths.filter(isExample) };
    })
        .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
    return { missing, negations: negationList };
}
/**
 * Tracked bytecode that the repository's rules ignore: committed before the rule existed.
 * Reads git's verdicts on the tracked bytecode from the same check-ignore call as the probes
 * (asked with --no-index, as `ls-files -ci` would judge them but without its walk of every
 * directory); a file only an unshared exclude file ignores does not count.
 */
function committedDespiteRules(trackedBytecode, matches, excludeSources = []) {
    const wanted = new Set(trackedBytecode.filter((p) => classify(p) !== null));
    const unshared = new Set(excludeSources.map((s) => s.path));
    const ignored = new Set();
    for (const m of matches) {
        if (wanted.has(m.path) && m.source !== '' && !m.pattern.startsWith('!') && !unshared.has(m.source))
            ignored.add(m.path);
    }
    return ignored;
}
/** The lines to paste into a .gitignore: the same text the fix appends to a new file. */
function gitignoreBlock(patterns) {
    if (patterns.length === 0)
        return '';
    return `${[GITIGNORE_COMMENT, ...new Set(patterns)].join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/ignore/fix.ts
// What the fix writes, and where findings point, as pure functions. The fix appends and
// never rewrites: the user's bytes stay exactly as they were, line endings included.

const LF = 0x0a;
const CR = 0x0d;
/** The file's own line ending, judged by its first line break; LF when it has none. */
function lineEnding(bytes) {
    const at = bytes.indexOf(LF);
    return at > 0 && bytes[at - 1] === CR ? '\r\n' : '\n';
}
function existingLines(bytes) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
    return new Set(text.split('\n').map((line) => line.replace(/\r$/, '')));
}
/** The patterns `appendRules` would append: those not already present as exact lines. */
function rulesToAdd(existing, patterns) {
    const present = existing === null ? new Set() : existingLines(existing);
    return [...new Set(patterns)].filter((p) => !present.has(p));
}
/**
 * The new bytes of a .gitignore with the patterns appended, or null when every pattern is
 * already there. The exact-line test only keeps one run from repeating another's lines;
 * whether a rule is needed at all is for the audit (git) to say.
 */
function appendRules(existing, patterns) {
    const adding = rulesToAdd(existing, patterns);
    if (adding.length === 0)
        return null;
    const before = existing ?? new Uint8Array(0);
    const eol = lineEnding(before);
    // Without a final line break the file's last rule would run into our comment; a file cut
    // between CR and LF needs only the LF to finish its line.
    const last = before[before.length - 1];
    const separator = last === undefined || last === LF ? '' : last === CR && eol === '\r\n' ? '\n' : eol;
    const block = Buffer.from(`${separator}${[GITIGNORE_COMMENT, ...adding].join(eol)}${eol}`, 'utf8');
    const out = new Uint8Array(before.length + block.length);
    out.set(before, 0);
    out.set(block, before.length);
    return out;
}
/**
 * The .gitignore that findings about missing rules point at, relative to the repository top.
 * The project's own file when it has one (or when the project is the repository top);
 * otherwise the repository top's, which is where such rules usually live. The fix ignores
 * this choice and always writes the project's own file, never one outside the project.
 *
 * @param prefix the project root relative to the repository top: '' at the top, else 'sub/dir/'
 */
function annotationTarget(prefix, projectHasGitignore) {
    const at = prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
    return at === '' || projectHasGitignore ? `${at}.gitignore` : '.gitignore';
}

;// CONCATENATED MODULE: ./src/ignore/wildmatch.ts
// Glob matching for gitignore patterns without backtracking. A pattern comes from a
// .gitignore the pull request controls and a path from names it controls, so matching must
// take time linear in the path whatever the pattern: a RegExp built from `*a*a*a*…b` ran for
// minutes on a 40-character name. A pattern is compiled to a list of tokens, each a set of
// bytes taken once or many times, and run as an NFA over a set of states: at most
// (tokens × bytes) steps, never a retry.
//
// Two compilations share the engine: `wildmatch` follows git's wildmatch.c with WM_PATHNAME
// (what git uses for .gitignore patterns) exactly, on UTF-8 bytes; probes.ts builds its own
// looser tokens that match everything git could match.
const SLASH = 0x2f;
function byteSet(test) {
    const set = new Uint8Array(256);
    for (let b = 0; b < 256; b++)
        set[b] = test(b) ? 1 : 0;
    return set;
}
const ANY_BYTE = byteSet(() => true);
// One shared set per byte: a long pattern must not allocate 256 bytes for each of its own.
const SINGLES = [];
function single(byte) {
    return (SINGLES[byte] ??= byteSet((b) => b === byte));
}
const NOT_SLASH = byteSet((b) => b !== SLASH);
/** A matcher for the tokens: true when the whole subject matches, in O(tokens × subject) time. */
function tokenMatcher(tokens) {
    const n = tokens.length;
    // States 0..n: about to match token i (n: done). States n+1+i: inside token i's `**​/`.
    const size = 2 * n + 1;
    // A subject shorter than the bytes the pattern must take cannot match: a pattern far longer
    // than any path is rejected without running it.
    const least = tokens.filter((t) => t.kind === 'one').length;
    return (subject) => {
        if (subject.length < least)
            return false;
        let current = new Uint8Array(size);
        let next = new Uint8Array(size);
        const close = (set) => {
            // Tokens that can match nothing let the state slide forward; in order, so one pass.
            for (let i = 0; i < n; i++) {
                const kind = tokens[i].kind;
                if (set[i] === 1 && kind !== 'one')
                    set[i + 1] = 1;
            }
        };
        current[0] = 1;
        close(current);
        for (const byte of subject) {
            next.fill(0);
            let any = false;
            for (let i = 0; i < n; i++) {
                const token = tokens[i];
                if (current[i] === 1) {
                    if (token.kind === 'one') {
                        if (token.set[byte] === 1)
                            next[i + 1] = 1;
                    }
                    else if (token.kind === 'many') {
                        if (token.set[byte] === 1)
                            next[i] = 1;
                    }
                    else {
                        next[n + 1 + i] = 1;
                        if (byte === SLASH)
                            next[i + 1] = 1;
                    }
                }
                if (token.kind === 'dirs' && current[n + 1 + i] === 1) {
                    next[n + 1 + i] = 1;
                    if (byte === SLASH)
                        next[i + 1] = 1;
                }
            }
            close(next);
            for (let s = 0; s < size && !any; s++)
                any = next[s] === 1;
            if (!any)
                return false;
            [current, next] = [next, current];
        }
        return current[n] === 1;
    };
}
const encoder = new TextEncoder();
function utf8(text) {
    return encoder.encode(text);
}
const isUpper = (b) => b >= 0x41 && b <= 0x5a;
const isLower = (b) => b >= 0x61 && b <= 0x7a;
const isDigit = (b) => b >= 0x30 && b <= 0x39;
const isAlpha = (b) => isUpper(b) || isLower(b);
const isSpace = (b) => b === 0x20 || (b >= 0x09 && b <= 0x0d);
const isPrint = (b) => b >= 0x20 && b <= 0x7e;
const isGraph = (b) => b > 0x20 && b <= 0x7e;
// The character classes of wildmatch.c (C locale: ASCII only).
const CLASSES = {
    alnum: (b) => isAlpha(b) || isDigit(b),
    alpha: isAlpha,
    blank: (b) => b === 0x20 || b === 0x09,
    cntrl: (b) => b < 0x20 || b === 0x7f,
    digit: isDigit,
    graph: isGraph,
    lower: isLower,
    print: isPrint,
    punct: (b) => isGraph(b) && !isAlpha(b) && !isDigit(b),
    space: isSpace,
    upper: isUpper,
    xdigit: (b) => isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66),
};
/**
 * Compiles a gitignore pattern (after git strips `!`, the leading and trailing '/' and
 * trailing spaces) as wildmatch.c reads it with WM_PATHNAME. Returns null for a pattern that
 * can match nothing (an unclosed bracket, an unknown `[:class:]`, a trailing backslash).
 */
function wildmatchTokens(pattern, start = 0) {
    const tokens = [];
    const p = pattern;
    const at = (i) => (i < p.length ? p[i] : 0);
    let i = start;
    while (i < p.length) {
        const c = at(i);
        if (c === 0x5c) {
            // A backslash takes the next byte literally; at the end it matches nothing.
            if (i + 1 >= p.length)
                return null;
            const literal = at(i + 1);
            tokens.push({ kind: 'one', set: single(literal) });
            i += 2;
        }
        else if (c === 0x3f) {
            tokens.push({ kind: 'one', set: NOT_SLASH });
            i++;
        }
        else if (c === 0x2a) {
            const first = i;
            while (at(i) === 0x2a)
                i++;
            const double = i - first >= 2;
            const before = first === start || at(first - 1) === SLASH;
            const afterEnd = i >= p.length;
            const afterSlash = at(i) === SLASH || (at(i) === 0x5c && at(i + 1) === SLASH);
            if (double && before && (afterEnd || afterSlash)) {
                // `**​/` may also match no directory at all; `**\/` (an escaped slash) may not.
                if (at(i) === SLASH) {
                    tokens.push({ kind: 'dirs' });
                    i++;
                }
                else {
                    tokens.push({ kind: 'many', set: ANY_BYTE });
                }
            }
            else if (tokens.at(-1)?.kind !== 'many') {
                tokens.push({ kind: 'many', set: NOT_SLASH });
            }
        }
        else if (c === 0x5b) {
            const parsed = bracket(p, i);
            if (parsed === null)
                return null;
            tokens.push({ kind: 'one', set: parsed.set });
            i = parsed.end;
        }
        else {
            tokens.push({ kind: 'one', set: single(c) });
            i++;
        }
    }
    return tokens;
}
/** wildmatch.c's bracket expression opened at `open`: its byte set (never '/') and the index past ']'. */
function bracket(p, open) {
    const at = (i) => (i < p.length ? p[i] : 0);
    const set = new Uint8Array(256);
    let i = open + 1;
    let ch = at(i);
    if (ch === 0x5e)
        ch = 0x21;
    const negated = ch === 0x21;
    if (negated)
        ch = at(++i);
    let prev = 0;
    do {
        if (ch === 0)
            return null;
        if (ch === 0x5c) {
            ch = at(++i);
            if (ch === 0)
                return null;
            set[ch] = 1;
        }
        else if (ch === 0x2d && prev !== 0 && at(i + 1) !== 0 && at(i + 1) !== 0x5d) {
            ch = at(++i);
            if (ch === 0x5c) {
                ch = at(++i);
                if (ch === 0)
                    return null;
            }
            for (let b = prev; b <= ch; b++)
                set[b] = 1;
            ch = 0;
        }
        else if (ch === 0x5b && at(i + 1) === 0x3a) {
            const s = i + 2;
            let j = s;
            while (at(j) !== 0 && at(j) !== 0x5d)
                j++;
            if (at(j) === 0)
                return null;
            if (j - s - 1 < 0 || at(j - 1) !== 0x3a) {
                // No ":]": a plain '[' in the set, and the scan resumes after it.
                set[0x5b] = 1;
                ch = 0x5b;
            }
            else {
                const name = String.fromCharCode(...p.subarray(s, j - 1));
                const test = Object.hasOwn(CLASSES, name) ? CLASSES[name] : undefined;
                if (test === undefined)
                    return null;
                for (let b = 0; b < 256; b++)
                    if (test(b))
                        set[b] = 1;
                i = j;
                ch = 0;
            }
        }
        else {
            set[ch] = 1;
        }
        prev = ch;
        ch = at(++i);
    } while (ch !== 0x5d);
    const out = new Uint8Array(256);
    for (let b = 0; b < 256; b++)
        out[b] = (set[b] === 1) !== negated && b !== SLASH ? 1 : 0;
    return { set: out, end: i + 1 };
}
/** A matcher with git's wildmatch (WM_PATHNAME, case-sensitive) semantics; never matches for an invalid pattern. */
function wildmatch(pattern) {
    const tokens = wildmatchTokens(typeof pattern === 'string' ? utf8(pattern) : pattern);
    if (tokens === null)
        return () => false;
    const run = tokenMatcher(tokens);
    return (subject) => run(typeof subject === 'string' ? utf8(subject) : subject);
}
/** dir.c's trim_trailing_spaces: spaces at the end go unless a backslash escapes one. */
function trimTrailingSpaces(line) {
    let lastSpace = -1;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === ' ') {
            if (lastSpace < 0)
                lastSpace = i;
        }
        else if (c === '\\') {
            i++;
            if (i >= line.length)
                return line;
            lastSpace = -1;
        }
        else {
            lastSpace = -1;
        }
    }
    return lastSpace < 0 ? line : line.slice(0, lastSpace);
}
/** The length of the pattern's start before any of `*?[\`. */
function simpleLength(p) {
    let i = 0;
    while (i < p.length && p[i] !== 0x2a && p[i] !== 0x3f && p[i] !== 0x5b && p[i] !== 0x5c)
        i++;
    return i;
}
function startsWith(text, at, literal, from, length) {
    if (at + length > text.length)
        return false;
    for (let k = 0; k < length; k++)
        if (text[at + k] !== literal[from + k])
            return false;
    return true;
}
/**
 * Compiles one line of a rule file (already without its line end; trailing spaces are
 * trimmed here), or null for a comment or a blank line. Case-sensitive, as git is unless
 * core.ignoreCase is set.
 */
function parseIgnoreLine(line) {
    if (line === '' || line.startsWith('#'))
        return null;
    let text = trimTrailingSpaces(line);
    const negated = text.startsWith('!');
    if (negated)
        text = text.slice(1);
    let pattern = utf8(text);
    const mustBeDir = pattern.length > 0 && pattern[pattern.length - 1] === SLASH;
    if (mustBeDir)
        pattern = pattern.subarray(0, pattern.length - 1);
    const basename = !pattern.includes(SLASH);
    let prefix = Math.min(simpleLength(pattern), pattern.length);
    let matchName;
    if (basename) {
        const tokens = prefix === pattern.length ? null : wildmatchTokens(pattern);
        const run = tokens === null ? null : tokenMatcher(tokens);
        const literal = pattern;
        matchName = (name) => {
            const slash = name.lastIndexOf(SLASH);
            const last = name.subarray(slash + 1);
            if (prefix === literal.length)
                return last.length === literal.length && startsWith(last, 0, literal, 0, literal.length);
            return run !== null && run(last);
        };
    }
    else {
        // match_pathname: a leading '/' only anchors (a slash anywhere does); the literal start
        // is compared first and the rest matched as a pattern of its own, which is how git reads
        // `ab**/c` (its `**` counts as at the start).
        let body = pattern;
        if (body[0] === SLASH) {
            body = body.subarray(1);
            prefix--;
        }
        const rest = wildmatchTokens(body, prefix);
        const run = rest === null ? null : tokenMatcher(rest);
        const lead = body;
        const leadLength = prefix;
        matchName = (name) => {
            if (leadLength > 0) {
                if (leadLength > name.length || !startsWith(name, 0, lead, 0, leadLength))
                    return false;
                if (leadLength === lead.length && leadLength === name.length)
                    return true;
            }
            return run !== null && run(name.subarray(leadLength));
        };
    }
    return { negated, mustBeDir, basename, pattern, matches: (path, isDir) => (!mustBeDir || isDir) && matchName(path) };
}
/**
 * What git decides for a file at `path` (relative to the rules' directory) from one rule
 * file: the last rule that matches a directory on the way (only a rule that excludes a
 * directory counts there, as nothing below it can be re-included) or the file itself.
 * Returns the index of the deciding rule, or -1.
 */
function decidingRule(rules, path) {
    const bytes = utf8(path);
    const last = (subject, isDir) => {
        for (let i = rules.length - 1; i >= 0; i--)
            if (rules[i]?.matches(subject, isDir))
                return i;
        return -1;
    };
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] !== SLASH)
            continue;
        const hit = last(bytes.subarray(0, i), true);
        if (hit >= 0 && rules[hit]?.negated === false)
            return hit;
    }
    return last(bytes, false);
}

;// CONCATENATED MODULE: ./src/ignore/probes.ts
// Which example paths the audit asks git about. Asking about four probes in every source
// directory is exact but costs git, the pipe and the audit a few microseconds per probe:
// seconds in a repository of 100k directories. Most directories cannot differ from their
// neighbours, though: what git decides for `d/mod.pyc` depends on d only through the rule
// files above d and through patterns that could match d's own names. So directories that no
// pattern can single out, and that lie below the same rule files, are asked about once.
//
// Git stays the only judge of what a rule means. The patterns are read here only to find
// the directories a rule *might* single out, with a matcher that errs towards "might": any
// doubt (an escape, an unclosed bracket, a name that is not plain ASCII) puts the directory
// in a probe of its own, where git decides it exactly as before.


/**
 * Patterns found by their literal start or end, so that asking about one subject costs the
 * patterns that could match it and not every line: a 50,000-line file over 10,000
 * directories took minutes when each directory was tried against every line.
 */
class PatternIndex {
    byLead = new Map();
    byTail = new Map();
    leadLengths = new Set();
    tailLengths = new Set();
    rest = [];
    size = 0;
    add(pattern) {
        this.size++;
        if (pattern.lead !== '') {
            push(this.byLead, pattern.lead, pattern);
            this.leadLengths.add(pattern.lead.length);
        }
        else if (pattern.tail !== '') {
            push(this.byTail, pattern.tail, pattern);
            this.tailLengths.add(pattern.tail.length);
        }
        else {
            this.rest.push(pattern);
        }
    }
    /** Whether some pattern might match the subject. */
    any(subject) {
        if (this.size === 0)
            return false;
        const lower = subject.toLowerCase();
        for (const length of this.leadLengths) {
            if (length > lower.length)
                continue;
            for (const p of this.byLead.get(lower.slice(0, length)) ?? [])
                if (p.test(subject))
                    return true;
        }
        for (const length of this.tailLengths) {
            if (length > lower.length)
                continue;
            for (const p of this.byTail.get(lower.slice(lower.length - length)) ?? [])
                if (p.test(subject))
                    return true;
        }
        return this.rest.some((p) => p.test(subject));
    }
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
const ROOT = '.';
const PROBE_NAMES = [
    ['pycache', '__pycache__/mod.cpython-311.pyc'],
    ['pyc', 'mod.pyc'],
    ['pyo', 'mod.pyo'],
    ['jython', 'mod$py.class'],
];
const MATCH_ALL = { test: () => true, lead: '', tail: '' };
/** The index just past the ']' that closes the bracket expression opened at `open`, or -1. */
function bracketEnd(pattern, open) {
    let i = open + 1;
    if (pattern[i] === '!' || pattern[i] === '^')
        i++;
    if (pattern[i] === ']')
        i++;
    while (i < pattern.length) {
        const c = pattern[i];
        if (c === ']')
            return i + 1;
        if (c === '[' && pattern[i + 1] === ':') {
            const close = pattern.indexOf(':]', i + 2);
            if (close < 0)
                return -1;
            i = close + 2;
        }
        else {
            i++;
        }
    }
    return -1;
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// One set per letter, shared: 50,000 lines would otherwise allocate one per byte of each.
const CASELESS = new Map();
function caseless(lower, upper) {
    let set = CASELESS.get(lower);
    if (set === undefined)
        CASELESS.set(lower, (set = byteSet((b) => b === lower || b === upper)));
    return set;
}
// Case-insensitive (core.ignoreCase could be on), and looser than git where that is simpler:
// `*`, `?` and `**` match any run of bytes, '/' included; a bracket matches any one byte; a
// '/' beside a star may vanish (`a/**/b` also matches `a/b`), which the star already covers.
// Matched as tokens (wildmatch.ts): never a RegExp built from the pattern, which backtracks.
function overApproximate(pattern) {
    // Escapes and non-ASCII bytes are where a cheap reading could be wrong: match everything.
    if (pattern.includes('\\') || !PRINTABLE_ASCII.test(pattern))
        return MATCH_ALL;
    const tokens = [];
    let lead = '';
    let tail = '';
    let literal = true;
    const many = () => {
        if (tokens.at(-1)?.kind !== 'many')
            tokens.push({ kind: 'many', set: ANY_BYTE });
    };
    for (let i = 0; i < pattern.length;) {
        const c = pattern[i];
        if (c === '*' || c === '?') {
            literal = false;
            tail = '';
            many();
            i++;
        }
        else if (c === '[') {
            const end = bracketEnd(pattern, i);
            if (end < 0)
                return MATCH_ALL;
            literal = false;
            tail = '';
            tokens.push({ kind: 'one', set: ANY_BYTE });
            i = end;
        }
        else if (c === '/' && (pattern[i - 1] === '*' || pattern[i + 1] === '*')) {
            literal = false;
            tail = '';
            i++;
        }
        else {
            const lower = c.toLowerCase();
            const upper = c.toUpperCase();
            if (literal)
                lead += lower;
            tail += lower;
            tokens.push({ kind: 'one', set: caseless(lower.charCodeAt(0), upper.charCodeAt(0)) });
            i++;
        }
    }
    const run = tokenMatcher(tokens);
    // Subjects outside printable ASCII are singled out before they get here; should one come,
    // "might match" is the safe answer.
    return { test: (subject) => !PRINTABLE_ASCII.test(subject) || run(utf8(subject)), lead, tail };
}
/** Reads a rule file the way git does (gitignore(5)), keeping only what could match. */
function parseRules(text) {
    const names = new PatternIndex();
    const paths = new PatternIndex();
    for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
        let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line === '' || line.startsWith('#'))
            continue;
        if (line.startsWith('!'))
            line = line.slice(1);
        // Trailing spaces go unless escaped (a loop: a RegExp for it is quadratic on long lines).
        line = trimTrailingSpaces(line);
        if (line.endsWith('/'))
            line = line.slice(0, -1);
        // `**/name` is `name` (gitignore(5)); `**/a/b` stays a path pattern, at any depth.
        let bare = line;
        while (bare.startsWith('**/'))
            bare = bare.slice(3);
        if (!bare.includes('/'))
            line = bare;
        if (line === '' || line === '**') {
            paths.add(MATCH_ALL);
            continue;
        }
        if (line.includes('/'))
            paths.add(overApproximate(line.startsWith('/') ? line.slice(1) : line));
        else
            names.add(overApproximate(line));
    }
    return { names, paths };
}
function join(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
function isBelow(dir, ancestor) {
    return ancestor === '' || dir === ancestor || dir.startsWith(`${ancestor}/`);
}
/** `path` relative to `ancestor` (which isBelow said contains it); '' for itself. */
function below(path, ancestor) {
    if (ancestor === '')
        return path;
    return path === ancestor ? '' : path.slice(ancestor.length + 1);
}
function probesAt(dir, dirs) {
    const at = dir === ROOT ? '' : `${dir}/`;
    return PROBE_NAMES.map(([kind, name]) => ({ path: `${at}${name}`, dir, kind, dirs }));
}
/**
 * The probes to ask git about: one set per directory that some rule might single out, and
 * one set for each group of the others that lie below the same rule files, standing for the
 * whole group (`Probe.dirs`).
 *
 * @param dirs project-relative source directories, '.' for the project root (sourceDirs)
 * @param prefix the project root relative to the work tree top: '' or 'sub/dir/'
 * @param inTree the .gitignore files git reads in the work tree (those that exist), by the
 *   top-relative directory that holds them. A .gitignore that is not tracked is not among
 *   them: it is not the repository's rule, and a group's verdict is read from one member.
 * @param unshared texts of info/exclude and the global excludes file (anchored at the top)
 */
function planProbes(dirs, prefix, inTree, unshared) {
    const rootDir = prefix.replace(/\/$/, '');
    const files = [
        ...inTree.map((f) => ({ dir: f.dir, rules: parseRules(f.text), everywhere: false })),
        ...unshared.map((text) => ({ dir: '', rules: parseRules(text), everywhere: true })),
    ];
    const filesAt = new Map();
    files.forEach((f, i) => {
        if (!f.everywhere)
            filesAt.set(f.dir, [...(filesAt.get(f.dir) ?? []), i]);
    });
    // A name some name-pattern might match, memoised per name: names repeat a lot.
    const nameHits = new Map();
    const filesMatchingName = (name) => {
        let hits = nameHits.get(name);
        if (hits === undefined) {
            hits = files.flatMap((f, i) => (f.rules.names.any(name) ? [i] : []));
            nameHits.set(name, hits);
        }
        return hits;
    };
    // The rule files that apply to each top-relative directory, memoised along the tree.
    const chains = new Map();
    const everywhere = files.flatMap((f, i) => (f.everywhere ? [i] : []));
    const chainOf = (topDir) => {
        let chain = chains.get(topDir);
        if (chain === undefined) {
            const slash = topDir.lastIndexOf('/');
            const parent = topDir === '' ? everywhere : chainOf(slash < 0 ? '' : topDir.slice(0, slash));
            const own = topDir === '' ? (filesAt.get('') ?? []) : (filesAt.get(topDir) ?? []);
            chain = own.length === 0 ? parent : [...parent, ...own];
            chains.set(topDir, chain);
        }
        return chain;
    };
    const singled = (dir, topDir, chain) => {
        const names = dir === ROOT ? [] : dir.split('/');
        if (names.some((n) => /[^\x20-\x7e]/.test(n)))
            return true;
        const inChain = new Set(chain);
        for (const name of names)
            if (filesMatchingName(name).some((i) => inChain.has(i)))
                return true;
        for (const i of chain) {
            const file = files[i];
            if (file.rules.paths.size === 0)
                continue;
            // Directories at or above the project root and the rule file's own are the same for
            // every directory asked about; those below both are what could single this one out.
            const floor = file.dir.length > rootDir.length ? file.dir : rootDir;
            const subjects = [];
            let ancestor = topDir;
            while (ancestor !== floor && isBelow(ancestor, floor)) {
                subjects.push(below(ancestor, file.dir));
                const slash = ancestor.lastIndexOf('/');
                ancestor = slash < 0 ? '' : ancestor.slice(0, slash);
            }
            const here = below(topDir, file.dir);
            subjects.push(join(here, '__pycache__'), ...PROBE_NAMES.map(([, name]) => join(here, name)));
            if (subjects.some((s) => file.rules.paths.any(s)))
                return true;
        }
        return false;
    };
    const probes = [];
    const groups = new Map();
    for (const dir of dirs) {
        const topDir = dir === ROOT ? rootDir : join(rootDir, dir);
        const chain = chainOf(topDir);
        // A .gitignore inside the probe's own __pycache__ speaks for that probe alone.
        if (filesAt.has(join(topDir, '__pycache__')) || singled(dir, topDir, chain)) {
            probes.push(...probesAt(dir, [dir]));
            continue;
        }
        const key = chain.join(',');
        const group = groups.get(key);
        if (group)
            group.push(dir);
        else
            groups.set(key, [dir]);
    }
    for (const members of groups.values())
        probes.push(...probesAt(members[0], members));
    return probes;
}
// A negation that names one bytecode file (`!keep.pyc`, `!vendor/keep.pyc`) decides no probe,
// since probes are named `mod.*`; it is found by asking git about a path the negation itself
// matches. The path is built from the pattern and checked with the exact matcher; git then
// says whether that line really decides it (a later line, or an excluded parent directory,
// may win). Only a pattern that can match a bytecode file by its own name gets one: a
// negated directory (`!build/`) re-includes what the probes in its source directories and
// the tracked bytecode already ask about.
//
// Bounded: git's check-ignore costs each path every line of the file, so a file of 20,000
// such negations must not become 40,000 more paths (minutes of git on a large file); a file
// with more than this many reports plenty already.
const MAX_WITNESSED_LINES = 200;
const MAX_WITNESS_BYTES = 4096;
// Preferred bytes for a bracket that must take one: readable. Only a literal '/' holds '/'.
const PREFERRED = utf8('cpoxyzmdab_0123456789-');
const SUFFIXES = ['', '.pyc'];
function pick(set) {
    for (const b of PREFERRED)
        if (set[b] === 1)
            return b;
    for (let b = 0x21; b < 0x7f; b++)
        if (set[b] === 1)
            return b;
    for (let b = 0x80; b < 0x100; b++)
        if (set[b] === 1)
            return b;
    return null;
}
/** A string the tokens match, with every run filled by `fill` where it may take it. */
function fillTokens(tokens, fill) {
    const out = [];
    const fillBytes = utf8(fill);
    for (const token of tokens) {
        if (token.kind === 'one') {
            const b = pick(token.set);
            if (b === null)
                return null;
            out.push(b);
        }
        else if (token.kind === 'many' && fillBytes.every((b) => token.set[b] === 1)) {
            out.push(...fillBytes);
        }
        // `**​/` is filled with no directory at all.
    }
    return Buffer.from(out).toString('utf8');
}
/** A path below the rule file's directory that the negation matches and that is bytecode, or null. */
function witnessOf(rule) {
    // No file on disk has a longer path; and a witness is as long as its pattern, which the
    // matcher then reads in time proportional to both.
    if (rule.pattern.length > MAX_WITNESS_BYTES)
        return null;
    let body = rule.pattern;
    if (!rule.basename && body[0] === 0x2f)
        body = body.subarray(1);
    const tokens = wildmatchTokens(body);
    if (tokens === null)
        return null;
    for (const fill of ['mod', '']) {
        const filled = fillTokens(tokens, fill);
        if (filled === null)
            continue;
        for (const suffix of SUFFIXES) {
            const path = filled + suffix;
            if (classify(path) === null)
                continue;
            if (rule.matches(utf8(path), false))
                return path;
        }
    }
    return null;
}
/**
 * Paths (project-relative) to ask git about for the in-tree negations that could re-include
 * bytecode: one the negation matches where its file sits, and for a negation without a '/'
 * (which matches at any depth) one in a directory below as well, so that allowing the one
 * file does not hide that the line re-includes the name everywhere.
 *
 * @param prefix the project root relative to the work tree top: '' or 'sub/dir/'
 */
function negationWitnesses(prefix, inTree) {
    const witnesses = new Set();
    let lines = 0;
    for (const file of inTree) {
        for (const raw of file.text.replace(/^\uFEFF/, '').split('\n')) {
            const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
            if (!line.startsWith('!'))
                continue;
            const rule = parseIgnoreLine(line);
            const found = rule === null ? null : witnessOf(rule);
            if (rule === null || found === null)
                continue;
            if (++lines > MAX_WITNESSED_LINES)
                return [...witnesses];
            const base = file.dir === '' ? '' : `${file.dir}/`;
            const candidates = [];
            if (rule.basename) {
                // Matches at any depth: where the file sits (or at the project root, if it sits above).
                const at = isBelow(prefix.replace(/\/$/, ''), file.dir) && prefix !== base ? prefix : base;
                candidates.push(at + found, `${at}sub/${found}`);
            }
            else {
                candidates.push(base + found);
            }
            for (const c of candidates)
                if (c.startsWith(prefix))
                    witnesses.add(c.slice(prefix.length));
        }
    }
    return [...witnesses];
}

// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/ignore/run.ts
// The ignore-rule audit and fix against a real repository: gathers git's answers through
// git.ts, leaves every judgement to audit.ts and fix.ts.











function toPosix(path) {
    return path.split(external_node_path_.sep).join('/');
}
async function canonical(path) {
    try {
        return await (0,promises_.realpath)(path);
    }
    catch {
        return (0,external_node_path_.resolve)(path);
    }
}
/** Where git reads the global excludes from when core.excludesFile is unset. */
function defaultExcludesFile() {
    const xdg = process.env.XDG_CONFIG_HOME;
    return xdg ? (0,external_node_path_.join)(xdg, 'git', 'ignore') : (0,external_node_path_.join)(process.env.HOME || (0,external_node_os_.homedir)(), '.config', 'git', 'ignore');
}
/** info/exclude lives in the common git dir, which a linked worktree's git dir points to. */
async function infoExcludeFiles(own) {
    const files = [(0,external_node_path_.join)(own, 'info', 'exclude')];
    try {
        const common = (await (0,promises_.readFile)((0,external_node_path_.join)(own, 'commondir'), 'utf8')).trim();
        if (common)
            files.push((0,external_node_path_.join)((0,external_node_path_.resolve)(own, common), 'info', 'exclude'));
    }
    catch {
        // Not a linked worktree.
    }
    return files;
}
/**
 * Rewrites each match's source so in-tree .gitignore files are repository-relative and
 * every other file is an absolute canonical path listed in the returned exclude sources.
 * git resolves relative sources from the work tree top (it changes there before reading
 * rules), not from our cwd; the global file comes back absolute.
 */
async function normaliseSources(top, files, matches) {
    const { own, infoFiles, global } = files;
    const gitDirReal = await canonical(own);
    const known = new Map();
    for (const file of infoFiles) {
        const real = await canonical(file);
        known.set(real, (0,paths/* inside */.n)(top, real) ? toPosix((0,external_node_path_.relative)(top, real)) : real);
    }
    known.set(await canonical((0,external_node_path_.resolve)(top, global)), `core.excludesFile (${global})`);
    const normalised = new Map();
    const excludeSources = new Map();
    for (const source of new Set(matches.map((m) => m.source))) {
        if (source === '')
            continue;
        const path = (0,external_node_path_.resolve)(top, source);
        // Per-directory files always come back relative, so an absolute `~/.gitignore` is the
        // global file even in a repository whose top is the home directory.
        const inTree = !(0,external_node_path_.isAbsolute)(source) && (0,external_node_path_.basename)(path) === '.gitignore' && (0,paths/* inside */.n)(top, path) && !(0,paths/* inside */.n)(gitDirReal, path);
        if (inTree) {
            normalised.set(source, toPosix((0,external_node_path_.relative)(top, path)));
        }
        else {
            const real = await canonical(path);
            // Anything else git reads rules from is not shared by a clone, known by name or not.
            normalised.set(source, real);
            excludeSources.set(real, { path: real, label: known.get(real) ?? real });
        }
    }
    return {
        matches: matches.map((m) => ({ ...m, source: normalised.get(m.source) ?? m.source })),
        excludeSources: [...excludeSources.values()],
    };
}
async function ruleFiles(dir) {
    const [own, configured] = await Promise.all([(0,git/* gitDir */.oG)(dir), (0,git/* excludesFile */._o)(dir)]);
    return { own, infoFiles: await infoExcludeFiles(own), global: configured ?? defaultExcludesFile() };
}
/** The file's text; null when it is not there, as git then reads nothing from it. */
async function readRules(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return null;
        throw error;
    }
}
/**
 * The probes for the project's source directories, grouped (probes.ts) by the rule texts
 * git reads: the tracked .gitignore files in the project, those in the directories between
 * the work tree top and the project, info/exclude and the global file. Any file that cannot
 * be read leaves every directory with probes of its own.
 */
async function projectProbes(top, prefix, tracked, files) {
    const dirs = sourceDirs(tracked);
    try {
        const above = prefix
            .split('/')
            .filter(Boolean)
            .map((_, i, parts) => parts.slice(0, i).join('/'));
        const inside = tracked
            .filter((p) => p === '.gitignore' || p.endsWith('/.gitignore'))
            .map((p) => prefix + p.slice(0, -'.gitignore'.length).replace(/\/$/, ''));
        const gitignores = [...new Set([...above, ...inside])];
        const texts = await Promise.all(gitignores.map((d) => readRules((0,pathbytes/* fsPath */.Jk)(top, d === '' ? '.gitignore' : `${d}/.gitignore`))));
        const inTree = gitignores.flatMap((d, i) => (texts[i] == null ? [] : [{ dir: d, text: texts[i] }]));
        const unshared = await Promise.all([...files.infoFiles, (0,external_node_path_.resolve)(top, files.global)].map(readRules));
        return {
            probes: planProbes(dirs, prefix, inTree, unshared.filter((t) => t !== null)),
            witnesses: negationWitnesses(prefix, inTree),
        };
    }
    catch {
        return { probes: probePaths(dirs), witnesses: [] };
    }
}
/**
 * Audits the ignore rules of the project at `root` (a git work tree or a directory in one)
 * with one `git check-ignore` call over the probes and the tracked bytecode.
 *
 * @param tracked the project's tracked files, relative to `root` (as listTracked gives them)
 */
async function auditProject(root, tracked) {
    const dir = await canonical(root);
    const topPath = await (0,git/* workTreeTop */.DY)(dir);
    if (topPath === null)
        throw new Error(`The ignore-rule audit needs a git work tree, and ${dir} is not in one.`);
    const top = await canonical(topPath);
    const [prefix, files] = await Promise.all([(0,git/* prefixOf */.MT)(dir), ruleFiles(dir)]);
    const { probes, witnesses } = await projectProbes(top, prefix, tracked, files);
    const trackedBytecode = tracked.filter((p) => classify(p) !== null);
    const paths = [...new Set([...probes.map((p) => p.path), ...trackedBytecode, ...witnesses])];
    const [raw, hasGitignore] = await Promise.all([(0,git/* checkIgnore */.PL)(dir, paths), isFile((0,external_node_path_.join)(dir, '.gitignore'))]);
    const { matches, excludeSources } = await normaliseSources(top, files, raw);
    const { missing, negations } = auditIgnore(probes, matches, excludeSources, witnesses, new Set(trackedBytecode));
    return {
        missing,
        negations,
        annotationTarget: annotationTarget(prefix, hasGitignore),
        committedIgnored: committedDespiteRules(trackedBytecode, matches, excludeSources),
        prefix,
        ownGitignore: hasGitignore,
    };
}
async function isFile(path) {
    try {
        return (await (0,promises_.lstat)(path)).isFile();
    }
    catch {
        return false;
    }
}
/** The project's .gitignore bytes, null when absent; refuses anything but a plain file. */
async function readOwnGitignore(file) {
    let info;
    try {
        info = await (0,promises_.lstat)(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
    // git (2.32+) does not read a symlinked .gitignore in the tree, and writing through one
    // could change a file outside the project.
    if (info.isSymbolicLink())
        throw new Error(`${file} is a symbolic link; git does not read it as a .gitignore, so the fix will not write through it.`);
    if (!info.isFile())
        throw new Error(`${file} is not a regular file; the fix cannot append rules to it.`);
    return (0,promises_.readFile)(file);
}
function isProjectPath(path) {
    return path !== '' && !path.startsWith('/') && !path.split('/').some((part) => part === '..' || part === '');
}
/** Thrown when the fix cannot change the repository; `done` is what it had changed before that. */
class FixError extends Error {
    name = 'FixError';
    done;
    constructor(message, done) {
        super(message);
        this.done = done;
    }
}
function plainReason(error) {
    const e = error;
    switch (e.code) {
        case 'EROFS':
            return 'read-only file system';
        case 'EACCES':
            return 'permission denied';
        case 'EPERM':
            return 'operation not permitted';
        case 'ENOSPC':
            return 'no space left on device';
        case 'EDQUOT':
            return 'disk quota exceeded';
        default:
            // git's "fatal: Unable to create '…/index.lock': File exists." is followed by advice lines.
            return ((e.message ?? String(error))
                .split('\n')[0]
                ?.replace(/^git .* failed in [^:]*: /, '')
                .replace(/\.$/, '') ?? String(error));
    }
}
/** The error that would stop the fix writing `path` (a file, or the directory to create one in), or null. */
async function writable(path) {
    try {
        await (0,promises_.access)(path, external_node_fs_.constants.W_OK);
        return null;
    }
    catch (error) {
        return error;
    }
}
const BY_HAND = 'run without fix: true and make the changes the step summary shows by hand';
/**
 * Appends the audit's missing rules to `<root>/.gitignore` (creating it) and untracks the
 * given committed bytecode, keeping the files on disk. Writes nothing outside `root`, never
 * commits, and reports only what it changed, so a second run reports nothing.
 *
 * All or nothing as far as it can tell: both targets are checked for writing first, so a
 * read-only tree (or git directory) changes nothing and throws a FixError. The index goes
 * first because git swaps it in atomically; only a .gitignore that fails after passing the
 * check can leave the untracking done without the rules, and the FixError then says so.
 *
 * @param committedBytecode project-relative paths to untrack; anything not bytecode or not
 *   in the index is skipped
 */
async function applyFix(root, audit, committedBytecode) {
    const dir = await canonical(root);
    const file = (0,external_node_path_.join)(dir, '.gitignore');
    const shown = `${audit.prefix}.gitignore`;
    const patterns = audit.missing.map((m) => m.pattern);
    const existing = await readOwnGitignore(file);
    const next = appendRules(existing, patterns);
    const wanted = committedBytecode.filter((p) => isProjectPath(p) && classify(p) !== null);
    let untracking = [];
    if (wanted.length > 0) {
        const index = new Set(await (0,git/* listTracked */.z7)(dir));
        untracking = [...new Set(wanted.filter((p) => index.has(p)))].sort();
    }
    const nothing = { gitignore: null, untracked: [] };
    if (next !== null) {
        const denied = await writable(existing === null ? dir : file);
        if (denied !== null)
            throw new FixError(`The fix could not write ${shown} (${plainReason(denied)}), so it changed nothing; make the working tree writable before this step, or ${BY_HAND}.`, nothing);
    }
    if (untracking.length > 0) {
        const gitDirectory = await (0,git/* gitDir */.oG)(dir);
        const denied = await writable(gitDirectory);
        if (denied !== null)
            throw new FixError(`The fix could not update the git index in ${gitDirectory} (${plainReason(denied)}), so it changed nothing; make the repository writable before this step, or ${BY_HAND}.`, nothing);
        try {
            await (0,git/* removeCached */.rW)(dir, untracking);
        }
        catch (error) {
            throw new FixError(`The fix could not untrack the committed bytecode (${plainReason(error)}), so it changed nothing; ${BY_HAND}.`, nothing);
        }
    }
    let gitignore = null;
    if (next !== null) {
        try {
            // 'wx' for a new file: never clobber or follow something that appeared since we looked.
            await (0,promises_.writeFile)(file, next, { flag: existing === null ? 'wx' : 'w' });
        }
        catch (error) {
            const done = { gitignore: null, untracked: untracking };
            if (untracking.length === 0)
                throw new FixError(`The fix could not write ${shown} (${plainReason(error)}), so it changed nothing; make the working tree writable before this step, or ${BY_HAND}.`, done);
            throw new FixError(`The fix untracked ${untracking.length === 1 ? '1 file' : `${untracking.length} files`} but could not write ${shown} (${plainReason(error)}); add the rules the step summary shows to it by hand.`, done);
        }
        gitignore = { path: shown, created: existing === null, added: rulesToAdd(existing, patterns) };
    }
    return { gitignore, untracked: untracking };
}

;// CONCATENATED MODULE: ./src/report/annotations.ts

const ANNOTATIONS_PER_LEVEL = 10;
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Groups in first-seen order, so the findings' order (added first) carries over. */
function groupByDir(findings) {
    const groups = new Map();
    for (const f of findings) {
        const dir = dirOf(f.path);
        const group = groups.get(dir);
        if (group)
            group.push(f);
        else
            groups.set(dir, [f]);
    }
    return [...groups.values()];
}
function fileNote(f, ctx) {
    if (f.sourceless) {
        return ` It is a sourceless .pyc: Python imports it in place of the missing ${(0,report_text/* showPath */.P8)(ctx.repoPath(f.source ?? ''))}, so code that no longer exists can still run.`;
    }
    if (f.ignoredByRules)
        return ' The ignore rules match it, but ignore rules never untrack a file.';
    return '';
}
/** "all added", "2 added and 1 modified", "1 modified": what the change did to a group's files. */
function changeCounts(added, modified, total) {
    if (added === total)
        return 'all added';
    if (modified === total)
        return 'all modified';
    return [added > 0 ? `${added} added` : '', modified > 0 ? `${modified} modified` : ''].filter(Boolean).join(' and ');
}
function advice(count, ctx) {
    const them = count === 1 ? 'it' : 'them';
    if (ctx.source === 'disk')
        return `No git repository holds ${them}: delete ${them} if this tree is shipped (see the step summary).`;
    return `Untrack ${them} with \`git rm --cached\` and ignore ${them} (see the step summary).`;
}
function groupAnnotation(level, group, ctx) {
    const first = group[0];
    const added = ctx.changeName === null ? 0 : group.filter((f) => f.added).length;
    const modified = ctx.changeName === null ? 0 : group.filter((f) => f.modified).length;
    const disk = ctx.source === 'disk';
    const title = added > 0
        ? `Bytecode ${modified === added ? 'modified' : 'added'} by ${ctx.changeName}`
        : disk
            ? 'Bytecode found'
            : 'Committed bytecode';
    const untrack = advice(group.length, ctx);
    const tracked = disk ? 'found' : 'tracked';
    if (group.length === 1) {
        return {
            level,
            title,
            file: ctx.repoPath(first.path),
            message: `${(0,report_text/* showPath */.P8)(ctx.repoPath(first.path))} is ${added > 0 && !disk ? `${modified > 0 ? 'modified' : 'added'} by ${ctx.changeName}` : tracked} but is bytecode.${fileNote(first, ctx)} ${untrack}`,
        };
    }
    const dir = dirOf(ctx.repoPath(first.path));
    const shown = group.slice(0, 5).map((f) => (0,report_text/* showPath */.P8)(baseName(f.path)));
    const more = group.length > shown.length ? `, and ${group.length - shown.length} more` : '';
    const addedText = added === 0 ? '' : ` (${changeCounts(added - modified, modified, group.length)} by ${ctx.changeName})`;
    const sourceless = group.filter((f) => f.sourceless).length;
    const sourcelessText = sourceless > 0
        ? ` ${(0,report_text/* plural */.LS)(sourceless, 'is a sourceless .pyc', 'are sourceless .pyc files')} that Python imports in place of missing sources.`
        : '';
    return {
        level,
        title,
        file: ctx.repoPath(first.path),
        message: `${(0,report_text/* plural */.LS)(group.length, 'bytecode file')} ${tracked} in ${(0,report_text/* showPath */.P8)(dir === '' ? '.' : `${dir}/`)}${addedText}: ${shown.join(', ')}${more}.${sourcelessText} ${untrack}`,
    };
}
function levelAnnotations(level, findings, ctx, limit) {
    if (limit <= 0)
        return [];
    const groups = groupByDir(findings);
    if (groups.length <= limit)
        return groups.map((g) => groupAnnotation(level, g, ctx));
    const shown = groups.slice(0, limit - 1);
    const rest = groups.slice(limit - 1);
    const restFiles = rest.reduce((n, g) => n + g.length, 0);
    const first = rest[0][0];
    return [
        ...shown.map((g) => groupAnnotation(level, g, ctx)),
        {
            level,
            title: ctx.source === 'disk' ? 'More bytecode found' : 'More committed bytecode',
            file: ctx.repoPath(first.path),
            message: `${(0,report_text/* plural */.LS)(restFiles, 'more bytecode file')} in ${(0,report_text/* plural */.LS)(rest.length, 'more directory', 'more directories')}, starting with ${(0,report_text/* showPath */.P8)(ctx.repoPath(first.path))}. The step summary lists them.`,
        },
    ];
}
/** `used` counts annotations of each level that other findings (and the failure itself) already take in this step. */
function bytecodeAnnotations(result, ctx, used = { error: 0, warning: 0 }) {
    const reported = result.findings.filter((f) => f.allowedBy === null);
    return [
        ...levelAnnotations('error', reported.filter((f) => f.failing), ctx, ANNOTATIONS_PER_LEVEL - used.error),
        ...levelAnnotations('warning', reported.filter((f) => !f.failing), ctx, ANNOTATIONS_PER_LEVEL - used.warning),
    ];
}

;// CONCATENATED MODULE: ./src/report/ignore.ts


const DIRS_SHOWN = 5;
const NEGATION_PATHS_SHOWN = 3;
/** A rule line is shown up to this many characters; git reads lines of any length. */
const PATTERN_SHOWN = 200;
/** Bytes of negation and file lists the ignore section may hold, far inside the runner's 1 MiB. */
const IGNORE_SECTION_BUDGET = 200 * 1024;
/**
 * Rules whose absence lets in bytecode only some interpreters write: `*.pyo` (Python 2 and
 * CPython 3.2–3.4 with -O) and Jython's `*$py.class`. Under `ignore-rules: error` they fail
 * the step only when the repository tracks such files; otherwise they are recommendations.
 */
const RECOMMENDED = new Map([
    ['*.pyo', { kind: 'pyo', what: 'optimised .pyo files (Python 2, CPython 3.2–3.4)' }],
    ['*$py.class', { kind: 'jython', what: "Jython's $py.class files" }],
]);
/** The level a missing rule is reported at. */
function missingLevel(rule, ctx) {
    const base = ctx.level === 'warning' ? 'warning' : 'error';
    const recommended = RECOMMENDED.get(rule.pattern);
    if (ctx.level === 'strict' || recommended === undefined || ctx.trackedKinds.has(recommended.kind))
        return base;
    return 'notice';
}
function negationLevel(ctx) {
    return ctx.level === 'warning' ? 'warning' : 'error';
}
/** Where the fix writes, relative to the repository root: the project's own .gitignore. */
function fixTarget(audit) {
    return `${audit.prefix}.gitignore`;
}
function repoDir(audit, dir) {
    if (dir === ROOT_DIR)
        return audit.prefix === '' ? 'the repository root' : audit.prefix.replace(/\/$/, '');
    return `${audit.prefix}${dir}`;
}
function dirList(audit, dirs) {
    const shown = dirs.slice(0, DIRS_SHOWN).map((d) => (0,report_text/* showPath */.P8)(repoDir(audit, d)));
    return dirs.length > DIRS_SHOWN ? `${shown.join(', ')} and ${dirs.length - DIRS_SHOWN} more` : shown.join(', ');
}
function shownPattern(pattern) {
    return (0,report_text/* showPath */.P8)(pattern.length > PATTERN_SHOWN ? `${pattern.slice(0, PATTERN_SHOWN)}…` : pattern);
}
function missingMessage(rule, audit, ctx) {
    const target = fixTarget(audit);
    const only = rule.foundOnlyIn.length > 0
        ? ` Only ${rule.foundOnlyIn.slice(0, 3).map(report_text/* showPath */.P8).join(' and ')} ignore${rule.foundOnlyIn.length === 1 ? 's' : ''} it, and other clones do not share that.`
        : '';
    const recommended = RECOMMENDED.get(rule.pattern);
    const why = missingLevel(rule, ctx) === 'notice' && recommended !== undefined
        ? ` Nothing here tracks ${recommended.what}, so this is a recommendation: ignore-rules: ${ctx.level} fails only for rules that keep out CPython's and PyPy's bytecode (ignore-rules: strict fails for this one too).`
        : '';
    return `The repository's ignore rules do not ignore ${rule.pattern} in ${(0,report_text/* plural */.LS)(rule.dirs.length, 'directory', 'directories')} (${dirList(audit, rule.dirs)}).${only}${why} Add the line ${rule.pattern} to ${(0,report_text/* showPath */.P8)(target)}.`;
}
/** "tracked a.pyc, b.pyc" and/or "files such as x/mod.pyc": probe names are examples, never presented as files. */
function negationTargets(n, audit, ctx, show) {
    const real = n.paths.filter((p) => ctx.tracked.has(p));
    const examples = n.paths.filter((p) => !ctx.tracked.has(p));
    const list = (paths) => `${paths
        .slice(0, NEGATION_PATHS_SHOWN)
        .map((p) => show(`${audit.prefix}${p}`))
        .join(', ')}${paths.length > NEGATION_PATHS_SHOWN ? ` and ${paths.length - NEGATION_PATHS_SHOWN} more` : ''}`;
    const parts = [];
    if (real.length > 0)
        parts.push(`tracked bytecode (${list(real)})`);
    if (examples.length > 0)
        parts.push(`files such as ${list(examples.slice(0, 1))}`);
    return parts.join(' and ');
}
function negationMessage(n, audit, ctx) {
    return `${shownPattern(n.pattern)} on line ${n.line} of ${(0,report_text/* showPath */.P8)(n.file)} re-includes ${negationTargets(n, audit, ctx, report_text/* showPath */.P8)}. Remove it, or list the files in the allow input if they must be committed.`;
}
/**
 * Annotations, at most `limits[level]` of each level, negations after missing rules. A
 * missing-rule annotation names the file the fix would write only when it exists; the
 * runner cannot place an annotation on a file that is not in the repository.
 */
function ignoreAnnotations(audit, negations, ctx, limits) {
    const target = fixTarget(audit);
    const used = { error: 0, warning: 0, notice: 0 };
    const fits = (level) => used[level]++ < limits[level];
    const specs = [];
    for (const rule of audit.missing) {
        const level = missingLevel(rule, ctx);
        if (!fits(level))
            continue;
        specs.push({
            level,
            title: `${level === 'notice' ? 'Recommended' : 'Missing'} ignore rule: ${rule.pattern}`,
            ...(audit.ownGitignore ? { file: target } : {}),
            message: missingMessage(rule, audit, ctx),
        });
    }
    // Messages are built only for the annotations that fit: a .gitignore may hold any number of negations.
    const level = negationLevel(ctx);
    for (const n of negations) {
        if (!fits(level))
            break;
        specs.push({
            level,
            title: 'Ignore rule re-includes bytecode',
            file: n.file,
            line: n.line,
            message: negationMessage(n, audit, ctx),
        });
    }
    return specs;
}
/** How many annotations of each level the audit would give, without building them. */
function ignoreAnnotationCounts(audit, negations, ctx) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const rule of audit.missing)
        counts[missingLevel(rule, ctx)]++;
    counts[negationLevel(ctx)] += negations.length;
    return counts;
}
/** Why the audit fails the step, or null: only findings at error level fail it. */
function ignoreFailure(audit, negations, ctx) {
    const failing = audit.missing.filter((m) => missingLevel(m, ctx) === 'error');
    const parts = [];
    if (failing.length > 0)
        parts.push(`the ignore rules lack ${failing.map((m) => m.pattern).join(', ')}`);
    if (negations.length > 0 && negationLevel(ctx) === 'error')
        parts.push(`${(0,report_text/* plural */.LS)(negations.length, 'negation re-includes', 'negations re-include')} bytecode`);
    return parts.length === 0 ? null : `${parts.join(' and ')} (ignore-rules: ${ctx.level})`;
}
/** Items rendered until `budget` bytes are spent, then one line counting the rest. */
function boundedItems(items, render, budget, rest) {
    const out = [];
    let size = 0;
    for (const item of items) {
        const text = render(item);
        size += Buffer.byteLength(text);
        if (size > budget)
            break;
        out.push(text);
    }
    if (out.length < items.length)
        out.push(rest(items.length - out.length));
    return out;
}
function ignoreSummary(audit, negations, ctx, fixWrote) {
    const parts = ['<h3>Ignore rules</h3>'];
    const target = fixTarget(audit);
    const levels = audit.missing.map((m) => missingLevel(m, ctx));
    const failing = levels.filter((l) => l !== 'notice').length;
    const recommended = levels.length - failing;
    if (failing + negations.length === 0 && recommended === 0) {
        parts.push("<p>✅ The repository's own ignore rules keep bytecode out of git.</p>");
    }
    else {
        const what = [
            ...(failing > 0 ? [`${(0,report_text/* plural */.LS)(failing, 'rule is', 'rules are')} missing`] : []),
            ...(negations.length > 0
                ? [`${(0,report_text/* plural */.LS)(negations.length, 'negation re-includes', 'negations re-include')} bytecode`]
                : []),
            ...(recommended > 0 ? [`${(0,report_text/* plural */.LS)(recommended, 'rule is', 'rules are')} recommended`] : []),
        ].join(', ');
        const fails = ctx.level !== 'warning' && failing + negations.length > 0;
        const mark = fails ? '❌' : failing + negations.length > 0 ? '⚠️' : 'ℹ️';
        const keeps = failing + negations.length === 0 ? " The rules keep CPython's and PyPy's bytecode out of git." : '';
        parts.push(`<p>${mark} ${what} (<code>ignore-rules: ${ctx.level}</code>).${keeps}</p>`);
    }
    if (audit.missing.length > 0) {
        const rows = audit.missing.map((m, i) => {
            const note = [
                levels[i] === 'notice' ? 'recommended: nothing here tracks such files' : 'required',
                ...(m.foundOnlyIn.length > 0
                    ? [`only in ${m.foundOnlyIn.slice(0, 3).map(report_text/* htmlPath */.vy).join(', ')} (not shared with other clones)`]
                    : []),
            ].join('; ');
            return `<tr><td><code>${(0,report_text/* escapeHtml */.ZD)(m.pattern)}</code></td><td>${(0,report_text/* escapeHtml */.ZD)(dirList(audit, m.dirs))}</td><td>${note}</td></tr>`;
        });
        parts.push(`<table><thead><tr><th>Missing rule</th><th>Directories left exposed</th><th>Note</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
        // Also after a fix that could not write the .gitignore: the rules are still for the user to add.
        if (!fixWrote) {
            parts.push(`<p>Add to ${(0,report_text/* htmlPath */.vy)(target)} (or run with <code>fix: true</code>):</p>`);
            parts.push(`<pre lang="gitignore"><code>${(0,report_text/* escapeHtml */.ZD)(gitignoreBlock(audit.missing.map((m) => m.pattern)))}</code></pre>`);
        }
    }
    if (negations.length > 0) {
        const items = boundedItems(negations, (n) => `<li>${(0,report_text/* htmlPath */.vy)(n.file)} line ${n.line}: <code>${(0,report_text/* escapeHtml */.ZD)(shownPattern(n.pattern))}</code> re-includes ${negationTargets(n, audit, ctx, (p) => (0,report_text/* htmlPath */.vy)(p))}</li>`, IGNORE_SECTION_BUDGET, (count) => `<li>… and ${(0,report_text/* plural */.LS)(count, 'more negation')} (set the <code>sarif</code> input to get every finding in a file)</li>`);
        parts.push(`<ul>${items.join('')}</ul>`);
    }
    const committed = audit.committedIgnored.size;
    if (committed > 0)
        parts.push(`<p>ℹ️ The rules ignore ${(0,report_text/* plural */.LS)(committed, 'tracked bytecode file', 'tracked bytecode files')}, but ignore rules never untrack files; <code>git rm --cached</code> does.</p>`);
    return `${parts.join('\n')}\n`;
}
/** Why the audit did not run, as a summary section. */
function ignoreSkipped(reason) {
    return `<h3>Ignore rules</h3>\n<p>ℹ️ Not audited: ${(0,report_text/* escapeHtml */.ZD)(reason)}</p>\n`;
}
const UNTRACKED_SHOWN = 50;
const UNTRACKED_BYTES = 32 * 1024;
/**
 * What `fix: true` changed, first in the summary: the rest of the report describes the
 * repository after it, so this is the only place the changes are listed.
 */
function fixSummary(fix, error, repoPath) {
    const parts = ['<h3>Fix (<code>fix: true</code>)</h3>'];
    if (error !== null)
        parts.push(`<p>❌ ${(0,report_text/* escapeHtml */.ZD)(error)}</p>`);
    const lines = [];
    if (fix?.gitignore) {
        lines.push(`<li>${fix.gitignore.created ? 'Created' : 'Appended to'} ${(0,report_text/* htmlPath */.vy)(fix.gitignore.path)}: ${fix.gitignore.added.map((p) => `<code>${(0,report_text/* escapeHtml */.ZD)(p)}</code>`).join(', ')}</li>`);
    }
    if (fix !== null && fix.untracked.length > 0) {
        const shown = [];
        let bytes = 0;
        for (const p of fix.untracked.slice(0, UNTRACKED_SHOWN)) {
            const html = (0,report_text/* htmlPath */.vy)(repoPath(p));
            bytes += Buffer.byteLength(html);
            if (bytes > UNTRACKED_BYTES)
                break;
            shown.push(html);
        }
        const more = fix.untracked.length > shown.length
            ? ` and ${fix.untracked.length - shown.length} more (the <code>untracked-bytecode-files</code> output lists them)`
            : '';
        lines.push(`<li>Untracked ${(0,report_text/* plural */.LS)(fix.untracked.length, 'file')} with <code>git rm --cached</code> (kept on disk): ${shown.join(', ')}${more}</li>`);
    }
    if (lines.length === 0) {
        if (error === null)
            parts.push('<p>Nothing to change: the rules and the index were already right.</p>');
        return `${parts.join('\n')}\n`;
    }
    parts.push(`<p>Changed in the working tree and index, not committed:</p>\n<ul>${lines.join('')}</ul>`);
    const add = fix?.gitignore ? `git add -- ${(0,report_text/* shellQuote */.ZL)(fix.gitignore.path)}\n` : '';
    parts.push(`<p>To keep it, commit from the repository root (the untracking is already staged) and push, or open a pull request with it:</p>`, `<pre lang="sh"><code>${(0,report_text/* escapeHtml */.ZD)(`${add}git commit -m ${(0,report_text/* shellQuote */.ZL)('Stop tracking Python bytecode')}`)}</code></pre>`, '<p>The sections below describe the repository after the fix.</p>');
    return `${parts.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
// Step outputs that list paths. The runner refuses an output over 1 MB (and a run's outputs
// over 50 MB in all), so a list is cut to what fits, whole paths only, and the step says so.
/** GitHub's limit for one step output, in bytes of UTF-8. */
const OUTPUT_LIMIT = 1024 * 1024;
function boundedJsonList(paths, limit = OUTPUT_LIMIT) {
    let bytes = 2; // []
    let kept = 0;
    for (const path of paths) {
        const size = Buffer.byteLength(JSON.stringify(path)) + (kept > 0 ? 1 : 0);
        if (bytes + size > limit)
            break;
        bytes += size;
        kept++;
    }
    return { json: JSON.stringify(kept === paths.length ? paths : paths.slice(0, kept)), omitted: paths.length - kept };
}
/** The warning for a cut list, or null when nothing was cut. */
function omittedWarning(output, list, total) {
    if (list.omitted === 0)
        return null;
    return `The ${output} output lists the first ${(total - list.omitted).toLocaleString('en')} of ${total.toLocaleString('en')} paths, because a step output may not exceed 1 MB; set the sarif input to get every finding in a file.`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts


/** The runner rejects a step summary over 1 MiB; each section keeps well inside it. */
const SUMMARY_LIMIT = 1024 * 1024;
const SECTION_BUDGET = 400 * 1024;
function verdict(result, ctx) {
    const { findings, failing, failOn } = result;
    const where = ctx.projectPath === '.' ? '' : ` under <code>${(0,report_text/* escapeHtml */.ZD)(ctx.projectPath)}</code>`;
    const disk = ctx.source === 'disk';
    const tracked = disk ? 'found' : 'tracked';
    if (findings.length === 0)
        return `✅ No bytecode is ${tracked}${where}.`;
    const allowed = findings.filter((f) => f.allowedBy !== null).length;
    const reported = findings.length - allowed;
    const allowedText = allowed > 0 ? ` ${(0,report_text/* plural */.LS)(allowed, 'file is', 'files are')} allowed by <code>allow</code>.` : '';
    if (failing.length > 0) {
        const how = failing.some((f) => f.modified)
            ? failing.every((f) => f.modified)
                ? 'modified'
                : 'added or modified'
            : 'added';
        const what = failOn === 'added' && ctx.changeName !== null
            ? `${(0,report_text/* plural */.LS)(failing.length, 'bytecode file')} ${how} by ${(0,report_text/* escapeHtml */.ZD)(ctx.changeName)}`
            : disk
                ? `${(0,report_text/* plural */.LS)(failing.length, 'bytecode file')} found on disk`
                : (0,report_text/* plural */.LS)(failing.length, 'tracked bytecode file');
        return `❌ ${what} ${failing.length === 1 ? 'fails' : 'fail'} the check (<code>fail-on: ${failOn}</code>).${allowedText}`;
    }
    if (reported === 0)
        return `✅ Only allowed bytecode is ${tracked}${where}.${allowedText}`;
    const why = failOn === 'never'
        ? 'reported only (<code>fail-on: never</code>)'
        : `none added or modified by ${(0,report_text/* escapeHtml */.ZD)(ctx.changeName ?? 'this change')}, so they pass under <code>fail-on: added</code>; remove them in a change of their own`;
    return `⚠️ ${(0,report_text/* plural */.LS)(reported, 'bytecode file is', 'bytecode files are')} ${tracked}${where}: ${why}.${allowedText}`;
}
/** Said of tracked files that the rules match: it is all that is known (a file may be force-added after the rule). */
const IGNORED_BUT_TRACKED = 'the ignore rules match it, but ignore rules never untrack a file';
function notes(f) {
    const out = [];
    if (f.sourceless)
        out.push('sourceless: Python imports it in place of the missing source');
    if (f.ignoredByRules)
        out.push(IGNORED_BUT_TRACKED);
    if (f.headerError !== null)
        out.push(f.headerError);
    if (f.allowedBy !== null)
        out.push(`allowed by ${f.allowedBy}`);
    return out.map(report_text/* escapeHtml */.ZD).join('; ');
}
function row(f, ctx) {
    const { python, mode } = f.header === null ? { python: '—', mode: '—' } : (0,pyc/* describeHeader */.to)(f.header);
    const source = f.sourcePresent === null ? '—' : f.sourcePresent ? 'yes' : 'no';
    // Outside git nothing was added by anything: the column has no answer.
    const added = ctx.source === 'disk' ? '—' : f.modified ? 'modified' : f.added ? 'yes' : 'no';
    const cells = [(0,report_text/* htmlPath */.vy)(ctx.repoPath(f.path)), (0,report_text/* escapeHtml */.ZD)(python), (0,report_text/* escapeHtml */.ZD)(mode), source, added, notes(f)];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}
/** Rows until the byte budget runs out, then a row that counts the rest. */
function table(findings, ctx, budget) {
    const head = '<table><thead><tr><th>File</th><th>Python</th><th>Invalidation</th><th>Source present</th><th>Added</th><th>Notes</th></tr></thead><tbody>';
    const rows = [];
    let size = head.length;
    for (const f of findings) {
        const r = row(f, ctx);
        const bytes = Buffer.byteLength(r);
        if (size + bytes > budget)
            break;
        rows.push(r);
        size += bytes;
    }
    const rest = findings.length - rows.length;
    const tail = rest > 0
        ? `<tr><td colspan="6">… and ${(0,report_text/* plural */.LS)(rest, 'more file')}, listed in the <code>bytecode-files</code> output.</td></tr>`
        : '';
    return `${head}${rows.join('')}${tail}</tbody></table>`;
}
/** The smallest `git rm --cached` arguments: a whole __pycache__ folder when all of it goes. */
function pycacheFolder(f) {
    if (f.layout !== 'pycache')
        return null;
    const at = f.path.startsWith('__pycache__/') ? 0 : f.path.lastIndexOf('/__pycache__/') + 1;
    return f.path.slice(0, at + '__pycache__'.length);
}
function untrackArguments(remove, all) {
    const removing = new Set(remove);
    const kept = new Set(all.filter((f) => !removing.has(f)).map(pycacheFolder));
    const args = [];
    const folders = new Set();
    for (const f of remove) {
        const folder = pycacheFolder(f);
        if (folder !== null && !kept.has(folder)) {
            if (!folders.has(folder)) {
                folders.add(folder);
                args.push(folder);
            }
        }
        else {
            args.push(f.path);
        }
    }
    return args;
}
/** Up to this many names the command is one line to paste; beyond it the names go in a here-document. */
const ONE_LINE_ARGS = 20;
/** The bytes of names the here-documents may hold in all, so the summary stays far below the runner's 1 MiB. */
const COMMAND_BUDGET = 256 * 1024;
const HEREDOC_END = 'PYCACHE_ACTION_PATHS';
/** The submodule (gitlink path) that holds `path`, or null for this repository's own file; the longest match wins. */
function submoduleOf(path, submodules) {
    if (submodules.size === 0)
        return null;
    // Each directory above the file, deepest first: as many lookups as the path has levels.
    for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) {
        const dir = path.slice(0, at);
        if (submodules.has(dir))
            return dir;
    }
    return null;
}
/** Splits the files to untrack by the repository whose index holds them. */
function untrackPlan(remove, submodules) {
    const own = [];
    const bySub = new Map();
    const links = new Set(submodules);
    for (const f of remove) {
        const link = submoduleOf(f.path, links);
        if (link === null)
            own.push(f);
        else {
            const group = bySub.get(link);
            if (group)
                group.push(f);
            else
                bySub.set(link, [f]);
        }
    }
    return {
        own,
        submodules: [...bySub]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([path, findings]) => ({ path, findings })),
    };
}
/**
 * One line of a `--pathspec-from-file` list. git reads a line that starts with a double quote
 * as a C-quoted name (core.quotePath's form); anything else is taken as it is, up to the line
 * break (a CR before it is dropped). So a name is quoted only when it has to be: when it starts
 * with a quote, holds a control character (which could also end the here-document or reach
 * the page raw), or is the here-document's end marker.
 */
function pathspecLine(path) {
    if (!path.startsWith('"') && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(path) && path !== HEREDOC_END)
        return path;
    let out = '"';
    for (const ch of path) {
        if (ch === '"' || ch === '\\')
            out += `\\${ch}`;
        else if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(ch))
            for (const b of Buffer.from(ch, 'utf8'))
                out += `\\${b.toString(8).padStart(3, '0')}`;
        else
            out += ch;
    }
    return `${out}"`;
}
/**
 * One `git rm --cached` for `args` (raw names, relative to where it runs), run at the repository
 * root or, with `at`, inside that submodule. --literal-pathspecs because a committed file may be
 * named like a pattern (`a*.pyc`), which git would otherwise expand to other tracked files. Many
 * names go in a here-document read with --pathspec-from-file (git 2.26+): one name a line, no
 * shell quoting to get wrong, and no argument-list limit.
 */
function untrackCommand(args, at) {
    const git = at === null ? 'git' : `git -C ${(0,report_text/* shellQuote */.ZL)(at)}`;
    if (args.length <= ONE_LINE_ARGS)
        return `${git} --literal-pathspecs rm -r --cached --quiet -- ${args.map(report_text/* shellQuote */.ZL).join(' ')}`;
    return `${git} --literal-pathspecs rm -r --cached --quiet --pathspec-from-file=- <<'${HEREDOC_END}'\n${args.map(pathspecLine).join('\n')}\n${HEREDOC_END}`;
}
/** The arguments that fit in `budget` bytes (at least none), and how many bytes they took. */
function fitArgs(args, budget) {
    const kept = [];
    let bytes = 0;
    for (const a of args) {
        // Measured as shown (HTML-escaped), in the longer of the two forms the command may take.
        const size = Math.max(Buffer.byteLength((0,report_text/* escapeHtml */.ZD)(pathspecLine(a))), Buffer.byteLength((0,report_text/* escapeHtml */.ZD)((0,report_text/* shellQuote */.ZL)(a)))) + 1;
        if (bytes + size > budget)
            break;
        kept.push(a);
        bytes += size;
    }
    return { kept, bytes };
}
/**
 * The commands that untrack exactly the reported (not allowed) files and nothing else, each
 * block run where its index lives. When the names do not all fit in the summary, the text
 * says which part a command covers; it never widens to a pattern that could take more.
 */
function fixCommands(result, ctx) {
    const remove = result.findings.filter((f) => f.allowedBy === null);
    if (remove.length === 0)
        return '';
    const plan = untrackPlan(remove, ctx.submodules ?? []);
    const commit = `commit -m ${(0,report_text/* shellQuote */.ZL)('Stop tracking Python bytecode')}`;
    const parts = [];
    let budget = ctx.budget ?? COMMAND_BUDGET;
    let left = 0;
    const cut = (kept, total) => kept === total
        ? ''
        : ` The list is too long for the step summary: this untracks ${kept.toLocaleString('en')} of ${(0,report_text/* plural */.LS)(total, 'name')} (whole <code>__pycache__</code> folders count as one); run the action with <code>fix: true</code> to untrack them all.`;
    if (plan.own.length > 0) {
        const args = untrackArguments(plan.own, result.findings).map(ctx.repoPath);
        const { kept, bytes } = fitArgs(args, budget);
        budget -= bytes;
        if (kept.length > 0) {
            parts.push(`<p>Run from the repository root${kept.length > ONE_LINE_ARGS ? ' in a POSIX shell (git 2.26+ reads the names that follow the command, one a line)' : ''}; it untracks the ${(0,report_text/* plural */.LS)(plan.own.length, 'reported file')} of the table above and no other (allowed files stay tracked), and the files stay on disk:${cut(kept.length, args.length)}</p>`, `<pre lang="sh"><code>${(0,report_text/* escapeHtml */.ZD)(`${untrackCommand(kept, null)}\ngit ${commit}`)}</code></pre>`);
        }
        else
            left += plan.own.length;
    }
    // Every finding (allowed ones too) by the submodule that holds it, for whole-folder arguments.
    const links = new Set(plan.submodules.map((sub) => sub.path));
    const allBySub = new Map();
    if (links.size > 0)
        for (const f of result.findings) {
            const link = submoduleOf(f.path, links);
            if (link !== null)
                allBySub.set(link, [...(allBySub.get(link) ?? []), f]);
        }
    for (const sub of plan.submodules) {
        const at = ctx.repoPath(sub.path);
        const inside = allBySub.get(sub.path) ?? [];
        const args = untrackArguments(sub.findings, inside).map((p) => p.slice(sub.path.length + 1));
        // The block's own text: the submodule's name three times and a paragraph around it.
        const overhead = Buffer.byteLength((0,report_text/* escapeHtml */.ZD)((0,report_text/* showPath */.P8)(at))) * 3 + 600;
        const { kept, bytes } = fitArgs(args, budget - overhead);
        if (kept.length === 0) {
            left += sub.findings.length;
            continue;
        }
        budget -= bytes + overhead;
        parts.push(`<p>${(0,report_text/* plural */.LS)(sub.findings.length, 'file is', 'files are')} inside the submodule ${(0,report_text/* htmlPath */.vy)(at)}, whose own index tracks them, so <code>git rm --cached</code> here cannot untrack them: run this inside the submodule and push it, then record its new commit here with <code>git add ${(0,report_text/* escapeHtml */.ZD)((0,report_text/* shellQuote */.ZL)(at))}</code>:${cut(kept.length, args.length)}</p>`, `<pre lang="sh"><code>${(0,report_text/* escapeHtml */.ZD)(`${untrackCommand(kept, at)}\ngit -C ${(0,report_text/* shellQuote */.ZL)(at)} ${commit}`)}</code></pre>`);
    }
    if (left > 0)
        parts.push(`<p>${(0,report_text/* plural */.LS)(left, 'more file')} did not fit in the step summary; run the action with <code>fix: true</code> to untrack them.</p>`);
    return parts.join('\n');
}
function checkSummary(result, ctx, budget = SECTION_BUDGET) {
    const parts = ['<h3>Committed bytecode</h3>', `<p>${verdict(result, ctx)}</p>`];
    for (const note of ctx.notes.slice(0, 10))
        parts.push(`<p>ℹ️ ${(0,report_text/* escapeHtml */.ZD)(note.length > 2000 ? `${note.slice(0, 2000)}…` : note)}</p>`);
    const reported = result.findings.filter((f) => f.allowedBy === null);
    const allowed = result.findings.filter((f) => f.allowedBy !== null);
    if (reported.length > 0)
        parts.push(table(reported, ctx, budget * 0.45));
    if (allowed.length > 0) {
        parts.push(`<details><summary>${(0,report_text/* plural */.LS)(allowed.length, 'file')} allowed by <code>allow</code></summary>`);
        parts.push(table(allowed, ctx, budget * 0.1));
        parts.push('</details>');
    }
    if (ctx.source === 'disk') {
        // git rm and git commit fail outside a repository; nothing here tracks the files.
        if (reported.length > 0)
            parts.push('<h4>How to fix</h4>', '<p>No git repository holds these files, so there is nothing to untrack: delete them if this tree is shipped or copied (Python writes them again when it imports the sources), or check the project out with git to have its rules audited.</p>');
    }
    else {
        const fix = fixCommands(result, { ...ctx, budget: Math.min(COMMAND_BUDGET, budget * 0.4) });
        if (fix !== '')
            parts.push('<h4>How to fix</h4>', fix);
    }
    return `${parts.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/check.ts
// Every decision of the check step's report, as one pure function: which annotations of each
// level fit the runner's 10 (the failure's own error and the plain warnings included), what
// the outputs say, the summary, and why the step fails. main.ts gathers the facts and
// carries the answer out; unit tests call this directly.







/** The result after `fix: true` untracked some files: those are no longer tracked, so no longer findings. */
function withoutUntracked(result, untracked) {
    if (untracked.length === 0)
        return result;
    const gone = new Set(untracked);
    const findings = result.findings.filter((f) => !gone.has(f.path));
    return { ...result, findings, failing: findings.filter((f) => f.failing) };
}
/** Negations that re-include only bytecode the user allows are intended, not findings. */
function harmfulNegations(negations, allow) {
    const allowed = (0,check_allow/* allowMatcher */._c)(allow);
    return negations.filter((n) => n.paths.some((p) => allowed(p) === null));
}
function bytecodeFailure(result, changeName, source) {
    const { failing, failOn } = result;
    if (failing.length === 0)
        return null;
    if (source === 'disk')
        return `${(0,report_text/* plural */.LS)(failing.length, 'bytecode file is', 'bytecode files are')} in the project, which is in no git work tree (fail-on: ${failOn}); see the step summary`;
    const how = failing.some((f) => f.modified)
        ? failing.every((f) => f.modified)
            ? 'modified'
            : 'added or modified'
        : 'added';
    const what = failOn === 'added' && changeName !== null ? `${how} by ${changeName}` : 'tracked';
    return `${(0,report_text/* plural */.LS)(failing.length, 'bytecode file is', 'bytecode files are')} ${what} (fail-on: ${failOn}); untrack ${failing.length === 1 ? 'it' : 'them'} with git rm --cached as the step summary shows`;
}
function check_dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
/** How many annotations the bytecode findings at each level would want (one a directory). */
function bytecodeWants(findings) {
    const reported = findings.filter((f) => f.allowedBy === null);
    const count = (fs) => new Set(fs.map((f) => check_dirOf(f.path))).size;
    return { error: count(reported.filter((f) => f.failing)), warning: count(reported.filter((f) => !f.failing)) };
}
const LEVELS = ['error', 'warning', 'notice'];
function reportCheck(facts) {
    const { inputs, source, changeName } = facts;
    const repoPath = (p) => `${facts.repoPrefix}${p}`;
    const untracked = facts.fix?.untracked ?? [];
    const result = withoutUntracked(facts.result, untracked);
    const audit = facts.audit;
    const negations = audit === null ? [] : harmfulNegations(audit.negations, inputs.allow);
    const reported = result.findings.filter((f) => f.allowedBy === null);
    const ignore = audit === null || inputs.ignoreRules === 'off'
        ? null
        : {
            level: inputs.ignoreRules,
            trackedKinds: new Set(reported.map((f) => f.kind)),
            tracked: new Set(result.findings.map((f) => f.path)),
        };
    // Outputs describe the repository after the fix; what the fix did has outputs of its own.
    const outputs = [];
    const plainWarnings = [...facts.warnings];
    for (const [name, paths] of [
        [src_inputs/* Output */.k7.BytecodeFiles, result.findings.map((f) => f.path)],
        [src_inputs/* Output */.k7.AddedBytecodeFiles, result.findings.filter((f) => f.added).map((f) => f.path)],
        [src_inputs/* Output */.k7.UntrackedBytecodeFiles, untracked],
    ]) {
        const list = boundedJsonList(paths);
        outputs.push([name, list.json]);
        const cut = omittedWarning(name, list, paths.length);
        if (cut !== null)
            plainWarnings.push(cut);
    }
    outputs.push([src_inputs/* Output */.k7.MissingRules, JSON.stringify((audit?.missing ?? []).map((m) => m.pattern))]);
    outputs.push([src_inputs/* Output */.k7.AppendedRules, JSON.stringify(facts.fix?.gitignore?.added ?? [])]);
    if (inputs.fix && source !== 'git')
        plainWarnings.push(`Input '${src_inputs/* Input */.pd.Fix}' needs a git work tree; ${(0,report_text/* showPath */.P8)(inputs.path)} is not in one, so nothing was changed.`);
    const reasons = [
        bytecodeFailure(result, changeName, source),
        ignore !== null && audit !== null ? ignoreFailure(audit, negations, ignore) : null,
    ].filter((r) => r !== null);
    // fix: true asked for a change; a tree that refused it fails the step even when nothing else would.
    if (reasons.length === 0 && facts.fixError !== null)
        reasons.push(`${src_inputs/* Input */.pd.Fix}: true could not change the repository (see the error above)`);
    // The budget: plain annotations first, then the failure's own error (core.setFailed), then
    // the ignore findings (at least 3 of a level when there are that many) and the bytecode.
    const plain = [
        ...plainWarnings.map((message) => ({ level: 'warning', title: '', message })),
        ...(source === 'disk'
            ? facts.notes.map((message) => ({ level: 'notice', title: '', message }))
            : []),
        ...(facts.fixError !== null
            ? [{ level: 'error', title: 'fix: true failed', message: facts.fixError }]
            : []),
    ];
    const left = Object.fromEntries(LEVELS.map((l) => [
        l,
        ANNOTATIONS_PER_LEVEL -
            plain.filter((a) => a.level === l).length -
            (l === 'error' && reasons.length > 0 ? 1 : 0) -
            (facts.reserved?.[l] ?? 0),
    ]));
    const plainShown = LEVELS.flatMap((l) => {
        const all = plain.filter((a) => a.level === l);
        // Room for the failure is kept even when plain annotations alone would fill the level.
        return all.slice(0, ANNOTATIONS_PER_LEVEL - (l === 'error' && reasons.length > 0 ? 1 : 0));
    });
    for (const l of LEVELS)
        left[l] = Math.max(0, left[l]);
    const wants = bytecodeWants(result.findings);
    let ignoreSpecs = [];
    if (ignore !== null && audit !== null) {
        const counts = ignoreAnnotationCounts(audit, negations, ignore);
        const limits = Object.fromEntries(LEVELS.map((l) => {
            const want = counts[l];
            const bytecode = l === 'notice' ? 0 : wants[l];
            return [l, Math.min(want, Math.max(left[l] - bytecode, Math.min(3, left[l])))];
        }));
        ignoreSpecs = ignoreAnnotations(audit, negations, ignore, limits);
    }
    const used = (l) => ANNOTATIONS_PER_LEVEL - left[l] + ignoreSpecs.filter((a) => a.level === l).length;
    const bytecode = bytecodeAnnotations(result, { repoPath, changeName, source }, { error: used('error'), warning: used('warning') });
    const summary = [];
    if (inputs.fix && source === 'git')
        summary.push(fixSummary(facts.fix, facts.fixError, repoPath));
    summary.push(checkSummary(result, {
        repoPath,
        changeName,
        projectPath: inputs.path,
        notes: facts.notes,
        submodules: facts.submodules,
        source,
    }));
    if (ignore !== null && audit !== null)
        summary.push(ignoreSummary(audit, negations, ignore, facts.fix?.gitignore != null));
    else if (inputs.ignoreRules !== 'off' && source === 'disk')
        summary.push(ignoreSkipped(`${(0,report_text/* showPath */.P8)(inputs.path)} is in no git work tree, and ignore rules are what git reads when it adds files; check the project out with git to audit them.`));
    const what = source === 'disk' ? 'bytecode file found on disk' : 'tracked bytecode file';
    const info = `${(0,report_text/* plural */.LS)(result.findings.length, what, `${what.replace('file', 'files')}`)} under ${(0,report_text/* showPath */.P8)(inputs.path)}; ${(0,report_text/* plural */.LS)(result.failing.length, 'fails', 'fail')} the check.`;
    return {
        annotations: [...ignoreSpecs, ...bytecode, ...plainShown],
        outputs,
        summary: summary.join(''),
        reasons,
        result,
        negations,
        ignore,
        repoPath,
        info,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/sarif.ts
// Findings as SARIF 2.1.0 for github/codeql-action/upload-sarif: code scanning shows every
// finding, where the runner shows only 10 annotations of each level per step.


/** The action's version, as package.json says (a test keeps them equal). */
const VERSION = '1.0.0';
const RULES = [
    {
        id: 'pycache/committed-bytecode',
        name: 'CommittedBytecode',
        shortDescription: { text: 'Python bytecode is tracked by git' },
        fullDescription: {
            text: 'Compiled Python bytecode (__pycache__/, *.pyc, *.pyo, *$py.class) is generated per interpreter and goes stale; it does not belong in version control.',
        },
        help: {
            text: 'Untrack it with `git rm --cached <path>` and ignore it with `__pycache__/`, `*.py[cod]` and `*$py.class` in .gitignore.',
            markdown: 'Untrack it with `git rm --cached <path>` and add `__pycache__/`, `*.py[cod]` and `*$py.class` to `.gitignore`.',
        },
        defaultConfiguration: { level: 'error' },
        properties: { tags: ['python', 'bytecode', 'repository-hygiene'] },
    },
    {
        id: 'pycache/sourceless-bytecode',
        name: 'SourcelessBytecode',
        shortDescription: { text: 'A .pyc without its source is importable' },
        fullDescription: {
            text: 'A legacy mod.pyc next to where mod.py would be, with no mod.py, is imported by Python 3 in place of the missing source, so deleted code keeps running.',
        },
        help: {
            text: 'Remove the .pyc from git (and from disk unless it is a deliberate fixture).',
            markdown: 'Remove the `.pyc` from git (and from disk unless it is a deliberate fixture).',
        },
        defaultConfiguration: { level: 'error' },
        properties: { tags: ['python', 'bytecode', 'correctness'] },
    },
    {
        id: 'pycache/missing-ignore-rule',
        name: 'MissingIgnoreRule',
        shortDescription: { text: "The repository's ignore rules let bytecode in" },
        fullDescription: {
            text: 'git would not ignore Python bytecode written in some source directories, judged by git check-ignore.',
        },
        help: { text: 'Add the missing pattern to .gitignore.', markdown: 'Add the missing pattern to `.gitignore`.' },
        defaultConfiguration: { level: 'error' },
        properties: { tags: ['python', 'gitignore'] },
    },
    {
        id: 'pycache/ignore-negation',
        name: 'IgnoreNegation',
        shortDescription: { text: 'A negated ignore rule re-includes bytecode' },
        fullDescription: { text: 'A `!` rule in a .gitignore makes git track bytecode that other rules ignore.' },
        help: {
            text: 'Remove the negation, or list the files in the allow input if they must be committed.',
            markdown: 'Remove the negation, or list the files in the `allow` input if they must be committed.',
        },
        defaultConfiguration: { level: 'error' },
        properties: { tags: ['python', 'gitignore'] },
    },
];
/** RFC 3986 for a repository-relative path: every segment encoded, the slashes kept. */
function artifactUri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function fingerprint(...parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}
function result(ruleId, level, text, file, line, key) {
    return {
        ruleId,
        ruleIndex: RULES.findIndex((r) => r.id === ruleId),
        level,
        message: { text },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: artifactUri(file), uriBaseId: '%SRCROOT%' },
                    region: { startLine: line },
                },
            },
        ],
        partialFingerprints: { primaryLocationLineHash: fingerprint(ruleId, key) },
    };
}
function buildSarif(input) {
    const results = [];
    for (const f of input.result.findings) {
        if (f.allowedBy !== null)
            continue;
        const file = input.repoPath(f.path);
        const level = f.failing ? 'error' : 'warning';
        if (f.sourceless)
            results.push(result('pycache/sourceless-bytecode', level, `${file} is a sourceless .pyc: Python imports it in place of the missing ${f.source === null ? 'source' : input.repoPath(f.source)}.`, file, 1, file));
        else
            results.push(result('pycache/committed-bytecode', level, `${file} is ${f.added ? 'added by this change' : 'tracked'} but is Python bytecode.`, file, 1, file));
    }
    const audit = input.ignore === null ? null : input.audit;
    const ignore = input.ignore;
    if (audit !== null && ignore !== null) {
        // Where the fix writes: the file the rule belongs in, whether or not it exists yet.
        const target = fixTarget(audit);
        for (const m of audit.missing) {
            const level = missingLevel(m, ignore);
            results.push(result('pycache/missing-ignore-rule', level === 'notice' ? 'note' : level, `The ignore rules do not ignore ${m.pattern} in ${m.dirs.length} director${m.dirs.length === 1 ? 'y' : 'ies'}; add ${m.pattern} to ${target}.${level === 'notice' ? ' (Recommended: no such files are tracked.)' : ''}`, target, 1, m.pattern));
        }
        const level = ignore.level === 'warning' ? 'warning' : 'error';
        for (const n of input.negations) {
            const real = n.paths.filter((p) => ignore.tracked.has(p));
            const shown = real.length > 0
                ? `tracked bytecode (${real.slice(0, 3).map(input.repoPath).join(', ')}${real.length > 3 ? ', …' : ''})`
                : `files such as ${input.repoPath(n.paths[0] ?? '')}`;
            const pattern = n.pattern.length > 200 ? `${n.pattern.slice(0, 200)}…` : n.pattern;
            results.push(result('pycache/ignore-negation', level, `${pattern} re-includes ${shown}.`, n.file, n.line, `${n.file}\0${n.pattern}`));
        }
    }
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'pycache-action',
                        version: input.version,
                        semanticVersion: input.version,
                        informationUri: 'https://github.com/org/pycache-action',
                        rules: RULES,
                    },
                },
                results,
            },
        ],
    };
}

// EXTERNAL MODULE: ./src/report/warm.ts
var warm = __webpack_require__(5577);
// EXTERNAL MODULE: ./src/warm/run.ts + 6 modules
var run = __webpack_require__(4250);
;// CONCATENATED MODULE: ./src/report/artifacts.ts


const artifacts_SECTION_BUDGET = 200 * 1024;
const UNSAFE_SHOWN = 5;
function artifacts_notes(f) {
    const out = [];
    if (f.sourceless)
        out.push('sourceless: Python imports it in place of the missing source');
    if (f.headerError !== null)
        out.push(f.headerError);
    if (f.allowedBy !== null)
        out.push(`allowed by ${f.allowedBy}`);
    return out.map(report_text/* escapeHtml */.ZD).join('; ');
}
function artifacts_row(artifact, f) {
    const { python, mode } = f.header === null ? { python: '—', mode: '—' } : (0,pyc/* describeHeader */.to)(f.header);
    const cells = [
        (0,report_text/* htmlPath */.vy)(artifact.path),
        (0,report_text/* htmlPath */.vy)(f.path),
        (0,report_text/* escapeHtml */.ZD)(python),
        (0,report_text/* escapeHtml */.ZD)(mode),
        f.failing ? '❌' : f.allowedBy !== null ? 'allowed' : '⚠️',
        artifacts_notes(f),
    ];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}
function problems(a) {
    const out = [];
    if (a.stopped !== null)
        out.push(`${(0,report_text/* htmlPath */.vy)(a.path)}: ${(0,report_text/* escapeHtml */.ZD)(a.stopped)}`);
    if (a.unsafeNames.length > 0) {
        const shown = a.unsafeNames.slice(0, UNSAFE_SHOWN).map(report_text/* htmlPath */.vy).join(', ');
        const more = a.unsafeCount > UNSAFE_SHOWN ? ` and ${a.unsafeCount - UNSAFE_SHOWN} more` : '';
        out.push(`${(0,report_text/* htmlPath */.vy)(a.path)} has ${(0,report_text/* plural */.LS)(a.unsafeCount, 'member')} named outside its folder (absolute or with <code>..</code>): ${shown}${more}`);
    }
    return out;
}
/** Why an archive counts against the step: it could not be read whole, so its members are not vouched for. */
function unreadable(run) {
    return run.artifacts.filter((a) => a.stopped !== null);
}
function artifactsSummary(run, budget = artifacts_SECTION_BUDGET) {
    const parts = ['<h3>Bytecode in built distributions</h3>'];
    const findings = run.artifacts.flatMap((a) => a.result.findings.map((f) => [a, f]));
    const failing = findings.filter(([, f]) => f.failing).length;
    const checked = (0,report_text/* plural */.LS)(run.artifacts.length, 'artifact');
    if (run.artifacts.length === 0)
        parts.push('<p>⚠️ No file matched <code>artifacts</code>: build the distributions before this step, or fix the globs.</p>');
    else if (failing > 0)
        parts.push(`<p>❌ ${(0,report_text/* plural */.LS)(failing, 'bytecode member')} in ${checked} ${failing === 1 ? 'fails' : 'fail'} the check.</p>`);
    else if (findings.length > 0)
        parts.push(`<p>⚠️ ${(0,report_text/* plural */.LS)(findings.length, 'bytecode member')} in ${checked}, none failing.</p>`);
    else
        parts.push(`<p>✅ No bytecode in ${checked}.</p>`);
    for (const p of run.unmatched.slice(0, 20))
        parts.push(`<p>ℹ️ <code>${(0,report_text/* escapeHtml */.ZD)((0,report_text/* showPath */.P8)(p))}</code> matched no file.</p>`);
    if (run.skipped > 0)
        parts.push(`<p>⚠️ ${(0,report_text/* plural */.LS)(run.skipped, 'more matching file')} not read (the first ${run.artifacts.length} were).</p>`);
    for (const p of run.artifacts.flatMap(problems).slice(0, 20))
        parts.push(`<p>⚠️ ${p}</p>`);
    if (findings.length > 0) {
        const head = '<table><thead><tr><th>Artifact</th><th>Member</th><th>Python</th><th>Invalidation</th><th>Verdict</th><th>Notes</th></tr></thead><tbody>';
        const rows = [];
        let size = head.length;
        for (const [a, f] of findings) {
            const r = artifacts_row(a, f);
            if (size + r.length > budget)
                break;
            rows.push(r);
            size += r.length;
        }
        const rest = findings.length - rows.length;
        const tail = rest > 0 ? `<tr><td colspan="6">… and ${(0,report_text/* plural */.LS)(rest, 'more member')}.</td></tr>` : '';
        parts.push(`${head}${rows.join('')}${tail}</tbody></table>`);
    }
    return `${parts.join('\n')}\n`;
}
/** One annotation per artifact (the runner shows at most 10 a level), naming its first members. */
function artifactAnnotations(run, limit) {
    const out = [];
    for (const a of run.artifacts) {
        const reported = a.result.findings.filter((f) => f.allowedBy === null);
        if (reported.length > 0) {
            const failing = reported.some((f) => f.failing);
            const names = reported.slice(0, 3).map((f) => (0,report_text/* showPath */.P8)(f.path));
            const more = reported.length > 3 ? ` and ${reported.length - 3} more (see the step summary)` : '';
            out.push({
                level: failing ? 'error' : 'warning',
                title: 'Bytecode in a built distribution',
                file: a.path,
                message: `${a.kind === 'archive' ? 'This archive' : `This ${a.kind}`} carries ${(0,report_text/* plural */.LS)(reported.length, 'bytecode member')}: ${names.join(', ')}${more}. Exclude __pycache__/ and *.py[co] from the build (MANIFEST.in, the build backend's exclude settings), or list them in allow.`,
            });
        }
        if (a.stopped !== null)
            out.push({
                level: 'error',
                title: 'Built distribution not read whole',
                file: a.path,
                message: `${(0,report_text/* showPath */.P8)(a.path)}: ${a.stopped}.`,
            });
    }
    const errors = out.filter((a) => a.level === 'error').slice(0, limit);
    const warnings = out.filter((a) => a.level === 'warning').slice(0, limit);
    return [...errors, ...warnings];
}
/** The sentence the step fails with, or null. */
function artifactsFailure(run, failOn) {
    const failing = run.artifacts.reduce((n, a) => n + a.result.failing.length, 0);
    const bad = failOn === 'never' ? [] : unreadable(run);
    const parts = [];
    if (failing > 0)
        parts.push(`${(0,report_text/* plural */.LS)(failing, 'bytecode member')} in built distributions ${failing === 1 ? 'fails' : 'fail'} the check; exclude __pycache__/ and *.py[co] from the build`);
    if (bad.length > 0)
        parts.push(`${(0,report_text/* plural */.LS)(bad.length, 'built distribution')} could not be read whole (${bad
            .map((a) => (0,report_text/* showPath */.P8)(a.path))
            .slice(0, 3)
            .join(', ')}), so ${bad.length === 1 ? 'its' : 'their'} contents are not vouched for`);
    return parts.length === 0 ? null : parts.join('; ');
}

;// CONCATENATED MODULE: ./src/artifacts/check.ts



function artifactKind(path, format) {
    if (format === 'zip' && path.endsWith('.whl'))
        return 'wheel';
    if (format === 'tar')
        return 'sdist';
    return 'archive';
}
/** A member name that would land outside the folder it is extracted into. */
function isUnsafeName(name) {
    const path = name.replace(/\\/g, '/');
    return path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split('/').includes('..');
}
/**
 * The paths `allow` is matched against: the member path without a leading `./` or `/`, and for
 * an sdist also the path below its top folder (`pkg-1.0/tests/x.pyc` -> `tests/x.pyc`), so the
 * globs written for the repository allow the same files in its sdist.
 */
function allowPaths(member, kind) {
    const path = member.replace(/^(?:\.?\/)+/, '');
    const slash = path.indexOf('/');
    return kind === 'sdist' && slash > 0 ? [path, path.slice(slash + 1)] : [path];
}
function evaluateArtifact(path, read, allow, failOn) {
    const kind = artifactKind(path, read.format);
    const bytecode = [];
    const headers = new Map();
    for (const member of read.bytecode) {
        const b = classify(member.path);
        if (b === null || headers.has(member.path))
            continue;
        bytecode.push(b);
        if (b.kind !== 'pycache-other')
            headers.set(member.path, member.head instanceof Uint8Array ? (0,pyc/* decodeHeader */.E2)(member.head) : member.head);
        else if (!(member.head instanceof Uint8Array))
            headers.set(member.path, member.head);
    }
    const result = evaluate({
        bytecode,
        headers,
        sourceExists: (source) => read.sources.has(source),
        // Nothing in an archive is older than the archive: every member is new in what ships.
        added: 'all',
        allow: (member) => {
            for (const p of allowPaths(member, kind)) {
                const glob = allow(p);
                if (glob !== null)
                    return glob;
            }
            return null;
        },
        failOn: failOn === 'never' ? 'never' : 'any',
        ignoredByRules: new Set(),
    });
    return { path, kind, result, unsafeNames: read.unsafe, unsafeCount: read.unsafeCount, stopped: read.stopped };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/artifacts/read.ts
// The archive adapter: lists the members of a wheel (zip) or an sdist (tar, gzipped or not)
// and reads the first bytes of each bytecode member. Never extracts, never follows a link.
//
// An artifact in the workspace may come from a pull request, so whatever an archive claims
// (entry counts, sizes, names), reading it is bounded: at most `maxMembers` members, at most
// HEAD_BYTES read from each bytecode member (zip members are inflated only that far), at most
// `maxInflatedBytes` of tar stream inflated, and a deadline. Past a limit the read stops and
// says why.
//
// Libraries: yauzl for zip (reads the central directory one entry at a time from the file
// descriptor and inflates one member on request, so a zip bomb costs nothing unless asked;
// no dependency but `pend`), and node-tar's Parser for tar (npm's own, keeps metadata entries
// such as pax headers and GNU long names under `maxMetaEntrySize`, so a header claiming a
// gigabyte of name is refused, not buffered). Both take names as stored: nothing is
// joined to a path on disk.








const DEFAULT_LIMITS = {
    maxMembers: 100_000,
    maxInflatedBytes: 1024 * 1024 * 1024,
    maxNameChars: 64 * 1024 * 1024,
    timeoutMs: 60_000,
};
/** Unsafe names kept per archive (all are counted). */
const UNSAFE_KEPT = 100;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const READ_FLAGS = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK;
class Stop extends Error {
}
/** What the listing keeps of each member name, within the limits. */
class Listing {
    count = 0;
    sources = new Set();
    unsafe = [];
    unsafeCount = 0;
    bytecode = [];
    chars = 0;
    limits;
    constructor(limits) {
        this.limits = limits;
    }
    /** Counts a member; returns why the listing must stop, or null. */
    add(path) {
        if (++this.count > this.limits.maxMembers)
            return `stopped after ${this.limits.maxMembers.toLocaleString('en')} members`;
        this.chars += path.length;
        if (this.chars > this.limits.maxNameChars)
            return `stopped after ${this.limits.maxNameChars.toLocaleString('en')} characters of member names`;
        if (path.endsWith('.py'))
            this.sources.add(path);
        if (isUnsafeName(path)) {
            this.unsafeCount++;
            if (this.unsafe.length < UNSAFE_KEPT)
                this.unsafe.push(path);
        }
        return null;
    }
    result(format, stopped) {
        return {
            format,
            memberCount: Math.min(this.count, this.limits.maxMembers),
            sources: this.sources,
            unsafe: this.unsafe,
            unsafeCount: this.unsafeCount,
            bytecode: this.bytecode,
            stopped,
        };
    }
}
/** Reads the archive at `file` (an absolute path), within `limits`. */
async function readArchive(file, limits = DEFAULT_LIMITS) {
    let fd;
    try {
        // Not through a link, and not blocking on a FIFO: the workspace may hold either under the artifact's name.
        fd = (0,external_node_fs_.openSync)(file, READ_FLAGS);
    }
    catch (error) {
        const code = error.code ?? 'error';
        return failed(code === 'ELOOP' ? 'a symbolic link, which is not followed' : `unreadable (${code})`);
    }
    // The tar reader's stream closes the descriptor itself (a destroyed fs stream always does).
    let owned = true;
    try {
        if (!(0,external_node_fs_.fstatSync)(fd).isFile())
            return failed('not a regular file, so it was not read');
        const magic = Buffer.alloc(262);
        const length = (0,external_node_fs_.readSync)(fd, magic, 0, magic.length, 0);
        const deadline = Date.now() + limits.timeoutMs;
        if (length >= 4 && magic.readUInt32LE(0) === 0x04034b50)
            return await readZip(fd, limits, deadline);
        if (length >= 4 && magic.readUInt32LE(0) === 0x06054b50)
            return new Listing(limits).result('zip', null);
        const gzipped = length >= 2 && magic[0] === 0x1f && magic[1] === 0x8b;
        if (gzipped || (length >= 262 && magic.toString('latin1', 257, 262) === 'ustar')) {
            owned = false;
            return await readTar(fd, gzipped, limits, deadline);
        }
        return failed('neither a zip (wheel) nor a tar or tar.gz (sdist)');
    }
    finally {
        if (owned)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function failed(why) {
    return { format: null, memberCount: 0, sources: new Set(), unsafe: [], unsafeCount: 0, bytecode: [], stopped: why };
}
/** Collects at most HEAD_BYTES from a member's stream, then lets the rest go unread. */
function headOf(stream) {
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        let done = false;
        const finish = (value) => {
            if (done)
                return;
            done = true;
            resolve(value);
        };
        stream.on('data', (chunk) => {
            if (done)
                return;
            chunks.push(chunk);
            size += chunk.length;
            if (size >= pyc/* HEAD_BYTES */.Lq) {
                finish(new Uint8Array(Buffer.concat(chunks).subarray(0, pyc/* HEAD_BYTES */.Lq)));
                stream.destroy?.();
            }
        });
        stream.on('end', () => finish(new Uint8Array(Buffer.concat(chunks))));
        stream.on('error', (error) => finish({ error: `unreadable member (${error.message})` }));
    });
}
/**
 * yauzl's reader over the descriptor with synchronous reads: the central directory is read in
 * pieces of a few dozen bytes, and a trip through libuv's thread pool for each made a wheel of
 * 10,000 files take seconds. Callbacks still run on a later microtask, so entries never nest.
 */
class SyncFdReader extends yauzl.RandomAccessReader {
    fd;
    constructor(fd) {
        super();
        this.fd = fd;
    }
    read(buffer, offset, length, position, callback) {
        let error = null;
        try {
            let done = 0;
            while (done < length) {
                const n = (0,external_node_fs_.readSync)(this.fd, buffer, offset + done, length - done, position + done);
                if (n === 0)
                    throw new Error('unexpected end of file');
                done += n;
            }
        }
        catch (e) {
            error = e instanceof Error ? e : new Error(String(e));
        }
        queueMicrotask(() => callback(error));
    }
    _readStreamForRange(start, end) {
        let position = start;
        const fd = this.fd;
        return new external_node_stream_.Readable({
            read() {
                const size = Math.min(64 * 1024, end - position);
                if (size <= 0)
                    return void this.push(null);
                const chunk = Buffer.alloc(size);
                try {
                    const n = (0,external_node_fs_.readSync)(fd, chunk, 0, size, position);
                    if (n === 0)
                        return void this.destroy(new Error('unexpected end of file'));
                    position += n;
                    this.push(chunk.subarray(0, n));
                }
                catch (e) {
                    this.destroy(e instanceof Error ? e : new Error(String(e)));
                }
            },
        });
    }
}
function readZip(fd, limits, deadline) {
    return new Promise((resolve) => {
        const listing = new Listing(limits);
        const bytecode = listing.bytecode;
        // decodeStrings: false, or yauzl would end the whole listing at the first absolute or `..`
        // name; names are decoded below and only ever shown, never joined to a path.
        yauzl.fromRandomAccessReader(new SyncFdReader(fd), (0,external_node_fs_.fstatSync)(fd).size, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (openError, zip) => {
            if (openError !== null || zip === undefined) {
                resolve(listing.result('zip', `not a readable zip (${openError?.message ?? 'unknown error'})`));
                return;
            }
            const end = (stopped) => {
                zip.removeAllListeners('entry');
                resolve(listing.result('zip', stopped));
            };
            zip.on('error', (error) => end(`stopped at a corrupt entry (${error.message})`));
            zip.on('end', () => end(null));
            zip.on('entry', (entry) => {
                if (Date.now() > deadline)
                    return end(`stopped after ${limits.timeoutMs / 1000} s`);
                const raw = entry.fileName;
                const path = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
                const limit = listing.add(path);
                if (limit !== null)
                    return end(limit);
                const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
                const isDir = path.endsWith('/') || mode === S_IFDIR;
                if (isDir || classify(path) === null)
                    return zip.readEntry();
                if (mode === S_IFLNK) {
                    bytecode.push({ path, head: { error: 'a symbolic link member, not bytecode' } });
                    return zip.readEntry();
                }
                if (mode !== 0 && mode !== S_IFREG) {
                    bytecode.push({ path, head: { error: 'not a regular file member' } });
                    return zip.readEntry();
                }
                zip.openReadStream(entry, (streamError, stream) => {
                    const read = streamError !== null || stream === undefined
                        ? Promise.resolve({ error: `unreadable member (${streamError?.message ?? 'unknown error'})` })
                        : headOf(stream);
                    void read.then((head) => {
                        bytecode.push({ path, head });
                        zip.readEntry();
                    });
                });
            });
            zip.readEntry();
        });
    });
}
const TAR_FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
async function readTar(fd, gzipped, limits, deadline) {
    const listing = new Listing(limits);
    const bytecode = listing.bytecode;
    const pending = [];
    let stopped = null;
    // strict: a header that does not parse ends the read (with its reason) instead of being skipped.
    const parser = new index_min/* Parser */.iX({ strict: true, maxMetaEntrySize: 1024 * 1024 });
    parser.on('entry', (entry) => {
        if (stopped !== null)
            return entry.resume();
        const path = entry.path;
        stopped = listing.add(path);
        if (stopped !== null)
            return entry.resume();
        if (entry.type === 'Directory' || classify(path) === null)
            return entry.resume();
        if (!TAR_FILE_TYPES.has(entry.type)) {
            const what = entry.type === 'SymbolicLink'
                ? 'a symbolic link member, not bytecode'
                : entry.type === 'Link'
                    ? 'a hard link member, not bytecode'
                    : `a ${entry.type} member, not bytecode`;
            bytecode.push({ path, head: { error: what } });
            return entry.resume();
        }
        const at = bytecode.length;
        bytecode.push({ path, head: { error: 'not read: the listing stopped first' } });
        // Keep the first bytes; the rest of the member flows past unbuffered.
        const chunks = [];
        let size = 0;
        entry.on('data', (chunk) => {
            if (size < pyc/* HEAD_BYTES */.Lq) {
                chunks.push(chunk);
                size += chunk.length;
            }
        });
        pending.push(new Promise((resolve) => {
            entry.on('end', () => {
                bytecode[at] = { path, head: new Uint8Array(Buffer.concat(chunks).subarray(0, pyc/* HEAD_BYTES */.Lq)) };
                resolve();
            });
        }));
    });
    // Set from the parser's callbacks, so an object: TypeScript would narrow a plain variable to null.
    const problem = { parse: null };
    parser.on('error', (error) => {
        problem.parse ??= error.message;
    });
    parser.on('warn', (code, message) => {
        problem.parse ??= `${code}: ${message instanceof Error ? message.message : message}`;
    });
    const file = (0,external_node_fs_.createReadStream)('', { fd, autoClose: true, start: 0, highWaterMark: 64 * 1024 });
    const gunzip = gzipped ? (0,external_node_zlib_.createGunzip)() : null;
    const source = gunzip === null ? file : file.pipe(gunzip);
    let inflated = 0;
    try {
        for await (const chunk of source) {
            inflated += chunk.length;
            if (inflated > limits.maxInflatedBytes)
                throw new Stop(`stopped after inflating ${limits.maxInflatedBytes.toLocaleString('en')} bytes`);
            if (Date.now() > deadline)
                throw new Stop(`stopped after ${limits.timeoutMs / 1000} s`);
            parser.write(chunk);
            if (stopped !== null)
                throw new Stop(stopped);
            if (problem.parse !== null)
                throw new Stop(`stopped at a corrupt entry (${problem.parse})`);
        }
        await new Promise((resolve) => parser.end(resolve));
        if (problem.parse !== null)
            stopped ??= `stopped at a corrupt entry (${problem.parse})`;
    }
    catch (error) {
        stopped =
            error instanceof Stop
                ? error.message
                : `not a readable ${gzipped ? 'tar.gz' : 'tar'} (${error instanceof Error ? error.message : String(error)})`;
    }
    finally {
        gunzip?.destroy();
        file.destroy();
    }
    if (stopped === null)
        await Promise.all(pending);
    return listing.result('tar', stopped);
}

;// CONCATENATED MODULE: ./src/artifacts/run.ts
// Finds the built distributions the `artifacts` globs name in the workspace and checks each:
// the only I/O of the artifact check, besides the archive adapter (read.ts).






/** Artifacts checked per step: a glob that matches a whole tree would otherwise read it all. */
const MAX_ARTIFACTS = 1000;
function checkPattern(workspace, pattern) {
    const positive = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if ((0,external_node_path_.isAbsolute)(positive) || !(0,paths/* inside */.n)(workspace, (0,external_node_path_.normalize)((0,external_node_path_.join)(workspace, positive)))) {
        throw new src_inputs/* InputError */.dz(`Input '${src_inputs/* Input */.pd.Artifacts}' takes globs relative to the workspace (${workspace}), but ${JSON.stringify(pattern)} reaches outside it.`);
    }
}
async function checkArtifacts(workspace, options) {
    for (const p of options.patterns)
        checkPattern(workspace, p);
    const files = new Set();
    const unmatched = [];
    // One globber per positive pattern, so a pattern that matches nothing can be named;
    // negations apply to all.
    const negations = options.patterns.filter((p) => p.startsWith('!')).map((p) => `!${(0,external_node_path_.join)(workspace, p.slice(1))}`);
    for (const pattern of options.patterns.filter((p) => !p.startsWith('!'))) {
        // Loaded only when artifacts are asked for: it brings @actions/core and undici.
        const glob = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 2377));
        const globber = await glob.create([(0,external_node_path_.join)(workspace, pattern), ...negations].join('\n'), {
            matchDirectories: false,
            followSymbolicLinks: false,
            implicitDescendants: false,
        });
        const found = (await globber.glob()).filter((f) => (0,paths/* inside */.n)(workspace, f));
        if (found.length === 0)
            unmatched.push(pattern);
        for (const f of found)
            files.add(f);
    }
    const sorted = [...files].sort();
    const allow = (0,check_allow/* allowMatcher */._c)(options.allow);
    const artifacts = [];
    for (const file of sorted.slice(0, MAX_ARTIFACTS)) {
        const read = await readArchive(file, options.limits ?? DEFAULT_LIMITS);
        artifacts.push(evaluateArtifact((0,external_node_path_.relative)(workspace, file).split(external_node_path_.sep).join('/'), read, allow, options.failOn));
    }
    return { artifacts, unmatched, skipped: Math.max(0, sorted.length - MAX_ARTIFACTS) };
}

;// CONCATENATED MODULE: ./src/artifacts/step.ts
// The artifact check as a step of the action: runs it, reports it, and returns why it fails.





const ANNOTATIONS = 5;
/** Adds the summary section and annotations; returns the failure sentences (none when it passes). */
async function artifactsStep(inputs, workspace, annotate) {
    const run = await core/* group */.Os('Built distributions', async () => {
        const result = await checkArtifacts(workspace, {
            patterns: inputs.artifacts,
            allow: inputs.allow,
            failOn: inputs.failOn,
        });
        for (const a of result.artifacts)
            core/* info */.pq(`${(0,report_text/* showPath */.P8)(a.path)}: ${a.kind}, ${(0,report_text/* plural */.LS)(a.result.findings.length, 'bytecode member')}${a.stopped === null ? '' : `; ${a.stopped}`}`);
        return result;
    });
    if (run.artifacts.length === 0)
        core/* warning */.$e(`Input '${src_inputs/* Input */.pd.Artifacts}' matched no file; build the distributions before this step, or fix the globs.`);
    for (const a of artifactAnnotations(run, ANNOTATIONS))
        annotate(a);
    core/* summary */.z.addRaw(artifactsSummary(run));
    const failure = artifactsFailure(run, inputs.failOn);
    return failure === null ? [] : [failure];
}

;// CONCATENATED MODULE: ./src/main.ts
// The main step: read inputs once, run each enabled capability, publish, fail once.













function annotate(a) {
    const props = {
        ...(a.title === '' ? {} : { title: a.title }),
        // A name that is not UTF-8 cannot name a file on GitHub: the message shows it escaped instead.
        ...(a.file === undefined || (0,pathbytes/* hasEscapedBytes */.Bz)(a.file) ? {} : { file: a.file }),
        ...(a.line === undefined ? {} : { startLine: a.line }),
    };
    if (a.level === 'error')
        core/* error */.z3(a.message, props);
    else if (a.level === 'warning')
        core/* warning */.$e(a.message, props);
    else
        core/* notice */.lm(a.message, props);
}
/** The most warnings the main step's warm part emits (the core.warning calls in runWarm). */
const WARM_WARNINGS = 4;
async function fixProject(root, check) {
    const remove = check.result.findings.filter((f) => f.allowedBy === null).map((f) => f.path);
    const noRules = {
        missing: [],
        negations: [],
        annotationTarget: '.gitignore',
        committedIgnored: new Set(),
        prefix: check.repoPrefix,
        ownGitignore: false,
    };
    let fix;
    try {
        fix = await applyFix(root, check.audit ?? noRules, remove);
    }
    catch (error) {
        if (!(error instanceof FixError))
            throw error;
        const changed = error.done.gitignore !== null || error.done.untracked.length > 0;
        return {
            fix: changed ? error.done : null,
            audit: changed && check.audit !== null ? await auditProject(root, await (0,git/* listTracked */.z7)(root)) : check.audit,
            error: error.message,
        };
    }
    return { fix, audit: check.audit === null ? null : await auditProject(root, await (0,git/* listTracked */.z7)(root)), error: null };
}
/** Runs the check and the audit, reports them (reportCheck decides how), and returns why they fail (if they do). */
async function checkProject(inputs, root, workspace) {
    const check = await runCheck(inputs, {
        root,
        eventName: process.env.GITHUB_EVENT_NAME ?? '',
        eventPath: process.env.GITHUB_EVENT_PATH,
        audit: inputs.ignoreRules === 'off' ? null : (tracked) => auditProject(root, tracked),
    });
    const fixed = inputs.fix && check.source === 'git' ? await fixProject(root, check) : null;
    const report = reportCheck({
        inputs,
        result: check.result,
        source: check.source,
        repoPrefix: check.repoPrefix,
        changeName: check.changeName,
        notes: check.notes,
        warnings: check.warnings,
        submodules: check.submodules,
        audit: fixed?.audit ?? check.audit,
        fix: fixed?.fix ?? null,
        fixError: fixed?.error ?? null,
        // The warm step runs next in this step and may warn (warm.ts: unusable interpreter, no
        // sources, cache unavailable, full disk); its warnings share the runner's 10.
        reserved: { warning: inputs.warm ? WARM_WARNINGS : 0 },
    });
    for (const a of report.annotations)
        annotate(a);
    core/* info */.pq(report.info);
    for (const [name, value] of report.outputs)
        core/* setOutput */.uH(name, value);
    if (inputs.sarif !== '') {
        const sarif = buildSarif({
            result: report.result,
            audit: report.ignore === null ? null : (fixed?.audit ?? check.audit),
            negations: report.negations,
            ignore: report.ignore,
            repoPath: report.repoPath,
            version: VERSION,
        });
        core/* info */.pq(`SARIF written to ${await (0,fs/* writeWorkspaceJson */.xT)(workspace, inputs.sarif, sarif)}.`);
    }
    core/* summary */.z.addRaw(report.summary);
    return [...report.reasons];
}
async function main_run() {
    try {
        const inputs = (0,src_inputs/* readInputs */.Ko)((name) => core/* getInput */.V4(name));
        (0,git/* logGitCommands */.p8)((line) => core/* debug */.Yz(line));
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const root = await (0,fs/* resolveProjectRoot */.K_)(workspace, inputs.path);
        // git looks for no repository above the workspace, and accepts no repository in it but the
        // workspace's own and its submodules.
        await (0,git/* confine */.Do)(workspace);
        if (!inputs.check && !inputs.warm && inputs.artifacts.length === 0) {
            core/* info */.pq(`Inputs '${src_inputs/* Input */.pd.Check}' and '${src_inputs/* Input */.pd.Warm}' are both false: nothing to do.`);
            return;
        }
        core/* summary */.z.addRaw('<h2>pycache-action</h2>\n');
        const reasons = [];
        try {
            if (inputs.check)
                reasons.push(...(await core/* group */.Os('Committed bytecode and ignore rules', () => checkProject(inputs, root, workspace))));
            if (inputs.artifacts.length > 0)
                reasons.push(...(await core/* group */.Os('Built distributions', () => artifactsStep(inputs, workspace, annotate))));
            if (inputs.warm)
                core/* summary */.z.addRaw((0,warm/* warmSummary */.gx)(await core/* group */.Os('Bytecode cache', () => (0,run/* runWarm */.Rh)(inputs, root))));
        }
        finally {
            // Every section bounds itself; this is the last line of defence, since the runner drops a
            // summary over 1 MiB whole and the findings with it.
            if (Buffer.byteLength(core/* summary */.z.stringify()) > SUMMARY_LIMIT - 64 * 1024) {
                core/* summary */.z.emptyBuffer();
                core/* summary */.z.addRaw('<h2>pycache-action</h2>\n<p>⚠️ The step summary grew past what the runner accepts, so it is left out; the annotations and outputs still hold the findings.</p>\n');
            }
            await core/* summary */.z.write();
        }
        if (reasons.length > 0)
            core/* setFailed */.C1(`${reasons.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()));
    }
    catch (error) {
        core/* setFailed */.C1(error instanceof Error ? error.message : String(error));
    }
}


/***/ })

};
