# unittest: setUpModule/tearDownModule, module and class cleanups, enterContext, debug(), returning a value
import contextlib
import io
import re
import unittest
import warnings

events = []
fail_module_setup = False


def clean(text):
    text = text.replace(__file__, "FILE")
    return re.sub(r"Ran (\d+) (tests?) in \d+\.\d\d\ds", r"Ran \1 \2 in X.XXXs", text)


@contextlib.contextmanager
def resource(name):
    events.append("enter " + name)
    yield name.upper()
    events.append("exit " + name)


def setUpModule():
    events.append("setUpModule")
    unittest.addModuleCleanup(events.append, "module cleanup")
    events.append("module ctx -> " + unittest.enterModuleContext(resource("mod")))
    if fail_module_setup:
        raise RuntimeError("module setup failed")


def tearDownModule():
    events.append("tearDownModule")


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("First.setUpClass")
        cls.addClassCleanup(events.append, "First class cleanup")
        events.append("class ctx -> " + cls.enterClassContext(resource("cls")))

    @classmethod
    def tearDownClass(cls):
        events.append("First.tearDownClass")

    def test_a(self):
        events.append("ctx -> " + self.enterContext(resource("test")))
        self.addCleanup(events.append, "cleanup a")

    def test_b(self):
        events.append("test_b")


class Second(unittest.TestCase):
    def test_c(self):
        events.append("test_c")

    def test_returns(self):
        return 42


def run(verbosity=2):
    buf = io.StringIO()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        suite = unittest.TestSuite()
        for cls in (First, Second):
            suite.addTests(unittest.TestLoader().loadTestsFromTestCase(cls))
        result = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(suite)
    print(clean(buf.getvalue()), end="")
    for w in caught:
        print("warning:", w.category.__name__, str(w.message).split(" of <")[0])
    print(events)
    events.clear()
    return result

run()
fail_module_setup = True
r = run()
print(r.errors[0][0], "|", type(r.errors[0][0]).__name__, r.errors[0][0].id())
fail_module_setup = False

print("== debug()")
First("test_b").debug()
print(events)
events.clear()
class Broken(unittest.TestCase):
    def test_x(self):
        raise ValueError("debug lets it through")
try:
    Broken("test_x").debug()
except ValueError as e:
    print("ValueError:", e)
try:
    unittest.TestSuite([Broken("test_x")]).debug()
except ValueError as e:
    print("ValueError from suite:", e)

print("== doCleanups")
t = First("test_b")
t.addCleanup(events.append, "manual cleanup")
t.addCleanup(lambda: 1 / 0)
print(t.doCleanups(), events)
try:
    t.enterContext(5)
except TypeError as e:
    print("TypeError:", e)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
