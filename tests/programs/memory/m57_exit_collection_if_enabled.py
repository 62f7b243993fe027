# With the collector disabled, CPython's shutdown skips its collection with
# __main__ intact (_PyGC_CollectIfEnabled): the globals' finalizers run in
# the final collection's list order, a list's items where they were made.
# (An enabled collector's first pass, __main__ still a root, would move the
# list's items behind it, last first.)
import gc
gc.disable()
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print('finalized', self.name)
a = Noisy('a')
items = [Noisy('items[0]'), Noisy('items[1]')]
b = Noisy('b')
print("end")
