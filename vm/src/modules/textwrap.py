"""Text wrapping and filling: ouro's `textwrap` module.

The behaviour is CPython 3.11's textwrap: TextWrapper with all of its
options, wrap(), fill(), shorten(), dedent() and indent() give the same
lines, raise the same errors and call the same overridable methods
(_munge_whitespace, _split, _fix_sentence_endings, _handle_long_word,
_wrap_chunks, _split_chunks), so subclasses that override them work.

Differences from CPython:
  * CPython cuts text into chunks with the regular expressions
    TextWrapper.wordsep_re / wordsep_simple_re and finds sentence ends
    with sentence_end_re.  Here the same cuts are made by hand-written
    scanners (the rules are spelled out at _split_hyphenated), so the
    class has no such attributes by default; a subclass that sets any of
    them to a compiled pattern gets that pattern used, as in CPython.
  * dedent() works line by line instead of with re.sub, with the same
    result.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace counts when wrapping, whatever str.isspace() says:
# a no-break space (U+00A0) does not separate words.
_whitespace = '\t\n\x0b\x0c\r '

# Punctuation that, like a word character, may precede an em-dash.
_WORD_PUNCT = '!"\'&.,?'


def _is_word_char(c):
    # The regular-expression class \w for str patterns.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # \w without the decimal digits (the class [^\d\W]); '_' is a letter.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c == '_' or c in _WORD_PUNCT


def _dashes_then_word(text, i):
    """True if text[i:] is two or more '-' followed by a word character."""
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word_char(text[j])


def _splits_hyphen(text, j):
    """True if the '-' at text[j] ends a chunk: it joins two parts of a
    hyphenated word, with two letters (or letter-hyphen-letter) before it
    and a letter, optionally a hyphen, and a letter after it."""
    n = len(text)
    if j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1]):
        pass
    elif (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-'
          and _is_letter(text[j - 1])):
        pass
    else:
        return False
    if j + 1 >= n or not _is_letter(text[j + 1]):
        return False
    if j + 2 < n and _is_letter(text[j + 2]):
        return True
    return j + 3 < n and text[j + 2] == '-' and _is_letter(text[j + 3])


def _split_hyphenated(text):
    """Cut text into chunks the way break_on_hyphens=True does.

    Each chunk is one of:
      * a run of whitespace;
      * an em-dash: two or more '-' just after a word character or one of
        !"'&.,? and just before a word character;
      * a word: the shortest run of non-whitespace that ends
          - after a '-' that splits a hyphenated word (see _splits_hyphen),
          - before whitespace or the end of the text, or
          - before an em-dash.
    """
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
        elif (c == '-' and i > 0 and _is_word_punct(text[i - 1])
              and _dashes_then_word(text, i)):
            j = i
            while text[j] == '-':
                j += 1
        else:
            j = i + 1
            while j < n and text[j] not in _whitespace:
                if text[j] == '-':
                    if _splits_hyphen(text, j):
                        j += 1
                        break
                    if (_is_word_punct(text[j - 1])
                            and _dashes_then_word(text, j)):
                        break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text):
    """Cut text into alternating runs of whitespace and non-whitespace."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """True if chunk ends with a lowercase ASCII letter, one of .!? and an
    optional closing quote."""
    k = len(chunk)
    if k and chunk[-1] in '"\'':
        k -= 1
    return k >= 2 and chunk[k - 1] in '.!?' and 'a' <= chunk[k - 2] <= 'z'


class TextWrapper:
    """Wraps paragraphs of text to a given width.

    wrap() returns the lines, fill() joins them with newlines.  The
    attributes, all settable after construction, are:

      width                 longest line wanted (70); a word longer than
                            that is broken unless break_long_words is false
      initial_indent        put before the first line ("")
      subsequent_indent     put before every other line ("")
                            (both indents count towards the width)
      expand_tabs           expand tabs to columns first (true)
      tabsize               the tab stop interval for that (8)
      replace_whitespace    turn every remaining whitespace character,
                            newlines included, into a space (true)
      fix_sentence_endings  put two spaces after a sentence end (false);
                            a sentence end is a lowercase letter, one of
                            .!? and an optional quote, before one space
      break_long_words      break words longer than the width (true)
      break_on_hyphens      allow breaks after the hyphens of compound
                            words as well as at whitespace (true)
      drop_whitespace       drop whitespace at the start and end of lines
                            (true; a paragraph's leading whitespace stays)
      max_lines             keep at most this many lines (None: no limit)
      placeholder           ends the last line when text was cut off
                            (' [...]')

    The underscore methods are the steps of the algorithm; subclasses may
    override them.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- the steps of wrapping, for subclasses to override --------------

    def _munge_whitespace(self, text):
        """Expand tabs and replace whitespace, as the options ask."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Cut text into the chunks lines are made of: runs of whitespace
        and words (with break_on_hyphens, a hyphenated word is cut after
        its hyphens and an em-dash "--" is a chunk of its own).

        "Look, goof-ball -- use the -b option!" gives
            'Look,', ' ', 'goof-', 'ball', ' ', '--', ' ', 'use', ' ',
            'the', ' ', '-b', ' ', 'option!'
        and 'goof-ball' stays whole without break_on_hyphens.
        """
        # Only the value True (not any true value) selects hyphen breaking.
        if self.break_on_hyphens is True:
            pattern = getattr(self, 'wordsep_re', None)
            if pattern is None:
                return _split_hyphenated(text)
        else:
            pattern = getattr(self, 'wordsep_simple_re', None)
            if pattern is None:
                return _split_on_whitespace(text)
        return [c for c in pattern.split(text) if c]

    def _fix_sentence_endings(self, chunks):
        """Make the single-space chunk after each sentence end two spaces
        (in place)."""
        pattern = getattr(self, 'sentence_end_re', None)
        if pattern is None:
            ends = _ends_sentence
        else:
            ends = pattern.search
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with reversed_chunks[-1], which does not fit on a line of
        `width` even when alone: put as much of it as fits on cur_line
        (whose text is cur_len long), or the whole of it when it may not
        be broken and the line is empty."""
        # Put at least one character on every line, even if width < 1.
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len

        if self.break_long_words:
            # Break the word to fill the line, preferably just after a
            # hyphen that has something other than hyphens before it.
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # Not allowed to break it: the word gets a line of its own
            # (if the line is still empty; otherwise it waits for the next).
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lay the chunks out in lines and return the lines.

        A line break may come between any two chunks; whitespace chunks
        at the ends of lines are dropped (with drop_whitespace), words
        too long for a line go to _handle_long_word(), and max_lines
        cuts the text off with the placeholder.  Consumes `chunks`.
        """
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        lines = []
        # The chunks are consumed from the end of the list.
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace at the start of a line other than the first goes.
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]

            cur_line = []
            cur_len = 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                chunk = chunks.pop()
                cur_line.append(chunk)
                cur_len += len(chunk)

            # A chunk too long for any line is broken (or given a line).
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # Whitespace at the end of the line goes.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue

            if (self.max_lines is None
                    or len(lines) + 1 < self.max_lines
                    or (self._rest_is_empty(chunks) and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue

            # This is the last line allowed and text remains: end with the
            # placeholder, dropping chunks from the line until it fits.
            while cur_line:
                if (cur_line[-1].strip()
                        and cur_len + len(self.placeholder) <= width):
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    return lines
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if lines:
                prev_line = lines[-1].rstrip()
                if len(prev_line) + len(self.placeholder) <= self.width:
                    lines[-1] = prev_line + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _rest_is_empty(self, chunks):
        # Nothing is left to wrap (a last whitespace chunk that would be
        # dropped counts as nothing).
        return (not chunks
                or (self.drop_whitespace and len(chunks) == 1
                    and not chunks[0].strip()))

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- wrapping ----------------------------------------------------------

    def wrap(self, text):
        """The lines of the paragraph `text`, each at most self.width
        long (unless a word may not be broken)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph `text` wrapped, as one string of lines."""
        return "\n".join(self.wrap(text))


# -- the functions ---------------------------------------------------------

def wrap(text, width=70, **kwargs):
    """The lines of the paragraph `text` wrapped to `width`; the keyword
    arguments are TextWrapper's options."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """The paragraph `text` wrapped to `width`, as one string; the
    keyword arguments are TextWrapper's options."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """`text` with its whitespace collapsed to single spaces, cut off at
    a word boundary with the placeholder if it does not fit in `width`:

        shorten("Hello  world!", width=12) == 'Hello world!'
        shorten("Hello  world!", width=11) == 'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


# -- indentation -----------------------------------------------------------

def _leading_blanks(line):
    # The run of spaces and tabs that starts line.
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """`text` without the indentation all its lines share.

    Spaces and tabs are both indentation but do not match each other.
    Lines holding only spaces and tabs are emptied and do not count.
    """
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        blanks = _leading_blanks(line)
        if len(blanks) == len(line):
            # Lines of nothing but spaces and tabs become empty and do not
            # take part in the margin.
            lines[k] = ''
            continue
        if margin is None or blanks.startswith(margin):
            if margin is None:
                margin = blanks
        elif margin.startswith(blanks):
            margin = blanks
        else:
            # Keep the longest common prefix of the two.
            i = 0
            while margin[i] == blanks[i]:
                i += 1
            margin = margin[:i]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """`text` with `prefix` before each line for which predicate(line)
    is true; by default, before each line that is not just whitespace.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()
    out = []
    for line in text.splitlines(True):
        out.append(prefix + line if predicate(line) else line)
    return ''.join(out)
