"""Richards workload: Martin Richards' operating-system simulation -- an idle
task, a worker, two packet handlers and two devices, scheduled by priority,
passing work and device packets through linked queues. Every task is an
object with a `run` method and per-task state in attributes, so the hot path
is method calls, attribute loads and stores, and small-int bit twiddling; in
the spirit of pyperformance's `richards` benchmark.

Each run idles COUNT times; with the classic COUNT of 10000 the queue and
hold counters must come out at 23246 and 9297."""

import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
KIND_DEVICE, KIND_WORK = 0, 1

# Task states are three bits, as in the original BCPL.
HAS_PACKET = 1
WAITING = 2
HELD = 4

BUF_LEN = 4
ALPHABET = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.buf = [0] * BUF_LEN

    def append_to(self, queue):
        """Put this packet at the end of `queue`; return the new head."""
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    def __init__(self, kernel, ident, priority, queue, state):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.next = kernel.tasks
        kernel.tasks = self
        kernel.table[ident] = self

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.state = HAS_PACKET if self.queue is not None else 0
        return packet

    def enqueue(self, packet, current):
        """Deliver `packet` to this task; return the task to run next."""
        if self.queue is None:
            self.queue = packet
            self.state |= HAS_PACKET
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, kernel, count):
        Task.__init__(self, kernel, IDLE, 0, None, 0)
        self.seed = 1
        self.count = count

    def run(self, packet):
        k = self.kernel
        self.count -= 1
        if self.count == 0:
            return k.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return k.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return k.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, queue):
        Task.__init__(self, kernel, WORKER, 1000, queue, HAS_PACKET | WAITING)
        self.target = HANDLER_A
        self.letter = 0

    def run(self, packet):
        k = self.kernel
        if packet is None:
            return k.wait()
        self.target = HANDLER_A + HANDLER_B - self.target
        packet.dest = self.target
        packet.datum = 0
        buf = packet.buf
        for i in range(BUF_LEN):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            buf[i] = ALPHABET[self.letter]
        return k.send(packet)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue, HAS_PACKET | WAITING)
        self.work = None
        self.devices = None

    def run(self, packet):
        k = self.kernel
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            n = work.datum
            if n >= BUF_LEN:
                self.work = work.link
                return k.send(work)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.datum = work.buf[n]
                work.datum = n + 1
                return k.send(dev)
        return k.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority, None, WAITING)
        self.pending = None
        self.output = []

    def run(self, packet):
        k = self.kernel
        if packet is None:
            pending = self.pending
            if pending is None:
                return k.wait()
            self.pending = None
            return k.send(pending)
        self.pending = packet
        if len(self.output) < 16:
            self.output.append(packet.datum)
        return k.hold_self()


class Kernel:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 7
        self.current = None
        self.sent = 0
        self.holds = 0

    def send(self, packet):
        target = self.table[packet.dest]
        self.sent += 1
        packet.link = None
        packet.dest = self.current.ident
        return target.enqueue(packet, self.current)

    def wait(self):
        self.current.state |= WAITING
        return self.current

    def hold_self(self):
        self.holds += 1
        self.current.state |= HELD
        return self.current.next

    def release(self, ident):
        task = self.table[ident]
        task.state &= ~HELD
        if task.priority > self.current.priority:
            return task
        return self.current

    def schedule(self):
        task = self.tasks
        while task is not None:
            state = task.state
            if state == HAS_PACKET | WAITING:
                packet = task.take_packet()
            elif state <= HAS_PACKET:
                packet = None
            else:
                task = task.next
                continue
            self.current = task
            task = task.run(packet)


def build(count):
    k = Kernel()
    IdleTask(k, count)
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    WorkerTask(k, work)
    for ident, dev, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, dev, KIND_DEVICE)
        HandlerTask(k, ident, priority, queue)
    DeviceTask(k, DEVICE_A, 4000)
    DeviceTask(k, DEVICE_B, 5000)
    return k


def main(runs, count):
    for run in range(runs):
        k = build(count)
        k.schedule()
        if count == 10000 and (k.sent, k.holds) != (23246, 9297):
            print("run", run, "WRONG", k.sent, k.holds)
            return
    print("sent", k.sent, "held", k.holds)
    print("device A printed", "".join(k.table[DEVICE_A].output))
    print("device B printed", "".join(k.table[DEVICE_B].output))


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with e.g. `20`.
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    main(runs, count)

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 25
