# gc.enable() does not collect by itself: CPython starts an automatic
# collection only when a container is allocated past the threshold
# (_PyObject_GC_Link), so cycles made while disabled wait for it.
import gc


class Node:
    pass


gc.disable()
gc.collect()
for i in range(1000):
    n = Node()
    n.me = n
del n
print(gc.get_count()[0] > 700)
gc.enable()
x = 1 + 1
print("collected by enable:", gc.collect())
gc.disable()
for i in range(1000):
    n = Node()
    n.me = n
del n
gc.set_threshold(10)
x = 2 + 2
print("collected after set_threshold:", gc.collect())
gc.set_threshold(700)
gc.enable()
