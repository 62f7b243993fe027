# Item 9: __del__ runs exactly when the last reference goes away.


class Resource:
    def __init__(self, name):
        self.name = name
        print("open ", name)

    def __del__(self):
        print("close", self.name)


print("1. rebinding the only name")
r = Resource("one")
print("   rebinding r")
r = Resource("two")
print("   r is now", r.name)

print("2. a second name delays the close")
alias = r
r = None
print("   r cleared, alias still open:", alias.name)
alias = None
print("   alias cleared")

print("3. a temporary that is never bound")
Resource("temp")
print("   after the expression statement")
length = len(Resource("measured").name)
print("   measured name length", length)

print("4. closing inside a function")


def use():
    res = Resource("local")
    print("   using", res.name)
    print("   returning from use()")


use()
print("   back in the caller")

print("5. returned objects survive the call")


def factory(name):
    return Resource(name)


made = factory("made")
print("   caller holds", made.name)
made = factory("made again")
print("   replaced")

print("6. objects in containers close with the container")
group = {"a": Resource("ga"), "b": Resource("gb")}
print("   removing key a")
group.pop("a")
print("   dropping group")
group = None

print("7. loop variables keep the last item")
for i in range(3):
    item = Resource("loop" + str(i))
print("   loop ended, item is", item.name)
item = None

print("8. a list comprehension of temporaries")
names = [Resource("c" + str(i)).name for i in range(3)]
print("   names", names)

print("9. attribute replaced")


class Slot:
    pass


slot = Slot()
slot.res = Resource("attr1")
slot.res = Resource("attr2")
print("   deleting the holder")
del slot

print("10. exception handling releases the exception")
try:
    raise KeyError(Resource("in exception"))
except KeyError:
    print("   handling")
print("   after try")

print("11. conditional expression and boolean ops")
keep = Resource("left") or Resource("right")
print("   kept", keep.name)
keep = None
pick = Resource("p1") if False else Resource("p2")
print("   picked", pick.name)
pick = None
print("end")
