# Item 9: an exception raised in __del__ is reported on stderr
# ("Exception ignored in: ...") and the program carries on.


class Fragile:
    def __init__(self, name, fail):
        self.name = name
        self.fail = fail

    def __del__(self):
        print("__del__ of", self.name)
        if self.fail:
            raise RuntimeError("cannot close " + self.name)
        print("closed", self.name, "cleanly")


print("step 1")
f = Fragile("first", True)
f = None
print("step 2: the program continues after the ignored exception")

g = Fragile("second", False)
g = None
print("step 3")

group = [Fragile("g0", False), Fragile("g1", True), Fragile("g2", False)]
group = None
print("step 4: the whole list was released despite the failure in g1")


class Divider:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("dividing by", self.n)
        print("result", 10 // self.n)


for n in [5, 0, 2]:
    d = Divider(n)
d = None
print("step 5")


def inner():
    x = Fragile("local", True)
    return "value from inner"


print(inner())
print("step 6")

# An exception that is being handled is not disturbed by a failing __del__.
try:
    try:
        raise ValueError("original")
    finally:
        tmp = Fragile("in finally", True)
        tmp = None
except ValueError as e:
    print("still caught the original:", e)
print("step 7")


class Counter:
    count = 0

    def __del__(self):
        Counter.count += 1
        if Counter.count % 2 == 0:
            raise KeyError(Counter.count)


items = [Counter() for _ in range(6)]
items = None
print("counters freed:", Counter.count)
print("done")
