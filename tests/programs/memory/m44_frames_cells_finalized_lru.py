# A finished generator's frame forgets its caller; gc.is_finalized inside a
# __del__ reached by a count of zero; cells can be rebound; lru_cache's
# cache_clear releases each entry's key before its result.
import functools
import gc


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def gen():
    try:
        yield 1
    except ValueError:
        pass


def resume(g, v):
    local = D("resume's local")  # noqa: F841 (freed when resume returns)
    try:
        g.throw(v)
    except StopIteration:
        pass


e = ValueError()
g = gen()
next(g)
resume(g, e)
gc.collect()
print("f_back of the finished generator frame:", e.__traceback__.tb_frame.f_back)
del e, g


class F:
    def __del__(self):
        print("finalized while in __del__:", gc.is_finalized(self))
        global kept
        kept = self


F()
gc.collect()  # (marksweep finalizes here, as a collection: marked first)
print("after __del__:", gc.is_finalized(kept))
del kept


class Cyc:
    def __del__(self):
        print("a collection marks first:", gc.is_finalized(self))


c = Cyc()
c.me = c
del c
gc.collect()


def make():
    x = 1
    return lambda: x


f = make()
cell = f.__closure__[0]
cell.cell_contents = 2
print(f(), repr(cell).split(": ")[1].split(" at ")[0])
del cell.cell_contents
print(repr(cell).endswith(": empty>"))
try:
    f()
except NameError as err:
    print(err)
cell.cell_contents = D("in the cell")
del cell.cell_contents
gc.collect()
print("cell emptied")


@functools.lru_cache
def cached(d):
    return D("result")


cached(D("argument"))
cached(D("argument 2"))
print("clearing")
cached.cache_clear()
gc.collect()
print("cleared")
