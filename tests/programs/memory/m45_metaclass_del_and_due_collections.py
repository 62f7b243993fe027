# A class whose metaclass defines __del__ is finalized when the cycle
# collector frees it (every class sits in a cycle through its __mro__);
# a collection that comes due runs before the next call, native ones too.
import gc


class Meta(type):
    def __del__(cls):
        print("Meta.__del__", cls.__name__)


class A(metaclass=Meta):
    pass


class B(A):
    pass


print(type(B).__name__)
del A, B
print("collected:", gc.collect() > 0)
T = Meta("T", (), {})
T = None
gc.collect()


class N:
    def __del__(self):
        print("N collected")


gc.collect()
gc.disable()
x = N()
x.me = x
del x
gc.enable()
gc.set_threshold(1)
junk = [[] for _ in range(3)]
len(junk)  # a native call: the due collection runs first
print("after the call")
gc.set_threshold(700)
print("end")
