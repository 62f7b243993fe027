import gc
class D:
    def __set__(self, o, v): gc.collect()
    def __delete__(self, o): gc.collect()
class C:
    d = D()
setattr(C(), 'd', 5); delattr(C(), 'd')
