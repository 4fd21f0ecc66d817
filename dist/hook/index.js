#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

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
function pyc_describeHeader(header) {
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
function classify_classify(path) {
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

;// CONCATENATED MODULE: ./src/ignore/audit.ts

const ROOT_DIR = '.';
const PYCACHE_PATTERN = '__pycache__/';
const PYC_PATTERN = '*.pyc';
const PYO_PATTERN = '*.pyo';
const PYC_PYO_PATTERN = '*.py[cod]';
const JYTHON_PATTERN = '*$py.class';
/** Canonical order, so output does not depend on which directory was probed first. */
const PATTERN_ORDER = [PYCACHE_PATTERN, PYC_PYO_PATTERN, PYC_PATTERN, PYO_PATTERN, JYTHON_PATTERN];
const audit_GITIGNORE_COMMENT = '# Python bytecode (added by pycache-action)';
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
        if (classify_classify(m.path) !== null)
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
    const wanted = new Set(trackedBytecode.filter((p) => classify_classify(p) !== null));
    const unshared = new Set(excludeSources.map((s) => s.path));
    const ignored = new Set();
    for (const m of matches) {
        if (wanted.has(m.path) && m.source !== '' && !m.pattern.startsWith('!') && !unshared.has(m.source))
            ignored.add(m.path);
    }
    return ignored;
}
/** The lines to paste into a .gitignore: the same text the fix appends to a new file. */
function audit_gitignoreBlock(patterns) {
    if (patterns.length === 0)
        return '';
    return `${[audit_GITIGNORE_COMMENT, ...new Set(patterns)].join('\n')}\n`;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/pathbytes.ts
// git paths are bytes, not text: a tracked name need not be UTF-8. They travel through the
// action as strings decoded losslessly, the way Python's "surrogateescape" does it: valid UTF-8
// as itself, every other byte 0x80–0xFF as the lone surrogate U+DC80–U+DCFF. Valid UTF-8 never
// decodes to a lone surrogate, so encodePath(decodePath(b)) is b for every byte string, sets and
// comparisons work on the strings, and only the edges (git's stdin, the filesystem, the places a
// name is shown) need to know.

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Bytes from git (or the filesystem) as a lossless string. */
function pathbytes_decodePath(bytes) {
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
            return `${pathbytes_decodePath(bytes.subarray(0, cut))}\0${pathbytes_decodePath(bytes.subarray(cut + 1))}`;
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
function pathbytes_fsPath(root, path) {
    if (!hasEscapedBytes(path))
        return (0,external_node_path_namespaceObject.join)(root, path);
    return Buffer.concat([Buffer.from((0,external_node_path_namespaceObject.join)(root, '.'), 'utf8'), Buffer.from(external_node_path_namespaceObject.sep), encodePath(path)]);
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
function text_showPath(path) {
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
function text_escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** HTML for a path: quoted when unprintable, then escaped; never a raw newline. */
function text_htmlPath(path) {
    return `<code>${text_escapeHtml(text_showPath(path))}</code>`;
}
/** A POSIX shell word for the path: single quotes, or $'…' when it holds control characters. */
function text_shellQuote(path) {
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
function text_plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./src/report/ignore.ts


const DIRS_SHOWN = 5;
const NEGATION_PATHS_SHOWN = 3;
/** A rule line is shown up to this many characters; git reads lines of any length. */
const PATTERN_SHOWN = 200;
/** Bytes of negation and file lists the ignore section may hold, far inside the runner's 1 MiB. */
const IGNORE_SECTION_BUDGET = (/* unused pure expression or super */ null && (200 * 1024));
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
    const shown = dirs.slice(0, DIRS_SHOWN).map((d) => text_showPath(repoDir(audit, d)));
    return dirs.length > DIRS_SHOWN ? `${shown.join(', ')} and ${dirs.length - DIRS_SHOWN} more` : shown.join(', ');
}
function shownPattern(pattern) {
    return text_showPath(pattern.length > PATTERN_SHOWN ? `${pattern.slice(0, PATTERN_SHOWN)}…` : pattern);
}
function missingMessage(rule, audit, ctx) {
    const target = fixTarget(audit);
    const only = rule.foundOnlyIn.length > 0
        ? ` Only ${rule.foundOnlyIn.slice(0, 3).map(text_showPath).join(' and ')} ignore${rule.foundOnlyIn.length === 1 ? 's' : ''} it, and other clones do not share that.`
        : '';
    const recommended = RECOMMENDED.get(rule.pattern);
    const why = missingLevel(rule, ctx) === 'notice' && recommended !== undefined
        ? ` Nothing here tracks ${recommended.what}, so this is a recommendation: ignore-rules: ${ctx.level} fails only for rules that keep out CPython's and PyPy's bytecode (ignore-rules: strict fails for this one too).`
        : '';
    return `The repository's ignore rules do not ignore ${rule.pattern} in ${text_plural(rule.dirs.length, 'directory', 'directories')} (${dirList(audit, rule.dirs)}).${only}${why} Add the line ${rule.pattern} to ${text_showPath(target)}.`;
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
    return `${shownPattern(n.pattern)} on line ${n.line} of ${text_showPath(n.file)} re-includes ${negationTargets(n, audit, ctx, text_showPath)}. Remove it, or list the files in the allow input if they must be committed.`;
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
const UNTRACKED_BYTES = (/* unused pure expression or super */ null && (32 * 1024));
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

;// CONCATENATED MODULE: ./src/report/summary.ts


/** The runner rejects a step summary over 1 MiB; each section keeps well inside it. */
const SUMMARY_LIMIT = (/* unused pure expression or super */ null && (1024 * 1024));
const SECTION_BUDGET = (/* unused pure expression or super */ null && (400 * 1024));
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
const COMMAND_BUDGET = (/* unused pure expression or super */ null && (256 * 1024));
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
    const git = at === null ? 'git' : `git -C ${text_shellQuote(at)}`;
    if (args.length <= ONE_LINE_ARGS)
        return `${git} --literal-pathspecs rm -r --cached --quiet -- ${args.map(text_shellQuote).join(' ')}`;
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

;// CONCATENATED MODULE: ./src/report/hook.ts




const plain = (s) => s;
const NO_PAINT = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
function ansiPaint() {
    const code = (n) => (s) => `\u001b[${n}m${s}\u001b[0m`;
    return { bold: code('1'), dim: code('2'), red: code('31'), yellow: code('33'), green: code('32'), cyan: code('36') };
}
const LINES_SHOWN = 50;
const AUDIT_SHOWN = 10;
// showPath escapes C0/C1 controls; a terminal also obeys bidi overrides, which could make a
// name read as another.
function visible(text) {
    return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function details(f) {
    const out = [];
    if (f.header !== null) {
        const { python, mode } = pyc_describeHeader(f.header);
        out.push(mode === '—' ? python : `${python}, ${mode}`);
    }
    if (f.sourceless)
        out.push('sourceless: Python imports it in place of the missing source');
    if (f.headerError !== null)
        out.push(f.headerError);
    if (f.allowedBy !== null)
        out.push(`allowed by ${f.allowedBy}`);
    return out.join('; ');
}
/** The audit's reading of the rules: recommended rules (`*.pyo`, `*$py.class`) fail only for kinds the commit holds. */
function ignoreContext(report) {
    const reported = report.result.findings.filter((f) => f.allowedBy === null);
    return {
        level: report.ignoreLevel,
        trackedKinds: new Set(reported.map((f) => f.kind)),
        tracked: new Set(report.result.findings.map((f) => f.path)),
    };
}
function hookFails(report) {
    const ctx = ignoreContext(report);
    const auditFails = report.ignoreLevel === 'error' &&
        report.audit !== null &&
        (report.audit.missing.some((m) => missingLevel(m, ctx) === 'error') || report.negations.length > 0);
    return report.result.failing.length > 0 || auditFails;
}
function hookText(report, paint = NO_PAINT) {
    const { result } = report;
    const out = [];
    const level = (f) => f.failing ? paint.red('error  ') : f.allowedBy !== null ? paint.cyan('notice ') : paint.yellow('warning');
    if (result.findings.length > 0) {
        out.push(paint.bold(`${text_plural(result.findings.length, 'bytecode file')} in this commit; ${text_plural(result.failing.length, 'fails', 'fail')} the check.`));
        for (const f of result.findings.slice(0, LINES_SHOWN)) {
            const about = details(f);
            out.push(`${level(f)}  ${visible(text_showPath(f.path))}${about === '' ? '' : `  ${paint.dim(visible(about))}`}`);
        }
        if (result.findings.length > LINES_SHOWN)
            out.push(paint.dim(`… and ${text_plural(result.findings.length - LINES_SHOWN, 'more file')}`));
        const remove = result.failing;
        if (remove.length > 0) {
            // File by file, never a whole __pycache__/ folder: pre-commit may pass a long list in
            // several runs, so this run cannot know that nothing else (an allowed file) is staged there.
            // The same command the step summary gives: exactly these names, taken literally, never a
            // pattern that could also take an allowed file.
            const command = untrackCommand(remove.map((f) => f.path), null);
            out.push('', paint.bold('Unstage them (the files stay on disk):'), 
            // A here-document is shown flush left: indenting it would change the names and its end marker.
            ...(command.includes('\n') ? command.split('\n').map(visible) : [`  ${visible(command)}`]));
        }
    }
    if (report.audit !== null) {
        const specs = ignoreAnnotations(report.audit, report.negations, ignoreContext(report), {
            error: AUDIT_SHOWN,
            warning: AUDIT_SHOWN,
            notice: AUDIT_SHOWN,
        });
        if (out.length > 0)
            out.push('');
        if (specs.length === 0)
            out.push(paint.bold("The repository's ignore rules keep bytecode out of git."));
        for (const a of specs) {
            const where = a.file === undefined ? '' : `${visible(text_showPath(a.file))}${a.line === undefined ? '' : `:${a.line}`}  `;
            out.push(`${a.level === 'error' ? paint.red('error  ') : a.level === 'warning' ? paint.yellow('warning') : paint.cyan('notice ')}  ${where}${paint.bold(visible(a.title))}: ${visible(a.message)}`);
        }
    }
    if (out.length > 0)
        out.push('', hookFails(report) ? paint.bold(paint.red('FAIL')) : paint.bold(paint.green('PASS')));
    return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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
function paths_inside(parent, child, platform = process.platform) {
    const on = platformOf(platform);
    // path.win32.relative already compares case-insensitively and returns `child` itself
    // (absolute) when the two are on different drives or shares.
    const path = on === 'win32' ? external_node_path_namespaceObject.win32 : external_node_path_namespaceObject.posix;
    const rel = on === 'darwin' ? external_node_path_namespaceObject.posix.relative(foldDarwin(parent), foldDarwin(child)) : path.relative(parent, child);
    return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

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
        return await (0,promises_namespaceObject.realpath)(path);
    }
    catch {
        return (0,external_node_path_namespaceObject.resolve)(path);
    }
}
async function hasDotGit(dir) {
    try {
        const info = await (0,promises_namespaceObject.stat)((0,external_node_path_namespaceObject.join)(dir, '.git'));
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
            if (boundary !== null && !paths_inside(boundary, start))
                return null;
            // Innermost first.
            const tops = [];
            for (let at = start;; at = (0,external_node_path_namespaceObject.dirname)(at)) {
                if (await hasDotGit(at)) {
                    tops.push(at);
                    if (boundary === null)
                        break;
                }
                if (at === boundary || (0,external_node_path_namespaceObject.dirname)(at) === at)
                    break;
            }
            const [inner] = tops;
            if (inner === undefined)
                return null;
            for (let i = tops.length - 1; i > 0; i--)
                await requireSubmodule(tops[i], tops[i - 1]);
            return { top: inner, dotGit: (0,external_node_path_namespaceObject.join)(inner, '.git') };
        })();
        repositories.set(dir, answer);
    }
    return answer;
}
/** Throws ForeignRepositoryError unless the repository at `outer` records `inner` as a submodule. */
async function requireSubmodule(outer, inner) {
    const link = (0,external_node_path_namespaceObject.relative)(outer, inner).split('\\').join('/');
    const repo = { top: outer, dotGit: (0,external_node_path_namespaceObject.join)(outer, '.git') };
    const result = await spawnGit(outer, ['ls-files', '-z', '--stage', '--', link], repo);
    let recorded = false;
    eachStageEntry(pathbytes_decodePath(result.stdout), (path, mode) => {
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
        env.GIT_CEILING_DIRECTORIES = (0,external_node_path_namespaceObject.dirname)(repo.top);
    }
    // Every path handed to git is a name, never pathspec magic (`:(top)x.pyc`, `:!x`, `*`).
    // check-ignore refuses the literal flag, so checkIgnore() neutralises magic itself.
    // Only `git --version` runs without a repository, and it reads none.
    const hardened = repo === null ? [] : [...hardening(repo), ...(args[0] === 'check-ignore' ? [] : ['--literal-pathspecs'])];
    const started = Date.now();
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', [...hardened, ...args], {
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
    const text = pathbytes_decodePath(buffer);
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
            const lines = pathbytes_decodePath(result.stdout).split('\n');
            if (lines.length === 4 && lines[3] === '')
                return { top: lines[0] ?? '', prefix: lines[1] ?? '', gitDir: lines[2] ?? '' };
            // A name with a line break in it: ask one question at a time, each answer whole.
            const one = async (flag) => pathbytes_decodePath(await gitOk(dir, ['rev-parse', flag])).replace(/\n$/, '');
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
async function git_listTracked(dir) {
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
            answer = (0,promises_namespaceObject.lstat)(pathbytes_fsPath(dir, prefix)).then((s) => s.isSymbolicLink(), () => false);
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
async function git_gitDir(dir) {
    return (await whereOrThrow(dir)).gitDir;
}
/** The user's global excludes file as git resolves it, or null when none is set. */
async function excludesFile(dir) {
    const result = await runGit(dir, ['config', '--path', '--get', 'core.excludesFile']);
    return result.code === 0 ? result.stdout.toString('utf8').trim() || null : null;
}
/** Untracks paths (relative to `dir`), keeping them on disk. */
async function git_removeCached(dir, paths) {
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
function fix_rulesToAdd(existing, patterns) {
    const present = existing === null ? new Set() : existingLines(existing);
    return [...new Set(patterns)].filter((p) => !present.has(p));
}
/**
 * The new bytes of a .gitignore with the patterns appended, or null when every pattern is
 * already there. The exact-line test only keeps one run from repeating another's lines;
 * whether a rule is needed at all is for the audit (git) to say.
 */
function fix_appendRules(existing, patterns) {
    const adding = fix_rulesToAdd(existing, patterns);
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
function probes_join(dir, name) {
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
            subjects.push(probes_join(here, '__pycache__'), ...PROBE_NAMES.map(([, name]) => probes_join(here, name)));
            if (subjects.some((s) => file.rules.paths.any(s)))
                return true;
        }
        return false;
    };
    const probes = [];
    const groups = new Map();
    for (const dir of dirs) {
        const topDir = dir === ROOT ? rootDir : probes_join(rootDir, dir);
        const chain = chainOf(topDir);
        // A .gitignore inside the probe's own __pycache__ speaks for that probe alone.
        if (filesAt.has(probes_join(topDir, '__pycache__')) || singled(dir, topDir, chain)) {
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
            if (classify_classify(path) === null)
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
    return path.split(external_node_path_namespaceObject.sep).join('/');
}
async function run_canonical(path) {
    try {
        return await (0,promises_namespaceObject.realpath)(path);
    }
    catch {
        return (0,external_node_path_namespaceObject.resolve)(path);
    }
}
/** Where git reads the global excludes from when core.excludesFile is unset. */
function defaultExcludesFile() {
    const xdg = process.env.XDG_CONFIG_HOME;
    return xdg ? (0,external_node_path_namespaceObject.join)(xdg, 'git', 'ignore') : (0,external_node_path_namespaceObject.join)(process.env.HOME || (0,external_node_os_namespaceObject.homedir)(), '.config', 'git', 'ignore');
}
/** info/exclude lives in the common git dir, which a linked worktree's git dir points to. */
async function infoExcludeFiles(own) {
    const files = [(0,external_node_path_namespaceObject.join)(own, 'info', 'exclude')];
    try {
        const common = (await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(own, 'commondir'), 'utf8')).trim();
        if (common)
            files.push((0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.resolve)(own, common), 'info', 'exclude'));
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
        known.set(real, paths_inside(top, real) ? toPosix((0,external_node_path_namespaceObject.relative)(top, real)) : real);
    }
    known.set(await run_canonical((0,external_node_path_namespaceObject.resolve)(top, global)), `core.excludesFile (${global})`);
    const normalised = new Map();
    const excludeSources = new Map();
    for (const source of new Set(matches.map((m) => m.source))) {
        if (source === '')
            continue;
        const path = (0,external_node_path_namespaceObject.resolve)(top, source);
        // Per-directory files always come back relative, so an absolute `~/.gitignore` is the
        // global file even in a repository whose top is the home directory.
        const inTree = !(0,external_node_path_namespaceObject.isAbsolute)(source) && (0,external_node_path_namespaceObject.basename)(path) === '.gitignore' && paths_inside(top, path) && !paths_inside(gitDirReal, path);
        if (inTree) {
            normalised.set(source, toPosix((0,external_node_path_namespaceObject.relative)(top, path)));
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
    const [own, configured] = await Promise.all([git_gitDir(dir), excludesFile(dir)]);
    return { own, infoFiles: await infoExcludeFiles(own), global: configured ?? defaultExcludesFile() };
}
/** The file's text; null when it is not there, as git then reads nothing from it. */
async function readRules(file) {
    try {
        return await (0,promises_namespaceObject.readFile)(file, 'utf8');
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
        const texts = await Promise.all(gitignores.map((d) => readRules(pathbytes_fsPath(top, d === '' ? '.gitignore' : `${d}/.gitignore`))));
        const inTree = gitignores.flatMap((d, i) => (texts[i] == null ? [] : [{ dir: d, text: texts[i] }]));
        const unshared = await Promise.all([...files.infoFiles, (0,external_node_path_namespaceObject.resolve)(top, files.global)].map(readRules));
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
    const trackedBytecode = tracked.filter((p) => classify_classify(p) !== null);
    const paths = [...new Set([...probes.map((p) => p.path), ...trackedBytecode, ...witnesses])];
    const [raw, hasGitignore] = await Promise.all([checkIgnore(dir, paths), isFile((0,external_node_path_namespaceObject.join)(dir, '.gitignore'))]);
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
        return (await (0,promises_namespaceObject.lstat)(path)).isFile();
    }
    catch {
        return false;
    }
}
/** The project's .gitignore bytes, null when absent; refuses anything but a plain file. */
async function readOwnGitignore(file) {
    let info;
    try {
        info = await lstat(file);
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
    return readFile(file);
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
        await access(path, constants.W_OK);
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
    const file = join(dir, '.gitignore');
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
            await writeFile(file, next, { flag: existing === null ? 'wx' : 'w' });
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
const FAIL_ON = (/* unused pure expression or super */ null && (['added', 'any', 'never']));
// error: fail for missing rules that let CPython's or PyPy's bytecode in (and for *.pyo and
// *$py.class only when such files are tracked); strict: fail for every missing rule.
const IGNORE_RULES = (/* unused pure expression or super */ null && (['error', 'strict', 'warning', 'off']));
const SCOPES = (/* unused pure expression or super */ null && (['project', 'stdlib', 'site-packages']));
// The pyc header's own modes (check/pyc.ts), in the order the input documents them.
const INVALIDATION_MODES = (/* unused pure expression or super */ null && ([
    'checked-hash',
    'unchecked-hash',
    'timestamp',
]));
// prefix: PYTHONPYCACHEPREFIX points at the restored tree. in-place: the project's pycs go
// into its own __pycache__ directories and Python keeps reading the stdlib's own pycs.
const LAYOUTS = (/* unused pure expression or super */ null && (['prefix', 'in-place']));
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
class inputs_InputError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'InputError';
}
// The YAML 1.2 core-schema spellings that @actions/core's getBooleanInput accepts.
const TRUE = (/* unused pure expression or super */ null && (['true', 'True', 'TRUE']));
const FALSE = (/* unused pure expression or super */ null && (['false', 'False', 'FALSE']));
function parseBoolean(name, raw) {
    const value = raw.trim() === '' ? DEFAULTS[name] : raw.trim();
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new inputs_InputError(`Input '${name}' must be true or false, not ${quote(value)}.`);
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
    throw new inputs_InputError(`Input '${Input.Save}' must be auto, true or false, not ${quote(value)}.`);
}
function parseChoice(name, raw, choices) {
    const value = raw.trim() === '' ? DEFAULTS[name] : raw.trim();
    const match = choices.find((c) => c === value);
    if (match === undefined) {
        throw new inputs_InputError(`Input '${name}' must be one of ${choices.join(', ')}, not ${quote(value)}.`);
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
    return createHash(hexLength === 64 ? 'sha256' : 'sha1')
        .update(`blob ${bytes.byteLength}\0`)
        .update(bytes)
        .digest('hex');
}
/** One digest of the sources' paths and content ids, independent of the order they came in. */
function sourcesDigest(entries) {
    const hash = createHash('sha256');
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
const sources_MAX_SOURCE_BYTES = (/* unused pure expression or super */ null && (10 * 1024 * 1024));
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
    return `${count === 1 ? '1 project source was' : `${count} project sources were`} not precompiled: ${shown.join(', ')}${more}. The warm step never reads a source through a symbolic link or one over ${sources_MAX_SOURCE_BYTES / 1024 / 1024} MiB; Python compiles it if it is imported.`;
}

;// CONCATENATED MODULE: ./src/fs.ts
// The filesystem adapter: reads and writes in a checkout that the pull request controls, so
// none of them goes through a symbolic link or waits on a FIFO, and every read is bounded.
// Node built-ins only: the pre-commit hook bundles it too.








/** The `path` input as an absolute directory inside the workspace, symlinks resolved. */
async function resolveProjectRoot(workspace, path) {
    const outside = `Input 'path' must name a directory inside the workspace (${workspace}), but ${JSON.stringify(path)} is outside it.`;
    const wanted = resolve(workspace, path);
    if (!inside(workspace, wanted))
        throw new InputError(outside);
    let real;
    try {
        real = await realpath(wanted);
    }
    catch {
        throw new InputError(`Input 'path' is ${JSON.stringify(path)}, which does not exist in the workspace; check out the repository first or fix the path.`);
    }
    if (!inside(await realpath(workspace), real))
        throw new InputError(outside);
    if (!(await stat(real)).isDirectory())
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
                    answer = judge((0,external_node_fs_namespaceObject.lstatSync)(pathbytes_fsPath(root, dir)), '');
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
        heads.set(path, problem !== null ? { error: problem } : readHead(pathbytes_fsPath(root, path), buffer));
    }
    return heads;
}
// O_NOFOLLOW: a tracked symlink named x.pyc is a link, not bytecode, and its target may be
// anything (outside the repository, a FIFO that blocks forever); open fails with ELOOP
// instead. O_NONBLOCK: a FIFO committed as a plain name is opened without waiting for a writer.
const READ_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK;
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
        fd = (0,external_node_fs_namespaceObject.openSync)(file, READ_FLAGS);
        if (!(0,external_node_fs_namespaceObject.fstatSync)(fd).isFile())
            return { error: 'not a regular file, so it was not read' };
        const bytesRead = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, HEAD_BYTES, 0);
        return Uint8Array.prototype.slice.call(buffer, 0, bytesRead);
    }
    catch (error) {
        const code = error.code ?? 'error';
        return { error: OPEN_ERRORS[code] ?? `unreadable (${code})` };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
// As for bytecode headers: never through a link, never waiting on a FIFO.
const SOURCE_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK;
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
            fd = openSync(fsPath(root, path), SOURCE_FLAGS);
            const info = fstatSync(fd);
            if (!info.isFile())
                return { why: 'not a regular file' };
            if (info.size > MAX_SOURCE_BYTES)
                return { why: `larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB` };
            // One byte more than allowed tells a file that grew since the fstat.
            const data = Buffer.allocUnsafe(info.size + 1);
            let length = 0;
            for (let n = -1; n !== 0 && length < data.length; length += n)
                n = readSync(fd, data, length, data.length - length, null);
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
                closeSync(fd);
        }
    };
}
// O_NOFOLLOW: a committed symbolic link where the report goes is never written through (it
// could point anywhere the runner user may write). O_NONBLOCK: a committed FIFO fails (ENXIO)
// instead of blocking the step until a reader comes.
const WRITE_FLAGS = external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_CREAT | external_node_fs_namespaceObject.constants.O_TRUNC | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK;
/**
 * Writes `data` as JSON to `path` (relative to the workspace), which must stay inside it: the
 * path is checked as written, every directory on the way is checked with lstat (none may be a
 * symbolic link, missing ones are created), and the file itself is opened without following a
 * link. The checkout is the pull request's, so any of these may be a committed link.
 */
async function writeWorkspaceJson(workspace, path, data) {
    const file = resolve(workspace, path);
    const shown = JSON.stringify(path);
    if (!inside(workspace, file) || file === resolve(workspace)) {
        throw new InputError(`Input 'sarif' must be a file path inside the workspace (${workspace}), but ${shown} is not.`);
    }
    // The workspace itself may be reached through links the runner set up; below it, nothing may be.
    const top = await realpath(workspace);
    const parts = relative(resolve(workspace), file).split(sep);
    let dir = top;
    for (const part of parts.slice(0, -1)) {
        dir = join(dir, part);
        const here = relative(top, dir).split(sep).join('/');
        let info = await lstatOrNull(dir);
        if (info === null) {
            try {
                await mkdir(dir);
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
    const target = join(dir, parts.at(-1));
    if (!inside(top, await realpath(dir)))
        throw new InputError(`Input 'sarif' must be a file path inside the workspace (${workspace}), but ${shown} is not.`);
    let handle;
    try {
        handle = await open(target, WRITE_FLAGS, 0o644);
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
        return await lstat(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return null;
        throw error;
    }
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
function allow_globMatcher(glob) {
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
    const compiled = globs.map((glob) => ({ glob, matches: allow_globMatcher(glob) }));
    return (path) => compiled.find(({ matches }) => matches(path))?.glob ?? null;
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

;// CONCATENATED MODULE: ./src/hook/options.ts
// The pre-commit hook's command line. Pure.
const USAGE = `Usage: pycache-hook [--allow GLOB]... [--ignore-rules[=warning|error]] [--] FILE...

Fails when the files being committed (pre-commit passes their names) include Python
bytecode: __pycache__/ contents, *.pyc, *.pyo, Jython *$py.class.

  --allow GLOB         bytecode that may be committed (e.g. 'tests/fixtures/**'); repeatable
  --ignore-rules[=L]   also audit the repository's ignore rules for bytecode; L is warning
                       (the default: report only) or error (a missing rule fails too)
  -h, --help           this text

Exit status: 0 when the commit may go ahead, 1 when it adds bytecode (or, with
--ignore-rules=error, the rules miss bytecode), 2 on a usage error.`;
class UsageError extends Error {
    name = 'UsageError';
}
function parseHookArgs(args) {
    const allow = [];
    const files = [];
    let ignoreRules = 'off';
    let help = false;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        if (arg === '--') {
            files.push(...args.slice(i + 1));
            break;
        }
        if (arg === '-h' || arg === '--help')
            help = true;
        else if (arg === '--ignore-rules')
            ignoreRules = 'warning';
        else if (arg.startsWith('--ignore-rules=')) {
            const level = arg.slice('--ignore-rules='.length);
            if (level !== 'warning' && level !== 'error' && level !== 'off')
                throw new UsageError(`--ignore-rules takes warning, error or off, not ${JSON.stringify(level)}`);
            ignoreRules = level;
        }
        else if (arg === '--allow') {
            const glob = args[++i];
            if (glob === undefined)
                throw new UsageError('--allow needs a glob');
            allow.push(glob);
        }
        else if (arg.startsWith('--allow='))
            allow.push(arg.slice('--allow='.length));
        // pre-commit appends file names after the hook's args with no `--`, so a name such as
        // `-x.pyc` must stay a file: only `--` words are taken for (unknown) options.
        else if (arg.startsWith('--'))
            throw new UsageError(`unknown option ${arg}`);
        else
            files.push(arg);
    }
    return { allow: allow.filter((g) => g.trim() !== ''), ignoreRules, files, help };
}

;// CONCATENATED MODULE: ./src/hook/run.ts
// The pre-commit hook: the committed-bytecode check on the files being committed, and the
// ignore-rule audit when asked. pre-commit runs it at the top of the work tree with the names
// of the staged files (unstaged changes stashed, so the working tree holds what is committed).









/** Runs the hook; returns its exit status. */
async function runHook(args, io) {
    let options;
    try {
        options = parseHookArgs(args);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        io.write(`pycache-hook: ${error.message}\n\n${USAGE}\n`);
        return 2;
    }
    if (options.help) {
        io.write(`${USAGE}\n`);
        return 0;
    }
    const root = io.cwd;
    // pre-commit passes paths relative to the top with '/'; a `./` prefix would hide __pycache__/ at the top.
    const bytecode = [...new Set(options.files.map((f) => f.replace(/^(?:\.\/)+/, '')))]
        .map(classify_classify)
        .filter((b) => b !== null);
    if (bytecode.length === 0 && options.ignoreRules === 'off')
        return 0;
    const heads = await readHeads(root, bytecode.filter((b) => b.kind !== 'pycache-other').map((b) => b.path));
    const headers = new Map();
    for (const [path, head] of heads)
        headers.set(path, head instanceof Uint8Array ? decodeHeader(head) : head);
    // Whether a source is committed is a question for the index, and needs it only for a legacy pyc.
    const needsIndex = bytecode.some((b) => b.layout === 'legacy' && b.source !== null) || options.ignoreRules !== 'off';
    const tracked = needsIndex ? await git_listTracked(root) : [];
    const trackedSet = new Set(tracked);
    const allow = allowMatcher(options.allow);
    const result = evaluate({
        bytecode,
        headers,
        sourceExists: (source) => trackedSet.has(source),
        added: 'all',
        allow,
        failOn: 'added',
        ignoredByRules: new Set(),
    });
    let audit = null;
    if (options.ignoreRules !== 'off')
        audit = await auditProject(root, tracked);
    const report = {
        result,
        audit,
        // Negations that re-include only allowed bytecode are intended, as in the action.
        negations: audit === null ? [] : audit.negations.filter((n) => n.paths.some((p) => allow(p) === null)),
        ignoreLevel: options.ignoreRules === 'error' ? 'error' : 'warning',
    };
    io.write(hookText(report, io.paint ?? NO_PAINT));
    return hookFails(report) ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/hook/main.ts
// Entry of the pre-commit hook bundle (dist/hook/index.js, the `pycache-hook` bin). Thin: it
// imports only the pure check and the git adapter, so it starts in a few dozen milliseconds.


// pre-commit pipes a hook's output (shown when the hook fails), so a TTY is rare; the user's
// PRE_COMMIT_COLOR (always/never), which pre-commit itself reads, is inherited and obeyed.
const wantsColor = process.env.NO_COLOR === undefined &&
    (process.env.PRE_COMMIT_COLOR === 'always' ||
        (process.env.PRE_COMMIT_COLOR !== 'never' && process.stdout.isTTY === true));
runHook(process.argv.slice(2), {
    cwd: process.cwd(),
    write: (text) => process.stdout.write(text),
    paint: wantsColor ? ansiPaint() : NO_PAINT,
}).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`pycache-hook: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
});

