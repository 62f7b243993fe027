# enum: Enum, IntEnum, StrEnum and mixed-in types -- members, lookups,
# iteration, aliases, repr/str/format, auto(), the functional API, the
# hooks (_missing_, _generate_next_value_, __new__/__init__), and the
# errors CPython 3.11 raises while defining and using enumerations.
import copy
import enum
from enum import (Enum, IntEnum, StrEnum, EnumMeta, EnumType, ReprEnum, auto,
                  unique, verify, member, nonmember, UNIQUE, CONTINUOUS)


def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1         # an alias of RED


# --- members, repr, str, format
print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE))
print(f"[{Color.RED}] [{Color.RED:>12}] [{Color.RED!r}] [{Color.GREEN:*<11}]")
print(Color.RED.name, Color.RED.value, Color.CRIMSON.name, Color.CRIMSON is Color.RED)
print(type(Color.RED), type(Color.RED).__name__, isinstance(Color.RED, Color))
print(Color, repr(Color), Color.__name__, type(Color).__name__, type(Color) is EnumType)
print(EnumMeta is EnumType, isinstance(Color, EnumMeta), issubclass(Color, Enum))
show(lambda: format(Color.RED, 'd'))

# --- lookups
print(Color(1), Color(3), Color['GREEN'], Color['CRIMSON'], Color(Color.BLUE))
print(getattr(Color, 'BLUE'), Color.RED.__class__ is Color)
show(lambda: Color(7))
show(lambda: Color('RED'))
show(lambda: Color['PURPLE'])
show(lambda: Color.PURPLE)
show(lambda: Color.name)

# --- iteration, len, in, reversed, __members__
print(list(Color), len(Color), bool(Color))
print(list(reversed(Color)), [c.name for c in Color])
print(Color.RED in Color, Color.CRIMSON in Color)
show(lambda: 1 in Color)
print(Color.__members__)
print(repr(Color.__members__))
print(list(Color.__members__), len(Color.__members__), 'CRIMSON' in Color.__members__)
print([(name, m.value) for name, m in Color.__members__.items()])
print(Color.__members__['CRIMSON'], type(Color.__members__).__name__)
print(Color._member_names_, list(Color._member_map_))
print(Enum.__members__, len(Enum), list(Enum))

# --- comparisons and hashing
print(Color.RED == Color.RED, Color.RED == Color.CRIMSON, Color.RED != Color.BLUE)
print(Color.RED == 1, Color.RED is Color(1), hash(Color.RED) == hash('RED'))
show(lambda: Color.RED < Color.GREEN)
counts = {Color.RED: 'r', Color.GREEN: 'g'}
print(counts[Color.CRIMSON], len({Color.RED, Color.CRIMSON, Color.BLUE}))
print(sorted(Color, key=lambda c: -c.value))
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.BLUE) is Color.BLUE)

# --- match statements compare by value pattern
def describe(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.BLUE | Color.GREEN:
            return "cool"
        case _:
            return "unknown"
print([describe(c) for c in (Color.RED, Color.CRIMSON, Color.GREEN, 5)])

# --- changing an enumeration is refused
def reassign():
    Color.RED = 5
show(reassign)
def delete():
    del Color.GREEN
show(delete)
def set_name():
    Color.RED.name = 'x'
show(set_name)
def set_value():
    Color.RED.value = 9
show(set_value)
Color.note = 'attributes that are not members can be set'
print(Color.note, Color.RED.note)


def define(body):
    try:
        cls = body()
        print('defined', cls, list(cls))
    except Exception as e:
        print(type(e).__name__, e)


def extend():
    class More(Color):
        PURPLE = 4
    return More
define(extend)

def reuse():
    class Dup(Enum):
        A = 1
        A = 2
    return Dup
define(reuse)

def sunder():
    class Bad(Enum):
        _secret_ = 1
    return Bad
define(sunder)

def mro_name():
    class Bad(Enum):
        mro = 1
    return Bad
define(mro_name)

def method_then_member():
    class Bad(Enum):
        X = 1
        @property
        def X(self):
            return 2
    return Bad
define(method_then_member)

def wrong_base_order():
    class Bad(Enum, int):
        A = 1
    return Bad
define(wrong_base_order)

def order_ok():
    class Ok(Enum):
        _order_ = 'A B C'
        A = 1
        B = 2
        C = 3
        D = 1
    return Ok
define(order_ok)

def order_bad():
    class Bad(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
    return Bad
define(order_bad)


# --- auto() and _generate_next_value_
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), repr(auto()))


class Lower(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    NORTH = auto()
    SOUTH = auto()
print(list(Lower))


class Plain(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return (count + 1) * 100
    X = auto()
    Y = auto()
    Z = (auto(), 'pair')
print(list(Plain), Plain.Z.value)

def late_generate():
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return 5
    return Late
define(late_generate)


# --- IntEnum
class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
    UNO = 1
print(Num.ONE, repr(Num.TWO), str(Num.THREE), format(Num.TWO), f"{Num.TWO:03d}|{Num.THREE:>4}|{Num.ONE!r}")
print(Num.ONE + 1, Num.TWO * Num.THREE, Num.THREE // 2, -Num.ONE, Num.TWO == 2, 2 == Num.TWO)
print(Num.ONE < Num.TWO, Num.THREE > 2, sorted([Num.THREE, 0, Num.ONE, 2]))
print(isinstance(Num.ONE, int), int(Num.TWO), Num(2), Num(Num.THREE), Num.UNO is Num.ONE)
print(['a', 'b', 'c', 'd'][Num.TWO], list(range(Num.THREE)), hash(Num.TWO) == hash(2))
print(list(Num), len(Num), Num.TWO.name, Num.TWO.value, type(Num.TWO.value).__name__)
print({Num.ONE: 'one'}[1], Num.ONE in Num, '%d and %s and %r' % (Num.TWO, Num.TWO, Num.TWO))
show(lambda: Num(4))
show(lambda: Num('1'))

def bad_int():
    class BadInt(IntEnum):
        A = 'x'
    return BadInt
define(bad_int)


# --- StrEnum
class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'
    APPEND = auto()
print(Mode.READ, repr(Mode.WRITE), str(Mode.APPEND), format(Mode.READ, '>6'), f"{Mode.WRITE}")
print(Mode.READ == 'read', Mode.READ.upper(), Mode('w'), Mode.WRITE + '+', isinstance(Mode.READ, str))
print(list(Mode), Mode.READ.value, len(Mode.APPEND))
show(lambda: Mode('x'))

def bad_str():
    class BadStr(StrEnum):
        A = 1
    return BadStr
define(bad_str)


# --- other mixed-in types keep the Enum str(); ReprEnum keeps the type's
class Letter(str, Enum):
    A = 'a'
    B = 'b'
print(Letter.A, repr(Letter.A), format(Letter.B), f"{Letter.A}", Letter.A == 'a', Letter.A.upper())


class Ratio(float, Enum):
    HALF = 0.5
    THIRD = 1 / 3
print(Ratio.HALF, repr(Ratio.THIRD), Ratio.HALF * 4, Ratio(0.5))


class Level(int, ReprEnum):
    LOW = 1
    HIGH = 9
print(Level.LOW, repr(Level.HIGH), format(Level.HIGH, '02'))

def repr_enum_plain():
    class Bad(ReprEnum):
        A = 1
    return Bad
define(repr_enum_plain)


# --- methods, properties, classmethods, __init__ and __new__
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    def describe(self):
        return '%s weighs %.3e' % (self.name.title(), self.mass)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet.heaviest(), Planet.MERCURY.describe(), Planet((5.976e+24, 6.37814e6)))


class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj
    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')
    VX = (2, 'V.X', 'km/s')
print(Coordinate.PY, Coordinate.VX.value, Coordinate.VX.label, Coordinate(1), Coordinate.PX.unit)
print(Coordinate.PY == b'\x01', len(Coordinate))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    def __str__(self):
        return 'shape ' + self.name.lower()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name == value.upper():
                    return m
        if value == 99:
            return 'not a member'
        if value == 100:
            raise KeyError('custom failure')
        return None
print(Shape.SQUARE, repr(Shape.CIRCLE), f"{Shape.DIAMOND}", Shape('circle'), Shape('Square'))
show(lambda: Shape(42))
show(lambda: Shape(99))
show(lambda: Shape(100))


# --- an enumeration without members can be subclassed
class Ordered(Enum):
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented

    def double(self):
        return self.value * 2


class Size(Ordered):
    S = 1
    M = 2
    L = 3
print(Size.S < Size.L, sorted([Size.L, Size.S, Size.M]), Size.M.double(), max(Size))
print(Size.__mro__[1:])


# --- names that are not members
class Special(Enum):
    _ignore_ = ['temp']
    A = 1
    temp = 5
    B = nonmember(2)
    C = member(lambda: 'called')
    __private = 'hidden'

    def method(self):
        return 'method of ' + self.name
print([m.name for m in Special], Special.B, Special.C.value(), Special.A.method(), hasattr(Special, 'temp'))
print(Special._Special__private, [n for n in Special.__members__])


# --- members named like member attributes
class Field(Enum):
    name = 1
    value = 2
print(Field.name, Field.value, Field.name.name, Field.value.value, Field['value'], list(Field))


# --- unique and verify
@unique
class Fine(Enum):
    A = 1
    B = 2
print(list(Fine))

def not_unique():
    @unique
    class Twice(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
        DOS = 2
    return Twice
define(not_unique)

def verify_unique():
    @verify(UNIQUE)
    class Twice(Enum):
        ONE = 1
        UNO = 1
    return Twice
define(verify_unique)

def verify_continuous():
    @verify(CONTINUOUS)
    class Gaps(IntEnum):
        A = 1
        B = 2
        E = 5
    return Gaps
define(verify_continuous)


# --- the functional API
Animal = Enum('Animal', 'ANT BEE CAT')
print(Animal, list(Animal), Animal.BEE.value, Animal.__module__, Animal.__qualname__)
Pet = Enum('Pet', ['DOG', 'FISH'], start=10)
print(list(Pet), Pet(11))
Pair = Enum('Pair', [('LEFT', 'l'), ('RIGHT', 'r')])
print(list(Pair), Pair('r'))
Mapped = Enum('Mapped', {'X': 7, 'Y': 8}, module='geometry', qualname='Space.Mapped')
print(list(Mapped), Mapped.__module__, Mapped.__qualname__)
Ints = IntEnum('Ints', 'A, B, C')
print(list(Ints), Ints.C + 1, str(Ints.B))
Strs = StrEnum('Strs', 'ALPHA BETA')
print(list(Strs), Strs.BETA == 'beta')
Mixed = Enum('Mixed', 'P Q', type=int)
print(list(Mixed), Mixed.P + 1, Mixed.__mro__[1] is int)
show(lambda: Enum(1))
show(lambda: Color('Other', 'A B'))


# --- truthiness and member attributes
class Zero(IntEnum):
    OFF = 0
    ON = 1
print(bool(Zero.OFF), bool(Zero.ON), bool(Color.RED), bool(Zero))
print(Color.RED.__objclass__ is Color, Color.GREEN._sort_order_, Color.RED._name_)
print(enum.Enum is Enum, enum.IntEnum.__mro__[1] is int, sorted(n for n in enum.__all__ if 'Enum' in n))
