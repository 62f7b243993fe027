"""The fused instructions the compiler makes of common pairs -- a loop's
`for x in ...` storing straight into a local, the jump back to a loop's
`for`, `x = a + b` / `x += 1` storing the result into a local, and
`a, b = b, a` / `x = y = v` storing two locals at once -- must behave exactly
as the pairs they replace: the old value of the local is released after the
store, an exception in the operator leaves the local as it was, `break`,
`continue` and `else` run as written, and a generator's loop resumes in the
right place. (The release of the replaced value, an operator's error and
the two-store forms are fused_stores_release.py's.)"""


def for_store_break_continue_else():
    print("break / continue / else")
    out = []
    for i in range(10):
        if i % 2:
            continue
        if i == 8:
            break
        out.append(i)
    else:
        out.append("else")
    print(" ", out, i)
    for j in range(3):
        pass
    else:
        print("  else ran, j =", j)
    for k in []:
        print("never")
    else:
        print("  empty else")


def nested_loops():
    print("nested loops")
    total = 0
    for i in range(4):
        for j in range(i):
            for k in range(j):
                total += i * j + k
    print("  total", total, i, j, k)
    pairs = [(a, b) for a in range(3) for b in range(a)]
    print(" ", pairs)


def binop_store():
    print("x = a + b and x += n store into the local")
    a, b = 3, 4
    x = a + b
    print(" ", x)
    x = x * 2 - a
    print(" ", x)
    for n in range(5):
        x += n
    print(" ", x)
    s = "ab"
    s += "cd"
    s = s + s
    print(" ", s)
    f = 1.5
    f = f * a
    print(" ", f)
    big = 2**62
    big = big + big
    big += big
    print(" ", big)


def conditional_into_store():
    print("a conditional expression jumps into the store")
    out = []
    for i in range(6):
        v = i * 10 if i % 3 else -i
        out.append(v)
    print(" ", out)
    w = 0
    for i in range(4):
        w = (w + i) if i else w - 1
    print(" ", w)


def gen(n):
    for i in range(n):
        sq = i * i
        yield sq
        sq += 1
        yield sq


def generator_loops():
    print("loops inside generators resume in place")
    print(" ", list(gen(4)))
    g = gen(3)
    print(" ", next(g), next(g), next(g))
    total = 0
    for v in gen(5):
        total += v
    print("  total", total)


def while_loops():
    print("while loops and jumps")
    i, acc = 0, 0
    while i < 10:
        i += 1
        if i == 3:
            continue
        acc += i
    print(" ", i, acc)
    it = iter(range(5))
    for x in it:
        if x == 2:
            break
    rest = [y for y in it]
    print(" ", x, rest)


def iterator_errors():
    print("an error raised by the iterator propagates from the loop")

    class Bad:
        def __init__(self):
            self.n = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.n += 1
            if self.n > 2:
                raise KeyError("stop here")
            return self.n

    seen = None
    try:
        for seen in Bad():
            print("  item", seen)
    except KeyError as e:
        print("  caught", repr(e), "last", seen)


for_store_break_continue_else()
nested_loops()
binop_store()
conditional_into_store()
generator_loops()
while_loops()
iterator_errors()
print("end")
