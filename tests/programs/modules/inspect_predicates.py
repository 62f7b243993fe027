# inspect: the is* predicates, getmembers, getmro, getattr_static, unwrap,
# isabstract, getclosurevars and generator/coroutine states.
import abc
import functools
import inspect

def func(): pass
def gen(): yield 1
async def coro(): return 1
async def agen(): yield 1
class K:
    """K's doc."""
    limit = 3
    def method(self): pass
    @classmethod
    def build(cls): pass
    @staticmethod
    def tool(): pass
    @property
    def size(self): return 2
c = coro()
candidates = [('func', func), ('gen', gen), ('coro', coro), ('agen', agen),
              ('class', K), ('instance', K()), ('bound', K().method),
              ('classmeth', K.build), ('property', K.__dict__['size']),
              ('staticobj', K.__dict__['tool']), ('partial', functools.partial(gen)),
              ('generator', gen()), ('coroutine', c), ('module', inspect),
              ('code', func.__code__), ('lambda', lambda: 0), ('builtin', len)]
names = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
         'iscoroutinefunction', 'isasyncgenfunction', 'isgenerator', 'iscoroutine',
         'isawaitable', 'isbuiltin', 'isroutine', 'ismethoddescriptor',
         'isdatadescriptor', 'iscode', 'isframe', 'istraceback']
for label, obj in candidates:
    print(f'{label:10}', ' '.join(n[2:] for n in names if getattr(inspect, n)(obj)))
c.close()
class Sub(K):
    def method(self): pass
print([name for name, _ in inspect.getmembers(Sub, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Sub(), inspect.ismethod)])
print(inspect.getmembers(Sub, lambda v: isinstance(v, int) and not isinstance(v, bool)))
print([cls.__name__ for cls in inspect.getmro(Sub)], inspect.getdoc(Sub))
class Lazy:
    kind = 'class attr'
    def __getattr__(self, name): return 'computed ' + name
lazy = Lazy(); lazy.__dict__['kind'] = 'instance attr'
print(lazy.missing, inspect.getattr_static(lazy, 'missing', 'no default'))
print(inspect.getattr_static(lazy, 'kind'), inspect.getattr_static(Lazy, 'kind'))
print(type(inspect.getattr_static(K, 'size')).__name__, type(inspect.getattr_static(K, 'build')).__name__)
@functools.wraps(func)
def wrapper(): pass
print(inspect.unwrap(wrapper) is func, inspect.unwrap(func) is func)
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): pass
class Impl(Base):
    def run(self): pass
print(inspect.isabstract(Base), inspect.isabstract(Impl), inspect.isabstract(K))
total = 10
def counter(step):
    def tick(): return total + step + len(undefined_name)
    return tick
cv = inspect.getclosurevars(counter(2))
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound)

def stepper():
    seen.append(inspect.getgeneratorstate(g))
    yield 1
seen = []
g = stepper()
seen.append(inspect.getgeneratorstate(g))
next(g)
seen.append(inspect.getgeneratorstate(g))
next(g, None)
seen.append(inspect.getgeneratorstate(g))
print(seen)
c = coro()
print(inspect.getcoroutinestate(c), end=' ')
try:
    c.send(None)
except StopIteration as stop:
    print(stop.value, inspect.getcoroutinestate(c))
