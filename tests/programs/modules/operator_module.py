# operator: every function of 3.11's operator module, the in-place and
# dunder aliases, itemgetter/attrgetter/methodcaller with their reprs, and
# the errors CPython gives.
import operator
from operator import itemgetter, attrgetter, methodcaller


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print("%-36s %s: %s" % (label, type(e).__name__, e))
    else:
        print("%-36s -> %r" % (label, result))


binary = ["lt", "le", "eq", "ne", "ge", "gt", "is_", "is_not", "add", "and_",
          "floordiv", "lshift", "mod", "mul", "or_", "pow", "rshift", "sub",
          "truediv", "xor"]
for a, b in [(7, 3), (3, 7), (2, 2), (-9, 4), (0b1100, 0b1010)]:
    print(a, b, [getattr(operator, name)(a, b) for name in binary])
print([getattr(operator, name)(2.5, 0.5) for name in binary if name not in ("and_", "or_", "xor", "lshift", "rshift")])
print(operator.add("ab", "cd"), operator.mul([0], 3), operator.mod("%s-%d", ("x", 4)))
print(operator.lt("abc", "abd"), operator.eq([1, 2], [1, 2]), operator.is_([], []), operator.is_not(None, None))
print(operator.and_({1, 2, 3}, {2, 3, 4}), operator.or_({1}, {2}), operator.xor({1, 2}, {2, 3}), operator.sub({1, 2}, {1}))

unary = ["not_", "truth", "abs", "inv", "invert", "neg", "pos", "index"]
for a in [0, 5, -3, True]:
    print(a, [getattr(operator, name)(a) for name in unary])
print(operator.not_([]), operator.truth([0]), operator.abs(-2.5), operator.neg(2.5), operator.pos(-0.0))
print(type(operator.index(True)), operator.index(2**70))


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return "Vec%r" % (tuple(self.xs),)

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __imatmul__(self, other):
        self.xs = [self @ other]
        return self

    def __index__(self):
        return len(self.xs)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]


v = Vec(1, 2, 3)
print(operator.matmul(v, Vec(4, 5, 6)), operator.index(v), operator.__matmul__(v, v))
w = Vec(1, 2)
print(operator.imatmul(w, Vec(3, 4)) is w, w)

# sequences
seq = [3, 1, 4, 1, 5, 9, 2, 6]
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.concat((1,), (2, 3)))
print(operator.contains(seq, 4), operator.contains("abc", "bc"), operator.contains({1: 2}, 2))
print(operator.countOf(seq, 1), operator.countOf("banana", "a"), operator.countOf(iter(seq), 7))
print(operator.indexOf(seq, 5), operator.indexOf("abc", "c"), operator.indexOf(iter([0, 1]), 1))
nan = float("nan")
print("nan by identity:", operator.countOf([nan, nan, 1], nan), operator.indexOf([1, nan], nan))
print(operator.getitem(seq, 2), operator.getitem(seq, slice(1, 4)), operator.getitem({"k": 1}, "k"))
d = {}
operator.setitem(d, "a", 1)
operator.setitem(seq, slice(0, 2), ["x"])
print(d, seq, operator.delitem(seq, 0), seq)
operator.delitem(d, "a")
print(d)

# length_hint
class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        if isinstance(self.value, Exception):
            raise self.value
        return self.value


print(operator.length_hint([1, 2, 3]), operator.length_hint("abcd"), operator.length_hint(5), operator.length_hint(5, 9))
print(operator.length_hint(Hint(4)), operator.length_hint(Hint(NotImplemented), 2), operator.length_hint(Hint(TypeError()), 3))
print(operator.length_hint(range(10)), operator.length_hint({1: 2}), operator.length_hint(Vec(1, 2)))
attempt("length_hint(Hint(-1))", lambda: operator.length_hint(Hint(-1)))
attempt("length_hint(Hint('x'))", lambda: operator.length_hint(Hint("x")))
attempt("length_hint(Hint(KeyError(1)))", lambda: operator.length_hint(Hint(KeyError(1))))
attempt("length_hint([], 'a')", lambda: operator.length_hint([], "a"))

# call (new in 3.11)
print(operator.call(max, 3, 9, 4), operator.call(sorted, [3, 1], reverse=True), operator.call(dict, a=1))

# in-place operations
inplace = ["iadd", "iand", "ifloordiv", "ilshift", "imod", "imul", "ior", "ipow",
           "irshift", "isub", "itruediv", "ixor"]
print([getattr(operator, name)(12, 5) for name in inplace])
lst = [1]
print(operator.iadd(lst, [2]) is lst, operator.iconcat(lst, (3,)) is lst, operator.imul(lst, 2) is lst, lst)
t = (1,)
print(operator.iadd(t, (2,)), t, operator.iconcat("a", "b"))
s = {1, 2}
print(operator.ior(s, {3}) is s, operator.iand(s, {2, 3}) is s, operator.ixor(s, {4}) is s, operator.isub(s, {4}) is s, s)

# dunder aliases are the same functions
names = ["lt", "le", "eq", "ne", "ge", "gt", "abs", "add", "floordiv", "index", "inv",
         "invert", "lshift", "mod", "mul", "matmul", "neg", "pos", "pow", "rshift",
         "sub", "truediv", "xor", "concat", "contains", "delitem", "getitem",
         "setitem", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imod", "imul",
         "imatmul", "ior", "ipow", "irshift", "isub", "itruediv", "ixor", "call"]
print(all(getattr(operator, "__%s__" % n) is getattr(operator, n) for n in names))
print(operator.__not__ is operator.not_, operator.__and__ is operator.and_, operator.__or__ is operator.or_)
print(operator.inv is operator.invert, sorted(operator.__all__) == sorted(set(operator.__all__)), len(operator.__all__))
print(all(hasattr(operator, n) for n in operator.__all__))


# itemgetter
ig = itemgetter(1)
print(type(ig), repr(ig), ig("abc"), ig([10, 20]), ig({1: "one"}))
ig = itemgetter(0, -1, slice(1, 3))
print(repr(ig), ig("hello"), ig([1, 2, 3, 4]))
print(repr(itemgetter("k")), repr(itemgetter(1, "a")), itemgetter("k", "j")({"k": 1, "j": 2}))
rows = [("bob", 3), ("amy", 9), ("cat", 3), ("dan", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(1)))


class P:
    def __init__(self, name, age, parent=None):
        self.name = name
        self.age = age
        self.parent = parent

    def greet(self, greeting="hi", punct="."):
        return "%s, %s%s" % (greeting, self.name, punct)

    def older(self, years):
        return self.age + years


# attrgetter
root = P("ann", 60)
kid = P("bo", 30, root)
ag = attrgetter("name")
print(type(ag), repr(ag), ag(kid), attrgetter("parent.name")(kid), attrgetter("parent.age", "name")(kid))
print(repr(attrgetter("a.b", "c")), repr(attrgetter("parent.parent")))
print(sorted([kid, root], key=attrgetter("age"))[0].name, attrgetter("real", "imag")(5))
attempt("attrgetter('parent.parent.name')(kid)", lambda: attrgetter("parent.parent.name")(kid))
attempt("attrgetter('nope')(kid)", lambda: attrgetter("nope")(kid))

# methodcaller
mc = methodcaller("greet")
print(type(mc), repr(mc), mc(kid), methodcaller("greet", "hello")(root))
mc = methodcaller("greet", "yo", punct="!")
print(repr(mc), mc(kid), repr(methodcaller("m", 1, k=2)), repr(methodcaller("split", ",", maxsplit=1)))
print(methodcaller("split", ",", maxsplit=1)("a,b,c"), methodcaller("upper")("abc"), methodcaller("older", 5)(root))
print(repr(methodcaller("f", [1], name="x")), methodcaller("get", "a", 0)({}))

# errors
attempt("itemgetter()", lambda: itemgetter())
attempt("itemgetter(1, k=2)", lambda: itemgetter(1, k=2))
attempt("itemgetter(1)()", lambda: itemgetter(1)())
attempt("itemgetter(1)(1, 2)", lambda: itemgetter(1)(1, 2))
attempt("itemgetter(1)(x=[1])", lambda: itemgetter(1)(x=[1]))
attempt("itemgetter(5)([1])", lambda: itemgetter(5)([1]))
attempt("itemgetter('k')({})", lambda: itemgetter("k")({}))
attempt("attrgetter()", lambda: attrgetter())
attempt("attrgetter(1)", lambda: attrgetter(1))
attempt("attrgetter('a', 1)", lambda: attrgetter("a", 1))
attempt("attrgetter('a')()", lambda: attrgetter("a")())
attempt("attrgetter(a=1)", lambda: attrgetter(a=1))
attempt("methodcaller()", lambda: methodcaller())
attempt("methodcaller(1)", lambda: methodcaller(1))
attempt("methodcaller('a')()", lambda: methodcaller("a")())
attempt("methodcaller('nope')(1)", lambda: methodcaller("nope")(1))
attempt("index(1.5)", lambda: operator.index(1.5))
attempt("index('a')", lambda: operator.index("a"))
attempt("concat(1, 2)", lambda: operator.concat(1, 2))
attempt("iconcat(1, 2)", lambda: operator.iconcat(1, 2))
attempt("indexOf([1], 2)", lambda: operator.indexOf([1], 2))
attempt("countOf(1, 2)", lambda: operator.countOf(1, 2))
attempt("indexOf(1, 2)", lambda: operator.indexOf(1, 2))
attempt("add(1, 'a')", lambda: operator.add(1, "a"))
attempt("truediv(1, 0)", lambda: operator.truediv(1, 0))
attempt("getitem([], 0)", lambda: operator.getitem([], 0))
attempt("getitem(1, 2)", lambda: operator.getitem(1, 2))
attempt("neg('a')", lambda: operator.neg("a"))
attempt("lt(1, 'a')", lambda: operator.lt(1, "a"))
