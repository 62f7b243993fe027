"""Regular expressions for str patterns: ouro's `re` module.

The behaviour follows CPython 3.11's `re` (its parser's error messages and
positions, its matching rules for groups, repeats, empty matches and
lastindex); the implementation is ouro's own, in three stages:

    _parse      pattern text -> a tree of tuples (sequences are lists)
    _Compiler   tree -> a flat list of instructions, flags resolved
    _vm         a backtracking machine over those instructions with an
                explicit stack (no recursion per character or per repeat);
                lookarounds and atomic groups run a nested _vm

Single-character items (a literal, `.`, a class, `\\d`...) repeated with
`*`, `+`, `?` or `{m,n}` are scanned by a plain loop and backtracked by one
stack entry that gives characters back, skipping to the places where the
literal that follows the repeat can match.  A character class tests each
distinct character once and remembers the answer.

Not supported: bytes patterns and subjects, re.LOCALE.
"""

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

_F_TEMPLATE = 1
_F_IGNORECASE = 2
_F_LOCALE = 4
_F_MULTILINE = 8
_F_DOTALL = 16
_F_UNICODE = 32
_F_VERBOSE = 64
_F_DEBUG = 128
_F_ASCII = 256

_TYPE_FLAGS = _F_ASCII | _F_LOCALE | _F_UNICODE
_GLOBAL_FLAGS = _F_DEBUG | _F_TEMPLATE


# ---------------------------------------------------------------------------
# flags

_FLAG_NAMES = (   # definition order of CPython's RegexFlag (its repr order)
    ("ASCII", _F_ASCII), ("IGNORECASE", _F_IGNORECASE),
    ("LOCALE", _F_LOCALE), ("UNICODE", _F_UNICODE),
    ("MULTILINE", _F_MULTILINE), ("DOTALL", _F_DOTALL),
    ("VERBOSE", _F_VERBOSE), ("TEMPLATE", _F_TEMPLATE), ("DEBUG", _F_DEBUG),
)
_ALL_FLAGS = 511


def _intval(x):
    if isinstance(x, RegexFlag):
        return x._value_
    return x


class RegexFlag:
    """An int-like flag value; prints as CPython's re.RegexFlag."""

    __slots__ = ("_value_",)

    def __new__(cls, value=0):
        if isinstance(value, RegexFlag):
            return value
        if not isinstance(value, int):
            raise ValueError("%r is not a valid RegexFlag" % (value,))
        self = object.__new__(cls)
        self._value_ = value
        return self

    @property
    def value(self):
        return self._value_

    @property
    def name(self):
        v = self._value_
        if v == 0:
            return "NOFLAG"
        names = []
        for name, bit in _FLAG_NAMES:
            if v & bit:
                names.append(name)
                v &= ~bit
        if v:
            return None
        return "|".join(names)

    def __repr__(self):
        v = self._value_
        if v == 0:
            return "re.NOFLAG"
        if not v & _ALL_FLAGS:
            return "re.RegexFlag(%d)" % v
        parts = []
        for name, bit in _FLAG_NAMES:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec == "":
            return repr(self)
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __bool__(self):
        return self._value_ != 0

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        if isinstance(other, RegexFlag):
            return self._value_ == other._value_
        if isinstance(other, (int, float)):
            return self._value_ == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __lt__(self, other):
        return self._value_ < _intval(other)

    def __le__(self, other):
        return self._value_ <= _intval(other)

    def __gt__(self, other):
        return self._value_ > _intval(other)

    def __ge__(self, other):
        return self._value_ >= _intval(other)

    def __or__(self, other):
        if isinstance(other, (RegexFlag, int)):
            return RegexFlag(self._value_ | _intval(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, (RegexFlag, int)):
            return RegexFlag(self._value_ & _intval(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, (RegexFlag, int)):
            return RegexFlag(self._value_ ^ _intval(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        v = self._value_
        mask = (1 << v.bit_length()) - 1
        if mask < _ALL_FLAGS:
            mask = _ALL_FLAGS
        return RegexFlag(mask & ~v)

    def __contains__(self, other):
        o = _intval(other)
        return self._value_ & o == o

    def __iter__(self):
        v = self._value_
        for name, bit in _FLAG_NAMES:
            if v & bit:
                yield RegexFlag(bit)

    def __len__(self):
        return bin(self._value_ & _ALL_FLAGS).count("1")

    def __add__(self, other):
        return self._value_ + _intval(other)

    def __radd__(self, other):
        return _intval(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _intval(other)

    def __rsub__(self, other):
        return _intval(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _intval(other)

    __rmul__ = __mul__

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return self._value_

    def __abs__(self):
        return self._value_

    def __lshift__(self, other):
        return self._value_ << _intval(other)

    def __rshift__(self, other):
        return self._value_ >> _intval(other)

    def __floordiv__(self, other):
        return self._value_ // _intval(other)

    def __mod__(self, other):
        return self._value_ % _intval(other)

    def __reduce__(self):
        return (RegexFlag, (self._value_,))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(_F_ASCII)
I = IGNORECASE = RegexFlag(_F_IGNORECASE)
L = LOCALE = RegexFlag(_F_LOCALE)
U = UNICODE = RegexFlag(_F_UNICODE)
M = MULTILINE = RegexFlag(_F_MULTILINE)
S = DOTALL = RegexFlag(_F_DOTALL)
X = VERBOSE = RegexFlag(_F_VERBOSE)
T = TEMPLATE = RegexFlag(_F_TEMPLATE)
DEBUG = RegexFlag(_F_DEBUG)

RegexFlag.NOFLAG = NOFLAG
RegexFlag.ASCII = RegexFlag.A = A
RegexFlag.IGNORECASE = RegexFlag.I = I
RegexFlag.LOCALE = RegexFlag.L = L
RegexFlag.UNICODE = RegexFlag.U = U
RegexFlag.MULTILINE = RegexFlag.M = M
RegexFlag.DOTALL = RegexFlag.S = S
RegexFlag.VERBOSE = RegexFlag.X = X
RegexFlag.TEMPLATE = RegexFlag.T = T
RegexFlag.DEBUG = DEBUG


# ---------------------------------------------------------------------------
# the exception

class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg, pattern, pos, lineno, colno.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


# ---------------------------------------------------------------------------
# the parser: pattern text -> tree
#
# A sequence is a list of items; an item is a tuple whose first element is
# one of these codes:
#   (LITERAL, ch)            (NOT_LITERAL, ch)          (ANY,)
#   (IN, items, negate)      items: ('l', ch) ('r', lo, hi) ('c', 'd'|'D'|...)
#   (AT, kind)               kind: 'A' 'Z' '^' '$' 'b' 'B'
#   (BRANCH, [seq, ...])
#   (SUBPATTERN, gid|None, add_flags, del_flags, seq)
#   (REPEAT, min, max, mode, seq)     mode 0 greedy, 1 lazy, 2 possessive
#   (GROUPREF, gid)          (GROUPREF_EXISTS, gid, yes_seq, no_seq|None)
#   (ASSERT, dir, negate, seq)        dir 1 ahead, -1 behind
#   (ATOMIC, seq)

LITERAL = 1
NOT_LITERAL = 2
ANY = 3
IN = 4
AT = 5
BRANCH = 6
SUBPATTERN = 7
REPEAT = 8
GROUPREF = 9
GROUPREF_EXISTS = 10
ASSERT = 11
ATOMIC = 12

_SPECIAL_CHARS = ".\\[{()*+?^$|"
_REPEAT_CHARS = "*+?{"
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WHITESPACE = " \t\n\r\v\f"

_ESCAPES = {
    "\\a": "\a", "\\b": "\b", "\\f": "\f", "\\n": "\n",
    "\\r": "\r", "\\t": "\t", "\\v": "\v", "\\\\": "\\",
}

_CATEGORIES = {
    "\\A": (AT, "A"), "\\b": (AT, "b"), "\\B": (AT, "B"), "\\Z": (AT, "Z"),
    "\\d": (IN, [("c", "d")], False), "\\D": (IN, [("c", "D")], False),
    "\\s": (IN, [("c", "s")], False), "\\S": (IN, [("c", "S")], False),
    "\\w": (IN, [("c", "w")], False), "\\W": (IN, [("c", "W")], False),
}

_FLAGCHARS = {
    "i": _F_IGNORECASE, "L": _F_LOCALE, "m": _F_MULTILINE, "s": _F_DOTALL,
    "x": _F_VERBOSE, "a": _F_ASCII, "t": _F_TEMPLATE, "u": _F_UNICODE,
}


class _State:
    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}
        self.groupseqs = [None]     # the closed sequence of every group
        self.lookbehindgroups = None
        self.grouprefpos = {}
        self.hasrefs = False

    @property
    def groups(self):
        return len(self.groupseqs)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupseqs.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name, None)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; "
                            "was group %d" % (name, gid, ogid))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, seq):
        self.groupseqs[gid] = seq

    def checkgroup(self, gid):
        return gid < self.groups and self.groupseqs[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error("cannot refer to an open group")
            if gid >= self.lookbehindgroups:
                raise source.error("cannot refer to group defined in the same "
                                   "lookbehind subpattern")


class _Source:
    """The pattern as a stream of tokens: one character, or a backslash
    and the character after it."""

    def __init__(self, string):
        self.string = string
        self.n = len(string)
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= self.n:
            self.next = None
            return
        char = self.string[index]
        if char == "\\":
            index += 1
            if index >= self.n:
                raise error("bad escape (end of pattern)",
                            self.string, self.n - 1)
            char += self.string[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ""
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator,
                                 len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name,
                             len(name) + offset)


def _is_in(c, chars):
    return c is not None and len(c) == 1 and c in chars


def _hexvalue(source, escape, ndigits):
    escape += source.getwhile(ndigits, _HEXDIGITS)
    if len(escape) != ndigits + 2:
        raise source.error("incomplete escape %s" % escape, len(escape))
    c = int(escape[2:], 16)
    if c > 0x10FFFF:
        raise source.error("bad escape %s" % escape, len(escape))
    return chr(c)


def _named_char(source):
    # \N{NAME}, by unicodedata.lookup
    if not source.match("{"):
        raise source.error("missing {")
    charname = source.getuntil("}", "character name")
    import unicodedata
    try:
        return unicodedata.lookup(charname)
    except (KeyError, TypeError):
        raise source.error("undefined character name %r" % charname,
                           len(charname) + len(r"\N{}")) from None


def _class_escape(source, escape):
    # an escape inside [...]: ('l', ch) or ('c', category)
    ch = _ESCAPES.get(escape)
    if ch is not None:
        return ("l", ch)
    code = _CATEGORIES.get(escape)
    if code is not None and code[0] == IN:
        return code[1][0]
    c = escape[1:2]
    if c == "x":
        return ("l", _hexvalue(source, escape, 2))
    if c == "u":
        return ("l", _hexvalue(source, escape, 4))
    if c == "U":
        return ("l", _hexvalue(source, escape, 8))
    if c == "N":
        return ("l", _named_char(source))
    if c in _OCTDIGITS:
        escape += source.getwhile(2, _OCTDIGITS)
        v = int(escape[1:], 8)
        if v > 0o377:
            raise source.error("octal escape value %s outside of "
                               "range 0-0o377" % escape, len(escape))
        return ("l", chr(v))
    if c in _DIGITS:
        raise source.error("bad escape %s" % escape, len(escape))
    if len(escape) == 2:
        if c in _ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return ("l", escape[1])
    raise source.error("bad escape %s" % escape, len(escape))


def _escape(source, escape, state):
    # an escape outside a class: an item
    code = _CATEGORIES.get(escape)
    if code is not None:
        return code
    ch = _ESCAPES.get(escape)
    if ch is not None:
        return (LITERAL, ch)
    c = escape[1:2]
    if c == "x":
        return (LITERAL, _hexvalue(source, escape, 2))
    if c == "u":
        return (LITERAL, _hexvalue(source, escape, 4))
    if c == "U":
        return (LITERAL, _hexvalue(source, escape, 8))
    if c == "N":
        return (LITERAL, _named_char(source))
    if c == "0":
        escape += source.getwhile(2, _OCTDIGITS)
        return (LITERAL, chr(int(escape[1:], 8)))
    if c in _DIGITS:
        # an octal escape or a group reference
        if _is_in(source.next, _DIGITS):
            escape += source.get()
            if (escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS and
                    _is_in(source.next, _OCTDIGITS)):
                escape += source.get()
                v = int(escape[1:], 8)
                if v > 0o377:
                    raise source.error("octal escape value %s outside of "
                                       "range 0-0o377" % escape, len(escape))
                return (LITERAL, chr(v))
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise source.error("cannot refer to an open group",
                                   len(escape))
            state.checklookbehindgroup(group, source)
            state.hasrefs = True
            return (GROUPREF, group)
        raise source.error("invalid group reference %d" % group,
                           len(escape) - 1)
    if len(escape) == 2:
        if c in _ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return (LITERAL, escape[1])
    raise source.error("bad escape %s" % escape, len(escape))


def _uniq(items):
    out = []
    seen = set()
    for it in items:
        if it not in seen:
            seen.add(it)
            out.append(it)
    return out


def _parse_sub(source, state, verbose, nested):
    # an alternation: a|b|c
    items = []
    while True:
        items.append(_parse(source, state, verbose, nested + 1,
                            not nested and not items))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & _F_VERBOSE
    if len(items) == 1:
        return items[0]
    # move the items every alternative starts with out of the branch
    seq = []
    while True:
        prefix = None
        for item in items:
            if not item:
                break
            if prefix is None:
                prefix = item[0]
            elif item[0] != prefix:
                break
        else:
            for item in items:
                del item[0]
            seq.append(prefix)
            continue
        break
    # a branch of single characters is a character class
    chars = []
    for item in items:
        if len(item) != 1:
            break
        it = item[0]
        if it[0] == LITERAL:
            chars.append(("l", it[1]))
        elif it[0] == IN and not it[2]:
            chars.extend(it[1])
        else:
            break
    else:
        seq.append((IN, _uniq(chars), False))
        return seq
    seq.append((BRANCH, items))
    return seq


def _parse(source, state, verbose, nested, first=False):
    seq = []
    append = seq.append
    while True:
        this = source.next
        if this is None:
            break
        if this == "|" or this == ")":
            break
        source.get()

        if verbose:
            if this in _WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue

        if this[0] == "\\":
            append(_escape(source, this, state))

        elif this not in _SPECIAL_CHARS:
            append((LITERAL, this))

        elif this == "[":
            here = source.tell() - 1
            items = []
            negate = source.match("^")
            while True:
                this = source.get()
                if this is None:
                    raise source.error("unterminated character set",
                                       source.tell() - here)
                if this == "]" and items:
                    break
                if this[0] == "\\":
                    code1 = _class_escape(source, this)
                else:
                    code1 = ("l", this)
                if source.match("-"):
                    that = source.get()
                    if that is None:
                        raise source.error("unterminated character set",
                                           source.tell() - here)
                    if that == "]":
                        items.append(code1)
                        items.append(("l", "-"))
                        break
                    if that[0] == "\\":
                        code2 = _class_escape(source, that)
                    else:
                        code2 = ("l", that)
                    if code1[0] != "l" or code2[0] != "l":
                        raise source.error(
                            "bad character range %s-%s" % (this, that),
                            len(this) + 1 + len(that))
                    lo = ord(code1[1])
                    hi = ord(code2[1])
                    if hi < lo:
                        raise source.error(
                            "bad character range %s-%s" % (this, that),
                            len(this) + 1 + len(that))
                    items.append(("r", lo, hi))
                else:
                    items.append(code1)
            items = _uniq(items)
            if len(items) == 1 and items[0][0] == "l":
                if negate:
                    append((NOT_LITERAL, items[0][1]))
                else:
                    append((LITERAL, items[0][1]))
            else:
                append((IN, items, negate))

        elif this in _REPEAT_CHARS:
            here = source.tell()
            if this == "?":
                mn, mx = 0, 1
            elif this == "*":
                mn, mx = 0, MAXREPEAT
            elif this == "+":
                mn, mx = 1, MAXREPEAT
            else:
                if source.next == "}":
                    append((LITERAL, this))
                    continue
                mn, mx = 0, MAXREPEAT
                lo = hi = ""
                while _is_in(source.next, _DIGITS):
                    lo += source.get()
                if source.match(","):
                    while _is_in(source.next, _DIGITS):
                        hi += source.get()
                else:
                    hi = lo
                if not source.match("}"):
                    append((LITERAL, this))
                    source.seek(here)
                    continue
                if lo:
                    mn = int(lo)
                    if mn >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                if hi:
                    mx = int(hi)
                    if mx >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                    if mx < mn:
                        raise source.error("min repeat greater than max repeat",
                                           source.tell() - here)
            if seq:
                item = seq[-1]
            else:
                item = None
            if item is None or item[0] == AT:
                raise source.error("nothing to repeat",
                                   source.tell() - here + len(this))
            if item[0] == REPEAT:
                raise source.error("multiple repeat",
                                   source.tell() - here + len(this))
            if (item[0] == SUBPATTERN and item[1] is None and not item[2]
                    and not item[3]):
                body = item[4]
            else:
                body = [item]
            if source.match("?"):
                seq[-1] = (REPEAT, mn, mx, 1, body)
            elif source.match("+"):
                seq[-1] = (REPEAT, mn, mx, 2, body)
            else:
                seq[-1] = (REPEAT, mn, mx, 0, body)

        elif this == ".":
            append((ANY,))

        elif this == "(":
            start = source.tell() - 1
            capture = True
            atomic = False
            name = None
            add_flags = 0
            del_flags = 0
            if source.match("?"):
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char == "P":
                    if source.match("<"):
                        name = source.getuntil(">", "group name")
                        source.checkgroupname(name, 1)
                    elif source.match("="):
                        name = source.getuntil(")", "group name")
                        source.checkgroupname(name, 1)
                        gid = state.groupdict.get(name)
                        if gid is None:
                            raise source.error("unknown group name %r" % name,
                                               len(name) + 1)
                        if not state.checkgroup(gid):
                            raise source.error("cannot refer to an open group",
                                               len(name) + 1)
                        state.checklookbehindgroup(gid, source)
                        state.hasrefs = True
                        append((GROUPREF, gid))
                        continue
                    else:
                        char = source.get()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        raise source.error("unknown extension ?P" + char,
                                           len(char) + 2)
                elif char == ":":
                    capture = False
                elif char == "#":
                    while True:
                        if source.next is None:
                            raise source.error(
                                "missing ), unterminated comment",
                                source.tell() - start)
                        if source.get() == ")":
                            break
                    continue
                elif char in "=!<":
                    direction = 1
                    lookbehindgroups = None
                    if char == "<":
                        char = source.get()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        if char not in "=!":
                            raise source.error("unknown extension ?<" + char,
                                               len(char) + 2)
                        direction = -1
                        lookbehindgroups = state.lookbehindgroups
                        if lookbehindgroups is None:
                            state.lookbehindgroups = state.groups
                    p = _parse_sub(source, state, verbose, nested + 1)
                    if direction < 0:
                        if lookbehindgroups is None:
                            state.lookbehindgroups = None
                    if not source.match(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    append((ASSERT, direction, char == "!", p))
                    continue
                elif char == "(":
                    condname = source.getuntil(")", "group name")
                    if condname.isidentifier():
                        condgroup = state.groupdict.get(condname)
                        if condgroup is None:
                            raise source.error(
                                "unknown group name %r" % condname,
                                len(condname) + 1)
                    else:
                        condgroup = -1
                        if condname.isdigit() and condname.isascii():
                            condgroup = int(condname)
                        if condgroup < 0:
                            raise source.error(
                                "bad character in group name %r" % condname,
                                len(condname) + 1)
                        if not condgroup:
                            raise source.error("bad group number",
                                               len(condname) + 1)
                        if condgroup >= MAXGROUPS:
                            raise source.error(
                                "invalid group reference %d" % condgroup,
                                len(condname) + 1)
                        if condgroup not in state.grouprefpos:
                            state.grouprefpos[condgroup] = (
                                source.tell() - len(condname) - 1)
                    state.checklookbehindgroup(condgroup, source)
                    item_yes = _parse(source, state, verbose, nested + 1)
                    if source.match("|"):
                        item_no = _parse(source, state, verbose, nested + 1)
                        if source.next == "|":
                            raise source.error("conditional backref with "
                                               "more than two branches")
                    else:
                        item_no = None
                    if not source.match(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    state.hasrefs = True
                    append((GROUPREF_EXISTS, condgroup, item_yes, item_no))
                    continue
                elif char == ">":
                    capture = False
                    atomic = True
                elif char in _FLAGCHARS or char == "-":
                    flags = _parse_flags(source, state, char)
                    if flags is None:
                        if not first or seq:
                            raise source.error("global flags not at the start "
                                               "of the expression",
                                               source.tell() - start)
                        verbose = state.flags & _F_VERBOSE
                        continue
                    add_flags, del_flags = flags
                    capture = False
                else:
                    raise source.error("unknown extension ?" + char,
                                       len(char) + 1)

            if capture:
                try:
                    group = state.opengroup(name)
                except error as err:
                    raise source.error(err.msg, len(name) + 1) from None
            else:
                group = None
            sub_verbose = ((verbose or (add_flags & _F_VERBOSE)) and
                           not (del_flags & _F_VERBOSE))
            p = _parse_sub(source, state, sub_verbose, nested + 1)
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern",
                                   source.tell() - start)
            if group is not None:
                state.closegroup(group, p)
            if atomic:
                append((ATOMIC, p))
            else:
                append((SUBPATTERN, group, add_flags, del_flags, p))

        elif this == "^":
            append((AT, "^"))

        elif this == "$":
            append((AT, "$"))

    # splice in the non-capturing groups that set no flags
    k = len(seq) - 1
    while k >= 0:
        it = seq[k]
        if it[0] == SUBPATTERN and it[1] is None and not it[2] and not it[3]:
            seq[k:k + 1] = it[4]
        k -= 1
    return seq


def _parse_flags(source, state, char):
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = _FLAGCHARS[char]
            if char == "L":
                raise source.error("bad inline flags: cannot use 'L' flag "
                                   "with a str pattern")
            add_flags |= flag
            if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' "
                                   "are incompatible")
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in _FLAGCHARS:
                if char.isalpha():
                    msg = "unknown flag"
                else:
                    msg = "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in _FLAGCHARS:
            if char.isalpha():
                msg = "unknown flag"
            else:
                msg = "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = _FLAGCHARS[char]
            if flag & _TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags "
                                   "'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in _FLAGCHARS:
                if char.isalpha():
                    msg = "unknown flag"
                else:
                    msg = "missing :"
                raise source.error(msg, len(char))
    if del_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def _parse_pattern(pattern, flags):
    source = _Source(pattern)
    state = _State(flags)
    seq = _parse_sub(source, state, flags & _F_VERBOSE, 0)
    flags = state.flags
    if flags & _F_LOCALE:
        raise ValueError("cannot use LOCALE flag with a str pattern")
    if not flags & _F_ASCII:
        flags |= _F_UNICODE
    elif flags & _F_UNICODE:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    state.flags = flags
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for g in state.grouprefpos:
        if g >= state.groups:
            raise error("invalid group reference %d" % g, pattern,
                        state.grouprefpos[g])
    return seq, state


# ---------------------------------------------------------------------------
# characters: case folding and classes

# characters that match each other under IGNORECASE although their simple
# lowercase forms differ (CPython's re._casefix)
_EQUIVALENCES = (
    "i\u0131", "s\u017f", "\u00b5\u03bc", "\u0345\u03b9\u1fbe",
    "\u0390\u1fd3", "\u03b0\u1fe3", "\u03b2\u03d0", "\u03b5\u03f5",
    "\u03b8\u03d1", "\u03ba\u03f0", "\u03c0\u03d6", "\u03c1\u03f1",
    "\u03c2\u03c3", "\u03c6\u03d5", "\u0432\u1c80", "\u0434\u1c81",
    "\u043e\u1c82", "\u0441\u1c83", "\u0442\u1c84\u1c85", "\u044a\u1c86",
    "\u0463\u1c87", "\u1c88\ua64b", "\u1e61\u1e9b", "\ufb05\ufb06",
)
_FIXES = {}
for _group in _EQUIVALENCES:
    for _c in _group:
        _FIXES[_c] = _group.replace(_c, "")
del _group, _c


def _fold(c):
    # the simple lowercase mapping of one character
    if c == "\u0130":
        return "i"
    return c.lower()


def _fold_ascii(c):
    if "A" <= c <= "Z":
        return c.lower()
    return c


def _upper_ascii(c):
    if "a" <= c <= "z":
        return c.upper()
    return c


def _upper1(c):
    u = c.upper()
    if len(u) == 1:
        return u
    return c


def _iscased(c):
    return c.lower() != c or c.upper() != c


def _iscased_ascii(c):
    return c in _ASCIILETTERS


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_word_ascii(c):
    return c < "\x80" and (c.isalnum() or c == "_")


def _cat_func(cat, ascii):
    if cat == "d":
        if ascii:
            return lambda c: "0" <= c <= "9"
        return lambda c: c.isdecimal()
    if cat == "D":
        if ascii:
            return lambda c: not ("0" <= c <= "9")
        return lambda c: not c.isdecimal()
    if cat == "s":
        if ascii:
            return lambda c: c in " \t\n\r\f\v"
        return lambda c: c.isspace()
    if cat == "S":
        if ascii:
            return lambda c: c not in " \t\n\r\f\v"
        return lambda c: not c.isspace()
    if cat == "w":
        if ascii:
            return _is_word_ascii
        return _is_word
    if ascii:
        return lambda c: not _is_word_ascii(c)
    return lambda c: not _is_word(c)


class _Tester:
    """A one-character predicate that remembers its answers.

    strip, when not None, lists every character the predicate accepts, so
    that str.lstrip can measure a run of them ("" stands for whitespace).
    Otherwise known and knownno list the characters met so far that pass
    and fail, for the same use.
    """

    __slots__ = ("yes", "no", "fn", "strip", "known", "knownno")

    def __init__(self, fn, yes=(), strip=None):
        self.fn = fn
        self.yes = set(yes)
        self.no = set()
        self.strip = strip
        self.known = "".join(self.yes)
        self.knownno = ""


def _never(c):
    return False


def _make_class_fn(items, negate, flags):
    icase = flags & _F_IGNORECASE
    ascii = flags & _F_ASCII
    if ascii:
        fold = _fold_ascii
        upper = _upper_ascii
    else:
        fold = _fold
        upper = _upper1
    chars = set()
    ranges = []
    cats = []
    for it in items:
        kind = it[0]
        if kind == "l":
            c = it[1]
            if icase:
                c = fold(c)
                chars.add(c)
                if not ascii:
                    for k in _FIXES.get(c, ""):
                        chars.add(k)
            else:
                chars.add(c)
        elif kind == "r":
            ranges.append((it[1], it[2]))
        else:
            cats.append(_cat_func(it[1], ascii))
    if icase and not ascii:
        fixes = _FIXES
    else:
        fixes = None
    chars = frozenset(chars)
    ranges = tuple(ranges)
    cats = tuple(cats)

    def fn(ch):
        if icase:
            c = fold(ch)
        else:
            c = ch
        r = c in chars
        if not r and ranges:
            o = ord(c)
            for lo, hi in ranges:
                if lo <= o <= hi:
                    r = True
                    break
            if not r and icase:
                others = [upper(c)]
                if fixes is not None:
                    for k in fixes.get(c, ""):
                        others.append(k)
                for u in others:
                    o = ord(u)
                    for lo, hi in ranges:
                        if lo <= o <= hi:
                            r = True
                            break
                    if r:
                        break
        if not r and cats:
            for f in cats:
                if f(c):
                    r = True
                    break
        return r != negate
    return fn


_ASCII_MEMBERS = {
    "d": "0123456789",
    "w": _ASCIILETTERS + "0123456789_",
    "s": " \t\n\r\f\v",
}


def _class_members(items, negate, flags):
    # every character the class accepts, as a str, or None if that is
    # not practical; "" means exactly the whitespace characters
    if negate:
        return None
    if len(items) == 1 and items[0] == ("c", "s") and not flags & _F_ASCII:
        return ""
    out = []
    for it in items:
        kind = it[0]
        if kind == "l":
            out.append(it[1])
        elif kind == "r":
            if it[2] - it[1] > 1024:
                return None
            for o in range(it[1], it[2] + 1):
                out.append(chr(o))
        else:
            if not flags & _F_ASCII or it[1] not in _ASCII_MEMBERS:
                return None
            out.append(_ASCII_MEMBERS[it[1]])
    members = "".join(out)
    if flags & _F_IGNORECASE:
        for c in members:
            if _is_cased(c, flags):
                return None
    return members


def _literal_fn(ch, negate, flags):
    # a case-insensitive (NOT_)LITERAL whose character is cased
    if flags & _F_ASCII:
        fold = _fold_ascii
        lo = fold(ch)
        accept = lo
    else:
        fold = _fold
        lo = fold(ch)
        accept = lo + _FIXES.get(lo, "")
    if len(accept) == 1:
        if negate:
            return lambda c: fold(c) != lo
        return lambda c: fold(c) == lo
    if negate:
        return lambda c: fold(c) not in accept
    return lambda c: fold(c) in accept


def _is_cased(ch, flags):
    if flags & _F_ASCII:
        return _iscased_ascii(ch)
    return _iscased(ch)


# ---------------------------------------------------------------------------
# the compiler: tree -> instructions

# instructions (tuples, first element the opcode)
O_CHAR = 0          # (O_CHAR, ch)
O_STR = 1           # (O_STR, text, len)
O_ONE = 2           # (O_ONE, tester)
O_ANY = 3           # (O_ANY,)
O_ANYALL = 4        # (O_ANYALL,)
O_NOTCHAR = 5       # (O_NOTCHAR, ch)
O_STRI = 6          # (O_STRI, folded, len, accept-sets|None, ascii)
O_AT = 7            # (O_AT, kind)
O_MARK = 8          # (O_MARK, index)
O_SPLIT = 9         # (O_SPLIT, alt): try the next instruction, then alt
O_SPLITL = 10       # (O_SPLITL, alt): try alt, then the next instruction
O_JMP = 11          # (O_JMP, target)
O_REPONE = 12       # (O_REPONE, kind, arg, min, max, mode, nc, nt)
O_REPINIT = 13      # (O_REPINIT, reg)
O_REPLOOP = 14      # (O_REPLOOP, reg, min, max, lazy, exit)
O_BREF = 15         # (O_BREF, gid, icase, ascii)
O_ASSERT = 16       # (O_ASSERT, code, width (-1: ahead), negate)
O_ATOMIC = 17       # (O_ATOMIC, code)
O_COND = 18         # (O_COND, gid, no)
O_SUCCESS = 19      # (O_SUCCESS,)
O_DISPATCH = 20     # (O_DISPATCH, {char: alternatives}, others): a branch
                    # that tries only the alternatives that can start with
                    # the next character

# backtracking stack entries
K_CHOICE = 0        # (K_CHOICE, pc, pos)
K_MARK = 1          # (K_MARK, index, old)
K_GREEDY = 2        # (K_GREEDY, pc, minpos, pos, nc, nt)
K_LAZY = 3          # (K_LAZY, pc, pos, maxpos, nc, nt)
K_REG = 4           # (K_REG, reg, old)
K_MARKS = 5         # (K_MARKS, snapshot)
K_BODY = 6          # (K_BODY, pc, pos, reg, value)
K_MARK2 = 7         # (K_MARK2, index, old, old lastindex)

# AT kinds after flags are resolved
AT_BEG = 0
AT_BEG_LINE = 1
AT_END = 2
AT_END_LINE = 3
AT_END_STR = 4
AT_BOUND = 5        # the word boundaries come last: _at relies on it
AT_NONBOUND = 6
AT_BOUND_A = 7
AT_NONBOUND_A = 8


def _combine_flags(flags, add_flags, del_flags):
    if add_flags & _TYPE_FLAGS:
        flags &= ~_TYPE_FLAGS
    return (flags | add_flags) & ~del_flags


def _is_unit(seq):
    if len(seq) != 1:
        return False
    it = seq[0]
    op = it[0]
    if op == SUBPATTERN:
        return it[1] is None and _is_unit(it[4])
    return op == LITERAL or op == NOT_LITERAL or op == ANY or op == IN


class _Compiler:
    def __init__(self, state):
        self.state = state
        self.nregs = 0

    def width(self, seq):
        lo = hi = 0
        for it in seq:
            op = it[0]
            if op == BRANCH:
                i = MAXREPEAT - 1
                j = 0
                for alt in it[1]:
                    l, h = self.width(alt)
                    i = min(i, l)
                    j = max(j, h)
                lo += i
                hi += j
            elif op == ATOMIC:
                i, j = self.width(it[1])
                lo += i
                hi += j
            elif op == SUBPATTERN:
                i, j = self.width(it[4])
                lo += i
                hi += j
            elif op == REPEAT:
                i, j = self.width(it[4])
                lo += i * it[1]
                hi += j * it[2]
            elif op in (LITERAL, NOT_LITERAL, ANY, IN):
                lo += 1
                hi += 1
            elif op == GROUPREF:
                i, j = self.width(self.state.groupseqs[it[1]])
                lo += i
                hi += j
            elif op == GROUPREF_EXISTS:
                i, j = self.width(it[2])
                if it[3] is not None:
                    l, h = self.width(it[3])
                    i = min(i, l)
                    j = max(j, h)
                else:
                    i = 0
                lo += i
                hi += j
        return min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)

    def unit(self, it, flags):
        # a one-character item -> (kind, arg)
        op = it[0]
        if op == SUBPATTERN:
            return self.unit(it[4][0], _combine_flags(flags, it[2], it[3]))
        if op == LITERAL or op == NOT_LITERAL:
            ch = it[1]
            if flags & _F_IGNORECASE and _is_cased(ch, flags):
                return (O_ONE, _Tester(_literal_fn(ch, op == NOT_LITERAL,
                                                   flags)))
            if op == LITERAL:
                return (O_CHAR, ch)
            return (O_NOTCHAR, ch)
        if op == ANY:
            if flags & _F_DOTALL:
                return (O_ANYALL, None)
            return (O_ANY, None)
        # IN
        return (O_ONE, _Tester(_make_class_fn(it[1], it[2], flags), (),
                               _class_members(it[1], it[2], flags)))

    def seq(self, seq, flags, code):
        n = len(seq)
        k = 0
        while k < n:
            it = seq[k]
            if it[0] == LITERAL:
                j = k
                while j < n and seq[j][0] == LITERAL:
                    j += 1
                text = "".join([x[1] for x in seq[k:j]])
                k = j
                self.literal(text, flags, code)
                continue
            self.item(it, flags, code)
            k += 1

    def literal(self, text, flags, code):
        icase = flags & _F_IGNORECASE
        if icase:
            cased = False
            for c in text:
                if _is_cased(c, flags):
                    cased = True
                    break
            if not cased:
                icase = False
        if not icase:
            if len(text) == 1:
                code.append([O_CHAR, text])
            else:
                code.append([O_STR, text, len(text)])
            return
        if len(text) == 1:
            code.append([O_ONE, _Tester(_literal_fn(text, False, flags))])
            return
        ascii = flags & _F_ASCII
        if ascii:
            folded = "".join([_fold_ascii(c) for c in text])
            sets = None
        else:
            folded = "".join([_fold(c) for c in text])
            sets = None
            for c in folded:
                if c in _FIXES:
                    sets = [c + _FIXES.get(c, "") for c in folded]
                    break
        code.append([O_STRI, folded, len(text), sets, ascii])

    def item(self, it, flags, code):
        op = it[0]
        if op == NOT_LITERAL or op == ANY or op == IN:
            kind, arg = self.unit(it, flags)
            if arg is None:
                code.append([kind])
            else:
                code.append([kind, arg])
        elif op == AT:
            kind = it[1]
            if kind == "A":
                at = AT_BEG
            elif kind == "Z":
                at = AT_END_STR
            elif kind == "^":
                at = AT_BEG_LINE if flags & _F_MULTILINE else AT_BEG
            elif kind == "$":
                at = AT_END_LINE if flags & _F_MULTILINE else AT_END
            elif kind == "b":
                at = AT_BOUND_A if flags & _F_ASCII else AT_BOUND
            else:
                at = AT_NONBOUND_A if flags & _F_ASCII else AT_NONBOUND
            code.append([O_AT, at])
        elif op == BRANCH and len(it[1]) >= 3 and self.dispatch(it[1], flags,
                                                                  code):
            pass
        elif op == BRANCH:
            alts = it[1]
            jumps = []
            for idx in range(len(alts)):
                if idx < len(alts) - 1:
                    split = [O_SPLIT, 0]
                    code.append(split)
                    self.seq(alts[idx], flags, code)
                    jmp = [O_JMP, 0]
                    code.append(jmp)
                    jumps.append(jmp)
                    split[1] = len(code)
                else:
                    self.seq(alts[idx], flags, code)
            for jmp in jumps:
                jmp[1] = len(code)
        elif op == SUBPATTERN:
            gid = it[1]
            f2 = _combine_flags(flags, it[2], it[3])
            if gid:
                code.append([O_MARK, 2 * gid])
            self.seq(it[4], f2, code)
            if gid:
                code.append([O_MARK, 2 * gid + 1])
        elif op == REPEAT:
            self.repeat(it, flags, code)
        elif op == GROUPREF:
            code.append([O_BREF, it[1], flags & _F_IGNORECASE,
                         flags & _F_ASCII])
        elif op == GROUPREF_EXISTS:
            cond = [O_COND, it[1], 0]
            code.append(cond)
            self.seq(it[2], flags, code)
            if it[3] is not None:
                jmp = [O_JMP, 0]
                code.append(jmp)
                cond[2] = len(code)
                self.seq(it[3], flags, code)
                jmp[1] = len(code)
            else:
                cond[2] = len(code)
        elif op == ASSERT:
            if it[1] >= 0:
                width = -1
            else:
                lo, hi = self.width(it[3])
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                width = lo
            sub = self.subcode(it[3], flags)
            code.append([O_ASSERT, sub, width, it[2]])
        elif op == ATOMIC:
            code.append([O_ATOMIC, self.subcode(it[1], flags)])
        else:
            raise error("internal: unsupported operand type %r" % (op,))

    def dispatch(self, alts, flags, code):
        # compile a branch as O_DISPATCH if the first characters of its
        # alternatives tell them apart; False if they do not
        firsts = []
        for alt in alts:
            p = _prefix(alt, flags)[0]
            if p:
                firsts.append(p[0])
            else:
                firsts.append(None)
        known = set(firsts)
        known.discard(None)
        if len(known) < 2:
            return False
        op = [O_DISPATCH, None, None]
        code.append(op)
        starts = []
        jumps = []
        for alt in alts:
            starts.append(len(code))
            self.seq(alt, flags, code)
            jmp = [O_JMP, 0]
            code.append(jmp)
            jumps.append(jmp)
        for jmp in jumps:
            jmp[1] = len(code)
        table = {}
        for c in known:
            table[c] = tuple([starts[k] for k in range(len(alts))
                              if firsts[k] == c or firsts[k] is None])
        op[1] = table
        op[2] = tuple([starts[k] for k in range(len(alts))
                       if firsts[k] is None])
        return True

    def subcode(self, seq, flags):
        code = []
        self.seq(seq, flags, code)
        code.append([O_SUCCESS])
        return _finish(code)

    def repeat(self, it, flags, code):
        mn = it[1]
        mx = it[2]
        mode = it[3]
        body = it[4]
        if mx == 0:
            return
        if _is_unit(body):
            kind, arg = self.unit(body[0], flags)
            code.append([O_REPONE, kind, arg, mn, mx, mode, None, None])
            return
        if mode == 2:
            sub = []
            self.repeat((REPEAT, mn, mx, 0, body), flags, sub)
            sub.append([O_SUCCESS])
            code.append([O_ATOMIC, _finish(sub)])
            return
        if mn == 1 and mx == 1:
            self.seq(body, flags, code)
            return
        if mn == 0 and mx == 1:
            split = [O_SPLITL if mode == 1 else O_SPLIT, 0]
            code.append(split)
            self.seq(body, flags, code)
            split[1] = len(code)
            return
        reg = self.nregs
        self.nregs += 1
        code.append([O_REPINIT, reg])
        top = len(code)
        loop = [O_REPLOOP, reg, mn, mx, mode == 1, 0]
        code.append(loop)
        self.seq(body, flags, code)
        code.append([O_JMP, top])
        loop[5] = len(code)


def _finish(code):
    # lists -> tuples; note what the character after each O_REPONE must
    # be: nc (that character) or nt (a tester it must pass)
    n = len(code)
    for pc in range(n):
        op = code[pc]
        if op[0] == O_REPONE:
            j = pc + 1
            while j < n and code[j][0] == O_MARK:
                j += 1
            if j < n:
                nxt = code[j]
                k = nxt[0]
                if k == O_REPONE and nxt[3] >= 1:
                    k = nxt[1]
                    nxt = (k, nxt[2])
                if k == O_CHAR:
                    op[6] = nxt[1]
                elif k == O_STR:
                    op[6] = nxt[1][0]
                elif k == O_ONE:
                    op[7] = nxt[1]
    return [tuple(op) for op in code]


def _prefix(seq, flags):
    # the literal text every match starts with, and whether seq is all
    # literal text (zero-width items are skipped: they consume nothing)
    out = []
    for it in seq:
        op = it[0]
        if op == LITERAL and not (flags & _F_IGNORECASE and
                                  _is_cased(it[1], flags)):
            out.append(it[1])
            continue
        if op == AT or op == ASSERT:
            continue
        if op == SUBPATTERN:
            p, complete = _prefix(it[4], _combine_flags(flags, it[2], it[3]))
            out.append(p)
            if complete:
                continue
        return "".join(out), False
    return "".join(out), True


def _first(seq, flags, compiler):
    # a tester every match's first character passes, or None
    for it in seq:
        op = it[0]
        if op == AT or op == ASSERT:
            continue
        if op == LITERAL or op == IN:
            kind, arg = compiler.unit(it, flags)
            if kind == O_CHAR:
                return _Tester(_never, (arg,))
            return arg
        if op == SUBPATTERN:
            return _first(it[4], _combine_flags(flags, it[2], it[3]),
                          compiler)
        if op == REPEAT and it[1] >= 1:
            return _first(it[4], flags, compiler)
        if op == BRANCH:
            chars = []
            for alt in it[1]:
                p, complete = _prefix(alt, flags)
                if not p:
                    return None
                chars.append(p[0])
            return _Tester(_never, chars)
        return None
    return None


class _Program:
    __slots__ = ("code", "nmarks", "nregs", "prefix", "first", "anchored",
                 "literal", "simple", "skiprep")


def _compile_program(seq, state):
    flags = state.flags
    comp = _Compiler(state)
    code = []
    comp.seq(seq, flags, code)
    code.append([O_SUCCESS])
    prog = _Program()
    prog.code = _finish(code)
    prog.nmarks = 2 * state.groups
    prog.nregs = comp.nregs
    prog.prefix = _prefix(seq, flags)[0]
    prog.first = None
    if not prog.prefix:
        prog.first = _first(seq, flags, comp)
    prog.anchored = False
    if seq and seq[0][0] == AT:
        k = seq[0][1]
        if k == "A" or (k == "^" and not flags & _F_MULTILINE):
            prog.anchored = True
    code = prog.code
    # the whole pattern is literal text
    prog.literal = None
    if len(code) == 2 and prog.nmarks == 2:
        if code[0][0] == O_CHAR or code[0][0] == O_STR:
            prog.literal = code[0][1]
    # the whole pattern is one non-empty greedy repeat of one character
    prog.simple = None
    if (len(code) == 2 and prog.nmarks == 2 and code[0][0] == O_REPONE and
            code[0][3] >= 1 and code[0][5] != 1):
        prog.simple = code[0]
    # the pattern starts with an unbounded repeat of one character: when a
    # match fails at i it fails at every start inside that run, as their
    # runs end at the same place (only backreferences could tell them
    # apart, and there are none)
    prog.skiprep = None
    pc = 0
    while code[pc][0] == O_MARK:
        pc += 1
    op = code[pc]
    if (op[0] == O_REPONE and op[3] >= 1 and op[4] == MAXREPEAT and
            not state.hasrefs):
        prog.skiprep = op
    return prog


# ---------------------------------------------------------------------------
# the matcher

def _scan_strip(chars, s, i, lim):
    # how far characters from chars repeat from s[i], up to lim: str.lstrip
    # over chunks that grow
    size = 16
    while i < lim:
        end = i + size
        if end > lim:
            end = lim
        seg = s[i:end]
        if chars:
            rest = seg.lstrip(chars)
        else:
            rest = seg.lstrip()
        i = end - len(rest)
        if rest:
            return i
        if size < 4096:
            size += size
    return i


def _scan(kind, arg, s, i, lim):
    # how far the one-character item (kind, arg) repeats from s[i], up to lim
    if kind == O_ONE:
        if arg.strip is not None:
            return _scan_strip(arg.strip, s, i, lim)
        return _scan_one(arg, s, i, lim)
    if kind == O_CHAR:
        if i + 1 < lim and s[i] == arg and s[i + 1] == arg:
            return _scan_strip(arg, s, i, lim)
        if i < lim and s[i] == arg:
            return i + 1
        return i
    if kind == O_ANY:
        p = s.find("\n", i, lim)
        if p < 0:
            return lim
        return p
    if kind == O_ANYALL:
        return lim
    # O_NOTCHAR
    p = s.find(arg, i, lim)
    if p < 0:
        return lim
    return p


def _scan_one(t, s, i, lim):
    # how far characters passing the tester t repeat from s[i], up to lim;
    # past a few characters, str.lstrip measures the run of known ones
    yes = t.yes
    quick = i + 6
    while i < lim:
        c = s[i]
        if c in yes:
            i += 1
            if i >= quick and t.known:
                i = _scan_strip(t.known, s, i, lim)
                quick = i + 6
            continue
        if c in t.no:
            break
        if not t.fn(c):
            t.no.add(c)
            break
        yes.add(c)
        if len(t.known) < 256:
            t.known += c
        i += 1
    return i


def _skip_to(t, s, i, n):
    # the first position from i whose character passes the tester t, or n
    yes = t.yes
    no = t.no
    quick = i + 6
    while i < n:
        c = s[i]
        if c in yes:
            return i
        if c not in no:
            if t.fn(c):
                yes.add(c)
                return i
            no.add(c)
            if len(t.knownno) < 256:
                t.knownno += c
        i += 1
        if i >= quick and t.knownno:
            i = _scan_strip(t.knownno, s, i, n)
            quick = i + 6
    return n


def _back(nc, nt, s, lo, hi, n):
    # the largest p in [lo, hi] where s[p] can start what follows, or -1
    if nc is not None:
        if hi < n and s[hi] == nc:
            return hi
        return s.rfind(nc, lo, hi)
    if hi >= n:
        hi = n - 1
    yes = nt.yes
    no = nt.no
    while hi >= lo:
        c = s[hi]
        if c in yes:
            return hi
        if c not in no:
            if nt.fn(c):
                yes.add(c)
                return hi
            no.add(c)
        hi -= 1
    return -1


def _fwd(nc, nt, s, lo, hi, n):
    # the smallest p in [lo, hi] where s[p] can start what follows, or -1
    if hi >= n:
        hi = n - 1
    if nc is not None:
        return s.find(nc, lo, hi + 1)
    yes = nt.yes
    no = nt.no
    while lo <= hi:
        c = s[lo]
        if c in yes:
            return lo
        if c not in no:
            if nt.fn(c):
                yes.add(c)
                return lo
            no.add(c)
        lo += 1
    return -1


def _at(kind, s, i, n):
    if kind >= AT_BOUND:
        if n == 0:
            return False
        if kind <= AT_NONBOUND:
            if i > 0:
                c = s[i - 1]
                before = c.isalnum() or c == "_"
            else:
                before = False
            if i < n:
                c = s[i]
                after = c.isalnum() or c == "_"
            else:
                after = False
        else:
            if i > 0:
                c = s[i - 1]
                before = c < "\x80" and (c.isalnum() or c == "_")
            else:
                before = False
            if i < n:
                c = s[i]
                after = c < "\x80" and (c.isalnum() or c == "_")
            else:
                after = False
        if kind == AT_BOUND or kind == AT_BOUND_A:
            return before != after
        return before == after
    if kind == AT_BEG:
        return i == 0
    if kind == AT_BEG_LINE:
        return i == 0 or s[i - 1] == "\n"
    if kind == AT_END:
        return i == n or (i == n - 1 and s[i] == "\n")
    if kind == AT_END_LINE:
        return i == n or s[i] == "\n"
    return i == n


def _bref_icase(s, i, a, b, n, ascii):
    k = b - a
    if i + k > n:
        return False
    fold = _fold_ascii if ascii else _fold
    for j in range(k):
        x = s[i + j]
        y = s[a + j]
        if x != y and fold(x) != fold(y):
            return False
    return True


def _stri(op, s, i, n):
    k = op[2]
    if i + k > n:
        return False
    seg = s[i:i + k]
    folded = op[1]
    sets = op[3]
    if op[4]:   # ASCII
        if seg.isascii():
            return seg.lower() == folded
        for j in range(k):
            if _fold_ascii(seg[j]) != folded[j]:
                return False
        return True
    if sets is None:
        if seg.lower() == folded:
            return True
        if seg.isascii():
            return False
        for j in range(k):
            if _fold(seg[j]) != folded[j]:
                return False
        return True
    for j in range(k):
        if _fold(seg[j]) not in sets[j]:
            return False
    return True


def _vm(code, s, i, n, marks, regs, full, noempty):
    """Run code from s[i] (the subject ends at n); return the end of the
    match or -1.  marks (group spans, lastindex in marks[0]) and regs
    (repeat counters) are updated in place."""
    stack = []
    push = stack.append
    pop = stack.pop
    pc = 0
    while True:
        op = code[pc]
        k = op[0]
        if k == O_CHAR:
            if i < n and s[i] == op[1]:
                i += 1
                pc += 1
                continue
        elif k == O_STR:
            if s.startswith(op[1], i):
                i += op[2]
                pc += 1
                continue
        elif k == O_ONE:
            if i < n:
                c = s[i]
                t = op[1]
                if c in t.yes:
                    i += 1
                    pc += 1
                    continue
                if c not in t.no:
                    if t.fn(c):
                        t.yes.add(c)
                        i += 1
                        pc += 1
                        continue
                    t.no.add(c)
        elif k == O_REPONE:
            lim = n
            if op[4] < n - i:
                lim = i + op[4]
            j = _scan(op[1], op[2], s, i, lim)
            mnp = i + op[3]
            if j >= mnp:
                mode = op[5]
                if mode == 0:
                    # greedy: the longest run, then give back
                    nc = op[6]
                    nt = op[7]
                    if nc is not None or nt is not None:
                        j = _back(nc, nt, s, mnp, j, n)
                    if j > mnp:
                        push((K_GREEDY, pc + 1, mnp, j, nc, nt))
                    if j >= 0:
                        i = j
                        pc += 1
                        continue
                elif mode == 1:
                    # lazy: the shortest run, then take more
                    nc = op[6]
                    nt = op[7]
                    p = mnp
                    if nc is not None or nt is not None:
                        p = _fwd(nc, nt, s, mnp, j, n)
                    if p >= 0:
                        if p < j:
                            push((K_LAZY, pc + 1, p, j, nc, nt))
                        i = p
                        pc += 1
                        continue
                else:
                    i = j
                    pc += 1
                    continue
        elif k == O_MARK:
            idx = op[1]
            if idx & 1:
                # a group ends: it becomes lastindex too
                push((K_MARK2, idx, marks[idx], marks[0]))
                marks[0] = idx >> 1
            else:
                push((K_MARK, idx, marks[idx]))
            marks[idx] = i
            pc += 1
            continue
        elif k == O_SUCCESS:
            if not ((full and i != n) or i == noempty):
                return i
        elif k == O_SPLIT:
            push((K_CHOICE, op[1], i))
            pc += 1
            continue
        elif k == O_AT:
            if _at(op[1], s, i, n):
                pc += 1
                continue
        elif k == O_JMP:
            pc = op[1]
            continue
        elif k == O_ANY:
            if i < n and s[i] != "\n":
                i += 1
                pc += 1
                continue
        elif k == O_ANYALL:
            if i < n:
                i += 1
                pc += 1
                continue
        elif k == O_NOTCHAR:
            if i < n and s[i] != op[1]:
                i += 1
                pc += 1
                continue
        elif k == O_STRI:
            if _stri(op, s, i, n):
                i += op[2]
                pc += 1
                continue
        elif k == O_REPLOOP:
            r = op[1]
            cnt, last = regs[r]
            if cnt >= op[2] and i == last:
                # the last iteration matched the empty string: stop
                pc = op[5]
                continue
            if cnt < op[2]:
                # (CPython notes where an iteration starts only once the
                # minimum is reached)
                push((K_REG, r, regs[r]))
                regs[r] = (cnt + 1, last)
                pc += 1
                continue
            if cnt >= op[3]:
                pc = op[5]
                continue
            if op[4]:
                push((K_BODY, pc + 1, i, r, (cnt + 1, i)))
                pc = op[5]
                continue
            push((K_CHOICE, op[5], i))
            push((K_REG, r, regs[r]))
            regs[r] = (cnt + 1, i)
            pc += 1
            continue
        elif k == O_REPINIT:
            r = op[1]
            push((K_REG, r, regs[r]))
            regs[r] = (0, -1)
            pc += 1
            continue
        elif k == O_SPLITL:
            push((K_CHOICE, pc + 1, i))
            pc = op[1]
            continue
        elif k == O_BREF:
            g = op[1]
            a = marks[2 * g]
            b = marks[2 * g + 1]
            if a >= 0 and b >= a:
                if s.startswith(s[a:b], i):
                    i += b - a
                    pc += 1
                    continue
                if op[2] and _bref_icase(s, i, a, b, n, op[3]):
                    i += b - a
                    pc += 1
                    continue
        elif k == O_ASSERT:
            width = op[2]
            if width >= 0:
                st = i - width
            else:
                st = i
            if st < 0:
                if op[3]:
                    pc += 1
                    continue
            else:
                snapshot = marks[:]
                r = _vm(op[1], s, st, n, marks, regs, False, -1)
                if op[3]:
                    if r < 0:
                        pc += 1
                        continue
                    marks[:] = snapshot
                elif r >= 0:
                    if marks != snapshot:
                        push((K_MARKS, snapshot))
                    pc += 1
                    continue
        elif k == O_ATOMIC:
            snapshot = marks[:]
            r = _vm(op[1], s, i, n, marks, regs, False, -1)
            if r >= 0:
                if marks != snapshot:
                    push((K_MARKS, snapshot))
                i = r
                pc += 1
                continue
        elif k == O_DISPATCH:
            if i < n:
                alts = op[1].get(s[i], op[2])
            else:
                alts = op[2]
            if alts:
                m = len(alts) - 1
                while m > 0:
                    push((K_CHOICE, alts[m], i))
                    m -= 1
                pc = alts[0]
                continue
        elif k == O_COND:
            g = op[1]
            a = marks[2 * g]
            b = marks[2 * g + 1]
            if a >= 0 and b >= a:
                pc += 1
            else:
                pc = op[2]
            continue
        else:
            raise SystemError("internal: bad instruction %r" % (op,))

        # failure: backtrack to the latest choice
        while True:
            if not stack:
                return -1
            e = pop()
            t = e[0]
            if t == K_MARK:
                marks[e[1]] = e[2]
            elif t == K_MARK2:
                marks[e[1]] = e[2]
                marks[0] = e[3]
            elif t == K_CHOICE:
                pc = e[1]
                i = e[2]
                break
            elif t == K_GREEDY:
                nc = e[4]
                nt = e[5]
                if nc is None and nt is None:
                    p = e[3] - 1
                else:
                    p = _back(nc, nt, s, e[2], e[3] - 1, n)
                    if p < 0:
                        continue
                if p > e[2]:
                    push((K_GREEDY, e[1], e[2], p, nc, nt))
                pc = e[1]
                i = p
                break
            elif t == K_REG:
                regs[e[1]] = e[2]
            elif t == K_LAZY:
                nc = e[4]
                nt = e[5]
                if nc is None and nt is None:
                    p = e[2] + 1
                else:
                    p = _fwd(nc, nt, s, e[2] + 1, e[3], n)
                    if p < 0:
                        continue
                if p < e[3]:
                    push((K_LAZY, e[1], p, e[3], nc, nt))
                pc = e[1]
                i = p
                break
            elif t == K_BODY:
                r = e[3]
                push((K_REG, r, regs[r]))
                regs[r] = e[4]
                pc = e[1]
                i = e[2]
                break
            else:
                marks[:] = e[1]


def _search(prog, s, pos, n, noempty):
    """The first match at or after pos: (start, end, marks) or None.
    A match starting at noempty must not be empty."""
    lit = prog.literal
    if lit is not None:
        i = s.find(lit, pos, n)
        if i < 0:
            return None
        return i, i + len(lit), [-1, -1]
    code = prog.code
    nm = prog.nmarks
    regs = [(0, -1)] * prog.nregs
    prefix = prog.prefix
    first = prog.first
    simple = prog.simple
    skip = prog.skiprep
    i = pos
    while i <= n:
        if prefix:
            i = s.find(prefix, i, n)
            if i < 0:
                return None
        elif first is not None:
            if i >= n:
                return None
            if s[i] not in first.yes:
                i = _skip_to(first, s, i, n)
                if i >= n:
                    return None
        if simple is not None:
            lim = n
            if simple[4] < n - i:
                lim = i + simple[4]
            e = _scan(simple[1], simple[2], s, i, lim)
            if e - i >= simple[3]:
                return i, e, [-1, -1]
            if e > i:
                i = e
            else:
                i += 1
            continue
        marks = [-1] * nm
        if i == noempty:
            e = _vm(code, s, i, n, marks, regs, False, i)
        else:
            e = _vm(code, s, i, n, marks, regs, False, -1)
        if e >= 0:
            return i, e, marks
        if prog.anchored:
            return None
        if skip is not None:
            e = _scan(skip[1], skip[2], s, i, n)
            if e > i:
                i = e
                continue
        i += 1
    return None


# ---------------------------------------------------------------------------
# Pattern and Match

class _MappingProxy:
    """A read-only view of a dict that prints as CPython's mappingproxy."""

    __slots__ = ("_d",)

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def __eq__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._d
        return self._d == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)

    def __str__(self):
        return str(self._d)

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return self._d.copy()


def _check_string(string):
    if not isinstance(string, str):
        if isinstance(string, bytes):
            raise TypeError("cannot use a string pattern on a bytes-like "
                            "object")
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(string).__name__)


def _bounds(string, pos, endpos):
    n = len(string)
    pos = _intval(pos)
    endpos = _intval(endpos)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    if endpos < n:
        s = string[:endpos]
    else:
        s = string
    return s, pos, endpos


def _type_repr(t):
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return "%s.%s" % (t.__module__, t.__qualname__)
    return repr(t)


class _GenericAlias:
    """What re.Pattern[str] and re.Match[str] evaluate to."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args

    def __repr__(self):
        return "%s[%s]" % (_type_repr(self.__origin__),
                           ", ".join([_type_repr(a) for a in self.__args__]))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ is other.__origin__ and
                self.__args__ == other.__args__)

    def __hash__(self):
        return hash((id(self.__origin__), self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


_PATTERN_FLAG_NAMES = (
    ("re.TEMPLATE", _F_TEMPLATE), ("re.IGNORECASE", _F_IGNORECASE),
    ("re.LOCALE", _F_LOCALE), ("re.MULTILINE", _F_MULTILINE),
    ("re.DOTALL", _F_DOTALL), ("re.UNICODE", _F_UNICODE),
    ("re.VERBOSE", _F_VERBOSE), ("re.DEBUG", _F_DEBUG),
    ("re.ASCII", _F_ASCII),
)


class Pattern:
    """A compiled regular expression."""

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __init__(self, pattern, flags, seq, state):
        self.pattern = pattern
        self.flags = state.flags
        self.groups = state.groups - 1
        self._groupindex = dict(state.groupdict)
        self.groupindex = _MappingProxy(self._groupindex)
        self._names = {}
        for name, gid in state.groupdict.items():
            self._names[gid] = name
        self._prog = _compile_program(seq, state)
        self._templates = {}

    def __repr__(self):
        flags = self.flags
        if (flags & (_F_LOCALE | _F_UNICODE | _F_ASCII)) == _F_UNICODE:
            flags &= ~_F_UNICODE
        r = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % r
        parts = []
        for name, bit in _PATTERN_FLAG_NAMES:
            if flags & bit:
                parts.append(name)
                flags &= ~bit
        if flags:
            parts.append(hex(flags))
        return "re.compile(%s, %s)" % (r, "|".join(parts))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not (self.pattern == other.pattern and
                    self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _new_match(self, string, s, pos, endpos, found):
        start, end, marks = found
        return Match(self, string, s, pos, endpos, start, end, marks)

    def match(self, string, pos=0, endpos=MAXGROUPS * 4):
        _check_string(string)
        s, pos, endpos = _bounds(string, pos, endpos)
        if pos > endpos:
            return None
        prog = self._prog
        marks = [-1] * prog.nmarks
        regs = [(0, -1)] * prog.nregs
        e = _vm(prog.code, s, pos, endpos, marks, regs, False, -1)
        if e < 0:
            return None
        return Match(self, string, s, pos, endpos, pos, e, marks)

    def fullmatch(self, string, pos=0, endpos=MAXGROUPS * 4):
        _check_string(string)
        s, pos, endpos = _bounds(string, pos, endpos)
        if pos > endpos:
            return None
        prog = self._prog
        marks = [-1] * prog.nmarks
        regs = [(0, -1)] * prog.nregs
        e = _vm(prog.code, s, pos, endpos, marks, regs, True, -1)
        if e < 0:
            return None
        return Match(self, string, s, pos, endpos, pos, e, marks)

    def search(self, string, pos=0, endpos=MAXGROUPS * 4):
        _check_string(string)
        s, pos, endpos = _bounds(string, pos, endpos)
        if pos > endpos:
            return None
        found = _search(self._prog, s, pos, endpos, -1)
        if found is None:
            return None
        return self._new_match(string, s, pos, endpos, found)

    def _all(self, s, pos, endpos, limit):
        # the list of the first limit (0: all) matches, as _iter finds them
        prog = self._prog
        out = []
        i = pos
        simple = prog.simple
        if simple is not None and prog.first is not None:
            # a repeat of one character that never matches empty
            first = prog.first
            kind = simple[1]
            arg = simple[2]
            mn = simple[3]
            mx = simple[4]
            yes = first.yes
            while i < endpos:
                if s[i] not in yes:
                    i = _skip_to(first, s, i, endpos)
                    if i >= endpos:
                        break
                lim = endpos
                if mx < endpos - i:
                    lim = i + mx
                e = _scan(kind, arg, s, i, lim)
                if e - i >= mn:
                    out.append((i, e, [-1, -1]))
                    if len(out) == limit:
                        break
                elif e == i:
                    e += 1
                i = e
            return out
        noempty = -1
        while i <= endpos:
            found = _search(prog, s, i, endpos, noempty)
            if found is None:
                break
            out.append(found)
            if len(out) == limit:
                break
            e = found[1]
            if e == found[0]:
                noempty = e
            else:
                noempty = -1
            i = e
        return out

    def _iter(self, s, pos, endpos):
        # every match: (start, end, marks), CPython's empty-match rules
        prog = self._prog
        i = pos
        noempty = -1
        while i <= endpos:
            found = _search(prog, s, i, endpos, noempty)
            if found is None:
                return
            yield found
            start, end, marks = found
            if end == start:
                noempty = end
            else:
                noempty = -1
            i = end

    def finditer(self, string, pos=0, endpos=MAXGROUPS * 4):
        _check_string(string)
        s, pos, endpos = _bounds(string, pos, endpos)
        for found in self._iter(s, pos, endpos):
            yield Match(self, string, s, pos, endpos, found[0], found[1],
                        found[2])

    def findall(self, string, pos=0, endpos=MAXGROUPS * 4):
        _check_string(string)
        s, pos, endpos = _bounds(string, pos, endpos)
        out = []
        ng = self.groups
        for start, end, marks in self._all(s, pos, endpos, 0):
            if ng == 0:
                out.append(s[start:end])
            elif ng == 1:
                a = marks[2]
                b = marks[3]
                if a >= 0 and b >= a:
                    out.append(s[a:b])
                else:
                    out.append("")
            else:
                item = []
                for g in range(1, ng + 1):
                    a = marks[2 * g]
                    b = marks[2 * g + 1]
                    if a >= 0 and b >= a:
                        item.append(s[a:b])
                    else:
                        item.append("")
                out.append(tuple(item))
        return out

    def split(self, string, maxsplit=0):
        _check_string(string)
        maxsplit = _intval(maxsplit)
        out = []
        if maxsplit < 0:
            return [string]
        last = 0
        n = 0
        ng = self.groups
        for start, end, marks in self._all(string, 0, len(string), maxsplit):
            out.append(string[last:start])
            for g in range(1, ng + 1):
                a = marks[2 * g]
                b = marks[2 * g + 1]
                if a >= 0 and b >= a:
                    out.append(string[a:b])
                else:
                    out.append(None)
            n += 1
            last = end
        out.append(string[last:])
        return out

    def _template(self, repl):
        t = self._templates.get(repl)
        if t is None:
            t = _parse_template(repl, self)
            if len(self._templates) >= 512:
                self._templates.clear()
            self._templates[repl] = t
        return t

    def _subx(self, repl, string, count):
        _check_string(string)
        count = _intval(count)
        if callable(repl):
            func = repl
            literal = None
            template = None
        else:
            if not isinstance(repl, str):
                raise TypeError("expected str instance, %s found"
                                % type(repl).__name__)
            func = None
            template = None
            literal = None
            if "\\" not in repl:
                literal = repl
            else:
                template = self._template(repl)
                if len(template) == 1 and isinstance(template[0], str):
                    literal = template[0]
                elif not template:
                    literal = ""
        out = []
        last = 0
        n = 0
        if count < 0:
            return string, 0
        for start, end, marks in self._all(string, 0, len(string), count):
            if last < start:
                out.append(string[last:start])
            if literal is not None:
                if literal:
                    out.append(literal)
            else:
                m = Match(self, string, string, 0, len(string), start, end,
                          marks)
                if func is not None:
                    r = func(m)
                    if r is not None:
                        if not isinstance(r, str):
                            raise TypeError("sequence item %d: expected str "
                                            "instance, %s found"
                                            % (len(out), type(r).__name__))
                        out.append(r)
                else:
                    out.append(_expand_template(template, m))
            n += 1
            last = end
        if n == 0:
            return string, 0
        if last < len(string):
            out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def scanner(self, string, pos=0, endpos=MAXGROUPS * 4):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        _check_string(string)
        self.pattern = pattern
        self._string = string
        self._s, self._i, self._endpos = _bounds(string, pos, endpos)
        self._pos = self._i
        self._noempty = -1

    def _next(self, anchored):
        if self._i is None or self._i > self._endpos:
            return None
        prog = self.pattern._prog
        i = self._i
        if anchored:
            marks = [-1] * prog.nmarks
            regs = [(0, -1)] * prog.nregs
            e = _vm(prog.code, self._s, i, self._endpos, marks, regs, False,
                    self._noempty)
            found = None
            if e >= 0:
                found = (i, e, marks)
        else:
            found = _search(prog, self._s, i, self._endpos, self._noempty)
        if found is None:
            self._i = None
            return None
        start, end, marks = found
        self._noempty = end if end == start else -1
        self._i = end
        return Match(self.pattern, self._string, self._s, self._pos,
                     self._endpos, start, end, marks)

    def match(self):
        return self._next(True)

    def search(self):
        return self._next(False)


class Scanner:
    """A simple lexer: (pattern, action) pairs tried in order at each
    position (undocumented in CPython, kept for compatibility)."""

    def __init__(self, lexicon, flags=0):
        flags = _intval(flags)
        self.lexicon = lexicon
        self._rules = [(_compile(phrase, flags), action)
                       for phrase, action in lexicon]

    def scan(self, string):
        result = []
        i = 0
        n = len(string)
        while True:
            m = None
            for p, action in self._rules:
                m = p.match(string, i)
                if m is not None:
                    break
            if m is None:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


class Match:
    """The result of a successful match."""

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __init__(self, pattern, string, s, pos, endpos, start, end, marks):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        li = marks[0]
        if li > 0:
            self._lastindex = li
        else:
            self._lastindex = None
        marks[0] = start
        marks[1] = end
        # CPython: a group counts only when both of its marks are set
        for g in range(1, len(marks) >> 1):
            a = marks[2 * g]
            b = marks[2 * g + 1]
            if a < 0 or b < a:
                marks[2 * g] = marks[2 * g + 1] = -1
        self._marks = marks

    def _index(self, g):
        if isinstance(g, str):
            gid = self.re._groupindex.get(g)
            if gid is not None:
                return gid
            raise IndexError("no such group")
        try:
            gid = g.__index__()
        except AttributeError:
            raise IndexError("no such group") from None
        if gid < 0 or gid > self.re.groups:
            raise IndexError("no such group")
        return gid

    def _get(self, gid, default=None):
        a = self._marks[2 * gid]
        if a < 0:
            return default
        return self.string[a:self._marks[2 * gid + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple([self._get(g, default)
                      for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for name, gid in self.re._groupindex.items():
            d[name] = self._get(gid, default)
        return d

    def start(self, group=0):
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        gid = self._index(group)
        return (self._marks[2 * gid], self._marks[2 * gid + 1])

    @property
    def regs(self):
        return tuple([(self._marks[2 * g], self._marks[2 * g + 1])
                      for g in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        return self._lastindex

    @property
    def lastgroup(self):
        if self._lastindex is None:
            return None
        return self.re._names.get(self._lastindex)

    def expand(self, template):
        return _expand_template(_parse_template(template, self.re), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._marks[0], self._marks[1], repr(self._get(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---------------------------------------------------------------------------
# replacement templates

def _parse_template(source, pattern):
    # -> a list of literal strings and group numbers
    if not isinstance(source, str):
        raise TypeError("expected str instance, %s found"
                        % type(source).__name__)
    s = _Source(source)
    parts = []
    literal = []

    def addgroup(index, pos):
        if index > pattern.groups:
            raise s.error("invalid group reference %d" % index, pos)
        if literal:
            parts.append("".join(literal))
            del literal[:]
        parts.append(index)

    groupindex = pattern._groupindex
    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    index = groupindex.get(name)
                    if index is None:
                        raise IndexError("unknown group name %r" % name)
                else:
                    index = -1
                    if name.isdigit() and name.isascii():
                        index = int(name)
                    if index < 0:
                        raise s.error("bad character in group name %r" % name,
                                      len(name) + 1)
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index,
                                      len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if _is_in(s.next, _OCTDIGITS):
                    this += s.get()
                    if _is_in(s.next, _OCTDIGITS):
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in _DIGITS:
                isoctal = False
                if _is_in(s.next, _DIGITS):
                    this += s.get()
                    if (c in _OCTDIGITS and this[2] in _OCTDIGITS and
                            _is_in(s.next, _OCTDIGITS)):
                        this += s.get()
                        isoctal = True
                        v = int(this[1:], 8)
                        if v > 0o377:
                            raise s.error("octal escape value %s outside of "
                                          "range 0-0o377" % this, len(this))
                        literal.append(chr(v))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                ch = _ESCAPES.get(this)
                if ch is None:
                    if c in _ASCIILETTERS:
                        raise s.error("bad escape %s" % this, len(this))
                    ch = this
                literal.append(ch)
        else:
            literal.append(this)
    if literal:
        parts.append("".join(literal))
    return parts


def _expand_template(parts, m):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        else:
            v = m._get(p)
            if v:
                out.append(v)
    return "".join(out)


# ---------------------------------------------------------------------------
# the public functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if not isinstance(pattern, str):
        if isinstance(pattern, bytes):
            raise TypeError("ouro's re supports str patterns only")
        raise TypeError("first argument must be string or compiled pattern")
    seq, state = _parse_pattern(pattern, flags)
    p = Pattern(pattern, flags, seq, state)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, _intval(flags) | _F_TEMPLATE)


_SPECIAL_ESCAPED = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape special characters in a string."""
    if not isinstance(pattern, str):
        raise TypeError("ouro's re.escape supports str only")
    out = []
    for c in pattern:
        if c in _SPECIAL_ESCAPED:
            out.append("\\")
        out.append(c)
    return "".join(out)
