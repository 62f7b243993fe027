# Regression (differential fuzzer, --stress-gc --verify-heap): native code
# that fails releases what it held while the raised exception is still in
# its hands; a release may run a __del__ that reaches a safepoint, so the
# exception must stay rooted (under marksweep it was otherwise freed). The
# finalizers print nothing, so every collector runs this under stress too.
G = []


class Slow:
    """Its __del__ loops: a safepoint while it is being released."""
    def __init__(self, n):
        self.n = n

    def __del__(self):
        for i in range(3):
            pass


class Boom:
    def __hash__(self):
        G.clear()
        G.pop()
        return 1

    def __iter__(self):
        raise KeyError("iter")

    def __lt__(self, other):
        raise ValueError("lt")


def attempt(what, f):
    try:
        f()
    except Exception as e:
        print(what, type(e).__name__, e)


G.extend([Slow(1), Boom()])
attempt("sorted key", lambda: sorted(G, key=hash))
attempt("sorted lt", lambda: sorted([Slow(2), Boom(), Slow(3)]))
attempt("min key", lambda: min([Slow(4), Boom()], key=hash))
attempt("max", lambda: max(Slow(5), Boom()))
attempt("set.union", lambda: {Slow(6)}.union([1], Boom()))
attempt("list.extend", lambda: [Slow(7)].extend(Boom()))


def f(a, b):
    return a


attempt("binding", lambda: f(Slow(8), Slow(9), c=Slow(10)))
attempt("binding kw", lambda: f(Slow(11), a=Slow(12)))


class Meta(type):
    def __new__(mcls, name, bases, ns):
        raise TypeError("no class")


def make_class():
    class K(metaclass=Meta):
        held = Slow(13)


attempt("class", make_class)


def gen():
    yield Slow(14)
    raise RuntimeError("gen")


attempt("list(gen)", lambda: list(gen()))
attempt("tuple(gen)", lambda: tuple(gen()))
attempt("dict(gen)", lambda: dict((x, x) for x in gen()))
attempt("join", lambda: ",".join([str(Slow(15)), 5]))
print("done")
