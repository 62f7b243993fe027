"""Coroutines workload: `async def` functions awaiting each other (a
recursive Fibonacci made of coroutines), plus a round-robin scheduler
interleaving workers that suspend on a hand-written awaitable; driven by
send() with no event loop, in the spirit of pyperformance's `coroutines`."""

import sys


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


class Yield:
    """An awaitable that suspends the awaiting coroutine chain once."""

    def __await__(self):
        return (yield self)


async def worker(steps, k):
    acc = 0
    for i in range(steps):
        sent = await Yield()
        acc += (i * k + sent) % 7
    return acc


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


def round_robin(coros):
    results = []
    queue = list(coros)
    while queue:
        coro = queue.pop(0)
        try:
            coro.send(len(queue))
        except StopIteration as stop:
            results.append(stop.value)
        else:
            queue.append(coro)
    return results


def main(n):
    total = run(fibonacci(n))
    workers = [worker(200, k) for k in range(50)]
    for w in workers:
        w.send(None)
    return total, sum(round_robin(workers))


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with e.g. `22`.
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    print(main(n))

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 31
