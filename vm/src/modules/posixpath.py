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
    if not isinstance(p, str):
        raise TypeError(
            f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    return p


def isabs(s):
    return _check(s).startswith("/")


def join(a, *p):
    path = _check(a)
    for b in p:
        _check(b)
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
