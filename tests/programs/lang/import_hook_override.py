# An import statement calls whatever builtins.__import__ is now, with
# (name, globals, locals, fromlist, level), as CPython's IMPORT_NAME does.
import builtins

real_import = builtins.__import__
log = []


def traced(name, globals=None, locals=None, fromlist=(), level=0):
    # (Only this program's own imports: how the standard modules import
    # each other is the implementation's business.)
    if globals is not None and globals.get("__name__") == "__main__":
        log.append((name, fromlist, level, locals is globals))
    return real_import(name, globals, locals, fromlist, level)


builtins.__import__ = traced
import math
from os import path
import json as j
print(math.sqrt(16), path.basename("/a/b.txt"), j.dumps([1]))


def in_function():
    import string
    return string.digits


print(in_function())
builtins.__import__ = real_import
import sys
for entry in log:
    print(entry)


def fake(name, globals, locals, fromlist, level):
    print("import", name, fromlist, level)

    class Module:
        a = 1
        b = 2
    return Module


builtins.__import__ = fake
import a
import a.b
from a import a
from a.b import a, b
builtins.__import__ = real_import
print(a, b)

del builtins.__import__
try:
    import os
except ImportError as e:
    print("ImportError", e)
builtins.__import__ = real_import
import os
print(os.sep)
