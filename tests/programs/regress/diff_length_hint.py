# Containers built from an iterable ask its length first, as CPython's
# PyObject_LengthHint does: list(), tuple(), bytes(), bytearray.extend(),
# str.join/bytes.join and sorted() raise what a bad __len__ or
# __length_hint__ raises (even when iterating would never end), and a hint
# too large to hold is MemoryError at once. bytearray(), set(), sum() and
# max() ask nothing. (Found by the differential fuzzer: bytes(x) looped
# forever where python3 raised ValueError.)


class Forever:
    """A sequence that never ends, with a __len__ of the caller's choice."""

    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__ ->", self.n)
        return self.n

    def __getitem__(self, i):
        if i > 5 and self.n >= 0:
            raise IndexError(i)
        if i > 50:
            raise RuntimeError("iterated past the hint")
        return i


class Hinted:
    """An iterator with a __length_hint__ and no __len__."""

    def __init__(self, hint):
        self.hint = hint
        self.left = 3

    def __iter__(self):
        return self

    def __next__(self):
        if self.left == 0:
            raise StopIteration
        self.left -= 1
        return 65 + self.left

    def __length_hint__(self):
        print("  __length_hint__ ->", self.hint)
        if isinstance(self.hint, type) and issubclass(self.hint, Exception):
            raise self.hint("from the hint")
        return self.hint


class BadLen:
    def __len__(self):
        raise TypeError("no length here")

    def __getitem__(self, i):
        if i == 3:
            raise IndexError
        return i + 97


MAKERS = [
    ("list", list),
    ("tuple", tuple),
    ("bytes", bytes),
    ("bytearray", bytearray),
    ("bytearray.extend", lambda x: bytearray(b"x").extend(x)),
    ("sorted", sorted),
    ("set", lambda x: sorted(set(x))),
    ("sum", sum),
    ("max", max),
    ("str.join", lambda x: "-".join(map(str, x))),
    ("bytes.join", lambda x: b"-".join(bytes([i]) for i in x)),
]


def attempt(label, make, arg):
    try:
        print(label, "=", make(arg))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


for n in (-1, 2**62, 6):
    print("Forever(%d)" % n if n < 100 else "Forever(2**62)")
    for label, make in MAKERS:
        # With n < 0 the ones that never ask iterate to the RuntimeError.
        attempt(label, make, Forever(n))

for hint in (-2, 2**62, "three", NotImplemented, TypeError, KeyError, 1, 100):
    print("Hinted(%r)" % (hint,))
    for label, make in MAKERS[:6]:
        attempt(label, make, Hinted(hint))

print("BadLen")
for label, make in MAKERS:
    attempt(label, make, BadLen())

# b"".join of a real sequence of bytes with a lying length.
class Parts(Forever):
    def __getitem__(self, i):
        if i == 3:
            raise IndexError
        return b"ab"


for n in (-5, 1, 10):
    attempt("b''.join", b"".join, Parts(n))
    attempt("''.join", "".join, map(str, Parts(n)))
