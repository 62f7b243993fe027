# Expressions, evaluation order, assignment forms, f-strings, literals.
order = []


def v(tag, value):
    order.append(tag)
    return value


class Box:
    def __init__(self):
        self.n = 0
        self.items = [0, 0, 0]


box = Box()


def get_box():
    order.append("box")
    return box


def idx():
    order.append("idx")
    return 1


get_box().n += 5
get_box().items[idx()] += 7
print(box.n, box.items, order)
order.clear()

print(v("a", 1) < v("b", 2) < v("c", 3), order)
order.clear()
print(v("a", 5) < v("b", 2) < v("c", 3), order)
order.clear()
print(1 < 2 > 0 == 0 != 1, 3 > 2 in [2], not 1 in [1], "a" not in "abc")
print(v("x", 0) or v("y", "") or v("z", "last"), order)
order.clear()
print(v("x", 1) and v("y", 2) and v("z", 0), order)
order.clear()
print(v("k1", "k"), {v("k2", 1): v("v2", 2), v("k3", 3): v("v3", 4)}, order)
order.clear()

a = b = c = [1, 2]
a, (b, c), *rest = 1, (2, 3), 4, 5
first, *middle, last = range(6)
*init, final = "xyz"
[p, q] = {"p": 1, "q": 2}
print(a, b, c, rest, first, middle, last, init, final, p, q)
x = y = 0
x, y = y + 1, x - 1
print(x, y)
lst = list(range(10))
lst[2:5] = ["a"]
del lst[::3]
print(lst, lst[::-1], lst[-2:], lst[1:-1:2])
d = {"a": 1}
d["b"] = d.get("b", 0) + 2
del d["a"]
print(d)
n = 10
n //= 3
n **= 3
n <<= 2
n %= 7
n ^= 0b101
print(n)
t: int = 5
annotated_only: str
print(t, "annotated_only" in dir())

print(-5 // 2, -5 % 2, 5 // -2, 5 % -2, -5.5 // 2, -5.5 % 2, 2 ** -1, 2 ** 100, 10 ** 3)
print(7 / 2, 1e16, 1.5e-7, -0.0, 0.1 + 0.2, 1 + 2j, -1j, (1 + 2j) * 1j)
print(~5, -(-3), +True, True + True, True & False, 3 & 5 | 2 ^ 7, 1 << 70, -1 >> 3)
print("ab" * 3, 3 * "ab", (1, 2) * 2, (1,) + (2,), b"x" * 3, "abc"[1], "abc"[-1], (5, 6, 7)[1])
print(0x1F, 0o17, 0b1010, 1_000_000, 0xFFFFFFFFFFFFFFFFFF, 123456789012345678901234567890)
print("tab\there", 'quote\'s', "uni\u00e9\N{BULLET}", r"raw\n", b"by\x00tes", "con" "cat")
name, width, value = "pi", 10, 3.14159
print(f"{name!r:>{width}}|{value:.2f}|{value=}|{name = }|{value:{width}.{2}}|{'nested'}")
print(f"{{braces}} {1 + 1} {[i for i in range(3)]} {'x' if True else 'y'} {width:#x}")
print(f"{3.0!s} {'é'!a} {name!r}", f"", f"plain")
print(None, ..., True, False, __debug__, type(...).__name__)
print([1, *[2, 3], *(4,)], {*"ab", "c"} == {"a", "b", "c"}, {**{"a": 1}, "b": 2, **{"a": 3}})
print((lambda *a, **k: (a, k))(1, *[2], k=3, **{"j": 4}))
print([i * j for i in range(3) if i for j in range(i) if j != 1], {k: k * 2 for k in "ab"})
print({i % 3 for i in range(10)}, [y for x in [[1, 2], [3]] for y in x], [z for z in [5]])
cond = 4
print("big" if cond > 3 else "small", "yes" if not cond else "no")
if (w := cond * 2) > 5:
    print("walrus", w)
i = 0
while (i := i + 1) < 3:
    pass
print(i)
assert i == 3, "unreachable"
try:
    assert i == 4, f"i is {i}"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
