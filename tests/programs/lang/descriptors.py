# User descriptors: data descriptors (__set__) win over the instance dict,
# plain ones (__get__ only) lose to it; class access passes None.
class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner):
        if obj is None: return self
        v = self.f(obj); obj.__dict__[self.f.__name__] = v; return v
class P:
    age = Typed("age", int)
    @Lazy
    def area(self):
        print("computing"); return 42
p = P()
print(p.age)
p.age = 5
print(p.age, P.age.name)
try:
    p.age = "x"
except TypeError as e:
    print("TypeError:", e)
print(p.area, p.area)
