# csv.reader: quoting, escapes, dialect options, line_num and errors.
import csv
import io


def rows(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        out = [row for row in r]
        return "%r line_num=%d" % (out, r.line_num)
    except (csv.Error, ValueError, TypeError) as e:
        return "%s: %s" % (type(e).__name__, e)


cases = [
    (["a,b,c"], {}),
    (["a,b,c\r\n", "1,2,3\r\n"], {}),
    (['"quoted, comma",plain,"with ""double"" quotes"'], {}),
    (['"multi\n', 'line",x\n', "y,z\n"], {}),
    (["", "a", "", "b,"], {}),
    ([",,", ",", '""'], {}),
    (['a, "b", c'], {}),
    (['a, "b", c'], {"skipinitialspace": True}),
    (["a;b;c"], {"delimiter": ";"}),
    (["a\tb\tc"], {"dialect": "excel-tab"}),
    (["'x,y',z"], {"quotechar": "'"}),
    (['"x,y",z'], {"quoting": csv.QUOTE_NONE}),
    (['"x,y",z'], {"quotechar": None}),
    (["a\\,b,c\\\\d,e\\"], {"escapechar": "\\"}),
    (['"a\\"b",c'], {"escapechar": "\\", "doublequote": False}),
    (['"a""b",c'], {"doublequote": False}),
    (['1,2.5,"x",-3e2,'], {"quoting": csv.QUOTE_NONNUMERIC}),
    (['1,abc'], {"quoting": csv.QUOTE_NONNUMERIC}),
    (['a,"b"c'], {}),
    (['a,"b"c'], {"strict": True}),
    (['a,"unterminated'], {}),
    (['a,"unterminated'], {"strict": True}),
    (["a\rb"], {}),
    (["a\r\nb"], {}),
    (["a\0b,c"], {}),
    ([b"bytes,line"], {}),
    (["x\\\n", "y"], {"escapechar": "\\"}),
    (['"ab"\r\n'], {}),
    (["one|two|"], {"delimiter": "|", "lineterminator": "!"}),
]
for lines, kw in cases:
    print(repr(lines), kw, "->", rows(lines, **kw))

# from a text stream
f = io.StringIO('name,qty\r\n"Widget, large",3\r\nGadget,"1\r\n2"\r\n')
r = csv.reader(f)
for row in r:
    print(r.line_num, row)
print(r.dialect.delimiter, r.dialect.quotechar, r.dialect.lineterminator == "\r\n")

# a dialect object and overriding its attributes
class Pipes:
    delimiter = "|"
    quotechar = "'"
    skipinitialspace = True


print(list(csv.reader(["a| 'b|c'|d"], Pipes)))
print(list(csv.reader(["a| 'b|c'|d"], Pipes, delimiter=",")))
print(list(csv.reader(["a| 'b|c'|d"], dialect=Pipes())))

# field size limit
old = csv.field_size_limit(5)
print(old, rows(["12345,123456"]), rows(['"123456"']))
print(csv.field_size_limit(old), csv.field_size_limit())

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
