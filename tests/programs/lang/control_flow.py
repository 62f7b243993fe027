# if/elif/else, while/for with else, break and continue.


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0 and n > 100:
        return "big even"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"


for n in [-3, 0, 4, 7, 102, 103]:
    print(n, classify(n))


def find_first_multiple(values, k):
    for v in values:
        if v % k == 0:
            print("  found", v)
            break
    else:
        print("  no multiple of", k)
        return None
    return v


find_first_multiple([3, 5, 9, 10], 5)
find_first_multiple([3, 7, 11], 5)
find_first_multiple([], 2)

i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i == 8:
        print("breaking at", i)
        break
    print("while body", i)
else:
    print("while else not reached")

count = 3
while count:
    print("countdown", count)
    count -= 1
else:
    print("while else runs when the condition becomes false")

primes = []
for candidate in range(2, 40):
    for divisor in range(2, candidate):
        if candidate % divisor == 0:
            break
    else:
        primes.append(candidate)
print("primes:", primes)

for row in range(4):
    line = ""
    for col in range(6):
        if col > row + 2:
            break
        if (row + col) % 2:
            continue
        line += str(col)
    print("row", row, "->", line)

# Nested loops with a flag.
target = 42
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == target:
            found = (a, b)
            break
    if found:
        break
print("factors of 42:", found)

# Truthiness in conditions.
for value in [0, 1, "", "x", [], [0], {}, {"k": 0}, None, 0.0, -0.5, (), ((),)]:
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")

# pass and empty blocks.
for _ in range(3):
    pass
if True:
    pass
else:
    print("never")
print("collatz from 27:")
n = 27
steps = 0
peak = n
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    if n > peak:
        peak = n
print("steps", steps, "peak", peak)
