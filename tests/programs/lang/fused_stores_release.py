"""The fused stores (a loop's `for x in ...`, `x = a + b`, `x += n`,
`a, b = b, a`) release the local's old value right after storing the new
one, as the unfused pairs do: under reference counting each `__del__` prints
at that moment. Mark-and-sweep finalizes at its next collection instead
(fused_stores_release.marksweep.out)."""


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def __add__(self, other):
        if other == "boom":
            raise ValueError("no " + self.name)
        return Noisy(self.name + "+" + str(other))

    def __iadd__(self, other):
        return Noisy(self.name + "+=" + str(other))

    def __repr__(self):
        return "Noisy(" + self.name + ")"


def for_store_releases_old():
    print("for-store releases the previous item as the next is stored")
    for x in [Noisy("a"), Noisy("b"), Noisy("c")]:
        print("  got", x.name)
    print("  after loop", x.name)
    del x
    print("  done")


def binop_store_releases():
    print("the replaced local is released after the store")
    v = Noisy("v")
    v = v + 1
    print("  now", v.name)
    v += 2
    print("  now", v.name)
    v = None
    print("  cleared")


def binop_store_error_keeps_local():
    print("an exception in the operator leaves the local alone")
    v = Noisy("keep")
    try:
        v = v + "boom"
    except ValueError as e:
        print("  caught", e)
    print("  still", v.name)
    n = 10
    try:
        n = n + "x"
    except TypeError as e:
        print("  caught", e)
    print("  still", n)
    try:
        n //= 0
    except ZeroDivisionError as e:
        print("  caught", e)
    print("  still", n)
    del v


def two_stores():
    print("two stores at once")
    a, b = 1, 2
    a, b = b, a
    print(" ", a, b)
    x = y = [1]
    print(" ", x is y)
    p, q = Noisy("p"), Noisy("q")
    p, q = q, p
    print("  swapped", p.name, q.name)
    p = q = None
    print("  both cleared")
    for i, (c, d) in enumerate(["ab", "cd"]):
        print(" ", i, c, d)


for_store_releases_old()
binop_store_releases()
binop_store_error_keeps_local()
two_stores()
print("end")
