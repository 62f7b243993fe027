# getopt (short and long options, GNU mixing, CPython's errors) and
# importlib (import_module, relative names, reload of a module's file).
import getopt
import importlib
import os
import shutil
import sys
import tempfile

argv = ["-a", "-b", "val", "-cfoo", "--long", "--opt=1", "--with", "x", "file1", "-d", "file2"]
print(getopt.getopt(argv, "ab:c:d", ["long", "opt=", "with="]))
print(getopt.gnu_getopt(argv, "ab:c:d", ["long", "opt=", "with="]))
print(getopt.gnu_getopt(argv, "+ab:c:d", ["long", "opt=", "with="]))
print(getopt.getopt(["--lo", "--", "-a"], "a", ["long"]))
print(getopt.getopt(["-"], "a"))
print(getopt.getopt(["--verb", "x"], "", "verbose"))
for args, short, longs in [
    (["-x"], "a", []),
    (["-b"], "b:", []),
    (["--nope"], "", ["long"]),
    (["--lo"], "", ["long", "longer="]),
    (["--opt"], "", ["opt="]),
    (["--long=3"], "", ["long"]),
]:
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print(type(e).__name__, str(e), repr(e.opt), e.msg == str(e))
print(getopt.error is getopt.GetoptError)

sys.dont_write_bytecode = True
root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "plug"))
with open(os.path.join(root, "plug", "__init__.py"), "w") as f:
    f.write("")
with open(os.path.join(root, "plug", "alpha.py"), "w") as f:
    f.write("COUNT = 1\nprint('alpha runs')\n")
sys.path.insert(0, root)
m = importlib.import_module("plug.alpha")
print(m.__name__, m.COUNT, m is sys.modules["plug.alpha"])
print(importlib.import_module(".alpha", "plug") is m, importlib.import_module("plug") is sys.modules["plug"])
m.COUNT = 99
with open(os.path.join(root, "plug", "alpha.py"), "w") as f:
    f.write("COUNT = 2\nprint('alpha runs again')\n")
print(importlib.reload(m) is m, m.COUNT)
for call in [lambda: importlib.import_module(".alpha"), lambda: importlib.reload(5),
             lambda: importlib.import_module("..x", "plug"), lambda: importlib.import_module("plug.missing")]:
    try:
        call()
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)
importlib.invalidate_caches()
shutil.rmtree(root)
