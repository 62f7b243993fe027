"""JSON (JavaScript Object Notation) encoder and decoder: ouro's `json`.

One module standing for CPython 3.11's json package (json/__init__.py,
json/encoder.py, json/decoder.py, json/scanner.py) *with* its _json C
accelerator, since that is what python3 runs: every output and every
error message is the one python3 gives.

  * _json is native here too (vm/src/modules/json_native.rs):
    scanstring, encode_basestring(_ascii), the scanner (scan_once, which
    c_make_scanner below wraps with the decoder's settings and its memo
    of keys) and the encoder JSONEncoder.encode() (so dumps()) takes
    without an indent (encode, wrapped by c_make_encoder): one recursive
    pass, returning the list CPython returns (the text joined in groups
    of 100000 pieces).  With an indent, and for iterencode()/dump(), the
    generators of encoder.py's pure-Python _make_iterencode are followed,
    so the chunks are CPython's.  As in CPython the paths differ in the
    allow_nan error ("Out of range float values are not JSON compliant"
    in the C path, ": <repr>" appended otherwise) and in RecursionError
    messages.
  * py_scanstring and py_make_scanner, the pure-Python scanner
    json.scanner offers, follow the C scanner too: errors at the same
    positions with the same messages ("Invalid control character at",
    "Invalid \\escape", ...).
  * json.decoder, json.encoder and json.scanner are namespaces (not
    modules) holding the names programs use from them.

Differences from CPython:
  * ouro strings cannot hold lone surrogates, so "\\ud800" decodes to
    U+FFFD.
  * Nesting deeper than the recursion limit allows raises RecursionError
    a couple of levels earlier or later than CPython.
  * loads() of bytes decodes UTF-16/UTF-32/UTF-8-SIG by hand below when
    bytes.decode lacks the codec.
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

import _json


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------

class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---------------------------------------------------------------------------
# Encoder
# ---------------------------------------------------------------------------

ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}


def _init_escapes():
    for i in range(0x20):
        c = chr(i)
        if c not in ESCAPE_DCT:
            ESCAPE_DCT[c] = '\\u%04x' % i


_init_escapes()

INFINITY = float('inf')
_NEGINF = -INFINITY

_float_repr = float.__repr__
_int_repr = int.__repr__


def py_encode_basestring(s):
    """Return a JSON representation of a Python string

    """
    # Nothing to escape: no quote, no backslash, no control character
    # (isprintable() is also false for some characters that need no
    # escape; those take the loop).
    if '"' not in s and '\\' not in s and s.isprintable():
        return '"' + s + '"'
    out = ['"']
    append = out.append
    esc = ESCAPE_DCT
    start = 0
    i = 0
    for c in s:
        if c < ' ' or c == '"' or c == '\\':
            if start < i:
                append(s[start:i])
            append(esc[c])
            start = i + 1
        i += 1
    if start < i:
        append(s[start:])
    append('"')
    return ''.join(out)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string

    """
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = ['"']
    append = out.append
    esc = ESCAPE_DCT
    start = 0
    i = 0
    for c in s:
        if ' ' <= c <= '~' and c != '"' and c != '\\':
            i += 1
            continue
        if start < i:
            append(s[start:i])
        start = i + 1
        i += 1
        e = esc.get(c)
        if e is not None:
            append(e)
            continue
        n = ord(c)
        if n < 0x10000:
            append('\\u%04x' % n)
        else:
            n -= 0x10000
            append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff),
                                       0xdc00 | (n & 0x3ff)))
    if start < i:
        append(s[start:])
    append('"')
    return ''.join(out)


c_encode_basestring = _json.encode_basestring
c_encode_basestring_ascii = _json.encode_basestring_ascii
encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).

    """
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        """Constructor for JSONEncoder, with sensible defaults.

        skipkeys: skip dict keys that are not str, int, float, bool or None
        instead of raising TypeError.  ensure_ascii: escape every non-ASCII
        character.  check_circular: detect reference cycles (ValueError).
        allow_nan: encode NaN and infinities as NaN/Infinity/-Infinity
        (else ValueError).  sort_keys: sort dict items by key.  indent: a
        number of spaces or a string to pretty-print with.  separators: an
        (item_separator, key_separator) tuple.  default: a function called
        for objects that cannot otherwise be serialized.
        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).

        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        if _one_shot and self.indent is None:
            _iterencode = c_make_encoder(
                markers, self.default, _encoder, self.indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
        else:
            allow_nan = self.allow_nan

            def floatstr(o):
                if o != o:
                    text = 'NaN'
                elif o == INFINITY:
                    text = 'Infinity'
                elif o == _NEGINF:
                    text = '-Infinity'
                else:
                    return _float_repr(o)
                if not allow_nan:
                    raise ValueError(
                        "Out of range float values are not JSON compliant: " +
                        repr(o))
                return text

            _iterencode = _make_iterencode(
                markers, self.default, _encoder, self.indent, floatstr,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, _one_shot)
        return _iterencode(o, 0)


_RECURSION_MSG = 'maximum recursion depth exceeded'


def _deeper(err, deep):
    """Give a RecursionError the message of CPython's C code, which says
    where the limit was hit (there the limit is only ever hit on entering
    an array or object).

    The handlers at the calls that nest record that in deep[0] and
    re-raise: at the limit they can call nothing, not even compare
    strings (that too counts as a level).  The outermost frame, called
    here, rewrites the message.
    """
    where = deep[0]
    deep[0] = None
    if where is not None and len(err.args) == 1:
        msg = err.args[0]
        if isinstance(msg, str) and msg.startswith(_RECURSION_MSG):
            err.args = (_RECURSION_MSG + where,)


def c_make_encoder(markers, default, encoder, indent, key_separator,
                   item_separator, sort_keys, skipkeys, allow_nan):
    """The encoder of _json (CPython's C encoder, which encode() takes
    when there is no indent): returns a function giving the JSON text as
    a list of strings, each joined from up to 100000 pieces as CPython's
    accumulator joins them."""
    check_circular = markers is not None
    fast = (1 if encoder is c_encode_basestring_ascii else
            2 if encoder is c_encode_basestring else 0)
    encode = _json.encode

    def _iterencode(o, _current_indent_level):
        return encode(o, check_circular, default, encoder, fast,
                      key_separator, item_separator, sort_keys, skipkeys,
                      allow_nan)

    return _iterencode


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys,
                     _one_shot):
    """Generators yielding the JSON text in the chunks of CPython's
    pure-Python encoder (used with an indent, and by iterencode())."""

    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif isinstance(value, int):
                yield buf + _int_repr(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    yield from _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    yield from _iterencode_dict(value, _current_indent_level)
                else:
                    yield from _iterencode(value, _current_indent_level)
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _int_repr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, int):
                yield _int_repr(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            elif isinstance(value, (list, tuple)):
                yield from _iterencode_list(value, _current_indent_level)
            elif isinstance(value, dict):
                yield from _iterencode_dict(value, _current_indent_level)
            else:
                yield from _iterencode(value, _current_indent_level)
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield _int_repr(o)
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            if markers is not None:
                del markers[markerid]

    return _iterencode


# ---------------------------------------------------------------------------
# Scanner and decoder (the logic of CPython's _json.c)
# ---------------------------------------------------------------------------

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

WHITESPACE_STR = ' \t\n\r'
_WHILE_OBJECT = ' while decoding a JSON object from a unicode string'
_WHILE_ARRAY = ' while decoding a JSON array from a unicode string'
_HEXDIGITS = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'


def _first_control(s, start, stop):
    """Index of the first character <= U+001F in s[start:stop], or -1."""
    i = start
    while i < stop:
        if s[i] < ' ':
            return i
        i += 1
    return -1


def _hex4(s, pos):
    """The value of the 4 hex digits s[pos:pos+4], or -1."""
    h = s[pos:pos + 4]
    for c in h:
        if c not in _HEXDIGITS:
            return -1
    return int(h, 16)


def py_scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Unescapes all valid JSON string escape sequences and raises ValueError
    on attempt to decode an invalid string. If strict is False then literal
    control characters are allowed in the string.

    Returns a tuple of the decoded string and the index of the character in s
    after the end quote."""
    n = len(s)
    begin = end - 1
    if end < 0 or n < end:
        raise ValueError("end is out of bounds")
    chunks = None
    while True:
        # The next quote, and the next backslash before it.
        q = s.find('"', end)
        if q < 0:
            b = s.find('\\', end)
            stop = b if b >= 0 else n
        else:
            b = s.find('\\', end, q)
            stop = b if b >= 0 else q
        if strict and stop > end and not s[end:stop].isprintable():
            bad = _first_control(s, end, stop)
            if bad >= 0:
                raise JSONDecodeError("Invalid control character at", s, bad)
        if b < 0:
            if q < 0:
                raise JSONDecodeError("Unterminated string starting at",
                                      s, begin)
            # The closing quote.
            if chunks is None:
                return s[end:q], q + 1
            if q > end:
                chunks.append(s[end:q])
            return ''.join(chunks), q + 1
        if chunks is None:
            chunks = []
        if b > end:
            chunks.append(s[end:b])
        nxt = b + 1
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c != 'u':
            ch = BACKSLASH.get(c)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, b)
            chunks.append(ch)
            end = nxt + 1
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
        uni = _hex4(s, nxt)
        if uni < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
        if (0xd800 <= uni <= 0xdbff and end + 6 < n
                and s[end] == '\\' and s[end + 1] == 'u'):
            uni2 = _hex4(s, end + 2)
            if uni2 < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))


c_scanstring = _json.scanstring
scanstring = c_scanstring or py_scanstring


def _skip_ws(s, i, n):
    while i < n and s[i] in WHITESPACE_STR:
        i += 1
    return i


def py_make_scanner(context):
    """Return scan_once(string, idx) -> (value, end) for the settings of
    context (a JSONDecoder), raising StopIteration(idx) where no value
    starts."""
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    ws = WHITESPACE_STR
    digits = _DIGITS
    deep = [None]
    # One str object per distinct key within one scan (CPython's memo).
    memo = {}
    memoize = memo.setdefault

    def scan_string(s, idx):
        # The fast case: no escape and no control character before the
        # closing quote.
        q = s.find('"', idx)
        if q >= 0:
            chunk = s[idx:q]
            if '\\' not in chunk and (chunk.isprintable() or
                                      _first_control(s, idx, q) < 0):
                return chunk, q + 1
        return py_scanstring(s, idx, strict)

    def parse_object(s, idx, n):
        pairs = []
        append = pairs.append
        while idx < n and s[idx] in ws:
            idx += 1
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes",
                        s, idx)
                key, idx = scan_string(s, idx + 1)
                key = memoize(key, key)
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
                # Containers are entered from here, so that each level of
                # nesting is one Python frame (one recursive call in C).
                c = s[idx] if idx < n else ''
                if c == '"':
                    value, idx = scan_string(s, idx + 1)
                elif c == '[':
                    try:
                        value, idx = parse_array(s, idx + 1, n)
                    except RecursionError:
                        if deep[0] is None:
                            deep[0] = _WHILE_ARRAY
                        raise
                elif c == '{':
                    try:
                        value, idx = parse_object(s, idx + 1, n)
                    except RecursionError:
                        if deep[0] is None:
                            deep[0] = _WHILE_OBJECT
                        raise
                else:
                    value, idx = scan_once(s, idx, n)
                append((key, value))
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), idx + 1
        result = dict(pairs)
        if object_hook is not None:
            result = object_hook(result)
        return result, idx + 1

    def parse_array(s, idx, n):
        values = []
        while idx < n and s[idx] in ws:
            idx += 1
        if idx >= n or s[idx] != ']':
            append = values.append
            while True:
                c = s[idx] if idx < n else ''
                if c == '"':
                    value, idx = scan_string(s, idx + 1)
                elif c == '[':
                    try:
                        value, idx = parse_array(s, idx + 1, n)
                    except RecursionError:
                        if deep[0] is None:
                            deep[0] = _WHILE_ARRAY
                        raise
                elif c == '{':
                    try:
                        value, idx = parse_object(s, idx + 1, n)
                    except RecursionError:
                        if deep[0] is None:
                            deep[0] = _WHILE_OBJECT
                        raise
                else:
                    value, idx = scan_once(s, idx, n)
                append(value)
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
        return values, idx + 1

    def parse_number(s, start, n):
        idx = start
        c = s[idx]
        if c == '-':
            idx += 1
            if idx >= n:
                raise StopIteration(start)
            c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx < n and s[idx] in digits:
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        last = n - 1
        if idx < last and s[idx] == '.' and s[idx + 1] in digits:
            is_float = True
            idx += 2
            while idx < n and s[idx] in digits:
                idx += 1
        if idx < last and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < last and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx < n and s[idx] in digits:
                idx += 1
            if s[idx - 1] in digits:
                is_float = True
            else:
                idx = e_start
        if is_float:
            return parse_float(s[start:idx]), idx
        return parse_int(s[start:idx]), idx

    def scan_once(s, idx, n):
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scan_string(s, idx + 1)
        if c == '{':
            try:
                return parse_object(s, idx + 1, n)
            except RecursionError:
                if deep[0] is None:
                    deep[0] = _WHILE_OBJECT
                raise
        if c == '[':
            try:
                return parse_array(s, idx + 1, n)
            except RecursionError:
                if deep[0] is None:
                    deep[0] = _WHILE_ARRAY
                raise
        if c == 'n':
            if s[idx:idx + 4] == 'null':
                return None, idx + 4
        elif c == 't':
            if s[idx:idx + 4] == 'true':
                return True, idx + 4
        elif c == 'f':
            if s[idx:idx + 5] == 'false':
                return False, idx + 5
        elif c == 'N':
            if s[idx:idx + 3] == 'NaN':
                return parse_constant('NaN'), idx + 3
        elif c == 'I':
            if s[idx:idx + 8] == 'Infinity':
                return parse_constant('Infinity'), idx + 8
        elif c == '-':
            if s[idx:idx + 9] == '-Infinity':
                return parse_constant('-Infinity'), idx + 9
        return parse_number(s, idx, n)

    def _scan_once(string, idx):
        if not isinstance(string, str):
            raise TypeError('first argument must be a string, not %.80s'
                            % string.__class__.__name__)
        if idx < 0:
            raise ValueError("idx cannot be negative")
        deep[0] = None
        try:
            return scan_once(string, idx, len(string))
        except RecursionError as err:
            _deeper(err, deep)
            raise
        finally:
            memo.clear()

    return _scan_once


def c_make_scanner(context):
    """The scanner of _json (CPython's C scanner object): the settings of
    context are read once, in the C scanner's order; the memo of keys
    lives as long as the scanner and is emptied after each call."""
    settings = (context.strict, context.object_hook,
                context.object_pairs_hook, context.parse_float,
                context.parse_int, context.parse_constant)
    memo = {}
    scan = _json.scan_once

    def scan_once(string, idx):
        try:
            return scan(string, idx, memo, *settings)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None):
    """Parse the members of a JSON object; s_and_end is (s, index after
    the '{').  Returns (object, index after the '}')."""
    s, end = s_and_end
    n = len(s)
    pairs = []
    end = _skip_ws(s, end, n)
    if end >= n or s[end] != '}':
        while True:
            if end >= n or s[end] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes",
                    s, end)
            key, end = py_scanstring(s, end + 1, strict)
            end = _skip_ws(s, end, n)
            if end >= n or s[end] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1, n)
            try:
                value, end = scan_once(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            end = _skip_ws(s, end, n)
            if end < n and s[end] == '}':
                break
            if end >= n or s[end] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = _skip_ws(s, end + 1, n)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end + 1
    pairs = dict(pairs)
    if object_hook is not None:
        pairs = object_hook(pairs)
    return pairs, end + 1


def JSONArray(s_and_end, scan_once):
    """Parse the items of a JSON array; s_and_end is (s, index after the
    '[').  Returns (list, index after the ']')."""
    s, end = s_and_end
    n = len(s)
    values = []
    end = _skip_ws(s, end, n)
    if end >= n or s[end] != ']':
        while True:
            try:
                value, end = scan_once(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            end = _skip_ws(s, end, n)
            if end < n and s[end] == ']':
                break
            if end >= n or s[end] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = _skip_ws(s, end + 1, n)
    return values, end + 1


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.

    """
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        """object_hook is called with every decoded object (a dict) and
        its result used instead; object_pairs_hook, which takes priority,
        with the list of (key, value) pairs.  parse_float, parse_int and
        parse_constant are called with the text of every float, int and
        NaN/Infinity/-Infinity.  With strict false, control characters
        are allowed inside strings.
        """
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).

        """
        n = len(s)
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.

        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end


# ---------------------------------------------------------------------------
# The functions of json/__init__.py
# ---------------------------------------------------------------------------

_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a
    ``.write()``-supporting file-like object), writing the chunks of
    iterencode() one by one.  The options are those of dumps().
    """
    if (not skipkeys and ensure_ascii and
            check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan,
                       indent=indent, separators=separators,
                       default=default, sort_keys=sort_keys,
                       **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``.

    skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
    separators and default are passed to the encoder class ``cls``
    (JSONEncoder by default), as are any other keyword arguments.
    """
    if (not skipkeys and ensure_ascii and
            check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)

try:
    _bytes_types = (bytes, bytearray)
except NameError:
    _bytes_types = (bytes,)


def detect_encoding(b):
    """The encoding of a JSON document given as bytes (RFC 4627)."""
    bstartswith = b.startswith
    if bstartswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'

    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def _decode_utf(b, encoding):
    """Decode bytes in a UTF-16/UTF-32/UTF-8-SIG encoding by hand, for
    when bytes.decode does not know it."""
    if encoding == 'utf-8-sig':
        if b.startswith(b'\xef\xbb\xbf'):
            b = b[3:]
        return b.decode('utf-8', 'surrogatepass')
    width = 4 if encoding.startswith('utf-32') else 2
    if encoding.endswith('-le'):
        little = True
    elif encoding.endswith('-be'):
        little = False
    else:
        # Byte order mark (detect_encoding found one).
        little = b[0] == 0xff
        b = b[width:]
    n = len(b)
    if n % width:
        raise UnicodeDecodeError(encoding, b, n - n % width, n,
                                 'truncated data')
    out = []
    units = []
    i = 0
    while i < n:
        v = 0
        if little:
            j = i + width - 1
            while j >= i:
                v = (v << 8) | b[j]
                j -= 1
        else:
            j = i
            while j < i + width:
                v = (v << 8) | b[j]
                j += 1
        units.append(v)
        i += width
    k = 0
    m = len(units)
    while k < m:
        v = units[k]
        if (width == 2 and 0xd800 <= v <= 0xdbff and k + 1 < m
                and 0xdc00 <= units[k + 1] <= 0xdfff):
            v = 0x10000 + (((v - 0xd800) << 10) | (units[k + 1] - 0xdc00))
            k += 1
        out.append(chr(v))
        k += 1
    return ''.join(out)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object
    containing a JSON document) to a Python object; the options are
    those of loads().
    """
    return loads(fp.read(),
                 cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance
    containing a JSON document) to a Python object.

    object_hook, object_pairs_hook, parse_float, parse_int,
    parse_constant and any other keyword argument (strict) are passed
    to the decoder class ``cls`` (JSONDecoder by default).
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError(
                "Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, _bytes_types):
            raise TypeError(f'the JSON object must be str, bytes or '
                            f'bytearray, not {s.__class__.__name__}')
        encoding = detect_encoding(s)
        if encoding == 'utf-8':
            s = s.decode('utf-8', 'surrogatepass')
        else:
            try:
                s = s.decode(encoding, 'surrogatepass')
            except LookupError:
                s = _decode_utf(bytes(s), encoding)

    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


# ---------------------------------------------------------------------------
# json.decoder, json.encoder, json.scanner: namespaces, not modules
# ---------------------------------------------------------------------------

class _Namespace(object):
    def __init__(self, name, **names):
        self.__name__ = name
        for key in names:
            setattr(self, key, names[key])

    def __repr__(self):
        return "<module '%s'>" % self.__name__


decoder = _Namespace(
    'json.decoder',
    JSONDecoder=JSONDecoder, JSONDecodeError=JSONDecodeError,
    JSONObject=JSONObject, JSONArray=JSONArray,
    scanstring=scanstring, py_scanstring=py_scanstring,
    c_scanstring=c_scanstring, BACKSLASH=BACKSLASH, WHITESPACE_STR=WHITESPACE_STR,
    NaN=NaN, PosInf=PosInf, NegInf=NegInf,
    __all__=['JSONDecoder', 'JSONDecodeError'],
)

encoder = _Namespace(
    'json.encoder',
    JSONEncoder=JSONEncoder, ESCAPE_DCT=ESCAPE_DCT, INFINITY=INFINITY,
    encode_basestring=encode_basestring,
    encode_basestring_ascii=encode_basestring_ascii,
    py_encode_basestring=py_encode_basestring,
    py_encode_basestring_ascii=py_encode_basestring_ascii,
    c_encode_basestring=c_encode_basestring,
    c_encode_basestring_ascii=c_encode_basestring_ascii,
    c_make_encoder=c_make_encoder,
)

scanner = _Namespace(
    'json.scanner',
    make_scanner=make_scanner, py_make_scanner=py_make_scanner,
    c_make_scanner=c_make_scanner, __all__=['make_scanner'],
)
