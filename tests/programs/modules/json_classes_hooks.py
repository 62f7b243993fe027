# JSONEncoder / JSONDecoder classes, iterencode chunks, hooks, dump/load.
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'__point__': [o.x, o.y]}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


data = {'origin': Point(0, 0), 'path': [Point(1, 2), Point(3.5, -4)],
        'tags': {'b', 'a', 'c'}}
print(json.dumps(data, cls=PointEncoder))
print(json.dumps(data, cls=PointEncoder, indent=2, sort_keys=True))
enc = PointEncoder(separators=(',', ':'))
print(enc.encode(data))
print(enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys)
try:
    json.dumps({'bad': object()}, cls=PointEncoder)
except TypeError as e:
    print('TypeError:', e)

# default= returning something that needs default again, and recursion
# through default.
class Box:
    def __init__(self, inner):
        self.inner = inner
def unbox(o):
    if isinstance(o, Box):
        return {'box': o.inner}
    raise TypeError('cannot ' + type(o).__name__)
print(json.dumps(Box(Box([1, Box(None)])), default=unbox))
print(json.dumps([Box(2)], default=unbox, indent=1))
try:
    json.dumps([Box(1), object()], default=unbox)
except TypeError as e:
    print('TypeError:', e)
# A default that returns the same object is a circular reference.
class Loop:
    pass
for kw in [{}, {'indent': 2}]:
    try:
        json.dumps([Loop()], default=lambda o: o, **kw)
    except ValueError as e:
        print('ValueError:', e)

# iterencode yields the pure-Python encoder's chunks.
encoder = json.JSONEncoder()
print(list(encoder.iterencode({'a': [1, 2.5, None, 'x', [], {}], 'b': {'c': True}})))
print(list(json.JSONEncoder(indent=2).iterencode([1, {'k': [False]}])))
print(list(json.JSONEncoder(sort_keys=True, separators=(',', ':')).iterencode({'z': 1, 'a': (2, 3)})))
print(list(PointEncoder().iterencode([Point(1, 1), 'end'])))
print(list(encoder.iterencode('just a string')), list(encoder.iterencode(5)))
print(encoder.iterencode([1], _one_shot=True))
it = encoder.iterencode([1, 2, 3])
print(next(it), next(it), list(it))
try:
    list(json.JSONEncoder(allow_nan=False).iterencode([1, float('nan')]))
except ValueError as e:
    print('ValueError:', e)
print(encoder.encode('\u00e9'), json.JSONEncoder(ensure_ascii=False).encode('\u00e9'))

# dump / load with file-like objects.
class Sink:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)
class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
sink = Sink()
json.dump({'k': [1, 2, {'n': None}], 'f': 0.25}, sink)
print(sink.chunks)
sink = Sink()
json.dump([Point(5, 6)], sink, cls=PointEncoder, indent=1)
print(''.join(sink.chunks))
sink = Sink()
try:
    json.dump([1, float('inf')], sink, allow_nan=False)
except ValueError as e:
    print('ValueError:', e, sink.chunks)
print(json.load(Source('{"a": [1, 2]}')))
print(json.load(Source('[1.5, 2]'), parse_float=str))

# Decoder hooks.
def as_point(d):
    if '__point__' in d:
        return Point(*d['__point__'])
    return d
text = json.dumps(data, cls=PointEncoder)
back = json.loads(text, object_hook=as_point)
print(type(back['origin']).__name__, [(p.x, p.y) for p in back['path']], back['tags'])
print(json.loads('{"b": 1, "a": {"c": 2}, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: sorted(p),
                 object_hook=lambda d: 'not called'))
print(json.loads('{}', object_pairs_hook=lambda p: ('pairs', p)))
print(json.loads('{}', object_hook=lambda d: ('hook', d)))
print(json.loads('[{"a": {}}, {}]', object_hook=lambda d: len(d)))
print(json.loads('[1, 2.50, -3e2, 7]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[1, 2.5]', parse_int=float))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: 'const:' + c))
def reject(c):
    raise ValueError('no constants: ' + c)
try:
    json.loads('[1, NaN]', parse_constant=reject)
except ValueError as e:
    print('ValueError:', e)

# JSONDecoder: decode and raw_decode.
dec = json.JSONDecoder()
print(dec.decode(' [1, {"a": null}] '))
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('xx[1, 2]yy', 2))
print(dec.raw_decode('"str"'), dec.raw_decode('123abc'))
for args in [(' 1',), ('',), ('[1,', 0), ('abc', 5)]:
    try:
        dec.raw_decode(*args)
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e)
try:
    dec.raw_decode('1', -1)
except ValueError as e:
    print('ValueError:', e)
def read_stream(text):
    # Several documents in one string, read with raw_decode.
    out = []
    i = 0
    while i < len(text):
        if text[i] in ' \n':
            i += 1
            continue
        obj, i = dec.raw_decode(text, i)
        out.append(obj)
    return out
print(read_stream('{"a": 1} [2, 3]\n"four" 5 null'))

class LoudDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        kw['object_hook'] = self.hook
        super().__init__(**kw)
        self.seen = 0
    def hook(self, d):
        self.seen += 1
        return dict(sorted(d.items()))
print(json.loads('{"z": {"y": 1, "x": 2}, "a": 0}', cls=LoudDecoder))
ld = LoudDecoder(strict=False)
print(ld.decode('[{"b": "\t"}, {"a": 1}]'), ld.seen, ld.strict)
try:
    json.loads('[1]', cls=json.JSONDecoder, bogus=1)
except TypeError as e:
    print('TypeError')
