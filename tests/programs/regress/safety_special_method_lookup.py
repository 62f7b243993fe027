class C:
    __repr__ = 5
for f in [lambda: repr(C()), lambda: str(C()), lambda: '%r' % C(), lambda: f'{C()!r}']:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class D:
    pass
d = D()
d.__repr__ = 5
print(repr(d).startswith('<__main__.D object'))
class E(Exception):
    __repr__ = 5
try:
    repr(E())
except TypeError as e:
    print("TypeError", e)
class N:
    def __repr__(self):
        return NotImplemented
try:
    repr(N())
except TypeError as e:
    print("TypeError", e)
class S:
    __repr__ = staticmethod(lambda: "static")
    __str__ = classmethod(lambda cls: "cls " + cls.__name__)
print(repr(S()), str(S()))
class L:
    __len__ = len
try:
    len(L())
except TypeError as e:
    print("TypeError", e)
class M:
    f = len
try:
    M().f()
except TypeError as e:
    print("TypeError", e)
print(M.f([1, 2]))
class H:
    __hash__ = hash
try:
    hash(H())
except TypeError as e:
    print("TypeError", e)
class Call:
    def __call__(self, *a):
        return "called with %d" % len(a)
class R:
    __repr__ = Call()
print(repr(R()))
