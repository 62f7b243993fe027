# coro.__await__() returns a coroutine_wrapper: an iterator that passes
# send/throw/close straight to the coroutine.
import types


@types.coroutine
def suspend(tag):
    got = yield tag
    return got


async def worker(n):
    total = 0
    for i in range(n):
        total += await suspend(i)
    return total


c = worker(3)
w = c.__await__()
print(type(w).__name__)
print(iter(w) is w)
print(next(w))
print(w.send(10))
print(w.send(20))
try:
    w.send(30)
except StopIteration as e:
    print("returned", e.value)
try:
    w.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


# A user awaitable delegating to a coroutine's wrapper.
class Deferred:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def outer():
    r = await Deferred(worker(2))
    return r * 2


o = outer()
print(o.send(None))
print(o.send(5))
try:
    o.send(6)
except StopIteration as e:
    print("outer returned", e.value)

# throw and close go to the coroutine.
async def guarded():
    try:
        await suspend("a")
    except ValueError as e:
        print("caught", e)
        await suspend("b")
    finally:
        print("finally")


w = guarded().__await__()
print(w.send(None))
print(w.throw(ValueError("boom")))
w.close()
print("closed")

# A wrapper cannot itself be awaited.
async def bad():
    await worker(1).__await__()


b = bad()
try:
    b.send(None)
except TypeError as e:
    print("TypeError:", e)

# yield from a wrapper inside a plain generator.
def gen():
    result = yield from worker(2).__await__()
    print("gen got", result)


g = gen()
print(next(g))
print(g.send(1))
try:
    g.send(2)
except StopIteration:
    print("gen done")
print(type(worker(0).__await__()).__name__ == "coroutine_wrapper")
