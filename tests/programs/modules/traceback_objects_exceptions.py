# print_exception / format_exception / format_exc with `limit` and a `tb`
# other than the exception's own, TracebackException (stack, chains,
# format, format_exception_only, print), sys.tracebacklimit and
# sys.exc_info()'s traceback (file names shown by basename).
import os
import sys
import traceback
from traceback import TracebackException

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(text):
    print(text.replace(HERE, ""), end="")


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return "".join(self.parts)


def a(n):
    return b(n) * 2


def b(n):
    return c(n) + 1


def c(n):
    return 100 // n


try:
    a(0)
except ZeroDivisionError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, tb is value.__traceback__, type(tb).__name__)
    for limit in (None, 1, 2, -1, -2, 0):
        print("limit", limit)
        show(traceback.format_exc(limit=limit))
    out = Collect()
    traceback.print_exc(limit=-2, file=out)
    show(out.text())
    out = Collect()
    traceback.print_exception(etype, value, tb, 2, out)
    show(out.text())
    # a tb other than the exception's own: its tail
    show("".join(traceback.format_exception(etype, value, tb.tb_next.tb_next)))
    show("".join(traceback.format_exception(etype, value, None)))
    show("".join(traceback.format_exception(value, limit=-1)))
    saved = value

# chained exceptions with a limit: applied to each exception in the chain
def wrap():
    try:
        a(0)
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e


def context():
    try:
        wrap()
    except ValueError:
        {}["missing"]


try:
    context()
except KeyError as e:
    show("".join(traceback.format_exception(e, limit=1)))
    show("".join(traceback.format_exception(e, limit=-1, chain=False)))
    te = TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), [fs.name for fs in te.stack])
    print(type(te.__context__).__name__, te.__context__.exc_type.__name__,
          te.__cause__, te.__suppress_context__)
    print(te.__context__.__cause__.exc_type.__name__,
          [fs.name for fs in te.__context__.__cause__.stack])
    print(te.exceptions, list(te.format_exception_only()))
    show("".join(te.format(chain=False)))
    out = Collect()
    te.print(file=out)
    show(out.text())
    te2 = TracebackException(type(e), e, e.__traceback__, limit=2)
    print([fs.name for fs in te2.stack], [fs.name for fs in te2.__context__.stack])
    print(te == TracebackException.from_exception(e), te == te2, te == 1)
    full = TracebackException.from_exception(e, compact=False)
    print(full.__context__ is not None, full.__cause__)

# raise ... from None hides the context
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("clean") from None
except LookupError as e:
    show(traceback.format_exc())
    te = TracebackException.from_exception(e)
    print(te.__suppress_context__, te.__context__)
    print(TracebackException.from_exception(e, compact=False).__context__.exc_type)

# sys.tracebacklimit is the default limit
try:
    a(0)
except ZeroDivisionError:
    sys.tracebacklimit = 2
    show(traceback.format_exc())
    sys.tracebacklimit = -1
    show(traceback.format_exc())
    del sys.tracebacklimit
    show(traceback.format_exc(limit=1))

# exceptions without a traceback, odd values, the old signature
print(traceback.format_exception(ValueError("never raised")))
print(traceback.format_exception(None))
print(traceback.format_exception_only(KeyError, KeyError("k")))
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(ValueError("a\nb")))
print(traceback.format_exception(ValueError, ValueError(3), None))
try:
    traceback.format_exception(ValueError, ValueError(3))
except ValueError as e:
    print("ValueError", e)
try:
    traceback.format_exception("not an exception")
except TypeError as e:
    print("TypeError", e)


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no")


print(traceback.format_exception_only(Unprintable()))


class Local(Exception):
    pass


print(traceback.format_exception_only(Local("x")), traceback.format_exception_only(Local()))
import json
print(traceback.format_exception_only(json.JSONDecodeError("bad", "doc", 1))[0].split(":")[0])

# notes
try:
    raise TypeError("noted")
except TypeError as e:
    e.add_note("first note")
    e.add_note("two\nlines")
    print(traceback.format_exception_only(e))
    show("".join(traceback.format_exception(e, limit=1)))
    e.__notes__ = "not a list"
    print(traceback.format_exception_only(e))

# NameError and AttributeError: traceback.py in 3.11 adds no suggestion
try:
    undefined_nam
except NameError as e:
    print(traceback.format_exception_only(e))
    show(traceback.format_exc())

# SyntaxError gets its location lines
try:
    compile("x = (1 +\n", "<snippet>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
    te = TracebackException.from_exception(e)
    print(te.filename, te.lineno, repr(te.text), te.offset, te.msg)
try:
    compile("if x\n    pass\n", "<snippet>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
print(traceback.format_exception_only(SyntaxError("msg", ("f.py", 3, 5, "  abc def\n"))))
print(traceback.format_exception_only(SyntaxError("msg", ("f.py", None, 5, None))))
print(traceback.format_exception_only(SyntaxError("only msg")))
print(traceback.format_exception_only(SyntaxError()))

# print_last needs sys.last_type
try:
    traceback.print_last()
except ValueError as e:
    print("ValueError", e)
sys.last_type, sys.last_value, sys.last_traceback = type(saved), saved, saved.__traceback__
out = Collect()
traceback.print_last(limit=1, file=out)
show(out.text())
