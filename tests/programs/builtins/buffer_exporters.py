# array.array and memoryview export their bytes: bytes(), bytearray(),
# concatenation, join and memoryview itself take them as bytes-like.
from array import array

a = array('h', [1, -2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.readonly, len(m), m.tolist())
print(bytes(m), m.tobytes(), m[::-1].tolist(), m[1:].tobytes())
print(bytes(a), bytearray(a), bytes(array('I', [1, 2])))
print(b"x" + a, bytearray(b"y") + a, b"-".join([array('B', [65, 66]), b"C", m[:1]]))
ba = bytearray(b"z")
ba += a
print(ba)

# A view of an array writes through to it.
m[0] = 100
print(a)
m[1:3] = array('h', [7, 8])
print(a, m.tolist())
print(m == a, m == array('h', [100, 7, 8]), m == [100, 7, 8])
print(memoryview(array('B', [1, 2])) == b"\x01\x02")
for bad in (10**6, "s", 1.5):
    try:
        m[0] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    hash(m)
except ValueError as e:
    print(e)
try:
    m[5]
except IndexError as e:
    print(e)
print(memoryview(array('d', [1.5, -0.25])).tolist())
print(list(memoryview(array('b', [-1, 5]))))
print(int.from_bytes(array('B', [1, 2]), 'big'))

# Byte views keep working as before.
b = bytearray(b"abc")
v = memoryview(b)
v[0] = ord("X")
print(b, v.readonly, v.format, v.itemsize, bytes(v[1:]))
print(memoryview(b"abc") == b"abc", b"ab" == memoryview(b"xab")[1:])
try:
    b"q" + [1]
except TypeError as e:
    print(e)
m = memoryview(bytearray(range(8)))
print(m.cast("I").tolist(), m.cast("h").format, m.cast("@H").itemsize, m.cast("d").nbytes, len(m.cast("q")))
try: memoryview(b"abc").cast("I")
except TypeError as e: print(e)
print(m.cast("B").tolist()[:3], m.cast("c")[0])
