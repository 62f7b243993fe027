"""pprint: pretty-print Python data structures (CPython 3.11 compatible).

Supported: pprint(), pformat(), pp(), saferepr(), isreadable(),
isrecursive() and PrettyPrinter with indent, width, depth, stream, compact,
sort_dicts and underscore_numbers (plus its pprint/pformat/isreadable/
isrecursive/format methods; format() may be overridden by subclasses).

The layout is CPython's: an object whose repr fits in the remaining width
is written as its repr; otherwise dict, list, tuple, set, frozenset, str,
bytes, bytearray, mappingproxy, SimpleNamespace, OrderedDict, defaultdict,
Counter, ChainMap, deque, UserDict, UserList, UserString and dataclass
instances (with a generated __repr__) are split over several lines.  A
container met again while it is being printed is shown as
"<Recursion on TYPE with id=N>" ("..." inside a dataclass or namespace).
The layout is chosen by the type's __repr__ function, so subclasses that
override __repr__ (namedtuples included) are written as their repr.

Unorderable dict keys and set items are sorted by type name, then id(),
as CPython does.
"""

import collections as _collections
import dataclasses as _dataclasses
import re as _re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object (dicts in insertion order by default)."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key that orders mutually unorderable objects by (type name, id)."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        a, b = self.obj, other.obj
        try:
            return a < b
        except TypeError:
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex,
                              bool, type(None)})


def _bytes_chunks(data, width, allowance):
    """Yield reprs of 4-byte-aligned slices of data, each fitting width."""
    current = b""
    last_start = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        part = data[start:start + 4]
        if start == last_start:
            width -= allowance
        if len(repr(current + part)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = current + part
    if current:
        yield repr(current)


def _is_generated_dataclass(object):
    if isinstance(object, type) or not _dataclasses.is_dataclass(object):
        return False
    if not object.__dataclass_params__.repr:
        return False
    wrapped = getattr(object.__repr__, "__wrapped__", None)
    return wrapped is not None and "__create_fn__" in wrapped.__qualname__


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters (indent, width, depth, stream, compact,
        sort_dicts, underscore_numbers)."""
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public interface -------------------------------------------------

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr string, is readable, is recursive) for object."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- the layout engine --------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            handler = self._dispatch.get(type(object).__repr__, None)
            if handler is not None:
                context[key] = 1
                handler(self, object, stream, indent, allowance, context,
                        level + 1)
                del context[key]
                return
            if _is_generated_dataclass(object):
                context[key] = 1
                self._pprint_dataclass(object, stream, indent, allowance,
                                       context, level + 1)
                del context[key]
                return
        stream.write(rep)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(),
                                               self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _format_dict_items(self, items, stream, indent, allowance, context,
                           level):
        indent += self._indent_per_level
        sep = ",\n" + " " * indent
        items = list(items)
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            krep = self._repr(key, context, level)
            stream.write(krep + ": ")
            self._format(value, stream, indent + len(krep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(sep)

    def _format_namespace_items(self, items, stream, indent, allowance,
                                context, level):
        sep = ",\n" + " " * indent
        items = list(items)
        for i, (name, value) in enumerate(items):
            last = i == len(items) - 1
            stream.write(name + "=")
            if id(value) in context:
                stream.write("...")
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(sep)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))
        newline_sep = ",\n" + " " * indent
        sep = ""
        room = line_width = self._width - indent + 1
        items = list(items)
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                line_width -= allowance
                room -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if room < need:
                    room = line_width
                    if sep:
                        sep = newline_sep
                if room >= need:
                    room -= need
                    stream.write(sep)
                    sep = ", "
                    stream.write(rep)
                    continue
            stream.write(sep)
            sep = newline_sep
            self._format(item, stream, indent, allowance if last else 1,
                         context, level)

    # -- one method per type ------------------------------------------------

    _dispatch = {}

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1,
                                    context, level)
        stream.write("}")

    _dispatch[dict.__repr__] = _pprint_dict

    def _pprint_ordered_dict(self, object, stream, indent, allowance,
                             context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(")")

    _dispatch[_collections.OrderedDict.__repr__] = _pprint_ordered_dict

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context,
                           level)
        stream.write("]")

    _dispatch[list.__repr__] = _pprint_list

    def _pprint_tuple(self, object, stream, indent, allowance, context,
                      level):
        end = ",)" if len(object) == 1 else ")"
        stream.write("(")
        self._format_items(object, stream, indent, allowance + len(end),
                           context, level)
        stream.write(end)

    _dispatch[tuple.__repr__] = _pprint_tuple

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write("{")
            end = "}"
        else:
            stream.write(cls.__name__ + "({")
            end = "})"
            indent += len(cls.__name__) + 1
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(end), context, level)
        stream.write(end)

    _dispatch[set.__repr__] = _pprint_set
    _dispatch[frozenset.__repr__] = _pprint_set

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # At top level the pieces are wrapped in parentheses.
            indent += 1
            allowance += 1
        width = self._width - indent
        chunks = []
        lines = object.splitlines(True)
        rep = ""
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            rep = repr(line)
            line_width = width - allowance if last_line else width
            if len(rep) <= line_width:
                chunks.append(rep)
                continue
            # Split the line into words, each with its trailing whitespace.
            words = _re.findall(r"\S*\s*", line)[:-1]
            room = width
            current = ""
            for j, word in enumerate(words):
                if last_line and j == len(words) - 1:
                    room -= allowance
                candidate = current + word
                if len(repr(candidate)) > room:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write("(")
        stream.write(("\n" + " " * indent).join(chunks))
        if level == 1:
            stream.write(")")

    _dispatch[str.__repr__] = _pprint_str

    def _pprint_bytes(self, object, stream, indent, allowance, context,
                      level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write("(")
        chunks = _bytes_chunks(object, self._width - indent, allowance)
        stream.write(("\n" + " " * indent).join(chunks))
        if parens:
            stream.write(")")

    _dispatch[bytes.__repr__] = _pprint_bytes

    def _pprint_bytearray(self, object, stream, indent, allowance, context,
                          level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(")")

    _dispatch[bytearray.__repr__] = _pprint_bytearray

    def _pprint_mappingproxy(self, object, stream, indent, allowance,
                             context, level):
        stream.write("mappingproxy(")
        self._format(object.copy(), stream, indent + 13, allowance + 1,
                     context, level)
        stream.write(")")

    _dispatch[_types.MappingProxyType.__repr__] = _pprint_mappingproxy

    def _pprint_simplenamespace(self, object, stream, indent, allowance,
                                context, level):
        if type(object) is _types.SimpleNamespace:
            name = "namespace"
        else:
            name = object.__class__.__name__
        stream.write(name + "(")
        self._format_namespace_items(object.__dict__.items(), stream,
                                     indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(")")

    _dispatch[_types.SimpleNamespace.__repr__] = _pprint_simplenamespace

    def _pprint_dataclass(self, object, stream, indent, allowance, context,
                          level):
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name))
                 for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + "(")
        self._format_namespace_items(items, stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(")")

    def _pprint_default_dict(self, object, stream, indent, allowance,
                             context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context,
                          level)
        stream.write(")")

    _dispatch[_collections.defaultdict.__repr__] = _pprint_default_dict

    def _pprint_counter(self, object, stream, indent, allowance, context,
                        level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))
        self._format_dict_items(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write("})")

    _dispatch[_collections.Counter.__repr__] = _pprint_counter

    def _pprint_chain_map(self, object, stream, indent, allowance, context,
                          level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        for i, m in enumerate(maps):
            if i == len(maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(")")
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)

    _dispatch[_collections.ChainMap.__repr__] = _pprint_chain_map

    def _pprint_deque(self, object, stream, indent, allowance, context,
                      level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "([")
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2,
                               context, level)
            stream.write("])")
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write("],\n%smaxlen=%s)" % (" " * indent, maxlen))

    _dispatch[_collections.deque.__repr__] = _pprint_deque

    def _pprint_user_data(self, object, stream, indent, allowance, context,
                          level):
        # UserDict, UserList and UserString print as their .data.
        self._format(object.data, stream, indent, allowance, context,
                     level - 1)

    _dispatch[_collections.UserDict.__repr__] = _pprint_user_data
    _dispatch[_collections.UserList.__repr__] = _pprint_user_data
    _dispatch[_collections.UserString.__repr__] = _pprint_user_data

    # -- single-line representation -------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        """Return (repr string, is readable, is recursive)."""
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        is_dict = issubclass(typ, dict) and r is dict.__repr__
        is_list = issubclass(typ, list) and r is list.__repr__
        is_tuple = issubclass(typ, tuple) and r is tuple.__repr__
        if not (is_dict or is_list or is_tuple):
            rep = repr(object)
            return rep, (rep and not rep.startswith("<")), False
        if not object:
            return ("{}" if is_dict else "[]" if is_list else "()"), True, False
        if is_dict:
            template = "{%s}"
        elif is_list:
            template = "[%s]"
        elif len(object) == 1:
            template = "(%s,)"
        else:
            template = "(%s)"
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        if is_dict:
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            for k, v in items:
                krep, kreadable, krec = self.format(k, context, maxlevels,
                                                    level)
                vrep, vreadable, vrec = self.format(v, context, maxlevels,
                                                    level)
                parts.append("%s: %s" % (krep, vrep))
                readable = readable and kreadable and vreadable
                recursive = recursive or krec or vrec
        else:
            for item in object:
                irep, ireadable, irec = self.format(item, context, maxlevels,
                                                    level)
                parts.append(irep)
                readable = readable and ireadable
                recursive = recursive or irec
        del context[key]
        return template % ", ".join(parts), readable, recursive
