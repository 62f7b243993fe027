# Operations CPython answers with the object itself: an exact int's real
# part and numerator (int_int), +x of an exact int, float or complex. And
# a builtin type is a static object, never tracked, so a tuple or dict
# holding only such types is untracked as CPython's would be.
import gc

n = int("123456789012")
print(n.real is n, n.numerator is n, n.conjugate() is n, (+n) is n)
print(n.imag, n.denominator)


class MyInt(int):
    pass


m = MyInt(7)
print(type(m.real).__name__, m.real is m, type(m.numerator).__name__)
t = True
print(t.real, type(t.real).__name__, t.numerator)
c = complex("1+2j")
print((+c) is c, (-(-c)) == c)
f = float("2.5")
print((+f) is f, f.real is f)

print(gc.is_tracked(object), gc.is_tracked(int))
pair = (object, int)
holder = (pair, str)
d = {"a": int, "b": (object,)}
print(gc.is_tracked(pair), gc.is_tracked(holder), gc.is_tracked(d))


class A:
    pass


mixed = (A, int)
print(gc.is_tracked(A.__bases__), gc.is_tracked(A.__mro__), gc.is_tracked(mixed))
gc.collect()
print(gc.is_tracked(pair), gc.is_tracked(holder), gc.is_tracked(d))
print(gc.is_tracked(A.__bases__), gc.is_tracked(A.__mro__), gc.is_tracked(mixed))
d["c"] = A
print(gc.is_tracked(d))
