# unittest: TestCase lifecycle, TextTestRunner output at verbosity 0/1/2
import io
import re
import unittest

log = []

def clean(text):
    text = text.replace(__file__, "FILE")
    return re.sub(r"Ran (\d+) (tests?) in \d+\.\d\d\ds", r"Ran \1 \2 in X.XXXs", text)

def run(suite, verbosity=1, **kw):
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity, **kw).run(suite)
    print(clean(buf.getvalue()), end="")
    print("->", result, result.wasSuccessful())
    return result


class Arith(unittest.TestCase):
    """Arithmetic tests."""

    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.x = 2

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_add(self):
        """Adding works."""
        self.assertEqual(self.x + 2, 4)

    def test_mul(self):
        self.assertEqual(self.x * 3, 6)

    def test_fail(self):
        self.assertEqual(self.x, 3)

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_cleanup(self):
        self.addCleanup(log.append, "cleanup 1")
        self.addCleanup(lambda: log.append("cleanup 2"))

    def helper(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Arith))
suite = loader.loadTestsFromTestCase(Arith)
print(suite.countTestCases())
run(suite, verbosity=2)
print(log)
log.clear()
run(loader.loadTestsFromTestCase(Arith), verbosity=1)
run(loader.loadTestsFromTestCase(Arith), verbosity=0)
print(len(log))


class Passing(unittest.TestCase):
    def test_one(self):
        self.assertTrue(True)

    def test_two(self):
        self.assertIn(1, [1, 2])

run(loader.loadTestsFromTestCase(Passing), verbosity=2)
run(loader.loadTestsFromTestCase(Passing))
run(unittest.TestSuite(), verbosity=2)
r = run(unittest.TestSuite([Passing("test_one")]), verbosity=1, descriptions=False)
print(r.testsRun, r.failures, r.errors, r.skipped)

t = Arith("test_add")
print(t, repr(t), t.id(), t.shortDescription(), Arith("test_mul").shortDescription())
print(t == Arith("test_add"), t != Arith("test_mul"), t.countTestCases())
try:
    Arith("test_nope")
except ValueError as e:
    print("ValueError:", e)

# running a test directly with a plain TestResult
res = unittest.TestResult()
Arith("test_fail")(res)
Arith("test_error").run(res)
Arith("test_skipped").run(res)
Arith("test_xfail").run(res)
Arith("test_xpass").run(res)
print(res, res.testsRun, len(res.failures), len(res.errors), res.skipped,
      len(res.expectedFailures), res.unexpectedSuccesses)
print(clean(res.failures[0][1]), end="")
print(clean(res.errors[0][1]), end="")
print(res.failures[0][0] is not None, res.wasSuccessful())
r = Passing("test_one").run()
print(type(r).__name__, r.testsRun, r.wasSuccessful())

# the submodules of CPython's package
import unittest.case
from unittest.case import SkipTest, TestCase
from unittest.util import safe_repr
print(unittest.case.SkipTest is unittest.SkipTest, TestCase is unittest.TestCase, safe_repr([1]))
print(unittest.result.TestResult is unittest.TestResult, unittest.suite.TestSuite is unittest.TestSuite,
      unittest.runner.TextTestRunner is unittest.TextTestRunner, unittest.main is unittest.TestProgram)
print(unittest.SkipTest, unittest.TestCase, unittest.TextTestResult, unittest.TestLoader)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
