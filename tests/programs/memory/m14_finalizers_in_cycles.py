# Item 14: finalizers of cyclic garbage run once, in a collection, before
# the cycle is broken; resurrection keeps an object, whose finalizer never
# runs again; gc.garbage stays empty unless DEBUG_SAVEALL.
# corpus: skip-stress
import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name, "(a nested gc.collect() returns", str(gc.collect()) + ")")


gc.collect()
x = D("x"); y = D("y"); x.o = y; y.o = x
del x, y
print("pair with __del__:", gc.collect())
print("again:", gc.collect())
print("gc.garbage:", gc.garbage)

saved = []


class R:
    def __del__(self):
        print("  resurrecting")
        saved.append(self)


r = R(); r.me = r
del r
print("resurrected:", gc.collect(), "finalized:", [gc.is_finalized(o) for o in saved])
if saved:
    r = saved.pop()
    print("held again:", gc.collect())
    del r
    print("dropped for good:", gc.collect(), "(no __del__ this time)")

c = R()
c.me = c
gc.set_debug(gc.DEBUG_SAVEALL)


class A:
    pass


a = A(); b = A(); a.b = b; b.a = a
del a, b
print("DEBUG_SAVEALL:", gc.collect(), [type(o).__name__ for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
print("garbage cleared, collected for real:", gc.collect())
saved.clear()
del c
print("a resurrecting object in SAVEALL-free mode:", gc.collect(), len(saved))
