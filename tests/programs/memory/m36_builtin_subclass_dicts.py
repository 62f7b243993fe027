# A builtin subclass's instance has a real __dict__ object in CPython 3.11
# (only a plain class's instances keep attributes inline): the collector
# counts it, and gc.get_referents lists it, then the class, then what the
# builtin part holds (subtype_traverse). An exception lists its class
# first, unless the class is a builtin (a static type in CPython).
import gc


def kinds(o):
    return [type(r).__name__ for r in gc.get_referents(o)]


gc.collect()
for base in (object, int, str, tuple, float, bytes, list, dict, set, bytearray, frozenset):
    class S(base):
        pass

    s = S()
    s.a = 1
    print(base.__name__, kinds(s))
    s.me = s
    s.other = [s]
    print("  tracked", gc.is_tracked(s))
    del s
    print("  collected", gc.collect())
    del S
    gc.collect()


class L(list):
    pass


class T(tuple):
    pass


class Dd(dict):
    pass


l = L([[1], (2,)])
l.a = 1
t = T(([1], "x"))
t.a = 1
d = Dd(k=[1])
d.a = 1
print(kinds(l), kinds(t), kinds(d))

print(kinds(ValueError("x")))


class E(Exception):
    pass


print(kinds(E("x")))
e = E("y")
e.a = [1]
print(kinds(e))
try:
    {}["missing"]
except KeyError as caught:
    print(kinds(caught)[:2])
