# Round trips of nested data through dumps/loads under many options,
# with data from a small deterministic generator.
import json

state = [12345]
def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n

PIECES = ['a', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', '\x7f',
          '\u00e9', '\u4e2d', '\u2028', '\U0001F600', '\U0001D11E', 'key']
def make_str():
    return ''.join(PIECES[rand(len(PIECES))] for _ in range(rand(6)))

def make(depth):
    k = rand(10)
    if depth > 3 or k < 4:
        leaf = rand(9)
        if leaf == 0:
            return None
        if leaf == 1:
            return rand(2) == 1
        if leaf == 2:
            return rand(1000000) - 500000
        if leaf == 3:
            return (rand(2000001) - 1000000) / (rand(999) + 1)
        if leaf == 4:
            return rand(10) ** 25
        if leaf == 5:
            return float(rand(100000)) * 1e-10
        return make_str()
    if k < 7:
        return [make(depth + 1) for _ in range(rand(5))]
    return {make_str(): make(depth + 1) for _ in range(rand(5))}

options = [
    {},
    {'sort_keys': True},
    {'ensure_ascii': False},
    {'indent': 2},
    {'indent': '\t', 'sort_keys': True, 'ensure_ascii': False},
    {'separators': (',', ':')},
    {'indent': 0, 'separators': (', ', ': ')},
]
count = 0
shown = 0
total = 0
for i in range(16):
    value = make(0)
    for opts in options:
        text = json.dumps(value, **opts)
        back = json.loads(text)
        assert back == value, (value, opts, text)
        assert json.dumps(back, **opts) == text
        total += len(text)
        count += 1
    if shown < 3 and 60 < len(json.dumps(value)) < 400:
        shown += 1
        print(json.dumps(value))
        print(json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False))
print(count, 'round trips,', total, 'characters')

# Tuples come back as lists, non-str keys as strings.
orig = {'t': (1, (2, 3)), 1: 'one', 2.5: 'x', None: 0, True: 'yes'}
print(json.loads(json.dumps(orig)))
print(json.loads(json.dumps(orig, sort_keys=False, indent=3)))

# Floats keep their value exactly.
floats = [0.1, 1 / 3, 2 / 3, 1e-300, 123.456e200, -0.0, 5e-324, 9007199254740993.0]
back = json.loads(json.dumps(floats))
print(back == floats, [repr(f) for f in back])
print(json.loads(json.dumps(float('inf'))), json.loads(json.dumps(-float('inf'))))
nan = json.loads(json.dumps(float('nan')))
print(nan != nan)

# A bigger document: 200 records.
records = []
for i in range(40):
    records.append({'id': i, 'name': 'item-%d' % i, 'price': i * 0.25,
                    'tags': ['t%d' % (i % 7), 't%d' % (i % 3)],
                    'meta': {'ok': i % 2 == 0, 'parent': None if i == 0 else i - 1}})
text = json.dumps({'records': records}, sort_keys=True)
print(len(text), text[:120])
again = json.loads(text)
print(again['records'][39], again == {'records': records})
pretty = json.dumps(again, indent=2)
print(len(pretty), json.loads(pretty) == again)

# The pieces of the json.encoder / json.decoder namespaces programs use.
print(json.encoder.encode_basestring_ascii('a\u00e9"\U0001F600'))
print(json.encoder.encode_basestring('a\u00e9"\n'))
print(json.decoder.scanstring('"abc\\n" tail', 1))
print(json.decoder.scanstring('x"\\u00e9"', 2))
print(isinstance(json.decoder.JSONDecoder(), json.JSONDecoder))
