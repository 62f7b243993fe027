# itertools: the infinite iterators and those that stop on the shortest
# input, their types and reprs, and exactly when they pull from a source.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress,
                       dropwhile, takewhile, filterfalse, starmap, pairwise,
                       zip_longest)

from pull_log import Src, log, pulls


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


# count
c = count()
print(type(c), repr(c), next(c), next(c), repr(c))
print(take(5, count(10)), take(4, count(1, 3)), take(4, count(5, -2)))
print(take(4, count(0.5, 0.25)), take(3, count(2**64)), take(3, count(True)))
for args in [(), (5,), (5, 2), (1.5,), (0, 1.0), (2**70,), (True,), (True, 2), (3, -1)]:
    print("count", args, "->", repr(count(*args)))
print(repr(count(start=7, step=3)), repr(count(step=2)), iter(c) is c)
c2 = count(3, 2)
next(c2)
print("after next:", repr(c2))

# cycle
print(take(7, cycle("abc")), take(3, cycle([])), take(5, cycle(range(2))))
cy = cycle(Src("s", [1, 2]))
print(take(5, cy), pulls())

# repeat
r = repeat("a", 3)
print(type(r), repr(r), list(r), repr(r), list(r))
print(repr(repeat("x")), repr(repeat(None, -5)), repr(repeat([1, 2], times=2)))
print(take(4, repeat(7)), list(repeat(1, 0)), list(repeat(object=2, times=2)))
r = repeat(1, 4)
print(r.__length_hint__(), next(r), r.__length_hint__())
print(list(map(pow, range(5), repeat(2))))

# accumulate
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([])), list(accumulate("abc")))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate([1, 2], None, initial=None)), list(accumulate(iterable=[2, 3], func=pow)))
acc = accumulate(Src("a", [1, 2, 3]), initial=10)
print(next(acc), pulls(), next(acc), pulls(), list(acc), pulls())
print(type(acc), type(accumulate([])).__name__)

# chain
print(list(chain("ab", [1, 2], (), range(3))), list(chain()), list(chain([])))
print(list(chain.from_iterable(["ab", "cd", ""])), type(chain.from_iterable([])))
ch = chain(Src("x", [1, 2]), Src("y", [3]))
print(next(ch), pulls(), list(ch), pulls(), list(ch), pulls())
bad = chain([1], 5, [2])
print(next(bad), end=" ")
try:
    next(bad)
except TypeError as e:
    print("TypeError:", e)
print("after the error the chain is done:", list(bad))
lazy = chain.from_iterable(Src("o", ["ab", "c"]))
print(pulls() == "", next(lazy), pulls(), list(lazy), pulls())

# compress
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1] * 3)))
cp = compress(Src("d", [1, 2, 3]), Src("s", [True, False]))
print(list(cp), pulls())
print(list(compress(data=[1, 2, 3], selectors=[1, 1])))

# dropwhile, takewhile, filterfalse
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [1, 1])))
tw = takewhile(lambda x: x < 3, Src("t", [1, 2, 3, 4]))
print(list(tw), pulls(), list(tw), pulls())
dw = dropwhile(lambda x: x < 3, Src("d", [1, 5, 2]))
print(next(dw), pulls(), list(dw), pulls())
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(filterfalse(bool, [0, 1, 2, 0.0])))

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 5], "zx"])))
print(list(starmap(lambda *a: a, [(), (1,), (1, 2)])))
sm = starmap(divmod, [(7, 2), (1, 0), (9, 4)])
print(next(sm), end=" ")
try:
    next(sm)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, next(sm))

# pairwise
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])), list(pairwise(range(3))))
pw = pairwise(Src("p", [1, 2, 3]))
print(next(pw), pulls(), list(pw), pulls(), list(pw), pulls())

# zip_longest
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()))
print(list(zip_longest([1, 2], [3], [4, 5, 6])), list(zip_longest([], [])))
zl = zip_longest(Src("a", [1]), Src("b", [1, 2, 3]))
print(list(zl), pulls(), list(zl), pulls())

# the types
for obj in [count(), cycle(""), repeat(1), accumulate([]), chain(), compress([], []),
            dropwhile(None, []), takewhile(None, []), filterfalse(None, []),
            starmap(None, []), pairwise([]), zip_longest()]:
    print(type(obj), type(obj).__module__, type(obj).__name__, iter(obj) is obj)
print(itertools.count.__qualname__, itertools.chain.__name__)
print(sorted(name for name in dir(itertools) if not name.startswith("_")))
