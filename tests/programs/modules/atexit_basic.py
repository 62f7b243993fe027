import atexit, sys
class D:
    def __del__(self): print("del D (global)")
d = D()
def bye(name, punct="!"):
    print("bye", name + punct, "d still here:", d is not None)
def boom():
    raise ValueError("in exit")
atexit.register(bye, "first")
atexit.register(boom)
@atexit.register
def last():
    print("registered last, runs first")
atexit.register(bye, "kw", punct="?")
atexit.register(print, "to be removed")
atexit.unregister(print)
print(atexit._ncallbacks() >= 4)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
print("main done")
if len(sys.argv) > 1:
    raise SystemExit(3)
