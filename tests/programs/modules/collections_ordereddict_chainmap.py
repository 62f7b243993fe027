# collections.OrderedDict, ChainMap, UserDict, UserList and UserString:
# ordering, order-sensitive equality, views, reprs and error messages.
import copy
from collections import ChainMap, OrderedDict, UserDict, UserList, UserString


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# --- OrderedDict
od = OrderedDict()
for k in 'banana':
    od[k] = od.get(k, 0) + 1
print(od, list(od), len(od), od['a'], 'n' in od)
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)], d=4)
print(od, OrderedDict(), OrderedDict({'z': 0, 'y': 1}), OrderedDict(x=1, y=2))
od.move_to_end('a')
print(od)
od.move_to_end('a', last=False)
od.move_to_end('c', False)
print(od)
od.move_to_end('d')
print(od, list(reversed(od)))
show('move missing', lambda: od.move_to_end('zz'))
show('move missing empty', lambda: OrderedDict().move_to_end('zz', False))
print(od.popitem(), od.popitem(last=False), od)
show('popitem empty', lambda: OrderedDict().popitem())
show('popitem first empty', lambda: OrderedDict().popitem(False))
od.update([('e', 5)], f=6)
od.update({'b': 20})
od |= {'g': 7}
print(od, od.setdefault('h', 8), od.setdefault('b', 0), od.pop('e'), od.pop('q', 'dflt'))
show('pop missing', lambda: od.pop('q'))
show('init two args', lambda: OrderedDict(1, 2))
show('update two args', lambda: OrderedDict().update({}, {}))
show('init int', lambda: OrderedDict(5))
show('pair of one', lambda: OrderedDict([(1,)]))
show('pair of three', lambda: OrderedDict([(1, 2, 3)]))
show('pair not iterable', lambda: OrderedDict([1]))
show('pair empty', lambda: OrderedDict([()]))
del od['h']
print(od, od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(len(od.keys()), 'b' in od.keys(), ('b', 20) in od.items(), ('b', 2) in od.items(),
      'b' in od.items(), 20 in od.values())
print(sorted(od.keys() & {'b', 'x'}), sorted(od.keys() | {'z'}), sorted(od.keys() - ['b']),
      sorted(['b', 'q'] - od.keys()), sorted(od.keys() ^ {'b', 'q'}),
      od.keys().isdisjoint(['x']), od.keys().isdisjoint('fb'))
print(od.keys() == {'a', 'b', 'f', 'g'}, od.keys() == ['a', 'b', 'f', 'g'],
      od.keys() <= {'a', 'b', 'f', 'g', 'x'}, od.keys() < od.keys(),
      od.keys() > {'a'}, {'a', 'b', 'f', 'g'} == od.keys(),
      od.items() == {('a', 1), ('b', 20), ('f', 6), ('g', 7)}, od.values() == od.values())
print(type(od.keys()).__name__, type(od.values()).__name__, type(od.items()).__name__,
      type(reversed(od)).__name__)

# order-sensitive equality between OrderedDicts only
a = OrderedDict([(1, 'x'), (2, 'y')])
b = OrderedDict([(2, 'y'), (1, 'x')])
print(a == b, a != b, a == dict(b), dict(b) == a, a == {1: 'x', 2: 'y'},
      a == OrderedDict(a), a != OrderedDict(a), a == [(1, 'x'), (2, 'y')])
print(a | {3: 'z'}, {3: 'z'} | a, a | b, type({0: 0} | a).__name__)
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys([3, 1], 0))
c = a.copy()
c[0] = 'w'
print(c, a, type(c).__name__, copy.copy(a), copy.deepcopy(a) == a)
r = OrderedDict(a=1)
r['self'] = r
print(r)
print(OrderedDict.__mro__, OrderedDict[str, int], isinstance(a, dict))


class LastUpdated(OrderedDict):
    'Store items in the order the keys were last added'

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated(a=1, b=2)
lu['a'] = 3
lu.update(b=4, c=5)
print(lu, lu.copy(), type(lu.copy()).__name__)
lu.tag = 'attrs work'
print(lu.tag)

# an LRU cache built on move_to_end and popitem(last=False)
cache = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5, 1, 6]:
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = key * key
        if len(cache) > 3:
            cache.popitem(last=False)
print('lru', cache)

# --- ChainMap
base = {'colour': 'red', 'size': 1}
cm = ChainMap({'size': 2}, base)
print(cm, cm['colour'], cm['size'], len(cm), list(cm), dict(cm), 'colour' in cm)
print(cm.get('nope'), cm.get('nope', 0), bool(cm), bool(ChainMap()), bool(ChainMap({}, {})))
show('missing', lambda: cm['nope'])
cm['new'] = 1
del cm['size']
print(cm, base)
show('del parent key', lambda: cm.__delitem__('colour'))
show('pop parent key', lambda: cm.pop('colour'))
print(cm.pop('colour', 'fallback'), cm.popitem(), cm)
show('popitem empty', lambda: ChainMap({}, base).popitem())
child = cm.new_child()
child['colour'] = 'blue'
print(child, child.parents, child.maps[0], child['colour'], cm['colour'])
print(cm.new_child({'m': 1}), cm.new_child(k=2), cm.new_child({'m': 1}, k=2))
print(ChainMap(), ChainMap.fromkeys('ab'), ChainMap.fromkeys([1], 0))
print(cm.keys(), cm.items(), cm.values())
print(list(cm.keys()), list(cm.items()), list(cm.values()), ('size', 1) in cm.items(),
      'red' in cm.values())
print(sorted(cm.keys() & {'colour', 'x'}), sorted(cm.keys() | ['x']), sorted(cm.keys() - {'size'}))
print(cm == {'colour': 'red', 'size': 1}, cm == ChainMap(dict(cm)), cm != {}, cm == [])
print(cm | {'z': 0}, {'z': 0} | cm, type({'z': 0} | cm).__name__)
cm |= {'w': 1}
print(cm, cm.copy(), copy.copy(cm), cm.copy().maps[1] is cm.maps[1])
cm.update([('k', 'v')], j=1)
print(cm.setdefault('k', 0), cm.setdefault('q', 0), cm)
cm.clear()
print(cm, base)
loop = ChainMap()
loop['me'] = loop
print(loop)
show('ChainMap unhashable', lambda: hash(ChainMap()))
show('update int', lambda: ChainMap().update(5))
show('update triple', lambda: ChainMap().update([(1, 2, 3)]))


class DeepChainMap(ChainMap):
    'Variant of ChainMap that allows direct updates to inner scopes'

    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value


dcm = DeepChainMap({'zebra': 'black'}, {'elephant': 'blue'}, {'lion': 'yellow'})
dcm['lion'] = 'orange'
dcm['snake'] = 'red'
print(dcm, type(dcm.parents).__name__)

# --- UserDict
ud = UserDict({'a': 1}, b=2)
print(ud, len(ud), ud['a'], ud.get('z'), 'a' in ud, list(ud), ud.data)
show('missing', lambda: ud['z'])
ud['c'] = 3
del ud['a']
print(ud, ud.keys(), ud.items(), ud.copy(), type(ud.copy()).__name__)
print(ud == {'b': 2, 'c': 3}, ud | {'d': 4}, {'d': 4} | ud, UserDict.fromkeys('xy', 0))
print(ud.pop('b'), ud.pop('b', None), ud.popitem(), ud, ud.setdefault('s', 1), ud)
show('pop missing', lambda: ud.pop('zz'))
show('popitem empty', lambda: UserDict().popitem())


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


dd = Defaulting(a=1)
print(dd['a'], dd['zz'], 'zz' in dd, dd.get('q'), dd.copy(), type(dd.copy()).__name__)

# --- UserList
ul = UserList([3, 1, 2])
print(ul, len(ul), ul[0], ul[-1], ul[1:], type(ul[1:]).__name__, ul.data)
ul.append(4)
ul.extend(UserList([5]))
ul.insert(0, 0)
ul += [6]
ul.sort()
print(ul, ul + [7], [7] + ul, ul * 2, 2 * ul, ul.count(3), ul.index(4))
print(ul.pop(), ul.pop(0), ul, list(reversed(ul)), 3 in ul, ul == [1, 2, 3, 4, 5],
      ul < [1, 3], ul > UserList([1]))
ul.reverse()
ul.remove(3)
del ul[0]
ul[0] = 'x'
print(ul, ul.copy(), copy.copy(ul), UserList(), UserList('ab'), UserList(ul) is ul)
show('index missing', lambda: ul.index(99))
show('pop out of range', lambda: UserList().pop())
show('unhashable', lambda: hash(UserList()))
print([x for x in UserList(range(3))], sorted(UserList([2, 1])))

# --- UserString
us = UserString('Hello')
print(us, repr(us), len(us), us[0], type(us[1:]).__name__, us + '!', '>' + us, us * 2)
print(us.upper(), us.lower(), us.center(9, '*'), us.replace('l', 'L'), us.split('l'),
      us.find('l'), us.count('l'), us.startswith('He'), us.isalpha(), us.zfill(7))
print(us == 'Hello', us < 'Help', 'ell' in us, UserString('ell') in us, hash(us) == hash('Hello'),
      list(us), [type(c).__name__ for c in us][:1], str(us) + '?', int(UserString('42')) + 1)
print(UserString('%s-%d') % ('a', 1), UserString(12), UserString(us) == us,
      us.join(['a', 'b']), us.strip('Ho'), us.partition('l'), us.title(), us.swapcase())
print(us.encode(), us.removeprefix('He'), us.removesuffix(UserString('lo')),
      us.format(), UserString('{0}!').format(1), us.isidentifier())
show('index missing', lambda: us.index('z'))
