# typing.NamedTuple: the class syntax (annotations, defaults, methods,
# docstrings), the functional forms, the named-tuple API and the errors.
from typing import NamedTuple, List, Optional, get_type_hints

class Point(NamedTuple):
    """A point in the plane."""
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def swapped(self):
        return self._replace(x=self.y, y=self.x)

p = Point(3, -4)
print(p, p.norm1(), p.swapped, p.x, p[1], len(p), p == (3, -4, None), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__annotations__, Point.__doc__)
print(p._asdict(), p._replace(label='P'), Point._make([1, 2, 'q']), Point(y=5, x=1))
print(Point.__name__, Point.__module__, Point.__bases__, type(Point).__name__, get_type_hints(Point))
a, b, c = p
print(a, b, c, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), hash(p) == hash((3, -4, None)))

Employee = NamedTuple('Employee', [('name', str), ('tags', List[str])])
e = Employee('ann', ['x'])
print(e, Employee._fields, Employee.__annotations__, Employee.__module__, Employee._field_defaults)
Flags = NamedTuple('Flags', on=bool, level=int)
print(Flags(True, 3), Flags._fields, Flags.__annotations__)

class Point3(Point):
    def dims(self):
        return 3
print(Point3(1, 2), Point3(1, 2).dims(), Point3._fields, Point3.__mro__[1].__name__)

for make in (lambda: Point(), lambda: Point(1, 2, 3, 4), lambda: Point(1, z=2),
             lambda: NamedTuple('X', [('a', int)], b=int)):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
for body in ('class Bad(NamedTuple):\n    a: int = 1\n    b: int\n',
             'class Bad(NamedTuple):\n    a: int\n    b: str = ""\n    c: int\n',
             'class Bad(NamedTuple):\n    a: int\n    def _replace(self): pass\n',
             'class Bad(NamedTuple, int):\n    a: int\n'):
    try:
        exec(body)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    p.x = 9
except AttributeError as e:
    print('AttributeError', e)
