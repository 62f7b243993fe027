# Item 17: lists and tuples are laid out as CPython's, so sys.getsizeof
# reports python3's numbers for them: 56 + 8 per slot for a list (which
# grows and is preallocated as CPython's list_resize and list_extend do),
# 40 + 8 per item for a tuple.
import sys

a = 1
print("displays:", [sys.getsizeof(x) for x in ([], [a], [a, a], [1, 2, 3], [a, a, a], [1, 2, 3, 4, 5])])
grown = []
sizes = []
for i in range(40):
    grown.append(i)
    sizes.append(sys.getsizeof(grown))
print("appending:", sizes)
ins = []
for i in range(10):
    ins.insert(0, i)
print("inserting:", sys.getsizeof(ins))
for source in (range(10), (1, 2, 3), [1] * 7, "abcde", {1: 2, 3: 4}):
    e = []
    e.extend(source)
    print("extend an empty list by", type(source).__name__, sys.getsizeof(e), sys.getsizeof(list(source)))
full = [1, 2, 3, 4]
full.extend(range(3))
print("extend a full list:", sys.getsizeof(full))
print("comprehension:", sys.getsizeof([x for x in range(10)]))
print("repeat, slice, sorted:", sys.getsizeof([a] * 3), sys.getsizeof(list(range(9))[2:5]), sys.getsizeof(sorted([3, 1, 2])))
popped = list(range(10))
popped.pop()
popped.pop()
print("pop keeps the room:", sys.getsizeof(popped))
popped.clear()
print("clear frees it:", sys.getsizeof(popped))
print("tuples:", [sys.getsizeof(t) for t in ((), (1,), (1, 2), (a, a, a), tuple(range(10)))])
