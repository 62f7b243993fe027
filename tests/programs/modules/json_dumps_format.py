# json.dumps: formatting of every kind of value, options and errors.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-17), json.dumps(10 ** 30), json.dumps(-(2 ** 70)))
for f in [0.0, -0.0, 1.5, 0.1 + 0.2, 1e16, 1e-7, 123456789.125, 1 / 3, 5e-324,
          1.7976931348623157e308, 2.0 ** 60, -2.5e-10, 100.0]:
    print(json.dumps(f), end=' ')
print()
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps({'nan': float('nan')}, indent=1))

# Strings: every ASCII character, escaped as CPython's encoders do.
ascii_all = ''.join(chr(i) for i in range(128))
print(json.dumps(ascii_all))
print(json.dumps(ascii_all, ensure_ascii=False))
uni = 'caf\u00e9 \u03bb \u4e2d\u6587 \u2028 \U0001F600 \U0001D11E \uffff \x80 \xff'
print(json.dumps(uni))
print(json.dumps(uni, ensure_ascii=False))
print(json.dumps(['"quoted"', 'back\\slash', 'tab\there', '']))
print(json.dumps('plain text'), json.dumps(''))

# Containers.
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps([{}]))
print(json.dumps((1, (2, 3), [4, (5,)])))
data = {'name': 'ouro', 'tags': ['vm', 'gc'], 'n': 3, 'ratio': 0.5,
        'nested': {'empty': [], 'none': None, 'flags': [True, False]},
        'tuple': (1, 'two')}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=''))
print(json.dumps(data, indent=3, separators=(',', ' = ')))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps([1, [2, [3, []]], {}], indent=4))
print(json.dumps({'a': {'b': {'c': {}}}}, indent=1))

# Dict keys: str, int, float, bool and None are converted to strings.
keys = {1: 'int', 2.5: 'float', True: 'bool', None: 'none', -7: 'neg',
        float('inf'): 'inf', 'z': 'str', False: 'false', 10 ** 20: 'big'}
print(json.dumps(keys))
print(json.dumps(keys, indent=1))
print(json.dumps({2: 'b', 1: 'a', 3: 'c'}, sort_keys=True))
print(json.dumps({'b': 1, 'a': 2, 'C': 3, '\u00e9': 4}, sort_keys=True))

# skipkeys, bad keys, unserializable objects.
weird = {'ok': 1, (1, 2): 'tuple', frozenset(): 'fs', 'also': 2}
print(json.dumps(weird, skipkeys=True))
print(json.dumps(weird, skipkeys=True, indent=2))
for kw in [{}, {'indent': 2}]:
    try:
        json.dumps(weird, **kw)
    except TypeError as e:
        print('TypeError:', e)
class Thing:
    pass
for obj in [Thing(), {1, 2}, b'bytes', [1, object()], {'k': Thing}]:
    for kw in [{}, {'indent': 1}]:
        try:
            json.dumps(obj, **kw)
        except TypeError as e:
            print('TypeError:', e)
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError:', e)

# allow_nan=False: the one-shot encoder and the indenting one word it differently.
for v in [float('nan'), [float('inf')], {'k': -float('inf')}, {float('nan'): 1}]:
    for kw in [{}, {'indent': 2}]:
        try:
            json.dumps(v, allow_nan=False, **kw)
        except ValueError as e:
            print('ValueError:', e)
print(json.dumps([1.5, 2], allow_nan=False))

# Circular references.
lst = [1, 2]
lst.append(lst)
d = {'a': 1}
d['self'] = d
deep = {'x': [{'y': []}]}
deep['x'][0]['y'].append(deep)
for obj in [lst, d, deep, [d]]:
    for kw in [{}, {'indent': 2}, {'sort_keys': True}]:
        try:
            json.dumps(obj, **kw)
        except ValueError as e:
            print('ValueError:', e)
# A shared (not circular) object is fine.
shared = [1]
print(json.dumps([shared, shared, {'s': shared}]))
print(json.dumps([shared, shared], check_circular=False))
print(json.dumps("only a string", ensure_ascii=False))
