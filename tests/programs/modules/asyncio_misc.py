import asyncio

async def boom():
    await asyncio.sleep(0)
    raise ZeroDivisionError("boom")

def handler(loop, ctx):
    print("handler:", ctx["message"].split(" at ")[0], repr(ctx.get("exception")))

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print("after failing callback")
    # awaiting the same future from several tasks
    fut = loop.create_future()
    async def w(n):
        v = await fut
        print("waiter", n, "got", v)
        return v + n
    ts = [asyncio.create_task(w(i)) for i in range(3)]
    await asyncio.sleep(0)
    fut.set_result(10)
    print(await asyncio.gather(*ts))
    # a task awaiting another task that fails
    async def outer():
        try:
            await asyncio.create_task(boom())
        except ZeroDivisionError as e:
            print("outer caught", e)
            return "handled"
    print(await outer())
    # shield: inner completes while outer awaited
    print(await asyncio.shield(asyncio.sleep(0.001, "shielded")))
    # async generators with asyncio
    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i * 10
    print([x async for x in agen(4)])
    # awaiting a custom awaitable via ensure_future
    class Aw:
        def __await__(self):
            f = asyncio.get_running_loop().create_future()
            asyncio.get_running_loop().call_soon(f.set_result, "custom")
            return (yield from f)
    print(await asyncio.ensure_future(Aw()))
    # stop/run_forever on a separate loop is not allowed while running
    other = asyncio.new_event_loop()
    try:
        other.run_until_complete(other.create_future())
    except RuntimeError as e:
        print("RuntimeError:", e)
    other.close()
    # task that yields a bad value
    class Bad:
        def __await__(self):
            yield 123
    async def use_bad():
        await Bad()
    try:
        await asyncio.create_task(use_bad())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    print("all tasks:", len(asyncio.all_tasks()))

asyncio.run(main())
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    loop.run_until_complete(boom())
except ZeroDivisionError as e:
    print("run_until_complete raised", e)
print(asyncio.get_event_loop() is loop)
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
async def unretrieved():
    asyncio.create_task(boom())
    await asyncio.sleep(0.001)
    print("leaving with unretrieved exception")
asyncio.run(unretrieved())
print("end")

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
