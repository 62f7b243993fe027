# Differential-fuzzer findings (python3 3.11 is the reference):
# - '%s %r' % (a, b) with only %s/%r/%a units is compiled as an f-string
#   (CPython's optimize_format): each item is formatted right after it is
#   evaluated;
# - % takes anything subscriptable by key (not a tuple or str) as its
#   mapping: "abc" % [] is "abc";
# - ** and dict()/update() look `keys` up as any attribute (__getattr__
#   included), dict() and update() twice;
# - min, max and sum iterate without asking a length; chr() of a number
#   beyond a C int is OverflowError.
a, b = "x", [1, 'q']
print("%s-%r-%a" % (a, b, "é"))
print("[%5s|%-5s|%.2s|%-6.3r|%05s]" % (a, a, "abcdef", "abcdef", a))
print("100%% %s" % (a,), "%s" % (a,) is a)
print("%d %s" % (3, a), "%(k)s" % {"k": 1})
class Loud:
    def __init__(self, n): self.n = n
    def __str__(self):
        print("str", self.n); return "L%d" % self.n
def val(n):
    print("eval", n); return Loud(n)
print("%s and %s" % (val(1), val(2)))
print("%s %s" % (val(3), val(4), ) if False else "skip")
try:
    print("%s %s" % (val(5),))
except TypeError as e: print(e)
try:
    print("%s" % (val(6), val(7)))
except TypeError as e: print(e)
t = "%s" % ((1, 2),)
print(t)
class G:
    def __getitem__(self, k): return "g"
for v in [[1], {}, G(), (1,), 5, "s", b"b", range(2), bytearray(b"x")]:
    try: print(repr("abc" % v))
    except TypeError as e: print("TypeError", e)
print("%(a)s" % G())
class A:
    def __getattr__(self, name):
        print("getattr", name)
        if name == "keys":
            return lambda: ["k"]
        raise AttributeError(name)
    def __getitem__(self, k): return k * 2
print({**A()}, dict(A()), {}.update(A()))
class B:
    def __getattr__(self, name):
        print("getattr", name)
        raise AttributeError(name)
try: {**B()}
except TypeError as e: print(e)
def f(**kw): return kw
try: f(**B())
except TypeError as e: print(e)
try: dict(B())
except TypeError as e: print(e)
class M:
    def keys(self): return ["a"]
    def __getitem__(self, k): return 1
try: f(a=2, **M())
except TypeError as e: print(e)
print(f(**M()), dict([(1, 2)]), {**{1: 2}})
try: {**5}
except TypeError as e: print(e)
for v in [2**70, -1, 2**31, 0x110000, -2**70]:
    try: chr(v)
    except Exception as e: print(type(e).__name__, e)
class S:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
    def __len__(self):
        print("len asked")
        return 3
print(min(S()), max(S()), sum(S()), sorted(S()))

# An update element's own error passes through; only a TypeError becomes
# "cannot convert"; bytes % takes a range or list as its mapping too.
class Bad:
    def __iter__(self):
        raise IndexError("own")
for arg in [[("ab")], [Bad()], [5]]:
    try:
        d = {}
        d |= arg
        print(d)
    except Exception as e:
        print(type(e).__name__, e)
print(b"" % range(2, 1), b"x" % [], b"%(a)s" % {b"a": b"v"})
try:
    b"x" % b"y"
except TypeError as e:
    print(e)
