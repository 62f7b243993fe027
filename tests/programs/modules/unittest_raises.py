# unittest: assertRaises/assertWarns (both forms), longMessage, custom equality, deprecated aliases
import unittest
import warnings

tc = unittest.TestCase()

def check(label, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except AssertionError as e:
        print("%s: FAIL\n%s" % (label, e))
    except Exception as e:
        print("%s: %s: %s" % (label, type(e).__name__, e))
    else:
        print("%s: ok" % label)
    print("-" * 20)

# raises
def boom(x, y=0):
    raise ValueError("bad value %d" % (x + y))

check("raises", tc.assertRaises, ValueError, boom, 1, y=2)
check("raises wrong", tc.assertRaises, TypeError, boom, 1)
check("raises none", tc.assertRaises, ValueError, lambda: None)
check("raises tuple", tc.assertRaises, (TypeError, ValueError), boom, 0)
check("raises bad arg", tc.assertRaises, 5, boom, 0)
with tc.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
try:
    with tc.assertRaises(KeyError, msg="needs a key"):
        pass
except AssertionError as e:
    print("AssertionError:", e)
try:
    with tc.assertRaises(KeyError, foo=1):
        pass
except TypeError as e:
    print("TypeError:", e)
check("raisesregex", tc.assertRaisesRegex, ValueError, r"value \d", boom, 3)
check("raisesregex fail", tc.assertRaisesRegex, ValueError, r"^value", boom, 3)
with tc.assertRaisesRegex(KeyError, "k.y") as cm:
    {}["key"]
print(repr(cm.exception))
check("raises obj name", tc.assertRaises, KeyError, len, [])

# warnings
def warner():
    warnings.warn("old thing", DeprecationWarning)

check("warns", tc.assertWarns, DeprecationWarning, warner)
check("warns none", tc.assertWarns, UserWarning, lambda: None)
check("warns other", tc.assertWarns, UserWarning, warner)
check("warnsregex", tc.assertWarnsRegex, DeprecationWarning, "old", warner)
check("warnsregex fail", tc.assertWarnsRegex, DeprecationWarning, "new", warner)
with tc.assertWarns(UserWarning) as cm:
    warnings.warn("careful", UserWarning)
print(type(cm.warning).__name__, cm.warning, cm.lineno > 0)
try:
    with tc.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print("AssertionError:", e)
check("warns bad arg", tc.assertWarns, ValueError, warner)

# longMessage off
tc.longMessage = False
check("long off", tc.assertEqual, 1, 2, "only this")
check("long off nomsg", tc.assertEqual, 1, 2)
tc.longMessage = True

# custom equality func and failureException
class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self.x == other.x
    def __repr__(self):
        return "Point(%d)" % self.x

def point_eq(a, b, msg=None):
    if a.x != b.x:
        raise tc.failureException("points differ in x: %d vs %d" % (a.x, b.x))

tc.addTypeEqualityFunc(Point, point_eq)
check("custom eq", tc.assertEqual, Point(1), Point(2))
check("custom eq ok", tc.assertEqual, Point(1), Point(1))

class MyErr(Exception):
    pass

class Custom(unittest.TestCase):
    failureException = MyErr
    def runTest(self):
        pass
c = Custom()
try:
    c.assertEqual(1, 2)
except MyErr as e:
    print("MyErr:", e)

# deprecated aliases warn
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    tc.assertEquals(1, 1)
    tc.failUnless(True)
print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    tc.assertDictContainsSubset({"a": 1}, {"a": 1, "b": 2})
    check("subset", tc.assertDictContainsSubset, {"a": 2, "z": 0}, {"a": 1})
print([str(x.message) for x in w])

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
