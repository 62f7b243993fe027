# Found by the `run` fuzz target: at shutdown the main module's globals were
# released one by one with the rest held only by a Rust vector, so a weakref
# callback that reached a safepoint (a loop) saw them unrooted
# (--stress-gc --verify-heap counted references it could not find).
import gc, weakref

S = {1, 2, 'x'}
KEEP = []
NAMES = ["a", "b"]


def _cb(r):
    for _i in range(3):
        pass
    print("callback", len(KEEP), NAMES)
    undefined_name()


KEEP.append(weakref.ref(S, _cb))
print('end')
