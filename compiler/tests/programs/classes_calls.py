# Classes, super(), decorators, properties, and every calling form.
import functools


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return ("traced", fn(*args, **kwargs))

    return wrapper


def tag(label):
    def deco(cls):
        cls.label = label
        return cls

    return deco


@tag("base")
class Base:
    """Base docstring."""

    kind = "base"

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.kind}:{self.name}"

    @classmethod
    def make(cls, name):
        return cls(name)

    @staticmethod
    def helper(x, y=2):
        return x * y

    @property
    def upper(self):
        return self.name.upper()


class Child(Base):
    kind = "child"

    def describe(self):
        return "child(" + super().describe() + ")"

    def uses_class_cell(self):
        return __class__.__name__

    @trace
    def traced(self, a, *rest, key=None, **extra):
        return (a, rest, key, sorted(extra.items()))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = f"Meta{kw}"
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class WithMeta(metaclass=Meta, flag=True):
    pass


bases = (Child,)


class FromStarBases(*bases):
    pass


def positional_only(a, b, /, c, *, d=4, **kw):
    return (a, b, c, d, kw)


def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return len(bucket)


print(Base.__doc__, Base.label, Child.label)
print(Child("c").describe(), Base.make("b").describe(), Child.make("cc").describe())
print(Base.helper(3), Base.helper(3, y=5), Child("x").upper)
print(Child("q").uses_class_cell())
print(Child("t").traced(1, 2, 3, key="k", z=26, a2=1))
print(Child.traced.__name__, Child.traced.__wrapped__.__qualname__)
print(WithMeta.created_by, type(WithMeta).__name__)
print(FromStarBases("s").describe(), FromStarBases.__mro__[1].__name__)
print(positional_only(1, 2, 3), positional_only(1, 2, c=3, d=5, e=6))
args = (1, 2)
kwargs = {"c": 3, "extra": True}
print(positional_only(*args, **kwargs), positional_only(*args, 3, *(), **{}, d=9))
print(defaults_evaluated_once("a"), defaults_evaluated_once("b"))
print(max(3, 9, key=lambda v: -v), sorted([3, 1, 2], reverse=True))
try:
    positional_only(1, b=2, c=3)
except TypeError as e:
    print("TypeError")
s = "a,b,,c"
print(s.split(","), s.split(",", maxsplit=1), "x".center(5, "*"))
many = list(range(40))
print(sum([*many, *many]), len(dict(**{str(i): i for i in range(40)})))
print(str.join(".", ["a", "b"]), [].__class__.__name__)
