import sys
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.maxunicode, sys.int_info.bits_per_digit)
print(sys.hash_info.modulus, sys.getdefaultencoding(), sys.flags.optimize)
print(type(sys.version_info).__name__, isinstance(sys.version_info, tuple))
import math
print(vars(math)["pi"], sys.modules["__main__"].__dict__["math"] is math)
try:
    sys.nonexistent
except AttributeError as e:
    print(e)
print(sys.exception())
try:
    1/0
except ZeroDivisionError:
    print(repr(sys.exception()))
