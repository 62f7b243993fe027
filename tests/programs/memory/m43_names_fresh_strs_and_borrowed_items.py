# Identities and counts CPython 3.11 gives through names, new strs and
# borrowed items.
import functools
import sys


# A class keeps its name objects; a top-level function's qualified name is
# its name; sys.intern makes a new str the interned one itself.
class Foo:
    pass


def fn():
    pass


class Outer:
    def method(self):
        pass


print(Foo.__name__ is Foo.__name__, Foo.__qualname__ is Foo.__qualname__,
      Foo.__name__ == "Foo")
print(fn.__qualname__ is fn.__name__, Outer.method.__qualname__ == "Outer.method")
c = "".join(["q", "rs_"])
print(sys.intern(c) is c, sys.intern("".join(["q", "rs_"])) is c)
d = "".join(["hello ", "world"])
e = "".join(["hello ", "world"])
print(d is e, sys.intern(d) is sys.intern(e), sys.intern(e) is d)
x = "".join(["__le", "n__"])
print("an existing name stays the interned one:", sys.intern(x) is x)


class S(str):
    pass


for bad in (S("ab"), 5):
    try:
        sys.intern(bad)
    except TypeError as err:
        print(err)

# An int's decimal string and a case mapping are new strs, even of one
# character; other one-character results are the shared ones.
five = 5
print(str(five) is str(five), "x".upper() is "x".upper(), "X".lower() == "x",
      "%d" % five is "%d" % five, chr(120) is chr(120), "xy"[0] is "xy"[0])


# Borrowed items: a tuple comparison, a list's repr.
class Probe:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("__eq__ sees", sys.getrefcount(self), sys.getrefcount(other))
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        print("__repr__ sees", sys.getrefcount(self))
        return "P%d" % self.n


a, b = Probe(1), Probe(2)
(a,) == (b,)
[a] == [b]
print(repr([a, b]))
print(repr((a,)))


# Adding to a set holds the new key while keys are compared.
class Same:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        print("set compares", sys.getrefcount(self), sys.getrefcount(other))
        return False


s1, s2 = Same(), Same()
st = set()
st.add(s1)
st.add(s2)


# reduce's argument tuple holds the initial value while it runs.
class Acc:
    pass


def step(acc, item):
    print("reduce sees", sys.getrefcount(acc), item)
    return acc


functools.reduce(step, [1, 2], Acc())
functools.reduce(step, [Acc(), 3])


# A set display of constants tested with `in` (or looped over) is one
# frozenset constant, built when the code is compiled.
def member(x):
    return x in {"a", "b", 3}


def loop():
    return [v for v in {5, 1, 3}]


print([type(c).__name__ for c in member.__code__.co_consts], member("a"), member(4))
print(loop(), any(type(c) is frozenset for c in loop.__code__.co_consts))
