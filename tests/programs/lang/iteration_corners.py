# A dict whose keys are replaced during iteration (same size) is an error;
# the length hint counts what is left; an exception thrown into a
# generator is not chained to the caller's handled exception; next() on a
# coroutine's __await__ iterator carries the return value.
d = {1: 1}
try:
    for k in d:
        del d[k]
        d[k + 1] = 1
except RuntimeError as e:
    print(e, d)
d = {1: 1, 2: 2}
try:
    for k in d:
        d.pop(k)
        d[k + 10] = 0
except RuntimeError as e:
    print(e, d)
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(e)
for k in {1: 1, 2: 2}:
    pass
d = {1: 1, 2: 2}
for k in d:
    d[k] = 5
print(d)


def g():
    yield 1


try:
    raise TypeError("ctx")
except TypeError:
    it = g()
    next(it)
    try:
        it.throw(ValueError("thrown"))
    except ValueError as e:
        print(repr(e), repr(e.__context__))


def g2():
    try:
        yield 1
    except KeyError:
        raise ValueError("inner")


try:
    raise TypeError("ctx")
except TypeError:
    it = g2()
    next(it)
    try:
        it.throw(KeyError("k"))
    except ValueError as e:
        print(repr(e.__context__), repr(e.__context__.__context__))


def g3():
    try:
        yield 1
    except KeyError:
        yield 2


try:
    raise TypeError("ctx")
except TypeError:
    it = g3()
    next(it)
    print(it.throw(KeyError("k")))
    try:
        raise IndexError("after")
    except IndexError as e:
        print(repr(e.__context__))


async def f():
    return 5


try:
    next(f().__await__())
except StopIteration as e:
    print("await next", e.value)
w = f().__await__()
try:
    w.send(None)
except StopIteration as e:
    print("await send", e.value)
