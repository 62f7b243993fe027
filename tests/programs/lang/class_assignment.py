# obj.__class__ = cls: allowed between user classes whose instances have the
# same layout, refused (with CPython's words) otherwise.
class A:
    def hi(self): return 'A'
class B:
    def hi(self): return 'B'
a = A(); a.x = 1
a.__class__ = B
print(a.hi(), type(a).__name__, a.x, isinstance(a, B))
try: a.__class__ = 1
except TypeError as e: print(e)
try: (1).__class__ = B
except TypeError as e: print(e)
try: a.__class__ = int
except TypeError as e: print(e)
try: del a.__class__
except TypeError as e: print(e)
class E1(Exception): pass
class E2(Exception): pass
e = E1('m'); e.__class__ = E2; print(type(e).__name__, e)
try: e.__class__ = A
except TypeError as e2: print(e2)
class S: __slots__ = ('p',)
try: a.__class__ = S
except TypeError as e2: print(e2)
try: object().__class__ = A
except TypeError as e2: print(e2)
