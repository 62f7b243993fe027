import gc
class R:
    def __del__(self):
        gc.collect()
def f1():
    r = R()
    raise IndexError('f1')
try:
    f1()
except IndexError as e:
    pass
