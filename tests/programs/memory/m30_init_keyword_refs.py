# type.__call__ calling __init__ with keywords unpacks the arguments with the
# instance first (slot_tp_init, _PyStack_UnpackDict): one more reference to
# each, self included, until __init__ returns.
import sys
class A:
    def __init__(self, a, b=0, **kw):
        print(sys.getrefcount(self), sys.getrefcount(a), sys.getrefcount(b))
x, y = object(), object()
A(x, b=y)
A(x, y)
A(x, b=y, c=1)
class D:
    def __del__(self): print("del D")
class B:
    def __init__(self, d, **kw):
        pass
B(D(), k=1)
print("after")
B(d=D())
print("end")
