# Subclasses of list, dict, set, frozenset and tuple: the builtin behaviour
# is inherited, overrides are honoured, and the result types are CPython's.

class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, type(s).__name__, s.peek(), len(s), s[1:3], type(s[1:3]).__name__)
print(isinstance(s, list), issubclass(Stack, list), Stack.__mro__)
s.sort(reverse=True)
print(s, s.index(3), s.count(4), 4 in s, 9 in s, list(reversed(s)))
s += [0]
print(s, type(s).__name__)
s *= 2
print(s, type(s).__name__)
print(s + [1], type(s + [1]).__name__, [1] + s, type([1] + s).__name__)
print(s * 2 == 2 * s, type(s * 2).__name__)
del s[0]
s[0] = 'x'
print(s, s.pop(), s)
print(s == ['x', 2, 1, 0, 4, 3, 2, 1], s != [], s < ['y'], sorted(Stack([3, 1, 2])))
s.label = "mine"
print(s.label, s.__dict__, vars(s))
print(bool(Stack()), bool(Stack([0])), Stack(range(3)), Stack("ab"))


class Logged(list):
    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)

    def __len__(self):
        return super().__len__() + 100

    def __iter__(self):
        print("  iter")
        return super().__iter__()

    def __contains__(self, x):
        print("  contains", x)
        return super().__contains__(x)


g = Logged([5, 6])
print(g[0], len(g), list(g), 6 in g)
for x in g:
    print("item", x)


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "abracadabra":
    c[ch] = c[ch] + 1
print(sorted(c.items()), c['z'], 'z' in c, c.get('z'), len(c))


class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v

    def __repr__(self):
        return f"DefaultDict({self.factory.__name__}, {dict.__repr__(self)})"


d = DefaultDict(list, a=[1])
d['b'].append(2)
d['a'].append(3)
print(d, d.keys(), list(d.values()), d.factory)
print(dict(d), type(dict(d)).__name__, d == {'a': [1, 3], 'b': [2]})


class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.upper())


u = Upper()
u['a'] = 1
print(u, u['A'], u['a'], u.get('a'), dict.__getitem__(u, 'A'))
u.update(b=2)  # dict.update does not call __setitem__
print(u)
d2 = Upper({'x': 1})
d2 |= {'y': 2}
print(d2, type(d2).__name__, type(d2 | {'z': 3}).__name__)


class Tags(set):
    def tagged(self):
        return sorted(self)


t = Tags("abc")
t.add("d")
t |= {"e"}
print(t.tagged(), type(t).__name__, len(t), "a" in t)
print(sorted(t | {"z"}), type(t | {"z"}).__name__, type(t - {"a"}).__name__)
print(repr(Tags()), repr(Tags([1])))


class Frozen(frozenset):
    pass


f = Frozen([3, 1])
print(f, repr(Frozen()), hash(f) == hash(frozenset([1, 3])), f == {1, 3}, f | {2})


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)))
a, b = p
print(a, b, p + (3,), type(p + (3,)).__name__, p * 2, tuple(p), list(p))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, '__dict__'), {p: "origin"}[(1, 2)])


class Pair(tuple):
    pass


print(Pair([1, 2]), Pair(), Pair("ab"), type(Pair((1,))).__name__)
try:
    Pair(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    Pair(5)
except TypeError as e:
    print("TypeError", e)
