# Found by the differential fuzzer: every builtin type has its own
# __repr__ (None.__repr__() is 'None', not object.__repr__'s).
for o in [None, True, 1.5, Ellipsis, NotImplemented, 1j, range(3), slice(1), b"x", bytearray(b"y"), frozenset([1]), {1: 2}.keys(), iter([]), print, len, type, object(), (lambda: 0).__code__]:
    r = type(o).__repr__(o)
    print(type(o).__name__, r if "0x" not in r else r.split(" at ")[0], type(o).__str__(o) == str(o))
