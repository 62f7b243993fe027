# unicodedata: categories, names (and lookup), numeric values, widths,
# combining classes, bidirectional classes and the four normalization
# forms, as CPython 3.11's Unicode 14.0 database gives them.
import unicodedata as ud

print(ud.unidata_version)
for c in "aZ5 \t\n_é€½Ⅻ①一ß\u0301\u200b\u2028\U0001F600\U00010000\ue000\u0378𝟘٣":
    print(repr(c), ud.category(c), ud.bidirectional(c), ud.east_asian_width(c), ud.combining(c),
          ud.mirrored(c), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None), ud.name(c, "?"))
for n in ["LATIN SMALL LETTER A", "latin small letter sharp s", "EURO SIGN", "SNOWMAN",
          "GRINNING FACE", "HANGUL SYLLABLE GA", "CJK UNIFIED IDEOGRAPH-4E00"]:
    c = ud.lookup(n)
    print(n, repr(c), ud.name(c))
for bad in [lambda: ud.lookup("NO SUCH THING"), lambda: ud.name("\x00"), lambda: ud.decimal("a"),
            lambda: ud.digit("x"), lambda: ud.numeric("y"), lambda: ud.category("ab"),
            lambda: ud.category(5), lambda: ud.normalize("NFX", "a"), lambda: ud.name("\u0378")]:
    try:
        bad()
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in ["café", "cafe\u0301", "ﬁ ① ½ Å Å", "한국어", "\u1e9b\u0323", "x²"]:
    forms = [ud.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print(ascii(forms), [ud.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
print(ud.normalize("NFKD", "Crème Brûlée").encode("ascii", "ignore"))
counts = {}
for cp in range(0, 0x20000, 3):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    k = ud.category(chr(cp))
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))
print(sum(ud.combining(chr(cp)) for cp in range(0x300, 0x3000)), sum(1 for cp in range(0x10000) if ud.mirrored(chr(cp))))
print(sum(ud.numeric(chr(cp), 0) for cp in range(0x10000)))
import re
print(re.findall(r"\N{LATIN SMALL LETTER E WITH ACUTE}+", "éé e é"), re.match(r"[\N{DIGIT ONE}-\N{DIGIT THREE}]+", "1234"))
try:
    re.compile(r"\N{NO SUCH NAME}")
except re.error as e:
    print(e)
