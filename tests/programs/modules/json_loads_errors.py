# json.loads: values, whitespace, numbers, string escapes and every
# JSONDecodeError message with its position.
import json

docs = [
    'null', 'true', 'false', '0', '-0', '-0.0', '12', '-12', '1.5', '1e3',
    '1E+2', '2.5e-3', '-1.25E-2', '123456789012345678901234567890',
    '1.7976931348623157e308', '1e400', '-1e400', '0.1', '3.141592653589793',
    '"text"', '""', '[]', '{}', '[1, 2, 3]', '{"a": 1, "b": [true, null]}',
    '  \t\n\r 42 \n ', '[ ]', '{ }', '[\n1 ,\n2\n]', '{ "k" : "v" , "n" : { } }',
    'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]',
    '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u4E2D"',
    '"\\ud834\\udd1e"', '"\\uD83D\\uDE00 smile"', '"caf\u00e9 \U0001F600"',
    '{"a": 1, "a": 2}', '[[[[[]]]]]', '{"x": {"y": {"z": [1, {"w": null}]}}}',
    '"\\u0000\\u001f"', '[0, 10, -0, 0.0, 0e0, 0E-0, 10E10]',
]
for doc in docs:
    v = json.loads(doc)
    print(repr(doc), '->', repr(v), type(v).__name__)

bad = [
    '', ' ', '\n\n  ', 'nul', 'tru', 'fals', 'True', 'None', 'nan', 'inf',
    '-', '-x', '+1', '.5', '1.', '01', '00', '1e', '1e+', '1.5e-', '-Inf',
    '--1', '0x10', '[', ']', '{', '}', '[1', '[1,', '[1,]', '[,1]', '[1 2]',
    '[1,,2]', '{"a"}', '{"a":}', '{"a" 1}', '{"a":1', '{"a":1,}', '{"a":1 "b":2}',
    '{a:1}', "{'a':1}", '{,}', '{"a":1}}', '[1]]', '1 2', 'true false',
    '"abc', '"abc\\', '"abc\\"', '"a\nb"', '"tab\there"', '"\x00"',
    '"\\x"', '"\\a"', '"\\U0041"', '"\\u12"', '"\\u12G4"', '"\\u 123"',
    '"\\u-123"', '"\\u0x12"', '"\\u1234', '"\\ud834\\udd1"', '"\\ud834\\uXYZW"',
    '"ok" x', '[1, 2]\n\n  {', '{\n  "a": 1,\n  "b" 2\n}', '[\n\n\n  nope]',
    '{"a": [1, 2, {"b": }]}', '\ufeff[1]', '[1, "two", tru]',
]
for doc in bad:
    try:
        json.loads(doc)
        print(repr(doc), 'parsed?!')
    except json.JSONDecodeError as e:
        print(repr(doc), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno,
              e.doc == doc)

# JSONDecodeError is a ValueError, and carries the arguments CPython gives.
try:
    json.loads('[1, 2')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.args)
err = json.JSONDecodeError('Custom', 'ab\ncd\nef', 7)
print(err, err.lineno, err.colno, err.pos, err.msg)
print(issubclass(json.JSONDecodeError, ValueError))
print(json.decoder.JSONDecodeError is json.JSONDecodeError)

# strict=False allows control characters inside strings.
print(repr(json.loads('"a\tb\nc\x00"', strict=False)))
print(repr(json.loads('{"k\x01": "\x1f"}', strict=False)))
try:
    json.loads('{"k\x01": 1}')
except json.JSONDecodeError as e:
    print(e)

# Bytes are decoded after detecting their encoding.
print(json.loads(b'{"a": [1, 2.5, "\xc3\xa9"]}'))
print(json.loads(b'\xef\xbb\xbf[1, 2]'))
print(json.loads(b'[\x00"\x00x\x00"\x00]\x00'))          # UTF-16-LE
print(json.loads(b'\x00[\x00"\x00y\x00"\x00]'))          # UTF-16-BE
print(json.loads(b'\xff\xfe[\x00"\x00=\xd8\x00\xde"\x00]\x00'))  # UTF-16 BOM
print(json.loads(b'7\x00\x00\x00'))                        # UTF-32-LE
print(json.loads(b'\x00\x00\x00[\x00\x00\x00]'))          # UTF-32-BE
print(json.loads(b'1'), json.loads(b'12'))
for obj in [123, None, [1], 4.5]:
    try:
        json.loads(obj)
    except TypeError as e:
        print('TypeError:', e)
