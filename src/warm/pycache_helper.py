# pycache_helper.py: run by each Python interpreter for the pycache action.
#
#   <python> [-X pycache_prefix=<prefix>] pycache_helper.py describe|compile|refresh < request.json
#
# Reads one JSON request on stdin and prints exactly one JSON object on stdout; any human
# text goes to stderr. Errors print {"error": "<one sentence>", "code": "..."} and exit 2.
#
# Stdlib only. The whole file must stay parseable by Python 2.7 and 3.6 so that old
# interpreters can report that they are too old: no f-strings, annotations, keyword-only
# arguments, walrus, "yield from", "nonlocal", "raise ... from", or non-ASCII text.
from __future__ import print_function

import errno
import json
import os
import stat
import sys

EXIT_ERROR = 2
MAX_ERRORS = 20
# The largest source read or compiled (src/warm/sources.ts MAX_SOURCE_BYTES says why).
MAX_SOURCE_BYTES = 10 * 1024 * 1024
MODES = ('checked-hash', 'unchecked-hash', 'timestamp')
KINDS = ('project', 'stdlib', 'site-packages')
# Directory names never walked: VCS data, bytecode caches, JavaScript dependencies.
SKIP_DIRS = frozenset(['__pycache__', '.git', '.hg', '.svn', 'node_modules'])
# In a stdlib walk: site-packages roots are roots of their own; and CPython's own test suites
# (Lib/test, unittest/test, lib2to3/tests, idlelib/idle_test, ...) are half the stdlib's
# sources (820 of 1790 files in 3.11, 17 of 31 MB) that a project's CI almost never imports.
# One that does compiles it once; the post step's refresh then keeps it in the tree.
STDLIB_SKIP_DIRS = frozenset(['site-packages', 'dist-packages', 'test', 'tests', 'idle_test'])
# A process pool costs about 30 ms to start; compiling runs at about 5 MB/s per core plus
# 0.2 ms a file (as much as 1 KB of source), so below about 256 KB one process is as fast.
MIN_PARALLEL_BYTES = 256 * 1024
PER_FILE_BYTES = 1024
CHUNK = 16


class HelperError(Exception):
    """A clean failure: reported as JSON with exit code 2."""

    def __init__(self, message, code):
        Exception.__init__(self, message)
        self.code = code


# The JSON answer goes to the real stdout; everything else that writes to fd 1 (imported
# modules, worker processes) is sent to stderr so stdout holds exactly one object.
_STDOUT_FD = None


def _isolate_stdout():
    global _STDOUT_FD
    try:
        sys.stdout.flush()
        _STDOUT_FD = os.dup(1)
        os.dup2(2, 1)
    except (OSError, AttributeError, ValueError):
        _STDOUT_FD = None
    sys.stdout = sys.stderr


def _emit(obj):
    data = (json.dumps(obj) + '\n').encode('ascii')
    if _STDOUT_FD is None:
        out = getattr(sys.__stdout__, 'buffer', None)
        if out is None:  # Python 2
            sys.__stdout__.write(data)
            sys.__stdout__.flush()
        else:
            out.write(data)
            out.flush()
        return
    view = memoryview(data)
    while len(view):
        n = os.write(_STDOUT_FD, view)
        view = view[n:]


def _fail(message, code, extra=None):
    answer = {'error': message, 'code': code}
    if extra:
        answer.update(extra)
    _emit(answer)
    sys.exit(EXIT_ERROR)


def _version_text():
    return '.'.join(str(part) for part in sys.version_info[:3])


def _implementation_name():
    impl = getattr(sys, 'implementation', None)
    if impl is not None:
        return impl.name
    if 'PyPy' in sys.version:
        return 'pypy'
    if sys.platform.startswith('java'):
        return 'jython'
    return 'cpython'


# ---------------------------------------------------------------------------------------
# Helpers used everywhere (Python 3.8+ from here on at run time).

def _now():
    import time
    return time.perf_counter()


def _u32(value):
    return (int(value) & 0xFFFFFFFF).to_bytes(4, 'little')


def _norm(path):
    return os.path.normpath(os.path.abspath(path))


def _dedupe_paths(paths, exclude=()):
    """Existing directories, in order, without repeats (compared by realpath); each is kept
    as Python spells it (a sys.path entry), since the prefix mirrors that spelling."""
    seen = set(os.path.realpath(p) for p in exclude)
    out = []
    for path in paths:
        if not path:
            continue
        path = _norm(path)
        if not os.path.isdir(path):
            continue
        real = os.path.realpath(path)
        if real in seen:
            continue
        seen.add(real)
        out.append(path)
    return out


def _worker_count(requested):
    if requested is None:
        requested = 0
    if not isinstance(requested, int) or isinstance(requested, bool) or requested < 0:
        raise HelperError("'workers' must be a non-negative integer.", 'bad-request')
    if requested > 0:
        return requested
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _levels(request):
    levels = request.get('optimize', [-1])
    if isinstance(levels, int) and not isinstance(levels, bool):
        levels = [levels]
    if not isinstance(levels, list) or not levels:
        raise HelperError("'optimize' must be a non-empty list of levels (-1, 0, 1 or 2).", 'bad-request')
    out = []
    for level in levels:
        if isinstance(level, bool) or level not in (-1, 0, 1, 2):
            raise HelperError("'optimize' levels must be -1, 0, 1 or 2.", 'bad-request')
        if level == -1:
            level = sys.flags.optimize
        if level not in out:
            out.append(level)
    return out


def _mode(request):
    mode = request.get('mode', 'checked-hash')
    if mode not in MODES:
        raise HelperError("'mode' must be one of checked-hash, unchecked-hash or timestamp.", 'bad-request')
    return mode


def _own_imports(*names):
    """Import modules for the helper's own use from the interpreter's own __pycache__
    directories (read only: dont_write_bytecode is set), not from the prefix: in a cold
    prefix they would be compiled from source on every run (describe took 450 ms, not 110)."""
    saved = getattr(sys, 'pycache_prefix', None)
    sys.pycache_prefix = None
    try:
        for name in names:
            try:
                __import__(name)
            except ImportError:
                pass  # the import where it is used reports (or tolerates) this
    finally:
        sys.pycache_prefix = saved


def _use_prefix(prefix):
    """Point cache_from_source at `prefix` (the request's, else -X pycache_prefix)."""
    if prefix is not None:
        if not isinstance(prefix, str) or not prefix:
            raise HelperError("'prefix' must be a non-empty path.", 'bad-request')
    elif getattr(sys, 'pycache_prefix', None):
        prefix = sys.pycache_prefix
    else:
        raise HelperError('No pycache prefix: give "prefix" in the request or run Python with -X pycache_prefix=<dir>.', 'bad-request')
    prefix = _norm(prefix)
    if os.path.dirname(prefix) == prefix:
        # The prefix tree would be the file system itself, and refresh would prune real files.
        raise HelperError('The pycache prefix cannot be the root of a file system (%s).' % prefix, 'bad-request')
    sys.pycache_prefix = prefix
    return prefix


def _cache_path(source, level):
    import importlib.util
    return importlib.util.cache_from_source(source, optimization='' if level == 0 else level)


def _inside(path, prefix):
    return path.startswith(prefix.rstrip(os.sep) + os.sep)


# ---------------------------------------------------------------------------------------
# pyc headers (PEP 552): magic(4) | flags(4) | hash(8) or mtime(4) + size(4).

def _read_header(cfile):
    """(first 16 bytes, size) of a pyc, or (b'', 0) when it is missing, unreadable or has no
    body. The size comes from the fstat this needs anyway, so the caller can report how big
    the tree is without walking it again."""
    try:
        fd = os.open(cfile, os.O_RDONLY | getattr(os, 'O_BINARY', 0))
    except OSError:
        return b'', 0
    try:
        head = os.read(fd, 16)
        if len(head) < 16:
            return head, 0  # too short: stale, whatever the source says
        size = os.fstat(fd).st_size
        if size <= 16:
            return b'', 0  # a header alone cannot be imported
        return head, size
    except OSError:
        return b'', 0
    finally:
        os.close(fd)


def _flags_for(mode):
    return 0 if mode == 'timestamp' else (3 if mode == 'checked-hash' else 1)


def _hash_header_ok(head, magic, flags, source_hash):
    return len(head) == 16 and head[:4] == magic and head[4:8] == _u32(flags) and head[8:16] == source_hash


def _timestamp_header_ok(head, magic, st):
    return len(head) == 16 and head[:4] == magic and head[4:8] == b'\0\0\0\0' and head[8:12] == _u32(st.st_mtime) and head[12:16] == _u32(st.st_size)


class SourceRefused(ValueError):
    """A source this helper does not read: not a regular file, or too big."""


def _read_source(path):
    """(bytes, stat) of a source file, read with as few system calls as possible. Never
    waits on a FIFO, never reads a device or more than MAX_SOURCE_BYTES."""
    fd = os.open(path, os.O_RDONLY | getattr(os, 'O_BINARY', 0) | getattr(os, 'O_NONBLOCK', 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise SourceRefused('not a regular file')
        if st.st_size > MAX_SOURCE_BYTES:
            raise SourceRefused(_TOO_BIG)
        want = st.st_size + 1
        data = os.read(fd, want)
        if len(data) == want:  # the file grew since fstat: read the rest, up to the bound
            parts = [data]
            total = len(data)
            while total <= MAX_SOURCE_BYTES:
                part = os.read(fd, 1 << 20)
                if not part:
                    break
                parts.append(part)
                total += len(part)
            if total > MAX_SOURCE_BYTES:
                raise SourceRefused(_TOO_BIG)
            data = b''.join(parts)
    finally:
        os.close(fd)
    return data, st


_TOO_BIG = 'larger than %d MiB' % (MAX_SOURCE_BYTES // (1024 * 1024))


def _project_problem(root, source, dirs):
    """Why a project source must not be read, or None. The checkout is the pull request's:
    a symbolic link (the file, or a directory between `root` and it) may lead anywhere, a
    secret or /dev/zero included, so none is followed. `dirs` caches one lstat per
    directory. A missing file is not a problem here: reading it reports it as usual."""
    rel = os.path.relpath(source, root)
    if rel == os.curdir or rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return 'outside the project'
    path = root
    for part in rel.split(os.sep)[:-1]:
        path = os.path.join(path, part)
        known = dirs.get(path)
        if known is None:
            try:
                mode = os.lstat(path).st_mode
                known = 'behind a symbolic link' if stat.S_ISLNK(mode) else ''
            except OSError:
                known = ''
            dirs[path] = known
        if known:
            return known
    try:
        st = os.lstat(source)
    except OSError:
        return None
    if stat.S_ISLNK(st.st_mode):
        return 'a symbolic link'
    if not stat.S_ISREG(st.st_mode):
        return 'not a regular file'
    if st.st_size > MAX_SOURCE_BYTES:
        return _TOO_BIG
    return None


def _check(source, targets, mode, magic):
    """Which of `targets` [(level, cfile)] need (re)writing: (stale, error, source size,
    bytes of the pycs kept). This runs in the parent, for every source: a no-op run is this
    loop and nothing else."""
    heads = [(level, cfile) + _read_header(cfile) for level, cfile in targets]
    try:
        if all(not head for _, _, head, _ in heads):
            # Nothing to validate, so no need to read the source; its size guides scheduling.
            return list(targets), None, os.stat(source).st_size, 0
        if mode == 'timestamp':
            st = os.stat(source)
            ok = [_timestamp_header_ok(head, magic, st) for _, _, head, _ in heads]
            size = st.st_size
        else:
            import importlib.util
            data = _read_source(source)[0]
            digest = importlib.util.source_hash(data)
            flags = _flags_for(mode)
            ok = [_hash_header_ok(head, magic, flags, digest) for _, _, head, _ in heads]
            size = len(data)
    except (OSError, ValueError) as e:
        return list(targets), _message(e), 0, 0
    kept = sum(pyc_size for (_, _, _, pyc_size), good in zip(heads, ok) if good)
    return [(level, cfile) for (level, cfile, _, _), good in zip(heads, ok) if not good], None, size, kept


def _message(exc):
    if isinstance(exc, SourceRefused):
        return str(exc)
    if isinstance(exc, SyntaxError):
        where = ''
        if exc.lineno:
            where = ' (line %d)' % exc.lineno
        return '%s: %s%s' % (type(exc).__name__, exc.msg, where)
    if isinstance(exc, EnvironmentError) and getattr(exc, 'strerror', None):
        return '%s: %s' % (type(exc).__name__, exc.strerror)
    return '%s: %s' % (type(exc).__name__, exc)


# ---------------------------------------------------------------------------------------
# Writing pycs (parent or pool workers).

_MADE_DIRS = set()
# A full file system (or quota) under the prefix: every later write would fail the same way,
# so this process stops compiling, and the caller must not use the half-filled tree.
_NO_SPACE_ERRNOS = frozenset(getattr(errno, name) for name in ('ENOSPC', 'EDQUOT') if hasattr(errno, name))
NO_SPACE_TAG = ' (ENOSPC)'
_OUT_OF_SPACE = []


def _no_space(exc):
    return isinstance(exc, EnvironmentError) and getattr(exc, 'errno', None) in _NO_SPACE_ERRNOS


def _write_atomic(path, data, mode):
    parent = os.path.dirname(path)
    if parent not in _MADE_DIRS:
        os.makedirs(parent, exist_ok=True)
        _MADE_DIRS.add(parent)
    tmp = '%s.%d.tmp' % (path, os.getpid())
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, 'O_BINARY', 0), mode & 0o666)
    try:
        with os.fdopen(fd, 'wb') as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _compile_one(source, targets, mode, prefix):
    """Compile `source` into each (level, cfile). Returns ([(level, bytes written)], error or None)."""
    import marshal
    import warnings
    import importlib.util
    magic = importlib.util.MAGIC_NUMBER
    try:
        data, st = _read_source(source)
    except (OSError, ValueError) as e:
        return [], _message(e)
    if mode == 'timestamp':
        tail = _u32(0) + _u32(st.st_mtime) + _u32(st.st_size)
    else:
        tail = _u32(_flags_for(mode)) + importlib.util.source_hash(data)
    file_mode = (st.st_mode | 0o200) & 0o666
    written = []
    if _OUT_OF_SPACE:
        return written, _OUT_OF_SPACE[0]
    for level, cfile in targets:
        if not _inside(cfile, prefix):
            return written, 'the pyc path %s is outside the prefix' % cfile
        try:
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                code = compile(data, source, 'exec', dont_inherit=True, optimize=level)
            pyc = magic + tail + marshal.dumps(code)
        except Exception as e:  # SyntaxError, ValueError (null bytes), RecursionError, ...
            _remove_stale(targets, prefix)
            return written, _message(e)
        try:
            _write_atomic(cfile, pyc, file_mode)
        except OSError as e:
            if _no_space(e):
                _OUT_OF_SPACE.append(_message(e) + NO_SPACE_TAG)
                return written, _OUT_OF_SPACE[0]
            return written, _message(e)
        written.append((level, len(pyc)))
    return written, None


def _remove_stale(targets, prefix):
    """A source that no longer compiles must not leave an old pyc behind."""
    for _, cfile in targets:
        if _inside(cfile, prefix):
            try:
                os.unlink(cfile)
            except OSError:
                pass


def _compile_chunk(chunk, mode, prefix):
    results = []
    for index, source, targets in chunk:
        written, error = _compile_one(source, targets, mode, prefix)
        results.append((index, written, error))
    return results


def _worker_init():
    sys.dont_write_bytecode = True


def _pool(workers):
    _own_imports('multiprocessing', 'concurrent.futures.process')
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    # Workers spawned (not forked) must not write bytecode next to the sources they import.
    os.environ['PYTHONDONTWRITEBYTECODE'] = '1'
    context = None
    if sys.platform.startswith('linux'):
        try:
            context = multiprocessing.get_context('fork')
        except ValueError:
            context = None
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_init)


def _chunks(jobs, sizes, workers):
    """Largest sources first, in chunks of about 1/8 of a worker's share of the bytes (at
    most CHUNK files), so that no worker is left with a long tail."""
    order = sorted(range(len(jobs)), key=lambda i: -sizes[i])
    target = max(1, sum(sizes) // (workers * 8))
    chunks = []
    chunk = []
    weight = 0
    for i in order:
        chunk.append(jobs[i])
        weight += sizes[i]
        if weight >= target or len(chunk) >= CHUNK:
            chunks.append(chunk)
            chunk = []
            weight = 0
    if chunk:
        chunks.append(chunk)
    return chunks


def _run_jobs(jobs, sizes, mode, prefix, workers):
    """jobs: [(index, source, [(level, cfile)])], sizes: their source sizes in bytes.
    Returns ({index: (written, error)}, number of processes that compiled)."""
    results = {}
    work = sum((size + PER_FILE_BYTES) * len(job[2]) for job, size in zip(jobs, sizes))
    if workers > 1 and len(jobs) > 1 and work >= MIN_PARALLEL_BYTES:
        try:
            chunks = _chunks(jobs, sizes, workers)
            used = min(workers, len(chunks))
            with _pool(used) as pool:
                futures = [pool.submit(_compile_chunk, chunk, mode, prefix) for chunk in chunks]
                for future in futures:
                    for index, written, error in future.result():
                        results[index] = (written, error)
            return results, used
        except (ImportError, OSError, NotImplementedError) as e:
            # No working multiprocessing here (e.g. no /dev/shm): do it all in this process.
            print('pycache_helper: no process pool (%s); compiling serially' % _message(e), file=sys.stderr)
            results = {}
        except Exception as e:
            if type(e).__name__ != 'BrokenProcessPool':
                raise
            print('pycache_helper: process pool broke (%s); compiling serially' % _message(e), file=sys.stderr)
            results = {}
    for index, written, error in _compile_chunk(jobs, mode, prefix):
        results[index] = (written, error)
    return results, 1


# ---------------------------------------------------------------------------------------
# describe

def _distributions():
    """[[name, version]] of installed distributions, deduplicated by normalized name (the
    first on sys.path wins, as for imports), sorted case-insensitively. Discovery is
    importlib.metadata's; the header is read directly, which is far faster than its parser."""
    _own_imports('re', 'importlib.metadata')
    import re
    try:
        import importlib.metadata as metadata
    except ImportError:
        return []
    seen = {}
    for dist in metadata.distributions():
        name = version = None
        try:
            text = dist.read_text('METADATA') or dist.read_text('PKG-INFO') or ''
        except Exception:
            text = ''
        for line in text.splitlines():
            if not line.strip():
                break
            if name is None and line[:5].lower() == 'name:':
                name = line[5:].strip()
            elif version is None and line[:8].lower() == 'version:':
                version = line[8:].strip()
        if name is None or version is None:
            try:
                meta = dist.metadata
                name = name or meta['Name']
                version = version or meta['Version']
            except Exception:
                continue
        if not name or version is None:
            continue
        key = re.sub(r'[-_.]+', '-', name).lower()
        if key not in seen:
            seen[key] = [name, version]
    return sorted(seen.values(), key=lambda nv: (nv[0].lower(), nv[0], nv[1]))


def _user_site_enabled(site):
    """Whether Python, started as the job starts it, would put the user's site-packages on
    sys.path. The helper runs with -s (and -E), so site.ENABLE_USER_SITE is False here
    whatever the answer; this asks what site.check_enableusersite and site.venv would."""
    if os.environ.get('PYTHONNOUSERSITE'):
        return False
    if hasattr(os, 'getuid') and (os.getuid() != os.geteuid() or os.getgid() != os.getegid()):
        return False
    if sys.prefix != sys.base_prefix:  # a virtual environment: only with system site-packages
        try:
            with open(os.path.join(sys.prefix, 'pyvenv.cfg'), 'rb') as f:
                for line in f.read(65536).decode('utf-8', 'replace').splitlines():
                    key, eq, value = line.partition('=')
                    if eq and key.strip().lower() == 'include-system-site-packages':
                        return value.strip().lower() == 'true'
        except (OSError, ValueError):
            pass
        return False
    return bool(getattr(site, 'getusersitepackages', None))


def cmd_describe(request):
    import importlib.util
    import platform
    import site
    import sysconfig
    magic = importlib.util.MAGIC_NUMBER
    paths = sysconfig.get_paths()
    # In a virtual environment platstdlib is {platbase}/lib/pythonX.Y, i.e. inside the venv
    # (where only site-packages lives): ask for it with the base installation's prefixes.
    base = sysconfig.get_paths(vars={'base': sys.base_prefix, 'platbase': sys.base_exec_prefix,
                                     'installed_base': sys.base_prefix, 'installed_platbase': sys.base_exec_prefix})
    stdlib = _dedupe_paths([base.get('stdlib'), base.get('platstdlib')])
    candidates = []
    getsitepackages = getattr(site, 'getsitepackages', None)  # old virtualenv site.py lacks it
    if getsitepackages is not None:
        candidates.extend(getsitepackages())
    if _user_site_enabled(site):
        candidates.append(site.getusersitepackages())
    candidates.extend([paths.get('purelib'), paths.get('platlib')])
    site_packages = _dedupe_paths(candidates, exclude=stdlib)
    executable = os.path.realpath(sys.executable) if sys.executable else None
    impl = sys.implementation
    return {
        'implementation': impl.name,
        'implementation_version': '.'.join(str(part) for part in impl.version[:3]),
        'version': platform.python_version(),
        'cache_tag': impl.cache_tag,
        'magic': int.from_bytes(magic[:2], 'little'),
        'magic_hex': magic.hex(),
        'executable': executable,
        'prefix_supported': hasattr(sys, 'pycache_prefix') and impl.cache_tag is not None,
        'pycache_prefix': getattr(sys, 'pycache_prefix', None),
        'optimize': sys.flags.optimize,
        'stdlib': stdlib,
        'site_packages': site_packages,
        # The in-place layout keeps only the project's pycs: installed distributions do not
        # decide whether they are valid, and listing them is most of describe's time.
        'distributions': _distributions() if request.get('distributions', True) is not False else [],
        'platform': sys.platform,
        'machine': platform.machine(),
    }


# ---------------------------------------------------------------------------------------
# compile

def _source_suffixes():
    return ('.py', '.pyw') if os.name == 'nt' else ('.py',)


def _walk(root, kind, other_roots):
    """Source files under root. Skips SKIP_DIRS, other requested roots (compiled as their own
    kind), virtual environments inside a project, and site-packages inside the stdlib."""
    suffixes = _source_suffixes()
    out = []

    def onerror(e):
        print('pycache_helper: cannot list %s: %s' % (getattr(e, 'filename', root), e.strerror), file=sys.stderr)

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        if dirpath != root and kind == 'project' and 'pyvenv.cfg' in filenames:
            dirnames[:] = []
            continue
        keep = []
        for name in dirnames:
            if name in SKIP_DIRS or (kind == 'stdlib' and name in STDLIB_SKIP_DIRS):
                continue
            if other_roots and os.path.join(dirpath, name) in other_roots:
                continue
            keep.append(name)
        dirnames[:] = sorted(keep)
        for name in sorted(filenames):
            if name.endswith(suffixes):
                out.append(os.path.join(dirpath, name))
    return out


def cmd_compile(request):
    started = _now()
    import importlib.util
    prefix = _use_prefix(request.get('prefix'))
    mode = _mode(request)
    levels = _levels(request)
    workers = _worker_count(request.get('workers', 0))
    roots = request.get('roots')
    if not isinstance(roots, list):
        raise HelperError("'roots' must be a list of {path, kind, files?} objects.", 'bad-request')
    magic = importlib.util.MAGIC_NUMBER

    # Which sources, each once (the first root that lists it decides its kind).
    norm_roots = []
    for root in roots:
        if not isinstance(root, dict) or not isinstance(root.get('path'), str):
            raise HelperError("Each root must be an object with a 'path' string.", 'bad-request')
        kind = root.get('kind', 'project')
        if kind not in KINDS:
            raise HelperError("A root's 'kind' must be project, stdlib or site-packages.", 'bad-request')
        files = root.get('files')
        if files is not None and (not isinstance(files, list) or not all(isinstance(f, str) for f in files)):
            raise HelperError("A root's 'files' must be a list of paths.", 'bad-request')
        norm_roots.append((_norm(root['path']), kind, files))
    # A walk never enters another root (compiled as its own kind) or the prefix itself.
    all_roots = set(path for path, _, _ in norm_roots)
    sources = []
    seen = set()
    missing_roots = []
    skipped = []
    dirs = {}
    for path, kind, files in norm_roots:
        if files is None:
            if not os.path.isdir(path):
                missing_roots.append(path)
                continue
            listed = _walk(path, kind, (all_roots | set([prefix])) - set([path]))
        else:
            listed = [_norm(os.path.join(path, f)) for f in files]
        for source in listed:
            if source in seen:
                continue
            seen.add(source)
            problem = _project_problem(path, source, dirs) if kind == 'project' else None
            if problem is not None:
                # Nor may a pyc restored for it stay: nothing here vouched for it.
                _remove_stale([(level, _cache_path(source, level)) for level in levels], prefix)
                skipped.append({'path': source, 'message': problem})
                continue
            sources.append((source, kind))

    by_kind = {}
    for _, kind in sources:
        by_kind.setdefault(kind, {'compiled': 0, 'reused': 0, 'failed': 0})
    errors = []
    jobs = []
    sizes = []
    pyc_bytes = 0
    for index, (source, kind) in enumerate(sources):
        targets = [(level, _cache_path(source, level)) for level in levels]
        stale, error, size, kept = _check(source, targets, mode, magic)
        pyc_bytes += kept
        counts = by_kind[kind]
        counts['reused'] += len(targets) - len(stale)
        if error is not None:
            counts['failed'] += len(stale)
            errors.append({'path': source, 'message': error})
        elif stale:
            jobs.append((index, source, stale))
            sizes.append(size)

    results, used = _run_jobs(jobs, sizes, mode, prefix, workers) if jobs else ({}, 0)
    for index, source, targets in jobs:
        written, error = results[index]
        pyc_bytes += sum(n for _, n in written)
        counts = by_kind[sources[index][1]]
        counts['compiled'] += len(written)
        counts['failed'] += len(targets) - len(written)
        if error is not None:
            errors.append({'path': source, 'message': error})

    errors.sort(key=lambda e: e['path'])
    no_space = sum(1 for e in errors if e['message'].endswith(NO_SPACE_TAG))
    total = {'compiled': 0, 'reused': 0, 'failed': 0}
    for counts in by_kind.values():
        for key in total:
            total[key] += counts[key]
    return {
        'compiled': total['compiled'],
        'reused': total['reused'],
        'failed': total['failed'],
        'errors': errors[:MAX_ERRORS],
        'error_count': len(errors),
        'no_space': no_space,
        'files': len(sources),
        'pycs': len(sources) * len(levels),
        # The valid pycs this request covers, after this run: what the step summary reports
        # as the tree's size, so the caller need not walk the prefix again.
        'pyc_files': total['compiled'] + total['reused'],
        'pyc_bytes': pyc_bytes,
        'missing_roots': missing_roots,
        'skipped': len(skipped),
        'skipped_paths': skipped[:MAX_ERRORS],
        'by_kind': by_kind,
        'mode': mode,
        'optimize': levels,
        'workers': used,
        'prefix': prefix,
        'seconds': round(_now() - started, 4),
    }


# ---------------------------------------------------------------------------------------
# refresh

def _source_candidates(prefix, dirpath, stem):
    """The sources a pyc at <prefix>/<rel>/<stem>.<tag>[.opt-N].pyc can stand for."""
    rel = os.path.relpath(dirpath, prefix)
    rel = '' if rel == os.curdir else rel
    names = [stem + suffix for suffix in _source_suffixes()]
    if os.name != 'nt':
        return [os.path.join(os.sep, rel, name) for name in names]
    # Windows: the prefix drops the drive; look on the drives this job is likely to use.
    drives = []
    for base in (os.getcwd(), sys.prefix, sys.base_prefix, prefix):
        drive = os.path.splitdrive(os.path.abspath(base))[0]
        if drive and drive not in drives:
            drives.append(drive)
    return [os.path.join(drive + os.sep, rel, name) for drive in drives for name in names]


def _parse_pyc_name(name, tag):
    """(stem, level) for '<stem>.<tag>[.opt-N].pyc', or None for another tag or no pyc."""
    if not name.endswith('.pyc'):
        return None
    rest = name[:-4]
    level = 0
    base, dot, opt = rest.rpartition('.')
    if dot and opt.startswith('opt-') and opt[4:].isalnum():
        if opt[4:] not in ('1', '2'):
            return None  # not a level compile() knows: leave it alone
        level = int(opt[4:])
        rest = base
    if not rest.endswith('.' + tag):
        return None
    stem = rest[:-len(tag) - 1]
    if not stem:
        return None
    return stem, level


def _reheader(cfile, source, head, mode, magic):
    """A valid timestamp pyc Python wrote during the job becomes a `mode` pyc by swapping its
    16-byte header: the marshalled code is the same, so nothing is compiled again. Returns
    the new size, or None when the pyc is not a valid timestamp pyc of `source`."""
    if mode == 'timestamp' or len(head) != 16 or head[:4] != magic or head[4:8] != b'\0\0\0\0':
        return None
    import importlib.util
    try:
        data, st = _read_source(source)
        if head[8:12] != _u32(st.st_mtime) or head[12:16] != _u32(st.st_size):
            return None
        with open(cfile, 'rb') as f:
            body = f.read()[16:]
        if not body:
            return None
        pyc = magic + _u32(_flags_for(mode)) + importlib.util.source_hash(data) + body
        _write_atomic(cfile, pyc, (st.st_mode | 0o200) & 0o666)
        return len(pyc)
    except (OSError, ValueError):
        return None


def _in_place_valid(source, level, magic):
    """Whether `source` has a valid pyc in its own __pycache__ (a timestamp one checked by
    mtime and size, a hash one trusted): a job without the prefix would have loaded that one
    instead of compiling."""
    import importlib.util
    saved = sys.pycache_prefix
    sys.pycache_prefix = None
    try:
        cfile = importlib.util.cache_from_source(source, optimization='' if level == 0 else level)
    finally:
        sys.pycache_prefix = saved
    head = _read_header(cfile)[0]
    if len(head) != 16 or head[:4] != magic:
        return False
    if head[4:8] != b'\0\0\0\0':
        return True
    try:
        st = os.stat(source)
    except OSError:
        return False
    return head[8:12] == _u32(st.st_mtime) and head[12:16] == _u32(st.st_size)


def _compile_rate(sources):
    """Source bytes this interpreter compiles per second, timed on a few of `sources` (at most
    about 30 ms of work, a cost the post step pays on every run): what turns "N pycs loaded
    from the tree" into seconds saved."""
    import warnings
    total = 0
    took = 0.0
    for source in sources[:: max(1, len(sources) // 8)][:8]:
        try:
            data = _read_source(source)[0]
            t = _now()
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                compile(data, source, 'exec', dont_inherit=True)
            took += _now() - t
            total += len(data)
        except Exception:
            continue
        if took > 0.03:
            break
    return total / took if took > 0 and total > 0 else None


def _drop(cfile, why, counts, errors):
    """Removes a tree pyc, counting it under `why` (or as failed, with the reason)."""
    try:
        os.unlink(cfile)
        counts[why] += 1
    except OSError as e:
        counts['failed'] += 1
        errors.append({'path': cfile, 'message': _message(e)})


def cmd_refresh(request):
    """The post step's pass over the prefix. Pycs Python wrote during the job become `mode`
    pycs, orphans go, and, given `since` (when the main step ended), pycs the job neither read
    nor wrote go too, except the project's (under `keep`): the next job restores only what
    jobs import. With `write` false it only surveys. It also reports what the tree was worth:
    pycs read from it whose source had no valid pyc in place (compiling avoided), and pycs
    the job had to write although one was in place (compiling the prefix caused)."""
    started = _now()
    import importlib.util
    if not isinstance(request.get('prefix'), str):
        raise HelperError("refresh needs 'prefix', the absolute path of the prefix directory.", 'bad-request')
    prefix = _use_prefix(request['prefix'])
    mode = _mode(request)
    workers = _worker_count(request.get('workers', 0))
    # The project root: its sources are read only where compile would read them (no links).
    project = request.get('project')
    if project is not None and (not isinstance(project, str) or not project):
        raise HelperError("'project' must be the absolute path of the project.", 'bad-request')
    project = _norm(project) if project else None
    dirs = {}
    skipped = []
    since = request.get('since')
    if since is not None and (isinstance(since, bool) or not isinstance(since, (int, float))):
        raise HelperError("'since' must be a time in seconds since the epoch.", 'bad-request')
    keep = request.get('keep', [])
    if not isinstance(keep, list) or not all(isinstance(k, str) and k for k in keep):
        raise HelperError("'keep' must be a list of directories.", 'bad-request')
    keep = [_norm(k) for k in keep]
    write = request.get('write', True) is not False
    tag = sys.implementation.cache_tag
    magic = importlib.util.MAGIC_NUMBER
    counts = {'rewritten': 0, 'reheadered': 0, 'pruned': 0, 'unused': 0, 'kept': 0, 'other': 0, 'failed': 0, 'dirs_removed': 0,
              'read': 0, 'written': 0, 'saved_files': 0, 'saved_bytes': 0, 'extra_files': 0, 'extra_bytes': 0,
              'tracked': False, 'compile_rate': None, 'skipped': 0}
    errors = []
    if tag is None:
        raise HelperError('This interpreter has no cache_tag, so it writes no bytecode.', 'unsupported-python')
    if not os.path.isdir(prefix):
        counts['seconds'] = round(_now() - started, 4)
        counts['errors'] = []
        return counts

    # First pass: each pyc of this tag, its source, and whether the job read or wrote it. The
    # stat comes before anything here opens the pyc, which would itself update its atime.
    entries = []
    directories = []
    for dirpath, dirnames, filenames in os.walk(prefix):  # never follows symlinked directories
        # A prefix tree has no __pycache__ level: one here holds someone else's pycs.
        dirnames[:] = [name for name in dirnames if name != '__pycache__']
        directories.append(dirpath)
        for name in filenames:
            parsed = _parse_pyc_name(name, tag)
            if parsed is None:
                if name.endswith('.pyc'):
                    counts['other'] += 1
                continue
            stem, level = parsed
            cfile = os.path.join(dirpath, name)
            source = None
            for candidate in _source_candidates(prefix, dirpath, stem):
                if os.path.isfile(candidate):
                    source = candidate
                    break
            try:
                st = os.lstat(cfile)
            except OSError:
                continue
            read = since is not None and st.st_atime > since
            written = since is not None and st.st_mtime > since
            counts['read'] += 1 if read and not written else 0
            counts['written'] += 1 if written else 0
            entries.append((cfile, source, level, read, written))
    # Whether this file system records reads at all (noatime does not; relatime records the
    # first read after a write): without a single read or write seen, keep everything.
    tracked = since is not None and (counts['read'] > 0 or counts['written'] > 0)
    counts['tracked'] = tracked

    jobs = []
    sizes = []
    saved_sources = []
    extra_sources = []
    for cfile, source, level, read, written in entries:
        if source is None:
            if write:
                _drop(cfile, 'pruned', counts, errors)
            continue
        if _cache_path(source, level) != cfile:
            counts['other'] += 1  # not where this interpreter would look for it: leave it
            continue
        if project is not None and _inside(source, project):
            problem = _project_problem(project, source, dirs)
            if problem is not None:
                # Never kept, whatever the job read: the source is behind a link or too big.
                try:
                    os.unlink(cfile)
                except OSError:
                    pass
                counts['skipped'] += 1
                skipped.append({'path': source, 'message': problem})
                continue
        ours = any(_inside(source, k) for k in keep)
        if tracked and (read or written):
            # Worth: a pyc read from the tree whose source had none in place saved its compile;
            # one the job wrote although one was in place cost a compile without the prefix.
            in_place = _in_place_valid(source, level, magic)
            try:
                size = os.stat(source).st_size
            except OSError:
                size = 0
            if read and not written and not in_place:
                counts['saved_files'] += 1
                counts['saved_bytes'] += size
                saved_sources.append(source)
            elif written and in_place:
                counts['extra_files'] += 1
                counts['extra_bytes'] += size
                extra_sources.append(source)
        if tracked and not read and not written and not ours:
            if write:
                _drop(cfile, 'unused', counts, errors)
            continue
        if not write:
            counts['kept'] += 1
            continue
        head = _read_header(cfile)[0]
        if _reheader(cfile, source, head, mode, magic) is not None:
            counts['rewritten'] += 1
            counts['reheadered'] += 1
            continue
        stale, error, size, _ = _check(source, [(level, cfile)], mode, magic)
        if error is not None:
            counts['failed'] += 1
            errors.append({'path': source, 'message': error})
        elif stale:
            jobs.append((len(jobs), source, stale))
            sizes.append(size)
        else:
            counts['kept'] += 1

    results, _ = _run_jobs(jobs, sizes, mode, prefix, workers) if jobs else ({}, 0)
    for index, source, targets in jobs:
        written, error = results[index]
        if written:
            counts['rewritten'] += 1
        else:
            counts['failed'] += 1  # _compile_one removed the pyc if the source no longer compiles
            errors.append({'path': source, 'message': error})

    if write:
        for dirpath in reversed(directories):  # deepest first
            if dirpath == prefix:
                continue
            try:
                os.rmdir(dirpath)  # only succeeds when empty
                counts['dirs_removed'] += 1
            except OSError:
                pass
    if saved_sources or extra_sources:
        counts['compile_rate'] = _compile_rate(sorted(saved_sources or extra_sources))
    errors.sort(key=lambda e: e['path'])
    counts['errors'] = errors[:MAX_ERRORS]
    counts['skipped_paths'] = skipped[:MAX_ERRORS]
    counts['seconds'] = round(_now() - started, 4)
    return counts


# ---------------------------------------------------------------------------------------
# The in-place layout. The tree keeps the prefix's mirrored layout (<prefix><source dir>/
# <name>.<tag>.pyc), so keys and archives do not change; the job reads the same pycs from
# <source dir>/__pycache__/<name>.<tag>.pyc, where Python looks without a prefix.

def in_place_of(prefix, cfile):
    """The in-place path of the tree pyc `cfile`, or None when it is not under `prefix`."""
    if not _inside(cfile, prefix):
        return None
    rel = os.path.relpath(os.path.dirname(cfile), prefix)
    source_dir = os.sep + ('' if rel == os.curdir else rel)
    return os.path.join(source_dir, '__pycache__', os.path.basename(cfile))


def tree_of(prefix, in_place):
    """The tree path of the in-place pyc `in_place` (<dir>/__pycache__/<name>), or None."""
    cache_dir = os.path.dirname(in_place)
    if os.path.basename(cache_dir) != '__pycache__':
        return None
    source_dir = os.path.dirname(cache_dir)
    return os.path.join(prefix, source_dir.lstrip(os.sep), os.path.basename(in_place))


class ReadOnlyCheckout(Exception):
    """The checkout refuses writes (EROFS, EACCES): in-place cannot work for this run."""


def _real_dir(path):
    """Whether `path` is a directory and not a symbolic link (lstat: never followed)."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def _place_one(cfile, dest, mode):
    """Create `dest` in a __pycache__ that is a real directory, never through a link, never
    over an existing file: a hard link to the tree's `cfile` where the file system allows
    (no bytes written: 429 sympy pycs in 0.1 s instead of 0.5 s), else a copy. True when
    created; raises ReadOnlyCheckout."""
    import errno
    cache_dir = os.path.dirname(dest)
    try:
        os.mkdir(cache_dir)  # never follows a link: an existing one gives EEXIST
    except FileExistsError:
        pass
    except OSError as e:
        if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise ReadOnlyCheckout(_message(e))
        return False
    if not _real_dir(cache_dir):
        return False  # a committed link or file named __pycache__: never written through
    try:
        # link() never follows `dest`, and fails when anything is there. Python replaces a
        # pyc it rewrites (write, then rename), so the tree's copy is never changed through it.
        os.link(cfile, dest)
        return True
    except FileExistsError:
        return False  # a pyc (or a link) is already there: Python decides whether it is valid
    except OSError as e:
        if e.errno == errno.EROFS:
            raise ReadOnlyCheckout(_message(e))
        # Another file system (EXDEV), or one without hard links: copy instead.
    try:
        with open(cfile, 'rb') as f:
            data = f.read()
    except OSError:
        return False
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, 'O_NOFOLLOW', 0) | getattr(os, 'O_BINARY', 0)
    try:
        fd = os.open(dest, flags, mode)
    except FileExistsError:
        return False
    except OSError as e:
        if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise ReadOnlyCheckout(_message(e))
        return False
    try:
        with os.fdopen(fd, 'wb') as f:
            f.write(data)
    except OSError:
        try:
            os.unlink(dest)
        except OSError:
            pass
        return False
    return True


def cmd_place(request):
    """The main step's copy of the tree's project pycs into the project's __pycache__
    directories: only where the source is a regular file reached through real directories
    (the checkout is the pull request's), and never over an existing pyc. Answers
    {'placed', 'present', 'refused', 'read_only'}; a read-only checkout stops the pass."""
    started = _now()
    prefix = _use_prefix(request.get('prefix'))
    project = request.get('project')
    if not isinstance(project, str) or not os.path.isabs(project):
        raise HelperError("place needs 'project', the absolute path of the project.", 'bad-request')
    project = _norm(project)
    tag = sys.implementation.cache_tag
    counts = {'placed': 0, 'present': 0, 'refused': 0, 'read_only': None}
    mirror = os.path.join(prefix, project.lstrip(os.sep))
    dirs = {}
    for dirpath, dirnames, filenames in os.walk(mirror):  # never follows symlinked directories
        dirnames[:] = [name for name in dirnames if name != '__pycache__']
        for name in sorted(filenames):
            parsed = _parse_pyc_name(name, tag)
            if parsed is None:
                continue
            cfile = os.path.join(dirpath, name)
            dest = in_place_of(prefix, cfile)
            source = os.path.join(os.path.dirname(os.path.dirname(dest)), parsed[0] + '.py')
            # _project_problem checks every directory from the root to the source (lstat);
            # the __pycache__ level is checked by _place_one.
            if _project_problem(project, source, dirs) is not None or not os.path.isfile(source):
                counts['refused'] += 1
                continue
            try:
                if not stat.S_ISREG(os.lstat(cfile).st_mode):
                    continue  # only a regular file is ever linked or copied into the project
            except OSError:
                continue
            try:
                if _place_one(cfile, dest, 0o644):
                    counts['placed'] += 1
                else:
                    counts['present'] += 1
            except ReadOnlyCheckout as e:
                counts['read_only'] = str(e)
                break
        if counts['read_only'] is not None:
            break
    counts['seconds'] = round(_now() - started, 4)
    return counts


_SKIP_DIRS = ('.git', 'site-packages', 'dist-packages', 'node_modules')


def cmd_collect(request):
    """The post step's copy of the project's in-place pycs into the tree: each valid one of
    this tag (a timestamp pyc the job wrote is re-headered to `mode`, as refresh does) whose
    source is a regular file reached through real directories. A pyc the tree already holds
    with the same bytes is left alone, so the save policy sees only what changed; one the job
    did not write (a pyc committed to the checkout) is never taken. Given
    `since`, it also counts what the job read (access times, taken before this pass opens
    anything) and what that saved: a pyc read and not rewritten by the job spared a compile.
    With `write` false it only counts (an exact hit saves nothing)."""
    started = _now()
    import importlib.util
    prefix = _use_prefix(request.get('prefix'))
    project = request.get('project')
    if not isinstance(project, str) or not os.path.isabs(project):
        raise HelperError("collect needs 'project', the absolute path of the project.", 'bad-request')
    project = _norm(project)
    mode = _mode(request)
    tag = sys.implementation.cache_tag
    magic = importlib.util.MAGIC_NUMBER
    flags = _u32(_flags_for(mode))
    since = request.get('since')
    if since is not None and (isinstance(since, bool) or not isinstance(since, (int, float))):
        raise HelperError("'since' must be a time in seconds since the epoch.", 'bad-request')
    write = request.get('write', True) is not False
    counts = {'collected': 0, 'reheadered': 0, 'same': 0, 'stale': 0, 'refused': 0, 'read': 0, 'written': 0,
              'saved_files': 0, 'saved_bytes': 0, 'tracked': False, 'compile_rate': None}
    saved_sources = []
    dirs = {}
    for dirpath, dirnames, filenames in os.walk(project):  # never follows symlinked directories
        dirnames[:] = [d for d in dirnames if d not in _SKIP_DIRS]
        if os.path.basename(dirpath) != '__pycache__':
            continue
        dirnames[:] = []
        for name in filenames:
            parsed = _parse_pyc_name(name, tag)
            if parsed is None or parsed[1] != 0:
                continue
            in_place = os.path.join(dirpath, name)
            source = os.path.join(os.path.dirname(dirpath), parsed[0] + '.py')
            if _project_problem(project, source, dirs) is not None or _project_problem(project, in_place, dirs) is not None:
                counts['refused'] += 1
                continue
            if not write:
                # Only counting (an exact hit saves nothing): a pyc the job read and did not
                # rewrite was valid (Python rewrites a stale one), so metadata is enough.
                try:
                    seen = os.lstat(in_place)
                    src_st = os.lstat(source)
                except OSError:
                    continue
                if not (stat.S_ISREG(seen.st_mode) and stat.S_ISREG(src_st.st_mode)) or since is None:
                    continue
                written = seen.st_mtime > since
                counts['written'] += 1 if written else 0
                if seen.st_atime > since and not written:
                    counts['read'] += 1
                    counts['saved_files'] += 1
                    counts['saved_bytes'] += src_st.st_size
                    saved_sources.append(source)
                continue
            try:
                seen = os.lstat(in_place)  # before the open below moves its access time
                with open(in_place, 'rb') as f:
                    data = f.read()
                src, st = _read_source(source)
            except (OSError, ValueError):
                continue
            written = since is not None and seen.st_mtime > since
            read = since is not None and seen.st_atime > since and not written
            if len(data) <= 16 or data[:4] != magic:
                counts['stale'] += 1
                continue
            head = data[:16]
            if mode != 'timestamp' and head[4:8] == b'\0\0\0\0':
                if not _timestamp_header_ok(head, magic, st):
                    counts['stale'] += 1
                    continue
                data = magic + flags + importlib.util.source_hash(src) + data[16:]
                counts['reheadered'] += 1
            elif mode == 'timestamp':
                if not _timestamp_header_ok(head, magic, st):
                    counts['stale'] += 1
                    continue
            elif head[4:8] != flags or head[8:16] != importlib.util.source_hash(src):
                counts['stale'] += 1
                continue
            counts['written'] += 1 if written else 0
            counts['read'] += 1 if read else 0
            if read:
                counts['saved_files'] += 1
                counts['saved_bytes'] += len(src)
                saved_sources.append(source)
            if not write:
                continue
            target = tree_of(prefix, in_place)
            try:
                with open(target, 'rb') as f:
                    if f.read() == data:
                        counts['same'] += 1
                        continue
            except OSError:
                pass
            if not written:
                # Not the job's compile and not what the main step placed: a pyc committed to
                # the checkout, whose body no one compiled here. Never cached for other runs.
                counts['refused'] += 1
                continue
            try:
                _write_atomic(target, data, 0o644)
                counts['collected'] += 1
            except OSError:
                counts['stale'] += 1
    counts['tracked'] = since is not None and (counts['read'] > 0 or counts['written'] > 0)
    if saved_sources:
        counts['compile_rate'] = _compile_rate(sorted(saved_sources))
    counts['seconds'] = round(_now() - started, 4)
    return counts


# ---------------------------------------------------------------------------------------

COMMANDS = {'describe': cmd_describe, 'compile': cmd_compile, 'refresh': cmd_refresh, 'place': cmd_place,
            'collect': cmd_collect}
# What each command imports (all at once, see _own_imports); the pool's modules only if needed.
IMPORTS = {
    'describe': ('importlib.util', 'platform', 'site', 'sysconfig'),
    'compile': ('importlib.util', 'marshal', 'warnings', 'traceback'),
    'refresh': ('importlib.util', 'marshal', 'warnings', 'traceback'),
    'place': ('importlib.util',),
    'collect': ('importlib.util',),
}


def main(argv):
    _isolate_stdout()
    if sys.version_info < (3, 8):
        _fail('%s %s cannot use a pycache prefix; the pycache action needs Python 3.8 or newer.'
              % (_implementation_name(), _version_text()),
              'unsupported-python', {'implementation': _implementation_name(), 'version': _version_text()})
    # The helper's own imports must not leave timestamp pycs in the prefix.
    sys.dont_write_bytecode = True
    if len(argv) != 2 or argv[1] not in COMMANDS:
        _fail('Usage: pycache_helper.py describe|compile|refresh|place|collect, with a JSON request on stdin.', 'bad-request')
    _own_imports(*IMPORTS[argv[1]])
    try:
        # Bytes, decoded here: -E ignores PYTHONIOENCODING, and the locale must not decide
        # how a path in the request reads.
        text = sys.stdin.buffer.read().decode('utf-8') if not sys.stdin.isatty() else ''
        request = json.loads(text) if text.strip() else {}
    except ValueError as e:
        _fail('The request on stdin is not valid JSON (%s).' % e, 'bad-request')
    if not isinstance(request, dict):
        _fail('The request on stdin must be a JSON object.', 'bad-request')
    try:
        answer = COMMANDS[argv[1]](request)
    except HelperError as e:
        _fail(str(e), e.code)
    except Exception as e:
        import traceback
        traceback.print_exc()
        _fail('%s failed unexpectedly: %s.' % (argv[1], _message(e)), 'internal')
    _emit(answer)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
