export const id = 353;
export const ids = [353];
export const modules = {

/***/ 828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Gu: () => (/* binding */ getState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   dN: () => (/* binding */ exportVariable),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z: () => (/* binding */ summary),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
// The runner's side of a step: inputs, state, outputs, exported variables, the step summary,
// and workflow commands (annotations, groups, debug). The same functions, names and bytes as
// @actions/core, which this replaces in the action's own code: @actions/core loads its OIDC
// client, and with it undici, at start-up, and parsing that megabyte cost every step about
// 60 ms before any work. @actions/cache still uses @actions/core inside its own chunk, which
// is loaded only when a step restores or saves. test/core.test.ts holds the two to the same
// output, byte for byte.





function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(text) {
    return toCommandValue(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,…::message` on stdout; properties with an empty value are left out. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => Boolean(value))
        .map(([key, value]) => `${key}=${escapeProperty(value)}`);
    process.stdout.write(`::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
}
/** Appends `name<<delimiter … delimiter` to the runner's file for `command` (OUTPUT, STATE, ENV). */
function issueFileCommand(command, name, value) {
    const path = process.env[`GITHUB_${command}`] ?? '';
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    const text = toCommandValue(value);
    // A name or value holding the delimiter would end the record early and inject another.
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (text.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, { encoding: 'utf8' });
}
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        issueFileCommand('STATE', name, value);
    else
        issueCommand('save-state', { name }, toCommandValue(value));
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        issueFileCommand('OUTPUT', name, value);
        return;
    }
    process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function exportVariable(name, value) {
    const text = toCommandValue(value);
    process.env[name] = text;
    if (process.env.GITHUB_ENV)
        issueFileCommand('ENV', name, value);
    else
        issueCommand('set-env', { name }, text);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
}
function annotation(level, message, p) {
    const properties = Object.keys(p).length === 0
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
function error(message, properties = {}) {
    annotation('error', message, properties);
}
function warning(message, properties = {}) {
    annotation('warning', message, properties);
}
function notice(message, properties = {}) {
    annotation('notice', message, properties);
}
/** Runs `fn` inside a collapsible group of the log. */
async function group(name, fn) {
    issueCommand('group', {}, name);
    try {
        return await fn();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}
/** An error annotation, and the step's exit code set to failure. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** The step summary: a buffer of Markdown/HTML appended to $GITHUB_STEP_SUMMARY on write(). */
class Summary {
    buffer = '';
    addRaw(text) {
        this.buffer += text;
        return this;
    }
    stringify() {
        return this.buffer;
    }
    emptyBuffer() {
        this.buffer = '';
        return this;
    }
    async write({ overwrite = false } = {}) {
        const path = process.env.GITHUB_STEP_SUMMARY;
        if (!path)
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
        }
        await (overwrite ? node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile : node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(path, this.buffer, { encoding: 'utf8' });
        return this.emptyBuffer();
    }
}
const summary = new Summary();


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   Uw: () => (/* binding */ State),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   k7: () => (/* binding */ Output),
/* harmony export */   pd: () => (/* binding */ Input)
/* harmony export */ });
/* unused harmony export DEFAULTS */
const Input = {
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
};
const Output = {
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
};
/** What the main step hands to the post step (core.saveState / getState). */
const State = {
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
};
const FAIL_ON = ['added', 'any', 'never'];
// error: fail for missing rules that let CPython's or PyPy's bytecode in (and for *.pyo and
// *$py.class only when such files are tracked); strict: fail for every missing rule.
const IGNORE_RULES = ['error', 'strict', 'warning', 'off'];
const SCOPES = ['project', 'stdlib', 'site-packages'];
// The pyc header's own modes (check/pyc.ts), in the order the input documents them.
const INVALIDATION_MODES = [
    'checked-hash',
    'unchecked-hash',
    'timestamp',
];
// prefix: PYTHONPYCACHEPREFIX points at the restored tree. in-place: the project's pycs go
// into its own __pycache__ directories and Python keeps reading the stdlib's own pycs.
const LAYOUTS = ['prefix', 'in-place'];
/** Defaults as action.yml declares them (checked by a test). */
const DEFAULTS = {
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
class InputError extends Error {
    name = 'InputError';
}
// The YAML 1.2 core-schema spellings that @actions/core's getBooleanInput accepts.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function parseBoolean(name, raw) {
    const value = raw.trim() === '' ? DEFAULTS[name] : raw.trim();
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new InputError(`Input '${name}' must be true or false, not ${quote(value)}.`);
}
/** auto, or a strict boolean spelled as for every boolean input. */
function parseSave(raw) {
    const value = raw.trim() === '' ? DEFAULTS[Input.Save] : raw.trim();
    if (value === 'auto')
        return 'auto';
    if (TRUE.includes(value))
        return 'true';
    if (FALSE.includes(value))
        return 'false';
    throw new InputError(`Input '${Input.Save}' must be auto, true or false, not ${quote(value)}.`);
}
function parseChoice(name, raw, choices) {
    const value = raw.trim() === '' ? DEFAULTS[name] : raw.trim();
    const match = choices.find((c) => c === value);
    if (match === undefined) {
        throw new InputError(`Input '${name}' must be one of ${choices.join(', ')}, not ${quote(value)}.`);
    }
    return match;
}
/** A newline-separated list of choices, each checked, duplicates dropped. */
function parseChoices(name, raw, choices) {
    const values = parseList(raw.trim() === '' ? DEFAULTS[name] : raw);
    return [...new Set(values.map((v) => parseChoice(name, v, choices)))];
}
function parseList(raw) {
    return raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** Reads every input once. `get` returns the raw value ('' when unset), as core.getInput does. */
function readInputs(get) {
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
function quote(value) {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}


/***/ }),

/***/ 4353:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(828);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8422);
// One bundle serves both steps of action.yml (runs.main and runs.post), as in actions/checkout:
// the main step saves State.IsPost first thing, and the runner hands saved state to the post
// step only, so its presence says which step this is. Each step loads only its own code: the
// post step never parses the check, the ignore audit or the archive readers.


if (_core_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .Uw.IsPost) === 'true') {
    const { post } = await Promise.all(/* import() */[__webpack_require__.e(250), __webpack_require__.e(661)]).then(__webpack_require__.bind(__webpack_require__, 6661));
    post();
}
else {
    _core_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .Uw.IsPost, 'true');
    const { run } = await Promise.all(/* import() */[__webpack_require__.e(111), __webpack_require__.e(250), __webpack_require__.e(512)]).then(__webpack_require__.bind(__webpack_require__, 9512));
    void run();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
