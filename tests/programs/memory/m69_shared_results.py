# Operations whose result is an object CPython already has: a str formatted
# whole (format, str.format's last field, a lone %s), an exact number's own
# __float__/__complex__/__abs__, a % b when |a| < |b| by CPython's 30-bit
# digits, gcd(n), code objects' names; and those that make a new one
# (sum's fast paths, bytes(memoryview)).
import math, os.path
def f(a, b): c = 1; return c
co = f.__code__
print("co_name", co.co_name is co.co_name)
print("co_filename", co.co_filename is co.co_filename)
print("co_qualname", co.co_qualname is co.co_qualname)
print("co_varnames", co.co_varnames is co.co_varnames)
print("co_consts", co.co_consts is co.co_consts)
print("co_names", co.co_names is co.co_names)
print("str(True)", str(True) is str(True), repr(False) is repr(False))
x = 1.5
print("__float__", x.__float__() is x, float(x) is x)
z = 1+2j
print("__complex__", z.__complex__() is z if hasattr(z, '__complex__') else 'na', complex(z) is z)
n = 12345
print("x % big", n % 10**20 is n, divmod(n, 10**20)[1] is n)
print("gcd", math.gcd(n) is n, math.gcd(n, 0) is n)
print("sum", sum([], n) is n, sum([0], n) is n)
s = "hello world"
print("format s", format(s, "s") is s, format(s) is s, format(s, "") is s)
print("str.format", "{a}".format(a=s) is s, "{}".format(s) is s, "{0}".format(s) is s)
print("percent", "%s" % s is s, "%.5s" % s is s, "%.20s" % s is s)
print("fstring", f"{s:s}" is s, f"{s}" is s, f"{s!s}" is s)
b = b"bytes"
print("bytes(memoryview)", bytes(memoryview(b)) is b, bytes(b) is b)
p = "/a/b"
print("normpath", os.path.normpath(p) is p)
t = (1, 2)
print("tuple(t)", tuple(t) is t, t[:] is t, t * 1 is t)
print("int", int(n) is n, +n is n, n.__int__() is n, n.__index__() is n, round(n) is n, math.floor(n) is n, math.trunc(n) is n)
print("float", float(x) is x, +x is x, x.__round__() , round(x, None))
print("str", str(s) is s, s + "" is s, "" + s is s, s * 1 is s, s[:] is s, s.strip() is s, s.lower() is s, s.replace("z", "y") is s, s.ljust(3) is s, s.center(1) is s, s.zfill(1) is s, s.expandtabs() is s)
print("bytes ops", b[:] is b, b * 1 is b, b.strip() is b, b.replace(b"z", b"y") is b)
fs = frozenset([1])
print("frozenset", frozenset(fs) is fs, fs.copy() is fs, fs | frozenset() is fs)
print("min/max", min([n]) is n, max(n, 1) is n)
print("divmod", divmod(n, 1)[0] is n, n // 1 is n, n * 1 is n, n + 0 is n, n - 0 is n, n | 0 is n, n << 0 is n, n >> 0 is n, n ** 1 is n)
print("float ops", x * 1 is x, x + 0.0 is x, x.real is x, n.real is n, n.numerator is n, x.conjugate() is x, n.conjugate() is n)
print("str join", "".join([s]) is s, ",".join([s]) is s, s.join([""]) is s)
print("str split", s.split("z")[0] is s, s.partition("z")[0] is s, s.rsplit("z")[0] is s)
print("repr", repr(s) is s, ascii("a") is ascii("a"))
print("slices", s[0:len(s)] is s, s[::1] is s, t[::1] is t, b[::1] is b)
import sys, math
def longer_name(a, b):
    x = len(a)
    return x
class K:
    def method(self): return print
co = longer_name.__code__
print(co.co_name is co.co_name, co.co_name is longer_name.__name__)
print(co.co_qualname is longer_name.__qualname__, K.method.__qualname__ is K.method.__code__.co_qualname)
print(co.co_varnames is co.co_varnames, co.co_varnames)
print(co.co_filename is K.method.__code__.co_filename)
big = 2**40
print(big % 2**70 is big, (-big) % (-2**70) is -big, (-big) % 2**70 is -big, big % (2**40 + 1) is big, big % 7 is big)
print(divmod(big, 2**70)[1] is big, divmod(big, 2**70)[0])
a31 = 2**31; b32 = 2**32
print(a31 % b32 is a31, b32 % (b32 + 1) is b32, (b32 + 1) % b32)
print(math.gcd(big) is big, math.gcd(-big) == big, math.gcd() , math.gcd(big, 0) is big)
print(sum([], big) is big, sum([], 2**70) is 2**70, sum([], 1.5), sum((), 10**30) == 10**30)
z = 10**30
print(sum([], z) is z)
f = 2.5
print(f.__float__() is f, f.__abs__() is f, big.__abs__() is big, (-big).__abs__() == big)
c = 1j
print(c.__complex__() is c)
class S(str): pass
t = S("sub")
print(format(t, "s") is t, "%s" % t is t, "{}".format(t) is t)
s = 'hello world'
print('%s%s' % (s, '') is s, '%s%s' % ('', s) is s, '%3s' % s is s, '%-3s' % s is s, 'x%s' % s is s, '%r' % s is s, '%s' % (s,) is s, '%(a)s' % {'a': s} is s)
print('{}{}'.format(s, '') is s, '{}{}'.format('', s) is s, '{:3}'.format(s) is s, '{!s}'.format(s) is s, '{:<3}'.format(s) is s, '{0.real}'.format(5) , '{}'.format(s) is s)
print(f'{s}{""}' is s, f'{s:3}' is s, f'{s!s}' is s, f'{s:{""}}' is s, format(s, '3') is s, format(s, '<3s') is s, format(s, '.11') is s, format(s, '.10') is s)
e = ''
print(f'{e}{s}' is s, '{}{}'.format(e, s) is s, '%s%s' % (e, s) is s)
