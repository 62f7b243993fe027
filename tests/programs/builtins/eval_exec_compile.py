# eval, exec and compile: namespaces, modes, code objects, errors.
x = 10
print(eval("x + 1"), eval("  [i*i for i in range(4)]"))
g = {"a": 2}
print(eval("a * 3", g), sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
exec("b = a + 1\nprint('in exec', b)", g)
print(g["b"])
l = {}
exec("c = 1\nd = c + 1", {}, l)
print(sorted(l.items()))
code = compile("1 + 2", "<expr>", "eval")
print(type(code).__name__, eval(code))
code = compile("for i in range(2): print('loop', i)", "<loop>", "exec")
exec(code)
def f():
    y = 5
    return eval("y * 2"), locals()
print(f()[0])
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg if hasattr(e, "msg") else e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError")
try:
    exec("raise KeyError('inside')")
except KeyError as e:
    print("KeyError", e)
try:
    compile("1", "f", "bogus")
except ValueError as e:
    print(e)
try:
    eval("1", [])
except TypeError as e:
    print(e)
exec("def h(n):\n    return n + 100\n", g)
print(g["h"](1))
print(eval("__name__"), eval("__name__", {}))
ns = {}
exec("import sys\nv = sys.getrefcount", ns)
print("v" in ns)
