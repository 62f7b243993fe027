# reprlib: Repr limits, custom subclasses, recursive_repr.
import reprlib
import collections
import array

r = reprlib.repr
print(r(list(range(100))))
print(r(tuple(range(3))), r((1,)), r(()), r([]), r([1]))
print(r(set(range(50))), r(frozenset(range(3))), r(set()), r(frozenset()))
print(r({i: str(i) for i in range(20)}), r({}))
print(r({"b": 1, "a": [1, [2, [3, [4, [5, [6, [7]]]]]]]}))
print(r("a" * 100))
print(r("short"), r(""), r("it's" * 10))
print(r(2 ** 200), r(-12345), r(10 ** 39), r(10 ** 40))
print(r(collections.deque(range(20))))
print(r(array.array("i", range(20))), r(array.array("d")))
print(r([[[[[[[[1]]]]]]]]))
print(r(({1: 2}, [3], (4,), {5})))
print(r(3.25), r(None), r(True), r(b"x" * 100))
print(r({1, "a", 2.5}) in ("{1, 2.5, 'a'}", "{1, 'a', 2.5}", "{'a', 1, 2.5}",
                            "{2.5, 1, 'a'}", "{2.5, 'a', 1}", "{'a', 2.5, 1}"))

class Long:
    def __repr__(self):
        return "Long(" + "x" * 50 + ")"
class Broken:
    def __repr__(self):
        raise ValueError("nope")
print(r(Long()))
print(r(Broken()).startswith("<Broken instance at 0x"))

aRepr = reprlib.Repr()
aRepr.maxlist = 2
aRepr.maxstring = 10
aRepr.maxlevel = 2
aRepr.maxdict = 1
aRepr.maxlong = 8
aRepr.maxother = 12
aRepr.fillvalue = "<+>"
print(aRepr.repr([1, 2, 3]), aRepr.repr("abcdefghijklmnop"))
print(aRepr.repr([[[1]]]), aRepr.repr({"k": {"j": {}}, "z": 0}))
print(aRepr.repr(123456789012), aRepr.repr(Long()))
print(aRepr.repr((1, 2, 3)), aRepr.repr({1: 2}), aRepr.repr({}))
for n in range(0, 6):
    aRepr.maxstring = n
    aRepr.maxlong = n
    print(n, aRepr.repr("abcdefghij"), aRepr.repr(1234567))

class MyRepr(reprlib.Repr):
    def repr_Long(self, obj, level):
        return "<Long>"
    def repr_str(self, obj, level):
        return "S" + str(len(obj))
print(MyRepr().repr([Long(), "hello", ("x",)]))

class NoneRepr(reprlib.Repr):
    def repr_NoneType(self, obj, level):
        return "nothing"
print(NoneRepr().repr([None, 1]))

class Tree:
    def __init__(self, name):
        self.name = name
        self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        """Tree repr."""
        return "Tree(%s, %r)" % (self.name, self.kids)

t = Tree("root")
t.kids.append(t)
t.kids.append(Tree("leaf"))
print(repr(t))
print(Tree.__repr__.__name__, Tree.__repr__.__qualname__, Tree.__repr__.__doc__)

class Other(list):
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Other(" + ", ".join(repr(x) for x in self) + ")"
o = Other([1])
o.append(o)
o.append(Other([o]))
print(repr(o))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
