import weakref
class A: pass
a = A()
r = weakref.ref(a)
print(type(r).__name__, type(r).__module__, type(r).__qualname__, weakref.ReferenceType is type(r), weakref.ref is weakref.ReferenceType)
p = weakref.proxy(a)
print(type(p).__name__, type(p).__module__)
print(repr(weakref.ref)[:30])
