import gc
class P:
    @property
    def attr(self): gc.collect(); return 5
    @property
    def __dict__(self): gc.collect(); return {}
'{0.attr}'.format(P()); vars(P())
