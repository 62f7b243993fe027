# types.SimpleNamespace: repr, equality, attribute set and delete.
from types import SimpleNamespace

ns = SimpleNamespace(a=1, b='x')
print(ns)
print(repr(ns), str(ns))
print(ns.a, ns.b)
ns.c = [1, 2]
ns.a += 10
print(ns)
del ns.b
print(ns, vars(ns))
print(hasattr(ns, 'b'), getattr(ns, 'b', 'default'))

empty = SimpleNamespace()
print(empty, vars(empty))
empty.z = None
print(empty)

# Keyword order is kept, not sorted.
print(SimpleNamespace(zeta=1, alpha=2, mid=3))

# Values use their repr.
print(SimpleNamespace(s='it\'s', f=1.5, t=(1,), d={'k': [None]}))

# Nested and recursive namespaces.
outer = SimpleNamespace(inner=SimpleNamespace(x=1))
print(outer)
outer.me = outer
print(outer)
outer.inner.back = outer
print(outer.inner)

# Equality compares the attributes.
print(SimpleNamespace(a=1, b=2) == SimpleNamespace(b=2, a=1))
print(SimpleNamespace(a=1) == SimpleNamespace(a=2), SimpleNamespace(a=1) != SimpleNamespace(a=2))
print(SimpleNamespace() == SimpleNamespace(), SimpleNamespace(a=1) == {'a': 1})
print(SimpleNamespace(a=1) != 1)

# Errors.
try:
    ns.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del ns.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    SimpleNamespace({'a': 1})
except TypeError as e:
    print("TypeError:", e)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)
try:
    {ns: 1}
except TypeError as e:
    print("TypeError:", e)

# Keyword unpacking, including names that are not identifiers.
cfg = SimpleNamespace(**{'host': 'localhost', 'port': 8080})
print(cfg, cfg.port)
odd = SimpleNamespace(**{'two words': 1, '': 2})
print(odd, getattr(odd, 'two words'))

# setattr/getattr/delattr.
setattr(cfg, 'debug', True)
print(cfg.debug, getattr(cfg, 'host'))
delattr(cfg, 'host')
print(cfg)


# A subclass shows its own name.
class Config(SimpleNamespace):
    def describe(self):
        return ", ".join(f"{k}={v}" for k, v in sorted(vars(self).items()))


c = Config(b=2, a=1)
print(c, c.describe())
print(c == SimpleNamespace(a=1, b=2), isinstance(c, SimpleNamespace))
print(type(c).__name__, type(ns).__name__, type(ns).__qualname__)
try:
    c.nope
except AttributeError as e:
    print("AttributeError:", e)

# Namespaces used as records.
people = [SimpleNamespace(name=n, age=a) for n, a in [('ann', 31), ('bob', 25), ('cy', 40)]]
people.sort(key=lambda p: p.age)
print([p.name for p in people])
print(people[0])
