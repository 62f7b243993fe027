# inspect: getsource/getsourcelines/getcomments of functions, methods,
# nested and decorated classes, lambdas and one-liners; getdoc, cleandoc,
# getfile, getmodule and getmodulename.
import inspect
import sys


# Adds one.
# (two comment lines)
def plus_one(n):
    """Return n + 1.

        Indented detail.
    """
    text = '''a string
def not_a_function():
'''
    return (n +
            1)  # the end
    # trailing comment in the body


def tagged(label):
    def wrap(obj):
        return obj
    return wrap


@tagged('outer')
class Outer:
    """An outer class."""
    def method(self): return 'one line'

    class Inner:
        @tagged(
            'multi-line decorator')
        def deep(self, x,
                 y=2):
            return x * y


def make_local():
    class Local:
        pass
    return Local


square = lambda v: v * v

for obj in (plus_one, Outer, Outer.method, Outer().method, Outer.Inner,
            Outer.Inner.deep, make_local(), square):
    lines, start = inspect.getsourcelines(obj)
    print('--', getattr(obj, '__qualname__', '?'), start, len(lines))
    print(inspect.getsource(obj), end='')
print(repr(inspect.getcomments(plus_one)), inspect.getcomments(Outer))
print(repr(inspect.getdoc(plus_one)), inspect.getdoc(Outer.Inner), inspect.getdoc(Outer().method))
print(repr(inspect.cleandoc('\n    Title\n      indented\n    back\n\n')))
print(inspect.getfile(plus_one) == __file__, inspect.getsourcefile(Outer) == __file__)
module = sys.modules[__name__]
print(inspect.getmodule(Outer.Inner.deep) is module, inspect.getmodule(plus_one.__code__) is module)
print(repr(inspect.getcomments(module)), inspect.getsourcelines(module)[1])
print(inspect.getmodulename('pkg/mod.py'), inspect.getmodulename('notes.txt'))
print(inspect.getblock(['def f(): return 1\n', 'x = 2\n']))
for bad in (len, 42, sys):
    try:
        inspect.getsource(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
