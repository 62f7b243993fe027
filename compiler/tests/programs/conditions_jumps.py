# Conditions compiled as jumps: chained comparisons, and/or/not, conditional
# expressions and constant tests in if/while/assert/comprehension filters.
def classify(x):
    if 1 < x < 5:
        return "small"
    elif not 5 <= x <= 10:
        return "outside"
    elif x == 7 or x == 8 and x > 0:
        return "seven-ish"
    elif (x > 8 if x % 2 else x < 7):
        return "conditional"
    return "other"


print([classify(v) for v in range(-1, 13)])

calls = []


def t(label, value):
    calls.append(label)
    return value


if t("a", 0) or t("b", 1) and not t("c", 0):
    print("taken", calls)
calls.clear()
if not (t("a", 1) and t("b", 0)) and (t("c", 0) or t("d", 2)):
    print("taken", calls)
calls.clear()
if t("a", 3) < t("b", 2) < t("c", 1):
    print("not taken")
else:
    print("chain short-circuits", calls)
calls.clear()
while 0 <= len(calls) < 3:
    calls.append(len(calls))
print(calls)
print([v for v in range(12) if 2 < v <= 6 or not v % 5], [v for v in "abc" if v not in "b"])
i = 0
while True:
    i += 1
    if i > 3:
        break
while not False and i < 6:
    i += 1
print(i, "x" if True else "y", "p" if () else "q")
if (n := len("four")) and n is not None and n is not 3:
    print("walrus chain", n)
x = None
print(x is None, x is not None, not x is None, not x in [None], [] == [] != {})
assert 1 < 2 < 3 and not 3 < 2, "chain in assert"
flags = [a and b or c for a in (0, 1) for b in (0, 2) for c in ("", "c")]
print(flags)


class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
rest = (2, 3)
print(g[1, *rest], g[::2], g[1:], g[:, 0], g[...])
print((lambda: (yield_ := 5) and yield_)())
