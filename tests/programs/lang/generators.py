# Generators: yield, next, send, return values, generator expressions and
# the generator object's attributes and errors.

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)
print(next(g, "default"))

# for loops, unpacking, builtins that consume iterators
print(sum(count(10)), max(count(4)), sorted(count(3), reverse=True))
a, b, c = count(3)
print(a, b, c)
print(dict(zip("abc", count(3))))
print(*count(4))
print(3 in count(5), 9 in count(5))

# generator expressions
print(sum(x * x for x in range(10)))
print(list(x for x in "abcd" if x != "b"))
print([(i, j) for i, j in ((i, j) for i in range(3) for j in range(i))])
squares = (n * n for n in range(4))
print(type(squares).__name__, squares.__name__, squares.__qualname__)
print(list(squares), list(squares))

def scoped():
    k = 10
    return list(x + k for x in range(3))
print(scoped())

# the outermost iterable is evaluated at once, the rest lazily
def noisy(tag, items):
    print("iter", tag)
    return items
ge = (x + y for x in noisy("outer", [1, 2]) for y in noisy("inner", [10]))
print("made")
print(list(ge))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

# send
def echo():
    got = yield "ready"
    while True:
        got = yield got * 2

e = echo()
print(e.send(None))
print(e.send(3))
print(e.send("ab"))
try:
    echo().send(1)
except TypeError as err:
    print("TypeError:", err)

def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

acc = accumulate()
next(acc)
for v in (1, 2, 3):
    print("total", acc.send(v))
try:
    acc.send(None)
except StopIteration as s:
    print("final", s.value)

# a generator returning a tuple keeps it whole in StopIteration.value
def give_tuple():
    yield 1
    return (1, 2)
t = give_tuple()
next(t)
try:
    next(t)
except StopIteration as s:
    print(s.value, s.args)

# attributes
def attrs():
    yield gen_ref.gi_running
gen_ref = attrs()
print(gen_ref.gi_running, gen_ref.gi_suspended, gen_ref.gi_yieldfrom)
print(next(gen_ref))
print(gen_ref.gi_running, gen_ref.gi_suspended)
print(gen_ref.__name__, gen_ref.__qualname__, gen_ref.gi_code.co_name if hasattr(gen_ref.gi_code, "co_name") else "attrs")
gen_ref.__name__ = "renamed"
print(gen_ref.__name__)
try:
    gen_ref.__qualname__ = 5
except TypeError as err:
    print("TypeError:", err)
print(iter(gen_ref) is gen_ref)
print(type(gen_ref), repr(gen_ref).startswith("<generator object attrs at 0x"))

class Holder:
    def items(self):
        yield self
h = Holder()
print(next(h.items()) is h, h.items().__qualname__)

# re-entering a running generator
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)
print(list(me))

# lambda generators and yield as an expression
lg = lambda: (yield 5)
g2 = lg()
print(next(g2))
try:
    g2.send("x")
except StopIteration as s:
    print("lambda returned", s.value)

def expr_yield():
    x = (yield 1) + (yield 2)
    print("sum", x)
ey = expr_yield()
print(next(ey), ey.send(10))
try:
    ey.send(20)
except StopIteration:
    print("stopped")

# generators as methods of iteration protocols
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
tree = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(tree))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])

# wrong arguments
try:
    e.send()
except TypeError as err:
    print("TypeError:", err)
try:
    e.close(1)
except TypeError as err:
    print("TypeError:", err)
try:
    e.throw()
except TypeError as err:
    print("TypeError:", err)
