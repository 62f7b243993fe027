# Every form of assignment.
a = 1
b = c = d = [a]
print("simple and chained:", a, b, c, d, b is c is d)

x, y = 10, 20
print("tuple unpacking:", x, y)
x, y = y, x
print("swap:", x, y)
[p, q, r] = "pqr"
print("list target from a string:", p, q, r)
(m, n), o = (1, 2), 3
print("nested:", m, n, o)
first, *middle, last = range(7)
print("starred middle:", first, middle, last)
*init, tail = [1, 2, 3]
print("starred head:", init, tail)
head, *rest = "z"
print("starred empty:", head, rest)
(i, (j, *k)), l = [(1, (2, 3, 4)), 5]
print("nested starred:", i, j, k, l)
for idx, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print("loop unpack:", idx, name, score)
key, value = list({"only": "one"}.items())[0]
print("from dict items:", key, value)

counter = 5
counter += 3
counter -= 1
counter *= 4
counter //= 3
counter %= 7
counter **= 3
print("augmented int:", counter)
ratio = 10
ratio /= 4
print("augmented /= gives float:", ratio)
bits = 0b1010
bits |= 0b0101
bits &= 0b1100
bits ^= 0b0110
bits <<= 2
bits >>= 1
print("augmented bits:", bits)
words = "ab"
words += "cd"
words *= 2
print("augmented str:", words)
seq = [1]
seq *= 3
seq += (2, 3)
print("augmented list:", seq)

grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
grid[0][0] += 7
grid[-1][-1] = grid[1][2] * 2
print("subscript:", grid)
table = {}
table["a"] = 1
table["b"] = table["a"] + 1
table["a"] += 10
table[("x", 1)] = "tuple key"
print("dict subscript:", table)
nums = list(range(10))
nums[2:5] = ["two", "three", "four"]
print("slice assignment:", nums)
nums[::3] = [0, 0, 0, 0]
print("extended slice assignment:", nums)
nums[1:1] = ["inserted"]
print("empty slice insert:", nums)
nums[-3:] = []
print("slice delete by assignment:", nums)


class Record:
    kind = "record"


rec = Record()
rec.name = "first"
rec.count = 0
rec.count += 1
rec.tags = []
rec.tags += ["new"]
print("attributes:", rec.name, rec.count, rec.tags, rec.kind)
rec.kind = "instance override"
print("instance vs class:", rec.kind, Record.kind)
Record.kind = "changed on class"
other = Record()
print("class attribute change:", other.kind, rec.kind)
rec.inner = Record()
rec.inner.value = 42
rec.inner.value //= 5
print("attribute chain:", rec.inner.value)
a, b = b, a
print("swapped types:", a, b)
x = y = z = 0
x += 1
print("chained ints are independent after +=:", x, y, z)
