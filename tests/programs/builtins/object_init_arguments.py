class E: pass
for call in [lambda: object.__init__(E(), 1), lambda: object.__init__(E(), x=1)]:
    try:
        call(); print("ok")
    except TypeError as e:
        print(e)
class A:
    def __init__(self, *a):
        super().__init__(*a)
A()
try:
    A(1)
except TypeError as e:
    print(e)
class N:
    def __new__(cls, *a):
        return super().__new__(cls)
n = N(1, 2)
object.__init__(n, 1, 2); print("N ok")
class MI(int): pass
print(MI(5), object.__init__(MI(5), 3))
class Ex(Exception): pass
print(repr(Ex(1, 2)))
try:
    super(int, "s")
except TypeError as e:
    print(e)
class B:
    @classmethod
    def make(cls): return super(B, cls).__init_subclass__
class C(B): pass
print(C.make() is not None)
try:
    object.__init__()
except TypeError as e:
    print(e)
