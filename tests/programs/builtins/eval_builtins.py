# eval/exec globals: `__builtins__` (a dict or a module) is where the code
# and the functions it defines look builtins up; a namespace without one
# gets the running frame's builtins dict.
import builtins

g = {}
eval("1", g)
print(sorted(g), type(g["__builtins__"]).__name__, g["__builtins__"] is vars(builtins))

try:
    eval("len([1])", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print(eval("len([1, 2])", {"__builtins__": {"len": lambda x: 99}}))
print(eval("abs(-3)", {"__builtins__": builtins}))
print(eval("abs(-4)", {"__builtins__": vars(builtins)}))

# Functions defined there keep those builtins, wherever they are called.
g2 = {"__builtins__": {"len": lambda s: -1, "print": print}}
exec("def f(s):\n    return len(s)\ndef g():\n    return [len(x) for x in ('ab', 'c')]", g2)
print(g2["f"]("abc"), g2["g"](), len("abc"))
exec("def h():\n    return sorted([2, 1])", g2)
try:
    g2["h"]()
except NameError as e:
    print("NameError:", e)

# A class statement needs __build_class__ among them.
try:
    exec("class A: pass", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
g5 = {"__builtins__": {"__build_class__": builtins.__build_class__}, "__name__": "m"}
exec("class A: pass", g5)
print("built a class", g5["A"].__module__)

# Globals that name builtins shadow them, as usual.
print(eval("min", {"min": "shadowed", "__builtins__": {}}))

# A generator made there looks up in the same builtins when resumed.
g3 = {"__builtins__": {"str": lambda x: "<%s>" % x}}
exec("def gen():\n    for i in (1, 2):\n        yield str(i)", g3)
print(list(g3["gen"]()))

# Nested exec inherits the running frame's builtins.
g4 = {"__builtins__": {"exec": exec, "len": lambda s: 42}}
exec("inner = {}\nexec('r = len(\"x\")', inner)\nresult = inner['r']", g4)
print(g4["result"], g4["inner"]["__builtins__"] is g4["__builtins__"])

# A frame shows the builtins it uses.
import sys
g6 = {"__builtins__": {"frame": sys._getframe}}
print(eval("frame().f_builtins", g6) is g6["__builtins__"], sys._getframe().f_builtins is vars(builtins))
