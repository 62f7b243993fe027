# CPython 3.11 allocates some objects statically and starts their counts
# at 999999999 (_PyObject_IMMORTAL_INIT): the small ints, (), "", b"",
# one-byte bytes and one-character Latin-1 strings. sys.getrefcount shows
# it; ints computed outside -5..256 are ordinary objects.
import sys

print(sys.getrefcount(1) > 10**8, sys.getrefcount(-5) > 10**8, sys.getrefcount(256) > 10**8)
print(sys.getrefcount(()) > 10**8, sys.getrefcount("") > 10**8, sys.getrefcount(b"") > 10**8)
print(sys.getrefcount("a") > 10**8, sys.getrefcount(chr(200)) > 10**8, sys.getrefcount(b"x") > 10**8)
n = 250
print(sys.getrefcount(n + 6) > 10**8, sys.getrefcount(n + 7) < 100, sys.getrefcount(-n - 10) < 100)
s = "ab"
print(sys.getrefcount(s[0]) > 10**8, sys.getrefcount(s + "c") < 100)
x = 5
y = 5
print(x is y, sys.getrefcount(x) == sys.getrefcount(y))
