# Exception groups and recursion through traceback's Python formatting:
# `limit` inside groups, max_group_width / max_group_depth,
# TracebackException.exceptions, "[Previous line repeated N more times]"
# with a limit (file names shown by basename).
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


def fail(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    return {}[i]


def collect(n):
    errors = []
    for i in range(n):
        try:
            fail(i)
        except (ValueError, KeyError) as e:
            errors.append(e)
    return errors


def group(n):
    raise ExceptionGroup("several", collect(n))


try:
    group(3)
except ExceptionGroup as eg:
    show("".join(traceback.format_exception(eg, limit=1)))
    show("".join(traceback.format_exception(eg, limit=-1)))
    te = TracebackException.from_exception(eg)
    print(len(te.exceptions), [t.exc_type.__name__ for t in te.exceptions])
    print([[fs.name for fs in t.stack] for t in te.exceptions])
    print(list(te.format_exception_only()))
    te = TracebackException.from_exception(eg, max_group_width=2)
    show("".join(te.format()))
    out = Collect()
    traceback.print_exception(eg, limit=0, file=out)
    show(out.text())


def nest(depth):
    if depth == 0:
        raise TypeError("deepest")
    try:
        nest(depth - 1)
    except Exception as e:
        raise ExceptionGroup(f"level {depth}", [e])


try:
    nest(3)
except ExceptionGroup as eg:
    te = TracebackException.from_exception(eg, max_group_depth=1, limit=1)
    show("".join(te.format()))
    show("".join(TracebackException.from_exception(eg, limit=-1).format(chain=False)))

# a group with a chained cause and a note, formatted with a limit
try:
    try:
        fail(1)
    except ValueError as e:
        e.add_note("noted inside")
        raise ExceptionGroup("outer", [e, KeyError("plain")]) from RuntimeError("cause")
except ExceptionGroup as eg:
    show("".join(traceback.format_exception(eg, limit=-1)))
    show("".join(traceback.format_exception(eg, limit=1, chain=False)))


# recursion: the repeat rule, with and without a limit
def down(n):
    if n == 0:
        raise RecursionError("bottom reached")
    return down(n - 1)


try:
    down(12)
except RecursionError as e:
    tb = e.__traceback__
    show(traceback.format_exc())
    show("".join(traceback.format_exception(e, limit=5)))
    show("".join(traceback.format_exception(e, limit=-4)))
    show("".join(traceback.format_tb(tb, limit=-9)))
    stack = traceback.extract_tb(tb)
    print(len(stack), stack[1] == stack[2], stack[-1].lineno)
    show("".join(stack.format()))


def ping(n):
    return pong(n)


def pong(n):
    if n == 0:
        raise ArithmeticError("done")
    return ping(n - 1)


try:
    ping(5)
except ArithmeticError:
    show(traceback.format_exc())
