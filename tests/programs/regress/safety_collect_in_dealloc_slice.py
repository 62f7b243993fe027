import gc
class C0:
    def __del__(self):
        gc.collect()
v4 = {(2, C0()): 0}
v4 = None
v5 = [slice(2, C0())]
v5 = None
try:
    {slice(1, 2): 0}
except TypeError as e:
    print("TypeError", e)
print('end')
