# timeit with a deterministic fake timer: Timer, timeit(), repeat(), autorange, main()
import timeit
import io
import sys

class FakeTimer:
    """Each call advances the clock by `step` seconds."""
    def __init__(self, step=1.0):
        self.now = 0.0
        self.step = step
        self.calls = 0
    def __call__(self):
        self.calls += 1
        self.now += self.step
        return self.now

counter = {"n": 0}
def work():
    counter["n"] += 1

t = timeit.Timer(work, timer=FakeTimer())
print(t.timeit(number=10), counter["n"])
print(t.repeat(repeat=3, number=5), counter["n"])

ft = FakeTimer(0.25)
print(timeit.timeit("x = sum(range(10))", timer=ft, number=100), ft.calls)
print(timeit.repeat("pass", timer=FakeTimer(), repeat=4, number=3))

# string statements with setup, and globals
g = {"data": [3, 1, 2], "log": []}
t = timeit.Timer("log.append(sorted(data))", setup="log.append('setup')", timer=FakeTimer(), globals=g)
print(t.timeit(3), g["log"])
t = timeit.Timer("for i in range(3):\n    acc.append(i)", setup="acc = []\nacc.append('s')",
                 timer=FakeTimer(), globals={})
print(t.timeit(2))
print(t.src)

# callable setup
log = []
t = timeit.Timer(lambda: log.append("stmt"), setup=lambda: log.append("setup"), timer=FakeTimer())
t.timeit(2)
print(log)
print("init", "_setup=_setup" in t.src, "_stmt=_stmt" in t.src)

# default globals are the timeit module's own: a name from __main__ is unknown
try:
    timeit.timeit("work()", number=1)
except NameError as e:
    print("NameError:", e)
print(timeit.timeit("work()", number=4, globals=globals(), timer=FakeTimer()), counter["n"])

# errors
for stmt, setup in [(123, "pass"), ("pass", 5)]:
    try:
        timeit.Timer(stmt, setup)
    except ValueError as e:
        print("ValueError:", e)
for stmt, setup in [("x = (", "pass"), ("pass", "return 1"), ("return 1", "pass"), ("break", "pass")]:
    try:
        timeit.Timer(stmt, setup)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# autorange: 0.2 s is reached at 200 loops
class GrowingTimer:
    """The clock is the number of work() calls so far, in milliseconds."""
    def __call__(self):
        return counter["n"] * 0.001
calls = []
t = timeit.Timer(work, timer=GrowingTimer())
print(t.autorange(lambda n, tt: calls.append(n)))
print(calls)
print(timeit.default_timer is __import__("time").perf_counter)
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)
print(timeit.reindent("a\nb\nc", 4))

# the command line interface, with a wrapped deterministic timer
def wrap(timer):
    return FakeTimer(0.5)
old = sys.stdout
for args in (["-n", "10", "-r", "3", "pass"], ["-n", "4", "-s", "x = 1", "-u", "msec", "x + 1"],
             ["--number=2", "--repeat=2", "-v", "pass"], ["-n", "1000", "-u", "usec", "pass"],
             ["-n1", "-r1", "-vv", "pass"], ["-v", "pass"], ["-h"], ["-n", "1", "1/0"], ["-x"], ["--bogus"], ["-n"]):
    buf = io.StringIO()
    sys.stdout = buf
    try:
        rc = timeit.main(args, _wrap_timer=wrap)
    finally:
        sys.stdout = old
    print(args, "->", rc)
    print(buf.getvalue(), end="")

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
