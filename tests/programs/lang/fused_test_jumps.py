# A comparison or identity test followed by a conditional jump is fused
# into one instruction; every kind of operand must still behave exactly as
# the unfused pair: side effects of __lt__/__bool__, errors, NaN, refcounts.
import sys

nan = float("nan")
vals = [1, 2, -1, 2**70, 1.0, 2.5, -0.0, 0.0, nan, float("inf"), True, None, "a"]
seen = []
for a in vals:
    for b in vals:
        for name, test in (
            ("<", lambda: a < b), ("<=", lambda: a <= b), ("==", lambda: a == b),
            ("!=", lambda: a != b), (">", lambda: a > b), (">=", lambda: a >= b),
        ):
            try:
                r = test()
            except TypeError:
                r = "TypeError"
            seen.append(r)
        if a == b:
            seen.append("eq")
        if not a != b:
            seen.append("not ne")
        if a is b:
            seen.append("is")
        if a is not b:
            seen.append("is not")
        try:
            if a < b:
                seen.append("lt")
            else:
                seen.append("not lt")
        except TypeError as e:
            seen.append(str(e))
print(len(seen), seen.count("eq"), seen.count("is"), seen.count("lt"))
print(seen[:40])


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool of", self.v)
        return self.v


class K:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("lt", self.n, other.n)
        return Truth(self.n < other.n)

    def __eq__(self, other):
        print("eq", self.n, other.n)
        return Truth(self.n == other.n)

    def __del__(self):
        print("del K", self.n)


if K(1) < K(2):
    print("taken")
if not K(3) < K(2):
    print("not taken")
while K(5) == K(6):
    print("never")
print("loop done")


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


class B:
    def __gt__(self, other):
        return Bad()


try:
    if B() > 1:
        print("unreachable")
except ValueError as e:
    print("ValueError", e, sys.exc_info()[2].tb_lineno)

i = 0
total = 0
while i < 1000:
    if i % 3 == 0:
        total += i
    elif i is None:
        total = -1
    i += 1
print(total)
x = 10**20
y = 10**20 + 0
print(x == y, x is y)
if x == y:
    print("big equal")
f = 0.1 + 0.2
if f > 0.3:
    print("float greater")
if f != f:
    print("nan?")
if nan != nan:
    print("nan differs")
if not nan == nan:
    print("nan not equal")
print(sys.getrefcount(x), sys.getrefcount(f))
