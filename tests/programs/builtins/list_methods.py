# list methods.
nums = [5, 3, 8]
nums.append(1)
print("append:", nums)
nums.extend([9, 2])
nums.extend((7,))
nums.extend("ab")
nums.extend(range(2))
print("extend:", nums)
nums.insert(0, "first")
nums.insert(3, "middle")
nums.insert(100, "end")
nums.insert(-1, "before end")
print("insert:", nums)
print("pop:", nums.pop(), nums.pop(0), nums.pop(2), nums.pop(-2))
print("after pops:", nums)
nums.remove("a")
nums.remove("b")
print("remove:", nums)
print("index:", nums.index(8), nums.index(1), nums.index(7, 2))
print("count:", nums.count(0), [1, 2, 1, 1].count(1), [[1], [1]].count([1]))
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
data.sort()
print("sort:", data)
data.sort(reverse=True)
print("sort reverse:", data)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
words.sort()
print("sort strings:", words)
words.sort(key=str.lower)
print("sort key=str.lower:", words)
words.sort(key=len, reverse=True)
print("sort key=len reverse (stable):", words)
words.reverse()
print("reverse:", words)
copy = words.copy()
copy.append("extra")
print("copy independent:", len(words), len(copy), copy is words)
copy.clear()
print("clear:", copy, words[:2])
print("operators:", [1, 2] + [3], [0] * 4, [1, 2] * 0, 3 in [1, 2, 3], [1, 2] == [1, 2], [1, 2] < [1, 3], [2] > [1, 9])
print("len/min/max/sum:", len(data), min(data), max(data), sum(data))
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5), lambda: [1, 2][7], lambda: [1].pop(5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e), e)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)

# A task queue with priorities.
queue = []
for priority, task in [(3, "write"), (1, "plan"), (2, "test"), (1, "coffee"), (5, "ship")]:
    queue.append((priority, task))
    queue.sort(key=lambda p: p[0])
    print("  queued", task.ljust(7), "->", [t for _, t in queue])
while queue:
    priority, task = queue.pop(0)
    print("  doing", task, "(priority", str(priority) + ")")

# Stack and list of lists.
stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if token == "+" else a * b if token == "*" else a - b)
    print("  rpn", token, "->", stack)
grid = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(4):
        grid[r][c] = r * c
print("grid:", grid, "row sums:", [sum(row) for row in grid])
