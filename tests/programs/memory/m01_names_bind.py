# Item 1: a name is a label bound to an object; assignment binds, never copies.
import sys

shopping = ["apple", "bread", "cheese"]
basket = shopping
print("same object:", basket is shopping, id(basket) == id(shopping))
basket.append("dates")
print("shopping sees the append:", shopping)
print("lengths:", len(shopping), len(basket))

# Rebinding one name does not affect the other.
basket = ["eggs"]
print("after rebinding basket:", shopping, basket)
print("still same?", basket is shopping)

# A name may be rebound to an object of another type.
thing = 42
print(type(thing), thing)
thing = "forty-two"
print(type(thing), thing)
thing = [4, 2]
print(type(thing), thing)
thing = {"four": 2}
print(type(thing), thing)
thing = None
print(type(thing), thing)


# Passing an object to a function binds the parameter to the same object.
def add_item(bag, item):
    bag.append(item)
    print("  inside add_item, bag is shopping:", bag is shopping)
    bag = ["replaced"]
    print("  rebound local bag:", bag)


add_item(shopping, "figs")
print("after add_item:", shopping)

# Chained assignment binds every name to the one object.
a = b = c = []
a.append(1)
b.append(2)
c.append(3)
print("chained:", a, b, c, a is b, b is c)

# Containers hold references, not copies.
inner = [0, 0]
grid = [inner, inner, inner]
grid[0][0] = 9
print("grid shares rows:", grid)
print("all rows one object:", grid[0] is grid[1] is grid[2] is inner)
grid = [[0, 0] for _ in range(3)]
grid[0][0] = 9
print("independent rows:", grid)
print("rows distinct:", grid[0] is grid[1], grid[1] is grid[2])

# Multiplying a list repeats references.
rows = [[]] * 3
rows[1].append("x")
print("repeated refs:", rows)

# Tuples hold references to mutable objects too.
log = []
entry = ("log", log)
log.append("first")
print("tuple sees list change:", entry)
print("refcount of log:", sys.getrefcount(log))

# Swapping rebinds; the objects do not move.
left = ["L"]
right = ["R"]
old_left_id = id(left)
left, right = right, left
print("swapped:", left, right, id(right) == old_left_id)

# Attributes are names too.
class Box:
    pass


box = Box()
box.content = shopping
print("attribute alias:", box.content is shopping)
box.content.append("grapes")
print("through attribute:", shopping)
print("refcount of shopping:", sys.getrefcount(shopping))
del box
print("refcount after del box:", sys.getrefcount(shopping))
