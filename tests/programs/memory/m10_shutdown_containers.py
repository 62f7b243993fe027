# Item 10: at exit, globals holding containers release their items the way the
# containers always do: tuples and lists last to first, dicts in insertion order.
# An instance's own __del__ runs before its attributes are released.


class Part:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print("release", self.label)


class Machine:
    def __init__(self, name):
        self.name = name
        self.engine = Part(name + ".engine")
        self.wheels = Part(name + ".wheels")

    def __del__(self):
        print("release machine", self.name)


car = Machine("car")
print("built", car.name, "with", car.engine.label, "and", car.wheels.label)
spare = (Part("spare0"), Part("spare1"))
print("spares:", len(spare))
shelves = {"top": Part("shelf.top"), "middle": Part("shelf.middle"), "bottom": Part("shelf.bottom")}
print("shelves:", list(shelves))
temporary = Machine("temp")
temporary = None
print("main program finished")
