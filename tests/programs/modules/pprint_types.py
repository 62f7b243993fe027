# pprint: strings, bytes, collections types, dataclasses, namespaces.
import pprint
import collections
import dataclasses
import types

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(pprint.pformat(text, width=40))
print(pprint.pformat([text], width=40))
print(pprint.pformat({"text": text, "n": 1}, width=50))
print(pprint.pformat("line one\nline two is longer\n\nlast line", width=15))
print(pprint.pformat("nospaces" * 20, width=30))
print(pprint.pformat(("  leading and trailing  " * 3,), width=25))
print(pprint.pformat("tab\tseparated\twords " * 3, width=20))
print(pprint.pformat("it's \"quoted\" " * 4, width=20))
print(pprint.pformat(["", "short"], width=1))
print(pprint.pformat("unicode ünïcødé ☃ " * 3, width=25))

data = bytes(range(40))
print(pprint.pformat(data, width=30))
print(pprint.pformat([data], width=30))
print(pprint.pformat(b"abcd", width=1))
print(pprint.pformat(b"hello world, this is bytes", width=15))
print(pprint.pformat(bytearray(b"0123456789" * 4), width=30))
print(pprint.pformat({"ba": bytearray(b"xyz" * 10)}, width=25))

od = collections.OrderedDict((k, v * 7) for v, k in enumerate("zyxwvuts"))
print(pprint.pformat(od))
print(pprint.pformat(od, width=30))
print(pprint.pformat(collections.OrderedDict(), width=1))

dd = collections.defaultdict(list, {"b": [1, 2, 3] * 4, "a": list("hello")})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(collections.defaultdict(int), width=1))
print(pprint.pformat(collections.defaultdict(None, {1: 2}), width=5))

c = collections.Counter("abracadabra, pprint counters are sorted by count")
print(pprint.pformat(c, width=40))
print(pprint.pformat(collections.Counter(), width=1))

cm = collections.ChainMap({"a": 1, "b": list(range(10))}, {"c": 3}, {})
print(pprint.pformat(cm, width=30))
print(pprint.pformat(collections.ChainMap(), width=1))

dq = collections.deque(range(25))
print(pprint.pformat(dq, width=30))
print(pprint.pformat(collections.deque(range(25), maxlen=30), width=30))
print(pprint.pformat(collections.deque(), width=1))

ud = collections.UserDict({"x" + str(i): i for i in range(6)})
print(pprint.pformat(ud, width=20))
print(pprint.pformat(collections.UserList(range(12)), width=20))
print(pprint.pformat(collections.UserString("word " * 8), width=20))

mp = types.MappingProxyType({"key%d" % i: i for i in range(5)})
print(pprint.pformat(mp, width=30))
ns = types.SimpleNamespace(alpha=list(range(10)), beta="text " * 6, gamma=None)
print(pprint.pformat(ns, width=30))
class MyNS(types.SimpleNamespace):
    pass
print(pprint.pformat(MyNS(a=1, b=list(range(20))), width=30))

@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = "origin"
    hidden: list = dataclasses.field(default_factory=list, repr=False)

@dataclasses.dataclass
class Shape:
    name: str
    points: list

s = Shape("triangle", [Point(0, 0), Point(10, 0, "right"), Point(5, 8, "top")])
print(pprint.pformat(s))
print(pprint.pformat(s, width=40))
print(pprint.pformat(s, width=40, depth=2))
print(pprint.pformat([Point(1, 2)], width=5))

@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int
    def __repr__(self):
        return "NoRepr<" + "a" * 40 + ">"
print(pprint.pformat([NoRepr(1), NoRepr(2)], width=30))

Pair = collections.namedtuple("Pair", "left right")
print(pprint.pformat([Pair(list(range(10)), "x" * 30)] * 2, width=40))

class MyList(list):
    pass
class ReprList(list):
    def __repr__(self):
        return "ReprList!"
print(pprint.pformat(MyList(range(30)), width=30))
print(pprint.pformat(ReprList(range(30)), width=5))
class MyDict(dict):
    pass
print(pprint.pformat(MyDict(b=1, a=list(range(15))), width=30))
print(pprint.saferepr(MyDict(b=1, a=2)))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
