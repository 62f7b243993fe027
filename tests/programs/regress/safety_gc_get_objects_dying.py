# gc.get_objects() called from a __del__ that runs while a container is being
# deallocated (count 0, cleared, block not yet freed) hands out a new
# reference to the dying object; its block is then freed anyway.
import gc
class Holder:
    pass
class Other:
    pass
class D:
    def __del__(self):
        global got
        got = [o for o in gc.get_objects() if type(o) is Holder]
def f():
    h = Holder()
    h.d = D()
f()                                   # h dies -> its dict dies -> D.__del__
keep = [Other() for i in range(100)]  # reuse the freed block
print(len(got), type(got[0]).__name__ if got else None)
