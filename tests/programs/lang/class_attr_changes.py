# Class attributes change under running code: every lookup sees the
# class dicts as they are now (ouro caches class lookups until any class
# dict changes).
class Base:
    greeting = "hello"

    def speak(self):
        return "base"


class Child(Base):
    pass


c = Child()
for round in range(3):
    print(round, c.greeting, c.speak())
    if round == 0:
        Base.greeting = "hi"
        Base.speak = lambda self: "patched"
    elif round == 1:
        Child.greeting = "child's own"
        del Base.speak
        Child.speak = lambda self: "child"

del Child.greeting
print(c.greeting)
try:
    c.nothing
except AttributeError as e:
    print("AttributeError:", e)
Base.nothing = 42
print(c.nothing)
setattr(Child, "nothing", 43)
print(c.nothing, getattr(c, "noth" + "ing"))
delattr(Child, "nothing")
print(c.nothing)

# Many short-lived classes (addresses get reused): each answers for itself.
answers = []
for i in range(200):
    K = type("K", (), {"value": i, "get": lambda self: self.value})
    answers.append(K().get())
print(sum(answers), answers[:3], answers[-1])


def make(n):
    class Local:
        size = n

        def __len__(self):
            return self.size
    return Local()

print([len(make(n)) for n in range(5)])

# A method added to object's subclass after instances exist.
class Late:
    pass
obj = Late()
try:
    obj.hello()
except AttributeError as e:
    print("AttributeError:", e)
Late.hello = lambda self: "now here"
print(obj.hello())
Late.__repr__ = lambda self: "<Late>"
print(repr(obj), [obj])
del Late.__repr__
print(repr(obj).startswith("<__main__.Late object at"))
