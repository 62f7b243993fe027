# csv.writer: quoting modes, escaping, line terminators, returned lengths.
import csv
import io
from decimal import Decimal
from fractions import Fraction


def written(rows, **kw):
    f = io.StringIO()
    try:
        w = csv.writer(f, **kw)
        results = [w.writerow(r) for r in rows]
        return "%r %r" % (f.getvalue(), results)
    except (csv.Error, TypeError, ValueError) as e:
        return "%s: %s" % (type(e).__name__, e)


ROWS = [["a", "b c", 1, 2.5, None, True],
        ["comma,here", 'quote"here', "new\nline", "cr\rhere", ""],
        [], [""], [None], ["", ""], [Decimal("1.10"), Fraction(1, 3), 3 + 4j]]
for kw in [{}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC},
           {"quoting": csv.QUOTE_MINIMAL, "lineterminator": "\n"},
           {"delimiter": ";"}, {"quotechar": "'"}, {"dialect": "unix"},
           {"dialect": "excel-tab"}, {"doublequote": False, "escapechar": "\\"}]:
    print(kw)
    for row in ROWS:
        print("  ", written([row], **kw))

print(written([["a,b", "c\\d", 'e"f', "g\nh"]], quoting=csv.QUOTE_NONE, escapechar="\\"))
print(written([["a,b"]], quoting=csv.QUOTE_NONE))
print(written([[""]], quoting=csv.QUOTE_NONE))
print(written([['a"b']], doublequote=False))
print(written([["back\\slash", "x"]], escapechar="\\"))
print(written([["ends!", "x"]], lineterminator="!"))
print(written([iter(["from", "iterator"]), ("tuple", "row"), "str"]))
print(written([5]))

f = io.StringIO()
w = csv.writer(f)
print(w.writerows([[1, 2], [3, 4], ("x", "y")]), repr(f.getvalue()))
print(w.dialect.delimiter, w.dialect.quoting, w.dialect.doublequote)

# round trips through the reader
data = [["plain", "with,comma", 'with "quotes"', "multi\nline", "", " spaces "],
        ["1", "2", "3", "4", "5", "6"]]
for kw in [{}, {"quoting": csv.QUOTE_ALL}, {"delimiter": "\t"},
           {"escapechar": "\\", "doublequote": False}, {"dialect": "unix"}]:
    f = io.StringIO()
    csv.writer(f, **kw).writerows(data)
    back = list(csv.reader(io.StringIO(f.getvalue()), **kw))
    print(kw, back == data)

class Bad:
    def write(self, s):
        raise OSError("disk full")


try:
    csv.writer(Bad()).writerow(["x"])
except OSError as e:
    print("OSError", e)
for bad in [lambda: csv.writer(5), lambda: csv.writer(io.StringIO(), bogus=1),
            lambda: csv.writer(io.StringIO()).writerow(7), lambda: csv.writer()]:
    try:
        bad()
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
