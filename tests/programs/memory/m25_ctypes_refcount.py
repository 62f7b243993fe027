# The seed article's idiom: a reference count read through ctypes, without
# the extra reference sys.getrefcount's argument adds.
import ctypes
import sys


def refs(address):
    return ctypes.c_long.from_address(address).value


x = [1, 2, 3]
address = id(x)
print("one name:", refs(address))
y = x
print("two names:", refs(address))
box = [x, x]
print("and a list holding it twice:", refs(address))
del box
print("list gone:", refs(address))
print("getrefcount says one more:", sys.getrefcount(x) - refs(address))
view = ctypes.c_long.from_address(address)
del y
print("a view reads the count when asked:", view.value)
print(ctypes.c_ssize_t.from_address(address).value, ctypes.c_int.from_address(address).value)


def inside(obj):
    return refs(id(obj))


print("as an argument:", inside(x))


class Node:
    pass


n = Node()
n.self = n
addr = id(n)
print("a cycle:", refs(addr))
print(ctypes.c_long(42).value, ctypes.c_int(2 ** 33 + 5).value, ctypes.c_ubyte(-1).value)
print(repr(ctypes.c_long(7)), ctypes.sizeof(ctypes.c_int), ctypes.sizeof(ctypes.c_long))
