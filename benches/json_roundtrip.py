"""JSON workload: json.dumps / json.loads round trips of generated documents
(nested dicts and lists of strings with escapes and non-ASCII text,
integers large and small, floats, booleans and nulls), encoded compactly,
indented, with sorted keys and with ensure_ascii off, decoded again and
checked equal to the original; prints each encoding's size and a checksum
of the text. In the spirit of pyperformance's `json_dumps` and
`json_loads` benchmarks. Stresses string building and scanning, dict and
list construction, float repr and parsing."""

import json
import random
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
         "theta", "iota", "kappa", "lambda", "mu", "name", "value", "id",
         "items", "tags", "owner", "created", "enabled", "score", "ratio"]
ODD_TEXT = ["quote \" inside", "back\\slash", "tab\there", "new\nline",
            "caf\u00e9", "\u65e5\u672c\u8a9e", "emoji \U0001f600",
            "nul \x00 byte", "bell \x07", "slash / ok", "\u2028 separator", ""]
SPECIAL_FLOATS = [0.0, -0.0, 0.1, 1.5, -2.25, 1e-7, 3.141592653589793,
                  1e22, 1.7976931348623157e308, 5e-324, 123456.789, 2.5e-10]


def make_value(rng, depth):
    """A random JSON value; containers get rarer with depth."""
    r = rng.random()
    if depth < 4 and r < 0.25:
        return make_object(rng, depth + 1)
    if depth < 4 and r < 0.4:
        return [make_value(rng, depth + 1) for _ in range(rng.randrange(6))]
    r = rng.random()
    if r < 0.25:
        return rng.randrange(-1000, 1000)
    if r < 0.3:
        return rng.getrandbits(80) - (1 << 79)
    if r < 0.45:
        return round(rng.uniform(-1e4, 1e4), rng.randrange(8))
    if r < 0.5:
        return rng.choice(SPECIAL_FLOATS)
    if r < 0.55:
        return rng.choice([True, False, None])
    if r < 0.7:
        return rng.choice(ODD_TEXT)
    return " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 5)))


def make_object(rng, depth):
    obj = {}
    for _ in range(rng.randrange(1, 7)):
        key = rng.choice(WORDS) + str(rng.randrange(100))
        obj[key] = make_value(rng, depth)
    return obj


def make_document(rng, records):
    return {
        "version": 3,
        "generator": "ouro json_roundtrip",
        "records": [make_object(rng, 1) for _ in range(records)],
        "matrix": [[rng.randrange(10) for _ in range(4)] for _ in range(4)],
        "floats": SPECIAL_FLOATS,
        "text": ODD_TEXT,
    }


def text_checksum(s):
    h = 0
    for ch in s:
        h = (h * 33 + ord(ch)) % 4294967291
    return h


def shape(value):
    """Counts of each JSON type in a value, as a sorted list of pairs."""
    counts = {}
    todo = [value]
    while todo:
        v = todo.pop()
        name = type(v).__name__
        counts[name] = counts.get(name, 0) + 1
        if isinstance(v, dict):
            todo.extend(v.values())
        elif isinstance(v, list):
            todo.extend(v)
    return sorted(counts.items())


ENCODINGS = [
    ("compact", {"separators": (",", ":")}),
    ("default", {}),
    ("indent2", {"indent": 2}),
    ("sorted", {"sort_keys": True, "indent": "\t"}),
    ("unicode", {"ensure_ascii": False}),
]


def main(records, rounds):
    rng = random.Random(2024)
    doc = make_document(rng, records)
    print("shape %s" % shape(doc))
    for name, options in ENCODINGS:
        checksum = 0
        text = json.dumps(doc, **options)
        for _ in range(rounds):
            text = json.dumps(doc, **options)
            back = json.loads(text)
            if back != doc:
                raise AssertionError("%s: round trip changed the data" % name)
            again = json.dumps(back, **options)
            if again != text:
                raise AssertionError("%s: re-encoding differs" % name)
            checksum = (checksum + text_checksum(text)) % 4294967291
        print("%-8s %7d chars  checksum %10d" % (name, len(text), checksum))
    # Values that change on the way through: tuples become lists, non-str
    # keys become strings, and special floats need allow_nan.
    odd = {1: (1, 2), 2.5: [(), ("a",)], False: None, None: -0.0}
    text = json.dumps(odd)
    print(text)
    print(json.loads(text))
    print(json.dumps([float("inf"), float("-inf")]))
    print(json.loads('[1E400, -1e400, 1e-400, 123.456e-2, 0.5E+1]'))
    try:
        json.dumps(float("nan"), allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
    for bad in ('{"a": 1,}', "[1, 2", '"unterminated', "tru", "{'a': 1}"):
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print("JSONDecodeError at %d: %s" % (e.pos, e.msg))
    print(json.loads('"\\u00e9\\ud83d\\ude00\\n"') == "\u00e9\U0001f600\n")


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with e.g. `200 10`.
    records = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    main(records, rounds)

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 30 45 (about a second under python3, for `ouro bench`)
