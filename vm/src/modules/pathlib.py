"""pathlib: object-oriented filesystem paths, the POSIX part of CPython
3.11's module.

PurePath/PurePosixPath are pure string manipulation; Path/PosixPath add
the filesystem operations on top of os. Windows paths are not supported:
PureWindowsPath raises NotImplementedError, and WindowsPath raises as it
does on CPython under POSIX.
"""

import fnmatch
import io
import os
import posixpath
import re
from stat import S_ISDIR, S_ISREG, S_ISLNK, S_ISFIFO, S_ISSOCK, S_ISBLK, S_ISCHR

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path",
           "PosixPath", "WindowsPath"]


def _parse(args):
    """(root, parts) of the path the segments `args` join to; parts hold
    the names only (no "" or "."), root is "", "/" or "//"."""
    root = ""
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                parts = list(a._tail)
            else:
                parts.extend(a._tail)
            continue
        a = os.fspath(a)
        if isinstance(a, bytes):
            raise TypeError(
                "argument should be a str object or an os.PathLike object "
                f"returning str, not {type(a)!r}")
        if a.startswith("/"):
            if a.startswith("//") and not a.startswith("///"):
                root = "//"
            else:
                root = "/"
            parts = []
        parts.extend(x for x in a.split("/") if x and x != ".")
    return root, parts


class _PathParents:
    """The logical ancestors of a path, as a read-only sequence."""

    __slots__ = ("_path", "_root", "_tail")

    def __init__(self, path):
        self._path = path
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if not isinstance(idx, int):
            idx = idx.__index__()
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parsed(self._root, self._tail[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __contains__(self, item):
        return any(p == item for p in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value):
        for i, p in enumerate(self):
            if p == value:
                return i
        raise ValueError(f"{value!r} is not in list")

    def count(self, value):
        return sum(1 for p in self if p == value)

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePath:
    """A path without I/O: PurePath(...) makes a PurePosixPath."""

    __slots__ = ("_root", "_tail", "_str", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._tail = _parse(args)
        self._str = None
        self._hash = None
        return self

    @classmethod
    def _from_parsed(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = list(tail)
        self._str = None
        self._hash = None
        return self

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    # -- the string forms

    def __str__(self):
        if self._str is None:
            self._str = (self._root + "/".join(self._tail)) or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode("utf-8", "surrogateescape")

    def __repr__(self):
        return f"{self.__class__.__name__}({self.as_posix()!r})"

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                "0123456789_.-~/")
        out = []
        for b in str(self).encode("utf-8", "surrogateescape"):
            c = chr(b)
            out.append(c if c in safe else f"%{b:02X}")
        return "file://" + "".join(out)

    # -- comparison

    def _key(self):
        return [self._root] + self._tail if self._root else self._tail

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(tuple(self._key()))
        return self._hash

    def _cmp_key(self, other):
        if not isinstance(other, PurePath):
            return None
        return self._key(), other._key()

    def __lt__(self, other):
        k = self._cmp_key(other)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._cmp_key(other)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmp_key(other)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._cmp_key(other)
        return NotImplemented if k is None else k[0] >= k[1]

    # -- components

    drive = property(lambda self: "")
    root = property(lambda self: self._root)
    anchor = property(lambda self: self._root)

    @property
    def parts(self):
        return tuple(self._key())

    @property
    def name(self):
        return self._tail[-1] if self._tail else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parsed(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        root, tail = _parse((name,))
        if not name or name.endswith("/") or root or len(tail) != 1:
            raise ValueError(f"Invalid name {name!r}")
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix:
            raise ValueError(f"Invalid suffix {suffix!r}")
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        to_root, to_tail = _parse(other)
        mine = self._key()
        theirs = [to_root] + to_tail if to_root else to_tail
        n = len(theirs)
        if (self._root if n == 0 else mine[:n] != theirs):
            formatted = to_root + "/".join(to_tail)
            raise ValueError(
                f"{str(self)!r} is not in the subpath of {formatted!r}"
                " OR one path is relative and the other is absolute.")
        return self._from_parsed("", mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return self._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        root, pat = _parse((path_pattern,))
        if not pat and not root:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self._key()
        if root:
            pat = [root] + pat
            if len(pat) != len(parts):
                return False
            pat = pat[1:]
        elif len(pat) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A PurePath for POSIX systems."""

    __slots__ = ()


class PureWindowsPath(PurePath):
    """Not supported by ouro (POSIX paths only)."""

    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("ouro does not support PureWindowsPath")


# -- glob selectors: each one yields the paths under a directory that the
# rest of the pattern matches.

def _is_dir(p):
    try:
        return S_ISDIR(os.stat(str(p)).st_mode)
    except (OSError, ValueError):
        return False


def _scandir_names(p):
    try:
        return os.listdir(str(p))
    except OSError:
        return []


def _select(path, pats):
    """The paths below `path` matching the components `pats` (the last
    one "" when the pattern ended with a slash: directories only)."""
    if not pats:
        yield path
        return
    pat, rest = pats[0], pats[1:]
    if pat == "**":
        seen = set()
        for d in _walk_dirs(path):
            for p in _select(d, rest):
                if p not in seen:
                    seen.add(p)
                    yield p
        return
    if "**" in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if pat == "":
        if _is_dir(path):
            yield path
        return
    if not any(c in pat for c in "*?["):
        child = path._child(pat)
        if _is_dir(child) if rest else os.path.lexists(str(child)):
            yield from _select(child, rest)
        return
    match = re.compile(fnmatch.translate(pat)).fullmatch
    for name in _scandir_names(path):
        if match(name):
            child = path._child(name)
            if rest and not _is_dir(child):
                continue
            yield from _select(child, rest)


def _walk_dirs(path):
    yield path
    for name in _scandir_names(path):
        child = path._child(name)
        if _is_dir(child) and not os.path.islink(str(child)):
            yield from _walk_dirs(child)


class Path(PurePath):
    """A filesystem path: Path(...) makes a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def _child(self, name):
        return self._from_parsed(self._root, self._tail + [name])

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def exists(self):
        try:
            self.stat()
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self):
        try:
            return S_ISDIR(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_file(self):
        try:
            return S_ISREG(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_symlink(self):
        try:
            return S_ISLNK(self.lstat().st_mode)
        except (OSError, ValueError):
            return False

    def _mode_is(self, test):
        try:
            return test(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_fifo(self):
        return self._mode_is(S_ISFIFO)

    def is_socket(self):
        return self._mode_is(S_ISSOCK)

    def is_block_device(self):
        return self._mode_is(S_ISBLK)

    def is_char_device(self):
        return self._mode_is(S_ISCHR)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent = self.parent.stat()
        except OSError:
            return False
        st = self.stat()
        return st.st_dev != parent.st_dev or st.st_ino == parent.st_ino

    def samefile(self, other_path):
        st = self.stat()
        try:
            other = other_path.stat()
        except AttributeError:
            other = os.stat(other_path)
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._child(name)

    def _glob_parts(self, pattern):
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        root, parts = _parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith("/"):
            parts.append("")
        return parts

    def glob(self, pattern):
        parts = self._glob_parts(pattern)
        yield from _select(self, parts)

    def rglob(self, pattern):
        parts = self._glob_parts(pattern)
        yield from _select(self, ["**"] + parts)

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts((os.getcwd(), self))

    def resolve(self, strict=False):
        return self._from_parts((os.path.realpath(str(self), strict=strict),))

    def expanduser(self):
        if not self._root and self._tail and self._tail[0][:1] == "~":
            home = os.path.expanduser(self._tail[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts((home,) + tuple(self._tail[1:]))
        return self

    def open(self, mode="r", buffering=-1, encoding=None, errors=None,
             newline=None):
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(memoryview(data))
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {data.__class__.__name__}")
        with self.open(mode="w", encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self._from_parts((os.readlink(str(self)),))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(str(self), None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(str(self), flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return self.__class__(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(os.fspath(target), str(self))


class PosixPath(Path, PurePosixPath):
    """A Path for POSIX systems."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError(
            f"cannot instantiate {cls.__name__!r} on your system")
