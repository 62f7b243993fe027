# Coroutines: async def, await, async for, async with, driven by send()
# without an event loop, and their errors.

async def add(a, b):
    return a + b

async def fib(n):
    if n <= 1:
        return n
    return await fib(n - 1) + await fib(n - 2)

def run(coro):
    """Drive a coroutine that never really suspends."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(add(1, 2)))
print(run(fib(15)))

c = add(3, 4)
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_origin)
print(repr(c).startswith("<coroutine object add at 0x"))
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# a hand-written awaitable: a generator-based __await__ suspends the whole
# chain of coroutines up to the driver
class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return got

async def worker(name):
    total = 0
    for i in range(3):
        got = await Suspend("%s step %d" % (name, i))
        total += got
    return "%s total %d" % (name, total)

w = worker("w")
print(w.send(None))
print(w.cr_suspended, type(w.cr_await).__name__)
print(w.send(10))
print(w.send(20))
try:
    w.send(30)
except StopIteration as e:
    print(e.value)

# a tiny round-robin scheduler
def schedule(*coros):
    ready = list(coros)
    results = []
    while ready:
        coro = ready.pop(0)
        try:
            coro.send(1)if coro.cr_suspended else coro.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            ready.append(coro)
    return results
print(schedule(worker("a"), worker("b")))

# throw and close reach the innermost awaitable
async def guarded():
    try:
        await Suspend("waiting")
    except KeyError as e:
        print("guarded caught", repr(e))
        return "recovered"
    finally:
        print("guarded finally")
g = guarded()
g.send(None)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("returned", e.value)
g = guarded()
g.send(None)
g.close()
print("closed", g.cr_suspended)

# async with and async for
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        return self
    async def __aexit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return typ is ValueError

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    async with Resource("r1") as r:
        print("inside", r.name)
    async with Resource("r2"), Resource("r3"):
        raise ValueError("suppressed by r3? no, by r3's exit")
    try:
        async with Resource("r4"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    out = []
    async for i in Countdown(4):
        if i == 1:
            continue
        out.append(i)
    else:
        out.append("else")
    async for i in Countdown(10):
        if i < 8:
            break
        out.append(i)
    print(out)
    return "main done"

print(run(main()))

async def returns_from_with():
    async with Resource("r5"):
        return "from inside"
print(run(returns_from_with()))

# errors
async def awaits(x):
    return await x
for bad in [1, [], Suspend]:
    try:
        run(awaits(bad))
    except TypeError as e:
        print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 5
try:
    run(awaits(BadAwait()))
except TypeError as e:
    print("TypeError:", e)

async def not_a_manager():
    async with 5:
        pass
try:
    run(not_a_manager())
except TypeError as e:
    print("TypeError:", e)

async def not_async_iterable():
    async for x in [1, 2]:
        pass
try:
    run(not_async_iterable())
except TypeError as e:
    print("TypeError:", e)

try:
    for x in add(1, 2):
        pass
except TypeError as e:
    print("TypeError:", e)

def gen_awaiting():
    yield from add(1, 2)
try:
    list(gen_awaiting())
except TypeError as e:
    print("TypeError:", e)

async def leaks():
    raise StopIteration
try:
    run(leaks())
except RuntimeError as e:
    print("RuntimeError:", e)

async def awaiting_twice(c):
    return await c
inner = worker("x")
outer1 = awaiting_twice(inner)
outer1.send(None)
try:
    awaiting_twice(inner).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
outer1.close()
