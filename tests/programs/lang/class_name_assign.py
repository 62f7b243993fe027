class C: pass
for stmt in ["del C.__name__", "C.__name__ = 5", "C.__qualname__ = 5", "C.__name__ = 'a\\0b'", "del C.__module__"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
C.__name__ = "D"; C.__qualname__ = "Q.D"; C.__module__ = "m"
print(C, C.__name__, C.__qualname__, C.__module__, repr(C()).split(" object")[0])
C.__module__ = 5
print(C, repr(C()).split(" object")[0])
class E(Exception): pass
E.__module__ = 'zz'
E.__qualname__ = 'Q'
import traceback
try:
    raise E(1)
except E:
    traceback.print_exc(limit=0)
print(int.__name__, type(E).__name__)
