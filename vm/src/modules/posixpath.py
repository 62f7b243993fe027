"""os.path for POSIX: pure string operations as CPython's posixpath, and
the file queries on top of ouro's _os."""

import _os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def _check(p, name="path"):
    if isinstance(p, str):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is not None:
        r = method(p)
        if isinstance(r, str):
            return r
    raise TypeError(
        f"expected str, bytes or os.PathLike object, not {type(p).__name__}")


def isabs(s):
    return _check(s).startswith("/")


def join(a, *p):
    path = _check(a)
    for b in p:
        b = _check(b)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _check(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _check(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ""


def basename(p):
    p = _check(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _check(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _check(path)
    if path == "":
        return "."
    initial_slashes = 2 if path.startswith("//") and not path.startswith("///") else (
        1 if path.startswith("/") else 0)
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if (comp != ".." or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == "..")):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    path = _check(path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def exists(path):
    return _os.kind(_check(path)) != 0


def isfile(path):
    return _os.kind(_check(path)) == 1


def isdir(path):
    return _os.kind(_check(path)) == 2


def getsize(path):
    return _os.getsize(_check(path))


def expanduser(path):
    path = _check(path)
    if not path.startswith("~"):
        return path
    home = _os.environ().get("HOME", "/")
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    return (home.rstrip("/") or "/") + path[i:]


def expandvars(path):
    """Expand shell variables of the forms $var and ${var}; unknown
    variables are left unchanged."""
    path = _check(path)
    if '$' not in path:
        return path
    import os
    env = os.environ
    out = []
    i = 0
    n = len(path)
    while i < n:
        j = path.find('$', i)
        if j < 0:
            out.append(path[i:])
            break
        out.append(path[i:j])
        if path.startswith('{', j + 1):
            end = path.find('}', j + 2)
            name = path[j + 2:end] if end >= 0 else ''
            k = end + 1
        else:
            k = j + 1
            while k < n and path[k].isascii() and (path[k].isalnum() or path[k] == '_'):
                k += 1
            name = path[j + 1:k]
        if name and name in env:
            out.append(env[name])
            i = k
        else:
            out.append('$')
            i = j + 1
    return ''.join(out)


def islink(path):
    _check(path)
    try:
        import os
        st = os.lstat(path)
    except OSError:
        return False
    return (st.st_mode & 0o170000) == 0o120000


def lexists(path):
    _check(path)
    return exists(path) or islink(path)


def getmtime(path):
    import os
    return os.stat(path).st_mtime


def getatime(path):
    import os
    return os.stat(path).st_atime


def getctime(path):
    import os
    return os.stat(path).st_ctime


def realpath(path, *, strict=False):
    resolved = _os.realpath(_check(path))
    if resolved is not None:
        return resolved
    if strict:
        # As CPython: the first prefix of the path that is missing.
        missing = path
        parts = path.split("/")
        for i in range(1, len(parts) + 1):
            prefix = "/".join(parts[:i])
            if prefix and not exists(prefix):
                missing = prefix
                if islink(prefix):
                    import os
                    missing = join(dirname(prefix), os.readlink(prefix))
                break
        raise FileNotFoundError(2, "No such file or directory", missing)
    # Resolve the part that exists; the rest is kept as written.
    head, tail = split(abspath(path))
    if head == path or not tail:
        return abspath(path)
    return join(realpath(head), tail)


def relpath(path, start=None):
    """A relative path to `path` from `start` (the current directory)."""
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else start
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    """The longest common leading component of a list of paths (strings
    or lists), character by character."""
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = list(paths)
    absolutes = {p.startswith(sep) for p in paths}
    if len(absolutes) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(sep) if c and c != curdir] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if absolutes.pop() else ''
    return prefix + sep.join(common)


def splitdrive(p):
    return p[:0], p


def normcase(s):
    return s


def samefile(f1, f2):
    import os
    s1, s2 = os.stat(f1), os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
