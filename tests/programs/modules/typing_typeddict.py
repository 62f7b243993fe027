# typing.TypedDict: class and functional syntax, totality, Required and
# NotRequired, inheritance, and the plain dicts it builds.
from typing import (TypedDict, Required, NotRequired, Annotated, List,
                    is_typeddict, get_type_hints)

class Movie(TypedDict):
    title: str
    year: int

class Rated(Movie, total=False):
    stars: float
    tags: Required[List[str]]

class Loose(TypedDict, total=False):
    name: str
    uid: Annotated[NotRequired[int], 'id']
    kind: Annotated[Required[str], 'k']

m = Movie(title='Up', year=2009)
print(m, type(m), m == {'title': 'Up', 'year': 2009}, Movie(), Movie({'a': 1}, b=2))
print(Movie.__total__, Rated.__total__, Loose.__total__)
for td in (Movie, Rated, Loose):
    print(td.__name__, sorted(td.__required_keys__), sorted(td.__optional_keys__),
          list(td.__annotations__))
print(Movie.__bases__, Rated.__mro__, Movie.__module__, type(Movie).__name__)
print(is_typeddict(Movie), is_typeddict(Rated), is_typeddict(dict), is_typeddict(m))
print(get_type_hints(Rated), get_type_hints(Loose, include_extras=True)['kind'])

Point = TypedDict('Point', {'x': int, 'y': int})
Partial = TypedDict('Partial', {'x': int, 'label': NotRequired[str]}, total=False)
print(Point(x=1, y=2), Point.__annotations__, Point.__module__, sorted(Point.__required_keys__))
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)

for check in (lambda: isinstance(m, Movie), lambda: issubclass(dict, Movie),
              lambda: TypedDict('Bad', {'a': int}, b=str)):
    try:
        check()
    except TypeError as e:
        print('TypeError', e)
for body in ('class Bad(Movie, dict): pass', 'class Bad(TypedDict):\n    x: 3\n'):
    try:
        exec(body)
    except TypeError as e:
        print('TypeError', e)
