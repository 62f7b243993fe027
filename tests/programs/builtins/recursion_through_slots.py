# Calling an object whose class's __call__ is that object, or reading a
# descriptor whose __get__ is itself, is an error, not a crash.
class C:
    pass


c = C()
C.__call__ = c
try:
    c()
except RecursionError as e:
    print("RecursionError", e)


class D:
    pass


d = D()
D.__get__ = d
D.x = d
try:
    d.x
except TypeError as e:
    print("TypeError", e)


class G:
    def __get__(self, obj, owner):
        return ("get", type(obj).__name__, owner.__name__)


class H:
    g = G()


print(H().g, H.g)
import hashlib
for args in [(1, 2**62), (2**40, 2)]:
    try:
        hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", *args)
    except OverflowError as e:
        print("OverflowError", e)
