# Slicing lists, tuples and strings, with steps and negative indices.
letters = list("abcdefghij")
print(letters[2:5], letters[:3], letters[7:], letters[:], letters[-3:], letters[:-3])
print(letters[::2], letters[1::2], letters[::-1], letters[::-3], letters[8:2:-2])
print(letters[-1], letters[-10], letters[3:3], letters[5:2], letters[-100:100], letters[100:])
print(letters[2:-2:3], letters[-2:2:-3], letters[:0:-1], letters[0:1:-1])
word = "slicing"
print(word[1:4], word[::-1], word[::2], word[-3:], word[:-3], word[10:], word[-100:2])
nums = tuple(range(10))
print(nums[3:7], nums[::3], nums[::-4], nums[-1:-5:-1], type(nums[1:3]))
r = range(0, 20, 2)
print(list(r)[2:5], list(r)[::-1], r[-1], len(list(r)[1:8:3]))

# Slice assignment and deletion on lists.
data = list(range(10))
data[2:4] = ["a", "b", "c", "d"]
print("grow:", data)
data[2:6] = []
print("shrink:", data)
data[::2] = ["e"] * 4
print("extended:", data)
try:
    data[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del data[::3]
print("del step:", data)
del data[-2:]
print("del tail:", data)
data[len(data):] = [100, 200]
print("append by slice:", data)
data[:0] = ["front"]
print("prepend by slice:", data)

# Index errors.
try:
    print(letters[10])
except IndexError as e:
    print("IndexError:", e)
try:
    print(word[-8])
except IndexError as e:
    print("IndexError:", e)
try:
    print(nums[99])
except IndexError as e:
    print("IndexError:", e)

# Slices always make new lists (shallow copies).
a = [[1], [2], [3]]
b = a[:]
print("copy is new:", b is a, "items shared:", b[0] is a[0])
c = a[::-1]
c[0].append("shared")
print("mutating through reversed copy:", a)

# Windows and chunks, a typical use.
series = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]
windows = [series[i:i + 3] for i in range(len(series) - 2)]
print("windows sums:", [sum(w) for w in windows])
chunks = [series[i:i + 4] for i in range(0, len(series), 4)]
print("chunks:", chunks)
print("every third from the end:", series[::-3])
print("palindromes:", [w for w in ["level", "lever", "noon", "abcba", "ab"] if w == w[::-1]])
print("rotate left 3:", series[3:] + series[:3])
print("halves:", series[:len(series) // 2], series[len(series) // 2:])
