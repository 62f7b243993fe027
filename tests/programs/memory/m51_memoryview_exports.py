# Views of one object share one reference to it (CPython's managed
# buffer): a slice or a view of a view adds none, and the object loses it
# when the last view is released or dies.
import gc
import sys
import weakref

b = bytearray(b"hello")
print(sys.getrefcount(b))
m = memoryview(b)
print(sys.getrefcount(b))
m.release()
print(sys.getrefcount(b), repr(m).startswith("<released memory at"))
with memoryview(b) as m2:
    print(sys.getrefcount(b), m2[0])
print(sys.getrefcount(b))
m3 = memoryview(b)
m4 = m3[1:]
m5 = memoryview(m4)
print(sys.getrefcount(b), bytes(m5), m4.obj is b)
del m3
print(sys.getrefcount(b))
m4.release()
print(sys.getrefcount(b), bytes(m5))
del m5
print(sys.getrefcount(b))
m6 = memoryview(b)
r = weakref.ref(m6)
print(r() is m6)
del m6
gc.collect()  # (marksweep frees the view only at a collection)
print(r(), sys.getrefcount(b))
try:
    m.tolist()
except ValueError as e:
    print("ValueError:", e)
