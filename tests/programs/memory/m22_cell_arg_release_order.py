# A frame's slots are released in CPython's localsplus order: a parameter
# captured by an inner function is a cell in its own parameter slot, so it
# goes before the ordinary locals; other cells go after them.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def f(a):
    inner = lambda: a
    d = D("d")


f(D("a"))
print("--")


def g(a, b):
    inner = lambda: b
    c = D("c")


g(D("a"), D("b"))
print("--")


def h(a):
    x = D("x")
    y = D("y")

    def inner():
        return a, y

    z = D("z")


h(D("a"))
print("--")


def k(a, b):
    c = D("c")

    def inner():
        return c

    return inner


fn = k(D("a"), D("b"))
print("closure keeps c")
del fn
print("end")
