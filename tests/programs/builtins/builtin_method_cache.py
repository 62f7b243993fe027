# Method calls on exact builtin receivers take the method from a per-site
# cache keyed by the receiver's type (CPython 3.11's LOAD_METHOD_NO_DICT);
# one site sees many types, subclasses that override, and wrong receivers.
from collections import deque


class L(list):
    def append(self, x):
        super().append(x * 10)


class Plain(list):
    pass


class Box:
    def append(self, x):
        print("Box.append", x)

    def pop(self):
        return "box"


def push_pop(seq, v):
    seq.append(v)
    return seq.pop()


receivers = [[], L(), Plain(), Box(), [], bytearray(b"ab"), deque(), L(), []]
for r in receivers:
    print(type(r).__name__, push_pop(r, 7), "-" if isinstance(r, Box) else r)


def describe(x):
    # One site, many exact builtin types.
    return x.__class__.__name__, x.__sizeof__() > 0, x.__len__() if hasattr(x, "__len__") else None


for x in [1, 2.5, 3j, True, "abc", b"xy", bytearray(b"q"), (1, 2), [3], {1: 2},
          {4}, frozenset({5}), range(3), deque([6]), 10**30]:
    print(describe(x))


def counts(x):
    return x.count(1)


for x in [[1, 1, 2], (1, 2, 1, 1), "a1b1", b"\x01\x01", bytearray(b"\x01"), deque([1])]:
    try:
        print(type(x).__name__, counts(x))
    except TypeError as e:
        print(type(x).__name__, "TypeError:", e)


def bits(x):
    return x.bit_length()


for x in [5, True, False, 2**70, -9]:
    print(bits(x))

for x in [3.0, 4.5]:
    print(x.is_integer(), x.hex())

# Unbound descriptors with receivers of the wrong type.
app = list.append
for target in [[], (), "s", L(), Plain()]:
    try:
        app(target, 1)
        print("appended to", type(target).__name__, target)
    except TypeError as e:
        print("TypeError:", e)

for f, args in [(str.upper, ("x",)), (str.upper, (b"x",)), (dict.get, ({1: 2}, 1)),
                (dict.get, ([], 1)), (int.bit_length, (True,)), (float.hex, (1,)),
                (set.add, (frozenset(), 1)), (bytes.hex, (bytearray(b"\x0f"),))]:
    try:
        print(f.__qualname__, f(*args))
    except TypeError as e:
        print(f.__qualname__, "TypeError:", e)

# Class methods and static methods reached through instances.
print((5).from_bytes(b"\x01\x00", "big"), True.from_bytes(b"\x01", "little"))
print({}.fromkeys("ab", 0), "x".maketrans("a", "b"))
print(b"".fromhex("ff00"), bytearray().fromhex("0a"))

# Errors from the cached method propagate, and the site keeps working.
def pop_all(seq):
    out = []
    while True:
        try:
            out.append(seq.pop())
        except IndexError as e:
            out.append(str(e))
            return out
        except KeyError as e:
            out.append(repr(e))
            return out


print(pop_all([1, 2, 3]))
print(pop_all({4, 5}))
print(pop_all(deque([6, 7])))
print(pop_all(bytearray(b"ab")))
print(pop_all([]))

# Missing methods on an exact receiver still raise AttributeError.
for x in [[], "s", 1, {}]:
    try:
        x.no_such_method()
    except AttributeError as e:
        print("AttributeError:", e)

# Counting: the method call leaves references as CPython does.
import sys
lst = []
item = object()
for _ in range(3):
    lst.append(item)
print(sys.getrefcount(item), len(lst))
for _ in range(3):
    lst.pop()
print(sys.getrefcount(item), len(lst))
d = {}
key = "k" + str(len(lst))
for i in range(5):
    d.setdefault(key, []).append(i)
print(d, sys.getrefcount(d[key]))
