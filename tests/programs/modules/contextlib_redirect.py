# contextlib.redirect_stdout / redirect_stderr: print() and sys.stdout.write
# go to the replacement; nesting, re-entry, and restoring after an error.
import io
import sys
from contextlib import redirect_stdout, redirect_stderr, ExitStack

real_out = sys.stdout
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print('hello', 42, sep=', ')
    sys.stdout.write('written\n')
    print('to real', file=real_out)
print(target is buf, sys.stdout is real_out, repr(buf.getvalue()))

class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

col = Collector()
with redirect_stdout(col):
    print('a', 'b', end='!\n')
    print(1.5, [2])
print(col.parts)

err = io.StringIO()
with redirect_stderr(err):
    print('warning', file=sys.stderr)
    sys.stderr.write('more\n')
print(repr(err.getvalue()))

outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print('outer 1')
    with redirect_stdout(inner):
        print('inner')
    print('outer 2')
print(repr(outer.getvalue()), repr(inner.getvalue()))

again = io.StringIO()
cm = redirect_stdout(again)
with cm:
    print('first')
    with cm:
        print('nested same cm')
    print('after')
print(repr(again.getvalue()), sys.stdout is real_out)

lost = io.StringIO()
try:
    with redirect_stdout(lost):
        print('before error')
        raise ValueError('boom')
except ValueError as e:
    print('caught', e, sys.stdout is real_out, repr(lost.getvalue()))

both_out, both_err = io.StringIO(), io.StringIO()
with ExitStack() as stack:
    stack.enter_context(redirect_stdout(both_out))
    stack.enter_context(redirect_stderr(both_err))
    print('out line')
    print('err line', file=sys.stderr)
print(repr(both_out.getvalue()), repr(both_err.getvalue()))
