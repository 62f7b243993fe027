import asyncio

async def worker(name, n, delay):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    print(f"{name} done")
    return name.upper() * n

async def zero(name):
    for i in range(3):
        print(name, "tick", i)
        await asyncio.sleep(0)
    return name

async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

def cb(fut):
    print("done callback:", fut.get_name(), fut.result() if not fut.cancelled() else "cancelled")

async def main():
    print("main start", asyncio.current_task().get_name())
    t1 = asyncio.create_task(zero("a"))
    t2 = asyncio.create_task(zero("b"), name="bee")
    t2.add_done_callback(cb)
    print(t1.done(), t2.get_name())
    await asyncio.sleep(0)
    print("after one sleep(0)")
    r = await t1
    print("t1 result", r, t1.done(), t1.result())
    await t2
    res = await asyncio.gather(zero("x"), zero("y"), worker("w", 2, 0.01))
    print("gather:", res)
    res = await asyncio.gather(fail("bad"), zero("z"), asyncio.sleep(0.005, "slept"), return_exceptions=True)
    print("gather exc:", [repr(x) for x in res])
    try:
        await asyncio.gather(zero("p"), fail("boom"))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.01)
    print(await asyncio.gather())
    # call_soon / call_later ordering
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, print, "later 0.02")
    loop.call_later(0.01, print, "later 0.01")
    loop.call_soon(print, "soon 1")
    loop.call_soon(print, "soon 2")
    h = loop.call_soon(print, "never")
    h.cancel()
    loop.call_later(0.03, fut.set_result, "fut value")
    print("awaiting fut", fut.done())
    print("fut ->", await fut, repr(fut))
    f2 = loop.create_future()
    print(repr(f2))
    f2.set_exception(KeyError("k"))
    print(repr(f2), repr(f2.exception()))
    try:
        f2.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f3 = loop.create_future()
    try:
        f3.result()
    except asyncio.InvalidStateError as e:
        print("not ready:", e)
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(cb))
    c = zero("q")
    print(asyncio.iscoroutine(c))
    c.close()
    print(len(asyncio.all_tasks()))
    t = asyncio.create_task(worker("bg", 1, 0.01))
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    await t
    # as_completed with tasks
    ts = [asyncio.create_task(asyncio.sleep(d, r)) for d, r in [(0.03, "slow"), (0.01, "fast"), (0.02, "mid")]]
    for coro in asyncio.as_completed(ts):
        print("as_completed:", await coro)
    return "main result"

print(asyncio.run(main()))
try:
    asyncio.run(zero)
except ValueError as e:
    print("ValueError", e.__class__.__name__)
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(zero("rc")))
loop.call_soon(print, "in run_forever")
loop.call_later(0.01, loop.stop)
loop.run_forever()
print("stopped")
t = loop.create_task(zero("named"))
print(t.get_name())
loop.run_until_complete(t)
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print, 1)
except RuntimeError as e:
    print("closed:", e)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
