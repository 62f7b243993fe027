# Recursive algorithms: sorting, permutations, n-queens, Hanoi, binary search.


def quicksort(items):
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    less = [x for x in items if x < pivot]
    equal = [x for x in items if x == pivot]
    more = [x for x in items if x > pivot]
    return quicksort(less) + equal + quicksort(more)


def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left, right = merge_sort(items[:mid]), merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]


data = [(i * 7919) % 101 for i in range(40)]
print("data:", data)
print("quicksort:", quicksort(data))
print("merge sort agrees:", merge_sort(data) == quicksort(data) == sorted(data))


def permutations(seq):
    if len(seq) <= 1:
        return [seq]
    result = []
    for i in range(len(seq)):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            result.append(seq[i] + rest)
    return result


perms = permutations("abcd")
print(len(perms), "permutations:", " ".join(perms))


def queens(n, row=0, cols=(), placed=()):
    if row == n:
        return [placed]
    solutions = []
    for col in range(n):
        if col in cols:
            continue
        if any([abs(col - c) == row - r for r, c in enumerate(placed)]):
            continue
        solutions += queens(n, row + 1, cols + (col,), placed + (col,))
    return solutions


for n in range(4, 8):
    sols = queens(n)
    print(n, "queens:", len(sols), "solutions; first", sols[0])
board = queens(6)[0]
for c in board:
    print("  " + " ".join(["Q" if i == c else "." for i in range(6)]))

moves = []


def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)


hanoi(4, "A", "C", "B")
print("hanoi 4:", len(moves), "moves; first five", moves[:5])


def bsearch(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return bsearch(items, target, mid + 1, hi)
    return bsearch(items, target, lo, mid)


sorted_data = sorted(set(data))
for t in [0, 7, 50, 100, 101, -3]:
    print("bsearch", t, "->", bsearch(sorted_data, t))


def flatten(tree):
    if not isinstance(tree, list):
        return [tree]
    out = []
    for sub in tree:
        out.extend(flatten(sub))
    return out


print("flatten:", flatten([1, [2, [3, [4, [5]]], 6], [[7]], 8]))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print("gcds:", [gcd(a, b) for a, b in [(48, 18), (17, 5), (2 ** 40, 6 ** 20), (0, 9)]])
