"""The os module: the common subset, on ouro's _os (files, directories,
the environment); os.path is posixpath."""

import _os
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

environ = _os.environ()


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return _os.getcwd()


def getpid():
    return _os.getpid()


def listdir(p="."):
    return _os.listdir(p)


def remove(p):
    _os.remove(p)


unlink = remove


def mkdir(p, mode=0o777):
    _os.mkdir(p)


def makedirs(name, mode=0o777, exist_ok=False):
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
    _os.rmdir(p)


def rename(src, dst):
    _os.rename(src, dst)


replace = rename


def fspath(p):
    if isinstance(p, str):
        return p
    raise TypeError(
        f"expected str, bytes or os.PathLike object, not {type(p).__name__}")


SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
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
        ints = tuple(raw[:7]) + tuple(int(t) for t in raw[7:10])
        self = tuple.__new__(cls, ints)
        self._times = tuple(raw[7:10])
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
    st_atime_ns = property(lambda self: int(self._times[0] * 1e9))
    st_mtime_ns = property(lambda self: int(self._times[1] * 1e9))
    st_ctime_ns = property(lambda self: int(self._times[2] * 1e9))


def stat(p, *, follow_symlinks=True):
    return stat_result(_os.stat(fspath(p), follow_symlinks))


def lstat(p):
    return stat(p, follow_symlinks=False)


def chdir(p):
    _os.chdir(fspath(p))


def cpu_count():
    return _os.cpu_count()


def urandom(n):
    return _os.urandom(n)


def access(p, mode):
    # Existence only: ouro runs as the file's owner in its uses.
    return _os.kind(fspath(p)) != 0


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
        return _os.kind(self.path) == 2

    def is_file(self, *, follow_symlinks=True):
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
