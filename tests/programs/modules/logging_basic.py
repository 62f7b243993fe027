# logging: loggers, hierarchy, levels, handlers, formatters, filters, adapters
import io
import logging
import sys

def show(stream):
    text = stream.getvalue()
    stream.seek(0)
    stream.truncate()
    print(text, end="")

buf = io.StringIO()
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))

root = logging.getLogger()
print(root, root is logging.root, logging.getLogger("root") is root, logging.getLogger("") is root)
app = logging.getLogger("app")
db = logging.getLogger("app.db")
print(app, db, db.parent is app, app.parent is root)
print(logging.getLogger("app") is app, app.getChild("db") is db, root.getChild("x").name)

app.addHandler(handler)
app.setLevel(logging.INFO)
print(app.getEffectiveLevel(), db.getEffectiveLevel(), db.level, root.getEffectiveLevel())
db.debug("not shown")
db.info("connected to %s:%d", "localhost", 5432)
db.warning("slow query: %(ms)d ms", {"ms": 250})
app.error("error %s", "here")
app.critical("critical!")
app.log(25, "custom level %d", 25)
app.fatal("fatal is critical")
show(buf)

print("-- levels")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(25), logging.getLevelName("nope"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
app.log(25, "notice now")
show(buf)
print(sorted(logging.getLevelNamesMapping().items()))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.NOTSET)
for bad in ("LOUD", 1.5):
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
app.setLevel("DEBUG")
print(app.level, app.isEnabledFor(logging.DEBUG), db.isEnabledFor(5))
try:
    app.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)

print("-- propagation")
child_buf = io.StringIO()
ch = logging.StreamHandler(child_buf)
ch.setFormatter(logging.Formatter("child got %(message)s"))
db.addHandler(ch)
db.info("to both")
show(child_buf)
show(buf)
db.propagate = False
db.info("only child")
show(child_buf)
show(buf)
db.propagate = True
db.removeHandler(ch)
print(db.hasHandlers(), logging.getLogger("other").hasHandlers())

print("-- placeholders")
deep = logging.getLogger("a.b.c")
print(deep.parent is root, type(logging.Logger.manager.loggerDict["a.b"]).__name__)
mid = logging.getLogger("a.b")
print(deep.parent is mid, mid.parent is root)
top = logging.getLogger("a")
print(mid.parent is top, deep.parent is mid)

print("-- handler levels and filters")
h2buf = io.StringIO()
h2 = logging.StreamHandler(h2buf)
h2.setLevel(logging.ERROR)
h2.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
app.addHandler(h2)
app.warning("warning only to first")
app.error("error to both")
show(h2buf)
show(buf)
app.removeHandler(h2)

class OddFilter(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1

handler.addFilter(OddFilter())
for i in range(4):
    app.info("number %d", i)
show(buf)
handler.filters.clear()
f = logging.Filter("app.db")
app.addFilter(lambda r: "secret" not in r.getMessage())
app.info("public")
app.info("secret stuff")
show(buf)
app.filters.clear()
for name in ("app.db", "app.dbx", "app.db.x", "app", "other"):
    rec = logging.makeLogRecord({"name": name})
    print(name, f.filter(rec), logging.Filter().filter(rec))

print("-- formatter fields")
fmt = logging.Formatter("%(name)s|%(levelno)d|%(funcName)s|%(lineno)d|%(module)s|%(filename)s|%(message)s")
handler.setFormatter(fmt)
def some_function():
    app.info("inside function")
some_function()
app.info("at module level")
class K:
    def method(self):
        app.warning("in method")
K().method()
show(buf)
handler.setFormatter(logging.Formatter("{levelname:<8}|{name}|{message}", style="{"))
app.info("brace style")
handler.setFormatter(logging.Formatter("$levelname|${name}|$message", style="$"))
app.info("dollar style")
handler.setFormatter(logging.Formatter("%(message)s %(extra_field)s"))
app.info("with extra", extra={"extra_field": "EXTRA"})
try:
    app.info("clobber", extra={"message": "no"})
except KeyError as e:
    print("KeyError", e)
handler.setFormatter(logging.Formatter("%(message)s [%(user)s]", defaults={"user": "anon"}))
app.info("defaults")
app.info("override", extra={"user": "bob"})
show(buf)

print("-- formatter validation")
for args in [("%(message)", "%"), ("{message", "{"), ("{}", "{"), ("$", "$"), ("plain", "$"),
             ("%(message)s", "#"), ("{message!x}", "{"), ("{message:zz}", "{"), ("{a b}", "{")]:
    try:
        logging.Formatter(args[0], style=args[1])
        print(args, "ok")
    except ValueError as e:
        print(args, "ValueError:", e)
print(logging.Formatter("no fields", validate=False)._fmt)

print("-- asctime")
import time
rec = logging.makeLogRecord({"msg": "timed", "created": 86400 * 365.25 * 30 + 0.123, "msecs": 123.0})
tf = logging.Formatter("%(asctime)s %(message)s")
tf.converter = time.gmtime
print(tf.format(rec))
tf2 = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y/%m/%d %H-%M")
tf2.converter = time.gmtime
print(tf2.format(rec), tf2.usesTime(), logging.Formatter("%(message)s").usesTime())
tf3 = logging.Formatter("{asctime} {message}", style="{")
tf3.converter = time.gmtime
tf3.default_msec_format = "%s.%03d"
print(tf3.format(rec))

print("-- records")
r = logging.LogRecord("n", logging.INFO, "/some/path/mod.py", 12, "hello %s", ("x",), None, "fn")
print(r.getMessage(), r.levelname, r.filename, r.module, r.funcName, r.lineno, r.exc_info, r.stack_info)
print(repr(r))
r2 = logging.LogRecord("n", 20, "p.py", 1, "%(a)s-%(b)s", ({"a": 1, "b": 2},), None)
print(r2.getMessage(), r2.args)
r3 = logging.LogRecord("n", 20, "p.py", 1, 12345, (), None)
print(r3.getMessage())
print(logging.makeLogRecord({"msg": "m", "levelno": 40}).levelno)

print("-- repr")
print(repr(handler).startswith("<StreamHandler "), repr(logging.StreamHandler(sys.stdout)),
      repr(logging.NullHandler()), repr(logging.Handler(logging.ERROR)))
print(repr(app), repr(db), repr(root))
ad = logging.LoggerAdapter(app, {"ip": "1.2.3.4"})
print(repr(ad), ad.name, ad.manager is app.manager)

print("-- adapter")
handler.setFormatter(logging.Formatter("%(ip)s %(message)s %(funcName)s"))
def adapter_user():
    ad.info("from adapter %d", 1)
    ad.warning("warn")
adapter_user()
class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["p"], msg), kwargs
handler.setFormatter(logging.Formatter("%(message)s"))
Prefix(app, {"p": "PFX"}).error("prefixed %s", "msg")
show(buf)
print(ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel(), ad.hasHandlers())

print("-- disable")
logging.disable(logging.WARNING)
app.warning("disabled")
app.error("still on")
logging.disable(logging.NOTSET)
app.warning("enabled again")
app.disabled = True
app.critical("logger disabled")
app.disabled = False
show(buf)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
