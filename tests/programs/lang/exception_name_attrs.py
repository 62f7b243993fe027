try:
    None.foo
except AttributeError as e:
    print(e.name, e.obj)
try:
    undefined_thing
except NameError as e:
    print(e.name, repr(e))
print(AttributeError("m").name, NameError().name, ImportError("x").name, ImportError("x").path)
e = ImportError("msg", name="mod", path="/p")
print(e.name, e.path, e.args, str(e))
e = AttributeError("m", name="n", obj=3)
print(e.name, e.obj)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    from collections import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name)
class A:
    def __getattr__(self, n):
        raise AttributeError(n)
try:
    A().zzz
except AttributeError as e:
    print(e.name, e.args)
try:
    ValueError(x=1)
except TypeError as e:
    print(e)
class E(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
print(E(1, b=3).b)
