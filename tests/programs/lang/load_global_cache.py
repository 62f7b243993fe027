# LoadGlobal remembers where it found a name; every way the answer can
# change must be seen at once.
import builtins


def use_len():
    return len("abc")


def use_x():
    return x


print(use_len())
len = lambda s: "shadowed"          # a global now hides the builtin
print(use_len())
del len                             # and the builtin shows again
print(use_len())
builtins.len = lambda s: "patched"  # the builtin itself replaced
print(use_len())
del builtins.len
try:
    use_len()
except NameError as e:
    print("NameError:", e)
import sys
builtins.len = sys.modules["builtins"].__dict__.get("len") or (lambda s: 3)


x = 1
print(use_x())
x = 2                               # a new value in the same entry
print(use_x())
del x
try:
    use_x()
except NameError as e:
    print("NameError:", e)
for i in range(3):                  # deleted and re-added over and over
    globals()["x"] = i * 10
    print(use_x())
    del globals()["x"]
x = "back"

# One code object run with many globals dicts (the cache is per code).
code = compile("r = y + abs(-1)", "<s>", "exec")
for y in range(4):
    g = {"y": y * 100}
    if y == 2:
        g["abs"] = lambda v: 1000
    exec(code, g)
    print(g["r"])


# Dicts freed and made again at the same address with the same history.
def fresh(n):
    g = {}
    if n % 2:
        g["print"] = lambda *a: None
    exec("print('fresh', n)", g, {"n": n})


for n in range(6):
    fresh(n)


class S(str):
    def __hash__(self):
        return str.__hash__(self)

    def __eq__(self, other):
        print("eq called")
        return str.__eq__(self, other)


# A global whose key is a str subclass: found by comparing.
globals()[S("zz")] = "from S"
print(eval("zz"))
print(eval("zz"))
print(use_x())
