"""shlex: a lexical analyzer for simple shell-like syntaxes (CPython 3.11).

Supported: split(s, comments=False, posix=True), quote(s), join(args) and
the shlex class: posix and non-posix modes, whitespace_split,
punctuation_chars, commenters/wordchars/whitespace/quotes/escape/
escapedquotes, get_token/push_token/read_token, push_source/pop_source,
the `source` inclusion keyword with sourcehook(), error_leader(), lineno,
iteration, and the debug messages (debug = 1, 2 or 3).  Tokens are the
same as CPython's, including its quirks (e.g. a comment in non-posix
mode does not end the current word).

The input is a string or any object with read(1) and readline() (a
StringIO or an open file); with no input, sys.stdin is read.
"""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORDCHARS = ("abcdfeghijklmnopqrstuvwxyz"
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_LATIN1_WORDCHARS = ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                     "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")


class shlex:
    "A lexical analyzer class for simple shell-like syntaxes."

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream = sys.stdin
            self.infile = None
        else:
            self.instream = instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = _ASCII_WORDCHARS
        if posix:
            self.wordchars += _LATIN1_WORDCHARS
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read ahead after a run of punctuation.
            self._pushback_chars = deque()
            # Allowed in file names, options and wildcards.
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print("shlex: pushing to file %s" % (self.infile,))
            else:
                print("shlex: pushing to stream %s" % (self.instream,))

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print("shlex: popping to %s, line %d" % (self.instream,
                                                     self.lineno))
        self.state = " "

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print("shlex: token=" + repr(raw))
            else:
                print("shlex: token=EOF")
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            c = self._pushback_chars.pop()
        else:
            c = self.instream.read(1)
        if c == "\n":
            self.lineno += 1
        return c

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        # self.state is " " (between tokens), "a" (in a word), "c" (in a run
        # of punctuation), a quote character, an escape character, or None
        # (end of input).  `quoted` notes that the token had quotes, so that
        # an empty quoted string is a token in posix mode.
        quoted = False
        escapedstate = " "
        posix = self.posix
        while True:
            c = self._next_char()
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r"
                      % (self.state, c))
            state = self.state
            if state is None:
                self.token = ""
                break
            if state == " ":
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    if self.debug >= 2:
                        print("shlex: I see whitespace in whitespace state")
                    if self.token or (posix and quoted):
                        break
                elif c in self.commenters:
                    self._skip_comment()
                elif posix and c in self.escape:
                    escapedstate = "a"
                    self.state = c
                elif c in self.wordchars:
                    self.token = c
                    self.state = "a"
                elif c in self._punctuation_chars:
                    self.token = c
                    self.state = "c"
                elif c in self.quotes:
                    if not posix:
                        self.token = c
                    self.state = c
                elif self.whitespace_split:
                    self.token = c
                    self.state = "a"
                else:
                    # Any other character is a token by itself.
                    self.token = c
                    break
            elif state in self.quotes:
                quoted = True
                if not c:
                    if self.debug >= 2:
                        print("shlex: I see EOF in quotes state")
                    raise ValueError("No closing quotation")
                if c == state:
                    if not posix:
                        self.token += c
                        self.state = " "
                        break
                    self.state = "a"
                elif posix and c in self.escape and state in self.escapedquotes:
                    escapedstate = state
                    self.state = c
                else:
                    self.token += c
            elif state in self.escape:
                if not c:
                    if self.debug >= 2:
                        print("shlex: I see EOF in escape state")
                    raise ValueError("No escaped character")
                # Inside quotes only the quote and the escape character
                # itself can be escaped; otherwise the backslash stays.
                if (escapedstate in self.quotes and c != state
                        and c != escapedstate):
                    self.token += state
                self.token += c
                self.state = escapedstate
            elif state in ("a", "c"):
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    if self.debug >= 2:
                        print("shlex: I see whitespace in word state")
                    self.state = " "
                    if self.token or (posix and quoted):
                        break
                elif c in self.commenters:
                    self._skip_comment()
                    if posix:
                        self.state = " "
                        if self.token or quoted:
                            break
                elif state == "c":
                    if c in self._punctuation_chars:
                        self.token += c
                    else:
                        if c not in self.whitespace:
                            self._pushback_chars.append(c)
                        self.state = " "
                        break
                elif posix and c in self.quotes:
                    self.state = c
                elif posix and c in self.escape:
                    escapedstate = "a"
                    self.state = c
                elif (c in self.wordchars or c in self.quotes
                      or (self.whitespace_split
                          and c not in self._punctuation_chars)):
                    self.token += c
                else:
                    # Punctuation ends the word; it is read again next.
                    if self._punctuation_chars:
                        self._pushback_chars.append(c)
                    else:
                        self.pushback.appendleft(c)
                    if self.debug >= 2:
                        print("shlex: I see punctuation in word state")
                    self.state = " "
                    if self.token or (posix and quoted):
                        break
        result = self.token
        self.token = ""
        if posix and not quoted and result == "":
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        # Relative names are relative to the including file, as in cpp.
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return " ".join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    # Single-quote the string; a single quote becomes '"'"'.
    return "'" + s.replace("'", "'\"'\"'") + "'"
