"""CSV (comma separated values) file reading and writing (ouro's csv).

Written in Python for ouro: the parser and the writer of CPython 3.11's
_csv accelerator, state for state, and the Python layer of its csv.py:

  * reader(iterable, dialect='excel', **fmtparams) and writer(fileobj,
    dialect='excel', **fmtparams), with reader.line_num, reader.dialect,
    writer.writerow/writerows (returning what fileobj.write returns)
  * the format parameters delimiter, quotechar, escapechar, doublequote,
    skipinitialspace, lineterminator, quoting and strict, checked with
    CPython's messages (TypeError when making a dialect, csv.Error when
    reading or writing)
  * QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE
  * Dialect, excel, excel_tab, unix_dialect; register_dialect,
    unregister_dialect, get_dialect, list_dialects; field_size_limit
  * DictReader and DictWriter
  * Sniffer: sniff() and has_header(), CPython's heuristics

The input of reader() may be any iterable of str (a file opened with
newline='', io.StringIO, a list of lines).  Not supported: nothing of
3.11's csv is left out; the reader and writer are Python objects, so they
are a good deal slower than CPython's.
"""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = "_csv"

_field_limit = 128 * 1024
_dialects = {}


# ================================================================ dialects

def _char(name, value, default, none_ok):
    """A one-character dialect parameter (None: not set, if allowed)."""
    if value is _MISSING:
        return default
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, " or None" if none_ok else "",
                           type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _bool(value, default):
    if value is _MISSING:
        return default
    return bool(value)


class _Missing:
    def __repr__(self):
        return "<missing>"


_MISSING = _Missing()

_DIALECT_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator",
                  "quotechar", "quoting", "skipinitialspace", "strict")


class _Dialect:
    """The checked, read-only parsing and writing options of reader()
    and writer() (CPython's _csv.Dialect)."""

    __slots__ = ("_delimiter", "_doublequote", "_escapechar",
                 "_lineterminator", "_quotechar", "_quoting",
                 "_skipinitialspace", "_strict")

    def __new__(cls, dialect=None, delimiter=_MISSING, doublequote=_MISSING,
                escapechar=_MISSING, lineterminator=_MISSING,
                quotechar=_MISSING, quoting=_MISSING,
                skipinitialspace=_MISSING, strict=_MISSING):
        given = dict(delimiter=delimiter, doublequote=doublequote,
                     escapechar=escapechar, lineterminator=lineterminator,
                     quotechar=quotechar, quoting=quoting,
                     skipinitialspace=skipinitialspace, strict=strict)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if (isinstance(dialect, _Dialect)
                    and all(v is _MISSING for v in given.values())):
                return dialect
            for name in _DIALECT_ATTRS:
                if given[name] is _MISSING:
                    try:
                        given[name] = getattr(dialect, name)
                    except AttributeError:
                        pass
        self = object.__new__(cls)
        self._delimiter = _char("delimiter", given["delimiter"], ",", False)
        self._doublequote = _bool(given["doublequote"], True)
        self._escapechar = _char("escapechar", given["escapechar"], None,
                                 True)
        lt = given["lineterminator"]
        if lt is _MISSING:
            lt = "\r\n"
        elif lt is not None and not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = lt
        qc = given["quotechar"]
        self._quotechar = _char("quotechar", qc, '"', True)
        q = given["quoting"]
        if q is _MISSING:
            q = QUOTE_MINIMAL
        elif type(q) is not int:
            raise TypeError('"quoting" must be an integer')
        self._quoting = q
        self._skipinitialspace = _bool(given["skipinitialspace"], False)
        self._strict = _bool(given["strict"], False)
        if q not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if qc is None and given["quoting"] is _MISSING:
            self._quoting = QUOTE_NONE
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self._lineterminator is None:
            raise TypeError("lineterminator must be set")
        return self

    def _readonly(name):
        def get(self):
            return getattr(self, "_" + name)

        def set_(self, value):
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects "
                                 "is not writable" % name)
        return property(get, set_)

    delimiter = _readonly("delimiter")
    doublequote = _readonly("doublequote")
    escapechar = _readonly("escapechar")
    lineterminator = _readonly("lineterminator")
    quotechar = _readonly("quotechar")
    quoting = _readonly("quoting")
    skipinitialspace = _readonly("skipinitialspace")
    strict = _readonly("strict")
    del _readonly

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' object")


_Dialect.__name__ = "Dialect"
_Dialect.__qualname__ = "Dialect"
_Dialect.__module__ = "_csv"


def _make_dialect(args, kwargs):
    """The dialect of reader()/writer(): args is () or (dialect,)."""
    for k in kwargs:
        if k not in _DIALECT_ATTRS and k != "dialect":
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % k)
    if args and "dialect" in kwargs:
        raise TypeError("argument for Dialect() given by name ('dialect') "
                        "and position (1)")
    return _Dialect(*args, **kwargs)


def register_dialect(name, dialect=None, **fmtparams):
    """Register the dialect (and/or format parameters) under name."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    d = _make_dialect((dialect,) if dialect is not None else (), fmtparams)
    _dialects[name] = d


def unregister_dialect(name):
    """Forget the dialect registered under name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """The dialect registered under name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


def field_size_limit(*args):
    """The largest field the reader accepts; field_size_limit(limit)
    sets a new one and returns the old."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument "
                        "(%d given)" % len(args))
    old = _field_limit
    if args:
        new = args[0]
        if type(new) is not int:
            raise TypeError("limit must be an integer")
        _field_limit = new
    return old


# ================================================================== reader

# parser states (those of _csv.c)
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
 ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL,
 AFTER_ESCAPED_CRNL) = range(9)

_EOL = _Missing()   # the end-of-line pseudo character (no str equals it)


class _Reader:
    """CSV reader: an iterator over the rows (lists of str) of the lines
    of an iterable, for one dialect."""

    def __init__(self, iterable, dialect):
        self._input = iter(iterable)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        delim = d._delimiter
        quotechar = d._quotechar if d._quoting != QUOTE_NONE else None
        esc = d._escapechar
        doublequote = d._doublequote
        skipspace = d._skipinitialspace
        strict = d._strict
        nonnumeric = d._quoting == QUOTE_NONNUMERIC
        limit = _field_limit
        fields = []
        field = []
        numeric = False
        state = START_RECORD

        def save():
            nonlocal field, numeric
            text = "".join(field)
            field = []
            if numeric:
                numeric = False
                fields.append(float(text))
            else:
                fields.append(text)

        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if field or state == IN_QUOTED_FIELD:
                    if strict:
                        raise Error("unexpected end of data") from None
                    save()
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            # each character of the line, then the end-of-line marker
            for c in _chars_then_eol(line):
                if state == START_RECORD:
                    if c is _EOL:
                        continue
                    if c == "\n" or c == "\r":
                        state = EAT_CRNL
                        continue
                    state = START_FIELD
                if state == START_FIELD:
                    if c is _EOL or c == "\n" or c == "\r":
                        save()
                        state = START_RECORD if c is _EOL else EAT_CRNL
                    elif c == quotechar:
                        state = IN_QUOTED_FIELD
                    elif c == esc:
                        state = ESCAPED_CHAR
                    elif c == " " and skipspace:
                        pass
                    elif c == delim:
                        save()
                    else:
                        if nonnumeric:
                            numeric = True
                        if len(field) >= limit:
                            raise _too_large(limit)
                        field.append(c)
                        state = IN_FIELD
                elif state == IN_FIELD or state == AFTER_ESCAPED_CRNL:
                    if state == AFTER_ESCAPED_CRNL and c is _EOL:
                        continue
                    if c is _EOL or c == "\n" or c == "\r":
                        save()
                        state = START_RECORD if c is _EOL else EAT_CRNL
                    elif c == esc:
                        state = ESCAPED_CHAR
                    elif c == delim:
                        save()
                        state = START_FIELD
                    else:
                        if len(field) >= limit:
                            raise _too_large(limit)
                        field.append(c)
                        state = IN_FIELD
                elif state == IN_QUOTED_FIELD:
                    if c is _EOL:
                        pass
                    elif c == esc:
                        state = ESCAPE_IN_QUOTED_FIELD
                    elif c == quotechar:
                        state = QUOTE_IN_QUOTED_FIELD if doublequote \
                            else IN_FIELD
                    else:
                        if len(field) >= limit:
                            raise _too_large(limit)
                        field.append(c)
                elif state == ESCAPED_CHAR or state == ESCAPE_IN_QUOTED_FIELD:
                    if state == ESCAPED_CHAR and (c == "\n" or c == "\r"):
                        after = AFTER_ESCAPED_CRNL
                    else:
                        after = IN_FIELD if state == ESCAPED_CHAR \
                            else IN_QUOTED_FIELD
                        if c is _EOL:
                            c = "\n"
                    if len(field) >= limit:
                        raise _too_large(limit)
                    field.append(c)
                    state = after
                elif state == QUOTE_IN_QUOTED_FIELD:
                    if c == quotechar:
                        # a doubled quote stands for one
                        if len(field) >= limit:
                            raise _too_large(limit)
                        field.append(c)
                        state = IN_QUOTED_FIELD
                    elif c == delim:
                        save()
                        state = START_FIELD
                    elif c is _EOL or c == "\n" or c == "\r":
                        save()
                        state = START_RECORD if c is _EOL else EAT_CRNL
                    elif not strict:
                        if len(field) >= limit:
                            raise _too_large(limit)
                        field.append(c)
                        state = IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'"
                                    % (delim, quotechar))
                else:  # EAT_CRNL
                    if c == "\n" or c == "\r":
                        pass
                    elif c is _EOL:
                        state = START_RECORD
                    else:
                        raise Error("new-line character seen in unquoted "
                                    "field - do you need to open the file "
                                    "in universal-newline mode?")
            if state == START_RECORD:
                return fields


def _chars_then_eol(line):
    yield from line
    yield _EOL


def _too_large(limit):
    return Error("field larger than field limit (%d)" % limit)


_Reader.__name__ = "reader"
_Reader.__qualname__ = "reader"
_Reader.__module__ = "_csv"


def _check_nargs(args):
    # CPython's messages, from PyArg_UnpackTuple with an empty name
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))


def reader(*args, **kwargs):
    """reader(iterable, dialect='excel', **fmtparams): an iterator over
    the rows of the lines that iterable gives (a row may span lines).
    dialect is a registered name, a Dialect or any object with the
    format attributes; keyword arguments override them."""
    _check_nargs(args)
    it = iter(args[0])
    return _Reader(it, _make_dialect(args[1:], kwargs))


# ================================================================== writer

def _is_number(obj):
    # PyNumber_Check: __index__, __int__ or __float__, or a complex
    t = type(obj)
    return (isinstance(obj, complex) or hasattr(t, "__index__")
            or hasattr(t, "__int__") or hasattr(t, "__float__"))


class _Writer:
    """CSV writer: formats rows as records of a dialect."""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect

    def _join_field(self, parts, field, quoted, first):
        d = self.dialect
        delim = d._delimiter
        esc = d._escapechar
        qc = d._quotechar
        lt = d._lineterminator
        quoting = d._quoting
        out = []
        if field:
            for c in field:
                if c == delim or c == esc or c == qc or c in lt:
                    want_escape = False
                    if quoting == QUOTE_NONE:
                        want_escape = True
                    else:
                        if c == qc:
                            if d._doublequote:
                                out.append(qc)
                            else:
                                want_escape = True
                        elif c == esc:
                            want_escape = True
                        if not want_escape:
                            quoted = True
                    if want_escape:
                        if esc is None:
                            raise Error("need to escape, but no escapechar "
                                        "set")
                        out.append(esc)
                out.append(c)
        if not first:
            parts.append(delim)
        if quoted:
            parts.append(qc)
            parts.extend(out)
            parts.append(qc)
        else:
            parts.extend(out)

    def writerow(self, row):
        """Write one record from an iterable of fields (str() of each
        non-str field, '' for None); returns what write() returned."""
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s"
                        % type(row).__name__) from None
        parts = []
        nfields = 0
        for field in it:
            if d._quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif d._quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._join_field(parts, text, quoted, nfields == 0)
            nfields += 1
        if nfields > 0 and not parts:
            # only one empty, unquoted field: written as a quoted one
            if d._quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts = [d._quotechar, d._quotechar]
        parts.append(d._lineterminator)
        return self._write("".join(parts))

    def writerows(self, rows):
        """Write each row of an iterable of rows."""
        for row in rows:
            self.writerow(row)


_Writer.__name__ = "writer"
_Writer.__qualname__ = "writer"
_Writer.__module__ = "_csv"


def writer(*args, **kwargs):
    """writer(fileobj, dialect='excel', **fmtparams): an object whose
    writerow()/writerows() write CSV records with fileobj.write()."""
    _check_nargs(args)
    write = getattr(args[0], "write", None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _make_dialect(args[1:], kwargs))


# ====================================================== Python-level layer

class Dialect:
    """Base class of dialects described by class attributes (see
    excel): delimiter, quotechar, escapechar, doublequote,
    skipinitialspace, lineterminator, quoting.  Instantiating one checks
    the attributes (csv.Error if they are not valid)."""
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The CSV files Excel writes: comma, double quotes, CRLF."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The tab-separated files Excel writes."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """CSV as Unix tools write it: every field quoted, LF line ends."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Read rows as dicts keyed by fieldnames (the first row if not
    given); longer rows put their extra values in a list under restkey,
    shorter ones fill the missing keys with restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames   # reads the header row, if needed
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # blank lines are skipped, not turned into dicts of restval
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Write dicts as rows, in the order of fieldnames; missing keys are
    written as restval, unknown keys raise ValueError unless
    extrasaction is 'ignore'."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            names = self.fieldnames
            wrong = [k for k in rowdict.keys() if k not in names]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# ================================================================= Sniffer

# Quoted text with what surrounds it, most telling first: a delimiter
# before and after; a line start before and a delimiter after; a
# delimiter before and a line end after; a whole line.
_QUOTED_PATTERNS = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _most_common(counts):
    """The key with the highest count (the first such, in dict order)."""
    best = None
    for key, n in counts.items():
        if best is None or n > counts[best]:
            best = key
    return best


class Sniffer:
    """Guesses the dialect of a CSV sample: sniff() and has_header()."""

    def __init__(self):
        # the order in which delimiters are preferred when several fit
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing the sample (csv.Error if no
        delimiter can be found); delimiters, if given, limits the
        candidates."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'   # '' is no quotechar
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """From quoted text: (quotechar, doublequote, delimiter,
        skipinitialspace); ('', False, None, 0) if there is none."""
        found = []
        for pattern in _QUOTED_PATTERNS:
            found = list(re.finditer(pattern, data, re.DOTALL | re.MULTILINE))
            if found:
                break
        if not found:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        for m in found:
            groups = m.groupdict()
            q = groups['quote']
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if 'delim' not in groups:
                continue
            dl = groups['delim']
            if dl and (delimiters is None or dl in delimiters):
                delims[dl] = delims.get(dl, 0) + 1
            if groups['space']:
                spaces += 1
        quotechar = _most_common(quotes)
        if delims:
            delim = _most_common(delims)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':   # probably a single column
                delim = ''
        else:
            delim = ''           # a single column of quoted values
            skipinitialspace = 0
        # a quote inside a quoted value means quotes are doubled
        inner = re.compile(
            r"((%(d)s)|^)\W*%(q)s[^%(d)s\n]*%(q)s[^%(d)s\n]*%(q)s\W*((%(d)s)|$)"
            % {'d': re.escape(delim), 'q': quotechar}, re.MULTILINE)
        doublequote = inner.search(data) is not None
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """The delimiter as the ASCII character occurring equally often on
        (nearly) every line, looked for in chunks of ten lines:
        (delimiter, skipinitialspace), or ('', 0)."""
        lines = [line for line in data.split('\n') if line]
        chars = [chr(c) for c in range(127)]
        chunk = min(10, len(lines))
        # char -> {occurrences on a line: number of such lines}
        histograms = {c: {} for c in chars}
        modes = {}
        delims = {}
        rounds = 0
        start = 0
        while start < len(lines):
            rounds += 1
            for line in lines[start:start + chunk]:
                for c in chars:
                    h = histograms[c]
                    n = line.count(c)
                    h[n] = h.get(n, 0) + 1
            for c in chars:
                pairs = list(histograms[c].items())
                if len(pairs) == 1 and pairs[0][0] == 0:
                    continue         # never seen
                if len(pairs) == 1:
                    modes[c] = pairs[0]
                    continue
                # the commonest count, less the lines that disagree
                top = pairs[0]
                for pair in pairs[1:]:
                    if pair[1] > top[1]:
                        top = pair
                others = sum(p[1] for p in pairs) - top[1]
                modes[c] = (top[0], top[1] - others)
            seen = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for c, (count, lines_agreeing) in modes.items():
                    if (count > 0 and lines_agreeing > 0
                            and lines_agreeing / seen >= consistency
                            and (delimiters is None or c in delimiters)):
                        delims[c] = (count, lines_agreeing)
                consistency -= 0.01
            if len(delims) == 1:
                (delim,) = delims
                return (delim, self._skips_space(lines[0], delim))
            start += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for delim in self.preferred:
                if delim in delims:
                    return (delim, self._skips_space(lines[0], delim))
        delim = max((v, k) for k, v in delims.items())[1]
        return (delim, self._skips_space(lines[0], delim))

    @staticmethod
    def _skips_space(line, delim):
        return line.count(delim) == line.count(delim + ' ')

    def has_header(self, sample):
        """Whether the first row of the sample looks like a header: the
        columns whose later values (up to 21 rows) agree in type -- all
        numbers, or all strings of one length -- vote on whether the
        first row's value differs."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))   # column -> complex or length
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]       # inconsistent column
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
            else:
                # a column of numbers (or of no rows: kind None)
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
