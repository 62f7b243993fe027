# The traceback printer walks __cause__ with borrowed pointers; str() of the
# innermost exception drops the middle one (top.__cause__ = None) before the
# printer formats it.
class D(Exception):
    def __str__(self):
        top.__cause__ = None
        D.junk = [KeyError('reused-%d' % i) for i in range(50)]
        return 'd'
d = D()
c = ValueError('middle')
c.__cause__ = d
top = RuntimeError('top')
top.__cause__ = c
del d, c
raise top
