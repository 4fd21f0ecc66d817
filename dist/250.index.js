export const id = 250;
export const ids = [250];
export const modules = {

/***/ 465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _c: () => (/* binding */ allowMatcher),
/* harmony export */   fU: () => (/* binding */ globMatcher)
/* harmony export */ });
/* unused harmony export globToRegExp */
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


/***/ }),

/***/ 3624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lq: () => (/* binding */ HEAD_BYTES),
  E2: () => (/* binding */ decodeHeader),
  to: () => (/* binding */ describeHeader)
});

// UNUSED EXPORTS: HEADER_BYTES, lookupMagic

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


/***/ }),

/***/ 4772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K_: () => (/* binding */ resolveProjectRoot),
/* harmony export */   T2: () => (/* binding */ sourceReader),
/* harmony export */   W4: () => (/* binding */ readHeads),
/* harmony export */   xT: () => (/* binding */ writeWorkspaceJson)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _check_pyc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3624);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8422);
/* harmony import */ var _pathbytes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3177);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8431);
/* harmony import */ var _warm_sources_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2891);
// The filesystem adapter: reads and writes in a checkout that the pull request controls, so
// none of them goes through a symbolic link or waits on a FIFO, and every read is bounded.
// Node built-ins only: the pre-commit hook bundles it too.








/** The `path` input as an absolute directory inside the workspace, symlinks resolved. */
async function resolveProjectRoot(workspace, path) {
    const outside = `Input 'path' must name a directory inside the workspace (${workspace}), but ${JSON.stringify(path)} is outside it.`;
    const wanted = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, path);
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .inside */ .n)(workspace, wanted))
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(outside);
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(wanted);
    }
    catch {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input 'path' is ${JSON.stringify(path)}, which does not exist in the workspace; check out the repository first or fix the path.`);
    }
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .inside */ .n)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace), real))
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(outside);
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real)).isDirectory())
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input 'path' must name a directory, but ${JSON.stringify(path)} is a file.`);
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
                    answer = judge((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,_pathbytes_js__WEBPACK_IMPORTED_MODULE_5__/* .fsPath */ .Jk)(root, dir)), '');
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
    const buffer = Buffer.alloc(_check_pyc_js__WEBPACK_IMPORTED_MODULE_3__/* .HEAD_BYTES */ .Lq);
    for (const path of paths) {
        const slash = path.lastIndexOf('/');
        const problem = slash < 0 ? null : linked(path.slice(0, slash));
        heads.set(path, problem !== null ? { error: problem } : readHead((0,_pathbytes_js__WEBPACK_IMPORTED_MODULE_5__/* .fsPath */ .Jk)(root, path), buffer));
    }
    return heads;
}
// O_NOFOLLOW: a tracked symlink named x.pyc is a link, not bytecode, and its target may be
// anything (outside the repository, a FIFO that blocks forever); open fails with ELOOP
// instead. O_NONBLOCK: a FIFO committed as a plain name is opened without waiting for a writer.
const READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
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
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, READ_FLAGS);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile())
            return { error: 'not a regular file, so it was not read' };
        const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, _check_pyc_js__WEBPACK_IMPORTED_MODULE_3__/* .HEAD_BYTES */ .Lq, 0);
        return Uint8Array.prototype.slice.call(buffer, 0, bytesRead);
    }
    catch (error) {
        const code = error.code ?? 'error';
        return { error: OPEN_ERRORS[code] ?? `unreadable (${code})` };
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
// As for bytecode headers: never through a link, never waiting on a FIFO.
const SOURCE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
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
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,_pathbytes_js__WEBPACK_IMPORTED_MODULE_5__/* .fsPath */ .Jk)(root, path), SOURCE_FLAGS);
            const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            if (!info.isFile())
                return { why: 'not a regular file' };
            if (info.size > _warm_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_SOURCE_BYTES */ .Tw)
                return { why: `larger than ${_warm_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_SOURCE_BYTES */ .Tw / 1024 / 1024} MiB` };
            // One byte more than allowed tells a file that grew since the fstat.
            const data = Buffer.allocUnsafe(info.size + 1);
            let length = 0;
            for (let n = -1; n !== 0 && length < data.length; length += n)
                n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, data, length, data.length - length, null);
            if (length > _warm_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_SOURCE_BYTES */ .Tw)
                return { why: `larger than ${_warm_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_SOURCE_BYTES */ .Tw / 1024 / 1024} MiB` };
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
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    };
}
// O_NOFOLLOW: a committed symbolic link where the report goes is never written through (it
// could point anywhere the runner user may write). O_NONBLOCK: a committed FIFO fails (ENXIO)
// instead of blocking the step until a reader comes.
const WRITE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
/**
 * Writes `data` as JSON to `path` (relative to the workspace), which must stay inside it: the
 * path is checked as written, every directory on the way is checked with lstat (none may be a
 * symbolic link, missing ones are created), and the file itself is opened without following a
 * link. The checkout is the pull request's, so any of these may be a committed link.
 */
async function writeWorkspaceJson(workspace, path, data) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, path);
    const shown = JSON.stringify(path);
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .inside */ .n)(workspace, file) || file === (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace)) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input 'sarif' must be a file path inside the workspace (${workspace}), but ${shown} is not.`);
    }
    // The workspace itself may be reached through links the runner set up; below it, nothing may be.
    const top = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace);
    const parts = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace), file).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep);
    let dir = top;
    for (const part of parts.slice(0, -1)) {
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, part);
        const here = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(top, dir).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
        let info = await lstatOrNull(dir);
        if (info === null) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir);
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            info = await lstatOrNull(dir);
        }
        if (info?.isSymbolicLink())
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input 'sarif' is ${shown}, but ${here} in the workspace is a symbolic link, and the SARIF file is never written through one; choose a path without links.`);
        if (!info?.isDirectory())
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input 'sarif' is ${shown}, but ${here} in the workspace is not a directory; choose another path.`);
    }
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, parts.at(-1));
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .inside */ .n)(top, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dir)))
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input 'sarif' must be a file path inside the workspace (${workspace}), but ${shown} is not.`);
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(target, WRITE_FLAGS, 0o644);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input 'sarif' is ${shown}, which is a symbolic link in the workspace, and the SARIF file is never written through one; choose another path.`);
        if (code === 'EISDIR' || code === 'ENXIO')
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input 'sarif' is ${shown}, which is not a regular file in the workspace; choose another path.`);
        throw error;
    }
    try {
        if (!(await handle.stat()).isFile())
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input 'sarif' is ${shown}, which is not a regular file in the workspace; choose another path.`);
        await handle.writeFile(`${JSON.stringify(data, null, 2)}\n`);
    }
    finally {
        await handle.close();
    }
    return target;
}
async function lstatOrNull(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return null;
        throw error;
    }
}


/***/ }),

/***/ 1243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ changedSince),
/* harmony export */   DY: () => (/* binding */ workTreeTop),
/* harmony export */   Do: () => (/* binding */ confine),
/* harmony export */   Ft: () => (/* binding */ listWorkTreeFiles),
/* harmony export */   MT: () => (/* binding */ prefixOf),
/* harmony export */   PL: () => (/* binding */ checkIgnore),
/* harmony export */   QE: () => (/* binding */ hasCommit),
/* harmony export */   Ry: () => (/* binding */ GIT_NEEDS),
/* harmony export */   VH: () => (/* binding */ listIndex),
/* harmony export */   ZQ: () => (/* binding */ commitParents),
/* harmony export */   _o: () => (/* binding */ excludesFile),
/* harmony export */   bH: () => (/* binding */ GitMissingError),
/* harmony export */   cM: () => (/* binding */ listTrackedWithSubmodules),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   iH: () => (/* binding */ fetchCommit),
/* harmony export */   k0: () => (/* binding */ changedSinceInSubmodule),
/* harmony export */   lE: () => (/* binding */ NotARepositoryError),
/* harmony export */   oG: () => (/* binding */ gitDir),
/* harmony export */   oj: () => (/* binding */ requireGit),
/* harmony export */   p8: () => (/* binding */ logGitCommands),
/* harmony export */   rW: () => (/* binding */ removeCached),
/* harmony export */   xc: () => (/* binding */ gitlinksAt),
/* harmony export */   z7: () => (/* binding */ listTracked)
/* harmony export */ });
/* unused harmony exports ForeignRepositoryError, parseGitVersion, gitTooOld */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8431);
/* harmony import */ var _pathbytes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3177);
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
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
    }
    catch {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    }
}
async function hasDotGit(dir) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.git'));
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
            if (boundary !== null && !(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .inside */ .n)(boundary, start))
                return null;
            // Innermost first.
            const tops = [];
            for (let at = start;; at = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at)) {
                if (await hasDotGit(at)) {
                    tops.push(at);
                    if (boundary === null)
                        break;
                }
                if (at === boundary || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at) === at)
                    break;
            }
            const [inner] = tops;
            if (inner === undefined)
                return null;
            for (let i = tops.length - 1; i > 0; i--)
                await requireSubmodule(tops[i], tops[i - 1]);
            return { top: inner, dotGit: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(inner, '.git') };
        })();
        repositories.set(dir, answer);
    }
    return answer;
}
/** Throws ForeignRepositoryError unless the repository at `outer` records `inner` as a submodule. */
async function requireSubmodule(outer, inner) {
    const link = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(outer, inner).split('\\').join('/');
    const repo = { top: outer, dotGit: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outer, '.git') };
    const result = await spawnGit(outer, ['ls-files', '-z', '--stage', '--', link], repo);
    let recorded = false;
    eachStageEntry((0,_pathbytes_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePath */ .q0)(result.stdout), (path, mode) => {
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
        env.GIT_CEILING_DIRECTORIES = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(repo.top);
    }
    // Every path handed to git is a name, never pathspec magic (`:(top)x.pyc`, `:!x`, `*`).
    // check-ignore refuses the literal flag, so checkIgnore() neutralises magic itself.
    // Only `git --version` runs without a repository, and it reads none.
    const hardened = repo === null ? [] : [...hardening(repo), ...(args[0] === 'check-ignore' ? [] : ['--literal-pathspecs'])];
    const started = Date.now();
    return new Promise((resolvePromise, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...hardened, ...args], {
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
    const text = (0,_pathbytes_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePath */ .q0)(buffer);
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
        parts.push((0,_pathbytes_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePath */ .O0)(`${prefix}${path}`), nul);
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
            const lines = (0,_pathbytes_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePath */ .q0)(result.stdout).split('\n');
            if (lines.length === 4 && lines[3] === '')
                return { top: lines[0] ?? '', prefix: lines[1] ?? '', gitDir: lines[2] ?? '' };
            // A name with a line break in it: ask one question at a time, each answer whole.
            const one = async (flag) => (0,_pathbytes_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePath */ .q0)(await gitOk(dir, ['rev-parse', flag])).replace(/\n$/, '');
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
    eachStageEntry((0,_pathbytes_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePath */ .q0)(await gitOk(dir, ['ls-files', '-z', '--stage'])), (path, mode, merged, id) => {
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
    eachStageEntry((0,_pathbytes_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePath */ .q0)(stage), (path, mode, merged, id) => {
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
            answer = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)((0,_pathbytes_js__WEBPACK_IMPORTED_MODULE_4__/* .fsPath */ .Jk)(dir, prefix)).then((s) => s.isSymbolicLink(), () => false);
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


/***/ }),

/***/ 3177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ escapedByte),
/* harmony export */   Bz: () => (/* binding */ hasEscapedBytes),
/* harmony export */   Jk: () => (/* binding */ fsPath),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   q0: () => (/* binding */ decodePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
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
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, path);
    return Buffer.concat([Buffer.from((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, '.'), 'utf8'), Buffer.from(node_path__WEBPACK_IMPORTED_MODULE_0__.sep), encodePath(path)]);
}


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ inside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
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
    const path = on === 'win32' ? node_path__WEBPACK_IMPORTED_MODULE_0__.win32 : node_path__WEBPACK_IMPORTED_MODULE_0__.posix;
    const rel = on === 'darwin' ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.relative(foldDarwin(parent), foldDarwin(child)) : path.relative(parent, child);
    return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   P8: () => (/* binding */ showPath),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   vy: () => (/* binding */ htmlPath)
/* harmony export */ });
/* harmony import */ var _pathbytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3177);
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
        const byte = (0,_pathbytes_js__WEBPACK_IMPORTED_MODULE_0__/* .escapedByte */ .AN)(piece);
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
        else if ((0,_pathbytes_js__WEBPACK_IMPORTED_MODULE_0__/* .escapedByte */ .AN)(ch) !== null)
            out += `\\x${(0,_pathbytes_js__WEBPACK_IMPORTED_MODULE_0__/* .escapedByte */ .AN)(ch).toString(16)}`;
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


/***/ }),

/***/ 5577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gx: () => (/* binding */ warmSummary),
/* harmony export */   iQ: () => (/* binding */ refreshSummary)
/* harmony export */ });
/* unused harmony exports payoff, payoffLine */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);

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
    const after = noSave === null ? 'the post step saves the tree' : `the post step does not save it (${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(noSave)})`;
    switch (restored.kind) {
        case 'hit':
            return `✅ Cache hit: restored <code>${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(restored.matchedKey)}</code>, saved by an earlier run for this commit, and trusted as it is (Python checks each pyc against its source on import).`;
        case 'partial':
            return `♻️ Partial hit: restored <code>${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(restored.matchedKey)}</code>, an older tree saved for other sources; Python recompiles what changed as the job imports it, and ${after}.`;
        case 'miss':
            return `🆕 Cache miss: the job compiles what it imports, and ${after}.`;
        case 'unavailable':
            return `⚠️ Cache unavailable (${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(restored.why)}): compiled from scratch; ${after}.`;
    }
}
function warmSummary(report) {
    const rows = report.interpreters.map((i, n) => {
        const c = report.counts[n];
        const cells = [
            `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(i.implementation)} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(i.version)}<br>${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlPath */ .vy)(i.executable)}`,
            `<code>${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(i.cacheTag)}</code>`,
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
        `<p>Prefix ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlPath */ .vy)(report.prefix)}: ${report.plan.length === 0
            ? 'nothing precompiled'
            : `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(report.plan.join(' + '))} precompiled, ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(report.size.files, 'file')}, ${mebibytes(report.size.bytes)}`}, in ${report.seconds.toFixed(1)} s. Key <code>${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(report.key)}</code>. ${report.full !== null
            ? `⚠️ ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(report.full)}`
            : report.placed !== undefined
                ? `In place: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(report.placed, 'project pyc')} copied into the project's <code>__pycache__</code> directories; no <code>PYTHONPYCACHEPREFIX</code>.`
                : '<code>PYTHONPYCACHEPREFIX</code> is set for the later steps of this job.'}</p>`,
        ...(errors.length > 0
            ? [
                `<details><summary>${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(errors.length, 'file')} could not be compiled (syntax errors are normal in test data)</summary><ul>${errors.map((e) => `<li>${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlPath */ .vy)(e.path)}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(e.message)}</li>`).join('')}</ul></details>`,
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
    const detail = `about ${s(p.saved)} of compiling saved (${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(p.savedFiles, 'pyc')} read from the tree had none in place)${p.extraFiles > 0
        ? `, about ${s(p.extra)} spent compiling ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(p.extraFiles, 'module')} that had pycs in place, which PYTHONPYCACHEPREFIX makes Python ignore`
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
        ? `Not saved: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.skipped)}`
        : r.saved === null
            ? 'Nothing saved (cache hit or <code>cache: false</code>).'
            : r.saved.kind === 'saved'
                ? `Saved as <code>${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.key)}</code>.`
                : `Not saved: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.saved.why)}.`;
    const counts = r.refreshed === false
        ? `The job read ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(sum((t) => t.read), 'placed pyc')} and wrote ${sum((t) => t.written)}; the tree was left as restored.`
        : `${sum((t) => t.read)} of the tree's pycs were read by the job and ${sum((t) => t.written)} written; ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(sum((t) => t.rewritten), 'pyc')} brought to the invalidation mode, ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(sum((t) => t.unused), 'unused pyc')} and ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(sum((t) => t.pruned), 'orphan')} pruned, ${sum((t) => t.kept)} kept.`;
    return `<h3>Bytecode cache (post)</h3>\n<p>${payoffLine(payoff(r.totals, r.seconds), r.first, r.layout)}</p>\n<p>${counts} ${save} ${r.seconds.post.toFixed(1)} s.</p>\n`;
}


/***/ }),

/***/ 4250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a2: () => (/* binding */ runPost),
  Rh: () => (/* binding */ runWarm)
});

// UNUSED EXPORTS: projectSources

// EXTERNAL MODULE: ./src/core.ts
var core = __webpack_require__(828);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/tar-guard.ts
// @actions/cache extracts a restored archive with `tar -xf … -P -C $GITHUB_WORKSPACE`: with
// -P an entry named `/home/runner/.bashrc`, `../../x` or written through a symbolic link the
// archive made a moment before lands anywhere the runner user can write. The library has no
// hook between download and extraction, but it runs the `tar` it finds on PATH. During a
// restore that is this guard: it lists the archive with the real tar (same decompression)
// and extracts only when every entry is a directory or a regular file inside the prefix.




/**
 * The guard, run by the job's own Python (3.8 or newer: the warm step has just described it)
 * with -I -S, which starts in about 15 ms where Node took 40: argv is tar's, the rest comes in
 * the environment. Anything but an extraction goes straight to the real tar.
 */
const GUARD = String.raw `import json, os, subprocess, sys
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
    core/* debug */.Yz(`Loading the cache library took ${Date.now() - loading} ms.`);
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

// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/fs.ts
var fs = __webpack_require__(4772);
// EXTERNAL MODULE: ./src/git.ts
var git = __webpack_require__(1243);
// EXTERNAL MODULE: ./src/warm/sources.ts
var warm_sources = __webpack_require__(2891);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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
        throw new src_inputs/* InputError */.dz(`${TIMEOUT_VARIABLE} must be a positive number of seconds, not ${JSON.stringify(raw)}.`);
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
    throw new src_inputs/* InputError */.dz(`Input 'python' names ${JSON.stringify(name)}, which was not found${name.includes('/') ? '' : ' on PATH'}; install it (for example with actions/setup-python) before this step or give its path.`);
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
    return prefix !== undefined && (0,paths/* inside */.n)(prefix, dir) ? null : dir;
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
                reject(new src_inputs/* InputError */.dz(`${call.python} is not a Python interpreter this action can use (exit code ${code ?? 'none'}${stderr ? `: ${stderr}` : ''}).`));
                return;
            }
            if (answer !== null && typeof answer === 'object' && 'error' in answer) {
                reject(new src_inputs/* InputError */.dz(typeof answer.error === 'string'
                    ? `${call.python}: ${answer.error}`
                    : `${call.python} failed '${call.command}' without saying why.`));
                return;
            }
            const bad = malformedField(call.command, answer);
            if (bad !== null) {
                reject(new src_inputs/* InputError */.dz(`${call.python} answered '${call.command}' with a malformed ${bad}; check that it runs this action's pycache_helper.py unchanged.`));
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
        throw new src_inputs/* InputError */.dz(`${python} is ${d.implementation} ${d.version}, which cannot read a PYTHONPYCACHEPREFIX tree; warming needs Python 3.8 or newer.`);
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

// EXTERNAL MODULE: ./src/report/warm.ts
var warm = __webpack_require__(5577);
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
    if ((0,paths/* inside */.n)(root, prefix) || (0,paths/* inside */.n)(root, real)) {
        throw new src_inputs/* InputError */.dz(`Input '${src_inputs/* Input */.pd.Prefix}' is ${prefix}${via}, inside the project; choose a directory outside it (the default is \${RUNNER_TEMP}/pycache) so cached bytecode never mixes with sources.`);
    }
    if ((0,paths/* inside */.n)(prefix, root) || (0,paths/* inside */.n)(real, root)) {
        throw new src_inputs/* InputError */.dz(`Input '${src_inputs/* Input */.pd.Prefix}' is ${prefix}${via}, which contains the project; choose a directory outside it, such as \${RUNNER_TEMP}/pycache.`);
    }
    const info = await (0,promises_.stat)(real).catch(() => null);
    if (info !== null && !info.isDirectory()) {
        throw new src_inputs/* InputError */.dz(`Input '${src_inputs/* Input */.pd.Prefix}' is ${prefix}, which is a file, not a directory; name a directory (it is created if missing), such as \${RUNNER_TEMP}/pycache.`);
    }
    return prefix;
}
async function interpretersOf(inputs, root) {
    const seen = new Map();
    for (const name of inputs.python) {
        const interpreter = await describe(await findInterpreter(name, root), {
            distributions: inputs.layout !== 'in-place',
            // The cache library's parsing (over 0.1 s) overlaps the interpreter's start-up.
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
    core/* debug */.Yz(`${step}: starting took ${Math.round(performance.now())} ms.`);
    return (phase) => {
        const now = Date.now();
        core/* debug */.Yz(`${step}: ${phase} took ${now - last} ms.`);
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
        core/* warning */.$e(warning);
    // describe (one Python start-up per interpreter) overlaps the source walk.
    const [interpreters, project] = await Promise.all([
        interpretersOf(inputs, root),
        inputs.scope.includes('project')
            ? projectSources(root, inputs.sources, { indexOnly: inPlace })
            : Promise.resolve({ files: [], digest: (0,warm_sources/* sourcesDigest */.LP)([]), skipped: [] }),
    ]);
    mark('describing the interpreters and listing the sources');
    const sources = project.files;
    if (inputs.scope.includes('project') && sources.length === 0) {
        core/* warning */.$e(`Input '${src_inputs/* Input */.pd.Sources}' matched no files under ${root}; only ${inputs.scope.filter((s) => s !== 'project').join(' and ') || 'nothing'} will be warmed.`);
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
    core/* debug */.Yz(`Cache key ${key}; restore keys: ${restoreKeys.join(', ')}.`);
    const guard = interpreters[0]?.executable;
    const restored = inputs.cache && guard !== undefined ? await restore(prefix, key, restoreKeys, guard) : null;
    mark('restoring the cache');
    if (restored?.kind === 'unavailable')
        core/* warning */.$e(`The bytecode cache could not be restored (${restored.why}); compiling from scratch.`);
    // What to compile now. An exact hit trusts its key (sources and installed distributions):
    // checked-hash pycs are validated on import anyway, so a verification pass is pure cost.
    // Otherwise the job itself is the cheapest compiler: it compiles only what it imports, once,
    // and the post step keeps those pycs. Only a job that cannot write bytecode needs them now.
    // In place, the stdlib and site-packages keep their own pycs: the tree holds the project's.
    const scope = inPlace ? inputs.scope.filter((s) => s === 'project') : inputs.scope;
    const plan = compilePlan(restored?.kind ?? 'off', scope, writesBytecode(process.env));
    const counts = [];
    let full = null;
    // In place the key came from the index; what is compiled is every source on disk, untracked
    // ones too (a listing whose skipped sources include the index's).
    const listed = inPlace && plan.includes('project') ? await projectSources(root, inputs.sources) : project;
    for (const interpreter of plan.length === 0 ? [] : interpreters) {
        const request = {
            roots: compileRoots(interpreter, plan, root, listed.files),
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
    const skipped = new Map(listed.skipped.map((s) => [s.path, s.why]));
    for (const c of counts)
        for (const s of c.skipped_paths ?? [])
            if (!skipped.has((0,external_node_path_.relative)(root, s.path)))
                skipped.set((0,external_node_path_.relative)(root, s.path), s.message);
    // The helper lists the first few of what it skipped; its count says how many there were.
    const total = Math.max(skipped.size, ...counts.map((c) => listed.skipped.length + (c.skipped ?? 0)));
    const unread = (0,warm_sources/* skippedWarning */.FE)([...skipped].map(([path, why]) => ({ path, why })), report_text/* showPath */.P8, total);
    if (unread !== null)
        core/* warning */.$e(unread);
    const matchedKey = restored !== null && (restored.kind === 'hit' || restored.kind === 'partial') ? restored.matchedKey : '';
    const compiled = counts.reduce((n, c) => n + c.compiled, 0);
    const reused = counts.reduce((n, c) => n + c.reused, 0);
    core/* setOutput */.uH(src_inputs/* Output */.k7.Compiled, String(compiled));
    core/* setOutput */.uH(src_inputs/* Output */.k7.Reused, String(reused));
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
        core/* warning */.$e(full);
        core/* setOutput */.uH(src_inputs/* Output */.k7.Prefix, '');
        core/* setOutput */.uH(src_inputs/* Output */.k7.CacheKey, key);
        core/* setOutput */.uH(src_inputs/* Output */.k7.CacheHit, 'false');
        core/* setOutput */.uH(src_inputs/* Output */.k7.CacheMatchedKey, matchedKey);
        return report();
    }
    const inProject = inPlace ? await placeInProject(interpreters, prefix, root) : null;
    if (inPlace)
        mark('placing pycs in the project');
    const layout = inProject === null ? 'prefix' : 'in-place';
    if (layout === 'prefix')
        core/* exportVariable */.dN('PYTHONPYCACHEPREFIX', prefix);
    core/* saveState */.LZ(src_inputs/* State */.Uw.Warm, 'true');
    core/* saveState */.LZ(src_inputs/* State */.Uw.Layout, layout);
    core/* saveState */.LZ(src_inputs/* State */.Uw.Prefix, prefix);
    core/* saveState */.LZ(src_inputs/* State */.Uw.Project, root);
    core/* saveState */.LZ(src_inputs/* State */.Uw.Key, key);
    core/* saveState */.LZ(src_inputs/* State */.Uw.MatchedKey, matchedKey);
    core/* saveState */.LZ(src_inputs/* State */.Uw.Interpreters, JSON.stringify(interpreters.map((i) => i.executable)));
    core/* saveState */.LZ(src_inputs/* State */.Uw.Mode, inputs.invalidationMode);
    core/* saveState */.LZ(src_inputs/* State */.Uw.Cache, String(inputs.cache));
    core/* saveState */.LZ(src_inputs/* State */.Uw.NoSave, noSave ?? '');
    core/* saveState */.LZ(src_inputs/* State */.Uw.MainSeconds, String((Date.now() - started) / 1000));
    // Last: any pyc read or written after this moment was the job's.
    core/* saveState */.LZ(src_inputs/* State */.Uw.Since, String(Date.now() / 1000));
    core/* setOutput */.uH(src_inputs/* Output */.k7.Prefix, prefix);
    core/* setOutput */.uH(src_inputs/* Output */.k7.CacheKey, key);
    core/* setOutput */.uH(src_inputs/* Output */.k7.CacheHit, String(restored?.kind === 'hit'));
    core/* setOutput */.uH(src_inputs/* Output */.k7.CacheMatchedKey, matchedKey);
    core/* info */.pq(layout === 'prefix'
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
        core/* debug */.Yz(`In place with ${interpreter.executable}: ${placed.placed} placed, ${placed.present} already there.`);
        if (placed.read_only !== null) {
            core/* warning */.$e(`The checkout cannot be written (${src_inputs/* Input */.pd.Layout}: in-place needs its __pycache__ directories), so this run uses the prefix layout and exports PYTHONPYCACHEPREFIX instead.`);
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
        if (core/* getState */.Gu(src_inputs/* State */.Uw.Warm) !== 'true')
            return false;
        const prefix = core/* getState */.Gu(src_inputs/* State */.Uw.Prefix);
        const key = core/* getState */.Gu(src_inputs/* State */.Uw.Key);
        const mode = core/* getState */.Gu(src_inputs/* State */.Uw.Mode);
        if (!(0,external_node_path_.isAbsolute)(prefix))
            return false;
        const started = Date.now();
        const mark = phaseTimer('Post');
        const root = core/* getState */.Gu(src_inputs/* State */.Uw.Project);
        const since = Number(core/* getState */.Gu(src_inputs/* State */.Uw.Since));
        const cacheOn = core/* getState */.Gu(src_inputs/* State */.Uw.Cache) === 'true';
        const matched = core/* getState */.Gu(src_inputs/* State */.Uw.MatchedKey);
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
        const pythons = JSON.parse(core/* getState */.Gu(src_inputs/* State */.Uw.Interpreters) || '[]');
        const collected = [];
        if (core/* getState */.Gu(src_inputs/* State */.Uw.Layout) === 'in-place' && (0,external_node_path_.isAbsolute)(root)) {
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
                    core/* warning */.$e(`Collecting the project's pycs with ${python} failed (${error instanceof Error ? error.message : String(error)}); saving the tree as it is.`);
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
                core/* warning */.$e(`Refreshing the bytecode prefix with ${python} failed (${error instanceof Error ? error.message : String(error)}); saving it as it is.`);
            }
        }
        if (refresh)
            mark('refreshing the tree');
        let saved = null;
        const noSave = core/* getState */.Gu(src_inputs/* State */.Uw.NoSave);
        const worth = saveWorthIt(exactHit ? 'hit' : matched === '' ? 'miss' : 'partial', totals);
        if (cacheOn) {
            if (noSave !== '') {
                saved = { kind: 'skipped', why: noSave };
                core/* info */.pq(`Not saving the bytecode cache: ${noSave}.`);
            }
            else if (exactHit) {
                core/* info */.pq(`Cache hit on ${key}: nothing to save.`);
            }
            else if (!worth.save) {
                core/* info */.pq(`Not saving ${key}: ${worth.why}`);
            }
            else {
                saved = await save(prefix, key);
                if (saved.kind !== 'saved')
                    core/* warning */.$e(`The bytecode cache was not saved (${saved.why}); the next run compiles again.`);
                else
                    core/* info */.pq(`Saved ${prefix} as ${key}.`);
            }
        }
        if (saved !== null)
            mark('saving the cache');
        const mainSeconds = Number(core/* getState */.Gu(src_inputs/* State */.Uw.MainSeconds));
        const post = (Date.now() - started) / 1000;
        await core/* summary */.z
            .addRaw((0,warm/* refreshSummary */.iQ)({
            totals: refresh
                ? inPlaceTotals(totals, collected)
                : collected.map((c) => ({ rewritten: 0, pruned: 0, kept: 0, ...jobCounts(c) })),
            refreshed: refresh,
            layout: core/* getState */.Gu(src_inputs/* State */.Uw.Layout) === 'in-place' ? 'in-place' : 'prefix',
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
        core/* warning */.$e(`Saving the bytecode cache failed: ${error instanceof Error ? error.message : String(error)}`);
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
    const wanted = (0,warm_sources/* sourceFilter */.kg)(patterns);
    const skipped = [];
    const read = (0,fs/* sourceReader */.T2)(root);
    const take = (path, hexLength) => {
        const bytes = read(path);
        if (bytes === null)
            return null;
        if ('why' in bytes) {
            skipped.push({ path, why: bytes.why });
            return null;
        }
        return { path, id: (0,warm_sources/* blobId */.zA)(bytes.data, hexLength) };
    };
    let entries = null;
    try {
        // In place, the key only tells an exact hit from a partial one: Python checks each placed
        // pyc against its source anyway, so the index (the commit just checked out) stands for
        // the sources, rather than git re-hashing every file and walking for untracked ones.
        const tree = await (0,git/* listWorkTreeFiles */.Ft)(root, { indexOnly });
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
        if (!(error instanceof git/* GitMissingError */.bH || error instanceof git/* NotARepositoryError */.lE))
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
    return { files: entries.map((e) => (0,external_node_path_.join)(root, e.path)), digest: (0,warm_sources/* sourcesDigest */.LP)(entries), skipped };
}
function toPosixPath(path) {
    return path.split(external_node_path_.sep).join('/');
}


/***/ }),

/***/ 2891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ skippedWarning),
/* harmony export */   LP: () => (/* binding */ sourcesDigest),
/* harmony export */   Tw: () => (/* binding */ MAX_SOURCE_BYTES),
/* harmony export */   kg: () => (/* binding */ sourceFilter),
/* harmony export */   zA: () => (/* binding */ blobId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _check_allow_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(465);
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
    const includes = include.map(_check_allow_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .fU);
    const excludes = exclude.map(_check_allow_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .fU);
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hexLength === 64 ? 'sha256' : 'sha1')
        .update(`blob ${bytes.byteLength}\0`)
        .update(bytes)
        .digest('hex');
}
/** One digest of the sources' paths and content ids, independent of the order they came in. */
function sourcesDigest(entries) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
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


/***/ })

};
