# Imports, global statements, del, docstrings and module-level names.
"""Module docstring."""
import os.path as osp
import collections.abc
import math, sys
from collections import OrderedDict as OD, defaultdict
from os import path

print(__doc__)
print(osp.join("a", "b"), collections.abc.Mapping.__name__, math.floor(2.5), sys.maxsize > 0)
print(OD([("x", 1)]), defaultdict(int)["k"], path is osp)
x = 1


def setx():
    global x, y
    x = 10
    y = 20


setx()
print(x, y)
del y
print("y" in globals())


def doc():
    "Function docstring."
    return 1


print(doc.__doc__, (lambda: 0).__doc__)


class K:
    "Class docstring."
    attr = 1
    del attr


print(K.__doc__, hasattr(K, "attr"), K.__module__)
for k in range(3):
    pass
else:
    print("for-else", k)
for ch in "ab":
    for dig in "12":
        if dig == "2":
            break
        print(ch + dig)
    else:
        print("never")
result = []
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    result.append(i + a * b)
print(result)
if 0:
    print("dead")
elif []:
    print("dead too")
else:
    print("else branch")
while False:
    print("never")
while 1:
    break
print("done")
