# This file cannot be compiled: nothing runs, stdout is empty, exit status 1.
print("this line is never printed")


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, count):
        self.items[name] = self.items.get(name, 0) + count
        return self.items[name]


def total(inventory):
    result = 0
    for count in inventory.items.values():
        result += count
    return result


def broken(x):
    return x +* 2


inv = Inventory()
inv.add("bolts", 10)
print(total(inv), broken(1))
