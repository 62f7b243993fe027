# Names, references and reference counts, narrated.
#
#     ouro run --gc refcount examples/refcounts.py
#
# Every object on ouro's heap carries a reference count: how many names and
# container slots point at it. sys.getrefcount(x) reports it, plus one for
# the temporary reference held by its own argument.
import sys


def say(text):
    print("  " + text)


print("1. Names are labels, not boxes")
fruits = ["apple", "banana", "cherry"]
say("fruits = [...]                 refcount " + str(sys.getrefcount(fruits)))
basket = fruits
say("basket = fruits                refcount " + str(sys.getrefcount(fruits)))
say("basket is fruits?              " + str(basket is fruits))
basket.append("date")
say("basket.append('date') -> fruits is " + str(fruits))

print("2. Containers hold references too")
crates = [fruits, fruits]
say("crates = [fruits, fruits]      refcount " + str(sys.getrefcount(fruits)))
crates.pop()
say("crates.pop()                   refcount " + str(sys.getrefcount(fruits)))
del crates
say("del crates                     refcount " + str(sys.getrefcount(fruits)))

print("3. Rebinding and del remove references, not objects")
basket = "wicker"
say("basket = 'wicker'              refcount " + str(sys.getrefcount(fruits)))
alias = fruits
del fruits
say("del fruits; alias still sees   " + str(alias))
say("alias refcount                 " + str(sys.getrefcount(alias)))


print("4. A call adds references while it runs")


def inspect(obj):
    # The parameter `obj` and getrefcount's own argument are the extra two.
    return sys.getrefcount(obj)


say("inside inspect(alias)          refcount " + str(inspect(alias)))
say("after the call returned        refcount " + str(sys.getrefcount(alias)))

print("5. __del__ runs the moment the count reaches zero")


class Balloon:
    def __init__(self, colour):
        self.colour = colour
        say("inflate " + colour)

    def __del__(self):
        say("pop! " + self.colour)


red = Balloon("red")
also_red = red
say("two names -> refcount " + str(sys.getrefcount(red)))
say("red = None ...")
red = None
say("... still one name left")
say("also_red = None ...")
also_red = None
say("... that was the last reference")


def party():
    blue = Balloon("blue")
    say("the party is over, returning")


party()
say("back from party()")
Balloon("green")
say("a temporary balloon lives only for its own statement")

print("6. Objects that are never released until the end")
keeper = Balloon("gold")
say("gold is a module global: it pops when the program exits")
print("end of program")
