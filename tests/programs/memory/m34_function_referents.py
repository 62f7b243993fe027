# gc.get_referents of a function lists what CPython 3.11's func_traverse
# visits, in its order: code, globals, builtins, module, defaults,
# kwdefaults, doc, name, dict, closure, qualname.
import gc
import builtins


def kind(r):
    if r is globals():
        return "globals"
    if r is builtins.__dict__:
        return "builtins"
    if isinstance(r, str):
        return repr(r)
    return type(r).__name__


def plain(a, b=1, *, c=2):
    "the doc"
    return a


plain.tag = "t"


def make():
    v = 1

    def inner():
        return v

    return inner


for fn in (plain, make(), lambda: 0):
    print([kind(r) for r in gc.get_referents(fn)])
