import gc
class C3:
    def __del__(self):
        gc.collect()
v0 = [frozenset(), C3()]
v0 = None
v1 = [[], C3()]
v1 = None
print('end')
