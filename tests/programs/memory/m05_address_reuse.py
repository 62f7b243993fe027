# Item 5: after an object is freed its address may be reused by a new object.
# Whether a particular address is reused is up to the allocator, so this program
# only prints facts that hold for any allocator that recycles freed blocks.


class Cell:
    def __init__(self, n):
        self.n = n


# While objects are alive, their ids are all different.
alive = [Cell(i) for i in range(1000)]
alive_ids = [id(c) for c in alive]
print("1000 live cells, distinct ids:", len(set(alive_ids)) == 1000)
print("ids unchanged on second look:", [id(c) for c in alive] == alive_ids)

# Keeping the id of a dead object does not keep the object alive.
ghost_id = id(alive[500])
alive[500] = None
print("slot cleared:", alive[500] is None)

# Create and drop many objects one at a time: with recycling, far fewer
# distinct addresses than objects are ever seen.
seen = []
for i in range(20000):
    c = Cell(i)
    seen.append(id(c))
    c = None
distinct = len(set(seen))
print("20000 short-lived cells used fewer than 20000 addresses:", distinct < 20000)

# Objects that are alive at the same time never share an address,
# even if one of them sits where a dead object once was.
pool = []
for i in range(200):
    pool.append([i])
    if i % 3 == 0:
        pool.pop(0)
pool_ids = [id(x) for x in pool]
print("pool size", len(pool), "distinct ids:", len(set(pool_ids)) == len(pool))
print("pool values:", [x[0] for x in pool][:10], "...", [x[0] for x in pool][-5:])

# Equal values are not the same object just because an address was recycled.
first = Cell("first")
first_id = id(first)
del first
second = Cell("second")
print("second is a new object with its own value:", second.n)

# Dropping a whole list frees all its items.
batch = [Cell(i) for i in range(100)]
total = 0
for c in batch:
    total += c.n
print("batch total:", total)
batch = None
again = [Cell(i * 2) for i in range(100)]
print("again total:", sum([c.n for c in again]))
print("live cells in again distinct:", len(set([id(c) for c in again])) == 100)
