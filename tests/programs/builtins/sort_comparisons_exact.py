import random
count = 0
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global count
        count += 1
        return self.v < o.v
    def __repr__(self): return f"C({self.v})"
log = []
class L:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
print(sorted([L(x) for x in [3, 1, 2, 5, 4]], key=None)[0].v, log)
log.clear()
sorted([L(x) for x in [3, 1, 2, 5, 4]], reverse=True); print(log)
for seed in range(9):
    random.seed(seed)
    for n in [5, 30, 63, 64, 65, 100, 200, 1000]:
        data = [random.randrange(n // 3 + 1) for _ in range(n)]
        if seed % 3 == 1:
            data.sort(); data[n // 2:] = reversed(data[n // 2:])
        if seed % 3 == 2:
            data = sorted(data) + sorted(data, reverse=True)
        count = 0
        items = [C(x) for x in data]
        out = sorted(items, reverse=seed % 2 == 1)
        print(seed, n, count, [c.v for c in out] == sorted(data, reverse=seed % 2 == 1))
print(sorted([3, float("nan"), 1]), sorted([float("nan"), 2, 1, 0]))
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 7 or o.v == 7: raise ValueError("seven")
        return self.v < o.v
    def __repr__(self): return str(self.v)
xs = [Bad(v) for v in [9, 3, 7, 1, 5, 2, 8]]
try:
    xs.sort()
except ValueError as e:
    print(e, xs)
xs = [Bad(v) for v in range(100, 0, -3)] + [Bad(7)] + [Bad(v) for v in range(50)]
try:
    xs.sort(reverse=True)
except ValueError as e:
    print(e, xs)
random.seed(5)
r = [random.random() for _ in range(20)]
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return random.random() < 0.5
print([x.v for x in sorted([R(i) for i in range(40)])])

# corpus: skip-stress marksweep (thousands of __lt__ calls: far too slow with a full collection at each allocation)
