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
