import pickle
import copyreg
import collections


class Plain:
    pass


class WithAttrs:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(other) is type(self) and self.__dict__ == other.__dict__


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class SlotsAndDict:
    __slots__ = ("s", "__dict__")


class GetState:
    def __init__(self):
        self.v = 1
        self.cache = "drop me"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class NewArgs:
    def __new__(cls, n):
        self = super().__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


class NewArgsEx:
    def __new__(cls, n, *, k=0):
        self = super().__new__(cls)
        self.n = n
        self.k = k
        return self

    def __getnewargs_ex__(self):
        return ((self.n,), {"k": self.k})


class Reduced:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (Reduced, (self.a,))


class ReducedEx:
    def __init__(self, a):
        self.a = a

    def __reduce_ex__(self, proto):
        return (ReducedEx, (self.a * 10 + proto,))


class ReducedFull:
    def __init__(self):
        self.items = []
        self.d = {}

    def __reduce__(self):
        return (ReducedFull, (), {"tag": "t"}, iter([1, 2]), iter([("k", "v")]))

    def append(self, x):
        self.items.append(x)

    def __setitem__(self, k, v):
        self.d[k] = v


class MyList(list):
    pass


class MyDict(dict):
    pass


class Outer:
    class Inner:
        pass


def func(x):
    return x


Point = collections.namedtuple("Point", "x y")


class Custom:
    def __init__(self, v):
        self.v = v


def reduce_custom(obj):
    return (Custom, (obj.v + 1,))


copyreg.pickle(Custom, reduce_custom)


def show(label, obj, protos=range(6)):
    for proto in protos:
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(label, proto, "ERR", type(e).__name__)
            continue
        back = pickle.loads(data)
        print(label, proto, data)
        print("  ->", type(back).__name__, sorted(getattr(back, "__dict__", {}).items()))


show("plain", Plain())
w = WithAttrs(1, "two")
show("attrs", w)
print(pickle.loads(pickle.dumps(w)) == w)
sl = Slotted(5)
show("slots", sl, range(2, 6))
for proto in range(2, 6):
    b = pickle.loads(pickle.dumps(sl, proto))
    print(b.x, hasattr(b, "y"))
sd = SlotsAndDict()
sd.s = 1
sd.z = 2
for proto in range(2, 6):
    data = pickle.dumps(sd, proto)
    b = pickle.loads(data)
    print(data, b.s, b.z)
gs = GetState()
show("getstate", gs)
show("newargs", NewArgs(7), range(2, 6))
show("newargsex", NewArgsEx(3, k=4), range(2, 6))
show("reduced", Reduced([1, 2]))
show("reducedex", ReducedEx(4))
show("reducedfull", ReducedFull())
rf = pickle.loads(pickle.dumps(ReducedFull()))
print(rf.items, rf.d, rf.tag)
ml = MyList([1, 2, 3])
ml.attr = "x"
show("mylist", ml, range(2, 6))
md = MyDict(a=1)
show("mydict", md, range(2, 6))
print(pickle.loads(pickle.dumps(md)), pickle.loads(pickle.dumps(ml)))
for obj in (Plain, WithAttrs, Outer.Inner, func, len, int, str, bytes, dict,
            list, ValueError, type(None), copyreg.pickle, collections.OrderedDict):
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        print(getattr(obj, "__qualname__", obj), proto, data, pickle.loads(data) is obj)
p = Point(1, y=2)
show("point", p)
print(pickle.loads(pickle.dumps(p)), pickle.loads(pickle.dumps(p, 0)))
show("custom", Custom(1))
print(pickle.loads(pickle.dumps(Custom(1))).v)
shared = WithAttrs([], None)
shared.b = shared
for proto in range(6):
    data = pickle.dumps([shared, shared], proto)
    b = pickle.loads(data)
    print(proto, data, b[0] is b[1], b[0].b is b[0])
e = ValueError("bad", 3)
for proto in range(6):
    data = pickle.dumps(e, proto)
    b = pickle.loads(data)
    print(proto, data, type(b).__name__, b.args)
ke = KeyError("k")
print(pickle.loads(pickle.dumps(ke)).args)
print(pickle.dumps(range(1, 10, 2)), pickle.loads(pickle.dumps(range(1, 10, 2))))
print(pickle.dumps(slice(1, None, 2), 2), pickle.loads(pickle.dumps(slice(1, None, 2))))
print(pickle.dumps(complex(1, 2), 2), pickle.loads(pickle.dumps(1 + 2j)))
print(pickle.dumps(..., 4), pickle.dumps(type(...), 4), pickle.dumps(NotImplemented, 2))


# memo sharing of equal names / constants
def mk():
    return ["abc", "abc", ("abc",)]


for proto in range(6):
    print(proto, pickle.dumps([WithAttrs(1, 2), WithAttrs(3, 4)], proto))
    print(proto, pickle.dumps(mk(), proto))
    print(proto, pickle.dumps([Point(1, 2), Point(3, 4), WithAttrs, WithAttrs], proto))
    print(proto, pickle.dumps({"key": 1, "other": {"key": 2}}, proto))


# subclasses of builtin types
class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MyFloat(float):
    pass


class MySet(set):
    pass


class MyFrozen(frozenset):
    pass


class MyBytes(bytes):
    pass


mi = MyInt(5)
mi.tag = 1
for v in [mi, MyStr("ab"), MyTuple((1, 2)), MyFloat(2.5), MySet({1, 2}),
          MyFrozen({3}), MyBytes(b"xy"), collections.OrderedDict(a=1),
          collections.deque([1, 2]), collections.Counter({5: 2})]:
    for proto in range(6):
        d = pickle.dumps(v, proto)
        b = pickle.loads(d)
        print(type(v).__name__, proto, d, type(b).__name__, b == v,
              sorted(getattr(b, "__dict__", {}).items()))


# a module name equal to a class name
import datetime

for proto in range(6):
    print(proto, pickle.dumps([datetime.datetime, datetime.date, collections.deque], proto))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
