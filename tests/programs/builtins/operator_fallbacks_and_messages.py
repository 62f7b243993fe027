# Sequence slots come after both operands' number slots; StopIteration
# out of map/filter's function ends the iteration; assorted argument
# checks with CPython's messages.
class I(int):
    pass


print(I(2) * "a", "a" * I(3), I(2) * [1], (1,) * I(2), I(2) * b"x", I(3) * bytearray(b"y"))


class N(bytearray):
    pass


class L(list):
    pass


class R:
    def __radd__(self, other):
        return "reflected " + type(other).__name__

    def __rmul__(self, other):
        return "rmul " + type(other).__name__


print(N(b"a") + R(), b"a" + R(), bytearray(b"a") + R(), L([1]) + R(), [1] + R())
print(N(b"a") + b"b", L([1]) + [2], L([1]) * 2, [1] * I(2))
for bad in (lambda: b"a" + 1, lambda: N(b"a") + 1, lambda: [1] + (2,), lambda: I(2) * 1.5 * "x"):
    try:
        bad()
    except TypeError as e:
        print(e)


def f(x):
    if x == 0:
        raise StopIteration
    return x


print(list(map(f, [1, 2, 0, 4])), list(filter(f, [1, 2, 0, 4])))
for v in map(f, [3, 0, 5]):
    print(v)
m = map(f, [0, 7])
try:
    next(m)
except StopIteration:
    print("stop")
print(next(m), sorted(map(f, [2, 1, 0, 9])), sum(map(f, [1, 0])), tuple(map(f, [0])))

checks = [
    lambda: format(2, 3),
    lambda: format(2, None),
    lambda: (0.5).__round__(None),
    lambda: (2.5).__round__(None),
    lambda: round(7, None),
    lambda: (7).__round__(None),
    lambda: int(base=2),
    lambda: int("11", base=2),
    lambda: complex(10**1000, 0),
    lambda: 0j + 10**1000,
    lambda: 10**1000 * 1j,
    lambda: "Hallo".startswith(("H", 1)),
    lambda: "Hallo".startswith(("x", 1)),
    lambda: "a".endswith(1),
    lambda: b"ab".startswith((b"a", 1)),
    lambda: b"ab".startswith((b"x", 1)),
    lambda: bytearray(1, 2),
    lambda: bytes(1, 2),
    lambda: bytes("a", "utf-8", 3),
    lambda: bytes(b"x", None),
    lambda: bytearray(1, "utf-8"),
    lambda: enumerate(),
    lambda: open(),
    lambda: slice(None, None, 2**100).indices(5),
    lambda: slice(None, None, -2**100).indices(5),
    lambda: slice(1, 2, 0).indices(5),
    lambda: "\U0001F600a\xe9".encode("ascii", "namereplace"),
    lambda: "\ue000".encode("ascii", "namereplace"),
    lambda: "\x81".encode("cp1252"),
    lambda: b"\x81".decode("cp1252"),
    lambda: "{0:{1:{2}}}".format(1, 2, 3),
    lambda: "{:{}{}}".format(1, 2, 3),
]
for c in checks:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)

for fmt, args in [("%5%|", (1,)), ("%5%|", ()), ("%%|", ()), ("%(a)%|", {"a": 1}),
                  ("%.2%", (1,)), ("%y", ()), ("%y", (1,)), ("%(k)y", {}), ("%s%%", (1,))]:
    for t in (fmt, fmt.encode()):
        try:
            print(repr(t % args))
        except Exception as e:
            print(type(e).__name__, e)

d = {"a": 1, "b": 2}
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())
