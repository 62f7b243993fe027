# Item 6: passing an argument adds a reference; returning lets the locals die.
import sys

payload = ["payload"]
print("module level:", sys.getrefcount(payload))


def f(x):
    return sys.getrefcount(x)


print("f(payload):", f(payload))


def g(x):
    y = x
    z = [x, x]
    return sys.getrefcount(x)


print("g(payload) with two more locals refs:", g(payload))
print("after g returned:", sys.getrefcount(payload))


def nested(x, depth):
    if depth == 0:
        return sys.getrefcount(x)
    return nested(x, depth - 1)


print("recursion depths 0..4:", [nested(payload, depth) for depth in range(5)])
print("after recursion:", sys.getrefcount(payload))


# Returning an object hands the reference to the caller.
def make():
    fresh = {"made": True}
    print("  inside make:", sys.getrefcount(fresh))
    return fresh


made = make()
print("returned and bound once:", sys.getrefcount(made))
again = made
print("bound twice:", sys.getrefcount(made))


def keep_in(store, item):
    store.append(item)
    return len(store)


store = []
for i in range(3):
    keep_in(store, payload)
print("stored three times by a function:", sys.getrefcount(payload))
store = None
print("store dropped:", sys.getrefcount(payload))


# Default values are held by the function.
def with_default(x=payload):
    return x


print("held as a default:", sys.getrefcount(payload))
with_default()
print("calls do not leak:", sys.getrefcount(payload))
del with_default
print("function deleted:", sys.getrefcount(payload))


# A closure holds the object through its cell.
def make_getter(obj):
    def getter():
        return obj
    return getter


get = make_getter(payload)
print("held by a closure cell:", sys.getrefcount(payload))
print("closure returns it:", get() is payload)
get2 = make_getter(payload)
print("two closures:", sys.getrefcount(payload))
get = None
get2 = None
print("closures dropped:", sys.getrefcount(payload))


# Methods and instances.
class Wallet:
    def __init__(self, owner):
        self.owner = owner
        self.coins = []

    def add(self, coin):
        self.coins.append(coin)
        return sys.getrefcount(self)


w = Wallet(payload)
print("wallet owner ref:", sys.getrefcount(payload))
print("self inside a method call:", w.add(1))
print("wallet from outside:", sys.getrefcount(w))
add = w.add
print("a bound method holds the instance:", sys.getrefcount(w))
print("calling the bound method:", add(2))
del add
print("bound method dropped:", sys.getrefcount(w))
w = None
print("wallet gone, owner ref released:", sys.getrefcount(payload))

# Lambdas are functions too.
square = lambda n: n * n
funcs = [square, square]
print("lambda in a list twice:", sys.getrefcount(square), [fn(7) for fn in funcs])
print("function objects:", sys.getrefcount(f), sys.getrefcount(make))
