# A function's __code__ can be replaced by another code object with as
# many free variables; the function keeps its own name, defaults and
# globals.
def f(a, b=2):
    return ("f", a, b)


def g(a, b=3):
    return ("g", a, b)


print(f(1), f.__name__, f.__defaults__)
f.__code__ = g.__code__
print(f(1), f.__name__, f.__code__ is g.__code__, f.__code__.co_name)


def outer():
    x = 10

    def inner():
        return x
    return inner


def outer2():
    y = 20

    def inner2():
        return ("inner2", y)
    return inner2


i, j = outer(), outer2()
i.__code__ = j.__code__
print(i())
for bad in (5, None):
    try:
        f.__code__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f.__code__ = i.__code__
except ValueError as e:
    print(e)
try:
    del f.__code__
except TypeError as e:
    print(e)


def gen():
    yield 1


def h():
    return 0


h.__code__ = gen.__code__
print(type(h()).__name__, list(h()))
