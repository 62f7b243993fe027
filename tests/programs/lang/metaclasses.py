# Metaclasses: class creation through the metaclass, __prepare__ with a
# recording namespace, __new__/__init__/__call__, metaclass methods and
# properties on classes, dunders of classes, derived metaclasses, conflicts.

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name, [b.__name__ for b in bases], kw)
        return {"injected": 42}

    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.registry = []
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", cls.__name__, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args, kw)
        inst = super().__call__(*args, **kw)
        cls.registry.append(inst)
        return inst

    def describe(cls):
        return f"<{cls.__name__} with {len(cls.registry)} instances>"

    @property
    def count(cls):
        return len(cls.registry)


class Base(metaclass=Meta, flavour="plain"):
    def __init__(self, v):
        self.v = v

    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


print(type(Base).__name__, Base.injected, isinstance(Base, Meta), Base.__class__.__name__)
b1 = Base(1)
b2 = Base(v=2)
print(Base.describe(), Base.count, [b.v for b in Base.registry], type(b1).__name__)


class Child(Base, flavour="spicy"):
    pass


print(type(Child).__name__, Child.injected, Child(3).v, Child.count, Base.count)


class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls

    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __getitem__(cls, i):
        return cls.items[i] * 10

    def __contains__(cls, x):
        return x in cls.items

    def __repr__(cls):
        return f"<Registry {cls.__name__}>"


class Numbers(metaclass=Registry):
    items = [1, 2, 3]


print(list(Numbers), len(Numbers), Numbers[1], 2 in Numbers, 9 in Numbers, repr(Numbers), str(Numbers))
print(Registry.classes, Numbers.__mro__)


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recording()

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls


class Form(metaclass=Ordered):
    zeta = 1
    alpha = 2

    def mid(self):
        return zeta_alpha

    omega = alpha + zeta


print(Form.field_order, Form.omega)


class Instance(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=Instance):
    pass


class Mallard:
    quack = True


print(isinstance(Mallard(), Duck), isinstance(5, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
T = type("T", (), {"x": 1})
print(T.x, type(T).__name__, type(T("ignored") if False else T()).__name__)
M2 = Meta("Made", (), {"y": 2})
print(M2.y, type(M2).__name__, M2.injected if hasattr(M2, "injected") else "no injection")


class A(type):
    pass


class B(type):
    pass


class X(metaclass=A):
    pass


class Y(metaclass=B):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError", e)


class SubA(A):
    pass


class W(X, metaclass=SubA):
    pass


print(type(W).__name__)


class Q(X):
    pass


print(type(Q).__name__)


def func_meta(name, bases, ns):
    print("func_meta", name, sorted(k for k in ns if not k.startswith("__")))
    return 7


class NotAClass(metaclass=func_meta):
    a = 1


print(NotAClass)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5


try:
    class Bad(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError", e)


class WithSuper(metaclass=Meta):
    def method(self):
        return __class__.__name__


print(WithSuper().method())
print(type.__new__(type, "Plain", (), {}).__name__, type.__call__(Base, 9).v)
