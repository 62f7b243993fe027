# Slice reads and same-length slice assignments (the interpreter copies a
# list or tuple of up to 16 items in place); the released items go last
# first, as CPython's list_ass_slice releases them.


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return self.name


def names(n, tag):
    return [D(tag + str(i)) for i in range(n)]


lst = names(4, "a")
lst[1:3] = [D("b0"), D("b1")]
print(lst)
lst[:2] = (D("c0"), D("c1"))
print(lst)
lst[-2:] = lst[:2]
print(lst)
lst[:] = []
print("emptied")

# Reversal by slice, as fannkuch flips its pancakes.
p = list(range(10))
for k in range(1, 10):
    p[: k + 1] = p[k::-1]
print(p)
p[2:5] = p[2:5]
p[0:0] = ()
p[3:3] = [99]
print(p)

# The list itself as the value, and a list subclass as either side.
q = [1, 2, 3, 4]
q[1:3] = q
print(q)


class L(list):
    pass


r = L([1, 2, 3])
r[0:2] = [7, 8]
print(r, type(r).__name__, r[::-1], type(r[1:]).__name__)
s = [0, 0, 0]
s[:2] = L([5, 6])
print(s)

# Longer than the in-place run, and a length change.
big = list(range(40))
big[:20] = list(range(100, 120))
print(big[:3], big[18:22], len(big))
big[5:30] = [1]
print(len(big), big[:8])

# Extended slices and their errors.
e = list(range(8))
e[::2] = "wxyz"
print(e)
try:
    e[::2] = [1, 2]
except ValueError as x:
    print("ValueError:", x)
try:
    e[1:3] = 5
except TypeError as x:
    print("TypeError:", x)

# Reads: steps, negatives, tuples (a whole tuple is itself).
t = tuple(range(10))
print(t[::3], t[-3:], t[7:2:-2], t[:] is t, t[100:], t[-100:2])
print(list(range(10))[1:-1:4], [][::-1], [1][0:1])
del lst, e
print("done")
