import gc
class C:
    @property
    def p(self): gc.collect(); return 1
    def __getattr__(self, n): gc.collect(); return 2
getattr(C(), 'p'); hasattr(C(), 'missing'); getattr(C(), 'x', 0)
