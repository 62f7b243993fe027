# functools: reduce, update_wrapper/wraps, total_ordering, cmp_to_key,
# cached_property.
import functools
from functools import (reduce, wraps, update_wrapper, total_ordering,
                       cmp_to_key, cached_property)

# --- reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a + b, [1, 2, 3], 100))
print(reduce(lambda a, b: a + [b], "abc", []))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(max, [3, 9, 2]), reduce(max, [], "empty"), reduce(min, [4]))
print(reduce(lambda a, b: (a, b), iter("wxyz")))
print(reduce(lambda a, b: a + b, (x * x for x in range(5)), None if False else 0))
order = []
def tracking(a, b):
    order.append((a, b))
    return a - b
print(reduce(tracking, [10, 1, 2, 3]), order)
print(reduce(lambda a, b: b, [1, 2], None))
for args in [(lambda a, b: a, []), (lambda a, b: a, 5)]:
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError", e)

# --- wraps / update_wrapper
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def trace(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        "wrapper doc"
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@trace
def add(a, b=1):
    "Add two numbers."
    return a + b
add.custom = "attr"
print(add(2), add(2, b=5))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__(1, 1), add.__wrapped__.__name__, add.custom)

def original():
    "orig doc"
original.tag = "tagged"
original.__wrapped__ = "stale"
def wrapper2():
    pass
res = update_wrapper(wrapper2, original)
print(res is wrapper2, wrapper2.__name__, wrapper2.__doc__, wrapper2.tag)
print(wrapper2.__wrapped__ is original)

def w3():
    "w3 doc"
update_wrapper(w3, original, assigned=("__doc__",), updated=())
print(w3.__name__, w3.__doc__, hasattr(w3, "tag"), w3.__wrapped__ is original)

class Thing:
    pass
obj = Thing()
obj.__name__ = "thing_name"
def w4():
    pass
update_wrapper(w4, obj)
print(w4.__name__, w4.__doc__, w4.__wrapped__ is obj)

class Method:
    def meth(self):
        "method doc"
        return 1
def w5(*a):
    return "w5"
update_wrapper(w5, Method.meth)
print(w5.__name__, w5.__qualname__, w5.__doc__)

def nested_deco(tag):
    def deco(fn):
        @wraps(fn)
        def inner(*a):
            return (tag, fn(*a))
        return inner
    return deco
@nested_deco("outer")
@nested_deco("inner")
def base(x):
    "base doc"
    return x
print(base(1), base.__name__, base.__doc__, base.__wrapped__.__wrapped__(2))

# --- total_ordering
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a > b, a <= b, a >= b, a <= c, a >= c, a > c, b > a, b >= a)
print(sorted([b, a, Version(0, 9), Version(2)]))
print(max([a, b, c]), min([b, a]))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
print(Version.__gt__.__doc__)
try:
    a < 3
except TypeError as e:
    print("TypeError", e)
try:
    a >= "x"
except TypeError as e:
    print("TypeError", e)

@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v
print(Desc(1) < Desc(2), Desc(2) <= Desc(2), Desc(3) >= Desc(4), Desc(3) > Desc(1))

@total_ordering
class LeOnly:
    def __init__(self, v):
        self.v = v
    def __le__(self, other):
        return self.v <= other.v
print(LeOnly(1) < LeOnly(1), LeOnly(1) >= LeOnly(1), LeOnly(2) > LeOnly(1))

@total_ordering
class GeOnly:
    def __init__(self, v):
        self.v = v
    def __ge__(self, other):
        return self.v >= other.v
print(GeOnly(1) < GeOnly(2), GeOnly(1) <= GeOnly(1), GeOnly(2) > GeOnly(2))

@total_ordering
class Both:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return "custom gt"
print(Both(1) > Both(0), Both(1) <= Both(1), Both(1) >= Both(0))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)

# --- cmp_to_key
def numeric_desc(a, b):
    return b - a
print(sorted([3, 1, 4, 1, 5, 9, 2, 6], key=cmp_to_key(numeric_desc)))
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = "pear fig apple kiwi banana date plum".split()
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(max(words, key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(numeric_desc)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 != k2, k1 <= K(1), k1 >= K(1))
print(k1.obj, k2.obj, type(k1).__name__)
try:
    hash(k1)
except TypeError as e:
    print("TypeError", e)
try:
    k1 < 5
except TypeError as e:
    print("TypeError", e)

# --- cached_property
class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        "The area."
        self.computed += 1
        return self.r * self.r * 3
c = Circle(2)
print(c.area, c.area, c.computed, c.__dict__)
c.r = 10
print(c.area)
del c.area
print(c.area, c.computed)
c.area = "set directly"
print(c.area, c.computed)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.area.__doc__)
c2 = Circle(1)
print(c2.area, c.area, c2.computed)

class Slotted:
    __slots__ = ("x",)
    @cached_property
    def prop(self):
        return 1
try:
    Slotted().prop
except TypeError as e:
    print("TypeError", e)

cp = cached_property(lambda self: 42)
class Twice:
    first = cp
try:
    class Again:
        a = cp
except TypeError as e:
    print("TypeError", e)
except RuntimeError as e:
    # CPython 3.11 wraps errors from __set_name__
    print("RuntimeError", e.__cause__)
loose = cached_property(lambda self: 0)
class NoName:
    pass
NoName.late = loose
try:
    NoName().late
except TypeError as e:
    print("TypeError", e)
