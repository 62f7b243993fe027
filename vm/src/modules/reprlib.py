"""reprlib: repr() with limits on sizes (CPython 3.11 compatible).

Supported: Repr (the limit attributes maxlevel, maxtuple, maxlist,
maxarray, maxdict, maxset, maxfrozenset, maxdeque, maxstring, maxlong,
maxother and fillvalue; repr(), repr1() and the repr_TYPENAME dispatch,
so subclasses may add repr_foo methods), the module-level repr() using
the shared instance aRepr, and the recursive_repr() decorator.

ouro has no threads, so recursive_repr() keys the running calls by id()
alone (CPython pairs it with the thread identity when _thread exists).
"""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice

try:
    from _thread import get_ident as _get_ident
except ImportError:
    def _get_ident():
        return 0


def recursive_repr(fillvalue="..."):
    """Decorator making a __repr__ return fillvalue for a recursive call."""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self), _get_ident()
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        for attr in ("__module__", "__doc__", "__name__", "__qualname__"):
            setattr(wrapper, attr, getattr(user_function, attr))
        wrapper.__annotations__ = getattr(user_function, "__annotations__", {})
        return wrapper

    return decorating_function


def _sorted_if_possible(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:

    def __init__(self):
        self.fillvalue = "..."
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = type(x).__name__
        if " " in typename:
            typename = "_".join(typename.split())
        method = getattr(self, "repr_" + typename, None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _shorten(self, s, limit):
        # Keep the head and tail of s, with fillvalue in the middle.
        if len(s) > limit:
            head = max(0, (limit - 3) // 2)
            tail = max(0, limit - 3 - head)
            s = s[:head] + self.fillvalue + s[len(s) - tail:]
        return s

    def _repr_iterable(self, x, level, left, right, maxiter, trail=""):
        n = len(x)
        if level <= 0 and n:
            body = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1)
                      for item in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            body = ", ".join(pieces)
            if n == 1 and trail:
                right = trail + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, "(", ")", self.maxtuple, ",")

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, "[", "]", self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode,
                                   "])", self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return "set()"
        return self._repr_iterable(_sorted_if_possible(x), level, "{", "}",
                                   self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return "frozenset()"
        return self._repr_iterable(_sorted_if_possible(x), level,
                                   "frozenset({", "})", self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, "deque([", "])", self.maxdeque)

    def repr_dict(self, x, level):
        if not len(x):
            return "{}"
        if level <= 0:
            return "{" + self.fillvalue + "}"
        pieces = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            pieces.append("%s: %s" % (self.repr1(key, level - 1),
                                      self.repr1(x[key], level - 1)))
        if len(x) > self.maxdict:
            pieces.append(self.fillvalue)
        return "{" + ", ".join(pieces) + "}"

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            s = builtins.repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + self.fillvalue + s[len(s) - tail:]
        return s

    def repr_int(self, x, level):
        return self._shorten(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            # A broken __repr__: make something up.
            return "<%s instance at %#x>" % (x.__class__.__name__, id(x))
        return self._shorten(s, self.maxother)


aRepr = Repr()
repr = aRepr.repr
