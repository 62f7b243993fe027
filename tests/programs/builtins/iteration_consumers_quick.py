# sum, min, max, str.join and the other consumers of an iterable read an
# exact list, tuple or range without the general iterator protocol where
# they can; what a program sees stays CPython's: a list changed while it
# is read, items whose release runs __del__, user comparisons and
# additions, mixed numbers, errors part way. (What __del__ logged is shown
# after a collection, sorted: marksweep finalizes only when it collects.)
import gc

class Noisy:
    def __init__(self, v, log):
        self.v, self.log = v, log

    def __add__(self, other):
        return self.v + (other.v if isinstance(other, Noisy) else other)

    __radd__ = __add__

    def __lt__(self, other):
        self.log.append(("lt", self.v, other.v))
        return self.v < other.v

    def __gt__(self, other):
        self.log.append(("gt", self.v, other.v))
        return self.v > other.v

    def __del__(self):
        self.log.append(("del", self.v))


log = []
print(sum([Noisy(1, log), Noisy(2, log), Noisy(3, log)]))
gc.collect()
print(sorted(e for e in log if e[0] == "del"))
gc.collect()
log.clear()
print(max([Noisy(5, log), Noisy(9, log), Noisy(7, log)]).v, log[:2])
gc.collect()
log.clear()
print(min((Noisy(4, log), Noisy(2, log), Noisy(3, log))).v, log[:2])


class Shrinker:
    """Adding it removes the list's last item: the sum stops early."""

    def __init__(self, target):
        self.target = target

    def __radd__(self, other):
        self.target.pop()
        return other + 100


items = [1, 2]
items += [Shrinker(items), 3, 4, 5]
print(sum(items), items[:2], len(items))


class Dropper:
    """Comparing it empties the list, releasing the best item so far."""

    def __init__(self, v, target, log):
        self.v, self.target, self.log = v, target, log

    def __gt__(self, other):
        self.target.clear()
        return self.v > other.v

    def __del__(self):
        self.log.append(("del", self.v))


log = []
items = []
items.extend([Dropper(1, items, log), Dropper(2, items, log), Dropper(3, items, log)])
best = max(items)
gc.collect()
print(best.v, items, sorted(log))
del best
gc.collect()
print(sorted(log))

print(sum(range(10)), sum((1.5, 2, 3)), sum([1, 2.5, 3j]), sum([2**62, 2**62, 2**62]))
print(max([3, 7.5, 7, -1]), min([3, 7.5, 2, -1.5]), max("hello"), min(["b", "a", "c"]))
print(max([1, 2, 3], key=lambda x: -x), min([], default="empty"), max(2, 9, 4))
print("-".join(["a", "bc", "", "def"]), "".join(("x",) * 5), ", ".join([]))
print("+".join(["only"]), "".join(["é", "ü", "漢"]), len("ab".join(["1"] * 1000)))
for bad in (["a", 1], ("a", None)):
    try:
        "".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
print(list(map(str, [1, 2])), tuple([1, 2, 3]), sorted((3, 1, 2)), any([0, 0, 1]), all([]))
