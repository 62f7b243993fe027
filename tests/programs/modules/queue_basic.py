# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue (single-threaded use).
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
for i in range(5):
    q.put(i * i)
print(q.qsize(), q.empty(), q.full(), list(q.queue), q.unfinished_tasks)
print([q.get() for _ in range(3)], q.get_nowait(), q.get(block=False),
      q.qsize())
for call in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.001),
             lambda: q.get(True, 0)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e), isinstance(e, Exception))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
for _ in range(5):
    q.task_done()
print(q.unfinished_tasks)
q.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize())
for call in (lambda: b.put_nowait("c"), lambda: b.put("c", block=False),
             lambda: b.put("c", timeout=0.001), lambda: b.put("c", True, 0)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(e))
try:
    b.put("c", timeout=-0.5)
except ValueError as e:
    print("ValueError:", e)
print(b.get(), b.get(), b.empty(), b.full())
u = queue.Queue(maxsize=-1)
u.put(1, timeout=-5)
print(u.full(), u.qsize())
try:
    queue.Queue(0).get(block=False, timeout=-1)
except queue.Empty:
    print("Empty (timeout ignored without block)")

lifo = queue.LifoQueue()
for ch in "abcde":
    lifo.put(ch)
print(lifo.queue, "".join(lifo.get() for _ in range(5)), lifo.empty())

pq = queue.PriorityQueue()
for item in [(3, "three"), (1, "one"), (4, "four"), (1, "uno"), (5, "five"),
             (9, "nine"), (2, "two"), (6, "six")]:
    pq.put(item)
print(pq.qsize(), [pq.get() for _ in range(pq.qsize())])
pq = queue.PriorityQueue(maxsize=3)
for n in (5, 3, 8):
    pq.put_nowait(n)
try:
    pq.put_nowait(1)
except queue.Full:
    print("Full")
print(pq.get(), pq.get(), pq.get())

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for i in range(4):
    sq.put(i)
sq.put_nowait("x")
sq.put(None, block=False, timeout=-3)
print(sq.qsize(), [sq.get() for _ in range(3)], sq.get_nowait(),
      sq.get(False), sq.get(timeout=1))
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty")
try:
    sq.get(timeout=0.001)
except queue.Empty:
    print("Empty after timeout")
sq.put(1)
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(sq.get(block=False, timeout=-1))

class Bounded(queue.Queue):
    # a custom organization through the hooks
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.insert(0, item)
    def _get(self):
        return self.queue.pop(0)
c = Bounded()
for i in range(3):
    c.put(i)
print(c.queue, c.get(), c.qsize())

with q.mutex:
    q.queue.clear()
print(queue.Queue[int], queue.SimpleQueue[str], queue.__all__)
print(issubclass(queue.LifoQueue, queue.Queue),
      issubclass(queue.SimpleQueue, queue.Queue))
print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue, queue.LifoQueue)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
