# corpus: skip-stress (a stress collection at every safepoint takes the young objects first)
# An automatic collection runs inside the allocation that makes it due,
# in CPython: the name about to be rebound still holds its old object, so
# each collection of a loop making one self-cycle per iteration collects
# 49 of the 50 young objects (the 50th is still bound). ouro runs the
# collection right after the allocating instruction, before the store.
# (The first collection also counts start-up allocations, so it is left
# out.)
import gc

gc.collect()
collected = []


def cb(phase, info):
    if phase == "stop":
        collected.append((info["generation"], info["collected"]))


class N:
    pass


gc.set_threshold(50, 5, 5)
gc.callbacks.append(cb)
for i in range(300):
    n = N()
    n.n = n
del n
gc.callbacks.remove(cb)
print("instances", collected[1:])

gc.set_threshold(700, 10, 10)
