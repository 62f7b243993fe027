"""tempfile: temporary files and directories, as CPython 3.11's module on
POSIX.

Names are `prefix` + 8 random characters from [a-z0-9_] + `suffix`,
created exclusively (O_EXCL / mkdir) in gettempdir() or `dir`.

ouro's file objects work on paths, not descriptors, so TemporaryFile is a
named file removed when it is closed (CPython unlinks it at once and its
`name` is the descriptor number); both it and NamedTemporaryFile return a
_TemporaryFileWrapper. SpooledTemporaryFile is not provided.
"""

import io as _io
import os as _os
import errno as _errno
from random import Random as _Random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "mkstemp", "mkdtemp",
           "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "TemporaryDirectory", "gettempprefixb", "gettempdirb"]

TMP_MAX = 238328
template = "tmp"
tempdir = None

_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW | _os.O_CLOEXEC
_bin_openflags = _text_openflags


class _RandomNameSequence:
    """An endless iterator of 8-character random names."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._rng = None
        self._rng_pid = None

    @property
    def rng(self):
        pid = _os.getpid()
        if pid != self._rng_pid:
            self._rng = _Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return "".join(self.rng.choices(self.characters, k=8))


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    dirlist = []
    for envname in ("TMPDIR", "TEMP", "TMP"):
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate directory a file can be created in."""
    namer = _get_candidate_names()
    for d in _candidate_tempdir_list():
        if d != _os.curdir:
            d = _os.path.abspath(d)
        for _ in range(100):
            name = _os.path.join(d, next(namer))
            try:
                fd = _os.open(name, _bin_openflags, 0o600)
                try:
                    _os.write(fd, b"blat")
                finally:
                    _os.close(fd)
                    _os.unlink(name)
                return d
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(
        _errno.ENOENT,
        f"No usable temporary directory found in {_candidate_tempdir_list()}")


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    """The default directory of temporary files (cached in `tempdir`)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir()) if hasattr(_os, "fsencode") else gettempdir().encode()


def _sanitize_params(prefix, suffix, dir):
    for v in (prefix, suffix, dir):
        if isinstance(v, bytes):
            raise TypeError("ouro's tempfile takes str arguments only")
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file securely: (an open descriptor, its absolute path)."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            fd = _os.open(file, _bin_openflags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory (mode 0o700) securely: its path."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        _os.chmod(file, 0o700)
        return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has now (unsafe: another may take it)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a `name` that removes its file when closed (if
    `delete`); other attributes are the file's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        if name == "file":
            raise AttributeError(name)
        return getattr(self.file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return f"<tempfile._TemporaryFileWrapper file={self.file!r}>"


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A new file with a visible name, removed when closed if `delete`."""
    fd, name = mkstemp(suffix, prefix, dir)
    _os.close(fd)
    try:
        file = _io.open(name, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A new file removed when closed (named while open, on ouro)."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix,
                              prefix, dir, True, errors=errors)


class TemporaryDirectory:
    """A new directory, removed with its contents by cleanup() or at the
    end of a `with` block (whose target is the name)."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        import shutil
        if _os.path.lexists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        try:
            if not self._done and _os.path.lexists(self.name):
                import warnings
                warnings.warn(f"Implicitly cleaning up {self!r}", ResourceWarning)
                self.cleanup()
        except Exception:
            pass
