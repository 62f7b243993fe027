# itertools: product, permutations, combinations and
# combinations_with_replacement -- order, counts, edge cases, when the
# input is read, and checks against the documented recipes.
from itertools import (product, permutations, combinations,
                       combinations_with_replacement, islice)

from pull_log import Src, log, pulls


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def comb(n, k):
    return fact(n) // (fact(k) * fact(n - k)) if 0 <= k <= n else 0


def perm(n, k):
    return fact(n) // fact(n - k) if 0 <= k <= n else 0


# product
print(list(product("ab", range(3))))
print(list(product((0, 1), repeat=3)))
print(list(product("ab", "xy", repeat=2))[:6], len(list(product("ab", "xy", repeat=2))))
print(list(product()), list(product(repeat=0)), list(product("abc", repeat=0)), list(product(5, repeat=0)))
print(list(product("ab", [])), list(product([], "ab")), list(product("a", "b", "c")))
print(list(product([1, 2], repeat=1)), len(list(product(range(3), repeat=4))))
pr = product(Src("p", [1, 2]), Src("q", "xy"))
print(pulls(), next(pr), list(pr), list(pr))
pr = product("ab", "cd")
print(next(pr), next(pr), next(pr), next(pr), next(pr, "done"), next(pr, "done"))
p = product([[1]], [[2]])
first = next(p)
print(first, first[0] is next(product([first[0]]))[0])

# permutations
print(list(permutations("abc")))
print(list(permutations(range(3), 2)), list(permutations("abc", r=1)))
print(list(permutations("ab", 0)), list(permutations("", 0)), list(permutations("")), list(permutations("ab", 3)))
print(list(permutations([1, 2, 3], None)), list(permutations("ab", True)))
print(list(permutations("aab")))
for n in range(5):
    for r in range(n + 2):
        got = list(permutations(range(n), r))
        ok = (len(got) == perm(n, r) and len(set(got)) == len(got)
              and got == sorted(got))
        print("P(%d,%d)=%d%s" % (n, r, len(got), "" if ok else " WRONG"), end=" ")
print()
pm = permutations(Src("s", "xyz"), 2)
print(pulls(), next(pm), list(pm))
print(list(islice(permutations(range(5)), 40, 44)))

# combinations
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)))
print(list(combinations("abc", 0)), list(combinations("", 0)), list(combinations("ab", 3)), list(combinations([], 1)))
print(list(combinations(iterable="abc", r=2)), list(combinations([3, 1, 2], 3)))
for n in range(5):
    for r in range(n + 2):
        got = list(combinations(range(n), r))
        ok = (len(got) == comb(n, r) and got == sorted(got)
              and all(list(t) == sorted(set(t)) for t in got))
        print("C(%d,%d)=%d%s" % (n, r, len(got), "" if ok else " WRONG"), end=" ")
print()
cb = combinations(Src("c", [1, 2, 3]), 2)
print(pulls(), list(cb), next(cb, "exhausted"))

# combinations_with_replacement
cwr = combinations_with_replacement
print(list(cwr("ABC", 2)), list(cwr(range(2), 3)))
print(list(cwr("", 0)), list(cwr("", 2)), list(cwr("ab", 0)), list(cwr("a", 3)))
for n in range(4):
    for r in range(4):
        got = list(cwr(range(n), r))
        ok = (len(got) == comb(n + r - 1, r) if n else len(got) == (1 if r == 0 else 0))
        ok = ok and got == sorted(got) and all(list(t) == sorted(t) for t in got)
        print("%d%s" % (len(got), "" if ok else "!"), end=" ")
print()

# relations between them (the documented recipes)
pool = "abc"
for r in range(4):
    perms = [p for p in product(pool, repeat=r) if len(set(p)) == r]
    combs = [p for p in permutations(pool, r) if sorted(p) == list(p)]
    cwrs = [p for p in product(pool, repeat=r) if sorted(p) == list(p)]
    print(r, perms == list(permutations(pool, r)), combs == list(combinations(pool, r)),
          cwrs == list(cwr(pool, r)))

# the types and laziness of consumption
for obj in [product(), permutations(""), combinations("", 0), cwr("", 0)]:
    print(type(obj), type(obj).__name__, iter(obj) is obj)
sums = {}
for t in product(range(1, 5), repeat=3):
    s = sum(t)
    sums[s] = sums.get(s, 0) + 1
print("three 4-sided dice:", sorted(sums.items()))
print("subsets of 5:", sum(1 for r in range(6) for c in combinations(range(5), r)))
print("anagrams:", sorted(set("".join(p) for p in permutations("noon"))))
