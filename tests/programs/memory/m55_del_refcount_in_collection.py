# A finalizer run by a collection sees the reference count CPython's
# finalize_garbage leaves (one INCREF held around the call); one run when
# the count reaches zero sees the temporary count of 1 that
# PyObject_CallFinalizerFromDealloc gives.
import gc, sys
gc.disable()
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print(self.name, sys.getrefcount(self))
d = D("cycle"); d.me = d
del d
print("collect")
gc.collect()
d = D("plain")
del d
a = D("pair a"); b = D("pair b"); a.other = b; b.other = a
del a, b
gc.collect()
# bytes.ljust/rjust/center/zfill with nothing to pad return the object
# itself (stringlib's return_self); a bytearray gets a copy.
b = b"abc"
print(b.ljust(2) is b, b.rjust(3) is b, b.center(1) is b, b.zfill(0) is b)
print(b.ljust(4) is b, b.zfill(4))
ba = bytearray(b"xy")
print(ba.ljust(1) is ba, ba.ljust(1) == ba, ba.zfill(2))
