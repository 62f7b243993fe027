# logging: basicConfig, module-level functions, lastResort, exceptions, stack info, warnings, files
import io
import logging
import os
import sys
import warnings

def clean(text):
    return text.replace(__file__, "FILE")

# lastResort: no handlers anywhere -> WARNING and above, bare message, on stderr
err = io.StringIO()
old_err = sys.stderr
sys.stderr = err
lib = logging.getLogger("lib")
lib.info("info is dropped")
lib.warning("warning via lastResort %d", 1)
lib.error("error via lastResort")
print(logging.lastResort, logging.root.handlers)
sys.stderr = old_err
print(repr(err.getvalue()))

# the module-level functions call basicConfig() (to stderr)
err = io.StringIO()
sys.stderr = err
logging.warning("root warning %s", "arg")
logging.info("root info hidden")
sys.stderr = old_err
print(repr(err.getvalue()), len(logging.root.handlers))
print(logging.root.handlers[0].formatter._fmt)

# basicConfig does nothing once configured, unless force=True
out = io.StringIO()
logging.basicConfig(stream=out, level=logging.DEBUG)
print(len(logging.root.handlers), logging.root.level)
logging.basicConfig(stream=out, level=logging.DEBUG, format="%(levelname)s %(name)s %(message)s", force=True)
logging.debug("debug %d", 1)
logging.info("info")
logging.warning("warning")
logging.error("error")
logging.critical("critical")
logging.log(logging.INFO, "log at %s", "INFO")
logging.getLogger("x.y").info("child of root")
print(out.getvalue(), end="")

for fmt, style in [("{levelname}|{message}", "{"), ("$levelname|$message", "$"), (None, "{"), (None, "$")]:
    out = io.StringIO()
    kwargs = dict(stream=out, style=style, force=True, level=logging.INFO)
    if fmt:
        kwargs["format"] = fmt
    logging.basicConfig(**kwargs)
    logging.info("styled")
    print(repr(out.getvalue()))

print("-- basicConfig errors")
for kwargs in [dict(stream=sys.stdout, filename="x.log"), dict(handlers=[logging.NullHandler()], stream=sys.stdout),
               dict(style="?"), dict(bogus=1, other=2), dict(level="NOPE")]:
    try:
        logging.basicConfig(force=True, **kwargs)
        print(kwargs, "ok")
    except (ValueError, TypeError) as e:
        print(sorted(kwargs), type(e).__name__, e)

print("-- handlers= and datefmt")
out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter(">> %(message)s"))
h2 = logging.StreamHandler(out)
logging.basicConfig(handlers=[h, h2], format="plain %(message)s", force=True, level=logging.INFO)
logging.info("two handlers")
print(out.getvalue(), end="")

print("-- exceptions")
out = io.StringIO()
logging.basicConfig(stream=out, format="%(levelname)s:%(message)s", force=True)
log = logging.getLogger("exc")
def fail():
    return {}["missing"]
try:
    fail()
except KeyError:
    log.exception("lookup failed: %s", "key")
    log.error("with exc_info", exc_info=True)
    logging.exception("module level")
try:
    raise ValueError("boom") from OSError("cause")
except ValueError as e:
    log.error("explicit instance", exc_info=e)
    log.warning("tuple", exc_info=sys.exc_info())
log.error("no exception active", exc_info=True)
print(clean(out.getvalue()), end="")

print("-- stack info and stacklevel")
out = io.StringIO()
logging.basicConfig(stream=out, format="%(funcName)s:%(lineno)d %(message)s", force=True)
def helper(msg):
    log.warning(msg, stacklevel=2)
def caller():
    helper("reported at caller")
    log.warning("direct")
    log.warning("level 3", stacklevel=3)
caller()
log.warning("huge stacklevel", stacklevel=50)
print(out.getvalue(), end="")
out = io.StringIO()
logging.basicConfig(stream=out, format="%(message)s", force=True)
def with_stack():
    log.warning("with stack", stack_info=True)
with_stack()
text = clean(out.getvalue())
print(text.splitlines()[:2], text.splitlines()[-2:])

print("-- captureWarnings")
out = io.StringIO()
logging.basicConfig(stream=out, format="%(name)s|%(levelname)s|%(message)s", force=True)
logging.captureWarnings(True)
warnings.warn_explicit("captured warning", UserWarning, "somefile.py", 7)
logging.captureWarnings(False)
print(repr(out.getvalue()))

print("-- FileHandler")
path = "_logging_config_%d.tmp" % os.getpid()
if os.path.exists(path):
    os.remove(path)
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
flog = logging.getLogger("file")
flog.propagate = False
flog.addHandler(fh)
flog.warning("first line")
flog.error("second %s", "line")
print(repr(fh) == "<FileHandler %s (NOTSET)>" % os.path.abspath(path), fh.mode, fh.baseFilename == os.path.abspath(path),
      fh.encoding, fh.errors, fh.delay)
fh.close()
with open(path) as f:
    print(repr(f.read()))
dh = logging.FileHandler(path, delay=True)
print(dh.stream)
flog.removeHandler(fh)
flog.addHandler(dh)
flog.critical("appended")
dh.close()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)

print("-- handler errors")
err = io.StringIO()
sys.stderr = err
bad = logging.getLogger("bad")
bad.addHandler(logging.StreamHandler(io.StringIO()))
bad.propagate = False
bad.warning("%d items", "not a number")
sys.stderr = old_err
lines = err.getvalue().splitlines()
print(lines[0], lines[-2:])
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)

print("-- shutdown and logger class")
logging.shutdown()
class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("made.by.myclass")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError:", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    logging.getLogger("dep").warn("old")
    logging.warn("older")
print([str(x.message) for x in w])

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
