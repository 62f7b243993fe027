"""fnmatch: Unix shell-style filename matching (CPython 3.11 compatible).

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any character not in seq

fnmatch(name, pat) case-normalizes both sides with os.path.normcase (a
no-op on POSIX), fnmatchcase(name, pat) does not; filter(names, pat)
keeps the matching names; translate(pat) returns the same regular
expression text as CPython's (atomic groups for interior stars).

ouro's re module takes str patterns only, so bytes names and patterns
are matched through their latin-1 decoding (same result as CPython's
bytes regular expressions).
"""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (after os.path.normcase)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        match = re.compile(translate(str(pat, "ISO-8859-1"))).match

        def match_bytes(name):
            if not isinstance(name, (bytes, bytearray)):
                raise TypeError("cannot use a bytes pattern on a "
                                "string-like object")
            return match(str(name, "ISO-8859-1"))

        return match_bytes
    return re.compile(translate(pat)).match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    match = _compile_pattern(os.path.normcase(pat))
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()


def _translate_set(pat, start, end):
    """Regex for the bracket expression whose contents are pat[start:end]."""
    body = pat[start:end]
    if "-" not in body:
        body = body.replace("\\", r"\\")
    else:
        # Split at the hyphens that make ranges ("a-z"): the first
        # character (after "!") and a range's end are never one.
        pieces = []
        pos = start + 2 if pat[start] == "!" else start + 1
        while True:
            hyphen = pat.find("-", pos, end)
            if hyphen < 0:
                break
            pieces.append(pat[start:hyphen])
            start = hyphen + 1
            pos = hyphen + 3
        rest = pat[start:end]
        if rest:
            pieces.append(rest)
        else:
            pieces[-1] += "-"
        # Drop reversed (empty) ranges such as "z-a": invalid in a regex.
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = "-".join(p.replace("\\", r"\\").replace("-", r"\-")
                        for p in pieces)
    # Escape what would be set operations (&&, ~~, ||) in a future re.
    body = re.sub(r"([&~|])", r"\\\1", body)
    if not body:
        return "(?!)"          # [] matches nothing
    if body == "!":
        return "."             # [!] matches any character
    if body[0] == "!":
        body = "^" + body[1:]
    elif body[0] in ("^", "["):
        body = "\\" + body
    return "[" + body + "]"


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    tokens = []     # regex pieces, with _STAR for each run of stars
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == "?":
            tokens.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                tokens.append("\\[")
            else:
                tokens.append(_translate_set(pat, i, j))
                i = j + 1
        else:
            tokens.append(re.escape(c))

    # Literal text before the first star is matched as is; a star followed
    # by literal text and another star becomes an atomic lazy group (no
    # backtracking); the last star is a plain ".*".
    out = []
    i, n = 0, len(tokens)
    while i < n and tokens[i] is not _STAR:
        out.append(tokens[i])
        i += 1
    while i < n:
        i += 1                       # skip the star
        fixed = []
        while i < n and tokens[i] is not _STAR:
            fixed.append(tokens[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*" + fixed)
        else:
            out.append("(?>.*?" + fixed + ")")
    return r"(?s:%s)\Z" % "".join(out)
