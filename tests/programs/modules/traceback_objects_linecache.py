# linecache (getline, getlines, cache, checkcache, updatecache, lazycache,
# clearcache) and traceback's use of it for source lines: files written
# here, code compiled under a cached pseudo-file name, exec'd strings.
import os
import sys
import linecache
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(text):
    print(text.replace(HERE, ""), end="")


base = "ouro_linecache_test_%d" % os.getpid()
if os.path.exists(base):
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
os.mkdir(base)

p = os.path.join(base, "mod.py")
with open(p, "w") as f:
    f.write("def f(x):\n    y = x + 1\n    return y\n\n# last line without newline")
print(repr(linecache.getline(p, 1)), repr(linecache.getline(p, 2)))
print(repr(linecache.getline(p, 5)), repr(linecache.getline(p, 6)))
print(repr(linecache.getline(p, 0)), repr(linecache.getline(p, -1)))
print(linecache.getlines(p))
print(p in linecache.cache, len(linecache.cache[p]), linecache.cache[p][2] is linecache.getlines(p))
size, mtime, lines, fullname = linecache.cache[p]
print(size, type(mtime).__name__, fullname == p)

# a changed file is read again after checkcache()
with open(p, "w") as f:
    f.write("first = 1\nsecond = 2\nthird = 3\n")
print(repr(linecache.getline(p, 1)))
linecache.checkcache(p)
print(p in linecache.cache, repr(linecache.getline(p, 1)))
linecache.checkcache()
linecache.checkcache("not cached at all")
print(linecache.updatecache(p))
os.remove(p)
linecache.checkcache(p)
print(p in linecache.cache, linecache.getlines(p), repr(linecache.getline(p, 1)))

# missing files, pseudo-file names, the empty name
print(repr(linecache.getline("no_such_file_here.py", 1)), linecache.getlines("no_such_file_here.py"))
print(linecache.getlines("<stdin>"), linecache.getlines(""), linecache.updatecache("<x>"))
print("no_such_file_here.py" in linecache.cache, "<stdin>" in linecache.cache)

# encodings: a BOM, a coding cookie, CRLF and CR line ends
q = os.path.join(base, "enc.py")
with open(q, "wb") as f:
    f.write(b"\xef\xbb\xbfs = 'caf\xc3\xa9'\r\nt = 2\rdone = 3\n")
print(linecache.getlines(q))
r = os.path.join(base, "latin.py")
with open(r, "wb") as f:
    f.write(b"#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nname = 'Jos\xe9'\n")
print(linecache.getlines(r))
bad = os.path.join(base, "bad.py")
with open(bad, "wb") as f:
    f.write(b"x = '\xff\xfe'\n")
print(linecache.getlines(bad), bad in linecache.cache)

# lazycache: nothing to register without a loader that has get_source
print(linecache.lazycache(q, None), linecache.lazycache("<string>", {}))
print(linecache.lazycache("lazy_mod.py", {"__name__": "lazy_mod"}))


class Loader:
    def get_source(self, name):
        return "# source of %s\nvalue = 42\n" % name


g = {"__name__": "lazy_mod", "__loader__": Loader()}
print(linecache.lazycache("lazy_mod.py", g), linecache.cache["lazy_mod.py"][0]())
print(linecache.lazycache("lazy_mod.py", g))
print(linecache.getlines("lazy_mod.py"), linecache.cache["lazy_mod.py"][1:])
print(repr(linecache.getline("other_lazy.py", 2, g)))
linecache.checkcache("lazy_mod.py")
print("lazy_mod.py" in linecache.cache)

# entries put in the cache by hand (as doctest does) are used by traceback
source = "def boom(n):\n    raise IndexError(n)\n\nboom(1)\n"
linecache.cache["<fake-module>"] = (len(source), None, source.splitlines(True), "<fake-module>")
print(linecache.getline("<fake-module>", 2), end="")
code = compile(source, "<fake-module>", "exec")
try:
    exec(code, {})
except IndexError as e:
    show(traceback.format_exc())
    print([fs.line for fs in traceback.extract_tb(e.__traceback__)])

# code compiled from a string with no cache entry: no source lines
try:
    exec(compile("def g():\n    raise OSError(5)\ng()\n", "<no-source>", "exec"), {})
except OSError as e:
    show(traceback.format_exc())
    print([(fs.lineno, fs.line) for fs in traceback.extract_tb(e.__traceback__)])

# a file that changes after its code ran: extract_tb calls checkcache,
# so the new text is shown
m = os.path.join(base, "changing.py")
with open(m, "w") as f:
    f.write("def h():\n    raise ValueError('from h')\n")
ns = {}
with open(m) as f:
    exec(compile(f.read(), m, "exec"), ns)
try:
    ns["h"]()
except ValueError as e:
    err = e
print([(fs.name, fs.line) for fs in traceback.extract_tb(err.__traceback__)][1:])
with open(m, "w") as f:
    f.write("def h():\n    # rewritten, and longer than before\n")
print([(fs.name, fs.line) for fs in traceback.extract_tb(err.__traceback__)][1:])

linecache.clearcache()
print(linecache.cache)
for name in sorted(os.listdir(base)):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
