# __mro_entries__, AttributeError from a descriptor falling back to
# __getattr__, and set operations on dict views.
class A:
    pass

class E:
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return (A,)

class C(E(), object):
    pass
print(C.__bases__, C.__orig_bases__[1], [k.__name__ for k in C.__mro__])

def factory():
    pass
factory.__mro_entries__ = lambda bases: (dict,)
class D(factory):
    pass
print(D.__bases__, D(x=1))

class Bad:
    def __mro_entries__(self, bases):
        return [A]
try:
    class F(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)

class P:
    @property
    def p(self):
        raise AttributeError("inner")
    @property
    def q(self):
        raise ValueError("not swallowed")
    def __getattr__(self, n):
        return "fallback " + n
o = P()
print(o.p, o.missing)
try:
    o.q
except ValueError as e:
    print("ValueError:", e)

class Desc:
    def __get__(self, obj, cls):
        raise AttributeError("from descriptor")
class Q:
    d = Desc()
    def __getattr__(self, n):
        return "getattr " + n
print(Q().d)

d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 30, "d": 40}
print(sorted(d.keys() & e.keys()), sorted(d.keys() | {"z"}), sorted(d.keys() - e.keys()), sorted(d.keys() ^ e.keys()))
print(sorted(d.items() & {("a", 1), ("b", 9)}), sorted({"a", "q"} & d.keys()), sorted({"a", "q"} - d.keys()))
print(d.keys() & [], sorted(d.keys() | []))
print(d.keys() <= {"a", "b", "c", "d"}, d.keys() < d.keys(), d.items() >= {("a", 1)}, d.keys() == {"a", "b", "c"})
print(d.keys().isdisjoint({"x"}), d.keys().isdisjoint(["a"]), d.items().isdisjoint([("a", 2)]))
try:
    d.values() & {1}
except TypeError as e:
    print("TypeError:", e)
