# weakref.finalize: the live finalizers marked atexit run at exit, newest
# first, before the program's objects are torn down; one whose atexit is
# False never runs; none runs after that.
import weakref


class A:
    pass


keep = []
for i in range(3):
    a = A()
    keep.append(a)
    f = weakref.finalize(a, print, "finalizer", i)
    print(i, f.alive, f.atexit)
f.atexit = False
print(f.atexit, f.peek()[1:])
b = A()
g = weakref.finalize(b, print, "runs now")
del b
print(g.alive, g.atexit)
h = weakref.finalize(keep[0], print, "detached")
obj, func, args, kwargs = h.detach()
print(obj is keep[0], args, kwargs, h.alive, h.detach())
print("end of program")
