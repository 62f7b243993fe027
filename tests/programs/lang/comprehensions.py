# List, dict and set comprehensions (no generator expressions).
squares = [n * n for n in range(10)]
print("squares:", squares)
evens = [n for n in range(20) if n % 2 == 0]
print("evens:", evens)
pairs = [(a, b) for a in range(3) for b in range(3) if a != b]
print("pairs:", pairs)
flattened = [x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row]
print("flattened:", flattened)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print("matrix:", matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print("transposed:", transposed)
labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print("labels:", labels)

words = ["apple", "banana", "cherry", "avocado", "blueberry", "cranberry", "date"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print("grouped:", by_letter)
lengths = {w: len(w) for w in words}
print("lengths:", lengths)
inverted = {v: k for k, v in {"one": 1, "two": 2, "three": 3}.items()}
print("inverted:", inverted)
long_words = {w: n for w, n in lengths.items() if n > 5}
print("long words:", long_words)
first_letters = sorted({w[0] for w in words})
print("first letters:", first_letters)
mods = {n % 7 for n in range(100)}
print("residues mod 7:", mods)
square_set = {n * n % 10 for n in range(1, 20)}
print("last digits of squares:", square_set)

# Nested comprehension with a condition on both levels.
triples = [(a, b, c) for a in range(1, 30) for b in range(a, 30) for c in range(b, 30) if a * a + b * b == c * c]
print("pythagorean triples:", triples)

# Comprehension variables do not leak.
x = "outer"
result = [x for x in range(3)]
print("x after comprehension:", x, result)

# Comprehensions see enclosing function variables.
def scaled(values, factor):
    return [v * factor for v in values if v * factor < 50]


print("scaled:", scaled(range(10), 7))


def table(n):
    return {i: [j for j in range(1, i + 1) if i % j == 0] for i in range(1, n + 1)}


for k, divisors in table(12).items():
    print("  divisors of", k, "=", divisors)

# Building strings with comprehensions and join.
grid = "\n".join(["".join(["#" if (r + c) % 3 == 0 else "." for c in range(8)]) for r in range(4)])
print(grid)
csv = "name,age\nann,31\nbob,27\ncy,45"
rows = [line.split(",") for line in csv.splitlines()]
header, body = rows[0], rows[1:]
records = [{header[i]: row[i] for i in range(len(header))} for row in body]
print("records:", records)
print("ages:", sum([int(r["age"]) for r in records]), max([r["name"] for r in records]))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print("letter counts:", counts)
print("sorted by count:", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("any/all over comprehensions:", any([n > 8 for n in squares]), all([n >= 0 for n in squares]))
