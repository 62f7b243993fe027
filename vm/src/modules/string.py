"""A collection of string constants, capwords() and Template: ouro's
`string` module.

Template follows CPython's string.Template, whose placeholders CPython finds
with a regular expression; ouro has no `re`, so the same pattern is matched
by hand here:

    $$          an escaped delimiter: "$"
    $name       name is [_a-zA-Z][_a-zA-Z0-9]* (ASCII only), the longest run
    ${name}     the same identifier, in braces
    $           anything else: an invalid placeholder

A subclass may change `delimiter` (any non-empty string); overriding
`idpattern`, `braceidpattern`, `flags` or `pattern` is not supported, as
those are regular expressions.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = '_' + ascii_letters
_ID_CONTINUE = _ID_START + digits


def _identifier_end(s, i):
    """The end of the identifier starting at s[i], or -1 if none does."""
    n = len(s)
    if i >= n or s[i] not in _ID_START:
        return -1
    i += 1
    while i < n and s[i] in _ID_CONTINUE:
        i += 1
    return i


# The kinds of match _scan yields, as the group names of CPython's pattern.
_ESCAPED = 'escaped'
_NAMED = 'named'
_BRACED = 'braced'
_INVALID = 'invalid'


def _scan(template, delim):
    """Yield (literal text, kind, name, start, end) for each placeholder of
    the template, then (tail, None, None, len, len).  `start` is where the
    placeholder's delimiter starts, `end` where the match ends; for an
    invalid placeholder `end` is just past the delimiter (which is also
    where CPython's 'invalid' group starts)."""
    if not delim:
        raise ValueError('Template delimiter must not be empty')
    dl = len(delim)
    i = 0
    n = len(template)
    while True:
        j = template.find(delim, i)
        if j < 0:
            yield template[i:], None, None, n, n
            return
        k = j + dl
        if template.startswith(delim, k):
            yield template[i:j], _ESCAPED, None, j, k + dl
            i = k + dl
            continue
        e = _identifier_end(template, k)
        if e >= 0:
            yield template[i:j], _NAMED, template[k:e], j, e
            i = e
            continue
        if template.startswith('{', k):
            e = _identifier_end(template, k + 1)
            if e >= 0 and template.startswith('}', e):
                yield template[i:j], _BRACED, template[k + 1:e], j, e + 1
                i = e + 1
                continue
        yield template[i:j], _INVALID, None, j, k
        i = k


class _ChainMap:
    """Look a key up in the keyword arguments first, then in the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            pass
        try:
            return self.second[key]
        except KeyError:
            pass
        raise KeyError(key)


_sentinel_dict = {}


class _Lazy:
    """A class attribute computed (importing `re`) only when read: a plain
    Template scans by hand and never needs a regular expression."""

    def __init__(self, make):
        self.make = make

    def __get__(self, obj, cls):
        return self.make(cls)


def _default_flags(cls):
    import re
    return re.IGNORECASE


def _compile_pattern(cls):
    import re
    if 'pattern' in cls.__dict__ and not isinstance(cls.__dict__['pattern'], _Lazy):
        pattern = cls.__dict__['pattern']
    else:
        delim = re.escape(cls.delimiter)
        id = cls.idpattern
        bid = cls.braceidpattern or cls.idpattern
        pattern = fr"""
        {delim}(?:
          (?P<escaped>{delim})  |   # Escape sequence of two delimiters
          (?P<named>{id})       |   # delimiter and a Python identifier
          {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
          (?P<invalid>)             # Other ill-formed delimiter exprs
        )
        """
    return re.compile(pattern, cls.flags | re.VERBOSE)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _Lazy(_default_flags)
    pattern = _Lazy(_compile_pattern)
    # Set for a subclass that changes the pattern (not just the
    # delimiter): then substitution goes by its regular expression, as
    # CPython's does.
    _regex = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        d = cls.__dict__
        if any(k in d for k in ('pattern', 'idpattern', 'braceidpattern', 'flags')):
            cls.pattern = _compile_pattern(cls)
            cls._regex = cls.pattern

    def __init__(self, template):
        self.template = template

    def _regex_substitute(self, mapping, safe):
        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if not safe:
                    return str(mapping[named])
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid(mo.start('invalid'))
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self._regex.sub(convert, self.template)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        if self._regex is not None:
            return self._regex_substitute(mapping, False)
        delim = self.delimiter
        parts = []
        for text, kind, name, start, end in _scan(self.template, delim):
            parts.append(text)
            if kind is None:
                break
            if kind is _NAMED or kind is _BRACED:
                parts.append(str(mapping[name]))
            elif kind is _ESCAPED:
                parts.append(delim)
            else:
                self._invalid(end)
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        if self._regex is not None:
            return self._regex_substitute(mapping, True)
        delim = self.delimiter
        template = self.template
        parts = []
        for text, kind, name, start, end in _scan(template, delim):
            parts.append(text)
            if kind is None:
                break
            if kind is _NAMED or kind is _BRACED:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(template[start:end])
            elif kind is _ESCAPED:
                parts.append(delim)
            else:
                parts.append(template[start:end])
        return ''.join(parts)

    def is_valid(self):
        if self._regex is not None:
            for mo in self._regex.finditer(self.template):
                if mo.group('invalid') is not None:
                    return False
                if (mo.group('named') is None and mo.group('braced') is None
                        and mo.group('escaped') is None):
                    raise ValueError('Unrecognized named group in pattern',
                                     self.pattern)
            return True
        for text, kind, name, start, end in _scan(self.template,
                                                  self.delimiter):
            if kind is _INVALID:
                return False
        return True

    def get_identifiers(self):
        ids = []
        if self._regex is not None:
            for mo in self._regex.finditer(self.template):
                named = mo.group('named') or mo.group('braced')
                if named is not None and named not in ids:
                    ids.append(named)
                elif (named is None and mo.group('invalid') is None
                      and mo.group('escaped') is None):
                    raise ValueError('Unrecognized named group in pattern',
                                     self.pattern)
            return ids
        for text, kind, name, start, end in _scan(self.template,
                                                  self.delimiter):
            if name is not None and name not in ids:
                ids.append(name)
        return ids


########################################################################
# the Formatter class
# see PEP 3101 for details and purpose of this class

# The available implementation is _string.formatter_parser and
# _string.formatter_field_name_split, written in C in CPython; these are
# Python versions of them, with the same results and errors.

def _get_integer(s):
    """s as an int if it is all decimal digits, else -1."""
    if not s:
        return -1
    for ch in s:
        if not ch.isdecimal():
            return -1
    v = int(s)
    if v > 9223372036854775807:
        raise ValueError("Too many decimal digits in format string")
    return v


def _formatter_parser(s):
    """Yield (literal_text, field_name, format_spec, conversion) for the
    format string s, as _string.formatter_parser does."""
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ''
        markup_follows = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup_follows = True
                break
        at_end = i >= n
        length = i - start
        if c == '}' and markup_follows and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup_follows:
            raise ValueError("Single '{' encountered in format string")
        if not at_end and markup_follows:
            if s[i] == c:
                # an escaped brace: literal text only
                i += 1
                markup_follows = False
            else:
                length -= 1
        elif markup_follows:
            length -= 1
        literal = s[start:start + length]
        if not markup_follows:
            yield literal, None, None, None
            continue

        # parse the field: the name ends at ':', '!' or '}'
        name_start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
                continue
            if c == '}' or c == ':' or c == '!':
                break
        else:
            c = ''
        field_name = s[name_start:i - 1] if c else s[name_start:i]
        conversion = None
        format_spec = ''
        if c == '!' or c == ':':
            if c == '!':
                if i >= n:
                    raise ValueError("end of string while looking for "
                                     "conversion specifier")
                conversion = s[i]
                i += 1
                if i < n:
                    c2 = s[i]
                    i += 1
                    if c2 == '}':
                        yield literal, field_name, format_spec, conversion
                        continue
                    if c2 != ':':
                        raise ValueError("expected ':' after conversion "
                                         "specifier")
            spec_start = i
            count = 1
            done = False
            while i < n:
                c3 = s[i]
                i += 1
                if c3 == '{':
                    count += 1
                elif c3 == '}':
                    count -= 1
                    if count == 0:
                        format_spec = s[spec_start:i - 1]
                        done = True
                        break
            if not done:
                raise ValueError("unmatched '{' in format spec")
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        yield literal, field_name, format_spec, conversion


def _field_name_rest(s, i):
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c == '.':
            start = i
            while i < n and s[i] != '.' and s[i] != '[':
                i += 1
            name = s[start:i]
            if not name:
                raise ValueError("Empty attribute in format string")
            yield True, name
        elif c == '[':
            start = i
            while i < n and s[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name = s[start:i]
            i += 1
            if not name:
                raise ValueError("Empty attribute in format string")
            idx = _get_integer(name)
            yield False, (name if idx == -1 else idx)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format "
                             "field specifier")


def _formatter_field_name_split(field_name):
    """(first, rest) as _string.formatter_field_name_split returns them."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] != '.' and field_name[i] != '[':
        i += 1
    first = field_name[:i]
    idx = _get_integer(first)
    if idx != -1:
        first = idx
    return first, _field_name_rest(field_name, i)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return _formatter_parser(format_string)

    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
