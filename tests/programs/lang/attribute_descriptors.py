# The __dict__ and __weakref__ attributes: getset descriptors on the class that
# gave its instances a dict or weak references, and assigning __dict__.
class A: pass
a=A(); print(A.__dict__['__dict__'].__get__(a, A), A.__dict__['__weakref__'].__get__(a, A))
print(A.__dict__['__dict__'], type(A.__dict__['__dict__']).__name__, A.__doc__)
print(A.__dict__['__dict__'].__name__, A.__dict__['__dict__'].__objclass__, A.__dict__['__dict__'].__qualname__)
try: A.__dict__['__dict__'].__get__(1, int)
except TypeError as e: print(e)
A.__dict__['__dict__'].__set__(a, {'z': 1}); print(a.z)
try: A.__dict__['__weakref__'].__set__(a, None)
except AttributeError as e: print(e)
a.x=1
try: a.__dict__ = 5
except TypeError as e: print(e)
a.__dict__ = {'y': 2}; print(a.y, hasattr(a,'x'))
try: del a.__dict__; print('deleted', a.__dict__)
except TypeError as e: print(e)
def f(): pass
try: f.__dict__ = 3
except TypeError as e: print(e)
try: del f.__dict__
except TypeError as e: print(e)
f.__dict__ = {'k': 1}; print(f.k)
class W: __slots__ = ('__weakref__',)
print(W.__weakref__, hasattr(W, '__dict__'))
import weakref
w = W(); r = weakref.ref(w); print(w.__weakref__ is r)
try: W().__dict__ = {}
except AttributeError as e: print(e)
class A:
    def f(self): pass
class B(A): pass
class E(Exception): pass
class S: __slots__=('a',)
class T(S): pass
print(list(A.__dict__), list(B.__dict__), list(E.__dict__), list(S.__dict__), list(T.__dict__))
print(A.__doc__, A.__dict__.get('__doc__', 'nodoc'))
class D:
    "docstring"
print(list(D.__dict__), D.__doc__)
