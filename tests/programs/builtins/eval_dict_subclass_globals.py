# eval/exec take a dict subclass as globals (PyDict_Check); name lookups
# in it use the dict itself, except that a globals-as-locals mapping that
# is not an exact dict is read through __getitem__ (LOAD_NAME).
class D(dict):
    def __missing__(self, k):
        return "missing"


class E(dict):
    def __getitem__(self, k):
        return "override"


g = D(a=5)
print(eval("a", g), eval("a + 1", g), eval("q", g), eval("a", E(a=1)), eval("a", E(a=1), {}))
exec("b = a * 2\ndef f(): return b + a\nc = f()", g)
print(sorted(k for k in g if k != "__builtins__"), g["c"], type(g).__name__)
try:
    eval("zz", D(), {})
except NameError as e:
    print(e)


def h():
    return eval("a", D(a=3), {})


print(h())


class M:
    def __getitem__(self, k):
        return 1


for f in (lambda: eval("x", M()), lambda: exec("x", M()), lambda: eval("x", 1)):
    try:
        f()
    except TypeError as e:
        print(e)
