# Packages: pkg/__init__.py, subpackages, namespace packages, relative
# imports, circular imports between submodules, and CPython's errors.
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
root = tempfile.mkdtemp()
files = {
    "shapes/__init__.py": (
        "from .circle import Circle\n"
        "from . import square\n"
        "__all__ = ['Circle', 'square', 'helpers']\n"
        "print('shapes init', __name__, __package__)\n"
    ),
    "shapes/circle.py": (
        "from .base import Shape\n"
        "from toplevel import PI\n"
        "class Circle(Shape):\n"
        "    def area(self):\n"
        "        return PI * self.size ** 2\n"
        "print('circle', __name__, __package__)\n"
    ),
    "shapes/base.py": (
        "class Shape:\n"
        "    def __init__(self, size):\n"
        "        self.size = size\n"
        "    def __repr__(self):\n"
        "        return f'{type(self).__name__}({self.size})'\n"
    ),
    "shapes/square.py": (
        "from .base import Shape\n"
        "class Square(Shape):\n"
        "    def area(self):\n"
        "        return self.size ** 2\n"
    ),
    "shapes/helpers/__init__.py": "from .. import base as b\nNAME = 'helpers'\n",
    "shapes/helpers/fmt.py": (
        "from ..base import Shape\n"
        "from . import NAME\n"
        "def show(s):\n"
        "    return f'<{NAME}: {s!r}>'\n"
    ),
    "toplevel.py": "PI = 3\n",
    "ring/__init__.py": "",
    "ring/a.py": "from . import b\nX = 'a'\ndef get():\n    return b.Y\n",
    "ring/b.py": "from . import a\nY = 'b'\ndef get():\n    return a.X\n",
    "ring/c.py": "from .d import Z\nW = 1\n",
    "ring/d.py": "from .c import W\nZ = 2\n",
    "nspace/part.py": "print('part', __name__, __package__)\n",
    "plain.py": "from . import nothing\n",
}
for name, text in files.items():
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
sys.path.insert(0, root)


def rel(p):
    return p.replace(root, "<root>") if isinstance(p, str) else p


import shapes

print(shapes.Circle(2).area(), shapes.square.Square(3).area())
print(rel(shapes.__file__), [rel(p) for p in shapes.__path__])
print(sorted(k for k in vars(shapes) if not k.startswith("__")))
print(shapes.circle.__package__, shapes.base.__name__)
import shapes.helpers.fmt

print(shapes.helpers.fmt.show(shapes.Circle(1)), shapes.helpers.b is shapes.base)
import shapes.helpers.fmt as f2

print(f2 is shapes.helpers.fmt, "shapes.helpers" in sys.modules)
from shapes.helpers import fmt

print(fmt.show(1))
m = __import__("shapes.helpers.fmt")
print(m is shapes)
m = __import__("shapes.helpers", fromlist=["fmt"])
print(m is shapes.helpers)
from shapes import *

print(Circle, square.__name__, helpers.NAME)

from ring import a, b

print(a.get(), b.get())
try:
    import ring.c
except ImportError as e:
    print(type(e).__name__, rel(str(e)))
    print(e.name, rel(e.path))

import nspace.part

print(nspace.__file__, [rel(p) for p in nspace.__path__], nspace.__package__)

for stmt in [
    "import shapes.nothing",
    "import toplevel.sub",
    "from shapes import nothing",
    "from toplevel import nothing",
    "import plain",
    "from . import x",
    "from .x import y",
    "import no_such_module_here",
    "from no_such_pkg.sub import x",
]:
    try:
        exec(stmt, {"__name__": "__main__"})
    except ImportError as e:
        print(stmt, "->", type(e).__name__, rel(str(e)), e.name)
try:
    exec("from ... import x", {"__name__": "shapes.helpers.fmt", "__package__": "shapes.helpers"})
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("x", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(__import__("fmt", {"__name__": "shapes.helpers.x", "__package__": "shapes.helpers"}, None, ["show"], 1) is fmt)
print(__import__("helpers.fmt", {"__package__": "shapes"}, None, [], 1) is shapes.helpers)
sys.modules["gone"] = None
try:
    import gone
except ImportError as e:
    print(type(e).__name__, e)
shutil.rmtree(root)
