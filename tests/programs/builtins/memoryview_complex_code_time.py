b = bytearray(b"hello")
m = memoryview(b)
print(m[0], m[1:3].tobytes(), len(m), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape)
m[0] = 72
print(b, bytes(m), m.tolist(), m.hex(), m[::-1].tobytes(), m[-1])
m[1:3] = b"EL"
print(b, list(m[::2]))
with memoryview(b"abc") as mm:
    print(mm.readonly, mm == b"abc", mm[1], hash(mm) == hash(b"abc"))

try:
    mm[0]
except ValueError as e:
    print(e)
r = memoryview(b"xyz")
try:
    r[0] = 1
except TypeError as e:
    print(e)
print(type(m).__name__, isinstance(m, memoryview), m.obj is b)
print(memoryview(b"ab") == memoryview(bytearray(b"ab")))
print((-8) ** (1/3), (-2) ** 0.5, format(1+2j, ".2f"), f"{3-4j:>10}|{1j:<6}|{2+0j}|{1.5-2.25j:.1e}")
print("Straße".casefold(), "²".isdigit(), "²".isdecimal(), "①".isdigit(), "ΣΊΣΥΦΟΣ".casefold())
def f(a, b, *c, d=1, **e):
    x = 1
    def g(): return x
    return g
print(f.__code__.co_argcount, f.__code__.co_varnames, f.__code__.co_name, f.__code__.co_kwonlyargcount, f.__code__.co_cellvars, f(1,2).__code__.co_freevars, hex(f.__code__.co_flags))
import time
t = time.gmtime(86400 * 365 + 3661)
print(t, t.tm_year, t[0], time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t), time.mktime(t), time.asctime(t))
print(time.strptime("2024-03-05 14:30", "%Y-%m-%d %H:%M")[:6], time.gmtime(0).tm_wday)
