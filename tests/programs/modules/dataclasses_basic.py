# dataclasses: fields from annotations, the generated __init__/__repr__/__eq__,
# defaults and default_factory, inheritance, __post_init__, InitVar, KW_ONLY,
# ClassVar, __match_args__, fields()/is_dataclass(), the class docstring.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, MISSING
import typing
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), str(p))
print(Point(3), Point(x=4, y=5), Point(y=6, x=7))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.__eq__((1, 2)))
print(Point.__hash__, Point.y)
print(Point.__doc__)
print(Point.__match_args__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__,
      Point.__eq__.__qualname__, Point.__init__.__name__)
print(Point.__repr__.__name__, Point.__repr__.__wrapped__.__qualname__)
print(Point.__dataclass_params__)
p.x = 10
print(p, p.x, p.y)

# Call errors come from the real signature of the generated __init__.
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 3}),
                     ((1,), {'x': 2}), ((), {'y': 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

# --- fields(), is_dataclass()
for f in fields(Point):
    print(f.name, f.type, f.default is MISSING, f.init, f.repr,
          f.hash, f.compare, f.metadata, repr(f.metadata), f.kw_only,
          f.default_factory is MISSING)
print(fields(p) == fields(Point), type(fields(p)).__name__)
print(dataclasses.is_dataclass(Point), dataclasses.is_dataclass(p),
      dataclasses.is_dataclass(3), dataclasses.is_dataclass(int))
try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Point.__dataclass_fields__))


# --- defaults and default_factory
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)
    count: int = 0

a = Inventory('a')
b = Inventory('b')
a.items.append(1)
print(a, b, a.items is b.items)
print(Inventory('c', [1, 2], {'k': 'v'}, 3))
print(Inventory.__doc__)
print(hasattr(Inventory, 'items'), Inventory.count)
print(fields(Inventory)[1].default_factory, fields(Inventory)[1].default is MISSING)


# --- a user-defined method is never replaced
@dataclass
class Custom:
    a: int
    def __repr__(self):
        return 'Custom<%d>' % self.a
    def __eq__(self, other):
        return True

print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


# --- inheritance
@dataclass
class Base:
    x: int
    y: int = 1

@dataclass
class Derived(Base):
    z: int = 2
    y: int = 5

d = Derived(10)
print(d, [f.name for f in fields(d)], Derived.__match_args__)
print(Derived(1, 2, 3), Derived(1, z=9), d == Base(10, 5))
print(Derived.__doc__)


class Plain(Base):
    extra = 'plain'

print(Plain(4), dataclasses.is_dataclass(Plain), Plain(4) == Base(4))


@dataclass
class Child(Plain):
    w: int = 7

print(Child(1, 2, 3), Child.extra)


# --- __post_init__ and InitVar
@dataclass
class Rect:
    width: int
    height: int
    area: int = field(init=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.width *= scale
        self.height *= scale
        self.area = self.width * self.height

r = Rect(2, 3)
print(r, Rect(2, 3, 10), [f.name for f in fields(r)])
print(Rect.__dataclass_fields__['scale'].type, Rect.__match_args__)
print(Rect.__doc__)
print(hasattr(r, 'scale'), Rect.scale)
try:
    Rect(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
print(InitVar[int], InitVar[List[int]], InitVar(str).type)


@dataclass
class Logged:
    value: int
    def __post_init__(self):
        print('post_init', self.value)

Logged(5)


# --- ClassVar is not a field
@dataclass
class Counter:
    total: ClassVar[int] = 0
    other: typing.ClassVar = 'cv'
    n: int = 1

print(Counter(), [f.name for f in fields(Counter)], Counter.total,
      Counter.__dataclass_fields__['total']._field_type)


# --- KW_ONLY and kw_only
@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 3

print(Options('x'), Options('y', verbose=True, level=1))
print(Options.__match_args__, Options.__doc__)
try:
    Options('x', True)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2
    c: int = field(default=3, kw_only=False)

print(AllKw(0, a=1), AllKw.__match_args__, AllKw.__doc__)
try:
    AllKw()
except TypeError as e:
    print(type(e).__name__, e)


# kw_only fields may come before positional ones without defaults
@dataclass
class Mixed:
    a: int = field(default=0, kw_only=True)
    b: int = 1
    c: int = field(default=5, kw_only=True)

print(Mixed(), Mixed(2, a=1, c=3), Mixed.__doc__)


# --- match statements use __match_args__
def where(pt):
    match pt:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return 'on x axis at %d' % x
        case Point(0, y=y):
            return 'on y axis at %d' % y
        case Point(x, y) if x == y:
            return 'diagonal'
        case _:
            return 'elsewhere'

for pt in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 5)]:
    print(pt, where(pt))


# --- repr: nesting, recursion, repr=False, qualname
@dataclass
class Node:
    value: object
    children: list = field(default_factory=list)
    secret: str = field(default='s', repr=False)

root = Node(1, [Node(2), Node('three')])
print(root)
root.children.append(root)
print(root)
loop = Node(None)
loop.value = loop
print(loop, [loop])


class Outer:
    @dataclass
    class Inner:
        v: float = 0.5

print(Outer.Inner(), Outer.Inner.__qualname__, Outer.Inner.__init__.__qualname__)


@dataclass
class Empty:
    pass

print(Empty(), Empty() == Empty(), fields(Empty), Empty.__match_args__,
      Empty.__doc__)
try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)


# 'self' as a field name
@dataclass
class Selfish:
    self: int
    other: int = 0

print(Selfish(1, 2), Selfish(self=3))


# A documented class keeps its docstring.
@dataclass
class Documented:
    "Says what it is."
    a: int

print(Documented.__doc__)


# The decorator with empty parentheses.
@dataclass()
class Paren:
    q: str = 'q'

print(Paren(), Paren('r') == Paren('r'))


# Typing annotations in the docstring.
@dataclass
class Typed:
    names: List[str] = field(default_factory=list)
    table: typing.Dict[str, int] = None
    maybe: typing.Optional[int] = None
    gen: list[int] = None
    text: 'str' = ''
    any: object = None

print(Typed.__doc__)


# String annotations: ClassVar, InitVar and KW_ONLY are still recognised
# when the module has the name (or the module holding it) as a global.
@dataclass
class Strings:
    a: 'int'
    b: 'ClassVar[int]' = 3
    c: 'dataclasses.InitVar[int]' = 0
    d: ' typing . ClassVar' = 4
    _: 'KW_ONLY'
    e: 'List[int]' = None
    f: 'InitVar' = None
    g: 'Unknown[int]' = 5

print([(f.name, f._field_type) for f in Strings.__dataclass_fields__.values()])
print(Strings(1, 2, e=[3], f=4), Strings.__doc__, Strings.b, Strings.d)
