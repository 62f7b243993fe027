# csv: DictReader, DictWriter, dialect registry, Dialect classes, Sniffer.
import csv
import io

text = "name,age,city\r\nAnn,31,Oslo\r\n\r\nBob,27\r\nCy,40,Rome,extra,more\r\n"
r = csv.DictReader(io.StringIO(text))
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(io.StringIO(text), restkey="rest", restval="?")
print(list(r))
r = csv.DictReader(["1;2", "3;4"], fieldnames=["x", "y"], delimiter=";")
print(list(r), r.fieldnames)
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)

f = io.StringIO()
w = csv.DictWriter(f, ["id", "name", "note"], restval="-")
print(w.writeheader())
print(w.writerow({"id": 1, "name": "Ann", "note": "a,b"}))
print(w.writerow({"name": "Bob"}))
print(w.writerows([{"id": 3}, {"id": 4, "note": None}]))
print(repr(f.getvalue()))
try:
    w.writerow({"id": 5, "bogus": 1})
except ValueError as e:
    print("ValueError", e)
w2 = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
print(w2.writerow({"a": 1, "b": 2}))
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="skip")
except ValueError as e:
    print("ValueError", e)

print(csv.list_dialects())
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
d = csv.get_dialect("semi")
print(d.delimiter, d.quoting, d.quotechar, d.escapechar, d.doublequote,
      d.skipinitialspace, d.strict, repr(d.lineterminator))
f = io.StringIO()
csv.writer(f, "semi").writerow(["x", 1])
print(repr(f.getvalue()))
csv.register_dialect("tabby", csv.excel_tab, quotechar="'")
print(csv.get_dialect("tabby").delimiter == "\t", csv.get_dialect("tabby").quotechar)
print(sorted(csv.list_dialects()))
csv.unregister_dialect("semi")
print("semi" in csv.list_dialects())
for bad in [lambda: csv.get_dialect("semi"), lambda: csv.unregister_dialect("semi"),
            lambda: csv.register_dialect(1), lambda: csv.register_dialect("x", quoting=7),
            lambda: csv.register_dialect("x", delimiter="ab"),
            lambda: csv.register_dialect("x", quotechar=None, quoting=csv.QUOTE_ALL),
            lambda: csv.register_dialect("x", lineterminator=None),
            lambda: csv.register_dialect("x", escapechar=1),
            lambda: csv.register_dialect("x", quoting=True)]:
    try:
        bad()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
try:
    d.delimiter = ","
except AttributeError as e:
    print("AttributeError", e)

for cls in (csv.excel, csv.excel_tab, csv.unix_dialect):
    print(cls.__name__, repr(cls.delimiter), cls.quotechar, cls.doublequote,
          cls.skipinitialspace, repr(cls.lineterminator), cls.quoting)


class Mine(csv.Dialect):
    delimiter = ":"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


print(Mine()._valid, list(csv.reader(["a:b"], Mine)))
try:
    csv.Dialect()
except csv.Error as e:
    print("Error", e)


class Broken(csv.Dialect):
    delimiter = "::"
    quotechar = '"'
    lineterminator = "\n"
    quoting = 0


try:
    Broken()
except csv.Error as e:
    print("Error", e)

print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.__version__, issubclass(csv.Error, Exception), csv.Error.__name__)

sniffer = csv.Sniffer()
for sample in ["a,b,c\n1,2,3\n4,5,6\n", 'x;"y;z";w\n1;"2";3\n',
               "h1\th2\n10\t20\n30\t40\n", "'a', 'b'\n'c', 'd'\n",
               "name:age\nann:3\nbob:4\n"]:
    dialect = sniffer.sniff(sample)
    print(repr(dialect.delimiter), repr(dialect.quotechar), dialect.doublequote,
          dialect.skipinitialspace, sniffer.has_header(sample))
try:
    sniffer.sniff("")
except csv.Error as e:
    print("Error", e)
print(sniffer.sniff("a;b,c\n1;2,3\n", delimiters=";").delimiter)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
