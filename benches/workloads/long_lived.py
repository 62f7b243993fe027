"""GC workload: the generational hypothesis. A large heap that lives for
the whole run (a graph of 100,000 records), and a stream of young
garbage made while it is read, so a collector that re-examines the old
objects at every collection pays for it."""
import sys


class Record:
    def __init__(self, key, payload):
        self.key = key
        self.payload = payload
        self.links = []


def main(size, steps):
    old = [Record(i, [i, str(i)]) for i in range(size)]
    for i, rec in enumerate(old):
        rec.links.append(old[(i * 7919) % size])
    checksum = 0
    for step in range(steps):
        rec = old[(step * 104729) % size]
        young = [Record(step, (rec.key, rec.payload[1])) for _ in range(4)]
        young[0].links.append(young[1])
        young[1].links.append(young[0])
        checksum += young[0].payload[0] + len(rec.links[0].payload[1])
    print("old records:", len(old), "checksum:", checksum)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
main(n, n)
