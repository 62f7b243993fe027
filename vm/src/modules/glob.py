"""glob: filename globbing utility, as CPython 3.11's module.

Results come in the directory's listing order (unsorted, as CPython's);
names starting with a dot match only patterns whose component starts with
a dot. `**` with recursive=True matches any files and zero or more
directories (not following symbolic links to directories).
"""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False):
    """The list of paths matching the pathname pattern."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False):
    """An iterator of the paths matching the pathname pattern."""
    if isinstance(pathname, bytes):
        # ouro's os.path is str only: bytes go through their fsdecode.
        if root_dir is not None:
            root_dir = os.fsdecode(root_dir)
        it = iglob(os.fsdecode(pathname), root_dir=root_dir, dir_fd=dir_fd,
                   recursive=recursive)
        return (os.fsencode(p) for p in it)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, dir_fd, recursive, False)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        try:
            s = next(it)  # skip the empty string
            if s:
                it = _chain(s, it)
        except StopIteration:
            pass
    return it


def _chain(first, rest):
    yield first
    yield from rest


def _iglob(pathname, root_dir, dir_fd, recursive, dironly):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        assert not dironly
        if basename:
            if _lexists(_join(root_dir, pathname), dir_fd):
                yield pathname
        else:
            # "dir/": only a directory answers.
            if _isdir(_join(root_dir, dirname), dir_fd):
                yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dir_fd, dironly)
        else:
            yield from _glob1(root_dir, basename, dir_fd, dironly)
        return
    # A dirname equal to the whole pattern would recurse forever.
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, dir_fd, recursive, True)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dir_fd, dironly):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dir_fd, dironly):
    names = _listdir(dirname, dir_fd, dironly)
    if not _ishidden(pattern):
        names = (x for x in names if not _ishidden(x))
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dir_fd, dironly):
    if basename:
        if _lexists(_join(dirname, basename), dir_fd):
            return [basename]
    else:
        # A pattern ending in "/": the directory itself, if it is one.
        if _isdir(dirname, dir_fd):
            return [basename]
    return []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, None, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, None, False)


def _glob2(dirname, pattern, dir_fd, dironly):
    """`**`: the empty string, then every name below dirname."""
    assert _isrecursive(pattern)
    yield pattern[:0]
    yield from _rlistdir(dirname, dir_fd, dironly)


def _iterdir(dirname, dir_fd, dironly):
    """The names in dirname (only those of directories if dironly)."""
    try:
        with os.scandir(dirname or os.curdir) as it:
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        yield entry.name
                except OSError:
                    pass
    except OSError:
        return


def _listdir(dirname, dir_fd, dironly):
    return list(_iterdir(dirname, dir_fd, dironly))


def _rlistdir(dirname, dir_fd, dironly):
    names = _listdir(dirname, dir_fd, dironly)
    for x in names:
        if not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dir_fd, dironly):
                yield _join(x, y)


def _lexists(pathname, dir_fd):
    return os.path.lexists(pathname)


def _isdir(pathname, dir_fd):
    return os.path.isdir(pathname)


def _join(dirname, basename):
    # An empty side adds no separator (os.path.join("", x) would too,
    # but join(x, "") adds a trailing slash).
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile("([*?[])")


def has_magic(s):
    if isinstance(s, bytes):
        s = s.decode("latin-1")
    return magic_check.search(s) is not None


def _ishidden(path):
    return path[0] in (".", b"."[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b"**"
    return pattern == "**"


def escape(pathname):
    """Escape all special characters: *, ? and [ become [*], [?], [[]."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = re.sub("([*?[])", r"[\1]", pathname.decode("latin-1")).encode("latin-1")
    else:
        pathname = magic_check.sub(r"[\1]", pathname)
    return drive + pathname


