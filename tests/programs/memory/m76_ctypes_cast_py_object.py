# ctypes.cast(id(x), ctypes.py_object).value: the object with that id, held
# by nobody but the caller of .value; py_object(x) holds x.
import ctypes, sys
x = [1, 2]
addr = id(x)
print(ctypes.cast(addr, ctypes.py_object).value is x)
c = ctypes.cast(addr, ctypes.py_object)
print(sys.getrefcount(x))
p = ctypes.py_object(x)
print(sys.getrefcount(x), p.value is x, repr(p), repr(ctypes.py_object()))
try:
    ctypes.py_object().value
except ValueError as e:
    print("ValueError:", e)
print(repr(c), type(c).__name__)
try:
    ctypes.cast(addr, ctypes.c_long)
except TypeError as e:
    print("TypeError:", e)
print(ctypes.cast(id(None), ctypes.py_object).value, ctypes.cast(id(5), ctypes.py_object).value)
