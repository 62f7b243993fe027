# frame.clear() on a suspended generator's frame closes the generator, as
# CPython 3.11's frame_clear does (_PyGen_Finalize): its finally block
# runs and what its frame held is released.
import gc

class D:
    def __del__(self):
        print("local released")


def gen():
    local = D()  # noqa: F841
    try:
        yield 1
        yield 2
    finally:
        print("finally")


g = gen()
next(g)
g.gi_frame.clear()
gc.collect()  # (marksweep frees the local here)
print("cleared; gi_frame is", g.gi_frame)
print(list(g))


def running():
    import sys
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("RuntimeError:", e)


running()
