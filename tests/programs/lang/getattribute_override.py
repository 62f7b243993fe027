# __getattribute__ overrides: every read goes through them; AttributeError
# from them falls back to __getattr__; object.__getattribute__ is the
# default lookup without __getattr__.
class Logged:
    x = 1

    def __init__(self):
        self.y = 2

    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

    def method(self):
        return "m"


a = Logged()
print(a.x, a.y, a.method(), getattr(a, "y"), hasattr(a, "zz"))


class Fallback:
    def __getattribute__(self, name):
        if name.startswith("virtual_"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback:" + name


f = Fallback()
print(f.virtual_one, f.__class__.__name__)
try:
    object.__getattribute__(f, "virtual_two")
except AttributeError as e:
    print("AttributeError", e)


class Upper:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return super().__getattribute__(name)


u = Upper()
u.z = 3
print(u.secret, u.z, type(u).__name__)


class Later:
    pass


later = Later()
later.v = 1
Later.__getattribute__ = lambda self, n: "patched " + n
print(later.v, later.anything)
del Later.__getattribute__
print(later.v)
