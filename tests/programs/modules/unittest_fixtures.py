# unittest: setUpClass/tearDownClass/setUp errors, cleanups, skips, expected failures
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
class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass broken")
        cls.addClassCleanup(events.append, "class cleanup")
        raise ValueError("class setup failed")

    def test_never(self):
        events.append("never")


class BrokenTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("teardown")

    def test_ok(self):
        events.append("ok ran")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(events.append, "cleanup after failed setUp")
        raise OSError("no resource")

    def tearDown(self):
        events.append("tearDown must not run")

    def test_a(self):
        pass


class CleanupFails(unittest.TestCase):
    def test_cleanups(self):
        self.addCleanup(events.append, "second cleanup still runs")
        self.addCleanup(lambda: 1 / 0)
        events.append("test body")


@unittest.skip("whole class skipped")
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("skipped setUpClass ran?")

    def test_one(self):
        pass

    def test_two(self):
        pass


class SkipVariants(unittest.TestCase):
    @unittest.skipIf(True, "condition true")
    def test_if(self):
        pass

    @unittest.skipIf(False, "not skipped")
    def test_if_false(self):
        pass

    @unittest.skipUnless(False, "condition false")
    def test_unless(self):
        pass

    @unittest.skip
    def test_bare_skip(self):
        pass

    def test_skiptest(self):
        self.skipTest("skipped inside")

    def test_raise_skip(self):
        raise unittest.SkipTest("raised SkipTest")

    def setUp(self):
        if self._testMethodName == "test_setup_skip":
            self.skipTest("skipped in setUp")

    def test_setup_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail_error(self):
        raise ZeroDivisionError

    @unittest.expectedFailure
    def test_xfail_subtest(self):
        with self.subTest(n=1):
            self.assertEqual(1, 2)
        events.append("not reached after expected failure in subtest")


suite = unittest.TestSuite()
for cls in (BrokenSetUpClass, BrokenTearDownClass, BrokenSetUp, CleanupFails, SkippedClass, SkipVariants):
    suite.addTests(loader.loadTestsFromTestCase(cls))
print("== fixtures and skips")
r = run(suite)
print(events)
print(r.skipped[0][0], "|", r.skipped[0][1])
print([type(t).__name__ for t, _ in r.errors])
events.clear()
r = run(unittest.TestSuite([loader.loadTestsFromTestCase(SkipVariants)]), verbosity=1)
print(r)



# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
