# tuple methods and behaviour, plus range objects.
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t, len(t), t[0], t[-1], t[2:5], t[::-2])
print("count:", t.count(5), t.count(1), t.count(7))
print("index:", t.index(5), t.index(5, 5), t.index(9))
try:
    t.index(7)
except ValueError as e:
    print("ValueError:", e)
print("concat/repeat:", (1, 2) + (3,), (0,) * 3, () + (), (1,) * 0)
print("compare:", (1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 9, 9), (1, 2) == (1, 2), () < (0,))
print("min/max/sum/sorted:", min(t), max(t), sum(t), sorted(t))
print("in:", 9 in t, 10 in t)
single = (42,)
not_a_tuple = (42)
print("single element:", single, type(single), not_a_tuple, type(not_a_tuple))
empty = ()
print("empty:", empty, len(empty), bool(empty))
try:
    t[0] = 100
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
# A tuple holding a list: the tuple cannot change, the list can.
record = ("ann", [90, 85])
record[1].append(77)
print("mutable inside immutable:", record)
try:
    record[1] += [60]
except TypeError as e:
    print("TypeError:", e)
print("but the list was extended anyway:", record)
# Tuples as dict keys and in sets.
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print("grid lookup:", grid[(1, 2)], grid[2, 0], (2, 2) in grid, (3, 3) in grid)
print("sorted tuples:", sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
points = [(3, 4), (-1, 2), (0, 0), (5, -5)]
print("by distance:", sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print("unzipped:", tuple(zip(*points)))
name, (hits, misses) = ("bob", (7, 3))
print("nested unpack:", name, hits, misses)
# Ranges.
r = range(10, 0, -2)
print(r, list(r), len(r), r[1], r[-1], 6 in r, 5 in r, list(r).index(4))
print(range(5) == range(0, 5), range(0) == range(2, 2), list(range(-3, 3)), list(range(3, -3, -1)))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
big = range(10 ** 12)
print("big range:", len(big), big[-1], 10 ** 11 in big)
