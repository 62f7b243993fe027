"""Pairs of local loads and stores that the compiler fuses (CPython's
superinstructions): results, errors reported at the right instruction,
jumps into the middle of a pair, and a finalizer run by the store."""
import sys
import traceback


def arith(a, b):
    c = a * b + a - b
    d = c; e = d
    return c, d + 1, e * 2, a / 2


print(arith(3, 4))


def unbound_second(flag):
    if flag:
        y = 1
    x = 2
    return x + y


def unbound_first(flag):
    if flag:
        x = 1
    y = 2
    return x + y


for f in (unbound_second, unbound_first):
    try:
        f(False)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
        entry = traceback.format_tb(e.__traceback__)[-1]
        print(entry.split("\n", 1)[1], end="")


def store_then_load(n):
    total = 0
    i = 0
    while i < n:
        t = i; total = total + t
        i = i + 1
    return total


print(store_then_load(10))


class D:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        try:
            caller = sys._getframe(1)
        except ValueError:  # (marksweep: at exit, from no frame)
            print("del", self.tag, "with no caller")
            return
        print("del", self.tag, "while", caller.f_code.co_name, "is at line",
              caller.f_lineno - caller.f_code.co_firstlineno)


def replace_local():
    x = D("old")
    y = 5
    x = D("new"); z = y
    print("z", z)
    return x


r = replace_local()
del r


def loop_join(seq):
    out = []
    for a in seq:
        b = a
        out.append(b if b else a)
    return out


print(loop_join([1, 0, 2]))


def gen(n):
    i = 0
    while i < n:
        j = i; yield j
        i = i + 1


print(list(gen(4)))


def const_loads(x):
    return x + 1, x * 2.5, x - -3, x < 10


print(const_loads(4))
