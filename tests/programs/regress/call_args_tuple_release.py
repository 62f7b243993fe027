"""A finished call releases what it held for its arguments: the argument
tuple (which a class call and a Python `__init__` make), then the caller's
own references. Dying with the tuple: atoms, objects still held elsewhere,
one object held twice by the tuple alone, objects whose `__del__` runs
Python code and allocates. Nothing may be released twice or early; every
finalizer runs once."""
import gc

log = []


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)
        # allocate while the batch is being released
        junk = [[i] for i in range(20)]
        log.append(len(junk))


class P:
    def __init__(self, *args):
        self.n = len(args)


def make_twice(name):
    n = Noisy(name)
    return (n, n)


def run():
    total = 0
    for i in range(50):
        total += P(i, 2, 3).n
        total += P(Noisy("temp%d" % i)).n
        pair = make_twice("pair%d" % i)
        total += P(*pair).n
        del pair
        total += P(i, Noisy("mixed%d" % i), "s" * (i % 3), 1.5 * i).n
        keep = Noisy("kept%d" % i)
        total += P(keep, keep, keep).n
        del keep
    return total


print(run())
gc.collect()
dels = sorted(x for x in log if isinstance(x, str))
print(len(dels), dels[:3], dels[-3:])
print(all(x == 20 for x in log if not isinstance(x, str)))
print(len(set(dels)) == len(dels))
