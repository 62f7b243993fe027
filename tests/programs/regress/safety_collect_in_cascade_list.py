import gc
class R:
    def __del__(self):
        gc.collect()
l = [R(), R(), R()]
del l
