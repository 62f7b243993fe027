"""importlib: `import_module`, `reload` and `invalidate_caches` on ouro's
import system (the `import` statement's own machinery, written in Rust)."""

import sys

__all__ = ["import_module", "reload", "invalidate_caches"]


def _absolute(name, package, level):
    if not package:
        raise TypeError("the 'package' argument is required to perform a "
                        "relative import for %r" % (level * "." + name))
    parts = package.rsplit(".", level - 1)
    if len(parts) < level:
        raise ImportError("attempted relative import beyond top-level package")
    return parts[0] + "." + name if name else parts[0]


def import_module(name, package=None):
    """The module `name` (relative to `package` when it starts with a
    dot), imported if it is not yet."""
    bare = name.lstrip(".")
    level = len(name) - len(bare)
    full = _absolute(bare, package, level) if level else name
    __import__(full)
    return sys.modules[full]


def reload(module):
    """Run a module's source again in its own namespace."""
    if type(module).__name__ != "module":
        raise TypeError("reload() argument must be a module")
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError("module %s not in sys.modules" % name, name=name)
    path = module.__dict__.get("__file__")
    if isinstance(path, str) and not path.startswith("<ouro>"):
        with open(path) as f:
            source = f.read()
        exec(compile(source, path, "exec"), module.__dict__)
    return sys.modules[name]


def invalidate_caches():
    """ouro's finders keep no caches."""
