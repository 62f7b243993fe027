# a, b = b, a and the like: CPython's compiler swaps the values on the stack
# (BUILD_TUPLE n + UNPACK_SEQUENCE n for n of 1 to 3 become SWAP n); an
# unpack reached by a jump still unpacks whatever tuple arrives.
import gc, sys
def f(x, y, z):
    x, y = y, x
    x, y, z = z, x, y
    (w,) = (x,)
    a, b = b2, a2 = y, z
    print(x, y, z, w, a, b, a2, b2)
    c = [1, 2]
    c[0], c[1] = c[1], c[0]
    print(c)
    t = 5 if x else 6
    p, q = (x, y) if x == 100 else (y, x)
    print(p, q)
f(1, 2, 3)
class D:
    def __del__(self): print("del", self.n)
    def __init__(self, n): self.n = n
def g():
    a, b = D(1), D(2)
    a, b = b, a
    print(sys.getrefcount(a), sys.getrefcount(b), a.n, b.n)
g()
gc.collect()
print(gc.get_count()[0] >= 0)
