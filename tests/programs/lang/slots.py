# __slots__: instances without a __dict__, member descriptors, the checks
# CPython's type_new makes, inheritance, copying and __class__ assignment.
import copy
import weakref


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(p, p.x + p.y)
p.x += 10
print(p)
for attempt in ("z", "__dict__"):
    try:
        setattr(p, attempt, 3)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(p, "__weakref__"))

# An unset slot, deleting one.
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
q.x = 5
del q.x
try:
    del q.x
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(q, "x"), getattr(q, "y", "unset"))

# The member descriptors on the class.
print(Point.x, type(Point.x).__name__)
print(Point.x.__name__, Point.x.__qualname__, Point.x.__objclass__ is Point)
print(Point.x.__get__(p, Point), Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, 99)
print(p.y)
Point.y.__delete__(p)
print(hasattr(p, "y"))
try:
    Point.x.__get__(1, int)
except TypeError as e:
    print("TypeError:", e)
print(Point.__slots__, sorted([k for k in Point.__dict__ if not k.startswith("__")]))

# One name as a bare string; a list; a dict (its keys).
class One:
    __slots__ = "v"
class Many:
    __slots__ = ["a", "b"]
class Doc:
    __slots__ = {"m": "the m", "n": "the n"}
o = One(); o.v = 1
print(One.__slots__, o.v, Many.__slots__, sorted(Doc.__slots__))

# Private names are mangled.
class Secret:
    __slots__ = ("__key", "visible")

    def __init__(self):
        self.__key = 42

    def key(self):
        return self.__key
s = Secret()
print(s.key(), s._Secret__key, "_Secret__key" in Secret.__dict__)

# Inheritance: a subclass without __slots__ gets a __dict__ (and weak
# references); one with __slots__ adds its own.
class Point3(Point):
    __slots__ = ("z",)
class Tagged(Point):
    pass
p3 = Point3(1, 2); p3.z = 3
print(p3.x, p3.y, p3.z)
try:
    p3.w = 4
except AttributeError as e:
    print("AttributeError:", e)
t = Tagged(5, 6); t.label = "t"
print(t, t.__dict__, weakref.ref(t)() is t)

# __dict__ and __weakref__ as slots.
class Open:
    __slots__ = ("a", "__dict__", "__weakref__")
op = Open(); op.a = 1; op.b = 2
r = weakref.ref(op)
print(op.__dict__, r() is op, op.__weakref__ is r)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)

# What type_new refuses.
def attempt(make):
    try:
        make()
        print("created")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

def conflict():
    class C:
        __slots__ = ("x",)
        x = 1
attempt(conflict)
def not_str():
    class C:
        __slots__ = (1,)
attempt(not_str)
def not_identifier():
    class C:
        __slots__ = ("a b",)
attempt(not_identifier)
def two_dicts():
    class C(Tagged):
        __slots__ = ("__dict__",)
attempt(two_dicts)
def two_weakrefs():
    class C:
        __slots__ = ("__weakref__", "__weakref__")
attempt(two_weakrefs)
def layouts():
    class C(Point, Secret):
        pass
attempt(layouts)
def compatible():
    class C(Point3, Empty):
        pass
    c = C(0, 0); c.z = 1
    print(c.z)
attempt(compatible)
def not_iterable():
    class C:
        __slots__ = 5
attempt(not_iterable)

# copy and deepcopy carry the slots across.
src = Point3([1], [2]); src.z = [3]
shallow = copy.copy(src)
deep = copy.deepcopy(src)
print(shallow.x is src.x, deep.x == src.x, deep.x is src.x, deep.z)
half = Point.__new__(Point); half.y = "only y"
print(hasattr(copy.copy(half), "x"), copy.copy(half).y)

# __class__ assignment between compatible layouts only.
class Pair:
    __slots__ = ("x", "y")
p.__class__ = Pair
print(type(p).__name__, p.x)
for target in (Point3, Tagged, int):
    try:
        p.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
