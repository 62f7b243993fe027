# enum: Flag and IntFlag -- combining members with | & ^ ~, membership,
# iteration over the bits of a value, the reprs of combined and empty
# flags, multi-bit aliases, the four boundaries (STRICT, CONFORM, EJECT,
# KEEP), IntFlag arithmetic with ints, verify() and the errors of 3.11.
import enum
from enum import (Flag, IntFlag, auto, FlagBoundary, STRICT, CONFORM, EJECT, KEEP,
                  verify, CONTINUOUS, NAMED_FLAGS, UNIQUE, show_flag_values)


def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(Perm.R, repr(Perm.R), RW, repr(RW), format(RW), f"{RW:>12}|")
print(repr(Perm.R | Perm.W | Perm.X), repr(RW & Perm.W), repr(RW ^ Perm.R), repr(RW & Perm.X))
print(repr(~Perm.R), repr(~RW), repr(~Perm(0)), repr(~(Perm.R | Perm.W | Perm.X)))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.X), Perm(0).name, RW.name, RW.value)
print(list(RW), list(Perm(7)), list(Perm(0)), len(RW), len(Perm(0)), len(Perm(7)))
print(Perm.R in RW, Perm.X in RW, Perm(0) in RW, RW in Perm(7), RW in Perm)
print(list(Perm), len(Perm), Perm(6) is RW, Perm(6) == RW, Perm(RW) is RW)
print(repr(Perm(-1)), repr(Perm(-5)), Perm(3))
print(Perm._flag_mask_, Perm._all_bits_, Perm._singles_mask_, Perm._boundary_)
show(lambda: Perm.R | 1)
show(lambda: 1 in RW)
show(lambda: Perm(8))
show(lambda: Perm(-9))
show(lambda: Perm('x'))
show(lambda: Perm.R < Perm.W)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    NONE = 0
    WHITE = RED | GREEN | BLUE
    YELLOW = RED | GREEN
print(list(Color), len(Color), [m.value for m in Color])
print(list(Color.__members__), Color._member_names_)
print(repr(Color.WHITE), repr(Color.YELLOW), repr(Color.NONE), Color.NONE is Color(0))
print(repr(Color.RED | Color.GREEN), Color.RED | Color.GREEN is Color.YELLOW, repr(Color(5)))
print(repr(~Color.RED), repr(~Color.WHITE), repr(~Color.NONE), list(Color.WHITE))
print(repr(Color.WHITE & ~Color.GREEN), Color.RED in Color.WHITE, Color.NONE in Color.RED)
print(Color, repr(Color), type(Color).__name__, isinstance(Color.RED, Flag))


class Shuffled(Flag):
    C = 4
    A = 1
    B = 2
print(list(Shuffled), list(Shuffled(7)), repr(Shuffled(5)))


# --- boundaries
class Strict(Flag, boundary=STRICT):
    A = 1
    C = 4
show(lambda: Strict(2))
show(lambda: Strict(5))


class Conform(Flag, boundary=CONFORM):
    A = 1
    C = 4
print(repr(Conform(2)), repr(Conform(7)), repr(Conform(13)), repr(~Conform.A))


class Eject(Flag, boundary=EJECT):
    A = 1
    C = 4
print(repr(Eject(2)), type(Eject(2)).__name__, repr(Eject(5)), repr(~Eject.A))


class Keep(Flag, boundary=KEEP):
    A = 1
    C = 4
print(repr(Keep(2)), repr(Keep(7)), repr(Keep(16)), Keep(16).name, repr(~Keep.A))
print(Flag._boundary_, IntFlag._boundary_, Keep._boundary_, repr(FlagBoundary.EJECT), list(FlagBoundary))


# --- IntFlag
class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
print(Mode.R, repr(Mode.R), Mode.R | Mode.W, repr(Mode.R | Mode.W), str(Mode.R | Mode.X))
print(format(Mode.R | Mode.W, 'x'), f"{Mode.W:03b}", '%d %s' % (Mode.R, Mode.R))
print(repr(Mode.R | 8), repr(Mode.R | 3), repr(8 | Mode.X), repr(Mode(0)), str(Mode(0)))
print(repr(~Mode.R), repr(~Mode(0)), ~Mode.R, repr(Mode(-1)), repr(Mode(-8)))
print(Mode.R + 1, Mode.R * 2, Mode.R == 4, 4 == Mode.R, Mode.R < 5, isinstance(Mode.W, int))
print(repr(Mode.R & 6), repr(Mode.R ^ 5), repr(Mode(7) & Mode.W), Mode(6) == Mode.R | Mode.W)
print(list(Mode(7)), list(Mode(12)), len(Mode(7)), Mode.X in Mode(3), bool(Mode(0)))
print(sorted([Mode.R, Mode.X, Mode.W]), max(Mode), list(Mode))
show(lambda: Mode('r'))
show(lambda: Mode.R | 'x')


class Big(IntFlag):
    LOW = auto()
    MID = auto()
    HIGH = auto()
    BOTH = LOW | HIGH
print(list(Big), list(Big.__members__), repr(Big.BOTH), repr(Big(7)), repr(Big(15)), repr(~Big.MID))


# --- definition errors and verify()
def define(body):
    try:
        cls = body()
        print('defined', cls, list(cls))
    except Exception as e:
        print(type(e).__name__, e)


def bad_auto():
    class Bad(Flag):
        A = 'a'
        B = auto()
    return Bad
define(bad_auto)

def named_flags():
    @verify(NAMED_FLAGS)
    class Bits(Flag):
        A = 1
        B = 2
        ABCD = 15
    return Bits
define(named_flags)

def named_flags_two():
    @verify(NAMED_FLAGS)
    class Bits(Flag):
        A = 1
        AE = 17
        AF = 33
    return Bits
define(named_flags_two)

def continuous_flags():
    @verify(CONTINUOUS)
    class Bits(Flag):
        A = 1
        D = 8
    return Bits
define(continuous_flags)

def fine_flags():
    @verify(UNIQUE, CONTINUOUS, NAMED_FLAGS)
    class Bits(Flag):
        A = 1
        B = 2
        AB = 3
    return Bits
define(fine_flags)

def order_flags():
    class Bits(Flag):
        _order_ = 'A B AB'
        A = 1
        B = 2
        AB = 3
    return Bits
define(order_flags)


# --- functional API and helpers
Opt = Flag('Opt', 'FAST SAFE SMALL')
print(list(Opt), repr(Opt.FAST | Opt.SMALL), Opt.SMALL.value)
IOpt = IntFlag('IOpt', ['ONE', 'TWO'])
print(list(IOpt), repr(IOpt.ONE | IOpt.TWO), IOpt.TWO + 0)
print(show_flag_values(13), show_flag_values(0), enum.bin(10), enum.bin(~10), enum.bin(5, 8))
show(lambda: show_flag_values(-1))
print(repr(enum.STRICT), enum.EJECT is FlagBoundary.EJECT, str(KEEP), CONFORM == 'conform')
