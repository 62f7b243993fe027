# The paths of json that CPython runs in its _json C accelerator (and ouro
# in Rust): scanstring, encode_basestring(_ascii), the scanner with its
# hooks and memo, and the encoder encode() uses without an indent; their
# errors, positions in non-ASCII text, and what they call in which order.
import json
import sys
from collections import OrderedDict
from decimal import Decimal


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# -- scanstring ---------------------------------------------------------
scan = json.decoder.scanstring
show(scan, '"abc" tail', 1)
show(scan, 'x"a\\u00e9\\n\\ud83d\\ude00\\/b"', 2)
show(scan, '"\u00e9\u00e9" "x"', 1)
show(scan, '"\u00e9\u00e9" "x\\t"', 5)
show(scan, 'no quote at all', 3)
show(scan, 'abc"', 0)
show(scan, 'abc', 0)
show(scan, '"abc', 1)
show(scan, '"a\\', 1)
show(scan, '"a\\q"', 1)
show(scan, '"a\\u12"', 1)
show(scan, '"a\\u12x4"', 1)
show(scan, '"a\\ud800\\u12"', 1)
show(scan, '"tab\there"', 1)
show(scan, '"tab\there"', 1, False)
show(scan, '"x"', 5)
show(scan, '"x"', -1)
show(scan, b'"x"', 1)
show(scan, '"\u00e9\u00e9\u00e9\x01"', 1)
try:
    scan('{"k\u00e9y": "caf\u00e9\n"}', 9)
except json.JSONDecodeError as e:
    print("JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)

# -- encode_basestring(_ascii) -------------------------------------------
for f in (json.encoder.encode_basestring, json.encoder.encode_basestring_ascii):
    show(f, 'plain')
    show(f, 'q"b\\s/\b\f\n\r\t\x00\x1f\x7f')
    show(f, 'caf\u00e9 \u4e2d \U0001f600 \u2028')
    show(f, '')
    show(f, 7)

# -- the scanner -----------------------------------------------------------
show(json.loads, '  {"a": [1, 2.5, -0, -0.0, 1e3, 1E-2, 10e+2], "b": {}}  ')
show(json.loads, '[true, false, null, NaN, Infinity, -Infinity, "s"]')
show(json.loads, '{"a": 1, "a": 2, "b": 3}')
for bad in ['', '   ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a" 1}',
            '{"a": }', '{"a": 1', '{"a": 1 "b": 2}', '{1: 2}', '-', '-x', '01',
            '1.', '1e', '1E+', '.5', '[nul]', 'tru', 'fals', 'Inf', '-Inf',
            '"\u00e9\u00e9', '["\u00e9\u00e9", x]', '{"\u00e9": 1,}', '[1] x',
            '"a\x01b"', '\u00e9']:
    try:
        print(repr(bad), json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"tab\there"', strict=False))
print(json.loads('["\u00e9\u00e9\u00e9", {"\u4e2d": "\U0001f600"}, 3]'))
print(json.decoder.JSONDecoder().raw_decode('[1, 2] extra', 0))
print(json.decoder.JSONDecoder().raw_decode('xx{"\u00e9": 2} extra', 2))

calls = []


def hook(d):
    calls.append(("object", sorted(d)))
    return len(d)


def pairs(p):
    calls.append(("pairs", p))
    return OrderedDict(p)


def pf(s):
    calls.append(("float", s))
    return Decimal(s)


def pi(s):
    calls.append(("int", s))
    return int(s) * 10


def pc(s):
    calls.append(("const", s))
    return s.lower()


doc = '{"x": [1, 2.50, {"y": NaN, "z": -Infinity}], "w": {"v": 7}, "u": {}}'
print(json.loads(doc, object_hook=hook, parse_float=pf, parse_int=pi,
                 parse_constant=pc))
print(json.loads(doc, object_pairs_hook=pairs, object_hook=hook))
for c in calls:
    print(c)
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float))

# One str object for each distinct key within one call (the memo), not
# across calls.
docs = json.loads('[{"key": 1}, {"key": 2}, {"other": 3, "key": 4}]')
k = [next(iter(d)) for d in docs[:2]]
print(k[0] is k[1], list(docs[2])[1] is k[0])
again = json.loads('{"key": 5}')
print(next(iter(again)) is k[0])

big = '1' * 4301
try:
    json.loads(big)
except ValueError as e:
    print("ValueError:", str(e)[:40])
print(json.loads('1' * 4300) % 1000, json.loads('-' + '9' * 30))

deep = '[' * 5000 + ']' * 5000
for d in (deep, '{"a": ' * 5000 + '1' + '}' * 5000):
    try:
        json.loads(d)
    except RecursionError as e:
        print("RecursionError:", e)

scanner = json.scanner.make_scanner(json.decoder.JSONDecoder())
show(scanner, '[1]', 0)
show(scanner, '[1]', 1)
show(scanner, '[1]', 3)
show(scanner, '[1]', 10)
show(scanner, '[1]', -1)
show(scanner, 5, 0)
try:
    scanner(' x', 1)
except StopIteration as e:
    print("StopIteration", e.value)

# -- the encoder (encode() without an indent) ------------------------------


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


class ItemsDict(dict):
    def items(self):
        return [("from", "items()"), (1, 2)]


class Obj:
    def __init__(self, n):
        self.n = n


def default(o):
    if isinstance(o, Obj):
        return {"obj": o.n}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("no " + type(o).__name__)


value = {"i": MyInt(5), "f": MyFloat(2.5), "s": MyStr("sub"), MyStr("k"): 1,
         "d": ItemsDict(a=1), "t": (1, (2,)), "o": [Obj(1), {Obj(2).n: {3, 1, 2}}],
         2.5: None, True: 1, None: 2, -3: 3, 10 ** 20: 4}
print(json.dumps(value, default=default))
print(json.dumps(value, default=default, ensure_ascii=False, separators=(",", ":")))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True))
show(json.dumps, {"b": 1, 2: 3}, sort_keys=True)
show(json.dumps, {(1, 2): 1, "a": 2})
print(json.dumps({(1, 2): 1, "a": 2, 3: (1, 2)}, skipkeys=True))
show(json.dumps, [float("nan")], allow_nan=False)
show(json.dumps, {float("inf"): 1}, allow_nan=False)
print(json.dumps({float("inf"): 1, float("-inf"): 2, float("nan"): 3}))
show(json.dumps, [Obj(1)])
show(json.dumps, object())

cyc = [1]
cyc.append(cyc)
show(json.dumps, cyc)
d = {}
d["me"] = d
show(json.dumps, d)
show(json.dumps, [Obj(1)], default=lambda o: o)
try:
    json.dumps(cyc, check_circular=False)
except RecursionError as e:
    print("RecursionError:", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))


enc = json.JSONEncoder()
print(enc.iterencode({"a": [1, 2]}, _one_shot=True))
many = enc.iterencode(list(range(60000)), _one_shot=True)
print(type(many).__name__, len(many), [len(c) for c in many], many[1][:20])


def upper_encoder(s):
    return '"' + s.upper() + '"'


enc_obj = json.encoder.c_make_encoder(None, default, upper_encoder, None, ": ", ", ",
                                      False, False, True)
print(enc_obj({"ab": ["cd", 1.5, {3: "e"}]}, 0))
bad_enc = json.encoder.c_make_encoder(None, default, lambda s: 5, None, ": ", ", ",
                                      False, False, True)
show(bad_enc, ["x"], 0)

# A default() that empties the list being encoded.
victim = [Obj(1), "after"]


def emptying(o):
    victim.clear()
    return "gone"


print(json.dumps(victim, default=emptying))
