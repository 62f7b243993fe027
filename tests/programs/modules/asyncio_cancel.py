import asyncio

async def sleeper(name, d):
    try:
        print(name, "sleeping", d)
        await asyncio.sleep(d)
        print(name, "woke")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", repr(e.args))
        raise
    finally:
        print(name, "finally")

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn swallowed cancel")
    await asyncio.sleep(0)
    return "stubborn result"

async def main():
    t = asyncio.create_task(sleeper("s1", 1))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel(), t.cancelling(), t.done(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await cancelled task raised CancelledError", e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")
    # cancel before start, with message
    t = asyncio.create_task(sleeper("s2", 1))
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("msg cancelled", e.args)
    # swallowed cancel
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling(), t.uncancel())
    # wait_for
    try:
        await asyncio.wait_for(sleeper("s3", 1), 0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e).__name__, e.__class__ is TimeoutError)
    print(await asyncio.wait_for(sleeper("s4", 0.001), 1))
    print(await asyncio.wait_for(sleeper("s5", 0), None))
    try:
        await asyncio.wait_for(sleeper("s6", 0.01), 0)
    except TimeoutError:
        print("timeout 0")
    # shield
    inner = asyncio.create_task(sleeper("inner", 0.02))
    outer = asyncio.shield(inner)
    async def canceller():
        await asyncio.sleep(0.005)
        outer.cancel()
    asyncio.create_task(canceller())
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner done?", inner.done())
    print("inner result", await inner)
    # wait
    ts = [asyncio.create_task(sleeper(f"w{i}", d)) for i, d in enumerate([0.06, 0.01, 0.03])]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(ts, timeout=0.03)
    print("after timeout:", len(done), len(pending))
    done, pending = await asyncio.wait(ts)
    print("all:", sorted(t.result() for t in done), len(pending))
    async def bad():
        await asyncio.sleep(0.005)
        raise RuntimeError("bad one")
    ts = [asyncio.create_task(bad()), asyncio.create_task(sleeper("fe", 0.05))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", [repr(t.exception()) for t in done], len(pending))
    for p in pending:
        p.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)
    # gather cancellation
    g = asyncio.gather(sleeper("g1", 1), sleeper("g2", 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    g = asyncio.gather(sleeper("g3", 0.001), sleeper("g4", 1), return_exceptions=True)
    async def cancel_child():
        await asyncio.sleep(0.005)
        for t in asyncio.all_tasks():
            if t.get_coro().__qualname__ == "sleeper" and not t.done():
                t.cancel()
    asyncio.create_task(cancel_child())
    print("gather with cancelled child:", [repr(x) for x in await g])
    # timeout()
    try:
        async with asyncio.timeout(0.01) as cm:
            print("in timeout", cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("no expiry", cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 0.5)
        await asyncio.sleep(0)
    print("rescheduled", cm.expired())
    # current task cancelling itself through another task
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.005, me.cancel)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("main got cancelled, uncancel ->", me.uncancel())
    return "end"

print(asyncio.run(main()))

async def leftover():
    asyncio.create_task(sleeper("left", 10))
    await asyncio.sleep(0)
    print("main returning with pending task")
asyncio.run(leftover())
print("after run")

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
