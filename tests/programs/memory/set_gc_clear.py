# A cycle through a set, whose other member's finalizer looks at the set
# after the cycle collector cleared it: an empty set that still works
# (CPython's set_clear). Plain reference counting never collects it.
import gc


class Holder:
    def __del__(self):
        print("holder sees", type(self.s).__name__, len(self.s), sorted(self.s, key=str) if self.s else [])
        self.s.add("again")
        print("after add", len(self.s), "again" in self.s)


gc.collect()
h = Holder()
cyc = {1, 2, 3}
h.s = cyc
box = [h, cyc]
h.loop = box
del h, cyc, box
print("collected", gc.collect() > 0)

print("done")
