# A module's attributes: what its dict holds (through the inline cache of
# LOAD_ATTR and LOAD_METHOD, which must notice rebinding and deletion),
# then its type's own (`__class__`, `__repr__`), then PEP 562's
# `__getattr__`.
import math
import sys

mod = type(sys)("scratch")
mod.x = 1


def read():
    return mod.x


print(read(), read())
mod.x = 2
print(read())
del mod.x
try:
    read()
except AttributeError as e:
    print("AttributeError:", e)
mod.x = 3
print(read(), math.floor(2.5), math.pi)
for i in range(3):
    mod.x = i
    print(read(), end=" ")
print()
print(math.__class__, repr(mod), math.__name__, mod.__class__ is type(sys))
print(mod.__repr__()[:17], type(math.__dir__()).__name__)
mod.__getattr__ = lambda name: "via __getattr__: " + name
print(mod.missing, read())
d = mod.__dict__
d["y"] = 10


def ready():
    return mod.y


print(ready(), ready())
d["y"] = 11
print(ready())
del d["y"]
print(ready())
