# At exit CPython removes every imported module from sys.modules; one that
# nothing else holds dies, and the collection finalizes its globals (a
# module that defines a class or function is in a cycle). A module still
# held (here by another module's globals) has its globals wiped, the last
# imported first: names with one leading underscore first, then the rest
# in order, each finalizer running as its global is set to None.
import gc
# (No automatic collection before the end: which objects one would have
# promoted depends on allocation counts ouro does not share with CPython.)
gc.disable()
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
where = tempfile.mkdtemp()
with open(os.path.join(where, "m48_first.py"), "w") as f:
    f.write(
        "class Noisy:\n"
        "    def __init__(self, name): self.name = name\n"
        "    def __del__(self): print('finalized', self.name)\n"
        "a = Noisy('first.a')\n"
        "_hidden = Noisy('first._hidden')\n"
        "items = [Noisy('first.items[0]'), Noisy('first.items[1]')]\n"
        "b = Noisy('first.b')\n"
    )
with open(os.path.join(where, "m48_second.py"), "w") as f:
    f.write(
        "import m48_first\n"
        "x = m48_first.Noisy('second.x')\n"
        "kept = m48_first.Noisy('second.kept')\n"
        "def f(): return x\n"
    )
sys.path.insert(0, where)
import m48_first
from m48_second import kept

shutil.rmtree(where)
print("kept is", kept.name)
print("end of program")
