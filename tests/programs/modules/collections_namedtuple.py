# collections.namedtuple: the generated classes, their methods and docs,
# argument binding with CPython's TypeErrors, and name validation.
import copy
from collections import namedtuple


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p[0] + p[1], p.x + p.y, len(p), list(p), tuple(p), p == (11, 22))
x, y = p
print(x, y, p._asdict(), Point(**p._asdict()), p._replace(x=100))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__,
      Point.y.__doc__, Point.__match_args__, Point.__slots__)
print(Point.__name__, Point.__qualname__, Point.__module__, Point)
print(Point.__mro__, isinstance(p, tuple), issubclass(Point, tuple))
print(Point.__new__.__doc__, Point.__new__.__qualname__, Point._make.__doc__)
print(Point._replace.__doc__, Point._replace.__qualname__,
      Point._asdict.__qualname__, Point.__repr__.__qualname__,
      Point._make.__qualname__, Point.__getnewargs__.__qualname__)
print(Point._make([1, 2]), Point._make(iter('ab')), p.__getnewargs__())
print(hash(p) == hash((11, 22)), p < Point(11, 23), p + (1,), p * 2, p[::-1])
print(p.count(11), p.index(22), 22 in p, sorted([Point(2, 1), Point(1, 2)]))

# binding errors, in CPython's order
show('missing one', lambda: Point(1))
show('missing two', lambda: Point())
show('too many', lambda: Point(1, 2, 3))
show('multiple', lambda: Point(1, x=2))
show('unexpected', lambda: Point(1, 2, z=3))
show('unexpected first', lambda: Point(1, 2, 3, z=1))
show('multiple before count', lambda: Point(1, 2, 3, x=1))
show('keywords only', lambda: Point(y=1, x=2))
show('_make short', lambda: Point._make([1]))
show('_make long', lambda: Point._make([1, 2, 3]))
show('_replace bad', lambda: p._replace(z=5))
show('_replace bad two', lambda: p._replace(x=1, y=2, z=3, w=4))
show('set field', lambda: setattr(p, 'x', 5))
show('del field', lambda: delattr(p, 'x'))
show('set other', lambda: setattr(p, 'z', 5))
show('no dict', lambda: p.__dict__)

# defaults
P3 = namedtuple('P3', 'a b c', defaults=(9,))
print(P3(1, 2), P3(1, 2, 3), P3(a=1, b=2), P3._field_defaults, P3.__doc__)
show('P3 missing', lambda: P3())
show('P3 missing b', lambda: P3(1, c=2))
show('P3 too many', lambda: P3(1, 2, 3, 4))
All = namedtuple('All', 'a b', defaults=iter([1, 2]))
print(All(), All(5), All(b=7), All._field_defaults)
show('All too many', lambda: All(1, 2, 3))
P4 = namedtuple('P4', 'a b c d')
show('P4 missing four', lambda: P4())
show('P4 missing three', lambda: P4(1))
show('P4 missing two', lambda: P4(1, c=3))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, Empty.__doc__, Empty._make([]))
show('Empty arg', lambda: Empty(1))
show('Empty args', lambda: Empty(1, 2))
One = namedtuple('One', ['a'], defaults=[1])
print(One(), One(2), One.__doc__, One.__new__.__doc__)
show('One too many', lambda: One(1, 2))
show('too many defaults', lambda: namedtuple('A', 'x y', defaults=(1, 2, 3)))
show('defaults int', lambda: namedtuple('A', 'x y', defaults=5))

# field names: strings split on commas and spaces, any iterable of names
print(namedtuple('A', 'x, y,  z')._fields, namedtuple('A', ('x', 'y'))._fields,
      namedtuple('A', iter(['p', 'q']))._fields, namedtuple('A', 'x y')(1, 2))
show('bad typename', lambda: namedtuple('1a', 'x'))
show('typename keyword', lambda: namedtuple('def', 'x'))
show('keyword field', lambda: namedtuple('A', 'x class'))
show('underscore field', lambda: namedtuple('A', 'x _y'))
show('duplicate field', lambda: namedtuple('A', 'x y x'))
show('digit field', lambda: namedtuple('A', [1]))
show('typename int', lambda: namedtuple(5, 'x'))
show('field_names int', lambda: namedtuple('A', 5))
show('bad keyword', lambda: namedtuple('A', 'x', junk=1))
show('no fields', lambda: namedtuple('A'))
show('positional rename', lambda: namedtuple('A', 'x', True))
print(namedtuple('A', 'x class _y x 1 ok', rename=True)._fields)
print(namedtuple('A', ['x', 'x', 'y'], rename=True)._fields)
print(namedtuple('A', ['x', 'def', 'x', '_1'], rename=True)._fields)
print(namedtuple('A', 'abc ABC', rename=True)._fields)
print(namedtuple('A', 'x')(1), namedtuple('A', 'x').__doc__)
Mod = namedtuple('Mod', 'x', module='some.module')
print(Mod, Mod.__module__)

# subclassing a named tuple
class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()

    @property
    def length(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)


v = Vector(3, 4)
print(v, v.length, v + Vector(1, 1), v._replace(y=0), type(v._replace(y=0)).__name__,
      Vector._make([5, 12]).length, v._asdict())
show('Vector missing', lambda: Vector(1))
show('Vector slots', lambda: setattr(v, 'z', 1))

# copies and nesting
Line = namedtuple('Line', 'start end')
line = Line(Point(0, 0), Point([1], 2))
c = copy.copy(line)
d = copy.deepcopy(line)
print(line, c == line, d == line, c.end.x is line.end.x, d.end.x is line.end.x,
      type(d.end).__name__)
print(repr(Point('a', None)), str(Point(1.5, [2])))
Wide = namedtuple('Wide', ['f%d' % i for i in range(12)])
w = Wide(*range(12))
print(w, w.f11, w._replace(f0=-1)[:3], Wide._fields[-2:])
