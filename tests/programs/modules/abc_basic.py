# abc: abstract methods (plain, property, classmethod, staticmethod and the
# deprecated decorators), the TypeError for instantiating an abstract class,
# virtual subclasses through register(), __subclasshook__, the caches, and
# update_abstractmethods().
import abc
from abc import (ABC, ABCMeta, abstractmethod, abstractproperty,
                 abstractclassmethod, abstractstaticmethod, get_cache_token,
                 update_abstractmethods)


def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        return 'base area'

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


class HalfDone(Shape):
    def area(self):
        return 0


class Square(HalfDone):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Parent(Shape):
    def area(self):
        return 'child of ' + super().area()

    def perimeter(self):
        return None


print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
print(sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__, ABC.__abstractmethods__)
show(lambda: Shape())
show(lambda: HalfDone())
show(lambda: Shape(1, 2))
s = Square(3)
print(s.area(), s.perimeter(), s.describe(), Parent().area())
print(isinstance(s, Shape), isinstance(s, ABC), issubclass(Square, Shape), issubclass(Shape, Square))
print(type(Shape) is ABCMeta, type(ABC).__name__, ABCMeta.__module__, ABC.__slots__, abc.ABC is ABC)
print(Shape.area.__isabstractmethod__, hasattr(Square.area, '__isabstractmethod__'))


# --- abstract properties, classmethods and staticmethods
class Resource(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def kind():
        ...


class File(Resource):
    @property
    def name(self):
        return 'file.txt'

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def kind():
        return 'file'


class NamedOnly(Resource):
    name = 'plain attribute'


print(sorted(Resource.__abstractmethods__), sorted(NamedOnly.__abstractmethods__))
show(lambda: Resource())
show(lambda: NamedOnly())
f = File.create()
print(f.name, File.kind(), f.kind(), File.__abstractmethods__)


class Old(ABC):
    @abstractproperty
    def size(self):
        return 0

    @abstractclassmethod
    def build(cls):
        return cls

    @abstractstaticmethod
    def helper():
        return 'help'


class NewStyle(Old):
    size = 5

    @classmethod
    def build(cls):
        return 'built ' + cls.__name__

    @staticmethod
    def helper():
        return 'helped'


print(sorted(Old.__abstractmethods__), NewStyle().size, NewStyle.build(), NewStyle.helper())
show(lambda: Old())


# --- a class without ABCMeta is not checked
class Loose:
    @abstractmethod
    def method(self):
        return 'called anyway'
print(Loose().method(), hasattr(Loose, '__abstractmethods__'))


# --- an int subclass is built by int.__new__, which does not check
class Number(int, ABC):
    @abstractmethod
    def label(self):
        ...
print(Number(7), Number(7) + 1, sorted(Number.__abstractmethods__))


# --- register() and virtual subclasses
class Drawable(ABC):
    pass


class Canvas:
    pass


class Sketch(Canvas):
    pass


token = get_cache_token()
print(issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable))
print(Drawable.register(Canvas) is Canvas, get_cache_token() == token + 1)
print(issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable), issubclass(Sketch, Drawable))
print(isinstance(Sketch(), Drawable), Drawable in Canvas.__mro__, isinstance(s, Drawable))
print(isinstance(Canvas(), (int, Drawable)), issubclass(Canvas, (str, Drawable)))


@Drawable.register
class Photo:
    pass
print(Photo.__name__, issubclass(Photo, Drawable))

Drawable.register(int)
print(isinstance(3, Drawable), issubclass(bool, Drawable), isinstance('x', Drawable))
print(Drawable.register(Drawable) is Drawable, Shape.register(Square) is Square)
show(lambda: Drawable.register(5))
show(lambda: Drawable.register(object))
show(lambda: issubclass(5, Drawable))
show(lambda: isinstance(5, Shape))


# registering on a subclass counts for its bases
class Base(ABC):
    pass


class Derived(Base):
    pass


class Outside:
    pass


print(issubclass(Outside, Base))
Derived.register(Outside)
print(issubclass(Outside, Derived), issubclass(Outside, Base), isinstance(Outside(), Base))


# an ABC registered with another ABC
class Printable(ABC):
    pass


Printable.register(Drawable)
print(issubclass(Canvas, Printable), issubclass(Photo, Printable), isinstance(7, Printable))


# --- __subclasshook__
class Sized(ABC):
    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any('__len__' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Box:
    def __len__(self):
        return 3


class Small(Sized):
    def __len__(self):
        return 1


print(issubclass(Box, Sized), isinstance(Box(), Sized), isinstance([], Sized), issubclass(int, Sized))
print(issubclass(Small, Sized), len(Small()), isinstance(5, Sized))


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Child(Never):
    pass


print(issubclass(Child, Never), isinstance(Child(), Never))


class Broken(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1 if C is int else NotImplemented
show(lambda: issubclass(int, Broken))
print(issubclass(str, Broken))


# --- caches can be cleared; the answers stay the same
print(issubclass(Canvas, Drawable), issubclass(float, Drawable))
Drawable._abc_caches_clear()
print(issubclass(Canvas, Drawable), issubclass(float, Drawable))
Drawable._abc_registry_clear()
print(issubclass(Canvas, Drawable), issubclass(float, Drawable), isinstance(3, Drawable))
print(issubclass(Sketch, Drawable), issubclass(bool, Drawable))
Drawable._abc_caches_clear()
print(issubclass(Sketch, Drawable), issubclass(bool, Drawable))


# --- update_abstractmethods
class Later(ABC):
    @abstractmethod
    def run(self):
        ...


def run(self):
    return 'running'


Later.run = run
print(sorted(Later.__abstractmethods__))
show(lambda: Later())
print(update_abstractmethods(Later) is Later, sorted(Later.__abstractmethods__), Later().run())
Later.stop = abstractmethod(lambda self: None)
update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
print(update_abstractmethods(Loose) is Loose, hasattr(Loose, '__abstractmethods__'))


# --- a metaclass derived from ABCMeta, and class keywords
class Meta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.made_by = mcls.__name__
        return cls


class Plugin(metaclass=Meta):
    registry = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, tag))

    @abstractmethod
    def load(self):
        ...


class Csv(Plugin, tag='csv'):
    def load(self):
        return 'loaded csv'


print(Plugin.made_by, Csv.made_by, type(Csv).__name__, Plugin.registry, Csv().load())
show(lambda: Plugin())
print(isinstance(Csv(), Plugin), issubclass(Csv, ABC), isinstance(Plugin, ABCMeta))
