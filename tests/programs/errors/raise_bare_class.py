# Raising a class without arguments: the last stderr line is just the name.


def validate(n):
    if n < 0:
        raise ValueError
    return n * 2


def process(values):
    out = []
    for n in values:
        try:
            out.append(validate(n))
        except ValueError as e:
            print("  rejected", n, "repr", repr(e), "args", e.args)
    return out


print("batch 1:", process([3, -2, 1]))
print("batch 2:", process([-1, -5]))
for n in [3, 2, 1, 0, -1, 5]:
    print(n, "->", validate(n))
print("not reached")
