import asyncio

async def locker(lock, name, log):
    for i in range(2):
        async with lock:
            log.append(f"{name} in {i}")
            print(name, "acquired", i, lock.locked())
            await asyncio.sleep(0.001)
            print(name, "releasing", i)
        await asyncio.sleep(0)

async def sem_worker(sem, name, active):
    async with sem:
        active.append(name)
        print(name, "enter; active:", list(active), sem.locked())
        for _ in range(len(name) + int(name[1:]) % 3):
            await asyncio.sleep(0)
        active.remove(name)
        print(name, "leave")

async def waiter(ev, name):
    print(name, "waiting", ev.is_set())
    r = await ev.wait()
    print(name, "got event", r)
    return name

async def producer(q, n, name):
    for i in range(n):
        item = (name, i)
        await q.put(item)
        print("put", item, "qsize", q.qsize())
    print(name, "producer done")

async def consumer(q, name, got):
    while True:
        item = await q.get()
        print(name, "got", item)
        got.append(item)
        for _ in range(item[1] % 3):
            await asyncio.sleep(0)
        q.task_done()

async def cond_waiter(cond, name, state):
    async with cond:
        print(name, "waiting on condition")
        await cond.wait_for(lambda: state["ready"] >= 1)
        print(name, "condition satisfied", state["ready"])
        state["ready"] -= 1

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locker(lock, n, log) for n in "ABC"))
    print(log)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    sem = asyncio.Semaphore(2)
    active = []
    await asyncio.gather(*(sem_worker(sem, f"S{i}", active) for i in range(5)))
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, f"E{i}")) for i in range(3)]
    await asyncio.sleep(0.002)
    print("setting event")
    ev.set()
    print(await asyncio.gather(*ts))
    ev.clear()
    print("cleared", ev.is_set())
    # queue
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    got = []
    cons = [asyncio.create_task(consumer(q, f"C{i}", got)) for i in range(2)]
    prods = [asyncio.create_task(producer(q, 4, p)) for p in ("P", "R")]
    await asyncio.gather(*prods)
    print("producers finished; joining")
    await q.join()
    print("joined", len(got))
    for c in cons:
        c.cancel()
    res = await asyncio.gather(*cons, return_exceptions=True)
    print([type(r).__name__ for r in res])
    q = asyncio.Queue(1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done(); q.task_done()
    except ValueError as e:
        print("ValueError", e)
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        lq.put_nowait(x)
        await pq.put((x, str(x)))
    print([lq.get_nowait() for _ in range(5)])
    print([(await pq.get())[1] for _ in range(5)])
    # get with timeout
    try:
        await asyncio.wait_for(q.get(), 0.005)
    except asyncio.TimeoutError:
        print("get timed out", q._getters and len(q._getters))
    # condition
    cond = asyncio.Condition()
    state = {"ready": 0}
    ts = [asyncio.create_task(cond_waiter(cond, f"K{i}", state)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            state["ready"] += 1
            print("notify", i)
            cond.notify()
        await asyncio.sleep(0.001)
    await asyncio.gather(*ts)
    async with cond:
        cond.notify_all()
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    # lock cancellation while waiting
    lock = asyncio.Lock()
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("waiter cancelled", t.cancelled(), lock.locked())
    lock.release()
    print("locked after release", lock.locked())

asyncio.run(main())

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
