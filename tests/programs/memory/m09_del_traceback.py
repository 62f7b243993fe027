# Item 9 with exceptions: a caught exception's traceback references the frames
# it passed through, so their locals stay alive until the handler finishes and
# the exception (bound with `as e`) is deleted.


class Guard:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  release", self.name)


def fail(msg):
    guard = Guard("guard in fail(" + msg + ")")
    raise ValueError(msg)


def middle(msg):
    other = Guard("guard in middle(" + msg + ")")
    fail(msg)


print("caught directly:")
try:
    fail("a")
except ValueError as e:
    print("  handler sees", e)
print("after handler a")

print("caught two frames up:")
try:
    middle("b")
except ValueError as e:
    print("  handler sees", e)
    print("  still in handler")
print("after handler b")


def catch_inside():
    try:
        fail("c")
    except ValueError as e:
        print("  caught inside a function:", e)
    print("  after the inner handler")
    return "done"


print("caught inside a function:")
print(catch_inside())

print("no frames left behind when nothing is raised:")


def fine():
    g = Guard("guard in fine()")
    return 1


print("  fine() returned", fine())

print("an exception stored away keeps its frames alive:")
saved = []
try:
    fail("d")
except ValueError as e:
    saved.append(e)
print("  handler finished; the saved exception still holds the frame")
print("  clearing the saved list")
saved.clear()
print("after clearing")
