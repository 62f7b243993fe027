# l[i] and l[i] = v with an int index on an exact list or tuple take a
# short path; every other case (negative and out-of-range indices, bools,
# subclasses, __index__, big ints) must still answer as CPython does.
import sys


class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))

    def __setitem__(self, i, v):
        print("L set", i, v)
        list.__setitem__(self, i, v)


class Idx:
    def __index__(self):
        return 1


l = [10, 20, 30]
t = (1, 2, 3)
for i in (0, 2, -1, -3, True, Idx()):
    print(l[i], t[i])
for bad in (3, -4, 2**70, -(2**70)):
    for seq in (l, t):
        try:
            seq[bad]
        except IndexError as e:
            print(type(seq).__name__, "IndexError:", e)
try:
    l["x"]
except TypeError as e:
    print("TypeError:", e)
for i, v in ((0, "a"), (-1, "z"), (True, "b"), (Idx(), "c")):
    l[i] = v
print(l)
for bad in (3, -4, 2**70):
    try:
        l[bad] = 0
    except IndexError as e:
        print("IndexError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
s = L([1, 2, 3])
print(s[0], s[-1])
s[1] = 9
print(list(s))
x = object()
holder = [None]
before = sys.getrefcount(x)
for _ in range(3):
    holder[0] = x
    y = holder[0]
print(sys.getrefcount(x) - before)
holder[0] = None
del y
print(sys.getrefcount(x) - before)
