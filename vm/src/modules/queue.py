"""queue: FIFO, LIFO and priority queues (CPython 3.11 API, no threads).

Supported: Queue(maxsize=0), LifoQueue, PriorityQueue and SimpleQueue,
with qsize(), empty(), full(), put(item, block=True, timeout=None),
put_nowait(), get(block=True, timeout=None), get_nowait(), task_done()
and join(); the exceptions Empty and Full; the overridable hooks _init,
_qsize, _put and _get; the attributes maxsize, queue and unfinished_tasks;
Queue[int]-style generic aliases.

ouro has no threads, so nothing can fill or drain a queue while a call
waits.  Where CPython would block, this module reports at once what the
wait would end with:
  * get() on an empty queue raises Empty, whatever block and timeout say
    (CPython raises Empty after `timeout` seconds; with block=True and no
    timeout it would wait forever, a deadlock in a single thread);
  * put() on a full queue raises Full in the same way;
  * join() returns at once when every item put has been marked with
    task_done(), and otherwise raises RuntimeError (CPython would wait
    forever);
  * a negative timeout is still a ValueError where CPython checks it.
The mutex, not_empty, not_full and all_tasks_done attributes are dummy
locks/conditions that can be used in `with` statements and do nothing.
"""

from collections import deque
import heapq
import types

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue",
           "SimpleQueue"]


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."
    pass


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."
    pass


class _NoLock:
    """Stands in for threading.Lock/Condition: one thread needs no lock."""

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *exc):
        return None

    def wait(self, timeout=None):
        return True

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _NoLock()
        self.not_empty = _NoLock()
        self.not_full = _NoLock()
        self.all_tasks_done = _NoLock()
        self.unfinished_tasks = 0

    def task_done(self):
        """Indicate that a formerly enqueued task is complete."""
        if self.unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks -= 1

    def join(self):
        """Blocks until all items in the Queue have been gotten and processed.

        Without threads nothing else can finish the tasks: RuntimeError
        if some are unfinished.
        """
        if self.unfinished_tasks:
            raise RuntimeError("join() would wait forever: %d unfinished "
                               "task(s) and no other thread"
                               % self.unfinished_tasks)

    def qsize(self):
        """Return the approximate size of the queue."""
        return self._qsize()

    def empty(self):
        """Return True if the queue is empty, False otherwise."""
        return not self._qsize()

    def full(self):
        """Return True if the queue is full, False otherwise."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue; raise Full if there is no room
        (at once: no other thread could make room)."""
        if self.maxsize > 0:
            if block and timeout is not None:
                _check_timeout(timeout)
            if self._qsize() >= self.maxsize:
                raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue; raise Empty if there
        is none (at once: no other thread could put one)."""
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._qsize():
            raise Empty
        return self._get()

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(block=False)

    # Override these to make other queue organizations.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    """A queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form:  (priority number, data).
    """

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """A queue that retrieves most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded FIFO queue (no task tracking)."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue (never blocks; block and timeout are
        ignored, as in CPython)."""
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue; raise Empty if there
        is none (at once: no other thread could put one)."""
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._queue:
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(False)

    def empty(self):
        """Return True if the queue is empty, False otherwise."""
        return not self._queue

    def qsize(self):
        """Return the approximate size of the queue."""
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)


# In CPython these two are classes of the C module _queue.
SimpleQueue.__module__ = "_queue"
Empty.__module__ = "_queue"
