# Struct sequences made by the interpreter's own C code are never tracked
# by the cycle collector in CPython (PyStructSequence_New does not track
# them); one a program makes by calling the type is.
import gc
import os
import sys
import time

for name, v in [
    ("version_info", sys.version_info),
    ("flags", sys.flags),
    ("float_info", sys.float_info),
    ("int_info", sys.int_info),
    ("hash_info", sys.hash_info),
    ("gmtime", time.gmtime(0)),
    ("localtime", time.localtime(0)),
    ("stat", os.stat("/")),
    ("struct_time()", time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0))),
]:
    print(name, type(v).__name__, gc.is_tracked(v), isinstance(v, tuple))

seen = []


def hook(args):
    seen.append((type(args).__name__, gc.is_tracked(args), args.exc_type.__name__))


class D:
    def __del__(self):
        raise ValueError("in __del__")


sys.unraisablehook = hook
d = D()
del d
gc.collect()  # (marksweep finalizes d only at a collection)
print(seen)
