# copy.deepcopy memoizes every copy (a __deepcopy__'s too) and keeps the
# originals alive in the memo; templates without fields, one-byte bytes
# from buffers; gc.get_referents of a few kinds; an unraisable error with
# no traceback of its own gets the running frame's.
import copy
import gc
import sys
import weakref


class D:
    def __deepcopy__(self, memo):
        print("__deepcopy__ sees", len(memo), "memo entries")
        return D()


d = D()
c = copy.deepcopy([d, d])
print("shared copy stays shared:", c[0] is c[1])
memo = {}
copy.deepcopy(d, memo)
print(len(memo), id(d) in memo, memo[id(memo)] == [d])


class Plain:
    def __init__(self):
        self.items = [1, 2]


memo = {}
p = Plain()
q = copy.deepcopy(p, memo)
print(len(memo), memo[id(p)] is q, len(memo[id(memo)]))
print("atomic not memoized:", copy.deepcopy(5, memo) == 5, len(memo))

s = "hello world"
print(s.format() is s, s.format_map({}) is s, "{}".format(s) is s)
print("a{}".format(s) is s, "{{x}}".format() == "{x}")


class S(str):
    pass


t = S("plain")
print(type(t.format()).__name__, t.format() is t)

one = b"x"
print(bytes(bytearray(b"x")) is one, bytes(memoryview(one)) is one)
print(bytes((120,)) is one, bytes([120]) is one, bytes(iter([120])) is one)
empty = b""
print(bytes(1) is bytes(1), bytes(one) is one, bytes(bytearray()) is empty)


class P:
    pass


pobj = P()
try:
    hash(weakref.proxy(pobj))
except TypeError as e:
    print(e)


def names(objs):
    return [type(o).__name__ for o in objs]


print(names(gc.get_referents(map(str, [1]))))
print(names(gc.get_referents(type)), names(gc.get_referents(int)))
print(names(gc.get_referents(sys.modules[__name__])))


def hook(u):
    tb = u.exc_traceback
    print(type(u.exc_value).__name__, tb is not None, tb is u.exc_value.__traceback__)
    if tb is not None:
        print("  in", tb.tb_frame.f_code.co_name, "line", tb.tb_lineno)


sys.unraisablehook = hook


def gen():
    try:
        yield 1
    finally:
        yield 2


def drop():
    g = gen()
    next(g)
    del g


drop()


class MemoDict(dict):
    pass


memo = MemoDict()
print(copy.deepcopy([1, [2]], memo) == [1, [2]], len(memo))
