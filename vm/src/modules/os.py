"""The os module: the common subset, on ouro's _os (files, directories,
the environment); os.path is posixpath."""

import _os
from _ouro import untrack as _untrack
import posixpath as path

name = "posix"
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
pathsep = path.pathsep
linesep = "\n"
devnull = path.devnull
defpath = path.defpath

environ = _os.environ()


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return _os.getcwd()


def getpid():
    return _os.getpid()


def listdir(p="."):
    return _os.listdir(fspath(p))


def remove(p):
    _os.remove(fspath(p))


def unlink(p):
    _os.remove(fspath(p))


def mkdir(p, mode=0o777):
    _os.mkdir(fspath(p))


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=exist_ok)
    try:
        mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(p):
    _os.rmdir(fspath(p))


def rename(src, dst):
    _os.rename(fspath(src), fspath(dst))


def replace(src, dst):
    _os.rename(fspath(src), fspath(dst))


def fspath(p):
    """The path of `p`: a str or bytes as it is, else its __fspath__()."""
    if isinstance(p, (str, bytes)):
        return p
    # `_PyObject_LookupSpecial`: found on the type, bound to `p` (the bound
    # method holds `p` while it runs, as in CPython).
    for klass in type(p).__mro__:
        if "__fspath__" in klass.__dict__:
            method = klass.__dict__["__fspath__"]
            break
    else:
        raise TypeError(
            f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    get = getattr(type(method), "__get__", None)
    if get is not None:
        method = get(method, p, type(p))
    r = method()
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError(
        f"expected {type(p).__name__}.__fspath__() to return str or bytes, "
        f"not {type(r).__name__}")


class PathLike:
    """The abstract class of objects with a __fspath__ method."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


class stat_result(tuple):
    """The result of stat(): a 10-tuple with named fields (st_mode, ...,
    st_ctime) and the float times."""

    n_sequence_fields = 10
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
              "st_size", "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, raw):
        # raw: the seven ints, the three times in ns, the three as floats.
        ints = tuple(raw[:7]) + tuple(t // 1000000000 for t in raw[7:10])
        self = tuple.__new__(cls, ints)
        self._times = tuple(raw[10:13])
        self._ns = tuple(raw[7:10])
        return self

    def __repr__(self):
        parts = ", ".join(f"{n}={v!r}" for n, v in zip(self._names, self))
        return f"os.stat_result({parts})"

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])


class uname_result(tuple):
    """The result of uname(): (sysname, nodename, release, version,
    machine), with those names."""

    n_sequence_fields = 5
    _names = ("sysname", "nodename", "release", "version", "machine")

    def __new__(cls, parts):
        return tuple.__new__(cls, parts)

    def __repr__(self):
        parts = ", ".join(f"{n}={v!r}" for n, v in zip(self._names, self))
        return f"posix.uname_result({parts})"

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])


def uname():
    """The system's identity: uname(2)."""
    return uname_result(_os.uname())


def stat(p, *, follow_symlinks=True):
    # (Untracked, as CPython's PyStructSequence_New leaves it.)
    return _untrack(stat_result(_os.stat(fspath(p), follow_symlinks)))


def lstat(p):
    return stat(p, follow_symlinks=False)


def open(path, flags, mode=0o777):
    """A file descriptor for `path`, as open(2) with the O_* flags."""
    return _os.open(fspath(path), flags, mode)


def close(fd):
    _os.close(fd)


def read(fd, n):
    return _os.read(fd, n)


def write(fd, data):
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise TypeError(
            f"a bytes-like object is required, not '{type(data).__name__}'")
    return _os.write(fd, data)


def chmod(p, mode, *, follow_symlinks=True):
    _os.chmod(fspath(p), mode)


def utime(p, times=None, *, ns=None, follow_symlinks=True):
    """Set the access and modified times: `times` as (atime, mtime)
    seconds, or `ns` as nanoseconds, or now when neither is given."""
    if times is not None and ns is not None:
        raise ValueError(
            "utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        ns = tuple(int(round(t * 1e9)) if isinstance(t, float) else t * 1000000000
                   for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
    else:
        ns = (None, None)
    _os.utime(fspath(p), ns[0], ns[1])


def symlink(src, dst, target_is_directory=False):
    _os.symlink(fspath(src), fspath(dst))


def readlink(p):
    return _os.readlink(fspath(p))


class terminal_size(tuple):
    """The size of a terminal: (columns, lines)."""

    n_sequence_fields = 2

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError(
                f"os.terminal_size() takes a 2-sequence ({len(seq)}-sequence given)")
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]!r}, lines={self[1]!r})"


def get_terminal_size(fd=1):
    # ouro cannot ask the terminal (no ioctl): as CPython on a non-tty.
    raise OSError(25, "Inappropriate ioctl for device")


def chdir(p):
    _os.chdir(fspath(p))


def cpu_count():
    return _os.cpu_count()


def urandom(n):
    return _os.urandom(n)


def access(p, mode):
    # From the permission bits for anyone (ouro does not know its uid).
    try:
        st = stat(p)
    except OSError:
        return False
    bits = st.st_mode
    if mode & R_OK and not bits & 0o444:
        return False
    if mode & W_OK and not bits & 0o222:
        return False
    if mode & X_OK and not bits & 0o111:
        return False
    return True


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def strerror(code):
    return {1: "Operation not permitted", 2: "No such file or directory",
            13: "Permission denied", 17: "File exists", 20: "Not a directory",
            21: "Is a directory", 22: "Invalid argument",
            39: "Directory not empty"}.get(code, f"Unknown error {code}")


class DirEntry:
    """What scandir() yields: a name in a directory and its path."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def is_dir(self, *, follow_symlinks=True):
        if not follow_symlinks and path.islink(self.path):
            return False
        return _os.kind(self.path) == 2

    def is_file(self, *, follow_symlinks=True):
        if not follow_symlinks and path.islink(self.path):
            return False
        return _os.kind(self.path) == 1

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


class _ScandirIterator:
    def __init__(self, directory):
        self._entries = iter([DirEntry(directory, n) for n in listdir(directory)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._entries = iter(())

    def close(self):
        self._entries = iter(())


def scandir(p="."):
    return _ScandirIterator(fspath(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each
    directory, as CPython's walk."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, files = [], []
    for name in names:
        (dirs if _os.kind(path.join(top, name)) == 2 else files).append(name)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
        yield top, dirs, files
