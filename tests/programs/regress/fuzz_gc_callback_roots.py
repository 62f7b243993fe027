# Found by the `run` fuzz target: gc.callbacks were called with the list
# rooted but not held (--verify-heap counted one reference too many when a
# callback looped) and each callback borrowed from the list, so a callback
# that cleared the list ran after its last reference was gone.
import gc

seen = []


def looping(phase, info):
    for i in range(3):
        pass
    seen.append(("looping", phase))


def clearing(phase, info):
    seen.append(("clearing", phase))
    gc.callbacks.clear()
    for i in range(3):
        pass
    seen.append(("still running", phase))


gc.callbacks.append(looping)
gc.callbacks.append(clearing)
del looping, clearing
gc.collect()
print(seen)
print(len(gc.callbacks))


def rebinding(phase, info):
    gc.callbacks[:] = [lambda p, i: seen.append(("lambda", p))]


gc.callbacks.append(rebinding)
seen.clear()
gc.collect()
gc.collect()
print(seen)
gc.callbacks.clear()
