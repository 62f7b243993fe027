# dataclasses: the decorator's options (frozen, order, eq, init, repr,
# unsafe_hash, slots), field() options, asdict/astuple/replace,
# make_dataclass, and the errors raised while processing a class.
import re
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         make_dataclass, FrozenInstanceError, InitVar,
                         KW_ONLY, MISSING, Field)
from typing import ClassVar


def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)


def no_address(text):
    return re.sub(r' at 0x[0-9a-fA-F]+', '', text)


# --- frozen
@dataclass(frozen=True)
class Frozen:
    x: int
    y: int = 2

f = Frozen(1)
print(f, hash(f) == hash((1, 2)), Frozen.__hash__.__qualname__)
print(Frozen.__setattr__.__qualname__, Frozen.__delattr__.__qualname__)

def assign():
    f.x = 5
def assign_new():
    f.z = 5
def delete():
    del f.y
for thunk in (assign, assign_new, delete):
    try:
        thunk()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(f, {f: 'ok'}[Frozen(1, 2)], len({Frozen(1), Frozen(1, 2), Frozen(2)}))
print(issubclass(FrozenInstanceError, AttributeError),
      FrozenInstanceError.__mro__[1].__name__)


@dataclass(frozen=True)
class FrozenChild(Frozen):
    z: int = 3

fc = FrozenChild(0)
print(fc)
try:
    fc.z = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Loose(Frozen):
    pass

lo = Loose(7)
lo.extra = 'allowed'
print(lo, lo.extra)
try:
    lo.x = 8
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 2)

print(WithPost(4))


# --- order
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)

vs = [Version(1, 2, 'b'), Version(0, 9), Version(1, 0, 'a'), Version(1, 2, 'a')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) <= Version(2), Version(3) > Version(2, 9),
      Version(1, 0, 'x') >= Version(1, 0, 'y'), Version(1, 0, 'x') == Version(1, 0, 'y'))
print(Version(1).__lt__(3), Version.__lt__.__qualname__)
show(lambda: Version(1) < 3)
show(lambda: Version(1) < (1, 0))


@dataclass(order=True)
class SubVersion(Version):
    pass

show(lambda: Version(1) < SubVersion(2))
show(lambda: SubVersion(1) < SubVersion(2))


# --- eq=False, init=False, repr=False
@dataclass(eq=False)
class Identity:
    v: int

i1 = Identity(1)
print(i1 == Identity(1), i1 == i1, hash(i1) == hash(i1), '__eq__' in Identity.__dict__)


@dataclass(init=False)
class NoInit:
    a: int = 5
    def __init__(self, value):
        self.a = value * 10

print(NoInit(2), NoInit.a)


@dataclass(repr=False)
class NoRepr:
    a: int

print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'), NoRepr(1) == NoRepr(1))


# --- hashing rules
@dataclass
class Unhashable:
    a: int

print(Unhashable.__hash__)
show(lambda: hash(Unhashable(1)))


@dataclass(unsafe_hash=True)
class UnsafeHash:
    a: int
    b: list = field(default_factory=list, hash=False)
    c: int = field(default=0, compare=False)
    d: int = field(default=0, compare=False, hash=True)

u = UnsafeHash(1, [1], 2, 3)
print(hash(u) == hash((1, 3)), u == UnsafeHash(1, [], 9, 9))


@dataclass(eq=False, frozen=True)
class FrozenNoEq:
    a: int

print('__hash__' in FrozenNoEq.__dict__)


@dataclass
class OwnHash:
    a: int
    def __hash__(self):
        return 99

print(hash(OwnHash(1)))


@dataclass(frozen=True)
class FrozenOwnHash:
    a: int
    def __hash__(self):
        return 7

print(hash(FrozenOwnHash(1)))


# --- field() options
@dataclass
class Options:
    a: int = field(default=1, repr=False)
    b: int = field(default=2, compare=False)
    c: list = field(default_factory=lambda: [0], init=False)
    d: str = field(default='d', metadata={'unit': 'cm', 'n': 1})
    e: int = field(default=5, init=False)

o = Options(9, 8)
print(o, o.c, o.e, Options(9, 0) == o, Options(8) == o)
md = fields(Options)[3].metadata
print(md, md['unit'], len(md), 'n' in md, sorted(md), md.get('x', '-'),
      type(md).__name__)
try:
    md['new'] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(Options.__doc__)
print(no_address(repr(fields(Options)[0])))
fl = field(default=3, kw_only=True)
print(type(fl).__name__, fl.name, fl.default, fl.kw_only, fl.metadata,
      isinstance(fl, Field))
show(lambda: field(default=1, default_factory=list))


# --- asdict / astuple
@dataclass
class Inner:
    n: int
    tags: list = field(default_factory=list)

@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    table: dict
    pair: tuple = (1, 2)

out = Outer('o', Inner(1, ['t']), [Inner(2), 3], {'k': Inner(3), Inner(4, []).n: 'v'})
print(asdict(out))
print(astuple(out))
print(asdict(Inner(5), dict_factory=lambda kv: sorted(kv, reverse=True)))
print(astuple(Inner(6, [1]), tuple_factory=list))
d = asdict(out)
print(d['inner']['tags'] is out.inner.tags, d['items'] is out.items)
show(lambda: asdict(Inner))
show(lambda: asdict({'a': 1}))
show(lambda: astuple(3))


# --- replace
@dataclass(frozen=True)
class Config:
    host: str
    port: int = 80
    derived: str = field(init=False, default='')
    mode: InitVar[str] = 'r'
    def __post_init__(self, mode):
        object.__setattr__(self, 'derived', '%s:%d/%s' % (self.host, self.port, mode))

c = Config('h')
c2 = replace(c, port=8080)
print(c, c2, c is c2, replace(c, mode='w'))
show(lambda: replace(c, derived='x'))
show(lambda: replace(c, nope=1))
show(lambda: replace(Inner, n=1))


@dataclass
class NeedsInitVar:
    a: int
    iv: InitVar[int]
    def __post_init__(self, iv):
        self.a += iv

n = NeedsInitVar(1, 10)
print(n, replace(n, iv=5))
show(lambda: replace(n))


# --- make_dataclass
MC = make_dataclass('MC', ['a', ('b', int), ('c', list, field(default_factory=list))],
                    namespace={'total': lambda self: self.b + len(self.c)},
                    order=True)
m = MC(1, 2)
print(m, m.total(), MC.__doc__, MC(0, 0) < MC(1, 0), [f.type for f in fields(MC)])
for spec in (['a', 'a'], ['def'], [('x', int, field(), 4)], ['ok', 'not ok']):
    try:
        make_dataclass("Bad", spec)
    except TypeError as e:
        print(type(e).__name__, no_address(str(e)))


# --- slots=True
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0

s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__, e)


# --- errors while processing a class
def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def non_default_after_default():
    @dataclass
    class C:
        x: int = 0
        y: int

def mutable_list():
    @dataclass
    class C:
        x: list = []

def mutable_dict():
    @dataclass
    class C:
        x: dict = {}

def mutable_set():
    @dataclass
    class C:
        items: set = set()

def mutable_user_class():
    class Unh:
        __hash__ = None
    @dataclass
    class C:
        x: Unh = Unh()

def field_without_annotation():
    @dataclass
    class C:
        x = field(default=1)

def two_kw_only():
    @dataclass
    class C:
        a: int
        _: KW_ONLY
        b: int = 1
        __: KW_ONLY

def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        a: int

def overwrite_lt():
    @dataclass(order=True)
    class C:
        a: int
        def __lt__(self, other):
            return False

def overwrite_hash():
    @dataclass(unsafe_hash=True)
    class C:
        a: int
        def __hash__(self):
            return 1

def overwrite_setattr():
    @dataclass(frozen=True)
    class C:
        a: int
        def __setattr__(self, name, value):
            pass

def frozen_from_plain():
    @dataclass
    class B:
        a: int
    @dataclass(frozen=True)
    class C(B):
        b: int

def plain_from_frozen():
    @dataclass(frozen=True)
    class B:
        a: int
    @dataclass
    class C(B):
        b: int

def classvar_factory():
    @dataclass
    class C:
        x: ClassVar[list] = field(default_factory=list)

def classvar_kw_only():
    @dataclass
    class C:
        x: ClassVar[int] = field(default=1, kw_only=True)

def initvar_factory():
    @dataclass
    class C:
        x: InitVar[list] = field(default_factory=list)

def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class C:
        a: int

def slots_twice():
    @dataclass(slots=True)
    class C:
        __slots__ = ('a',)
        a: int

def default_after_kw_only_ok():
    @dataclass
    class C:
        a: int = field(kw_only=True)
        b: int = 0
        c: int = field(kw_only=True)
    print('fine', C(1, a=2, c=3))

for make in (non_default_after_default, mutable_list, mutable_dict,
             mutable_set, mutable_user_class, field_without_annotation,
             two_kw_only, order_without_eq, overwrite_lt, overwrite_hash,
             overwrite_setattr, frozen_from_plain, plain_from_frozen,
             classvar_factory, classvar_kw_only, initvar_factory,
             weakref_without_slots, slots_twice, default_after_kw_only_ok):
    attempt(make)
