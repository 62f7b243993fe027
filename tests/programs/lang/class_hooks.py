# Class creation hooks: __set_name__ on the attributes that have it, the
# nearest base's __init_subclass__ (an implicit classmethod) with the
# class keywords, as CPython's type_new calls them.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, cls=None):
        return "field " + self.name
class Model:
    a = Field()
    b = Field()
print(Model().a, Model.b)
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        print("init_subclass", cls.__name__, tag, kw)
        Base.registry.append(cls.__name__)
class One(Base): pass
class Two(Base, tag="two"): pass
class Three(Two, tag="three", extra=1): pass
print(Base.registry, type(Base.__dict__['__init_subclass__']).__name__)
try:
    class Bad(tag=1): pass
except TypeError as e:
    print("TypeError:", e)
class Explicit:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit", cls.__name__, kw)
class Sub(Explicit, x=2): pass
class Broken:
    def __set_name__(self, owner, name): raise ValueError("nope")
try:
    class Holder:
        thing = Broken()
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
class Grand(Base):
    def __init_subclass__(cls, **kw):
        print("grand hook", cls.__name__)
        super().__init_subclass__(**kw)
class Child(Grand, tag="c"): pass
print(Base.registry)
T = type("T", (Base,), {"f": Field()})
print(T.f, Base.registry[-1])
