# set methods (small ints print in a fixed order; strings are sorted before printing).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print("a | b:", a | b, a.union(b), a.union([7], (0,)))
print("a & b:", a & b, a.intersection(b), a.intersection(range(2)))
print("a - b:", a - b, a.difference(b), b - a)
print("a ^ b:", a ^ b, a.symmetric_difference(b))
print("subset:", {1, 2} <= a, {1, 2}.issubset(a), a.issubset({1, 2}), {1, 2} < a, a < a)
print("superset:", a >= {1}, a.issuperset({1, 5}), a.issuperset([]), a > {1, 2, 3, 4})
print("disjoint-ish:", len(a & {9, 10}) == 0, a == {4, 3, 2, 1}, a != b)
s = set()
for n in [5, 1, 5, 3, 1]:
    s.add(n)
print("add:", s, len(s))
s.discard(5)
s.discard(42)
print("discard:", s)
s.remove(1)
print("remove:", s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
c = a.copy()
c.add(100)
print("copy:", a, sorted(c), c is a)
popped = []
while c:
    popped.append(c.pop())
print("popped everything:", sorted(popped), c)
try:
    c.pop()
except KeyError as e:
    print("KeyError:", e)
c = {7, 8}
c.clear()
print("clear:", c, len(c), bool(c))
print("membership:", 3 in a, 9 in a, 9 not in a)
print("from iterables:", set([1, 1, 2]), set(range(5)), set((2, 2)), sorted(set("banana")))
print("set of tuples:", sorted({(1, 2), (2, 1), (1, 2)}))
print("comprehension:", {n % 4 for n in range(20)})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)

# Augmented operators mutate in place.
x = {1, 2}
alias = x
x |= {3}
x &= {1, 3, 5}
x -= {1}
x ^= {9, 3}
print("augmented:", x, alias is x)

# A practical use: finding duplicates and common items.
students_math = ["ann", "bob", "cy", "dee", "eve"]
students_art = ["cy", "eve", "fay", "gus", "ann"]
m, r = set(students_math), set(students_art)
print("both:", sorted(m & r))
print("only math:", sorted(m - r))
print("only one:", sorted(m ^ r))
print("all:", sorted(m | r), len(m | r))
seen = set()
dupes = []
for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if n in seen:
        dupes.append(n)
    seen.add(n)
print("duplicates in order:", dupes, "distinct:", sorted(seen))
primes = set(range(2, 50))
for p in range(2, 8):
    primes -= set(range(p * p, 50, p))
print("primes below 50:", sorted(primes), len(primes))
