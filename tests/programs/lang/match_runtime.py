# Run-time errors of match statements, with CPython's messages.

class NoArgs:
    pass

class Two:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2

class BadArgs:
    __match_args__ = ["a"]

class NotStr:
    __match_args__ = (1,)

def attempt(subject, label):
    try:
        match subject:
            case NoArgs(1):
                print("no")
            case _:
                print(label, "fell through")
    except TypeError as e:
        print(label, "TypeError:", e)

attempt(NoArgs(), "positional without __match_args__")

def two(subject):
    try:
        match subject:
            case Two(1, 2, 3):
                print("no")
    except TypeError as e:
        print("TypeError:", e)
two(Two())

for cls in [BadArgs, NotStr]:
    obj = cls()
    try:
        match obj:
            case BadArgs(x) | NotStr(x):
                print("no")
    except TypeError as e:
        print("TypeError:", e)

try:
    match 5:
        case int(1, 2):
            print("no")
except TypeError as e:
    print("TypeError:", e)

not_a_class = len
try:
    match 5:
        case not_a_class():
            print("no")
except TypeError as e:
    print("TypeError:", e)

try:
    match Two():
        case Two(a, a=3):
            print("no")
except TypeError as e:
    print("TypeError:", e)

class K:
    A = "x"
    B = "x"
try:
    match {"x": 1}:
        case {K.A: 1, K.B: 2}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

# attribute errors other than AttributeError propagate
class Raises:
    __match_args__ = ("boom",)
    @property
    def boom(self):
        raise KeyError("inside property")
try:
    match Raises():
        case Raises(1):
            pass
except KeyError as e:
    print("KeyError:", e)

# a missing attribute is just no match
class Partial:
    __match_args__ = ("present", "absent")
    present = 1
match Partial():
    case Partial(1, 2):
        print("no")
    case Partial(1):
        print("matched the first only")

# a mapping subject's own get is used for non-dicts? (only dicts are mappings)
class FakeMap:
    def get(self, k, d=None):
        return 1
match FakeMap():
    case {"a": 1}:
        print("no: not a mapping")
    case _:
        print("a class with get is not a mapping")

# match inside functions, loops with break/continue/return in case bodies
def first_even(items):
    for i in items:
        match i:
            case int(n) if n % 2:
                continue
            case int(n):
                return n
            case "stop":
                break
    return None
print(first_even([1, 3, 4, 5]), first_even([1, "stop", 2]), first_even([]))

# nested matches and a match on the result of a generator
def gen():
    yield from [("add", 1, 2), ("neg", 5), ("unknown",)]
for op in gen():
    match op:
        case ("add", a, b):
            print("sum", a + b)
        case ("neg", a):
            match a:
                case 0:
                    print("zero")
                case _:
                    print("negated", -a)
        case (name, *_):
            print("unknown op", name)
