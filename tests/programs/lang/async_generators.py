import gc
import types

class Sleep:
    """An awaitable that yields to the 'event loop' once."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ("sleep", self.tag)
        return got

def run(coro):
    """A tiny event loop: answers every yielded request with its tag * 10."""
    trace = []
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            trace.append(("done", e.value))
            return trace
        trace.append(req)
        value = req[1] * 10

async def ticker(n):
    for i in range(n):
        got = await Sleep(i)
        yield (i, got)

async def main():
    out = []
    async for item in ticker(3):
        out.append(item)
    return out

print(run(main()))

# asend / athrow / aclose driven by hand
async def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append(("caught", str(e)))
    finally:
        print("echo finally", received)

g = echo()
print(type(g).__name__, isinstance(g, types.AsyncGeneratorType))
a = g.__anext__()
print(type(a).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    g.asend("hello").send(None)
except StopIteration as e:
    print("asend", e.value)
try:
    g.athrow(ValueError, ValueError("boom")).send(None)
except StopIteration as e:
    print("athrow", e.value)
try:
    g.aclose().send(None)
except StopIteration as e:
    print("aclose stop", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")

# reusing an awaitable
async def one():
    yield 1
g = one()
a = g.__anext__()
try:
    a.send(None)
except StopIteration as e:
    print("got", e.value)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# return inside async gen -> StopAsyncIteration
async def short():
    yield 1
    return
g = short()
async def drain(g):
    res = []
    async for x in g:
        res.append(x)
    return res
print(run(drain(g)))

# async comprehensions
async def comps():
    a = [x async for x in ticker(2)]
    b = {x[0] async for x in ticker(3) if x[0] != 1}
    c = {x[0]: x[1] async for x in ticker(2)}
    d = [await Sleep(i) for i in range(2)]
    e = [y for x in [1, 2] async for y in ticker(x)]
    gen = (x async for x in ticker(2))
    f = [v async for v in gen]
    return a, sorted(b), c, d, e, f, type(gen).__name__
print(run(comps()))

# anext / aiter builtins
async def use_anext():
    it = aiter(ticker(1))
    first = await anext(it)
    dflt = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        pass
    return first, dflt
print(run(use_anext()))

# athrow that is not caught
async def plain():
    yield 1
    yield 2
g = plain()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("plain", e.value)
try:
    g.athrow(KeyError("k")).send(None)
except KeyError as e:
    print("KeyError propagated", e)
print(g.ag_running, g.ag_await, g.ag_code.co_name if hasattr(g.ag_code, "co_name") else "?")

# async generator ignoring GeneratorExit
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
try:
    g.__anext__().send(None)
except StopIteration:
    pass
try:
    g.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# StopAsyncIteration raised inside
async def bad():
    raise StopAsyncIteration
    yield
try:
    bad().__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# finalization of an unfinished async generator
async def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin finally")
g = fin()
try:
    g.__anext__().send(None)
except StopIteration:
    pass
del g
gc.collect()  # mark-and-sweep finalizes at a collection
print("after del")
print(repr(one()).split(" at ")[0])
