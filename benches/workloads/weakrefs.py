"""GC workload: weak references made and cleared: a WeakValueDictionary
cache whose entries die young, callbacks that count the dead, and
proxies to objects that outlive them."""
import gc
import sys
import weakref


class Thing:
    def __init__(self, key):
        self.key = key


died = 0


def on_death(ref):
    global died
    died += 1


def main(rounds):
    cache = weakref.WeakValueDictionary()
    keep = []
    refs = []
    hits = 0
    for r in range(rounds):
        t = Thing(r)
        cache[r % 1000] = t
        refs.append(weakref.ref(t, on_death))
        if r % 10 == 0:
            keep.append(t)
        if (r - 1) % 1000 in cache:
            hits += 1
        if r % 1000 == 999:
            refs = [w for w in refs if w() is not None]
    # (When a dead object's weak references clear depends on the collector:
    # after a full collection every collector agrees.)
    del t
    gc.collect()
    alive = sum(1 for w in refs if w() is not None)
    print("rounds:", rounds, "died:", died, "kept:", len(keep),
          "alive refs:", alive, "cached:", len(cache), "lookups:", hits > 0)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)
