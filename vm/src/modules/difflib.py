"""Helpers for computing deltas between sequences: ouro's `difflib`.

Supported, with CPython 3.11's results and texts:
  * SequenceMatcher: set_seqs/set_seq1/set_seq2, find_longest_match (the
    junk and "popular element" (autojunk) heuristics, the same tie
    breaking), get_matching_blocks, get_opcodes, get_grouped_opcodes,
    ratio, quick_ratio, real_quick_ratio, and the bjunk/bpopular/b2j
    attributes;
  * get_close_matches, IS_LINE_JUNK, IS_CHARACTER_JUNK;
  * Differ (with the "? " guide lines under similar lines), ndiff, restore;
  * unified_diff, context_diff and diff_bytes;
  * the Match named tuple.

Not supported: HtmlDiff (and the private _mdiff behind it).
"""

import re
from collections import namedtuple as _namedtuple
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compare pairs of sequences of hashable elements.

    The algorithm is Ratcliff/Obershelp "gestalt pattern matching" with
    CPython's refinements: elements for which `isjunk` is true never start
    a match, and (with autojunk, for a second sequence of 200 or more
    elements) elements making up more than 1% of it are treated as junk.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j maps each element of b to the ascending list of its indices.
        b = self.b
        index = {}
        for pos, elt in enumerate(b):
            spots = index.get(elt)
            if spots is None:
                index[elt] = [pos]
            else:
                spots.append(pos)

        junk = set()
        if self.isjunk is not None:
            for elt in list(index):
                if self.isjunk(elt):
                    junk.add(elt)
                    del index[elt]

        popular = set()
        size = len(b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for elt in list(index):
                if len(index[elt]) > limit:
                    popular.add(elt)
                    del index[elt]

        self.b2j = index
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Find the longest matching block in a[alo:ahi] and b[blo:bhi].

        Of the longest blocks, the one starting earliest in a is returned,
        and of those the one starting earliest in b.  The block is then
        stretched over neighbouring junk elements that are equal."""
        a, b, index = self.a, self.b, self.b2j
        junk = self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_len = alo, blo, 0
        # run_at[j] is the length of the match ending at a[i-1] and b[j].
        run_at = {}
        empty = ()
        for i in range(alo, ahi):
            new_run = {}
            for j in index.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run_at.get(j - 1, 0) + 1
                new_run[j] = k
                if k > best_len:
                    best_i, best_j, best_len = i - k + 1, j - k + 1, k
            run_at = new_run

        # Widen with equal non-junk neighbours (only popular elements can
        # be such), then with equal junk neighbours.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_len += 1
            while (best_i + best_len < ahi and best_j + best_len < bhi
                   and (b[best_j + best_len] in junk) == want_junk
                   and a[best_i + best_len] == b[best_j + best_len]):
                best_len += 1
        return Match(best_i, best_j, best_len)

    def get_matching_blocks(self):
        """Return the list of Match triples describing matching runs,
        ascending, ending with the dummy (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()

        # Merge blocks that touch.
        merged = []
        cur_i = cur_j = cur_k = 0
        for i, j, k in found:
            if cur_i + cur_k == i and cur_j + cur_k == j:
                cur_k += k
            else:
                if cur_k:
                    merged.append((cur_i, cur_j, cur_k))
                cur_i, cur_j, cur_k = i, j, k
        if cur_k:
            merged.append((cur_i, cur_j, cur_k))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match(*t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """Return (tag, i1, i2, j1, j2) tuples turning a into b; tag is
        'replace', 'delete', 'insert' or 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        ops = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                tag = 'replace' if j < bj else 'delete'
            elif j < bj:
                tag = 'insert'
            else:
                tag = None
            if tag is not None:
                ops.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with up to n lines of context each."""
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        # As in CPython, the first and last opcodes are trimmed in place
        # (get_opcodes() shows the trimmed ones afterwards).
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)

        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """2.0*M/T: M matched elements, T elements in both sequences."""
        matched = 0
        for blk in self.get_matching_blocks():
            matched += blk[2]
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(), from the multisets of elements."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        matched = 0
        for elt in self.a:
            if elt in left:
                have = left[elt]
            else:
                have = counts.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                matched += 1
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """A cheaper upper bound on ratio(), from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Return up to n of the possibilities that match word best (ratio at
    least cutoff), best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    sm = SequenceMatcher()
    sm.set_seq2(word)
    for cand in possibilities:
        sm.set_seq1(cand)
        if (sm.real_quick_ratio() >= cutoff and sm.quick_ratio() >= cutoff
                and sm.ratio() >= cutoff):
            scored.append((sm.ratio(), cand))
    scored.sort(reverse=True)
    return [cand for _, cand in scored[:n]]


def _keep_original_ws(text, tags):
    """Where a tag is a blank under a whitespace character, use that
    character, so tabs line up."""
    out = []
    for ch, tag in zip(text, tags):
        out.append(ch if tag == " " and ch.isspace() else tag)
    return "".join(out)


class Differ:
    """Compare sequences of lines and produce human-readable deltas:
    lines start with '- ', '+ ', '  ' or '? ' (intraline guides)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                gen = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                gen = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                gen = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                gen = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            yield from gen

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # The shorter block goes first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio above 0.75) and use it
        # as a synchronisation point; failing that, an identical pair.
        best_ratio, cutoff = 0.74, 0.75
        matcher = SequenceMatcher(self.charjunk)
        same_i = same_j = None
        best_i = best_j = None
        for j in range(blo, bhi):
            bline = b[j]
            matcher.set_seq2(bline)
            for i in range(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                matcher.set_seq1(aline)
                if (matcher.real_quick_ratio() > best_ratio
                        and matcher.quick_ratio() > best_ratio
                        and matcher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = matcher.ratio(), i, j
        if best_ratio < cutoff:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best_ratio = same_i, same_j, 1.0
        else:
            same_i = None

        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)

        aline, bline = a[best_i], b[best_j]
        if same_i is None:
            atags = []
            btags = []
            matcher.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                na, nb = i2 - i1, j2 - j1
                if tag == 'replace':
                    atags.append('^' * na)
                    btags.append('^' * nb)
                elif tag == 'delete':
                    atags.append('-' * na)
                elif tag == 'insert':
                    btags.append('+' * nb)
                elif tag == 'equal':
                    atags.append(' ' * na)
                    btags.append(' ' * nb)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aline, bline, ''.join(atags),
                                     ''.join(btags))
        else:
            yield '  ' + aline

        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield "? " + atags + "\n"
        yield "+ " + bline
        if btags:
            yield "? " + btags + "\n"


_blank_or_hash = re.compile(r"\s*(?:#\s*)?$")


def IS_LINE_JUNK(line, pat=_blank_or_hash.match):
    """True for a blank line or one holding only a '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a blank or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def _format_range_context(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_header(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a unified diff of the line lists a and b."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_format_range_unified(first[1], last[2]),
                                   _format_range_unified(first[3], last[4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
                 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a context diff of the line lists a and b."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_format_range_context(first[1], last[2]),
                                 lineterm)
        if any(op[0] in ('replace', 'delete') for op in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_format_range_context(first[3], last[4]),
                                 lineterm)
        if any(op[0] in ('replace', 'insert') for op in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run dfunc (unified_diff or context_diff) over lists of bytes and
    yield bytes lines.  Bytes are mapped one-to-one onto characters
    (latin-1), which gives the same result as CPython's surrogateescape
    round trip."""
    def as_str(x):
        try:
            return x.decode('latin-1')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' %
                            (type(x).__name__, x)) from err
    a = [as_str(x) for x in a]
    b = [as_str(x) for x in b]
    lines = dfunc(a, b, as_str(fromfile), as_str(tofile),
                  as_str(fromfiledate), as_str(tofiledate), n,
                  as_str(lineterm))
    for line in lines:
        yield line.encode('latin-1')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """A Differ-style delta of the line lists a and b."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover sequence 1 or 2 from a Differ/ndiff delta."""
    try:
        keep = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        if line[:2] in ("  ", keep):
            yield line[2:]
