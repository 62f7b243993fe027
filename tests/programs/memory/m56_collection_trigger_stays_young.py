# An automatic collection runs inside the allocation that makes it due,
# before the new object is tracked: that object (and what follows it) stays
# in generation 0, the ones before it move to generation 1.
# corpus: skip-stress (a stress collection at every safepoint promotes what this counts)
import gc
class A: pass
class C:
    def __init__(self): self.me = self
ev = []
def cb(phase, info):
    if phase == "start":
        ev.append((len(objs), info["generation"]))
for cls in (A, C, A):
    gc.collect()
    objs = []
    ev.clear()
    gc.callbacks.append(cb)
    gc.set_threshold(5, 100, 100)
    for i in range(12):
        objs.append(cls())
    gc.set_threshold(700, 10, 10)
    gc.callbacks.remove(cb)
    g0 = set(id(o) for o in gc.get_objects(0))
    print(cls.__name__, ev, "".join("0" if id(o) in g0 else "1" for o in objs))

# Self-cycles with finalizers: each collection finds the ones made since
# the last, not the one whose allocation started it.
class D:
    def __init__(self, n): self.n = n; self.me = self
    def __del__(self): log.append((current[0], self.n))
log = []
current = [0]
gc.collect()
gc.set_threshold(20, 10, 10)
for i in range(60):
    current[0] = i
    D(i)
gc.set_threshold(700, 10, 10)
print(log)
gc.collect()
print(log[-3:])
