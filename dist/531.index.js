export const id = 531;
export const ids = [531];
export const modules = {

/***/ 3531:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/core.ts
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
    process.stdout.write(`::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** Appends `name<<delimiter … delimiter` to the runner's file for `command` (OUTPUT, STATE, ENV). */
function issueFileCommand(command, name, value) {
    const path = process.env[`GITHUB_${command}`] ?? '';
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const text = toCommandValue(value);
    // A name or value holding the delimiter would end the record early and inject another.
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (text.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    (0,external_node_fs_.appendFileSync)(path, `${name}<<${delimiter}${external_node_os_.EOL}${text}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
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
    process.stdout.write(external_node_os_.EOL);
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
    process.stdout.write(message + external_node_os_.EOL);
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
function core_warning(message, properties = {}) {
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
            await (0,promises_.access)(path, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
        }
        await (overwrite ? promises_.writeFile : promises_.appendFile)(path, this.buffer, { encoding: 'utf8' });
        return this.emptyBuffer();
    }
}
const summary = new Summary();

;// CONCATENATED MODULE: ./src/inputs.ts
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/check/magic.ts
// GENERATED FILE, do not edit. Written by `node scripts/gen-magic.ts` (npm run gen:magic) from data/pyc-magic.tsv;
// `node scripts/gen-magic.ts --check` fails when this file differs from what the table gives.
const entry = (implementation, version, final, trailer = 0x0a0d) => Object.freeze({ implementation, version, final, trailer });
/** The 16-bit magic number (little-endian, before `0d 0a`, at the start of a .pyc) to who writes it. */
const MAGIC = new Map([
    // cpython
    [3000, entry('cpython', '3000', false)],
    [3010, entry('cpython', '3000', false)],
    [3020, entry('cpython', '3000', false)],
    [3030, entry('cpython', '3000', false)],
    [3040, entry('cpython', '3000', false)],
    [3050, entry('cpython', '3000', false)],
    [3060, entry('cpython', '3000', false)],
    [3061, entry('cpython', '3000', false)],
    [3071, entry('cpython', '3000', false)],
    [3081, entry('cpython', '3000', false)],
    [3091, entry('cpython', '3000', false)],
    [3101, entry('cpython', '3000', false)],
    [3103, entry('cpython', '3000', false)],
    [3111, entry('cpython', '3.0a4', false)],
    [3131, entry('cpython', '3.0', true)],
    [3141, entry('cpython', '3.1a1', false)],
    [3151, entry('cpython', '3.1', true)],
    [3160, entry('cpython', '3.2a1', false)],
    [3170, entry('cpython', '3.2a2', false)],
    [3180, entry('cpython', '3.2', true)],
    [3190, entry('cpython', '3.3a1', false)],
    [3200, entry('cpython', '3.3a1', false)],
    [3210, entry('cpython', '3.3a1', false)],
    [3220, entry('cpython', '3.3a2', false)],
    [3230, entry('cpython', '3.3', true)],
    [3250, entry('cpython', '3.4a1', false)],
    [3260, entry('cpython', '3.4a1', false)],
    [3270, entry('cpython', '3.4a1', false)],
    [3280, entry('cpython', '3.4a1', false)],
    [3290, entry('cpython', '3.4a4', false)],
    [3300, entry('cpython', '3.4a4', false)],
    [3310, entry('cpython', '3.4', true)],
    [3320, entry('cpython', '3.5a1', false)],
    [3330, entry('cpython', '3.5b1', false)],
    [3340, entry('cpython', '3.5b2', false)],
    [3350, entry('cpython', '3.5', true)],
    [3351, entry('cpython', '3.5', true)],
    [3360, entry('cpython', '3.6a0', false)],
    [3361, entry('cpython', '3.6a1', false)],
    [3370, entry('cpython', '3.6a2', false)],
    [3371, entry('cpython', '3.6a2', false)],
    [3372, entry('cpython', '3.6a2', false)],
    [3373, entry('cpython', '3.6b1', false)],
    [3375, entry('cpython', '3.6b1', false)],
    [3376, entry('cpython', '3.6b1', false)],
    [3377, entry('cpython', '3.6b1', false)],
    [3378, entry('cpython', '3.6b2', false)],
    [3379, entry('cpython', '3.6', true)],
    [3390, entry('cpython', '3.7a1', false)],
    [3391, entry('cpython', '3.7a2', false)],
    [3392, entry('cpython', '3.7a4', false)],
    [3393, entry('cpython', '3.7b1', false)],
    [3394, entry('cpython', '3.7', true)],
    [3400, entry('cpython', '3.8a1', false)],
    [3401, entry('cpython', '3.8a1', false)],
    [3410, entry('cpython', '3.8a1', false)],
    [3411, entry('cpython', '3.8b2', false)],
    [3412, entry('cpython', '3.8b2', false)],
    [3413, entry('cpython', '3.8', true)],
    [3420, entry('cpython', '3.9a0', false)],
    [3421, entry('cpython', '3.9a0', false)],
    [3422, entry('cpython', '3.9a0', false)],
    [3423, entry('cpython', '3.9a2', false)],
    [3424, entry('cpython', '3.9a2', false)],
    [3425, entry('cpython', '3.9', true)],
    [3430, entry('cpython', '3.10a1', false)],
    [3431, entry('cpython', '3.10a1', false)],
    [3432, entry('cpython', '3.10a2', false)],
    [3433, entry('cpython', '3.10a2', false)],
    [3434, entry('cpython', '3.10a6', false)],
    [3435, entry('cpython', '3.10a7', false)],
    [3436, entry('cpython', '3.10b1', false)],
    [3437, entry('cpython', '3.10b1', false)],
    [3438, entry('cpython', '3.10b1', false)],
    [3439, entry('cpython', '3.10', true)],
    [3450, entry('cpython', '3.11a1', false)],
    [3451, entry('cpython', '3.11a1', false)],
    [3452, entry('cpython', '3.11a1', false)],
    [3453, entry('cpython', '3.11a1', false)],
    [3454, entry('cpython', '3.11a1', false)],
    [3455, entry('cpython', '3.11a1', false)],
    [3456, entry('cpython', '3.11a1', false)],
    [3457, entry('cpython', '3.11a1', false)],
    [3458, entry('cpython', '3.11a1', false)],
    [3459, entry('cpython', '3.11a1', false)],
    [3460, entry('cpython', '3.11a1', false)],
    [3461, entry('cpython', '3.11a1', false)],
    [3462, entry('cpython', '3.11a2', false)],
    [3463, entry('cpython', '3.11a3', false)],
    [3464, entry('cpython', '3.11a3', false)],
    [3465, entry('cpython', '3.11a3', false)],
    [3466, entry('cpython', '3.11a4', false)],
    [3467, entry('cpython', '3.11a4', false)],
    [3468, entry('cpython', '3.11a4', false)],
    [3469, entry('cpython', '3.11a4', false)],
    [3470, entry('cpython', '3.11a4', false)],
    [3471, entry('cpython', '3.11a4', false)],
    [3472, entry('cpython', '3.11a4', false)],
    [3473, entry('cpython', '3.11a4', false)],
    [3474, entry('cpython', '3.11a4', false)],
    [3475, entry('cpython', '3.11a5', false)],
    [3476, entry('cpython', '3.11a5', false)],
    [3477, entry('cpython', '3.11a5', false)],
    [3478, entry('cpython', '3.11a5', false)],
    [3479, entry('cpython', '3.11a5', false)],
    [3480, entry('cpython', '3.11a5', false)],
    [3481, entry('cpython', '3.11a5', false)],
    [3482, entry('cpython', '3.11a5', false)],
    [3483, entry('cpython', '3.11a5', false)],
    [3484, entry('cpython', '3.11a5', false)],
    [3485, entry('cpython', '3.11a5', false)],
    [3486, entry('cpython', '3.11a6', false)],
    [3487, entry('cpython', '3.11a6', false)],
    [3488, entry('cpython', '3.11a6', false)],
    [3489, entry('cpython', '3.11a6', false)],
    [3490, entry('cpython', '3.11a6', false)],
    [3491, entry('cpython', '3.11a6', false)],
    [3492, entry('cpython', '3.11a7', false)],
    [3493, entry('cpython', '3.11a7', false)],
    [3494, entry('cpython', '3.11a7', false)],
    [3495, entry('cpython', '3.11', true)],
    [3500, entry('cpython', '3.12a1', false)],
    [3501, entry('cpython', '3.12a1', false)],
    [3502, entry('cpython', '3.12a1', false)],
    [3503, entry('cpython', '3.12a1', false)],
    [3504, entry('cpython', '3.12a1', false)],
    [3505, entry('cpython', '3.12a1', false)],
    [3506, entry('cpython', '3.12a1', false)],
    [3507, entry('cpython', '3.12a1', false)],
    [3508, entry('cpython', '3.12a1', false)],
    [3509, entry('cpython', '3.12a1', false)],
    [3510, entry('cpython', '3.12a2', false)],
    [3511, entry('cpython', '3.12a2', false)],
    [3512, entry('cpython', '3.12a2', false)],
    [3513, entry('cpython', '3.12a4', false)],
    [3514, entry('cpython', '3.12a4', false)],
    [3515, entry('cpython', '3.12a5', false)],
    [3516, entry('cpython', '3.12a5', false)],
    [3517, entry('cpython', '3.12a5', false)],
    [3518, entry('cpython', '3.12a6', false)],
    [3519, entry('cpython', '3.12a6', false)],
    [3520, entry('cpython', '3.12a6', false)],
    [3521, entry('cpython', '3.12a7', false)],
    [3522, entry('cpython', '3.12a7', false)],
    [3523, entry('cpython', '3.12a7', false)],
    [3524, entry('cpython', '3.12a7', false)],
    [3525, entry('cpython', '3.12b1', false)],
    [3526, entry('cpython', '3.12b1', false)],
    [3527, entry('cpython', '3.12b1', false)],
    [3528, entry('cpython', '3.12b1', false)],
    [3529, entry('cpython', '3.12b1', false)],
    [3530, entry('cpython', '3.12b1', false)],
    [3531, entry('cpython', '3.12', true)],
    [3550, entry('cpython', '3.13a1', false)],
    [3551, entry('cpython', '3.13a1', false)],
    [3552, entry('cpython', '3.13a1', false)],
    [3553, entry('cpython', '3.13a1', false)],
    [3554, entry('cpython', '3.13a1', false)],
    [3555, entry('cpython', '3.13a1', false)],
    [3556, entry('cpython', '3.13a1', false)],
    [3557, entry('cpython', '3.13a1', false)],
    [3558, entry('cpython', '3.13a1', false)],
    [3559, entry('cpython', '3.13a1', false)],
    [3560, entry('cpython', '3.13a1', false)],
    [3561, entry('cpython', '3.13a1', false)],
    [3562, entry('cpython', '3.13a1', false)],
    [3563, entry('cpython', '3.13a1', false)],
    [3564, entry('cpython', '3.13a1', false)],
    [3565, entry('cpython', '3.13a1', false)],
    [3566, entry('cpython', '3.13a1', false)],
    [3567, entry('cpython', '3.13a1', false)],
    [3568, entry('cpython', '3.13a1', false)],
    [3569, entry('cpython', '3.13a5', false)],
    [3570, entry('cpython', '3.13a6', false)],
    [3571, entry('cpython', '3.13', true)],
    [3600, entry('cpython', '3.14a1', false)],
    [3601, entry('cpython', '3.14a1', false)],
    [3602, entry('cpython', '3.14a1', false)],
    [3603, entry('cpython', '3.14a1', false)],
    [3604, entry('cpython', '3.14a1', false)],
    [3605, entry('cpython', '3.14a1', false)],
    [3606, entry('cpython', '3.14a1', false)],
    [3607, entry('cpython', '3.14a1', false)],
    [3608, entry('cpython', '3.14a1', false)],
    [3609, entry('cpython', '3.14a2', false)],
    [3610, entry('cpython', '3.14a4', false)],
    [3611, entry('cpython', '3.14a4', false)],
    [3612, entry('cpython', '3.14a4', false)],
    [3613, entry('cpython', '3.14a4', false)],
    [3614, entry('cpython', '3.14a5', false)],
    [3615, entry('cpython', '3.14a5', false)],
    [3616, entry('cpython', '3.14a5', false)],
    [3617, entry('cpython', '3.14a6', false)],
    [3618, entry('cpython', '3.14a6', false)],
    [3619, entry('cpython', '3.14a6', false)],
    [3620, entry('cpython', '3.14a6', false)],
    [3621, entry('cpython', '3.14a7', false)],
    [3622, entry('cpython', '3.14a7', false)],
    [3623, entry('cpython', '3.14a7', false)],
    [3624, entry('cpython', '3.14b1', false)],
    [3625, entry('cpython', '3.14b3', false)],
    [3626, entry('cpython', '3.14rc2', false)],
    [3627, entry('cpython', '3.14', true)],
    [3650, entry('cpython', '3.15a0', false)],
    [3651, entry('cpython', '3.15a1', false)],
    [3652, entry('cpython', '3.15a1', false)],
    [3653, entry('cpython', '3.15a1', false)],
    [3654, entry('cpython', '3.15a1', false)],
    [3655, entry('cpython', '3.15a1', false)],
    [3656, entry('cpython', '3.15a1', false)],
    [3657, entry('cpython', '3.15', false)],
    [5892, entry('cpython', '1.4', true)],
    [11913, entry('cpython', '1.3', true)],
    [20121, entry('cpython', '1.5', true)],
    [39170, entry('cpython', '1.0', true, 0x0099)],
    [39171, entry('cpython', '1.1/1.2', true, 0x0099)],
    [50428, entry('cpython', '1.6', true)],
    [50823, entry('cpython', '2.0', true)],
    [60202, entry('cpython', '2.1', true)],
    [60717, entry('cpython', '2.2', true)],
    [62011, entry('cpython', '2.3', true)],
    [62021, entry('cpython', '2.3a0', false)],
    [62041, entry('cpython', '2.4a0', false)],
    [62051, entry('cpython', '2.4a3', false)],
    [62061, entry('cpython', '2.4', true)],
    [62071, entry('cpython', '2.5a0', false)],
    [62081, entry('cpython', '2.5a0', false)],
    [62091, entry('cpython', '2.5a0', false)],
    [62092, entry('cpython', '2.5a0', false)],
    [62101, entry('cpython', '2.5b3', false)],
    [62111, entry('cpython', '2.5b3', false)],
    [62121, entry('cpython', '2.5c1', false)],
    [62131, entry('cpython', '2.5', true)],
    [62151, entry('cpython', '2.6a0', false)],
    [62161, entry('cpython', '2.6', true)],
    [62171, entry('cpython', '2.7a0', false)],
    [62181, entry('cpython', '2.7a0', false)],
    [62191, entry('cpython', '2.7a0', false)],
    [62201, entry('cpython', '2.7a0', false)],
    [62211, entry('cpython', '2.7', true)],
    // pypy
    [0, entry('pypy', '3.2-dev', false)],
    [16, entry('pypy', '3.2-dev', false)],
    [32, entry('pypy', '3.2-dev', false)],
    [48, entry('pypy', '3.2', true)],
    [64, entry('pypy', '3.3', true)],
    [80, entry('pypy', '3.5-dev', false)],
    [96, entry('pypy', '3.5-dev', false)],
    [112, entry('pypy', '3.5', true)],
    [128, entry('pypy', '3.6-dev', false)],
    [144, entry('pypy', '3.6-dev', false)],
    [160, entry('pypy', '3.6', true)],
    [176, entry('pypy', '3.6-dev', false)],
    [192, entry('pypy', '3.6', true)],
    [208, entry('pypy', '3.7-dev', false)],
    [224, entry('pypy', '3.7', true)],
    [240, entry('pypy', '3.7', true)],
    [256, entry('pypy', '3.8', true)],
    [272, entry('pypy', '3.9-dev', false)],
    [288, entry('pypy', '3.9-dev', false)],
    [304, entry('pypy', '3.9-dev', false)],
    [320, entry('pypy', '3.9', true)],
    [336, entry('pypy', '3.9', true)],
    [368, entry('pypy', '3.10-dev', false)],
    [384, entry('pypy', '3.10', true)],
    [400, entry('pypy', '3.11', true)],
    [416, entry('pypy', '3.11', true)],
    [432, entry('pypy', '3.11', true)],
    [448, entry('pypy', '3.12-dev', false)],
    [464, entry('pypy', '3.12-dev', false)],
    [62215, entry('pypy', '2.7', true)],
    [62218, entry('pypy', '2.7', true)],
    [62219, entry('pypy', '2.7', true)],
    // graalpy
    [21150, entry('graalpy', '3.8', true)],
    [21260, entry('graalpy', '3.8', true)],
    [21280, entry('graalpy', '3.10', true)],
    [21290, entry('graalpy', '3.11/3.12', true)],
]);
/**
 * [first, last, minor]: the numbers each CPython minor's pre-releases may use, so a number the
 * table does not list still names its minor ('3.15', never final). From 3.11 on CPython reserves
 * 2900+50n to 2949+50n for 3.n; earlier spans run up to the next minor's first number.
 */
const PRERELEASE_RANGES = [
    [3000, 3131, '3.0'],
    [3141, 3159, '3.1'],
    [3160, 3189, '3.2'],
    [3190, 3249, '3.3'],
    [3250, 3310, '3.4'],
    [3320, 3359, '3.5'],
    [3360, 3389, '3.6'],
    [3390, 3399, '3.7'],
    [3400, 3419, '3.8'],
    [3420, 3429, '3.9'],
    [3430, 3449, '3.10'],
    [3450, 3499, '3.11'],
    [3500, 3549, '3.12'],
    [3550, 3599, '3.13'],
    [3600, 3649, '3.14'],
    [3650, 3699, '3.15'],
    [3700, 3749, '3.16'],
    [50823, 50823, '2.0'],
    [60202, 60202, '2.1'],
    [60717, 60717, '2.2'],
    [62011, 62040, '2.3'],
    [62041, 62070, '2.4'],
    [62071, 62131, '2.5'],
    [62151, 62170, '2.6'],
    [62171, 62211, '2.7'],
];

;// CONCATENATED MODULE: ./src/check/pyc.ts
// Decodes the first bytes of a bytecode file: which interpreter wrote it and how it is
// invalidated. Pure: the caller reads up to HEADER_BYTES from the file. Layouts and numbers are
// documented in data/pyc-magic.tsv, data/pyc-magic.md and data/pyc-format.md.

const HEADER_BYTES = 16; // enough bytes to read from a file to decode any pyc header
// A Git LFS pointer (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md) stands in the
// tree for bytecode stored in LFS when the checkout did not fetch the object. Pointers are
// under 200 bytes in practice (version line, optional extensions, oid, size) and under 1024 by
// the spec; reading this much also lets the size be shown.
const HEAD_BYTES = 256; // what the check reads from each file: a pyc header, or a whole LFS pointer
const LFS_POINTER = 'version https://git-lfs.github.com/spec/';
const JAVA_CLASS = [0xca, 0xfe, 0xba, 0xbe];
// Indexing (rather than a DataView) cannot throw, whatever the caller hands over.
function pyc_byte(bytes, i) {
    return bytes[i] ?? 0;
}
function u32le(bytes, at) {
    return ((pyc_byte(bytes, at) | (pyc_byte(bytes, at + 1) << 8) | (pyc_byte(bytes, at + 2) << 16) | (pyc_byte(bytes, at + 3) << 24)) >>> 0);
}
function hex(bytes, from, to) {
    let out = '';
    for (let i = from; i < to; i++)
        out += pyc_byte(bytes, i).toString(16).padStart(2, '0');
    return out;
}
function startsWithPrefixOf(bytes, pattern) {
    for (let i = 0; i < Math.min(bytes.length, pattern.length); i++)
        if (bytes[i] !== pattern[i])
            return false;
    return true;
}
const CRLF = 0x0a0d;
/**
 * The table's entry for the number, checked against the two bytes after it; for a CPython
 * number the table does not list, the minor whose reserved span holds it, as a pre-release.
 */
function lookupMagic(magic, trailer) {
    const listed = MAGIC.get(magic);
    if (listed !== undefined)
        return listed.trailer === trailer ? listed : null;
    if (trailer !== CRLF)
        return null;
    for (const [from, to, minor] of PRERELEASE_RANGES) {
        if (magic >= from && magic <= to)
            return { implementation: 'cpython', version: minor, final: false, trailer };
    }
    return null;
}
// CPython changed layouts at magic numbers inside pre-release series (3210 in 3.3a1, 3392 in
// 3.7a4), so for CPython the number decides. PyPy's numbers say nothing about the layout, but
// PyPy follows the CPython version it implements, which its table label gives.
function headerSizeOf(magic, entry) {
    if (entry.implementation === 'cpython') {
        // 1.x and 2.x wrote 8 bytes (their numbers are above 20000 but for 1.3's and 1.4's);
        // 3.x numbers grow by 50 a minor from ~3000.
        if (magic >= 20000 || /^[12]\./.test(entry.version))
            return 8;
        if (magic >= 3392)
            return 16;
        if (magic >= 3210)
            return 12;
        return 8;
    }
    const [, major = '0', minor = '0'] = /^(\d+)(?:\.(\d+))?/.exec(entry.version) ?? [];
    if (Number(major) < 3 || Number(minor) <= 2)
        return 8;
    return Number(minor) <= 6 ? 12 : 16;
}
function lfsPointer(bytes) {
    if (bytes.length < LFS_POINTER.length)
        return null;
    for (let i = 0; i < LFS_POINTER.length; i++)
        if (bytes[i] !== LFS_POINTER.charCodeAt(i))
            return null;
    // Lines are `key value\n`; only a complete `size` line counts (a cut one could be shorter).
    const text = new TextDecoder('latin1').decode(bytes);
    const size = /\nsize (\d{1,15})\n/.exec(text);
    return { status: 'lfs-pointer', size: size === null ? null : Number(size[1]) };
}
function decodeHeader(bytes) {
    const length = bytes.length;
    const pointer = lfsPointer(bytes);
    if (pointer !== null)
        return pointer;
    if (length < 4) {
        // Too few bytes to hold a magic word. What is there may already rule out both a pyc (third
        // byte not CR) and a Java class; then it is not a short bytecode file but something else.
        const couldBePyc = length < 3 || bytes[2] === 0x0d;
        return couldBePyc || startsWithPrefixOf(bytes, JAVA_CLASS)
            ? { status: 'short', length }
            : { status: 'unknown', magic: null };
    }
    if (startsWithPrefixOf(bytes, JAVA_CLASS)) {
        if (length < 8)
            return { status: 'short', length };
        const minor = (pyc_byte(bytes, 4) << 8) | pyc_byte(bytes, 5);
        const major = (pyc_byte(bytes, 6) << 8) | pyc_byte(bytes, 7);
        return { status: 'jython', classVersion: `${major}.${minor}` };
    }
    const magic = pyc_byte(bytes, 0) | (pyc_byte(bytes, 1) << 8);
    const trailer = pyc_byte(bytes, 2) | (pyc_byte(bytes, 3) << 8);
    const entry = lookupMagic(magic, trailer);
    if (entry === null)
        return { status: 'unknown', magic: trailer === CRLF ? magic : null };
    const { implementation, version, final } = entry;
    const headerSize = headerSizeOf(magic, entry);
    if (length < headerSize)
        return { status: 'short', length };
    // Before PEP 552 every pyc is a timestamp pyc; 3.3 added the source size (12 bytes).
    if (headerSize === 8 || headerSize === 12)
        return {
            status: 'pyc',
            magic,
            implementation,
            version,
            final,
            mode: 'timestamp',
            headerSize,
            sourceMtime: u32le(bytes, 4),
            ...(headerSize === 12 ? { sourceSize: u32le(bytes, 8) } : {}),
        };
    // PEP 552: bit 0 says hash-based, bit 1 says check the hash; importlib rejects any other bit,
    // and "unchecked" without "hash-based" (2) means nothing.
    const flags = u32le(bytes, 4);
    const pyc = { status: 'pyc', magic, implementation, version, final, headerSize };
    switch (flags) {
        case 0:
            return { ...pyc, mode: 'timestamp', sourceMtime: u32le(bytes, 8), sourceSize: u32le(bytes, 12) };
        case 1:
            return { ...pyc, mode: 'unchecked-hash', sourceHash: hex(bytes, 8, 16) };
        case 3:
            return { ...pyc, mode: 'checked-hash', sourceHash: hex(bytes, 8, 16) };
        default:
            return { status: 'bad-flags', magic, implementation, version, flags };
    }
}
const NAMES = { cpython: 'CPython', pypy: 'PyPy', graalpy: 'GraalPy' };
function pythonWords(implementation, version, final) {
    // PyPy's dev-branch labels already say so ('3.12-dev').
    const note = final || version.endsWith('-dev') ? '' : ' (pre-release)';
    return `${NAMES[implementation]} ${version}${note}`;
}
/** Human words for a step summary table: python e.g. 'CPython 3.11', 'PyPy 3.9', 'CPython 3.12a1 (pre-release)', 'Jython (class 50.0)', 'unknown (magic 1234)', 'unreadable (4 bytes)'; mode e.g. 'checked-hash', 'timestamp', '—'. */
function describeHeader(header) {
    const none = '—';
    switch (header.status) {
        case 'pyc':
            return { python: pythonWords(header.implementation, header.version, header.final), mode: header.mode };
        case 'bad-flags':
            return {
                python: pythonWords(header.implementation, header.version, lookupMagic(header.magic, CRLF)?.final ?? true),
                mode: `invalid flags (0x${header.flags.toString(16)})`,
            };
        case 'jython':
            return { python: `Jython (class ${header.classVersion})`, mode: none };
        case 'lfs-pointer':
            return {
                python: header.size === null ? 'a Git LFS pointer' : `a Git LFS pointer (${header.size} bytes)`,
                mode: none,
            };
        case 'short':
            return {
                python: header.length === 0
                    ? 'empty (0 bytes)'
                    : `unreadable (${header.length} byte${header.length === 1 ? '' : 's'})`,
                mode: none,
            };
        case 'unknown':
            return {
                python: header.magic === null ? 'unknown (no pyc magic)' : `unknown (magic ${header.magic})`,
                mode: none,
            };
    }
}

;// CONCATENATED MODULE: ./src/pathbytes.ts
// git paths are bytes, not text: a tracked name need not be UTF-8. They travel through the
// action as strings decoded losslessly, the way Python's "surrogateescape" does it: valid UTF-8
// as itself, every other byte 0x80–0xFF as the lone surrogate U+DC80–U+DCFF. Valid UTF-8 never
// decodes to a lone surrogate, so encodePath(decodePath(b)) is b for every byte string, sets and
// comparisons work on the strings, and only the edges (git's stdin, the filesystem, the places a
// name is shown) need to know.

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Bytes from git (or the filesystem) as a lossless string. */
function decodePath(bytes) {
    try {
        return strict.decode(bytes);
    }
    catch {
        return decodeEscaping(bytes);
    }
}
/**
 * decodePath for bytes that are not all UTF-8. NUL is ASCII and never inside a sequence, so the
 * records of a `-z` listing decode on their own: halving at a NUL until a part decodes keeps a
 * single bad name among 300,000 from sending every byte through the slow loop below.
 */
function decodeEscaping(bytes) {
    if (bytes.length > 256) {
        const middle = bytes.indexOf(0, bytes.length >> 1);
        const cut = middle >= 0 ? middle : bytes.lastIndexOf(0, bytes.length >> 1);
        if (cut >= 0)
            return `${decodePath(bytes.subarray(0, cut))}\0${decodePath(bytes.subarray(cut + 1))}`;
    }
    return decodeBytewise(bytes);
}
function decodeBytewise(bytes) {
    let out = '';
    let at = 0;
    while (at < bytes.length) {
        const length = sequenceLength(bytes, at);
        if (length === 0) {
            out += String.fromCharCode(0xdc00 + bytes[at]);
            at += 1;
        }
        else {
            let end = at + length;
            // Runs of valid sequences are decoded together.
            for (let next = sequenceLength(bytes, end); next > 0; next = sequenceLength(bytes, end))
                end += next;
            out += strict.decode(bytes.subarray(at, end));
            at = end;
        }
    }
    return out;
}
/** The length of the well-formed UTF-8 sequence at `at` (Unicode table 3-7), or 0. */
function sequenceLength(bytes, at) {
    const b0 = bytes[at];
    if (b0 === undefined)
        return 0;
    if (b0 < 0x80)
        return 1;
    const cont = (i, lo = 0x80, hi = 0xbf) => {
        const b = bytes[at + i];
        return b !== undefined && b >= lo && b <= hi;
    };
    if (b0 >= 0xc2 && b0 <= 0xdf)
        return cont(1) ? 2 : 0;
    if (b0 === 0xe0)
        return cont(1, 0xa0) && cont(2) ? 3 : 0;
    if (b0 === 0xed)
        return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
    if (b0 >= 0xe1 && b0 <= 0xef)
        return cont(1) && cont(2) ? 3 : 0;
    if (b0 === 0xf0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (b0 >= 0xf1 && b0 <= 0xf3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (b0 === 0xf4)
        return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}
// In `u` mode a class of surrogates matches only unpaired ones.
const LONE_SURROGATE = /[\ud800-\udfff]/u;
/** The byte a lone surrogate stands for, or null when `unit` is not an escaped byte. */
function escapedByte(unit) {
    const code = unit.length === 1 ? unit.charCodeAt(0) : 0;
    return code >= 0xdc80 && code <= 0xdcff ? code - 0xdc00 : null;
}
/** The bytes decodePath read `path` from. */
function encodePath(path) {
    if (!LONE_SURROGATE.test(path))
        return Buffer.from(path, 'utf8');
    const parts = [];
    for (const piece of path.split(/([\ud800-\udfff])/u)) {
        if (piece === '')
            continue;
        const byte = escapedByte(piece);
        parts.push(byte === null ? Buffer.from(piece, 'utf8') : Buffer.of(byte));
    }
    return Buffer.concat(parts);
}
/** Whether `path` holds bytes that are not UTF-8. */
function hasEscapedBytes(path) {
    return LONE_SURROGATE.test(path);
}
/** `root` joined with a '/'-separated relative git path, as the filesystem names it: bytes when it must be. */
function fsPath(root, path) {
    if (!hasEscapedBytes(path))
        return (0,external_node_path_.join)(root, path);
    return Buffer.concat([Buffer.from((0,external_node_path_.join)(root, '.'), 'utf8'), Buffer.from(external_node_path_.sep), encodePath(path)]);
}

;// CONCATENATED MODULE: ./src/paths.ts
// Path rules of the three runner platforms, as pure functions of the platform, so that the
// Windows and macOS behaviour can be tested on a Linux machine: whether one path is inside
// another.

function platformOf(platform) {
    return platform === 'win32' || platform === 'darwin' ? platform : 'linux';
}
// macOS formats volumes as case-insensitive APFS unless asked otherwise (runners included),
// and APFS, like HFS+ before it, treats the NFC and NFD spellings of a name as the same file,
// so `/Users/X/Proj` and `/users/x/proj`, or `é` typed as one or two code points, are one
// directory. Erring towards "the same" is the safe side for the callers: they refuse a prefix
// that may overlap the project. Lowercasing can decompose ('İ' becomes 'i' + U+0307), so the
// composition comes after it.
function foldDarwin(path) {
    return path.toLowerCase().normalize('NFC');
}
/**
 * Whether `child` is `parent` or below it, judged lexically (no symlinks) by the platform's
 * rules: Windows compares case-insensitively, accepts both separators, and never puts one drive
 * or UNC share inside another; macOS ignores case and Unicode normalisation; Linux is exact.
 * Relative paths are resolved against the process's working directory, so pass absolute ones.
 */
function inside(parent, child, platform = process.platform) {
    const on = platformOf(platform);
    // path.win32.relative already compares case-insensitively and returns `child` itself
    // (absolute) when the two are on different drives or shares.
    const path = on === 'win32' ? external_node_path_.win32 : external_node_path_.posix;
    const rel = on === 'darwin' ? external_node_path_.posix.relative(foldDarwin(parent), foldDarwin(child)) : path.relative(parent, child);
    return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

;// CONCATENATED MODULE: ./src/check/allow.ts
// The `allow` globs. A pattern matches a path, or any directory above it, so `tests/fixtures`
// and `tests/fixtures/**` both allow everything below that folder.
//
// Paths come from the index of the commit under check, so whoever opens the pull request
// chooses them, at any length. Matching therefore never backtracks through a RegExp: a glob
// is cut into segments and matched in time proportional to the sizes multiplied (a RegExp for
// `*a*a*b` took minutes on a 10,000-character name). globToRegExp gives the same language as a
// RegExp, for reading and for tests.
// `[a-c]` is a range; a reversed one (`[z-a]`) matches nothing, as in git's wildmatch, instead
// of being a RegExp syntax error.
function classItems(body) {
    const items = [];
    for (let j = 0; j < body.length; j++) {
        const from = body[j] ?? '';
        const to = body[j + 2];
        if (body[j + 1] === '-' && to !== undefined) {
            if (from <= to)
                items.push([from, to]);
            j += 2;
        }
        else {
            items.push([from, from]);
        }
    }
    return items;
}
function tokenize(glob) {
    const pattern = glob.replace(/^\.\//, '').replace(/\/+$/, '');
    const tokens = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i] ?? '';
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                const atStart = i === 0 || pattern[i - 1] === '/';
                const atEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
                if (atStart && atEnd) {
                    tokens.push({ kind: 'globstar' });
                    if (pattern[i + 2] === '/')
                        tokens.push({ kind: 'separator' });
                    i += pattern[i + 2] === '/' ? 2 : 1;
                    continue;
                }
            }
            // Two stars in a row are one: `[^/]*[^/]*` only adds ways to fail slowly.
            if (tokens.at(-1)?.kind !== 'star')
                tokens.push({ kind: 'star' });
        }
        else if (c === '?') {
            tokens.push({ kind: 'any' });
        }
        else if (c === '[') {
            const close = pattern.indexOf(']', i + 2);
            if (close < 0) {
                tokens.push({ kind: 'char', char: '[' });
                continue;
            }
            let body = pattern.slice(i + 1, close);
            const negate = body.startsWith('!') || body.startsWith('^');
            if (negate)
                body = body.slice(1);
            tokens.push({ kind: 'class', negate, items: classItems(body) });
            i = close;
        }
        else if (c === '\\' && i + 1 < pattern.length) {
            const escaped = pattern[++i] ?? '';
            tokens.push(escaped === '/' ? { kind: 'separator' } : { kind: 'char', char: escaped });
        }
        else {
            tokens.push(c === '/' ? { kind: 'separator' } : { kind: 'char', char: c });
        }
    }
    return tokens;
}
/** The tokens between separators; a segment that is only `globstar` stands for any directories. */
function segmentsOf(tokens) {
    const segments = [[]];
    for (const token of tokens) {
        if (token.kind === 'separator')
            segments.push([]);
        else
            segments.at(-1)?.push(token);
    }
    return segments;
}
// A class never matches '/': paths are matched a segment at a time.
function matchesOne(token, char) {
    switch (token.kind) {
        case 'char':
            return token.char === char;
        case 'any':
            return true;
        case 'class':
            return token.items.some(([from, to]) => from <= char && char <= to) !== token.negate;
        default:
            return false;
    }
}
/** One segment of a glob against one path segment: stars backtrack only to the latest star. */
function matchSegment(tokens, text) {
    let t = 0;
    let p = 0;
    let star = -1;
    let starAt = 0;
    while (t < text.length) {
        const token = tokens[p];
        if (token !== undefined && token.kind === 'star') {
            star = p++;
            starAt = t;
        }
        else if (token !== undefined && matchesOne(token, text[t] ?? '')) {
            p++;
            t++;
        }
        else if (star >= 0) {
            p = star + 1;
            t = ++starAt;
        }
        else {
            return false;
        }
    }
    while (tokens[p]?.kind === 'star')
        p++;
    return p === tokens.length;
}
const isGlobstar = (segment) => segment.length === 1 && segment[0]?.kind === 'globstar';
/** A matcher for one glob, in time proportional to glob size times path size. */
function globMatcher(glob) {
    const segments = segmentsOf(tokenize(glob));
    return (path) => {
        const parts = path.split('/');
        const width = parts.length + 1;
        // matched[g * width + s]: glob segments from g on match path segments from s on (and the
        // rest of the path is below what they matched). Filled from the end, without recursion.
        const matched = new Uint8Array((segments.length + 1) * width);
        for (let s = 0; s <= parts.length; s++)
            matched[segments.length * width + s] = 1;
        for (let g = segments.length - 1; g >= 0; g--) {
            const segment = segments[g] ?? [];
            const last = g === segments.length - 1;
            for (let s = parts.length; s >= 0; s--) {
                let ok;
                if (isGlobstar(segment)) {
                    // A trailing `**` is `.*` after a slash: at least one more (possibly empty) segment.
                    ok = last
                        ? s < parts.length
                        : matched[(g + 1) * width + s] === 1 || (s < parts.length && matched[g * width + s + 1] === 1);
                }
                else {
                    ok = s < parts.length && matched[(g + 1) * width + s + 1] === 1 && matchSegment(segment, parts[s] ?? '');
                }
                matched[g * width + s] = ok ? 1 : 0;
            }
        }
        return matched[0] === 1;
    };
}
function escapeRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
/** The same language as globMatcher, as a RegExp (which may backtrack: not for untrusted paths). */
function globToRegExp(glob) {
    const tokens = tokenize(glob);
    let out = '';
    tokens.forEach((token, i) => {
        switch (token.kind) {
            case 'globstar':
                out += i === tokens.length - 1 ? '.*' : '(?:[^/]*/)*';
                break;
            case 'separator':
                // `**/` already holds its slash.
                if (tokens[i - 1]?.kind !== 'globstar')
                    out += '/';
                break;
            case 'star':
                out += '[^/]*';
                break;
            case 'any':
                out += '[^/]';
                break;
            case 'class': {
                const items = token.items
                    .map(([from, to]) => (from === to ? escapeRegExp(from) : `${escapeRegExp(from)}-${escapeRegExp(to)}`))
                    .join('');
                out += items === '' ? (token.negate ? '[^/]' : '[]') : `(?!/)[${token.negate ? '^' : ''}${items}]`;
                break;
            }
            case 'char':
                out += escapeRegExp(token.char);
                break;
        }
    });
    return new RegExp(`^${out}(?:/.*)?$`, 's');
}
/** Returns, for a path, the first allow pattern that matches it, or null. */
function allowMatcher(globs) {
    const compiled = globs.map((glob) => ({ glob, matches: globMatcher(glob) }));
    return (path) => compiled.find(({ matches }) => matches(path))?.glob ?? null;
}

;// CONCATENATED MODULE: ./src/warm/sources.ts
// Which project files the warm step precompiles, and the digest of them that goes into the
// cache key. In a git work tree git already knows every tracked file's content id, and which
// files differ from it; only those (and untracked ones) need reading, so the key of a fresh
// checkout costs two git calls instead of hashing every source.


/** Never project sources: a repository's metadata, and an in-project virtualenv's packages (site-packages scope). */
const NEVER = /(^|\/)(\.git|site-packages|dist-packages)\//;
/**
 * The `sources` input as a test on project-relative paths: `.py` files any positive glob
 * matches (a glob naming a directory takes everything below it) and no `!` glob does.
 */
function sourceFilter(patterns) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const everyPy = include.length === 1 && include[0] === '**/*.py';
    const includes = include.map(globMatcher);
    const excludes = exclude.map(globMatcher);
    return (path) => path.endsWith('.py') &&
        !NEVER.test(path) &&
        (everyPy || includes.some((m) => m(path))) &&
        !excludes.some((m) => m(path));
}
/**
 * git's object id of a blob with these bytes, so a file read from disk gets the id git would
 * give it: a touched but unchanged file, or the same tree outside git, keeps the same digest.
 * `hexLength` 64 is a SHA-256 repository's.
 */
function blobId(bytes, hexLength = 40) {
    return (0,external_node_crypto_.createHash)(hexLength === 64 ? 'sha256' : 'sha1')
        .update(`blob ${bytes.byteLength}\0`)
        .update(bytes)
        .digest('hex');
}
/** One digest of the sources' paths and content ids, independent of the order they came in. */
function sourcesDigest(entries) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const e of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
        hash.update(e.path).update('\0').update(e.id).update('\n');
    return hash.digest('hex');
}
/**
 * The largest source the warm step reads, hashes or compiles. Generated modules reach about
 * 6 MB (cloud SDK message tables); compiling dense source takes about 200 bytes of memory per
 * byte (a 4.9 MB file: 1 GB, 18 s), so a bound keeps a committed giant, or a link to
 * /dev/zero, from taking the runner's memory. Python still compiles such a file if it is
 * ever imported.
 */
const MAX_SOURCE_BYTES = 10 * 1024 * 1024;
const SHOWN_SKIPPED = 5;
/**
 * One warning for every project source left alone, naming a few (the log is read by
 * people, the list is the pull request's to make long). `show` escapes a path for the log.
 */
function skippedWarning(skipped, show, total = skipped.length) {
    const count = Math.max(total, skipped.length);
    if (count === 0)
        return null;
    const shown = skipped.slice(0, SHOWN_SKIPPED).map((s) => `${show(s.path)} (${s.why})`);
    const more = count > shown.length ? `, and ${count - shown.length} more` : '';
    return `${count === 1 ? '1 project source was' : `${count} project sources were`} not precompiled: ${shown.join(', ')}${more}. The warm step never reads a source through a symbolic link or one over ${MAX_SOURCE_BYTES / 1024 / 1024} MiB; Python compiles it if it is imported.`;
}

;// CONCATENATED MODULE: ./src/fs.ts
// The filesystem adapter: reads and writes in a checkout that the pull request controls, so
// none of them goes through a symbolic link or waits on a FIFO, and every read is bounded.
// Node built-ins only: the pre-commit hook bundles it too.








/** The `path` input as an absolute directory inside the workspace, symlinks resolved. */
async function resolveProjectRoot(workspace, path) {
    const outside = `Input 'path' must name a directory inside the workspace (${workspace}), but ${JSON.stringify(path)} is outside it.`;
    const wanted = (0,external_node_path_.resolve)(workspace, path);
    if (!inside(workspace, wanted))
        throw new InputError(outside);
    let real;
    try {
        real = await (0,promises_.realpath)(wanted);
    }
    catch {
        throw new InputError(`Input 'path' is ${JSON.stringify(path)}, which does not exist in the workspace; check out the repository first or fix the path.`);
    }
    if (!inside(await (0,promises_.realpath)(workspace), real))
        throw new InputError(outside);
    if (!(await (0,promises_.stat)(real)).isDirectory())
        throw new InputError(`Input 'path' must name a directory, but ${JSON.stringify(path)} is a file.`);
    return real;
}
/**
 * What is wrong with a `root`-relative directory or any directory above it, as `judge` words
 * it (from the lstat, or the error code when there is none), or null when each really is a
 * directory: no component is a link. One lstat per distinct ancestor, shared by all the files
 * below it (a realpath per directory would walk every component again).
 */
function ancestorProblems(root, judge) {
    const dirs = new Map();
    const problem = (dir) => {
        let answer = dirs.get(dir);
        if (answer === undefined) {
            const slash = dir.lastIndexOf('/');
            answer = slash < 0 ? null : problem(dir.slice(0, slash));
            if (answer === null) {
                try {
                    answer = judge((0,external_node_fs_.lstatSync)(fsPath(root, dir)), '');
                }
                catch (error) {
                    answer = judge(null, error.code ?? 'error');
                }
            }
            dirs.set(dir, answer);
        }
        return answer;
    };
    return problem;
}
/**
 * The first bytes of each file (`root`-relative paths, `root` canonical). A tracked path is
 * read only where it is a regular file inside `root`: never through a symbolic link, whether
 * the link is the file itself or a directory on the way.
 *
 * Synchronous on purpose: four tiny syscalls per file are over long before a round trip
 * through libuv's thread pool would be (3,000 headers: ~40 ms instead of ~160 ms), and
 * nothing else waits on the event loop meanwhile.
 */
async function readHeads(root, paths) {
    const heads = new Map();
    const linked = ancestorProblems(root, (info, code) => info === null
        ? (OPEN_ERRORS[code] ?? `unreadable (${code})`)
        : info.isSymbolicLink()
            ? 'behind a symbolic link to a directory (not followed)'
            : info.isDirectory()
                ? null
                : 'not in the working tree');
    const buffer = Buffer.alloc(HEAD_BYTES);
    for (const path of paths) {
        const slash = path.lastIndexOf('/');
        const problem = slash < 0 ? null : linked(path.slice(0, slash));
        heads.set(path, problem !== null ? { error: problem } : readHead(fsPath(root, path), buffer));
    }
    return heads;
}
// O_NOFOLLOW: a tracked symlink named x.pyc is a link, not bytecode, and its target may be
// anything (outside the repository, a FIFO that blocks forever); open fails with ELOOP
// instead. O_NONBLOCK: a FIFO committed as a plain name is opened without waiting for a writer.
const READ_FLAGS = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK;
const OPEN_ERRORS = {
    ENOENT: 'not in the working tree',
    ENOTDIR: 'not in the working tree',
    EISDIR: 'a directory',
    ELOOP: 'a symbolic link (not followed)',
    ENAMETOOLONG: 'a path too long to open',
};
function readHead(file, buffer) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, READ_FLAGS);
        if (!(0,external_node_fs_.fstatSync)(fd).isFile())
            return { error: 'not a regular file, so it was not read' };
        const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, 0, HEAD_BYTES, 0);
        return Uint8Array.prototype.slice.call(buffer, 0, bytesRead);
    }
    catch (error) {
        const code = error.code ?? 'error';
        return { error: OPEN_ERRORS[code] ?? `unreadable (${code})` };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
// As for bytecode headers: never through a link, never waiting on a FIFO.
const SOURCE_FLAGS = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK;
/**
 * Reads `root`-relative sources the way the helper does: the bytes, null when the file is
 * gone (a deleted tracked file), or why it is left alone. One lstat per distinct directory
 * on the way, shared by all the files below it.
 */
function sourceReader(root) {
    // A sentence for a link on the way, '' for a directory gone (the file is gone too), null when fine.
    const dirProblem = ancestorProblems(root, (info) => info === null ? '' : info.isSymbolicLink() ? 'behind a symbolic link' : info.isDirectory() ? null : '');
    return (path) => {
        const slash = path.lastIndexOf('/');
        const problem = slash < 0 ? null : dirProblem(path.slice(0, slash));
        if (problem === '')
            return null;
        if (problem !== null)
            return { why: problem };
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(fsPath(root, path), SOURCE_FLAGS);
            const info = (0,external_node_fs_.fstatSync)(fd);
            if (!info.isFile())
                return { why: 'not a regular file' };
            if (info.size > MAX_SOURCE_BYTES)
                return { why: `larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB` };
            // One byte more than allowed tells a file that grew since the fstat.
            const data = Buffer.allocUnsafe(info.size + 1);
            let length = 0;
            for (let n = -1; n !== 0 && length < data.length; length += n)
                n = (0,external_node_fs_.readSync)(fd, data, length, data.length - length, null);
            if (length > MAX_SOURCE_BYTES)
                return { why: `larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB` };
            return { data: data.subarray(0, length) };
        }
        catch (error) {
            const code = error.code;
            if (code === 'ELOOP')
                return { why: 'a symbolic link' };
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return null;
            return { why: `unreadable (${code ?? 'error'})` };
        }
        finally {
            if (fd !== undefined)
                (0,external_node_fs_.closeSync)(fd);
        }
    };
}
// O_NOFOLLOW: a committed symbolic link where the report goes is never written through (it
// could point anywhere the runner user may write). O_NONBLOCK: a committed FIFO fails (ENXIO)
// instead of blocking the step until a reader comes.
const WRITE_FLAGS = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK;
/**
 * Writes `data` as JSON to `path` (relative to the workspace), which must stay inside it: the
 * path is checked as written, every directory on the way is checked with lstat (none may be a
 * symbolic link, missing ones are created), and the file itself is opened without following a
 * link. The checkout is the pull request's, so any of these may be a committed link.
 */
async function writeWorkspaceJson(workspace, path, data) {
    const file = (0,external_node_path_.resolve)(workspace, path);
    const shown = JSON.stringify(path);
    if (!inside(workspace, file) || file === (0,external_node_path_.resolve)(workspace)) {
        throw new InputError(`Input 'sarif' must be a file path inside the workspace (${workspace}), but ${shown} is not.`);
    }
    // The workspace itself may be reached through links the runner set up; below it, nothing may be.
    const top = await (0,promises_.realpath)(workspace);
    const parts = (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), file).split(external_node_path_.sep);
    let dir = top;
    for (const part of parts.slice(0, -1)) {
        dir = (0,external_node_path_.join)(dir, part);
        const here = (0,external_node_path_.relative)(top, dir).split(external_node_path_.sep).join('/');
        let info = await lstatOrNull(dir);
        if (info === null) {
            try {
                await (0,promises_.mkdir)(dir);
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            info = await lstatOrNull(dir);
        }
        if (info?.isSymbolicLink())
            throw new InputError(`Input 'sarif' is ${shown}, but ${here} in the workspace is a symbolic link, and the SARIF file is never written through one; choose a path without links.`);
        if (!info?.isDirectory())
            throw new InputError(`Input 'sarif' is ${shown}, but ${here} in the workspace is not a directory; choose another path.`);
    }
    const target = (0,external_node_path_.join)(dir, parts.at(-1));
    if (!inside(top, await (0,promises_.realpath)(dir)))
        throw new InputError(`Input 'sarif' must be a file path inside the workspace (${workspace}), but ${shown} is not.`);
    let handle;
    try {
        handle = await (0,promises_.open)(target, WRITE_FLAGS, 0o644);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            throw new InputError(`Input 'sarif' is ${shown}, which is a symbolic link in the workspace, and the SARIF file is never written through one; choose another path.`);
        if (code === 'EISDIR' || code === 'ENXIO')
            throw new InputError(`Input 'sarif' is ${shown}, which is not a regular file in the workspace; choose another path.`);
        throw error;
    }
    try {
        if (!(await handle.stat()).isFile())
            throw new InputError(`Input 'sarif' is ${shown}, which is not a regular file in the workspace; choose another path.`);
        await handle.writeFile(`${JSON.stringify(data, null, 2)}\n`);
    }
    finally {
        await handle.close();
    }
    return target;
}
async function lstatOrNull(path) {
    try {
        return await (0,promises_.lstat)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return null;
        throw error;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git.ts
// The only module that runs git, and the one place its hardening lives (see hardening()).
// Every call passes -z (or parses raw objects), so no file name is ever split, quoted or
// re-encoded on the way; names travel as lossless strings (pathbytes.ts) and go back to git as
// the bytes they were.
//
// The checkout is hostile input: a pull request controls every file in it. So git never looks
// for a repository by itself. repositoryOf() finds the `.git` of the directory asked about,
// no higher than the workspace, and accepts only the workspace's repository or a submodule it
// records; every call then names that repository with GIT_DIR and GIT_WORK_TREE, so a committed
// `proj/HEAD`, `proj/config`, `proj/objects/` can never be taken for a repository and its
// config (core.fsmonitor, hooks, …) is never read.





class GitMissingError extends Error {
    name = 'GitMissingError';
}
class NotARepositoryError extends Error {
    name = 'NotARepositoryError';
}
/** The directory is in a repository the action must not read: not the workspace's, nor a submodule of it. */
class ForeignRepositoryError extends Error {
    name = 'ForeignRepositoryError';
}
// Keep a user's git configuration from changing what we read: no pager, no prompts,
// no optional locks that could race an earlier step, no quoting of names.
const GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
    LC_ALL: 'C',
    // check-ignore and cat-file --batch flush after every record for interactive callers; we
    // read everything at the end, and per-record flushing costs a write per path (1 s in 350k).
    GIT_FLUSH: '0',
};
// Variables that point git at another repository, index or object store; whatever set them
// (a hook, an earlier step's export), the action names its repository itself.
const REPOSITORY_ENV = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_COMMON_DIR',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_IMPLICIT_WORK_TREE',
    'GIT_GRAFT_FILE',
    'GIT_SHALLOW_FILE',
    'GIT_REPLACE_REF_BASE',
    'GIT_NAMESPACE',
    'GIT_PREFIX',
    'GIT_INTERNAL_SUPER_PREFIX',
    'GIT_CEILING_DIRECTORIES',
    'GIT_DISCOVERY_ACROSS_FILESYSTEM',
    'GIT_LITERAL_PATHSPECS',
    'GIT_GLOB_PATHSPECS',
    'GIT_NOGLOB_PATHSPECS',
    'GIT_ICASE_PATHSPECS',
];
/**
 * The `-c` settings every call carries. Command-line config outranks every file, and git
 * passes it on to the git processes it starts (e.g. for submodules).
 */
function hardening(repo) {
    const settings = [
        // A directory that looks like a bare repository (HEAD, objects/, refs/) is one only when named.
        'safe.bareRepository=explicit',
        // No command from any config runs: fsmonitor hooks, hooks (post-index-change on `rm
        // --cached`, reference-transaction on fetch) ...
        'core.fsmonitor=false',
        'core.hooksPath=/dev/null',
        // ... and the one fetch uses only git's own transports: no ext::, fd:: or remote helpers.
        'protocol.allow=never',
        'protocol.https.allow=always',
        'protocol.ssh.allow=always',
        'protocol.file.allow=always',
        // A fetch must not start a gc or maintenance run in the job.
        'gc.auto=0',
        'maintenance.auto=false',
        'core.quotePath=false',
        // Trust exactly the repository repositoryOf() accepted, as actions/checkout does in
        // containers, where the workspace belongs to another user ("dubious ownership").
        `safe.directory=${repo.top}`,
    ];
    return settings.flatMap((s) => ['-c', s]);
}
class GitTooOldError extends Error {
    name = 'GitTooOldError';
}
/**
 * What the flags this module passes need; a feature's entry names the newest flag it uses.
 * `rev-parse --is-shallow-repository` and GIT_OPTIONAL_LOCKS came in 2.15, after everything
 * else the check and audit use (`ls-files --recurse-submodules` 2.11, `rev-parse
 * --absolute-git-dir` 2.13, `check-ignore --no-index -v -n --stdin -z` 1.8.5). Older gits
 * fail on them with usage errors that would read as our bugs.
 */
const GIT_NEEDS = {
    action: { version: [2, 15, 0], who: 'this action' },
    fix: { version: [2, 26, 0], who: 'fix: true' }, // git rm --pathspec-from-file
};
/** `git version 2.39.3 (Apple Git-145)`, `git version 2.45.1.windows.1` -> numbers; null when unrecognised. */
function parseGitVersion(text) {
    const m = /^git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
    return m === null ? null : [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}
/** The one-sentence failure when `found` is older than `need`, else null. */
function gitTooOld(found, need) {
    const version = parseGitVersion(found);
    // A git that names its version differently is given the benefit of the doubt.
    if (version === null)
        return null;
    const [a, b, c] = version;
    const [x, y, z] = need.version;
    if (a !== x ? a > x : b !== y ? b > y : c >= z)
        return null;
    const shown = found.trim().replace(/^git version /, '');
    return `git ${shown} is too old for ${need.who}, which needs git ${x}.${y} or later; install a newer git before this step.`;
}
let versionText = null;
/** `git --version`, asked once per process. */
function gitVersion() {
    versionText ??= spawnGit(process.cwd(), ['--version'], null).then((r) => r.stdout.toString('utf8'));
    return versionText;
}
/** Throws GitTooOldError when the installed git lacks what `need` uses. */
async function requireGit(need) {
    const problem = gitTooOld(await gitVersion(), need);
    if (problem !== null)
        throw new GitTooOldError(problem);
}
// The workspace: no repository is looked for above it. Null (library use, unit tests): the
// nearest `.git` above a directory is its repository, as git itself would find it.
let boundary = null;
const repositories = new Map();
/**
 * Confines every later call to repositories at or below `workspace`: the workspace's own
 * repository (the outermost one there) and the submodules it records.
 */
async function confine(workspace) {
    boundary = await canonical(workspace);
    repositories.clear();
    whereCache.clear();
}
async function canonical(path) {
    try {
        return await (0,promises_.realpath)(path);
    }
    catch {
        return (0,external_node_path_.resolve)(path);
    }
}
async function hasDotGit(dir) {
    try {
        const info = await (0,promises_.stat)((0,external_node_path_.join)(dir, '.git'));
        return info.isDirectory() || info.isFile();
    }
    catch {
        return false;
    }
}
/**
 * The repository that holds `dir`, or null when no `.git` is found between `dir` and the
 * workspace (inclusive): the one case that is really "not a repository". Walking up ourselves,
 * rather than letting git discover, means only a `.git` makes a repository: never a bare-looking
 * directory a pull request committed, never a repository above the workspace. A repository
 * nested inside the workspace's must be a submodule it records (each level in turn).
 */
function repositoryOf(dir) {
    let answer = repositories.get(dir);
    if (answer === undefined) {
        answer = (async () => {
            const start = await canonical(dir);
            if (boundary !== null && !inside(boundary, start))
                return null;
            // Innermost first.
            const tops = [];
            for (let at = start;; at = (0,external_node_path_.dirname)(at)) {
                if (await hasDotGit(at)) {
                    tops.push(at);
                    if (boundary === null)
                        break;
                }
                if (at === boundary || (0,external_node_path_.dirname)(at) === at)
                    break;
            }
            const [inner] = tops;
            if (inner === undefined)
                return null;
            for (let i = tops.length - 1; i > 0; i--)
                await requireSubmodule(tops[i], tops[i - 1]);
            return { top: inner, dotGit: (0,external_node_path_.join)(inner, '.git') };
        })();
        repositories.set(dir, answer);
    }
    return answer;
}
/** Throws ForeignRepositoryError unless the repository at `outer` records `inner` as a submodule. */
async function requireSubmodule(outer, inner) {
    const link = (0,external_node_path_.relative)(outer, inner).split('\\').join('/');
    const repo = { top: outer, dotGit: (0,external_node_path_.join)(outer, '.git') };
    const result = await spawnGit(outer, ['ls-files', '-z', '--stage', '--', link], repo);
    let recorded = false;
    eachStageEntry(decodePath(result.stdout), (path, mode) => {
        if (path === link && mode === '160000')
            recorded = true;
    });
    if (!recorded) {
        throw new ForeignRepositoryError(`${inner} is a git repository of its own inside ${outer}, the workspace's repository, which does not record it as a submodule; the action checks only the repository checked out in the workspace and its submodules, so point 'path' at one of those.`);
    }
}
/** Runs git in `dir`, in the repository that holds it; NotARepositoryError when none does. */
async function runGit(dir, args, input) {
    await requireGit(GIT_NEEDS.action);
    const repo = await repositoryOf(dir);
    if (repo === null)
        throw new NotARepositoryError(`${dir} is not a git repository (no .git in it or above it${boundary === null ? '' : ' within the workspace'}).`);
    return spawnGit(dir, args, repo, input);
}
/** Where each git command and its time go: nowhere, unless the step asks (core.debug). */
let debugLog = () => { };
/** Sends a line per git command (its first words, exit code, time) to `log`, for people debugging a run. */
function logGitCommands(log) {
    debugLog = log;
}
function spawnGit(cwd, args, repo, input) {
    const env = { ...process.env, ...GIT_ENV };
    for (const name of REPOSITORY_ENV)
        delete env[name];
    if (repo !== null) {
        env.GIT_DIR = repo.dotGit;
        env.GIT_WORK_TREE = repo.top;
        // Belt and braces: were anything to look for a repository after all, not above this one.
        env.GIT_CEILING_DIRECTORIES = (0,external_node_path_.dirname)(repo.top);
    }
    // Every path handed to git is a name, never pathspec magic (`:(top)x.pyc`, `:!x`, `*`).
    // check-ignore refuses the literal flag, so checkIgnore() neutralises magic itself.
    // Only `git --version` runs without a repository, and it reads none.
    const hardened = repo === null ? [] : [...hardening(repo), ...(args[0] === 'check-ignore' ? [] : ['--literal-pathspecs'])];
    const started = Date.now();
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', [...hardened, ...args], {
            cwd,
            env,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => {
            if (error.code === 'ENOENT') {
                reject(new GitMissingError('git is not installed or not on PATH; install git before this step.'));
            }
            else {
                reject(error);
            }
        });
        child.on('close', (code) => {
            // The command's own words only: paths come from the checkout, and many of them.
            const end = args.indexOf('--');
            const words = (end < 0 ? args : args.slice(0, end)).filter((a) => /^-{0,2}[a-z][a-z-]*(=[^/]*)?$/.test(a));
            debugLog(`git ${words.slice(0, 8).join(' ')}: exit ${code ?? 'signal'} in ${Date.now() - started} ms`);
            resolvePromise({
                code: code ?? 128,
                stdout: Buffer.concat(out),
                stderr: Buffer.concat(err).toString('utf8').trim(),
            });
        });
        // A child that exits before reading all of stdin must not crash us with EPIPE.
        child.stdin.on('error', () => undefined);
        child.stdin.end(input ?? '');
    });
}
async function gitOk(cwd, args, input) {
    const result = await runGit(cwd, args, input);
    if (result.code !== 0) {
        throw new Error(`git ${args[0] ?? ''} failed in ${cwd}: ${result.stderr || `exit code ${result.code}`}`);
    }
    return result.stdout;
}
function splitNul(buffer) {
    const text = decodePath(buffer);
    if (text === '')
        return [];
    const parts = text.split('\0');
    if (parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/** Paths for a `-z`/`--pathspec-file-nul` stdin, as the bytes git gave them. */
function nulInput(paths, prefix = '') {
    const parts = [];
    const nul = Buffer.of(0);
    for (const path of paths)
        parts.push(encodePath(`${prefix}${path}`), nul);
    return Buffer.concat(parts);
}
// Where a directory sits in its repository cannot change while the step runs, and the check,
// the audit and the fix all ask: one rev-parse per directory instead of one per question.
const whereCache = new Map();
/**
 * Null only when no repository holds `dir`. Any other failure (a repository git cannot read)
 * throws: taking it for "not a repository" would scan the disk and report untracked files.
 */
function where(dir) {
    let answer = whereCache.get(dir);
    if (answer === undefined) {
        answer = (async () => {
            if ((await repositoryOf(dir)) === null)
                return null;
            const result = await runGit(dir, ['rev-parse', '--show-toplevel', '--show-prefix', '--absolute-git-dir']);
            if (result.code !== 0)
                throw new Error(`git cannot read the repository that holds ${dir}: ${firstLine(result.stderr) || `exit code ${result.code}`}`);
            const lines = decodePath(result.stdout).split('\n');
            if (lines.length === 4 && lines[3] === '')
                return { top: lines[0] ?? '', prefix: lines[1] ?? '', gitDir: lines[2] ?? '' };
            // A name with a line break in it: ask one question at a time, each answer whole.
            const one = async (flag) => decodePath(await gitOk(dir, ['rev-parse', flag])).replace(/\n$/, '');
            return {
                top: await one('--show-toplevel'),
                prefix: await one('--show-prefix'),
                gitDir: await one('--absolute-git-dir'),
            };
        })();
        whereCache.set(dir, answer);
    }
    return answer;
}
function firstLine(text) {
    return (text.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 300);
}
/** The work tree's top directory, or null when `dir` is not inside a git work tree. */
async function workTreeTop(dir) {
    return (await where(dir))?.top ?? null;
}
async function whereOrThrow(dir) {
    const found = await where(dir);
    if (found === null)
        throw new NotARepositoryError(`${dir} is not a git repository.`);
    return found;
}
async function isShallow(dir) {
    const out = await gitOk(dir, ['rev-parse', '--is-shallow-repository']);
    return out.toString('utf8').trim() === 'true';
}
/** Paths in git's index below `dir`, relative to `dir`. */
async function listTracked(dir) {
    return splitNul(await gitOk(dir, ['ls-files', '-z']));
}
/**
 * Like listTracked, plus the files of every checked-out submodule below `dir` (as
 * `sub/path`). Only plain `--cached` listing combines with --recurse-submodules in every git
 * that has it, so gitlinks come from listIndex() separately.
 *
 * git reads .gitmodules (content the change controls) to recurse, and dies on a value it
 * refuses, such as `update = !command`: then `problem` says why, and `paths` is null.
 */
async function listTrackedWithSubmodules(dir) {
    const result = await runGit(dir, ['ls-files', '-z', '--recurse-submodules']);
    if (result.code !== 0)
        return { paths: null, problem: firstLine(result.stderr) || `exit code ${result.code}` };
    return { paths: splitNul(result.stdout) };
}
function parseGitlinks(fields, at) {
    const links = [];
    for (const field of fields) {
        const entry = at(field);
        if (entry !== null && entry.mode === '160000')
            links.push({ path: entry.path, commit: entry.sha });
    }
    return links;
}
/**
 * Calls `entry` for each record of `ls-files -z --stage` (`<mode> <id> <stage>\t<path>\0`),
 * read by offsets: a regex and an object per record cost more than git takes to list 100k
 * files.
 */
function eachStageEntry(text, entry) {
    for (let at = 0; at < text.length;) {
        const tab = text.indexOf('\t', at);
        if (tab < 0)
            break;
        let end = text.indexOf('\0', tab);
        if (end < 0)
            end = text.length;
        entry(text.slice(tab + 1, end), text.slice(at, at + 6), text[tab - 1] === '0', text.slice(at + 7, text.indexOf(' ', at + 7)));
        at = end + 1;
    }
}
/**
 * listTracked and the submodules the index records below `dir` (with the commits it pins them
 * at), from one `ls-files --stage`, so a repository without submodules costs no extra call.
 */
async function listIndex(dir) {
    const paths = [];
    const gitlinks = [];
    let unmerged = false;
    eachStageEntry(decodePath(await gitOk(dir, ['ls-files', '-z', '--stage'])), (path, mode, merged, id) => {
        paths.push(path);
        if (!merged)
            unmerged = true;
        if (mode === '160000')
            gitlinks.push({ path, commit: id });
    });
    // An unmerged path has an entry per stage; plain ls-files names it once.
    return { paths: unmerged ? [...new Set(paths)] : paths, gitlinks };
}
/**
 * Every file below `dir` that a checkout holds or a build added, with git's content id where
 * git vouches for it: `diff-files` compares each entry's stat data (and, for racily clean
 * entries, its content), so an entry it does not name still has the blob's bytes.
 */
/**
 * `indexOnly` lists the index alone, each tracked file with the content id the index holds:
 * no untracked files, and no question to git of which files differ from the index. Right
 * after a checkout every file is "racily clean" (written in the same second as the index),
 * so git re-hashes them all to answer it: 150 ms for sympy's 1,500 files, and the untracked
 * walk reads a .gitignore in every directory.
 */
async function listWorkTreeFiles(dir, { indexOnly = false } = {}) {
    const none = Promise.resolve(Buffer.alloc(0));
    const [stage, diff, others] = await Promise.all([
        gitOk(dir, ['ls-files', '-z', '--stage']),
        // --ignore-submodules: gitlinks are skipped below anyway, and without it git reads
        // .gitmodules and dies on a value it refuses (`update = !command`).
        indexOnly
            ? none
            : gitOk(dir, [
                'diff-files',
                '-z',
                '--name-only',
                '--relative',
                '--no-ext-diff',
                '--no-textconv',
                '--ignore-submodules=all',
            ]),
        indexOnly ? none : gitOk(dir, ['ls-files', '-z', '--others', '--exclude-standard']),
    ]);
    const dirty = new Set(splitNul(diff));
    const clean = new Map();
    const changed = new Set();
    eachStageEntry(decodePath(stage), (path, mode, merged, id) => {
        // A submodule holds another repository's files.
        if (mode === '160000')
            return;
        if ((mode === '100644' || mode === '100755') && merged && !dirty.has(path))
            clean.set(path, id);
        else
            changed.add(path);
    });
    for (const path of changed)
        if (clean.has(path))
            changed.delete(path);
    return { clean, changed: [...changed], untracked: splitNul(others) };
}
/** The submodules `commit` records at `paths` (relative to `dir`); absent ones are left out. */
async function gitlinksAt(dir, commit, paths) {
    if (paths.length === 0)
        return [];
    // `<mode> commit <sha>\t<path>`; a submodule named `*` is just a name (--literal-pathspecs).
    const out = await gitOk(dir, ['ls-tree', '-z', commit, '--', ...paths]);
    return parseGitlinks(splitNul(out), (f) => {
        const m = /^(\d+) \w+ ([0-9a-f]+)\t([\s\S]*)$/.exec(f);
        return m === null ? null : { mode: m[1] ?? '', sha: m[2] ?? '', path: m[3] ?? '' };
    });
}
/** `dir` relative to the work tree top, with a trailing slash ('' at the top). */
async function prefixOf(dir) {
    return (await whereOrThrow(dir)).prefix;
}
/**
 * Parent SHAs recorded in a commit object. Read from the raw object because a shallow
 * clone grafts parents away from `git log`, but the object still names them.
 */
async function commitParents(dir, rev) {
    const result = await runGit(dir, ['cat-file', 'commit', rev]);
    if (result.code !== 0)
        return null;
    const parents = [];
    for (const line of result.stdout.toString('utf8').split('\n')) {
        if (line === '')
            break;
        if (line.startsWith('parent '))
            parents.push(line.slice('parent '.length).trim());
    }
    return parents;
}
async function hasCommit(dir, sha) {
    return (await runGit(dir, ['cat-file', '-e', `${sha}^{commit}`])).code === 0;
}
/**
 * One attempt to bring a single commit into a shallow clone: from origin as the job configured
 * it (actions/checkout's token in http.extraheader, an ssh key in core.sshCommand), over https,
 * ssh or file only, without hooks, submodules or tags.
 */
async function fetchCommit(dir, sha) {
    const result = await runGit(dir, [
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-recurse-submodules',
        '--depth=1',
        'origin',
        sha,
    ]);
    return result.code === 0 && (await hasCommit(dir, sha));
}
/**
 * Paths below `dir` (relative to it) that the index has and `base` has not, or has with other
 * content: what the change adds or rewrites, whatever the history between them. Compared by
 * blob id, so changed bytes of an already committed file count.
 */
async function changedSince(dir, base) {
    return changedIn(dir, base);
}
/**
 * changedSince inside a submodule checkout: null when `base` (the commit the superproject's
 * base pinned) is not in the submodule's clone, as after a shallow submodule update.
 */
async function changedSinceInSubmodule(subdir, base) {
    if (!(await hasCommit(subdir, base)))
        return null;
    return changedIn(subdir, base);
}
async function changedIn(dir, base) {
    // `<status>\0<path>\0` per entry; T is a type change (a link became a file, or back).
    const out = await gitOk(dir, [
        'diff',
        '--cached',
        '--no-renames',
        '--no-ext-diff',
        '--no-textconv',
        '--ignore-submodules=all',
        '--diff-filter=AMT',
        '--name-status',
        '-z',
        '--relative',
        base,
        '--',
        '.',
    ]);
    const fields = splitNul(out);
    const added = [];
    const modified = [];
    for (let i = 0; i + 1 < fields.length; i += 2)
        (fields[i] === 'A' ? added : modified).push(fields[i + 1] ?? '');
    return { added, modified };
}
/**
 * Asks git, in one batched call, which rule decides each path (`--no-index`: tracked or not,
 * as if the file were new). Paths are relative to `dir`.
 */
async function checkIgnore(dir, paths) {
    if (paths.length === 0)
        return [];
    // Without -n only decided paths come back (negations included): an undecided path is
    // simply absent, and the answer stays small when the rules are missing everywhere.
    const args = ['check-ignore', '--stdin', '-z', '-v', '--no-index'];
    let result = await runGit(dir, args, ignoreInput(paths));
    // git dies on the whole batch ("is beyond a symbolic link") for a path under a directory
    // that is a link in the work tree, e.g. a __pycache__ committed as a link or one an earlier
    // step replaced with a link. Nothing there can be added to the index, so no rule decides it:
    // such paths are left out, as unmatched. Looking for links only after that failure keeps
    // an lstat per directory off the common path.
    if (result.code > 1 && /beyond a symbolic link/.test(result.stderr)) {
        const asked = await notBeyondLinks(dir, paths);
        if (asked.length === 0)
            return [];
        result = await runGit(dir, args, ignoreInput(asked));
    }
    // 0: some path ignored, 1: none ignored; anything else is a real failure.
    if (result.code !== 0 && result.code !== 1) {
        throw new Error(`git check-ignore failed in ${dir}: ${result.stderr || `exit code ${result.code}`}`);
    }
    const fields = splitNul(result.stdout);
    const matches = [];
    for (let i = 0; i + 3 < fields.length; i += 4) {
        matches.push({
            source: fields[i] ?? '',
            line: Number(fields[i + 1] || 0),
            pattern: fields[i + 2] ?? '',
            path: unmagic(fields[i + 3] ?? ''),
        });
    }
    return matches;
}
// check-ignore refuses --literal-pathspecs, and reads a name that starts with ':' as pathspec
// magic: `:(glob)x` dies, `:/x.pyc` and `:(top)x.pyc` name a file at the top. git parses magic
// only at the very start, so `./` in front keeps the name a name; it comes back as sent, and a
// path git lists never starts with `./`, so stripping it again is exact.
function ignoreInput(paths) {
    return nulInput(paths.map((p) => (p.startsWith(':') ? `./${p}` : p)));
}
function unmagic(path) {
    return path.startsWith('./') ? path.slice(2) : path;
}
/** The paths (relative to `dir`, '/'-separated) none of whose leading directories is a symbolic link. */
async function notBeyondLinks(dir, paths) {
    const linked = new Map();
    const isLink = (prefix) => {
        let answer = linked.get(prefix);
        if (answer === undefined) {
            answer = (0,promises_.lstat)(fsPath(dir, prefix)).then((s) => s.isSymbolicLink(), () => false);
            linked.set(prefix, answer);
        }
        return answer;
    };
    const kept = [];
    for (const path of paths) {
        let beyond = false;
        for (let at = path.indexOf('/'); at > 0 && !beyond; at = path.indexOf('/', at + 1))
            beyond = await isLink(path.slice(0, at));
        if (!beyond)
            kept.push(path);
    }
    return kept;
}
async function gitDir(dir) {
    return (await whereOrThrow(dir)).gitDir;
}
/** The user's global excludes file as git resolves it, or null when none is set. */
async function excludesFile(dir) {
    const result = await runGit(dir, ['config', '--path', '--get', 'core.excludesFile']);
    return result.code === 0 ? result.stdout.toString('utf8').trim() || null : null;
}
/** Untracks paths (relative to `dir`), keeping them on disk. */
async function removeCached(dir, paths) {
    if (paths.length === 0)
        return;
    await requireGit(GIT_NEEDS.fix);
    // From the top with prefixed paths: run in a subdirectory, `git rm --pathspec-from-file`
    // counts that directory as a pathspec argument and refuses to start (git 2.39).
    const [top, prefix] = await Promise.all([workTreeTop(dir), prefixOf(dir)]);
    if (top === null)
        throw new Error(`${dir} is not in a git work tree.`);
    // The names as the bytes git listed, NUL-separated (no quoting) and literal (no magic).
    await gitOk(top, ['rm', '-r', '--cached', '--quiet', '--ignore-unmatch', '--pathspec-from-file=-', '--pathspec-file-nul'], nulInput(paths, prefix));
}

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

;// CONCATENATED MODULE: ./src/report/text.ts
// Making untrusted file names safe in each place they are shown. A name may hold newlines,
// `::`, `%`, HTML or Markdown: none of it may become a workflow command or markup.

// C0 controls, DEL, C1 controls and the Unicode line/paragraph separators; and (in `u` mode,
// unpaired only) the lone surrogates that stand for bytes of a name that is not UTF-8.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]/u;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/**
 * The name as is when it is printable, else a JSON-quoted form with escapes (like git's
 * quoting), each byte that is not UTF-8 as `\xHH`.
 */
function showPath(path) {
    if (!UNSAFE.test(path))
        return path;
    // JSON.stringify leaves DEL, C1 controls and U+2028/9 raw; escape every unsafe character.
    const quoted = path.split(/([\ud800-\udfff])/u).map((piece, i) => {
        if (i % 2 === 0)
            return JSON.stringify(piece)
                .slice(1, -1)
                .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        const byte = escapedByte(piece);
        return byte === null ? `\\u${piece.charCodeAt(0).toString(16)}` : `\\x${byte.toString(16)}`;
    });
    return `"${quoted.join('')}"`;
}
// Summary text only ever sits inside HTML blocks, where GitHub reads no Markdown: HTML's own
// metacharacters are all that can change meaning there.
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** HTML for a path: quoted when unprintable, then escaped; never a raw newline. */
function htmlPath(path) {
    return `<code>${escapeHtml(showPath(path))}</code>`;
}
/** A POSIX shell word for the path: single quotes, or $'…' when it holds control characters. */
function shellQuote(path) {
    if (/^[A-Za-z0-9_./@%+=:,-]+$/.test(path))
        return path;
    if (!UNSAFE.test(path))
        return `'${path.replace(/'/g, `'\\''`)}'`;
    let out = "$'";
    for (const ch of path) {
        if (ch === "'" || ch === '\\')
            out += `\\${ch}`;
        // The UTF-8 bytes git stores, one \xHH each: `\x85` alone is the byte 0x85, not U+0085, and
        // bash prints `\u2028` literally when the locale is not UTF-8 (LC_ALL=C).
        else if (escapedByte(ch) !== null)
            out += `\\x${escapedByte(ch).toString(16)}`;
        else if (UNSAFE.test(ch))
            for (const b of Buffer.from(ch, 'utf8'))
                out += `\\x${b.toString(16).padStart(2, '0')}`;
        else
            out += ch;
    }
    return `${out}'`;
}
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}

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
    const shown = names.map(showPath);
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
    const heads = await readHeads(root, readable);
    const headers = new Map();
    for (const [path, head] of heads)
        headers.set(path, head instanceof Uint8Array ? decodeHeader(head) : head);
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
    const pinned = new Map((await gitlinksAt(root, base, present)).map((l) => [l.path, l.commit]));
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
        const inSub = await changedSinceInSubmodule((0,external_node_path_.join)(root, link), before);
        if (inSub === null) {
            added.push(...files);
            notes.push(`The commit ${before.slice(0, 12)} that the base pins submodule ${showPath(link)} at is not in its clone, so all of its bytecode counts as added; fetch the submodule with more history for exact blame.`);
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
    const base = baseCommit(change, await commitParents(root, 'HEAD'));
    if (base === null)
        return { added: 'all', modified: new Set(), change, notes: [], warnings: [] };
    if (!(await hasCommit(root, base)) && !(await fetchCommit(root, base))) {
        const shallow = await isShallow(root);
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
        changedSince(root, base),
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
    const allow = allowMatcher(inputs.allow);
    // Before anything is read or written, so an old git cannot leave a half-applied fix.
    if (inputs.fix)
        await requireGit(GIT_NEEDS.fix);
    const top = await workTreeTop(root);
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
    const { paths: tracked, gitlinks } = await listIndex(root);
    const listed = gitlinks.length === 0 ? { paths: tracked } : await listTrackedWithSubmodules(root);
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
    const [repoPrefix, audit] = await Promise.all([prefixOf(root), ctx.audit === null ? null : ctx.audit(tracked)]);
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

;// CONCATENATED MODULE: ./src/ignore/run.ts
// The ignore-rule audit and fix against a real repository: gathers git's answers through
// git.ts, leaves every judgement to audit.ts and fix.ts.











function toPosix(path) {
    return path.split(external_node_path_.sep).join('/');
}
async function run_canonical(path) {
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
    const gitDirReal = await run_canonical(own);
    const known = new Map();
    for (const file of infoFiles) {
        const real = await run_canonical(file);
        known.set(real, inside(top, real) ? toPosix((0,external_node_path_.relative)(top, real)) : real);
    }
    known.set(await run_canonical((0,external_node_path_.resolve)(top, global)), `core.excludesFile (${global})`);
    const normalised = new Map();
    const excludeSources = new Map();
    for (const source of new Set(matches.map((m) => m.source))) {
        if (source === '')
            continue;
        const path = (0,external_node_path_.resolve)(top, source);
        // Per-directory files always come back relative, so an absolute `~/.gitignore` is the
        // global file even in a repository whose top is the home directory.
        const inTree = !(0,external_node_path_.isAbsolute)(source) && (0,external_node_path_.basename)(path) === '.gitignore' && inside(top, path) && !inside(gitDirReal, path);
        if (inTree) {
            normalised.set(source, toPosix((0,external_node_path_.relative)(top, path)));
        }
        else {
            const real = await run_canonical(path);
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
    const [own, configured] = await Promise.all([gitDir(dir), excludesFile(dir)]);
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
        const texts = await Promise.all(gitignores.map((d) => readRules(fsPath(top, d === '' ? '.gitignore' : `${d}/.gitignore`))));
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
    const dir = await run_canonical(root);
    const topPath = await workTreeTop(dir);
    if (topPath === null)
        throw new Error(`The ignore-rule audit needs a git work tree, and ${dir} is not in one.`);
    const top = await run_canonical(topPath);
    const [prefix, files] = await Promise.all([prefixOf(dir), ruleFiles(dir)]);
    const { probes, witnesses } = await projectProbes(top, prefix, tracked, files);
    const trackedBytecode = tracked.filter((p) => classify(p) !== null);
    const paths = [...new Set([...probes.map((p) => p.path), ...trackedBytecode, ...witnesses])];
    const [raw, hasGitignore] = await Promise.all([checkIgnore(dir, paths), isFile((0,external_node_path_.join)(dir, '.gitignore'))]);
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
    const dir = await run_canonical(root);
    const file = (0,external_node_path_.join)(dir, '.gitignore');
    const shown = `${audit.prefix}.gitignore`;
    const patterns = audit.missing.map((m) => m.pattern);
    const existing = await readOwnGitignore(file);
    const next = appendRules(existing, patterns);
    const wanted = committedBytecode.filter((p) => isProjectPath(p) && classify(p) !== null);
    let untracking = [];
    if (wanted.length > 0) {
        const index = new Set(await listTracked(dir));
        untracking = [...new Set(wanted.filter((p) => index.has(p)))].sort();
    }
    const nothing = { gitignore: null, untracked: [] };
    if (next !== null) {
        const denied = await writable(existing === null ? dir : file);
        if (denied !== null)
            throw new FixError(`The fix could not write ${shown} (${plainReason(denied)}), so it changed nothing; make the working tree writable before this step, or ${BY_HAND}.`, nothing);
    }
    if (untracking.length > 0) {
        const gitDirectory = await gitDir(dir);
        const denied = await writable(gitDirectory);
        if (denied !== null)
            throw new FixError(`The fix could not update the git index in ${gitDirectory} (${plainReason(denied)}), so it changed nothing; make the repository writable before this step, or ${BY_HAND}.`, nothing);
        try {
            await removeCached(dir, untracking);
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
        return ` It is a sourceless .pyc: Python imports it in place of the missing ${showPath(ctx.repoPath(f.source ?? ''))}, so code that no longer exists can still run.`;
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
            message: `${showPath(ctx.repoPath(first.path))} is ${added > 0 && !disk ? `${modified > 0 ? 'modified' : 'added'} by ${ctx.changeName}` : tracked} but is bytecode.${fileNote(first, ctx)} ${untrack}`,
        };
    }
    const dir = dirOf(ctx.repoPath(first.path));
    const shown = group.slice(0, 5).map((f) => showPath(baseName(f.path)));
    const more = group.length > shown.length ? `, and ${group.length - shown.length} more` : '';
    const addedText = added === 0 ? '' : ` (${changeCounts(added - modified, modified, group.length)} by ${ctx.changeName})`;
    const sourceless = group.filter((f) => f.sourceless).length;
    const sourcelessText = sourceless > 0
        ? ` ${plural(sourceless, 'is a sourceless .pyc', 'are sourceless .pyc files')} that Python imports in place of missing sources.`
        : '';
    return {
        level,
        title,
        file: ctx.repoPath(first.path),
        message: `${plural(group.length, 'bytecode file')} ${tracked} in ${showPath(dir === '' ? '.' : `${dir}/`)}${addedText}: ${shown.join(', ')}${more}.${sourcelessText} ${untrack}`,
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
            message: `${plural(restFiles, 'more bytecode file')} in ${plural(rest.length, 'more directory', 'more directories')}, starting with ${showPath(ctx.repoPath(first.path))}. The step summary lists them.`,
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
    const shown = dirs.slice(0, DIRS_SHOWN).map((d) => showPath(repoDir(audit, d)));
    return dirs.length > DIRS_SHOWN ? `${shown.join(', ')} and ${dirs.length - DIRS_SHOWN} more` : shown.join(', ');
}
function shownPattern(pattern) {
    return showPath(pattern.length > PATTERN_SHOWN ? `${pattern.slice(0, PATTERN_SHOWN)}…` : pattern);
}
function missingMessage(rule, audit, ctx) {
    const target = fixTarget(audit);
    const only = rule.foundOnlyIn.length > 0
        ? ` Only ${rule.foundOnlyIn.slice(0, 3).map(showPath).join(' and ')} ignore${rule.foundOnlyIn.length === 1 ? 's' : ''} it, and other clones do not share that.`
        : '';
    const recommended = RECOMMENDED.get(rule.pattern);
    const why = missingLevel(rule, ctx) === 'notice' && recommended !== undefined
        ? ` Nothing here tracks ${recommended.what}, so this is a recommendation: ignore-rules: ${ctx.level} fails only for rules that keep out CPython's and PyPy's bytecode (ignore-rules: strict fails for this one too).`
        : '';
    return `The repository's ignore rules do not ignore ${rule.pattern} in ${plural(rule.dirs.length, 'directory', 'directories')} (${dirList(audit, rule.dirs)}).${only}${why} Add the line ${rule.pattern} to ${showPath(target)}.`;
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
    return `${shownPattern(n.pattern)} on line ${n.line} of ${showPath(n.file)} re-includes ${negationTargets(n, audit, ctx, showPath)}. Remove it, or list the files in the allow input if they must be committed.`;
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
        parts.push(`${plural(negations.length, 'negation re-includes', 'negations re-include')} bytecode`);
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
            ...(failing > 0 ? [`${plural(failing, 'rule is', 'rules are')} missing`] : []),
            ...(negations.length > 0
                ? [`${plural(negations.length, 'negation re-includes', 'negations re-include')} bytecode`]
                : []),
            ...(recommended > 0 ? [`${plural(recommended, 'rule is', 'rules are')} recommended`] : []),
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
                    ? [`only in ${m.foundOnlyIn.slice(0, 3).map(htmlPath).join(', ')} (not shared with other clones)`]
                    : []),
            ].join('; ');
            return `<tr><td><code>${escapeHtml(m.pattern)}</code></td><td>${escapeHtml(dirList(audit, m.dirs))}</td><td>${note}</td></tr>`;
        });
        parts.push(`<table><thead><tr><th>Missing rule</th><th>Directories left exposed</th><th>Note</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
        // Also after a fix that could not write the .gitignore: the rules are still for the user to add.
        if (!fixWrote) {
            parts.push(`<p>Add to ${htmlPath(target)} (or run with <code>fix: true</code>):</p>`);
            parts.push(`<pre lang="gitignore"><code>${escapeHtml(gitignoreBlock(audit.missing.map((m) => m.pattern)))}</code></pre>`);
        }
    }
    if (negations.length > 0) {
        const items = boundedItems(negations, (n) => `<li>${htmlPath(n.file)} line ${n.line}: <code>${escapeHtml(shownPattern(n.pattern))}</code> re-includes ${negationTargets(n, audit, ctx, (p) => htmlPath(p))}</li>`, IGNORE_SECTION_BUDGET, (count) => `<li>… and ${plural(count, 'more negation')} (set the <code>sarif</code> input to get every finding in a file)</li>`);
        parts.push(`<ul>${items.join('')}</ul>`);
    }
    const committed = audit.committedIgnored.size;
    if (committed > 0)
        parts.push(`<p>ℹ️ The rules ignore ${plural(committed, 'tracked bytecode file', 'tracked bytecode files')}, but ignore rules never untrack files; <code>git rm --cached</code> does.</p>`);
    return `${parts.join('\n')}\n`;
}
/** Why the audit did not run, as a summary section. */
function ignoreSkipped(reason) {
    return `<h3>Ignore rules</h3>\n<p>ℹ️ Not audited: ${escapeHtml(reason)}</p>\n`;
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
        parts.push(`<p>❌ ${escapeHtml(error)}</p>`);
    const lines = [];
    if (fix?.gitignore) {
        lines.push(`<li>${fix.gitignore.created ? 'Created' : 'Appended to'} ${htmlPath(fix.gitignore.path)}: ${fix.gitignore.added.map((p) => `<code>${escapeHtml(p)}</code>`).join(', ')}</li>`);
    }
    if (fix !== null && fix.untracked.length > 0) {
        const shown = [];
        let bytes = 0;
        for (const p of fix.untracked.slice(0, UNTRACKED_SHOWN)) {
            const html = htmlPath(repoPath(p));
            bytes += Buffer.byteLength(html);
            if (bytes > UNTRACKED_BYTES)
                break;
            shown.push(html);
        }
        const more = fix.untracked.length > shown.length
            ? ` and ${fix.untracked.length - shown.length} more (the <code>untracked-bytecode-files</code> output lists them)`
            : '';
        lines.push(`<li>Untracked ${plural(fix.untracked.length, 'file')} with <code>git rm --cached</code> (kept on disk): ${shown.join(', ')}${more}</li>`);
    }
    if (lines.length === 0) {
        if (error === null)
            parts.push('<p>Nothing to change: the rules and the index were already right.</p>');
        return `${parts.join('\n')}\n`;
    }
    parts.push(`<p>Changed in the working tree and index, not committed:</p>\n<ul>${lines.join('')}</ul>`);
    const add = fix?.gitignore ? `git add -- ${shellQuote(fix.gitignore.path)}\n` : '';
    parts.push(`<p>To keep it, commit from the repository root (the untracking is already staged) and push, or open a pull request with it:</p>`, `<pre lang="sh"><code>${escapeHtml(`${add}git commit -m ${shellQuote('Stop tracking Python bytecode')}`)}</code></pre>`, '<p>The sections below describe the repository after the fix.</p>');
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
    const where = ctx.projectPath === '.' ? '' : ` under <code>${escapeHtml(ctx.projectPath)}</code>`;
    const disk = ctx.source === 'disk';
    const tracked = disk ? 'found' : 'tracked';
    if (findings.length === 0)
        return `✅ No bytecode is ${tracked}${where}.`;
    const allowed = findings.filter((f) => f.allowedBy !== null).length;
    const reported = findings.length - allowed;
    const allowedText = allowed > 0 ? ` ${plural(allowed, 'file is', 'files are')} allowed by <code>allow</code>.` : '';
    if (failing.length > 0) {
        const how = failing.some((f) => f.modified)
            ? failing.every((f) => f.modified)
                ? 'modified'
                : 'added or modified'
            : 'added';
        const what = failOn === 'added' && ctx.changeName !== null
            ? `${plural(failing.length, 'bytecode file')} ${how} by ${escapeHtml(ctx.changeName)}`
            : disk
                ? `${plural(failing.length, 'bytecode file')} found on disk`
                : plural(failing.length, 'tracked bytecode file');
        return `❌ ${what} ${failing.length === 1 ? 'fails' : 'fail'} the check (<code>fail-on: ${failOn}</code>).${allowedText}`;
    }
    if (reported === 0)
        return `✅ Only allowed bytecode is ${tracked}${where}.${allowedText}`;
    const why = failOn === 'never'
        ? 'reported only (<code>fail-on: never</code>)'
        : `none added or modified by ${escapeHtml(ctx.changeName ?? 'this change')}, so they pass under <code>fail-on: added</code>; remove them in a change of their own`;
    return `⚠️ ${plural(reported, 'bytecode file is', 'bytecode files are')} ${tracked}${where}: ${why}.${allowedText}`;
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
    return out.map(escapeHtml).join('; ');
}
function row(f, ctx) {
    const { python, mode } = f.header === null ? { python: '—', mode: '—' } : describeHeader(f.header);
    const source = f.sourcePresent === null ? '—' : f.sourcePresent ? 'yes' : 'no';
    // Outside git nothing was added by anything: the column has no answer.
    const added = ctx.source === 'disk' ? '—' : f.modified ? 'modified' : f.added ? 'yes' : 'no';
    const cells = [htmlPath(ctx.repoPath(f.path)), escapeHtml(python), escapeHtml(mode), source, added, notes(f)];
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
        ? `<tr><td colspan="6">… and ${plural(rest, 'more file')}, listed in the <code>bytecode-files</code> output.</td></tr>`
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
    const git = at === null ? 'git' : `git -C ${shellQuote(at)}`;
    if (args.length <= ONE_LINE_ARGS)
        return `${git} --literal-pathspecs rm -r --cached --quiet -- ${args.map(shellQuote).join(' ')}`;
    return `${git} --literal-pathspecs rm -r --cached --quiet --pathspec-from-file=- <<'${HEREDOC_END}'\n${args.map(pathspecLine).join('\n')}\n${HEREDOC_END}`;
}
/** The arguments that fit in `budget` bytes (at least none), and how many bytes they took. */
function fitArgs(args, budget) {
    const kept = [];
    let bytes = 0;
    for (const a of args) {
        // Measured as shown (HTML-escaped), in the longer of the two forms the command may take.
        const size = Math.max(Buffer.byteLength(escapeHtml(pathspecLine(a))), Buffer.byteLength(escapeHtml(shellQuote(a)))) + 1;
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
    const commit = `commit -m ${shellQuote('Stop tracking Python bytecode')}`;
    const parts = [];
    let budget = ctx.budget ?? COMMAND_BUDGET;
    let left = 0;
    const cut = (kept, total) => kept === total
        ? ''
        : ` The list is too long for the step summary: this untracks ${kept.toLocaleString('en')} of ${plural(total, 'name')} (whole <code>__pycache__</code> folders count as one); run the action with <code>fix: true</code> to untrack them all.`;
    if (plan.own.length > 0) {
        const args = untrackArguments(plan.own, result.findings).map(ctx.repoPath);
        const { kept, bytes } = fitArgs(args, budget);
        budget -= bytes;
        if (kept.length > 0) {
            parts.push(`<p>Run from the repository root${kept.length > ONE_LINE_ARGS ? ' in a POSIX shell (git 2.26+ reads the names that follow the command, one a line)' : ''}; it untracks the ${plural(plan.own.length, 'reported file')} of the table above and no other (allowed files stay tracked), and the files stay on disk:${cut(kept.length, args.length)}</p>`, `<pre lang="sh"><code>${escapeHtml(`${untrackCommand(kept, null)}\ngit ${commit}`)}</code></pre>`);
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
        const overhead = Buffer.byteLength(escapeHtml(showPath(at))) * 3 + 600;
        const { kept, bytes } = fitArgs(args, budget - overhead);
        if (kept.length === 0) {
            left += sub.findings.length;
            continue;
        }
        budget -= bytes + overhead;
        parts.push(`<p>${plural(sub.findings.length, 'file is', 'files are')} inside the submodule ${htmlPath(at)}, whose own index tracks them, so <code>git rm --cached</code> here cannot untrack them: run this inside the submodule and push it, then record its new commit here with <code>git add ${escapeHtml(shellQuote(at))}</code>:${cut(kept.length, args.length)}</p>`, `<pre lang="sh"><code>${escapeHtml(`${untrackCommand(kept, at)}\ngit -C ${shellQuote(at)} ${commit}`)}</code></pre>`);
    }
    if (left > 0)
        parts.push(`<p>${plural(left, 'more file')} did not fit in the step summary; run the action with <code>fix: true</code> to untrack them.</p>`);
    return parts.join('\n');
}
function checkSummary(result, ctx, budget = SECTION_BUDGET) {
    const parts = ['<h3>Committed bytecode</h3>', `<p>${verdict(result, ctx)}</p>`];
    for (const note of ctx.notes.slice(0, 10))
        parts.push(`<p>ℹ️ ${escapeHtml(note.length > 2000 ? `${note.slice(0, 2000)}…` : note)}</p>`);
    const reported = result.findings.filter((f) => f.allowedBy === null);
    const allowed = result.findings.filter((f) => f.allowedBy !== null);
    if (reported.length > 0)
        parts.push(table(reported, ctx, budget * 0.45));
    if (allowed.length > 0) {
        parts.push(`<details><summary>${plural(allowed.length, 'file')} allowed by <code>allow</code></summary>`);
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
    const allowed = allowMatcher(allow);
    return negations.filter((n) => n.paths.some((p) => allowed(p) === null));
}
function bytecodeFailure(result, changeName, source) {
    const { failing, failOn } = result;
    if (failing.length === 0)
        return null;
    if (source === 'disk')
        return `${plural(failing.length, 'bytecode file is', 'bytecode files are')} in the project, which is in no git work tree (fail-on: ${failOn}); see the step summary`;
    const how = failing.some((f) => f.modified)
        ? failing.every((f) => f.modified)
            ? 'modified'
            : 'added or modified'
        : 'added';
    const what = failOn === 'added' && changeName !== null ? `${how} by ${changeName}` : 'tracked';
    return `${plural(failing.length, 'bytecode file is', 'bytecode files are')} ${what} (fail-on: ${failOn}); untrack ${failing.length === 1 ? 'it' : 'them'} with git rm --cached as the step summary shows`;
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
        [Output.BytecodeFiles, result.findings.map((f) => f.path)],
        [Output.AddedBytecodeFiles, result.findings.filter((f) => f.added).map((f) => f.path)],
        [Output.UntrackedBytecodeFiles, untracked],
    ]) {
        const list = boundedJsonList(paths);
        outputs.push([name, list.json]);
        const cut = omittedWarning(name, list, paths.length);
        if (cut !== null)
            plainWarnings.push(cut);
    }
    outputs.push([Output.MissingRules, JSON.stringify((audit?.missing ?? []).map((m) => m.pattern))]);
    outputs.push([Output.AppendedRules, JSON.stringify(facts.fix?.gitignore?.added ?? [])]);
    if (inputs.fix && source !== 'git')
        plainWarnings.push(`Input '${Input.Fix}' needs a git work tree; ${showPath(inputs.path)} is not in one, so nothing was changed.`);
    const reasons = [
        bytecodeFailure(result, changeName, source),
        ignore !== null && audit !== null ? ignoreFailure(audit, negations, ignore) : null,
    ].filter((r) => r !== null);
    // fix: true asked for a change; a tree that refused it fails the step even when nothing else would.
    if (reasons.length === 0 && facts.fixError !== null)
        reasons.push(`${Input.Fix}: true could not change the repository (see the error above)`);
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
        summary.push(ignoreSkipped(`${showPath(inputs.path)} is in no git work tree, and ignore rules are what git reads when it adds files; check the project out with git to audit them.`));
    const what = source === 'disk' ? 'bytecode file found on disk' : 'tracked bytecode file';
    const info = `${plural(result.findings.length, what, `${what.replace('file', 'files')}`)} under ${showPath(inputs.path)}; ${plural(result.failing.length, 'fails', 'fail')} the check.`;
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

;// CONCATENATED MODULE: ./src/report/warm.ts

function mebibytes(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
/**
 * Where the tree came from, with the exact key: a restored tree is code later steps run, so
 * whoever reads the summary can tell which saved entry (and so which earlier job) it trusts.
 */
function restoreLine(restored, noSave) {
    if (restored === null)
        return 'Cache: off (<code>cache: false</code>); compiled into the prefix only.';
    const after = noSave === null ? 'the post step saves the tree' : `the post step does not save it (${escapeHtml(noSave)})`;
    switch (restored.kind) {
        case 'hit':
            return `✅ Cache hit: restored <code>${escapeHtml(restored.matchedKey)}</code>, saved by an earlier run for this commit, and trusted as it is (Python checks each pyc against its source on import).`;
        case 'partial':
            return `♻️ Partial hit: restored <code>${escapeHtml(restored.matchedKey)}</code>, an older tree saved for other sources; Python recompiles what changed as the job imports it, and ${after}.`;
        case 'miss':
            return `🆕 Cache miss: the job compiles what it imports, and ${after}.`;
        case 'unavailable':
            return `⚠️ Cache unavailable (${escapeHtml(restored.why)}): compiled from scratch; ${after}.`;
    }
}
function warmSummary(report) {
    const rows = report.interpreters.map((i, n) => {
        const c = report.counts[n];
        const cells = [
            `${escapeHtml(i.implementation)} ${escapeHtml(i.version)}<br>${htmlPath(i.executable)}`,
            `<code>${escapeHtml(i.cacheTag)}</code>`,
            String(i.magic),
            String(c?.compiled ?? 0),
            String(c?.reused ?? 0),
            String(c?.failed ?? 0),
        ];
        return `<tr>${cells.map((x) => `<td>${x}</td>`).join('')}</tr>`;
    });
    const errors = report.counts.flatMap((c) => c.errors ?? []).slice(0, 10);
    return ([
        '<h3>Bytecode cache</h3>',
        `<p>${restoreLine(report.restored, report.noSave)}</p>`,
        `<table><thead><tr><th>Interpreter</th><th>cache_tag</th><th>Magic</th><th>Compiled</th><th>Reused</th><th>Failed</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
        `<p>Prefix ${htmlPath(report.prefix)}: ${report.plan.length === 0
            ? 'nothing precompiled'
            : `${escapeHtml(report.plan.join(' + '))} precompiled, ${plural(report.size.files, 'file')}, ${mebibytes(report.size.bytes)}`}, in ${report.seconds.toFixed(1)} s. Key <code>${escapeHtml(report.key)}</code>. ${report.full !== null
            ? `⚠️ ${escapeHtml(report.full)}`
            : report.placed !== undefined
                ? `In place: ${plural(report.placed, 'project pyc')} copied into the project's <code>__pycache__</code> directories; no <code>PYTHONPYCACHEPREFIX</code>.`
                : '<code>PYTHONPYCACHEPREFIX</code> is set for the later steps of this job.'}</p>`,
        ...(errors.length > 0
            ? [
                `<details><summary>${plural(errors.length, 'file')} could not be compiled (syntax errors are normal in test data)</summary><ul>${errors.map((e) => `<li>${htmlPath(e.path)}: ${escapeHtml(e.message)}</li>`).join('')}</ul></details>`,
            ]
            : []),
    ].join('\n') + '\n');
}
/** Fallback compile speed (source bytes a second) when the post step timed no sample. */
const DEFAULT_COMPILE_RATE = 3e6;
function payoff(totals, seconds) {
    let saved = 0;
    let extra = 0;
    for (const t of totals) {
        const rate = t.compile_rate && t.compile_rate > 0 ? t.compile_rate : DEFAULT_COMPILE_RATE;
        saved += (t.saved_bytes ?? 0) / rate;
        extra += (t.extra_bytes ?? 0) / rate;
    }
    return {
        saved,
        extra,
        savedFiles: totals.reduce((n, t) => n + (t.saved_files ?? 0), 0),
        extraFiles: totals.reduce((n, t) => n + (t.extra_files ?? 0), 0),
        cost: seconds.main + seconds.post,
        tracked: totals.length > 0 && totals.every((t) => t.tracked === true),
    };
}
/** One line: did warming pay for this job, and if not, what to change. */
function payoffLine(p, first, layout = 'prefix') {
    const s = (x) => `${x.toFixed(1)} s`;
    if (!p.tracked)
        return 'ℹ️ This file system did not record which pycs the job read (mounted noatime?), so the whole tree was kept and what it saved is unknown.';
    const detail = `about ${s(p.saved)} of compiling saved (${plural(p.savedFiles, 'pyc')} read from the tree had none in place)${p.extraFiles > 0
        ? `, about ${s(p.extra)} spent compiling ${plural(p.extraFiles, 'module')} that had pycs in place, which PYTHONPYCACHEPREFIX makes Python ignore`
        : ''}, against ${s(p.cost)} for the action's steps`;
    if (first)
        return `🆕 First run: the tree now holds what this job imported; the next run restores it. This run: ${detail}.`;
    const net = p.saved - p.extra - p.cost;
    if (net >= 0)
        return `💡 Warming paid: ${detail}, so the job was about ${s(net)} faster than without it.`;
    // In place only the project is warmed: dependencies installed without pycs need the prefix.
    const deps = layout === 'in-place'
        ? 'with <code>layout: prefix</code>, for jobs whose dependencies are installed without pycs (<code>uv sync</code>)'
        : 'for jobs whose dependencies are installed without pycs';
    return `⚠️ Warming does not pay for this job (about ${s(-net)} slower than without it): ${detail}. Its imports mostly have pycs in place already, or compile quickly; remove <code>warm: true</code>, or keep it only for jobs that set PYTHONDONTWRITEBYTECODE or, ${deps}.`;
}
function refreshSummary(r) {
    const sum = (pick) => r.totals.reduce((n, t) => n + (pick(t) ?? 0), 0);
    const save = r.skipped !== null
        ? `Not saved: ${escapeHtml(r.skipped)}`
        : r.saved === null
            ? 'Nothing saved (cache hit or <code>cache: false</code>).'
            : r.saved.kind === 'saved'
                ? `Saved as <code>${escapeHtml(r.key)}</code>.`
                : `Not saved: ${escapeHtml(r.saved.why)}.`;
    const counts = r.refreshed === false
        ? `The job read ${plural(sum((t) => t.read), 'placed pyc')} and wrote ${sum((t) => t.written)}; the tree was left as restored.`
        : `${sum((t) => t.read)} of the tree's pycs were read by the job and ${sum((t) => t.written)} written; ${plural(sum((t) => t.rewritten), 'pyc')} brought to the invalidation mode, ${plural(sum((t) => t.unused), 'unused pyc')} and ${plural(sum((t) => t.pruned), 'orphan')} pruned, ${sum((t) => t.kept)} kept.`;
    return `<h3>Bytecode cache (post)</h3>\n<p>${payoffLine(payoff(r.totals, r.seconds), r.first, r.layout)}</p>\n<p>${counts} ${save} ${r.seconds.post.toFixed(1)} s.</p>\n`;
}

;// CONCATENATED MODULE: ./src/tar-guard.ts
// @actions/cache extracts a restored archive with `tar -xf … -P -C $GITHUB_WORKSPACE`: with
// -P an entry named `/home/runner/.bashrc`, `../../x` or written through a symbolic link the
// archive made a moment before lands anywhere the runner user can write. The library has no
// hook between download and extraction, but it runs the `tar` it finds on PATH. During a
// restore that is this guard: it lists the archive with the real tar (same decompression)
// and extracts only when every entry is a directory or a regular file inside the prefix.




// Run by the job's own Python (3.8 or newer: the warm step has just described it) with -I -S,
// which starts in about 15 ms where Node took 40: argv is tar's, the rest comes in the
// environment. Anything but an extraction goes straight to the real tar.
const GUARD = String.raw `import json, os, subprocess, sys
real = os.environ['PYCACHE_TAR_REAL']
allow = os.path.normpath(os.fsencode(os.environ['PYCACHE_TAR_ALLOW']))
report = os.environ['PYCACHE_TAR_REPORT']
args = sys.argv[1:]
if '-xf' not in args:
    os.execv(real, [real] + args)
x = args.index('-xf')
where = os.fsencode(args[args.index('-C') + 1]) if '-C' in args else os.getcwdb()
listing = subprocess.run([real] + args[:x] + ['-tvf'] + args[x + 1:]
                         + ['--quoting-style=c', '--full-time', '--numeric-owner'], stdout=subprocess.PIPE)
def refuse(why):
    with open(report, 'w', encoding='utf-8') as f:
        f.write(why)
    sys.stderr.write('pycache-action: ' + why + '\n')
    sys.exit(2)
if listing.returncode != 0:
    refuse('the archive could not be listed')
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
for line in listing.stdout.split(b'\n'):
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
os.execv(real, [real] + args)
`;
/** The first executable named `name` on PATH, as @actions/io's which finds it. */
async function which(name, path) {
    for (const dir of path.split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return null;
}
function shQuote(text) {
    return `'${text.replaceAll("'", `'\\''`)}'`;
}
/**
 * Runs `call` (a restore into `prefix`) with the guard first on PATH. Resolves to the call's
 * value and, when the guard refused the archive, why (one clause). Where the guard cannot be
 * set up (not Linux, no tar on PATH), the call runs unguarded.
 */
async function withTarGuard(prefix, python, call) {
    const path = process.env.PATH ?? '';
    // Linux only: there the library runs GNU tar from PATH, whose listing flags the guard uses.
    // On macOS it prefers gtar (and BSD tar lists differently); on Windows it picks its own.
    const real = process.platform === 'linux' ? await which('tar', path) : null;
    if (real === null)
        return { value: await call(), refused: null };
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'pycache-tar-'));
    const saved = {
        PATH: process.env.PATH,
        real: process.env.PYCACHE_TAR_REAL,
        allow: process.env.PYCACHE_TAR_ALLOW,
        report: process.env.PYCACHE_TAR_REPORT,
    };
    const report = (0,external_node_path_.join)(dir, 'refused');
    try {
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'guard.py'), GUARD);
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'tar'), `#!/bin/sh\nexec ${shQuote(python)} -I -S ${shQuote((0,external_node_path_.join)(dir, 'guard.py'))} "$@"\n`);
        await (0,promises_.chmod)((0,external_node_path_.join)(dir, 'tar'), 0o755);
        process.env.PATH = `${dir}${external_node_path_.delimiter}${path}`;
        process.env.PYCACHE_TAR_REAL = real;
        process.env.PYCACHE_TAR_ALLOW = prefix;
        process.env.PYCACHE_TAR_REPORT = report;
        const value = await call();
        const refused = await (0,promises_.readFile)(report, 'utf8').catch(() => null);
        return { value, refused };
    }
    finally {
        for (const [name, value] of [
            ['PATH', saved.PATH],
            ['PYCACHE_TAR_REAL', saved.real],
            ['PYCACHE_TAR_ALLOW', saved.allow],
            ['PYCACHE_TAR_REPORT', saved.report],
        ]) {
            if (value === undefined)
                delete process.env[name];
            else
                process.env[name] = value;
        }
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/cache.ts




// @actions/cache (with the Azure SDK) is nine tenths of the bundle: loading it only when a
// step restores or saves keeps ~80 ms of parsing off every check-only run. ncc emits it as a
// chunk of its own beside dist/index.js.
let library;
function load() {
    library ??= Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(751)]).then(__webpack_require__.bind(__webpack_require__, 9751));
    return library;
}
/**
 * Starts loading the library without waiting: its ~80 ms of parsing then overlaps the
 * interpreter's start-up and git's listing, which run in other processes.
 */
function preload() {
    load().catch(() => undefined);
}
// Bounds a hung download so a broken service cannot eat the job's time.
const DOWNLOAD_OPTIONS = { timeoutInMs: 60_000, segmentTimeoutInMs: 120_000 };
/** The warning command @actions/core writes for core.warning: one line, its text escaped. */
const LIBRARY_WARNING = /^::warning::([^\r\n]*)\r?\n$/;
/**
 * Runs a cache library call with the runner's workflow commands switched off. The library
 * logs values this action does not control raw (the key the service matched, the service's
 * error text): a matched key holding a newline and `::add-mask::…` or `::error::…` would
 * otherwise run as a command. The token is random, so nothing the library prints can end
 * the pause early.
 * The library's own warnings (core.warning: one write, one line, escaped by core) would
 * show as plain text inside the pause; they are held back and handed to the caller, which
 * reports them as the action's warnings after it.
 */
async function withoutCommands(call) {
    const token = `pycache-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    const warnings = [];
    const stdout = process.stdout;
    const original = Object.getOwnPropertyDescriptor(stdout, 'write');
    const write = stdout.write.bind(stdout);
    write(`::stop-commands::${token}${external_node_os_.EOL}`);
    stdout.write = (chunk, ...rest) => {
        const warning = typeof chunk === 'string' ? LIBRARY_WARNING.exec(chunk) : null;
        if (warning === null)
            return write(chunk, ...rest);
        warnings.push(unescapeData(warning[1] ?? ''));
        return true;
    };
    try {
        return { value: await call(), warnings };
    }
    finally {
        if (original === undefined)
            delete stdout.write;
        else
            Object.defineProperty(stdout, 'write', original);
        // A line of its own even if the library left a partial line behind.
        write(`${external_node_os_.EOL}::${token}::${external_node_os_.EOL}`);
    }
}
/** Undoes @actions/core's escaping of command data, as the runner does (%25 last). */
function unescapeData(text) {
    return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}
function reason(error) {
    return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : (String(error).split('\n')[0] ?? '');
}
/** `python` (3.8 or newer) runs the tar guard. */
async function restore(path, key, restoreKeys, python) {
    const loading = Date.now();
    const cache = await load();
    debug(`Loading the cache library took ${Date.now() - loading} ms.`);
    if (!cache.isFeatureAvailable())
        return { kind: 'unavailable', why: 'the Actions cache service is not available to this job' };
    try {
        const { value: { value: matchedKey, warnings }, refused, } = await withTarGuard(path, python, () => withoutCommands(() => cache.restoreCache([path], key, [...restoreKeys], DOWNLOAD_OPTIONS)));
        if (refused !== null)
            return {
                kind: 'unavailable',
                why: `the restored archive was not extracted: ${refused}; check which jobs can write to this cache scope`,
            };
        // restoreCache reports a failed download or extraction as a logged warning and a miss.
        if (matchedKey === undefined)
            return warnings.length > 0 ? { kind: 'unavailable', why: reason(warnings[0]) } : { kind: 'miss' };
        return { kind: matchedKey === key ? 'hit' : 'partial', matchedKey };
    }
    catch (error) {
        return { kind: 'unavailable', why: reason(error) };
    }
}
/** Env variable that bounds the save, in seconds (default 15 minutes). */
const SAVE_TIMEOUT_VARIABLE = 'PYCACHE_ACTION_CACHE_SAVE_TIMEOUT_SECONDS';
const SAVE_TIMEOUT_MS = 15 * 60_000;
function saveTimeoutMs() {
    const raw = process.env[SAVE_TIMEOUT_VARIABLE];
    const seconds = raw === undefined || raw === '' ? NaN : Number(raw);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : SAVE_TIMEOUT_MS;
}
async function save(path, key) {
    const cache = await load();
    if (!cache.isFeatureAvailable())
        return { kind: 'skipped', why: 'the Actions cache service is not available to this job' };
    // @actions/cache has no timeout for a hung upload: a service that accepts the connection and
    // never answers would hold the job until its own timeout (6 hours by default). Giving up is
    // safe here, unlike for a restore, since saving only reads the prefix; the caller must then
    // end the process, which the abandoned upload would otherwise keep alive.
    const limit = saveTimeoutMs();
    let timer;
    const timedOut = new Promise((resolve) => {
        timer = setTimeout(() => resolve('timeout'), limit);
    });
    try {
        // An upload abandoned at the time limit may still log later, outside the pause; by then
        // the process is about to exit, and what it logs is about this action's own key.
        const { value: id, warnings } = await withoutCommands(() => Promise.race([cache.saveCache([path], key), timedOut]));
        if (id === 'timeout')
            return {
                kind: 'abandoned',
                why: `the cache service did not finish the upload within ${Math.round(limit / 1000)} s (${SAVE_TIMEOUT_VARIABLE} sets the limit)`,
            };
        // saveCache reports most service failures as a logged warning and -1 rather than a throw.
        return id === -1
            ? {
                kind: 'failed',
                why: warnings.length > 0
                    ? reason(warnings[0])
                    : 'the cache service did not accept the upload (see the log above)',
            }
            : { kind: 'saved' };
    }
    catch (error) {
        return { kind: 'failed', why: reason(error) };
    }
    finally {
        clearTimeout(timer);
    }
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/python.ts
// The only module that runs Python. Each interpreter runs pycache_helper.py (ncc copies it
// into dist/ beside the bundle) with a JSON request on stdin and answers with one JSON
// object on stdout.








// ncc turns this `new URL(…)` into the path of the copy it puts in dist/; run from source
// it stays a URL.
const helperRef = __webpack_require__.ab + "pycache_helper.py";
const HELPER = typeof helperRef === 'string' ? helperRef : (0,external_node_url_.fileURLToPath)(helperRef);
const HELPER_TIMEOUT_MS = 20 * 60 * 1000;
const DESCRIBE_TIMEOUT_MS = 60 * 1000;
/**
 * Overrides every helper timeout (describe, compile and refresh alike), in seconds. Tests
 * set it to make a hung interpreter fail in seconds; a job whose warming legitimately takes
 * longer than 20 minutes can raise it.
 */
const TIMEOUT_VARIABLE = 'PYCACHE_ACTION_HELPER_TIMEOUT_SECONDS';
/** The timeout for one helper call: the variable when set, else the command's own. */
function helperTimeoutMs(fallbackMs, env = process.env) {
    const raw = env[TIMEOUT_VARIABLE]?.trim();
    if (raw === undefined || raw === '')
        return fallbackMs;
    const seconds = Number(raw);
    if (!Number.isFinite(seconds) || seconds <= 0)
        throw new InputError(`${TIMEOUT_VARIABLE} must be a positive number of seconds, not ${JSON.stringify(raw)}.`);
    return Math.ceil(seconds * 1000);
}
/** Ends the helper and anything it started: a child that keeps the pipes open would keep this step waiting. */
function killTree(child) {
    try {
        // The helper leads its own process group (spawned detached), so this reaches its children too.
        if (child.pid !== undefined && process.platform !== 'win32')
            process.kill(-child.pid, 'SIGKILL');
        else
            child.kill('SIGKILL');
    }
    catch {
        child.kill('SIGKILL');
    }
    child.stdout?.destroy();
    child.stderr?.destroy();
    child.stdin?.destroy();
}
/** `python` as a user wrote it: a name looked up on PATH as the runner's shell would, or a path. */
async function findInterpreter(name, cwd) {
    const candidates = name.includes('/') || (0,external_node_path_.isAbsolute)(name)
        ? [(0,external_node_path_.join)((0,external_node_path_.isAbsolute)(name) ? '' : cwd, name)]
        : (process.env.PATH ?? '')
            .split(external_node_path_.delimiter)
            .filter(Boolean)
            .map((dir) => (0,external_node_path_.join)(dir, name));
    for (const candidate of candidates) {
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here; try the next PATH entry
        }
    }
    throw new InputError(`Input 'python' names ${JSON.stringify(name)}, which was not found${name.includes('/') ? '' : ' on PATH'}; install it (for example with actions/setup-python) before this step or give its path.`);
}
const SHAPES = {
    describe: {
        implementation: 'string',
        version: 'string',
        cache_tag: 'string|null',
        magic: 'count',
        executable: 'string',
        prefix_supported: 'boolean',
        stdlib: 'strings',
        site_packages: 'strings',
        distributions: 'pairs',
    },
    compile: {
        compiled: 'count',
        reused: 'count',
        failed: 'count',
        files: 'count',
        seconds: 'number',
        pyc_files: 'count',
        pyc_bytes: 'count',
        no_space: 'count?',
        skipped: 'count?',
        skipped_paths: 'errors?',
        errors: 'errors?',
    },
    refresh: {
        rewritten: 'count',
        reheadered: 'count?',
        pruned: 'count',
        unused: 'count?',
        kept: 'count',
        read: 'count?',
        written: 'count?',
        saved_files: 'count?',
        saved_bytes: 'count?',
        extra_files: 'count?',
        extra_bytes: 'count?',
        tracked: 'boolean?',
        compile_rate: 'number|null?',
        seconds: 'number?',
        skipped: 'count?',
        skipped_paths: 'errors?',
        errors: 'errors?',
    },
    place: { placed: 'count', present: 'count', refused: 'count', read_only: 'string|null', seconds: 'number?' },
    collect: {
        collected: 'count',
        reheadered: 'count',
        same: 'count',
        stale: 'count',
        refused: 'count',
        read: 'count',
        written: 'count',
        saved_files: 'count',
        saved_bytes: 'count',
        tracked: 'boolean',
        compile_rate: 'number|null',
        seconds: 'number?',
    },
};
function isType(value, type) {
    const strings = (v, length) => Array.isArray(v) && (length === undefined || v.length === length) && v.every((x) => typeof x === 'string');
    switch (type) {
        case 'count':
            return Number.isSafeInteger(value) && value >= 0;
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'string':
            return typeof value === 'string';
        case 'boolean':
            return typeof value === 'boolean';
        case 'string|null':
            return value === null || typeof value === 'string';
        case 'number|null':
            return value === null || (typeof value === 'number' && Number.isFinite(value));
        case 'strings':
            return strings(value);
        case 'pairs':
            return Array.isArray(value) && value.every((pair) => strings(pair, 2));
        case 'errors':
            return (Array.isArray(value) &&
                value.every((e) => e !== null &&
                    typeof e === 'object' &&
                    typeof e.path === 'string' &&
                    typeof e.message === 'string'));
    }
}
/** The first field of `answer` whose value does not have its shape's type, or null when all do. */
function malformedField(command, answer) {
    if (answer === null || typeof answer !== 'object' || Array.isArray(answer))
        return 'answer';
    const record = answer;
    for (const [field, spec] of Object.entries(SHAPES[command])) {
        const optional = spec.endsWith('?');
        const value = Object.hasOwn(record, field) ? record[field] : undefined;
        if (value === undefined && optional)
            continue;
        if (!isType(value, (optional ? spec.slice(0, -1) : spec)))
            return `'${field}'`;
    }
    return null;
}
/**
 * The job's environment minus every PYTHON* variable: -E makes the interpreter ignore them
 * at start-up, and dropping them keeps them from the helper's own code and its workers too
 * (PYTHONDONTWRITEBYTECODE and PYTHONPYCACHEPREFIX must not stop or redirect what it writes).
 * Kept: the two that only say where the user's site-packages are, which describe reports
 * but, under -s, never imports from.
 */
function helperEnv(env) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (/^PYTHON/i.test(name) && name !== 'PYTHONUSERBASE' && name !== 'PYTHONNOUSERSITE')
            continue;
        out[name] = value;
    }
    return out;
}
/**
 * Interpreter options that take the helper's imports out of the job's hands. -E ignores
 * PYTHONPATH, PYTHONHOME, PYTHONSTARTUP and the rest; -s leaves out the user's
 * site-packages. For a script these equal -I (which adds only -P, dropping the helper's own
 * directory from sys.path), and unlike -I every interpreter takes them, so Python 2.7 and
 * Jython can still say they are too old. Only a full describe runs `site` (it reports the
 * interpreter's real site-packages and distributions); every other command skips it (-S):
 * they import only the standard library, so no .pth file of an installed package (an
 * editable install points one at the checkout) runs for them, and start-up is 50 ms shorter.
 * -B: the helper's own imports write no bytecode; the prefix is in the request, not
 * -X pycache_prefix, or the interpreter's start-up would write timestamp pycs into it.
 *
 * With `codeCache` (a directory of the action's own), the helper is imported by a short
 * bootstrap rather than run as a script, so its compiled code is kept there: compiling the
 * helper's 1,300 lines cost each call about 45 ms, and a job makes four or five calls.
 */
function helperArgs(command, codeCache = null, site = false) {
    const options = ['-E', '-s', ...(site ? [] : ['-S']), '-B'];
    if (codeCache === null)
        return [...options, HELPER, command];
    return [...options, '-c', BOOTSTRAP, (0,external_node_path_.dirname)(HELPER), codeCache, command];
}
/**
 * Imports pycache_helper with sys.pycache_prefix pointing at the action's own code cache
 * and bytecode writes on for that one import, then turns both back: the helper's other
 * imports read the interpreter's own pycs and write nothing. sys.path[0] (the working
 * directory, for -c) goes first, so only the action's directory and the standard library
 * are searched. Python before 3.8 has no pycache_prefix: it runs the helper uncached, which
 * then says the interpreter is too old.
 */
const BOOTSTRAP = [
    'import sys',
    'del sys.path[0]',
    'import __future__, errno, json, os, stat',
    'cached = hasattr(sys, "pycache_prefix")',
    'if cached: sys.pycache_prefix = sys.argv[2]; sys.dont_write_bytecode = False',
    'sys.path.insert(0, sys.argv[1])',
    'import pycache_helper',
    'del sys.path[0]',
    'sys.dont_write_bytecode = True',
    'if cached: sys.pycache_prefix = None',
    'sys.exit(pycache_helper.main(["pycache_helper.py", sys.argv[3]]))',
].join('\n');
/** Where the helper's compiled code is kept for the job: the runner's temporary directory, never the prefix. */
function helperCodeCache(prefix) {
    const temp = process.env.RUNNER_TEMP;
    if (temp === undefined || !(0,external_node_path_.isAbsolute)(temp))
        return null;
    const dir = (0,external_node_path_.join)(temp, 'pycache-action', 'helper');
    return prefix !== undefined && inside(prefix, dir) ? null : dir;
}
function callHelper(call) {
    const args = helperArgs(call.command, helperCodeCache(call.prefix), call.command === 'describe' && call.site !== false);
    const env = helperEnv(process.env);
    // Not the checkout, nor wherever the job's steps run: the helper's start-up must not
    // depend on what a directory the pull request controls holds.
    const cwd = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    return new Promise((resolve, reject) => {
        // Thrown here, a bad timeout variable rejects the promise before anything starts.
        const timeoutMs = helperTimeoutMs(call.timeoutMs ?? HELPER_TIMEOUT_MS);
        // detached: its own process group, so a timeout can end the helper's workers (or whatever
        // a wrapper script started) along with it.
        const child = (0,external_node_child_process_.spawn)(call.python, args, {
            env,
            cwd,
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: process.platform !== 'win32',
        });
        call.started?.();
        // The runner cancels a step by signalling this process alone; a helper in a group of its
        // own would outlive it, still writing into the prefix. Take the group down, then go.
        const onSignal = (signal) => {
            killTree(child);
            process.kill(process.pid, signal);
        };
        const signals = ['SIGINT', 'SIGTERM'];
        for (const signal of signals)
            process.once(signal, onSignal);
        child.on('close', () => {
            for (const signal of signals)
                process.off(signal, onSignal);
        });
        const out = [];
        const err = [];
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            killTree(child);
            const seconds = Math.round((timeoutMs / 1000) * 10) / 10;
            const hint = call.command === 'describe'
                ? `check that it is a working Python interpreter (${TIMEOUT_VARIABLE} sets the limit)`
                : `narrow 'scope' or 'sources', or raise ${TIMEOUT_VARIABLE} if it needs longer`;
            reject(new Error(`${call.python} did not finish '${call.command}' within ${seconds} s and was stopped; ${hint}.`));
        }, timeoutMs);
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(new Error(`${call.python} could not be started: ${e.message}.`));
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            if (timedOut)
                return;
            const stdout = Buffer.concat(out).toString('utf8').trim();
            let answer;
            try {
                answer = JSON.parse(stdout.slice(stdout.lastIndexOf('\n{') + 1));
            }
            catch {
                const stderr = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-3).join(' ');
                reject(new InputError(`${call.python} is not a Python interpreter this action can use (exit code ${code ?? 'none'}${stderr ? `: ${stderr}` : ''}).`));
                return;
            }
            if (answer !== null && typeof answer === 'object' && 'error' in answer) {
                reject(new InputError(typeof answer.error === 'string'
                    ? `${call.python}: ${answer.error}`
                    : `${call.python} failed '${call.command}' without saying why.`));
                return;
            }
            const bad = malformedField(call.command, answer);
            if (bad !== null) {
                reject(new InputError(`${call.python} answered '${call.command}' with a malformed ${bad}; check that it runs this action's pycache_helper.py unchanged.`));
                return;
            }
            resolve(answer);
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(JSON.stringify(call.prefix === undefined ? call.request : { ...call.request, prefix: call.prefix }));
    });
}
/**
 * What `python` says of itself. `distributions` false (the in-place layout, whose tree holds
 * only the project's pycs) skips `site` and the distribution list: about 100 ms of start-up.
 */
async function describe(python, { distributions = true, started } = {}) {
    const d = await callHelper({
        python,
        command: 'describe',
        request: distributions ? {} : { distributions: false },
        timeoutMs: DESCRIBE_TIMEOUT_MS,
        site: distributions,
        ...(started === undefined ? {} : { started }),
    });
    if (!d.prefix_supported || d.cache_tag === null) {
        throw new InputError(`${python} is ${d.implementation} ${d.version}, which cannot read a PYTHONPYCACHEPREFIX tree; warming needs Python 3.8 or newer.`);
    }
    return {
        implementation: d.implementation,
        version: d.version,
        cacheTag: d.cache_tag,
        magic: d.magic,
        executable: d.executable,
        prefixSupported: d.prefix_supported,
        stdlib: d.stdlib,
        sitePackages: d.site_packages,
        distributions: d.distributions,
    };
}

;// CONCATENATED MODULE: ./src/warm/key.ts
// The Actions cache key of a bytecode prefix. Everything that decides whether a cached pyc
// can be used goes in: who compiles (implementation, cache_tag, magic), how (invalidation
// mode), where (absolute source, site-packages and prefix paths: the prefix mirrors them), and last, what
// (source contents and installed distributions). Restore keys drop only the last part, so a
// tree from an older commit is restored and brought up to date.

const KEY_VERSION = 'pycache-v1';
const MAX_KEY = 512;
function digest(...parts) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const part of parts)
        hash.update(part).update('\0');
    return hash.digest('hex');
}
function interpreterPart(i) {
    const tag = i.cacheTag.startsWith(`${i.implementation}-`) || i.cacheTag.startsWith(i.implementation)
        ? i.cacheTag
        : `${i.implementation}-${i.cacheTag}`;
    return `${tag}-m${i.magic}`;
}
/** Keys may not hold commas, and whitespace makes them hard to read in logs. */
function clean(text) {
    return text.replace(/[^A-Za-z0-9._+-]+/g, '_');
}
function cacheKey(facts) {
    const interpreters = facts.interpreters.map(interpreterPart).join('+');
    // A virtual environment shares its base interpreter's executable, but its site-packages,
    // and so the prefix tree, are its own: another environment's tree is no use to it.
    const inPlace = facts.layout === 'in-place';
    const where = digest(facts.root, facts.prefix, ...(inPlace ? [] : facts.interpreters.flatMap((i) => i.sitePackages))).slice(0, 12);
    const what = digest(facts.sourcesDigest, ...facts.interpreters.map((i) => inPlace
        ? `${i.version}`
        : `${i.executable}\n${i.version}\n${i.distributions.map(([n, v]) => `${n}==${v}`).join('\n')}`)).slice(0, 20);
    let head = [
        KEY_VERSION,
        facts.os,
        facts.arch,
        clean(interpreters),
        facts.mode,
        ...(inPlace ? ['in-place'] : []),
        ...(facts.suffix.trim() ? [clean(facts.suffix.trim())] : []),
        where,
    ].join('-');
    if (head.length + what.length + 2 > MAX_KEY)
        head = `${head.slice(0, MAX_KEY - what.length - 16)}-${digest(head).slice(0, 12)}`;
    return { key: `${head}-${what}`, restoreKeys: [`${head}-`] };
}

;// CONCATENATED MODULE: ./src/warm/plan.ts
/**
 * The one-sentence warning for a prefix that ran out of space, or null when it did not.
 * A half-filled prefix is worse than none: with PYTHONPYCACHEPREFIX set Python ignores every
 * __pycache__ folder, so each pyc missing from the prefix is compiled again in every process.
 */
function noSpaceWarning(prefix, counts) {
    const missing = counts.reduce((n, c) => n + (c.no_space ?? 0), 0);
    if (missing === 0)
        return null;
    return `The bytecode prefix ${prefix} ran out of disk space (ENOSPC) with ${missing === 1 ? '1 file' : `${missing} files`} left to write, so PYTHONPYCACHEPREFIX is not set and nothing is cached; free space there or set 'prefix' to a directory on a larger file system.`;
}
function compileRoots(interpreter, scope, root, sources) {
    const roots = [];
    if (scope.includes('project') && sources.length > 0)
        roots.push({ path: root, kind: 'project', files: sources });
    if (scope.includes('stdlib'))
        for (const path of interpreter.stdlib)
            roots.push({ path, kind: 'stdlib' });
    if (scope.includes('site-packages'))
        for (const path of interpreter.sitePackages)
            roots.push({ path, kind: 'site-packages' });
    return roots;
}
function modeWarning(mode) {
    switch (mode) {
        case 'checked-hash':
            return null;
        case 'unchecked-hash':
            return 'invalidation-mode: unchecked-hash pycs are never checked against their sources: a source edited after this step (by code generation or a later checkout) runs its stale bytecode. Use checked-hash unless nothing changes sources after this step.';
        case 'timestamp':
            return 'invalidation-mode: timestamp pycs are useless in a restored cache: every checkout gives sources new mtimes, so Python recompiles each one. Use checked-hash.';
    }
}
/**
 * Whether a job's Python writes pycs: PYTHONDONTWRITEBYTECODE set to any non-empty string
 * stops it, as in many Docker images. (A variable set only in a later step cannot be seen.)
 */
function writesBytecode(env) {
    return (env.PYTHONDONTWRITEBYTECODE ?? '') === '';
}
/**
 * What the main step precompiles, given what was restored. An exact hit trusts its key.
 * A job that writes bytecode compiles what it imports itself, only that, once, and the post
 * step keeps it: precompiling the whole scope up front cost more than the job saved (issue
 * #11). A job that cannot write bytecode gets the scope precompiled on a miss, and the
 * project's sources on a partial hit. With the cache off nothing is learned between jobs, so
 * the scope is precompiled as asked.
 */
function compilePlan(restored, scope, writes) {
    if (restored === 'hit')
        return [];
    if (restored === 'off')
        return [...scope];
    if (writes)
        return [];
    return restored === 'partial' ? scope.filter((s) => s === 'project') : [...scope];
}
/** Below this many changed pycs (or a tenth of the tree) a restore-key hit is not saved again. */
const MIN_CHANGED_TO_SAVE = 20;
/**
 * Whether the post step saves. A miss always does. A restore-key hit (a new commit) does only
 * when enough changed: a push that edits a few sources would otherwise upload the whole
 * tree again for a few compiles, and the tree it restored serves the next run as well.
 */
function saveWorthIt(restored, totals) {
    if (restored === 'hit')
        return { save: false, why: 'the cache already holds this key.' };
    if (totals.length === 0)
        return { save: true, why: '' };
    const tree = totals.reduce((n, t) => n + t.kept + t.rewritten, 0);
    if (tree === 0)
        return { save: false, why: 'the job left no pycs in the tree (did it run Python?).' };
    if (restored === 'miss')
        return { save: true, why: '' };
    const changed = totals.reduce((n, t) => n + (t.written ?? t.rewritten) + t.pruned + (t.unused ?? 0), 0);
    const needed = Math.max(MIN_CHANGED_TO_SAVE, Math.ceil(tree / 10));
    if (changed >= needed)
        return { save: true, why: '' };
    return {
        save: false,
        why: `only ${changed} of ${tree} pycs changed (fewer than ${needed}), so the tree restored from an earlier commit serves the next run as well.`,
    };
}

;// CONCATENATED MODULE: ./src/warm/trust.ts
/**
 * Events whose jobs run in the base repository's cache scope (the default branch's) while
 * workflows commonly check out and build a pull request's code in them: pull_request_target
 * (the pull request's head), workflow_run (artifacts or the head of the run that triggered
 * it, often a fork's pull request) and issue_comment (ChatOps commands that test a pull
 * request). A pull_request job saves only into the pull request's own scope, which nothing
 * else restores from, so it is not here.
 */
const BASE_SCOPE_EVENTS = ['pull_request_target', 'workflow_run', 'issue_comment'];
/** Why the post step must not save (one clause), or null when it may. */
function noSaveReason(mode, eventName) {
    if (mode === 'true')
        return null;
    if (mode === 'false')
        return 'save: false';
    return BASE_SCOPE_EVENTS.includes(eventName)
        ? `save: auto does not save on ${eventName} events, which write to the base branch's cache while often running a pull request's code; set save: true to save anyway`
        : null;
}

;// CONCATENATED MODULE: ./src/warm/run.ts
// Cache warming: restore the bytecode prefix, precompile into it, export PYTHONPYCACHEPREFIX,
// and (in the post step) refresh, prune and save it. Decisions live in warm/; this module
// only sequences the adapters.
















/** The prefix as it really is: the deepest existing ancestor with its links resolved, then the rest. */
async function realPrefix(prefix) {
    const rest = [];
    for (let dir = prefix;; dir = (0,external_node_path_.dirname)(dir)) {
        try {
            return (0,external_node_path_.join)(await (0,promises_.realpath)(dir), ...rest.reverse());
        }
        catch {
            if ((0,external_node_path_.dirname)(dir) === dir)
                return prefix;
            rest.push((0,external_node_path_.basename)(dir));
        }
    }
}
async function prefixDir(inputs, root) {
    const base = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    const prefix = inputs.prefix === ''
        ? (0,external_node_path_.resolve)(base, 'pycache')
        : (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE || process.cwd(), inputs.prefix);
    // Judged on the real path too: a symbolic link on the way (in the workspace, one the
    // pull request commits) must not carry the prefix into the project.
    const real = await realPrefix(prefix);
    const via = real === prefix ? '' : ` (really ${real})`;
    if (inside(root, prefix) || inside(root, real)) {
        throw new InputError(`Input '${Input.Prefix}' is ${prefix}${via}, inside the project; choose a directory outside it (the default is \${RUNNER_TEMP}/pycache) so cached bytecode never mixes with sources.`);
    }
    if (inside(prefix, root) || inside(real, root)) {
        throw new InputError(`Input '${Input.Prefix}' is ${prefix}${via}, which contains the project; choose a directory outside it, such as \${RUNNER_TEMP}/pycache.`);
    }
    const info = await (0,promises_.stat)(real).catch(() => null);
    if (info !== null && !info.isDirectory()) {
        throw new InputError(`Input '${Input.Prefix}' is ${prefix}, which is a file, not a directory; name a directory (it is created if missing), such as \${RUNNER_TEMP}/pycache.`);
    }
    return prefix;
}
async function interpretersOf(inputs, root) {
    const seen = new Map();
    for (const name of inputs.python) {
        const interpreter = await describe(await findInterpreter(name, root), {
            distributions: inputs.layout !== 'in-place',
            // The cache library's parsing (about 80 ms) overlaps the interpreter's start-up.
            ...(inputs.cache ? { started: preload } : {}),
        });
        if (!seen.has(interpreter.executable))
            seen.set(interpreter.executable, interpreter);
    }
    return [...seen.values()];
}
/** The pycs the helper vouched for and their bytes: no second walk of a prefix it just wrote. */
function sizeOf(counts) {
    return { files: counts.reduce((n, c) => n + c.pyc_files, 0), bytes: counts.reduce((n, c) => n + c.pyc_bytes, 0) };
}
/** Logs to core.debug how long each phase took since the last mark, for people timing a run. */
function phaseTimer(step) {
    let last = Date.now();
    // The process's start-up (Node, loading the bundle, reading inputs) counts as a phase too.
    debug(`${step}: starting took ${Math.round(performance.now())} ms.`);
    return (phase) => {
        const now = Date.now();
        debug(`${step}: ${phase} took ${now - last} ms.`);
        last = now;
    };
}
async function runWarm(inputs, root) {
    const started = Date.now();
    const mark = phaseTimer('Warm');
    const inPlace = inputs.layout === 'in-place';
    const prefix = await prefixDir(inputs, root);
    const warning = modeWarning(inputs.invalidationMode);
    if (warning !== null)
        core_warning(warning);
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
        core_warning(`Input '${Input.Sources}' matched no files under ${root}; only ${inputs.scope.filter((s) => s !== 'project').join(' and ') || 'nothing'} will be warmed.`);
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
    debug(`Cache key ${key}; restore keys: ${restoreKeys.join(', ')}.`);
    const guard = interpreters[0]?.executable;
    const restored = inputs.cache && guard !== undefined ? await restore(prefix, key, restoreKeys, guard) : null;
    mark('restoring the cache');
    if (restored?.kind === 'unavailable')
        core_warning(`The bytecode cache could not be restored (${restored.why}); compiling from scratch.`);
    // What to compile now. An exact hit trusts its key (sources and installed distributions):
    // checked-hash pycs are validated on import anyway, so a verification pass is pure cost.
    // Otherwise the job itself is the cheapest compiler: it compiles only what it imports, once,
    // and the post step keeps those pycs. Only a job that cannot write bytecode needs them now.
    // In place, the stdlib and site-packages keep their own pycs: the tree holds the project's.
    const scope = inPlace ? inputs.scope.filter((s) => s === 'project') : inputs.scope;
    const plan = compilePlan(restored?.kind ?? 'off', scope, writesBytecode(process.env));
    const counts = [];
    let full = null;
    // The key came from the index; what is compiled is every source on disk, untracked ones too.
    const compiling = inPlace && plan.includes('project') ? await projectSources(root, inputs.sources) : { files: sources, skipped: [] };
    for (const interpreter of plan.length === 0 ? [] : interpreters) {
        const request = {
            roots: compileRoots(interpreter, plan, root, compiling.files),
            mode: inputs.invalidationMode,
            workers: 0,
        };
        counts.push(await callHelper({ python: interpreter.executable, command: 'compile', request, prefix }));
        full = noSpaceWarning(prefix, counts);
        if (full !== null)
            break;
    }
    if (plan.length > 0)
        mark('compiling');
    // What this step found and what the helper refused to read (links, size), each path once.
    const skipped = new Map([...project.skipped, ...compiling.skipped].map((s) => [s.path, s.why]));
    for (const c of counts)
        for (const s of c.skipped_paths ?? [])
            if (!skipped.has((0,external_node_path_.relative)(root, s.path)))
                skipped.set((0,external_node_path_.relative)(root, s.path), s.message);
    // The helper lists the first few of what it skipped; its count says how many there were.
    const total = Math.max(skipped.size, ...counts.map((c) => project.skipped.length + compiling.skipped.length + (c.skipped ?? 0)));
    const unread = skippedWarning([...skipped].map(([path, why]) => ({ path, why })), showPath, total);
    if (unread !== null)
        core_warning(unread);
    const matchedKey = restored !== null && (restored.kind === 'hit' || restored.kind === 'partial') ? restored.matchedKey : '';
    const compiled = counts.reduce((n, c) => n + c.compiled, 0);
    const reused = counts.reduce((n, c) => n + c.reused, 0);
    setOutput(Output.Compiled, String(compiled));
    setOutput(Output.Reused, String(reused));
    const report = () => ({
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
        core_warning(full);
        setOutput(Output.Prefix, '');
        setOutput(Output.CacheKey, key);
        setOutput(Output.CacheHit, 'false');
        setOutput(Output.CacheMatchedKey, matchedKey);
        return report();
    }
    const inProject = inPlace ? await placeInProject(interpreters, prefix, root) : null;
    if (inPlace)
        mark('placing pycs in the project');
    const layout = inProject === null ? 'prefix' : 'in-place';
    if (layout === 'prefix')
        exportVariable('PYTHONPYCACHEPREFIX', prefix);
    saveState(State.Warm, 'true');
    saveState(State.Layout, layout);
    saveState(State.Prefix, prefix);
    saveState(State.Project, root);
    saveState(State.Key, key);
    saveState(State.MatchedKey, matchedKey);
    saveState(State.Interpreters, JSON.stringify(interpreters.map((i) => i.executable)));
    saveState(State.Mode, inputs.invalidationMode);
    saveState(State.Cache, String(inputs.cache));
    saveState(State.NoSave, noSave ?? '');
    saveState(State.MainSeconds, String((Date.now() - started) / 1000));
    // Last: any pyc read or written after this moment was the job's.
    saveState(State.Since, String(Date.now() / 1000));
    setOutput(Output.Prefix, prefix);
    setOutput(Output.CacheKey, key);
    setOutput(Output.CacheHit, String(restored?.kind === 'hit'));
    setOutput(Output.CacheMatchedKey, matchedKey);
    info(layout === 'prefix'
        ? `Warmed ${prefix}: ${compiled} compiled, ${reused} reused; PYTHONPYCACHEPREFIX is set for the rest of the job.`
        : `Warmed ${root} in place from ${prefix}: ${compiled} compiled, ${reused} reused.`);
    return { ...report(), ...(inProject === null ? {} : { placed: inProject }) };
}
/**
 * In place, the job read the project's pycs from its __pycache__, not from the tree: what
 * the summary says it read, wrote and saved comes from the collect pass. The tree's own
 * counts (kept, pruned, rewritten) stay the refresh's.
 */
function inPlaceTotals(totals, collected) {
    // Per interpreter, in the same order: only when every collect answered.
    if (collected.length === 0 || collected.length !== totals.length)
        return [...totals];
    return collected.map((c, i) => ({ ...totals[i], ...jobCounts(c) }));
}
/** What the job read, wrote and was spared, as the collect pass counted it. */
function jobCounts(c) {
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
/**
 * Copies the tree's project pycs into the project's own __pycache__ directories (the helper
 * writes only through real directories, never over a file). A checkout that refuses writes
 * turns this run back to the prefix layout, which needs no write into it.
 */
async function placeInProject(interpreters, prefix, root) {
    let total = 0;
    for (const interpreter of interpreters) {
        const placed = await callHelper({
            python: interpreter.executable,
            command: 'place',
            request: { prefix, project: root },
            prefix,
        });
        debug(`In place with ${interpreter.executable}: ${placed.placed} placed, ${placed.present} already there.`);
        if (placed.read_only !== null) {
            core_warning(`The checkout cannot be written (${Input.Layout}: in-place needs its __pycache__ directories), so this run uses the prefix layout and exports PYTHONPYCACHEPREFIX instead.`);
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
async function runPost() {
    try {
        if (getState(State.Warm) !== 'true')
            return false;
        const prefix = getState(State.Prefix);
        const key = getState(State.Key);
        const mode = getState(State.Mode);
        if (!(0,external_node_path_.isAbsolute)(prefix))
            return false;
        const started = Date.now();
        const mark = phaseTimer('Post');
        const root = getState(State.Project);
        const since = Number(getState(State.Since));
        const cacheOn = getState(State.Cache) === 'true';
        const matched = getState(State.MatchedKey);
        const exactHit = cacheOn && matched === key;
        // On an exact hit nothing is saved, so the pass only surveys what the tree was worth.
        const request = {
            prefix,
            mode,
            since: Number.isFinite(since) ? since : null,
            keep: (0,external_node_path_.isAbsolute)(root) ? [root] : [],
            write: !exactHit,
            ...((0,external_node_path_.isAbsolute)(root) ? { project: root } : {}),
        };
        const totals = [];
        const pythons = JSON.parse(getState(State.Interpreters) || '[]');
        const collected = [];
        if (getState(State.Layout) === 'in-place' && (0,external_node_path_.isAbsolute)(root)) {
            // The job read and wrote the project's pycs in place: mirror them into the tree first,
            // so the refresh and the save policy below see them as the prefix layout would. On an
            // exact hit nothing is saved, so the pass only counts what the job read.
            for (const python of pythons) {
                try {
                    const c = await callHelper({
                        python,
                        command: 'collect',
                        request: { prefix, project: root, mode, since: request.since, write: !exactHit },
                        prefix,
                    });
                    collected.push(c);
                }
                catch (error) {
                    core_warning(`Collecting the project's pycs with ${python} failed (${error instanceof Error ? error.message : String(error)}); saving the tree as it is.`);
                }
            }
        }
        if (collected.length > 0)
            mark("collecting the project's pycs");
        // In place on an exact hit the job read the project's pycs from its __pycache__ and
        // nothing is saved: the collect pass already counted what the payoff line needs, and a
        // refresh of a tree nobody reads would be pure cost.
        const refresh = !(exactHit && collected.length > 0 && collected.length === pythons.length);
        for (const python of refresh ? pythons : []) {
            try {
                totals.push(await callHelper({ python, command: 'refresh', request, prefix }));
            }
            catch (error) {
                core_warning(`Refreshing the bytecode prefix with ${python} failed (${error instanceof Error ? error.message : String(error)}); saving it as it is.`);
            }
        }
        if (refresh)
            mark('refreshing the tree');
        let saved = null;
        const noSave = getState(State.NoSave);
        const worth = saveWorthIt(exactHit ? 'hit' : matched === '' ? 'miss' : 'partial', totals);
        if (cacheOn) {
            if (noSave !== '') {
                saved = { kind: 'skipped', why: noSave };
                info(`Not saving the bytecode cache: ${noSave}.`);
            }
            else if (exactHit) {
                info(`Cache hit on ${key}: nothing to save.`);
            }
            else if (!worth.save) {
                info(`Not saving ${key}: ${worth.why}`);
            }
            else {
                saved = await save(prefix, key);
                if (saved.kind !== 'saved')
                    core_warning(`The bytecode cache was not saved (${saved.why}); the next run compiles again.`);
                else
                    info(`Saved ${prefix} as ${key}.`);
            }
        }
        if (saved !== null)
            mark('saving the cache');
        const mainSeconds = Number(getState(State.MainSeconds));
        const post = (Date.now() - started) / 1000;
        await summary
            .addRaw(refreshSummary({
            totals: refresh
                ? inPlaceTotals(totals, collected)
                : collected.map((c) => ({ rewritten: 0, pruned: 0, kept: 0, ...jobCounts(c) })),
            refreshed: refresh,
            layout: getState(State.Layout) === 'in-place' ? 'in-place' : 'prefix',
            saved,
            skipped: cacheOn && !exactHit && !worth.save ? worth.why : null,
            key,
            first: cacheOn && matched === '',
            seconds: { main: Number.isFinite(mainSeconds) ? mainSeconds : 0, post },
        }))
            .write();
        return saved?.kind === 'abandoned';
    }
    catch (error) {
        // A post step that fails would fail a job whose real work succeeded: warn instead.
        core_warning(`Saving the bytecode cache failed: ${error instanceof Error ? error.message : String(error)}`);
        return false;
    }
}
/** Absolute paths of the project's sources that the `sources` globs select, sorted. */
async function findSources(root, patterns) {
    const absolute = patterns.map((p) => (p.startsWith('!') ? `!${(0,external_node_path_.join)(root, p.slice(1))}` : (0,external_node_path_.join)(root, p)));
    // Never a repository's own metadata, and never an in-project virtualenv's packages (uv puts
    // one in .venv/): those belong to the site-packages scope, and hashing them on every run as
    // project sources would only slow the key down.
    for (const skip of ['**/.git/**', '**/site-packages/**', '**/dist-packages/**'])
        absolute.push(`!${(0,external_node_path_.join)(root, skip)}`);
    // Loaded only when there is no git work tree to ask: it brings @actions/core and undici.
    const glob = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 2377));
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
async function projectSources(root, patterns, { indexOnly = false } = {}) {
    const wanted = sourceFilter(patterns);
    const skipped = [];
    const read = sourceReader(root);
    const take = (path, hexLength) => {
        const bytes = read(path);
        if (bytes === null)
            return null;
        if ('why' in bytes) {
            skipped.push({ path, why: bytes.why });
            return null;
        }
        return { path, id: blobId(bytes.data, hexLength) };
    };
    let entries = null;
    try {
        // In place, the key only tells an exact hit from a partial one: Python checks each placed
        // pyc against its source anyway, so the index (the commit just checked out) stands for
        // the sources, rather than git re-hashing every file and walking for untracked ones.
        const tree = await listWorkTreeFiles(root, { indexOnly });
        const hexLength = tree.clean.values().next().value?.length ?? 40;
        entries = [];
        // git checked these out as regular files and says they still match the index; the
        // helper checks them again (links on the way, size) when it reads them.
        for (const [path, blob] of tree.clean)
            if (wanted(path))
                entries.push({ path, id: blob });
        for (const path of [...tree.changed, ...tree.untracked]) {
            if (!wanted(path))
                continue;
            const entry = take(path, hexLength);
            if (entry !== null)
                entries.push(entry);
        }
    }
    catch (error) {
        // Warming needs no git: a project outside a work tree (or a machine without git) is walked.
        if (!(error instanceof GitMissingError || error instanceof NotARepositoryError))
            throw error;
    }
    if (entries === null) {
        entries = [];
        for (const file of await findSources(root, patterns)) {
            const entry = take(toPosixPath((0,external_node_path_.relative)(root, file)));
            if (entry !== null)
                entries.push(entry);
        }
    }
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files: entries.map((e) => (0,external_node_path_.join)(root, e.path)), digest: sourcesDigest(entries), skipped };
}
function toPosixPath(path) {
    return path.split(external_node_path_.sep).join('/');
}

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
    return out.map(escapeHtml).join('; ');
}
function artifacts_row(artifact, f) {
    const { python, mode } = f.header === null ? { python: '—', mode: '—' } : describeHeader(f.header);
    const cells = [
        htmlPath(artifact.path),
        htmlPath(f.path),
        escapeHtml(python),
        escapeHtml(mode),
        f.failing ? '❌' : f.allowedBy !== null ? 'allowed' : '⚠️',
        artifacts_notes(f),
    ];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}
function problems(a) {
    const out = [];
    if (a.stopped !== null)
        out.push(`${htmlPath(a.path)}: ${escapeHtml(a.stopped)}`);
    if (a.unsafeNames.length > 0) {
        const shown = a.unsafeNames.slice(0, UNSAFE_SHOWN).map(htmlPath).join(', ');
        const more = a.unsafeCount > UNSAFE_SHOWN ? ` and ${a.unsafeCount - UNSAFE_SHOWN} more` : '';
        out.push(`${htmlPath(a.path)} has ${plural(a.unsafeCount, 'member')} named outside its folder (absolute or with <code>..</code>): ${shown}${more}`);
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
    const checked = plural(run.artifacts.length, 'artifact');
    if (run.artifacts.length === 0)
        parts.push('<p>⚠️ No file matched <code>artifacts</code>: build the distributions before this step, or fix the globs.</p>');
    else if (failing > 0)
        parts.push(`<p>❌ ${plural(failing, 'bytecode member')} in ${checked} ${failing === 1 ? 'fails' : 'fail'} the check.</p>`);
    else if (findings.length > 0)
        parts.push(`<p>⚠️ ${plural(findings.length, 'bytecode member')} in ${checked}, none failing.</p>`);
    else
        parts.push(`<p>✅ No bytecode in ${checked}.</p>`);
    for (const p of run.unmatched.slice(0, 20))
        parts.push(`<p>ℹ️ <code>${escapeHtml(showPath(p))}</code> matched no file.</p>`);
    if (run.skipped > 0)
        parts.push(`<p>⚠️ ${plural(run.skipped, 'more matching file')} not read (the first ${run.artifacts.length} were).</p>`);
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
        const tail = rest > 0 ? `<tr><td colspan="6">… and ${plural(rest, 'more member')}.</td></tr>` : '';
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
            const names = reported.slice(0, 3).map((f) => showPath(f.path));
            const more = reported.length > 3 ? ` and ${reported.length - 3} more (see the step summary)` : '';
            out.push({
                level: failing ? 'error' : 'warning',
                title: 'Bytecode in a built distribution',
                file: a.path,
                message: `${a.kind === 'archive' ? 'This archive' : `This ${a.kind}`} carries ${plural(reported.length, 'bytecode member')}: ${names.join(', ')}${more}. Exclude __pycache__/ and *.py[co] from the build (MANIFEST.in, the build backend's exclude settings), or list them in allow.`,
            });
        }
        if (a.stopped !== null)
            out.push({
                level: 'error',
                title: 'Built distribution not read whole',
                file: a.path,
                message: `${showPath(a.path)}: ${a.stopped}.`,
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
        parts.push(`${plural(failing, 'bytecode member')} in built distributions ${failing === 1 ? 'fails' : 'fail'} the check; exclude __pycache__/ and *.py[co] from the build`);
    if (bad.length > 0)
        parts.push(`${plural(bad.length, 'built distribution')} could not be read whole (${bad
            .map((a) => showPath(a.path))
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
            headers.set(member.path, member.head instanceof Uint8Array ? decodeHeader(member.head) : member.head);
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
const read_READ_FLAGS = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK;
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
        fd = (0,external_node_fs_.openSync)(file, read_READ_FLAGS);
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
            if (size >= HEAD_BYTES) {
                finish(new Uint8Array(Buffer.concat(chunks).subarray(0, HEAD_BYTES)));
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
            if (size < HEAD_BYTES) {
                chunks.push(chunk);
                size += chunk.length;
            }
        });
        pending.push(new Promise((resolve) => {
            entry.on('end', () => {
                bytecode[at] = { path, head: new Uint8Array(Buffer.concat(chunks).subarray(0, HEAD_BYTES)) };
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
    if ((0,external_node_path_.isAbsolute)(positive) || !inside(workspace, (0,external_node_path_.normalize)((0,external_node_path_.join)(workspace, positive)))) {
        throw new InputError(`Input '${Input.Artifacts}' takes globs relative to the workspace (${workspace}), but ${JSON.stringify(pattern)} reaches outside it.`);
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
        const found = (await globber.glob()).filter((f) => inside(workspace, f));
        if (found.length === 0)
            unmatched.push(pattern);
        for (const f of found)
            files.add(f);
    }
    const sorted = [...files].sort();
    const allow = allowMatcher(options.allow);
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
    const run = await group('Built distributions', async () => {
        const result = await checkArtifacts(workspace, {
            patterns: inputs.artifacts,
            allow: inputs.allow,
            failOn: inputs.failOn,
        });
        for (const a of result.artifacts)
            info(`${showPath(a.path)}: ${a.kind}, ${plural(a.result.findings.length, 'bytecode member')}${a.stopped === null ? '' : `; ${a.stopped}`}`);
        return result;
    });
    if (run.artifacts.length === 0)
        core_warning(`Input '${Input.Artifacts}' matched no file; build the distributions before this step, or fix the globs.`);
    for (const a of artifactAnnotations(run, ANNOTATIONS))
        annotate(a);
    summary.addRaw(artifactsSummary(run));
    const failure = artifactsFailure(run, inputs.failOn);
    return failure === null ? [] : [failure];
}

;// CONCATENATED MODULE: ./src/main.ts
// The main step: read inputs once, run each enabled capability, publish, fail once.













function annotate(a) {
    const props = {
        ...(a.title === '' ? {} : { title: a.title }),
        // A name that is not UTF-8 cannot name a file on GitHub: the message shows it escaped instead.
        ...(a.file === undefined || hasEscapedBytes(a.file) ? {} : { file: a.file }),
        ...(a.line === undefined ? {} : { startLine: a.line }),
    };
    if (a.level === 'error')
        error(a.message, props);
    else if (a.level === 'warning')
        core_warning(a.message, props);
    else
        notice(a.message, props);
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
            audit: changed && check.audit !== null ? await auditProject(root, await listTracked(root)) : check.audit,
            error: error.message,
        };
    }
    return { fix, audit: check.audit === null ? null : await auditProject(root, await listTracked(root)), error: null };
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
    info(report.info);
    for (const [name, value] of report.outputs)
        setOutput(name, value);
    if (inputs.sarif !== '') {
        const sarif = buildSarif({
            result: report.result,
            audit: report.ignore === null ? null : (fixed?.audit ?? check.audit),
            negations: report.negations,
            ignore: report.ignore,
            repoPath: report.repoPath,
            version: VERSION,
        });
        info(`SARIF written to ${await writeWorkspaceJson(workspace, inputs.sarif, sarif)}.`);
    }
    summary.addRaw(report.summary);
    return [...report.reasons];
}
async function run() {
    try {
        const inputs = readInputs((name) => getInput(name));
        logGitCommands((line) => debug(line));
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const root = await resolveProjectRoot(workspace, inputs.path);
        // git looks for no repository above the workspace, and accepts no repository in it but the
        // workspace's own and its submodules.
        await confine(workspace);
        if (!inputs.check && !inputs.warm && inputs.artifacts.length === 0) {
            info(`Inputs '${Input.Check}' and '${Input.Warm}' are both false: nothing to do.`);
            return;
        }
        summary.addRaw('<h2>pycache-action</h2>\n');
        const reasons = [];
        try {
            if (inputs.check)
                reasons.push(...(await group('Committed bytecode and ignore rules', () => checkProject(inputs, root, workspace))));
            if (inputs.artifacts.length > 0)
                reasons.push(...(await group('Built distributions', () => artifactsStep(inputs, workspace, annotate))));
            if (inputs.warm)
                summary.addRaw(warmSummary(await group('Bytecode cache', () => runWarm(inputs, root))));
        }
        finally {
            // Every section bounds itself; this is the last line of defence, since the runner drops a
            // summary over 1 MiB whole and the findings with it.
            if (Buffer.byteLength(summary.stringify()) > SUMMARY_LIMIT - 64 * 1024) {
                summary.emptyBuffer();
                summary.addRaw('<h2>pycache-action</h2>\n<p>⚠️ The step summary grew past what the runner accepts, so it is left out; the annotations and outputs still hold the findings.</p>\n');
            }
            await summary.write();
        }
        if (reasons.length > 0)
            setFailed(`${reasons.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()));
    }
    catch (error) {
        setFailed(error instanceof Error ? error.message : String(error));
    }
}

;// CONCATENATED MODULE: ./src/post.ts
// The post step: refresh and save the warmed prefix (runPost in warm/run.ts). src/index.ts calls it
// when the main step's saved state says this is the post step.


function post() {
    // The job's real work is done by now, so a library error that escapes runPost (a callback of
    // an upload given up on the timeout, say) costs a warning, never the step.
    const late = (error) => {
        core_warning(`The post step caught an unexpected error (${error instanceof Error ? error.message : String(error)}); the job is not affected.`);
    };
    process.on('uncaughtException', late);
    process.on('unhandledRejection', late);
    // An abandoned upload keeps sockets open: end the step once everything is reported.
    void group('Bytecode cache: refresh and save', runPost).then((pending) => {
        if (pending)
            process.exit(0);
    });
}

;// CONCATENATED MODULE: ./src/step.ts
// One bundle serves both steps of action.yml (runs.main and runs.post), as in actions/checkout:
// the main step saves State.IsPost first thing, and the runner hands saved state to the post
// step only, so its presence says which step this is.




if (getState(State.IsPost) === 'true') {
    post();
}
else {
    saveState(State.IsPost, 'true');
    void run();
}


/***/ })

};
