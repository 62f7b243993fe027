# types.FunctionType(code, globals, name, argdefs, closure) builds a
# function; its globals name its builtins.
import types
def f(): return a
print(type(f)(f.__code__, {"a": 1})())
g = types.FunctionType(f.__code__, {"a": 2}, "renamed")
print(g.__name__, g.__qualname__, g(), g.__module__)
def h(x, y=5): return x + y
h2 = types.FunctionType(h.__code__, globals(), None, (10,))
print(h2(1), h2.__defaults__, h2.__module__)
def outer():
    z = 3
    def inner(): return z
    return inner
i = outer()
i2 = types.FunctionType(i.__code__, {}, None, None, i.__closure__)
print(i2())
for bad in [lambda: types.FunctionType(1, {}), lambda: types.FunctionType(f.__code__, 1),
            lambda: types.FunctionType(i.__code__, {}), lambda: types.FunctionType(i.__code__, {}, None, None, ()),
            lambda: types.FunctionType(f.__code__, {}, 5), lambda: types.FunctionType(f.__code__, {}, None, [1]),
            lambda: types.FunctionType(i.__code__, {}, None, None, (1,))]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(types.FunctionType(f.__code__, {"__builtins__": {"len": lambda x: 42}, "a": [1]}, "q")())
exec_f = types.FunctionType(compile("print(len([1]))", "<s>", "exec"), {"__builtins__": {"len": lambda x: 42, "print": print}})
exec_f()
