# A standard module that holds one of the program's objects keeps the main
# module's globals reachable (the object's class, its methods, their
# globals). CPython's shutdown still finalizes them all: every module, the
# standard ones too, leaves sys.modules, and the collection that follows
# finds the whole web unreachable.
import gc
# (No automatic collection before the end: which objects one would have
# promoted depends on allocation counts ouro does not share with CPython.)
gc.disable()
import json
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = D("main.a")
a.self = a
json.keep = D("json.keep")
sys.modules["json"].also = [D("json.also[0]")]
g = D("main.g")
print("end")
