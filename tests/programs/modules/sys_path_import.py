# import looks for NAME.py along sys.path, first directory first, as the
# program changes it.
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
first = tempfile.mkdtemp()
second = tempfile.mkdtemp()
for d, tag in ((first, "first"), (second, "second")):
    with open(os.path.join(d, "sp_shared.py"), "w") as f:
        f.write("WHERE = %r\n" % tag)
with open(os.path.join(second, "sp_only.py"), "w") as f:
    f.write("VALUE = 42\n")
try:
    import sp_only
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e.name)
sys.path.insert(0, second)
sys.path.insert(0, first)
import sp_shared
import sp_only

print(sp_shared.WHERE, sp_only.VALUE)
print(os.path.basename(os.path.dirname(sp_only.__file__)) == os.path.basename(second))
sys.path.remove(first)
del sys.modules["sp_shared"]
import sp_shared

print(sp_shared.WHERE)
shutil.rmtree(first)
shutil.rmtree(second)
