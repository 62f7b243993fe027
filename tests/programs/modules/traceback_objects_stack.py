# traceback's stack functions on live frames: extract_stack, format_stack,
# print_stack, walk_stack, StackSummary.extract (with locals), the frames
# of generators, and clear_frames (file names shown by basename).
import os
import sys
import traceback
from traceback import StackSummary

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


def names(stack):
    return [(fs.name, fs.lineno) for fs in stack]


def inner():
    stack = traceback.extract_stack()
    print(names(stack))
    print([fs.line for fs in stack])
    show("".join(traceback.format_stack()))
    show("".join(traceback.format_stack(limit=2)))
    out = Collect()
    traceback.print_stack(file=out)
    show(out.text())
    out = Collect()
    traceback.print_stack(limit=1, file=out)
    show(out.text())
    f = sys._getframe()
    print(names(traceback.extract_stack(f)))
    print(names(traceback.extract_stack(f.f_back, limit=1)))
    print(names(traceback.extract_stack(f, limit=-1)))
    print([(fr.f_code.co_name, n) for fr, n in traceback.walk_stack(f)])
    return len(stack)


def middle(x):
    y = x * 2
    return inner() + y


def outer():
    return middle(5)


print(outer())


# StackSummary.extract with a frame generator, limits and captured locals
def capture(a, b="text"):
    c = [a, b]
    frame = sys._getframe()
    s = StackSummary.extract(traceback.walk_stack(frame), capture_locals=True)
    first = s[0]
    print(first.name, sorted((k, v) for k, v in first.locals.items() if k != "frame"))
    print(len(s) == len(list(traceback.walk_stack(frame))))
    s = StackSummary.extract(traceback.walk_stack(frame), limit=1,
                             lookup_lines=False)
    print(names(s), s[0]._line is None, s[0].line)
    return s


s = capture(1)
print(type(s).__name__)
show("".join(s.format()))


def locals_tb(n):
    local_list = [n, n + 1]
    return local_list[n]


try:
    locals_tb(5)
except IndexError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    for fs in te.stack:
        if fs.name == "locals_tb":
            print(sorted(fs.locals.items()))
    text = "".join(te.format())
    print("local_list = [5, 6]" in text, "n = 5" in text)


# frames of a generator: the stack inside it runs through its consumer
def gen():
    yield [fs.name for fs in traceback.extract_stack()]
    yield names(traceback.extract_stack(limit=2))
    raise KeyError("in gen")


def consume():
    g = gen()
    print(next(g))
    print(next(g))
    try:
        next(g)
    except KeyError as e:
        show("".join(traceback.format_exception(e)))
        print([fs.name for fs in traceback.extract_tb(e.__traceback__)])


consume()


# clear_frames: a finished frame loses its locals; an executing one is kept
def holder():
    secret = "value"
    raise RuntimeError("hold")


try:
    holder()
except RuntimeError as e:
    tb = e.__traceback__
    f = tb.tb_next.tb_frame
    print(sorted(f.f_locals))
    traceback.clear_frames(tb)
    print(sorted(f.f_locals))
    print(tb.tb_frame.f_code.co_name)
traceback.clear_frames(None)
print("done")
