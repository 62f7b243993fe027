# match: literal, capture, wildcard, sequence, mapping, class, or, as,
# guards, and which names a failed case leaves unbound.

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case [] | ():
            return "empty sequence"
        case [a]:
            return f"one item: {a}"
        case [a, b]:
            return f"pair: {a}, {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long: {first} then {len(rest)} more"
        case [first, *middle, last]:
            return f"first {first}, middle {middle}, last {last}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": kind, **others}:
            return f"{kind} with {sorted(others)}"
        case {}:
            return "a mapping"
        case str() as s:
            return f"other str {s!r}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int(n):
            return f"int {n}"
        case _:
            return f"something else: {type(x).__name__}"

for v in [0, 2, -1, 2.5, "hello", b"raw", None, True, False, [], (), [7], (8, 9),
          [1, 2, 3, 4, 5, 6], [1, 2, 3], (1, "x", "y", "z"), {"type": "point", "x": 1, "y": 2},
          {"type": "circle", "r": 3, "c": 0}, {"a": 1}, {}, "other", 500, 42, 3.25, {1, 2},
          range(2), "ab"]:
    print(repr(v), "->", describe(v))

# True/False/None match by identity; 1 == True does not match `case True`
for v in [1, 1.0, True, 0, False]:
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "== 1")
        case _:
            print(repr(v), "other")

# strings and bytes are not sequences for patterns
for v in ["abc", b"abc", [1, 2, 3]]:
    match v:
        case [a, b, c]:
            print("sequence", a, b, c)
        case _:
            print("not a sequence", repr(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r

def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0):
            return "x is zero?"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px, y=py):
            return f"point {px} {py}"
        case Circle(center=Point(0, 0), r=r):
            return f"circle at origin r={r}"
        case Circle(r=r):
            return f"circle r={r}"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(0, 0), 4), Circle(Point(1, 1), 9), 17]:
    print(where(s))

# as-patterns, nested or-patterns with captures, bindings
def parse(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "nothing"

for c in ["go north", "go up", "pick up lamp", "take key", "drop a b c", "drop",
          "quit", "exit", "dance wildly", ""]:
    print(repr(c), "->", parse(c))

# builtin classes match themselves with one positional pattern
for v in [5, 5.0, "s", [1], (1,), {1: 2}, {3}, frozenset({4}), b"b", True]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case list(l) | tuple(l):
            print("list or tuple", l)
        case dict(d):
            print("dict", d)
        case set(s) | frozenset(s):
            print("set", sorted(s))
        case bytes(b):
            print("bytes", b)

# a failed case binds nothing; the successful one binds its names
match (1, 2):
    case (x, 3):
        print("no")
    case (y, z):
        print("matched", y, z)
print("x bound:", "x" in globals(), "y bound:", "y" in globals())

# guards see the captured names; a failing guard goes on to the next case
match [3, 4]:
    case [a, b] if a > b:
        print("descending")
    case [a, b] if a < b:
        print("ascending", a, b)

# value patterns with dotted names
class Color:
    RED = "red"
    GREEN = "green"
for c in ["red", "green", "blue"]:
    match c:
        case Color.RED:
            print("stop")
        case Color.GREEN:
            print("go")
        case other:
            print("unknown color", other)

# the subject is evaluated once
def subject():
    print("subject evaluated")
    return {"k": [1, {"deep": "value"}]}
match subject():
    case {"k": [1, {"deep": found}]}:
        print("found", found)

# mapping patterns use get and ignore extra keys; **rest copies
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest", rest)
