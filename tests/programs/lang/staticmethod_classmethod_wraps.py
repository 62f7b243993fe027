# staticmethod(f) and classmethod(f) take f's __module__, __name__,
# __qualname__, __doc__ and __annotations__ into a dict of their own, and
# expose f as __wrapped__ (Python 3.10+); the decorators made implicitly by
# class creation (__new__, __init_subclass__) do not.
import gc


def f(x: int) -> str:
    "f's doc"


for wrap in (staticmethod, classmethod):
    w = wrap(f)
    print(wrap.__name__, w.__func__ is f, w.__wrapped__ is f)
    print(" ", w.__name__, w.__qualname__, w.__doc__, w.__module__)
    print(" ", w.__annotations__ is f.__annotations__, sorted(w.__dict__))
    w.extra = 1
    print(" ", sorted(vars(w)), w.extra)
    del w.extra
    try:
        w.extra
    except AttributeError as e:
        print("  AttributeError:", e)

b = classmethod(len)
print(sorted(b.__dict__), b.__name__, b.__module__)
n = staticmethod(5)
print(n.__dict__)


class K:
    def __new__(cls):
        return super().__new__(cls)

    def __init_subclass__(cls):
        pass

    @classmethod
    def make(cls):
        "make one"
        return cls

    @staticmethod
    def util(a, b):
        return a + b


print(type(K.__dict__["__new__"]).__name__, K.__dict__["__new__"].__dict__)
print(K.__dict__["__init_subclass__"].__dict__)
print(K.__dict__["make"].__qualname__, K.__dict__["make"].__doc__)
print(K.__dict__["util"].__qualname__, K.util(2, 3), K.make() is K)

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
del K
print("collected", gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
