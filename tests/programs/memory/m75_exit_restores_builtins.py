# At exit CPython restores the builtins dict it copied at start-up before
# its final collection: a function the program stored in builtins (which
# holds this module's globals) is dropped, so the globals' objects are
# finalized. A replaced builtin is put back for the finalizers too.
import builtins


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, len([1, 2]))


x = D("x")
builtins.helper = lambda: x
builtins.len = lambda obj: -1
print("end main", helper().name, len("abc"))
