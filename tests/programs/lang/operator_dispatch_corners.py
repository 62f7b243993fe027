# Operator dispatch corners found by an external suite: the reflected
# method is never tried for two operands of one type; classmethod chains
# to the wrapped descriptor's __get__; the builtin generic types answer
# __class_getitem__ (and their subclasses inherit it); int.__pow__ takes a
# modulus; divmod by a float zero names divmod.


class N:
    def __init__(self, v):
        self.v = v

    def __radd__(self, o):
        return "radd"

    def __rsub__(self, o):
        return "rsub"

    def __rpow__(self, o):
        return "rpow"


for expr in ["N(1) + N(2)", "N(1) - N(2)", "N(1) ** N(2)", "1 + N(2)", "N(1) + 1"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "->", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        return NotImplemented


try:
    sum([Num(1), Num(2)])
except TypeError as e:
    print("sum:", e)
print(sum([Num(1), Num(2)], Num(0)).v)


class Sub(N):
    def __radd__(self, o):
        return "Sub.radd"


print(N(1) + Sub(2))


class A:
    @classmethod
    @property
    def p(cls):
        return "p of " + cls.__name__

    @classmethod
    def m(cls):
        return cls.__name__

    @classmethod
    @staticmethod
    def s():
        return "static inside classmethod"


class B(A):
    pass


print(A.p, A().p, B.p, A.m(), B().m(), A.s())

print(list[int], dict[str, int], tuple[int, ...], set[float], frozenset[str], type[int])
print(list.__class_getitem__(int), [].__class_getitem__(str), enumerate[int])


class L(list):
    pass


print(L[int], L.__class_getitem__(bytes))
try:
    int[str]
except TypeError as e:
    print(e)

print(int.__pow__(3, 4, 5), (2).__pow__(10, 1000), (4).__rpow__(3, 5), (3).__pow__(2, None))
print(int.__pow__(3, 4.0, 5))
try:
    (2.0).__pow__(2, 5)
except TypeError as e:
    print(e)
for a, b in [(1.0, 0), (1, 0.0), (1, 0), (7.5, 2), (-7, 2), (7, -2.5)]:
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print(a, b, e)

for fmt, arg in [("%f", "1"), ("%e", "2.5"), ("%g", None), ("%f", 2), ("%ld", 7), ("%5.1lf", 2.25), ("%(a", {"a": 1}), ("%(a)d", {"a": 1})]:
    try:
        print(repr(fmt % arg))
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
