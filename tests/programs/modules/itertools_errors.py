# itertools: argument checking with CPython's TypeError/ValueError texts,
# and exceptions raised by sources and callbacks passing through.
import itertools as it


def attempt(label, f):
    try:
        result = f()
        if not isinstance(result, (list, tuple, str, int)):
            result = list(result)
    except Exception as e:
        print("%-44s %s: %s" % (label, type(e).__name__, e))
    else:
        print("%-44s -> %r" % (label, result))


attempt("count('a')", lambda: it.count("a"))
attempt("count(1, 'a')", lambda: it.count(1, "a"))
attempt("count(None)", lambda: it.count(None))
attempt("count(1, 2, 3)", lambda: it.count(1, 2, 3))
attempt("count(x=1)", lambda: it.count(x=1))
attempt("count(1, start=2)", lambda: it.count(1, start=2))
attempt("count(a=1, b=2, c=3)", lambda: it.count(a=1, b=2, c=3))
attempt("cycle()", lambda: it.cycle())
attempt("cycle(1)", lambda: it.cycle(1))
attempt("cycle([], [])", lambda: it.cycle([], []))
attempt("cycle(iterable=[])", lambda: it.cycle(iterable=[]))
attempt("repeat()", lambda: it.repeat())
attempt("repeat(1, 'a')", lambda: it.repeat(1, "a"))
attempt("repeat(1, None)", lambda: it.repeat(1, None))
attempt("repeat(1, 2.5)", lambda: it.repeat(1, 2.5))
attempt("repeat(1, 2, 3)", lambda: it.repeat(1, 2, 3))
attempt("repeat(1, x=2)", lambda: it.repeat(1, x=2))
attempt("repeat(1, object=2)", lambda: it.repeat(1, object=2))
attempt("repeat(times=2)", lambda: it.repeat(times=2))
attempt("repeat(1, 2**80)", lambda: it.repeat(1, 2**80))
attempt("repeat(1).__length_hint__()", lambda: it.repeat(1).__length_hint__())
attempt("accumulate()", lambda: it.accumulate())
attempt("accumulate(1)", lambda: it.accumulate(1))
attempt("accumulate([1], None, None)", lambda: it.accumulate([1], None, None))
attempt("accumulate([1], x=1)", lambda: it.accumulate([1], x=1))
attempt("accumulate([], iterable=[])", lambda: it.accumulate([], iterable=[]))
attempt("accumulate([1, 'a'])", lambda: it.accumulate([1, "a"]))
attempt("chain(x=1)", lambda: it.chain(x=1))
attempt("chain(1)", lambda: it.chain(1))
attempt("chain.from_iterable(1)", lambda: it.chain.from_iterable(1))
attempt("chain.from_iterable()", lambda: it.chain.from_iterable())
attempt("chain.from_iterable([], [])", lambda: it.chain.from_iterable([], []))
attempt("chain.from_iterable([1])", lambda: it.chain.from_iterable([1]))
attempt("compress([1])", lambda: it.compress([1]))
attempt("compress()", lambda: it.compress())
attempt("compress(1, [])", lambda: it.compress(1, []))
attempt("compress([], 1)", lambda: it.compress([], 1))
attempt("compress([], [], [])", lambda: it.compress([], [], []))
attempt("compress([], data=[])", lambda: it.compress([], data=[]))
for name in ["dropwhile", "takewhile", "filterfalse", "starmap"]:
    f = getattr(it, name)
    attempt(name + "(bool)", lambda: f(bool))
    attempt(name + "(bool, 1)", lambda: f(bool, 1))
    attempt(name + "(bool, [], [])", lambda: f(bool, [], []))
    attempt(name + "(bool, [], x=1)", lambda: f(bool, [], x=1))
    attempt(name + "(None, [1])", lambda: f(None, [1]))
attempt("starmap(pow, [1])", lambda: it.starmap(pow, [1]))
attempt("groupby()", lambda: it.groupby())
attempt("groupby(1)", lambda: it.groupby(1))
attempt("groupby([], 1, 2)", lambda: it.groupby([], 1, 2))
attempt("groupby([], k=1)", lambda: it.groupby([], k=1))
attempt("groupby(key=len)", lambda: it.groupby(key=len))
attempt("groupby([1], key=1)", lambda: it.groupby([1], key=1))
attempt("groupby(iterable=[1])", lambda: [k for k, g in it.groupby(iterable=[1])])
attempt("islice()", lambda: it.islice())
attempt("islice([])", lambda: it.islice([]))
attempt("islice([], 1, 2, 3, 4)", lambda: it.islice([], 1, 2, 3, 4))
for args in [(-1,), (-2,), ("a",), (1.5,), (2**80,), (-1, 2), ("a", 2), (1, -1),
             (1, -2), (1, 2, 0), (1, 2, -1), (1, 2, "a"), (2**80, None),
             (None, None, 2**80), (None,), (1, None, None)]:
    attempt("islice(range(9), *%r)" % (args,), lambda: it.islice(range(9), *args))
attempt("islice(1, 2)", lambda: it.islice(1, 2))
attempt("islice(1, -1)", lambda: it.islice(1, -1))
attempt("islice([], stop=2)", lambda: it.islice([], stop=2))
attempt("pairwise()", lambda: it.pairwise())
attempt("pairwise(1)", lambda: it.pairwise(1))
attempt("pairwise([], [])", lambda: it.pairwise([], []))
attempt("pairwise(iterable=[])", lambda: it.pairwise(iterable=[]))
attempt("tee()", lambda: it.tee())
attempt("tee(1)", lambda: it.tee(1))
attempt("tee([], -1)", lambda: it.tee([], -1))
attempt("tee([], 'a')", lambda: it.tee([], "a"))
attempt("tee(1, 0)", lambda: it.tee(1, 0))
attempt("tee([], 1, 2)", lambda: it.tee([], 1, 2))
attempt("tee([], n=2)", lambda: it.tee([], n=2))
attempt("zip_longest(1)", lambda: it.zip_longest(1))
attempt("zip_longest([], x=1)", lambda: it.zip_longest([], x=1))
attempt("zip_longest([], fillvalue=1, x=2)", lambda: it.zip_longest([], fillvalue=1, x=2))
attempt("product(1)", lambda: it.product(1))
attempt("product([], repeat=-1)", lambda: it.product([], repeat=-1))
attempt("product([], x=1)", lambda: it.product([], x=1))
attempt("product([], repeat='a')", lambda: it.product([], repeat="a"))
attempt("product([1], repeat=True)", lambda: it.product([1], repeat=True))
attempt("permutations()", lambda: it.permutations())
attempt("permutations(1)", lambda: it.permutations(1))
attempt("permutations([], -1)", lambda: it.permutations([], -1))
attempt("permutations([], 1.5)", lambda: it.permutations([], 1.5))
attempt("permutations([], '2')", lambda: it.permutations([], "2"))
attempt("permutations([], 1, 2)", lambda: it.permutations([], 1, 2))
attempt("permutations('ab', r=-1)", lambda: it.permutations("ab", r=-1))
attempt("combinations([])", lambda: it.combinations([]))
attempt("combinations()", lambda: it.combinations())
attempt("combinations([], -1)", lambda: it.combinations([], -1))
attempt("combinations([], 1.5)", lambda: it.combinations([], 1.5))
attempt("combinations([], None)", lambda: it.combinations([], None))
attempt("combinations(1, 2)", lambda: it.combinations(1, 2))
attempt("combinations([], 1, 2)", lambda: it.combinations([], 1, 2))
attempt("combinations([], r=1, x=2)", lambda: it.combinations([], r=1, x=2))
attempt("combinations('ab', 2**80)", lambda: it.combinations("ab", 2**80))
attempt("combinations_with_replacement([])", lambda: it.combinations_with_replacement([]))
attempt("combinations_with_replacement([], -1)", lambda: it.combinations_with_replacement([], -1))
attempt("combinations_with_replacement([1], 'x')", lambda: it.combinations_with_replacement([1], "x"))


# exceptions from sources and callbacks pass through; some iterators then stop
class Boom:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise KeyError("boom")
        return self.n


def drain(label, iterator):
    out = []
    for _ in range(6):
        try:
            out.append(next(iterator))
        except StopIteration:
            out.append("stop")
            break
        except KeyError as e:
            out.append("KeyError" + str(e))
    print("%-12s %r" % (label, out))


drain("cycle", it.cycle(Boom(2)))
drain("islice", it.islice(Boom(2), 5))
drain("pairwise", it.pairwise(Boom(3)))
drain("zip_longest", it.zip_longest(Boom(2), "abcdef"))
drain("chain", it.chain(Boom(1), "xy"))
drain("accumulate", it.accumulate(Boom(2)))
drain("tee", it.tee(Boom(2))[0])
drain("dropwhile", it.dropwhile(lambda x: x > 5, Boom(2)))
drain("compress", it.compress(Boom(2), [1, 1, 1, 1]))


class Index:
    def __index__(self):
        return "seven"


attempt("repeat(1, Index())", lambda: it.repeat(1, Index()))
attempt("islice([], Index())", lambda: it.islice([], Index()))
