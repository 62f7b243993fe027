# hasattr() and getattr(o, name, default) answer a missing attribute
# without making an AttributeError where CPython makes none, and exactly as
# getattr otherwise: properties, __getattr__, __getattribute__, modules,
# types, super, and errors that are not AttributeError.
import sys
import math

class Plain:
    cls_attr = 1
    def __init__(self):
        self.x = 1

class Prop:
    @property
    def missing(self):
        raise AttributeError("from property")
    @property
    def broken(self):
        raise ValueError("not an AttributeError")
    @property
    def fine(self):
        return 42

class Hook:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)

class Intercept:
    def __getattribute__(self, name):
        if name == "secret":
            return "s"
        return object.__getattribute__(self, name)

class HookAfterProp(Prop):
    def __getattr__(self, name):
        return "hook:" + name

p = Plain()
for obj, names in [
    (p, ["x", "y", "cls_attr", "__dict__", "__class__"]),
    (Prop(), ["missing", "fine"]),
    (Hook(), ["dyn_abc", "other"]),
    (Intercept(), ["secret", "nothing", "__class__"]),
    (HookAfterProp(), ["missing", "fine", "zzz"]),
    ([1, 2], ["append", "__dict__", "nope"]),
    (3, ["real", "__dict__", "bit_length"]),
    ("s", ["upper", "__dict__"]),
    (math, ["pi", "tau", "nope"]),
    (Plain, ["cls_attr", "x", "__name__", "mro"]),
    (None, ["__class__", "foo"]),
]:
    row = []
    for n in names:
        v = getattr(obj, n, "<default>")
        if callable(v) or isinstance(v, dict):
            v = type(v).__name__
        row.append((n, hasattr(obj, n), v))
    print(type(obj).__name__, row)

try:
    hasattr(Prop(), "broken")
except ValueError as e:
    print("ValueError", e)
try:
    getattr(Prop(), "broken", None)
except ValueError as e:
    print("ValueError", e)
try:
    getattr(p, "y")
except AttributeError as e:
    print("AttributeError", e)
try:
    hasattr(p, 3)
except TypeError as e:
    print("TypeError", e)

class Base:
    def hello(self):
        return "base hello"
class Child(Base):
    def check(self):
        s = super()
        return hasattr(s, "hello"), hasattr(s, "nope"), getattr(s, "nope", 0)
print(Child().check())

# The default is returned itself; the found value with one new reference.
d = object()
print(getattr(p, "missing", d) is d)
v = object()
p.v = v
before = sys.getrefcount(v)
got = getattr(p, "v", None)
print(sys.getrefcount(v) - before, hasattr(p, "v"), sys.getrefcount(v) - before)
