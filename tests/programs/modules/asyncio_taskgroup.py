import asyncio

async def job(name, steps, fail_at=None):
    try:
        for i in range(steps):
            print(f"{name}: step {i}")
            if i == fail_at:
                raise ValueError(f"{name} failed at {i}")
            await asyncio.sleep(0)
        return f"{name} ok"
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 2))
        t2 = tg.create_task(job("b", 3), name="job-b")
        print("created", t1.get_name(), t2.get_name())
    print("taskgroup done:", t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c", 5))
            tg.create_task(job("d", 5, fail_at=1))
            tg.create_task(job("e", 5))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print("caught group:", eg.message, [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("f", 2, fail_at=0))
            tg.create_task(job("g", 2, fail_at=0))
    except ExceptionGroup as eg:
        print("two errors:", sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("h", 3))
            raise KeyError("body")
    except BaseExceptionGroup as eg:
        print("body error:", [repr(e) for e in eg.exceptions])
    # Nested tasks, callbacks and ordering
    order = []
    def cb(t):
        order.append(("cb", t.get_name()))
    async def child(n):
        order.append(("start", n))
        await asyncio.sleep(0)
        order.append(("end", n))
        return n * n
    tasks = []
    for i in range(4):
        t = asyncio.create_task(child(i), name=f"child{i}")
        t.add_done_callback(cb)
        tasks.append(t)
    order.append(("main", "created"))
    print(await asyncio.gather(*tasks))
    for o in order:
        print(*o)
    # exception propagation out of a task
    t = asyncio.create_task(job("x", 2, fail_at=1))
    try:
        await t
    except ValueError as e:
        print("task raised:", e, repr(t.exception()))
    # Future callbacks and removal
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("lambda cb", fut.result()))
    def cb2(fut): print("cb2 should not run")
    f.add_done_callback(cb2)
    print("removed", f.remove_done_callback(cb2))
    loop.call_soon(f.set_result, 42)
    print("awaited", await f)
    await asyncio.sleep(0)
    # call_at ordering
    now = loop.time()
    for d in (0.004, 0.002, 0.003, 0.001):
        loop.call_at(now + d, print, "call_at", d)
    await asyncio.sleep(0.01)
    # wait_for a future that is cancelled from outside
    f = loop.create_future()
    loop.call_soon(f.cancel)
    try:
        await asyncio.wait_for(f, 1)
    except asyncio.CancelledError:
        print("wait_for of cancelled future -> CancelledError")
    # ensure_future / isfuture
    f = asyncio.ensure_future(child(9))
    print(isinstance(f, asyncio.Task), asyncio.isfuture(f), asyncio.isfuture(1))
    print(await f)
    print(issubclass(asyncio.CancelledError, BaseException), asyncio.TimeoutError is TimeoutError)
    # sleep with result, sleep(0) interleaving
    async def pinger(n):
        for i in range(3):
            print("ping", n, i)
            await asyncio.sleep(0)
    await asyncio.gather(pinger(1), pinger(2), pinger(3))
    print(await asyncio.sleep(0.001, result="sleep result"))
    # repr checks (no addresses)
    t = asyncio.create_task(child(5), name="R")
    print(repr(t).split(" coro=")[0])
    await t
    r = repr(t)
    print(r.split(" coro=")[0], r.endswith("result=25>"))
    ft = loop.create_future(); ft.cancel()
    print(repr(ft))

asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
async def inner_run():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested run:", e)
    coro.close()
asyncio.run(inner_run())

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
