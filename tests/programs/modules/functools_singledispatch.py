# functools.singledispatch and singledispatchmethod (registration by class).
from functools import singledispatch, singledispatchmethod


@singledispatch
def describe(obj, verbose=False):
    "Describe an object."
    return "object:" + type(obj).__name__

@describe.register(int)
def _(obj, verbose=False):
    return "int:%d%s" % (obj, "!" if verbose else "")

@describe.register(str)
def _(obj, verbose=False):
    return "str:" + obj

def describe_list(obj, verbose=False):
    return "list of %d: %s" % (len(obj), [describe(x) for x in obj])
describe.register(list, describe_list)

print(describe(3), describe(3, verbose=True), describe("hi"), describe(2.5))
print(describe(True))        # bool dispatches to int via the MRO
print(describe([1, "a", None, [2]]))
print(describe(None), describe((1,)), describe({}))
print(describe.__name__, describe.__doc__, describe.__wrapped__(1))
print(describe.dispatch(int) is describe.registry[int])
print(describe.dispatch(bool) is describe.registry[int])
print(describe.dispatch(float) is describe.registry[object])
print(describe.dispatch(list) is describe_list)
print(sorted(t.__name__ for t in describe.registry))

# class hierarchies
class Animal:
    pass
class Dog(Animal):
    pass
class Puppy(Dog):
    pass
class Cat(Animal):
    pass
class Robot:
    pass

@singledispatch
def speak(x):
    return "..."
@speak.register(Animal)
def _(x):
    return "generic animal noise"
@speak.register(Dog)
def _(x):
    return "woof"
for thing in [Animal(), Dog(), Puppy(), Cat(), Robot(), 5]:
    print(type(thing).__name__, speak(thing))
# registering later invalidates the dispatch cache
@speak.register(Puppy)
def _(x):
    return "yip"
print(speak(Puppy()), speak(Dog()))
speak.register(object, lambda x: "object fallback")
print(speak(Robot()), speak(Cat()))

# multiple inheritance follows the C3 MRO
class A:
    pass
class B(A):
    pass
class C(A):
    pass
class D(B, C):
    pass
@singledispatch
def which(x):
    return "base"
which.register(A, lambda x: "A")
which.register(C, lambda x: "C")
print(which(D()), which(B()), which(C()), which(A()), which(1))
which.register(B, lambda x: "B")
print(which(D()))

# register returns the function, so it can stack
@singledispatch
def num(x):
    return "other"
@num.register(float)
@num.register(int)
def _num(x):
    return "number %r" % (x,)
print(num(1), num(1.5), num("1"), _num(7))

# errors
try:
    describe()
except TypeError as e:
    print("TypeError", e)
try:
    describe.register("notatype", lambda x: x)
except TypeError as e:
    print("TypeError", e)
try:
    @describe.register
    def bad(x):
        return x
except TypeError as e:
    print("TypeError", str(e).split(":")[0])

# singledispatchmethod
class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return self.prefix + "?" + repr(arg)

    @fmt.register(int)
    def _(self, arg):
        return self.prefix + "int " + str(arg)

    @fmt.register(list)
    def _(self, arg):
        return self.prefix + "[" + ", ".join(self.fmt(x) for x in arg) + "]"

f = Formatter("> ")
print(f.fmt(5), f.fmt("s"), f.fmt([1, "x", [2]]), f.fmt(False))
print(Formatter.fmt.__name__)
g = Formatter("# ")
print(g.fmt(1), f.fmt(1))

# singledispatchmethod over classmethod / staticmethod implementations
class Neg:
    @singledispatchmethod
    @classmethod
    def neg(cls, arg):
        return (cls.__name__, "base", arg)
    @neg.register(int)
    @classmethod
    def _(cls, arg):
        return (cls.__name__, "int", -arg)
    @neg.register(str)
    @staticmethod
    def _(arg):
        return ("static", arg[::-1])
class SubNeg(Neg):
    pass
print(Neg.neg(3), Neg.neg("abc"), Neg.neg(1.5))
print(SubNeg.neg(2), Neg().neg(4), SubNeg().neg(1.0))
