# unittest: failfast, buffer, descriptions, FunctionTestCase, TestSuite, TestLoader
import io
import re
import sys
import unittest

events = []

def clean(text):
    text = text.replace(__file__, "FILE")
    return re.sub(r"Ran (\d+) (tests?) in \d+\.\d\d\ds", r"Ran \1 \2 in X.XXXs", text)

def run(suite, verbosity=2, **kw):
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity, **kw).run(suite)
    print(clean(buf.getvalue()), end="")
    return result

loader = unittest.TestLoader()
class FF(unittest.TestCase):
    def test_1(self):
        self.fail("first")
    def test_2(self):
        events.append("test_2 should not run")
    def test_3(self):
        pass

print("== failfast")
r = run(loader.loadTestsFromTestCase(FF), failfast=True)
print(r.shouldStop, events)


class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print("this output is swallowed")

    def test_noisy_fail(self):
        print("captured stdout line")
        sys.stderr.write("captured stderr line\n")
        self.fail("with output")

print("== buffer")
r = run(loader.loadTestsFromTestCase(Noisy), buffer=True)


class Described(unittest.TestCase):
    def test_doc(self):
        """First line of the docstring.

        More lines that are not shown.
        """
        self.assertEqual(1, 0)

print("== descriptions")
run(loader.loadTestsFromTestCase(Described))
run(loader.loadTestsFromTestCase(Described), descriptions=False)

print("== FunctionTestCase")
def plain_test():
    """A plain function test."""
    if 1 + 1 != 3:
        raise AssertionError("math is broken")
ftc = unittest.FunctionTestCase(plain_test, setUp=lambda: events.append("fsetup"),
                                tearDown=lambda: events.append("fteardown"))
print(ftc, repr(ftc).split(" at ")[0], ftc.id(), ftc.shortDescription())
run(unittest.TestSuite([ftc]))
print(events)

print("== suites")
s = unittest.TestSuite()
s.addTest(FF("test_3"))
s.addTests([FF("test_1"), unittest.TestSuite([FF("test_3")])])
print(s.countTestCases(), s)
for bad in [5, FF, "test"]:
    try:
        if isinstance(bad, str):
            s.addTests(bad)
        else:
            s.addTest(bad)
    except TypeError as e:
        print("TypeError:", e)
r = unittest.TestResult()
s.run(r)
print(r, list(s), s.countTestCases())
print(unittest.TestSuite([FF("test_3")]) == unittest.TestSuite([FF("test_3")]))

print("== loader")
class Custom(unittest.TestCase):
    def test_b(self): pass
    def test_a(self): pass
    def check_c(self): pass
    test_not_callable = 5
    def runTest(self): pass
print(loader.getTestCaseNames(Custom))
l2 = unittest.TestLoader()
l2.testMethodPrefix = "check"
print(l2.getTestCaseNames(Custom), l2.loadTestsFromTestCase(Custom))
l3 = unittest.TestLoader()
l3.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(l3.getTestCaseNames(Custom))
l4 = unittest.TestLoader()
l4.sortTestMethodsUsing = None
print(sorted(l4.getTestCaseNames(Custom)))
l5 = unittest.TestLoader()
l5.testNamePatterns = ["*test_a*"]
print(l5.getTestCaseNames(Custom))
class OnlyRunTest(unittest.TestCase):
    def runTest(self): pass
print(loader.loadTestsFromTestCase(OnlyRunTest))
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError:", e)
main_suite = loader.loadTestsFromModule(sys.modules[__name__])
print(main_suite.countTestCases(), [t.countTestCases() for t in main_suite])
print(loader.loadTestsFromName("Custom.test_a", sys.modules[__name__]))
print(loader.loadTestsFromNames(["FF.test_3", "OnlyRunTest"], sys.modules[__name__]))
print(unittest.getTestCaseNames(Custom, "test"))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
