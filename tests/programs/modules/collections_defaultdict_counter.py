# collections.defaultdict and collections.Counter: default factories,
# __missing__, reprs, copies, the multiset operators and their orderings.
import copy
from collections import Counter, defaultdict


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# --- defaultdict
dd = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']:
    dd[word[0]].append(word)
print(dd)
print(dd['z'], dd, len(dd), 'q' in dd, dd.get('q'), dd.default_factory)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), counts == {'m': 1, 'i': 4, 's': 4, 'p': 2})
print(defaultdict(), defaultdict(None, {1: 2}, a=3), defaultdict(list, [(1, 2)]))
print(defaultdict(default_factory=list))
show('bad factory', lambda: defaultdict(5))
show('bad factory str', lambda: defaultdict('abc'))
show('no factory', lambda: defaultdict()['x'])
show('None factory', lambda: defaultdict(None)[(1, 2)])
show('dict args', lambda: defaultdict(list, 5))
show('dict args 2', lambda: defaultdict(list, {}, {}))
show('missing direct', lambda: defaultdict(list).__missing__('k'))
show('missing none', lambda: defaultdict().__missing__('k'))
dd = defaultdict(lambda: 'x')
print(dd[1], dd.setdefault(2, 'y'), dd.get(3), dict(dd))
print(repr(defaultdict(lambda: 0))[:32])


class Factory:
    calls = 0

    def __call__(self):
        Factory.calls += 1
        return Factory.calls

    def __repr__(self):
        return 'Factory()'


dd = defaultdict(Factory())
print(dd['a'], dd['b'], dd['a'], dd)
dd.default_factory = None
show('factory removed', lambda: dd['c'])
dd.default_factory = set
print(dd['c'], dd)

# copies and merging keep the factory
src = defaultdict(list, {'a': [1]})
for c in (src.copy(), copy.copy(src), copy.deepcopy(src)):
    print(type(c).__name__, c, c.default_factory, c['a'] is src['a'])
print(src.__reduce__()[:4], defaultdict().__reduce__()[:2])
m = defaultdict(int, {1: 2}) | {3: 4}
print(m, type(m).__name__)
m = {3: 4} | defaultdict(int, {1: 2})
print(m, type(m).__name__)
m = defaultdict(list) | defaultdict(int, {1: 2})
print(m)
m = defaultdict(int, a=1)
m |= {'b': 2}
print(m)
try:
    defaultdict(int) | [(1, 2)]
except TypeError as e:
    print('or list', type(e).__name__)
print(defaultdict[str, int], defaultdict)


class Sub(defaultdict):
    pass


s = Sub(int, a=1)
s['b'] += 5
print(s, s.copy(), type(s.copy()).__name__, isinstance(s, dict))

# a defaultdict containing itself
dd = defaultdict(list)
dd['me'] = dd
print(dd)

# --- Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], 'z' in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter(), Counter({'x': 3, 'y': 1}), Counter(x=1, y=2), Counter([1, 1, 2]))
print(Counter('bbaacc'), Counter('ccbbaa').most_common())
c.update('xyz')
c.update({'a': 10})
c.update(Counter(b=-2), q=1)
print(c)
c.subtract('aaa')
c.subtract({'x': 5}, y=2)
c.subtract(Counter(z=1))
print(c)
del c['q']
del c['never']
print(c, c.copy() == c, type(c.copy()).__name__)
c['r'] = 0
print(c, +c, -c)
show('fromkeys', lambda: Counter.fromkeys('abc'))
show('init args', lambda: Counter('a', 'b'))
show('init int', lambda: Counter(5))
show('add int', lambda: Counter() + 1)
show('lt dict', lambda: Counter() < {})
print(Counter(a=1, b=None), Counter({'a': 'x', 'b': 3}))

# multiset operators: order by the left operand, then the right
p = Counter(a=3, b=1, c=0, d=-2)
q = Counter(b=2, c=1, e=4, d=1)
print(p + q, p - q, q - p, p | q, p & q, q & p)
print(Counter('abbb') + Counter('bcc'), Counter('abbbc') - Counter('bccd'))
for op in ('__iadd__', '__isub__', '__ior__', '__iand__'):
    r = Counter(a=3, b=1, c=0, d=-2)
    print(op, getattr(r, op)(q))
r = Counter(a=1)
r += Counter(a=-5, b=2)
print(r)

# comparisons treat missing counts as zero
print(Counter(a=1, b=0) == Counter(a=1), Counter(a=1) != Counter(a=2),
      Counter(a=1) == {'a': 1}, Counter(a=1) <= Counter(a=1, b=1),
      Counter(a=1) < Counter(a=1), Counter(a=2) > Counter(a=1),
      Counter(a=2) >= Counter(a=1, b=1))
print(Counter(a=1).__reduce__(), Counter.__mro__)


class Tally(Counter):
    pass


t = Tally('hello')
print(t, t + Tally('l'), type(t + Tally('l')).__name__, t.copy())
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3), sum(Counter(words).values()))
print(Counter(map(len, words)))
