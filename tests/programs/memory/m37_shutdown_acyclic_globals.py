# At exit, when the main module defines no function or class (its dict is
# in no cycle), CPython's main module dies as it leaves sys.modules and
# its dict releases the globals in insertion order at once: a list's items
# last to first, a dict's values in order, under every collector with
# counts. (The class with __del__ comes from an imported module, written
# here first.)
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
where = tempfile.mkdtemp()
with open(os.path.join(where, "m37_parts.py"), "w") as f:
    f.write(
        "class D:\n"
        "    def __init__(self, n):\n"
        "        self.n = n\n"
        "    def __del__(self):\n"
        "        print('del', self.n)\n"
    )
sys.path.insert(0, where)
from m37_parts import D

shutil.rmtree(where)
first = D("first")
items = [D("item0"), D("item1"), D("item2")]
alias = first
second = D("second")
table = {"x": D("x"), "y": D("y")}
nested = (D("outer"), [D("inner0"), D("inner1")])
print("end of program")
