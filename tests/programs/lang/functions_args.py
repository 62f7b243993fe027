# Defaults, *args, **kwargs, keyword-only arguments and calls that unpack.


def describe(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation


print(describe("Ada"))
print(describe("Ada", "Hi"))
print(describe("Ada", punctuation="?"))
print(describe(greeting="Hey", name="Bob"))


def total(*numbers):
    print("  numbers is a tuple:", numbers, type(numbers))
    result = 0
    for n in numbers:
        result += n
    return result


print(total())
print(total(1, 2, 3))
values = [4, 5, 6]
print(total(*values))
print(total(*values, 10, *range(3)))


def options(**settings):
    keys = sorted(settings)
    return [(k, settings[k]) for k in keys]


print(options())
print(options(color="red", size=3))
extra = {"weight": 2.5, "color": "blue"}
print(options(**extra, shape="circle"))


def everything(a, b=2, *args, c, d=4, **kwargs):
    return "a={} b={} args={} c={} d={} kwargs={}".format(a, b, args, c, d, sorted(kwargs.items()))


print(everything(1, c=3))
print(everything(1, 20, 30, 40, c=3, d=5, e=6, f=7))
print(everything(*[1, 2, 3], **{"c": "cee", "z": 0}))


def keyword_only(*, left, right="R"):
    return left + right


print(keyword_only(left="L"))
print(keyword_only(right="r", left="l"))
try:
    keyword_only("L")
except TypeError as e:
    print("TypeError:", e)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    describe("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    describe("a", nickname="b")
except TypeError as e:
    print("TypeError:", e)
try:
    describe("a", name="b")
except TypeError as e:
    print("TypeError:", e)


# Functions are values: passed, returned, stored.
def apply_twice(fn, x):
    return fn(fn(x))


def increment(x):
    return x + 1


print(apply_twice(increment, 5))
print(apply_twice(lambda s: s + s, "ab"))
pipeline = [increment, lambda v: v * 10, str, len]
value = 41
for step in pipeline:
    value = step(value)
    print("  pipeline step ->", repr(value))


def no_return():
    pass


def early(n):
    if n > 0:
        return "positive"
    return


print(no_return(), early(1), early(-1))


def multiple():
    return 1, "two", [3]


one, two, three = multiple()
print(one, two, three, multiple())


print(callable(describe), callable(42), callable(lambda: 0), callable(str))
