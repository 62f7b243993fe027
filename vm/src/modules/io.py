"""The io module: StringIO, BytesIO and the file objects `open()` returns.

A file is read whole when opened for reading and written whole when flushed
or closed (through ouro's _os): the programs ouro runs read and write small
files, and this keeps the file objects simple Python.
"""

import _os

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The root of the io classes (for isinstance checks)."""


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _Base(IOBase):
    """What StringIO, BytesIO and files share: a buffer and a position."""

    _empty = ""
    # Text only: what ends a line (None: universal newlines, translated
    # to "\n" when read; "": universal, untranslated), and what "\n" is
    # written as.
    _newline = "\n"
    _decodes_writes = False
    _negative_seek = "negative seek position"
    _closed_message = "I/O operation on closed file."

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("not readable")

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("not writable")

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(self._pos + size, len(self._buf))
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check_readable()
        if self._empty == "" and self._newline in ("", "\r"):
            end = self._line_end()
        else:
            nl = "\n" if self._empty == "" else b"\n"
            if self._empty == "" and self._newline == "\r\n":
                nl = "\r\n"
            i = self._buf.find(nl, self._pos)
            end = len(self._buf) if i < 0 else i + len(nl)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def _line_end(self):
        """Where the line at the position ends, any of \\r, \\n and \\r\\n
        ending it (newline=""), or only \\r (newline="\\r")."""
        buf, i = self._buf, self._pos
        n = len(buf)
        while i < n:
            c = buf[i]
            if c == "\r":
                if self._newline == "" and i + 1 < n and buf[i + 1] == "\n":
                    return i + 2
                return i + 1
            if c == "\n" and self._newline == "":
                return i + 1
            i += 1
        return n

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check_writable()
        if self._empty == b"" and isinstance(s, (bytearray, memoryview)):
            s = bytes(s)
        if not isinstance(s, type(self._empty)):
            if self._empty == "":
                raise TypeError(
                    f"write() argument must be str, not {type(s).__name__}")
            raise TypeError(
                f"a bytes-like object is required, not '{type(s).__name__}'")
        n = len(s)
        if self._empty == "" and self._newline in (None, "") and self._decodes_writes:
            self._seennl |= _newline_kinds(s)
            if self._newline is None:
                s = _translate_newlines(s)
        elif self._empty == "" and self._newline not in (None, "", "\n"):
            s = s.replace("\n", self._newline)
        if self._append:
            self._pos = len(self._buf)
        if self._pos > len(self._buf):
            self._buf += self._pad * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + len(s):]
        self._pos += len(s)
        self._dirty = True
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"{self._negative_seek} {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_writable()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"negative size value {size}")
        self._buf = self._buf[:size]
        self._dirty = True
        return size

    def flush(self):
        self._check_open()

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def isatty(self):
        self._check_open()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")


class StringIO(_Base, TextIOBase):
    __module__ = "_io"
    # (In universal newlines mode what is written passes through the
    # newline decoder, as CPython's StringIO does; a file's does not.)
    _decodes_writes = True
    _empty = ""
    _pad = "\0"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(
                f"initial_value must be str or None, not {type(initial_value).__name__}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(
                f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        self._newline = newline
        # The kinds of line ending seen in universal mode (CPython's
        # newline decoder's `seennl`: LF 1, CR 2, CRLF 4).
        self._seennl = _newline_kinds(initial_value) if newline in (None, "") else 0
        if newline is None:
            initial_value = _translate_newlines(initial_value)
        elif newline not in ("", "\n"):
            initial_value = initial_value.replace("\n", newline)
        self._buf = initial_value
        self._pos = 0
        self._closed = False
        self._readable = self._writable = True
        self._append = False
        self._dirty = False

    def getvalue(self):
        self._check_open()
        return self._buf

    def seek(self, pos, whence=0):
        # (CPython's stringio_seek: positions are characters, and only
        # whence 0 moves anywhere but the current place or the end.)
        self._check_open()
        pos = pos.__index__() if not isinstance(pos, int) else pos
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if pos < 0 and whence == 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            self._pos = len(self._buf)
        elif whence == 0:
            self._pos = pos
        return self._pos

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        return _Base.write(self, s)

    @property
    def newlines(self):
        """The line endings seen so far in universal newlines mode: one
        str, a tuple of them, or None."""
        self._check_open()
        if self._newline not in (None, ""):
            return None
        return _NEWLINE_KINDS[self._seennl]


_NEWLINE_KINDS = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
                  ("\r", "\r\n"), ("\r", "\n", "\r\n"))


def _newline_kinds(text):
    crlf = text.count("\r\n")
    kinds = 4 if crlf else 0
    if text.count("\n") > crlf:
        kinds |= 1
    if text.count("\r") > crlf:
        kinds |= 2
    return kinds


class BytesIO(_Base, BufferedIOBase):
    __module__ = "_io"
    _empty = b""
    _pad = b"\0"

    _negative_seek = "negative seek value"

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def __init__(self, initial_bytes=b""):
        self._buf = bytes(initial_bytes or b"")
        self._pos = 0
        self._closed = False
        self._readable = self._writable = True
        self._append = False
        self._dirty = False

    def getvalue(self):
        self._check_open()
        return self._buf


def _translate_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _BinaryOnly:
    """A method a binary file has and a text file lacks (`readinto`,
    `read1`): an AttributeError for a text file, so `hasattr` says no."""

    def __init__(self, func):
        self._func = func
        self._name = func.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if not obj._binary:
            raise AttributeError(
                f"'{type(obj).__name__}' object has no attribute '{self._name}'")
        return self._func.__get__(obj, owner)


class _File(_Base):
    """A file opened by `open()`, text or binary."""

    @_BinaryOnly
    def read1(self, size=-1):
        return self.read(size)

    @_BinaryOnly
    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def __init__(self, file, mode, binary, encoding, errors, newline):
        self.name = file
        self.mode = mode
        self._binary = binary
        self._empty = b"" if binary else ""
        self._pad = b"\0" if binary else "\0"
        self.encoding = None if binary else (encoding or "UTF-8")
        self.errors = None if binary else (errors or "strict")
        self._newline = newline
        kind = mode.replace("b", "").replace("t", "").replace("+", "")
        plus = "+" in mode
        self._readable = kind == "r" or plus
        self._writable = kind in "wax" or plus
        self._append = kind == "a"
        # Append-only: the buffer holds what was written since the last
        # flush, which adds it to the end of the file as it is then (the
        # file's bytes are never read, decoded or rewritten); `_base` is
        # the file's size at that flush.
        self._append_only = kind == "a" and not plus
        self._base = 0
        self._closed = True
        self._pos = 0
        self._dirty = False
        if kind == "r":
            data = _os.read_bytes(file)
        else:
            if kind == "x" or kind == "w":
                _os.write_bytes(file, b"", kind)
            elif not _os.kind(file):
                _os.write_bytes(file, b"", "a")
            data = _os.read_bytes(file) if kind == "a" else b""
        if self._append_only:
            self._base = len(data)
            data = b""
        self._buf = data if binary else self._decode(data)
        if kind == "a":
            self._pos = len(self._buf)
        self._closed = False

    def _decode(self, data):
        text = data.decode(self.encoding.lower().replace("_", "-"), self.errors)
        if self._newline is None:
            text = _translate_newlines(text)
        return text

    def __del__(self):
        # As CPython's IOBase finalizer: what was written reaches the file.
        try:
            self.close()
        except Exception:
            pass

    def _encoded(self, text):
        return text.encode(self.encoding.lower().replace("_", "-"), self.errors)

    def flush(self):
        self._check_open()
        if self._dirty and self._writable:
            data = self._buf
            if not self._binary:
                data = self._encoded(data)
            if self._append_only:
                _os.write_bytes(self.name, data, "a")
                self._base += len(data)
                self._buf = self._empty
                self._pos = 0
            else:
                _os.write_bytes(self.name, data, "w")
            self._dirty = False

    def seek(self, pos, whence=0):
        if not self._binary and whence in (1, 2):
            # (A text file moves only by cookie, or to where it is or to
            # its end: CPython's TextIOWrapper.seek.)
            self._check_open()
            if pos != 0:
                where = "cur" if whence == 1 else "end"
                raise UnsupportedOperation(f"can't do nonzero {where}-relative seeks")
            if whence == 2:
                self._pos = len(self._buf)
            return self.tell()
        if not self._binary and whence == 0 and pos < 0:
            raise ValueError(f"negative seek position {pos}")
        if self._binary or whence != 0 or pos <= self._base:
            return _Base.seek(self, max(0, pos - self._base) if whence == 0 else pos, whence)
        # A text file's cookie is the byte offset `tell` gave: back to a
        # character position.
        self._check_open()
        pos -= self._base
        data = self._encoded(self._buf)
        if pos >= len(data):
            self._pos = len(self._buf) + pos - len(data)
        else:
            self._pos = len(data[:pos].decode(self.encoding.lower().replace("_", "-"), "ignore"))
        return self.tell()

    def tell(self):
        # A byte offset, as CPython's (for a text file, the cookie of a
        # position reached without decoding state).
        self._check_open()
        head = self._buf[:self._pos]
        return self._base + len(head if self._binary else self._encoded(head))

    def __repr__(self):
        if self._binary:
            kind = "BufferedReader" if not self._writable else (
                "BufferedRandom" if self._readable else "BufferedWriter")
            return f"<_io.{kind} name={self.name!r}>"
        return (f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} "
                f"encoding={self.encoding!r}>")


def _fspath_for_open(file):
    """A path object or bytes as the str path open() works on (os.fspath)."""
    fspath = getattr(type(file), "__fspath__", None)
    if fspath is None:
        if isinstance(file, bytes):
            return file.decode("utf-8", "surrogateescape")
        raise TypeError(
            f"expected str, bytes or os.PathLike object, not {type(file).__name__}")
    path = fspath(file)
    if isinstance(path, bytes):
        return path.decode("utf-8", "surrogateescape")
    if not isinstance(path, str):
        raise TypeError(f"expected {type(file).__name__}.__fspath__() to return str or "
                        f"bytes, not {type(path).__name__}")
    return path


def open(file, mode="r", buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    if not isinstance(file, str):
        file = _fspath_for_open(file)
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    modes = set(mode)
    if (modes - set("axrwb+t") or len(mode) > len(modes)
            or len(modes & set("rwax")) != 1):
        if len(modes & set("rwax")) > 1:
            raise ValueError("must have exactly one of create/read/write/append mode")
        if not modes - set("axrwb+t") and len(mode) == len(modes):
            # (None of r/w/x/a: open() lets it through, FileIO refuses it.)
            if "b" in modes and "t" in modes:
                raise ValueError("can't have text and binary mode at once")
            raise ValueError("Must have exactly one of create/read/write/append "
                             "mode and at most one plus")
        raise ValueError(f"invalid mode: '{mode}'")
    binary = "b" in modes
    if binary and "t" in modes:
        raise ValueError("can't have text and binary mode at once")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and newline not in (None, "", "\n", "\r", "\r\n"):
        if not isinstance(newline, str):
            raise TypeError(
                f"open() argument 'newline' must be str or None, not {type(newline).__name__}")
        raise ValueError(f"illegal newline value: {newline}")
    if buffering == 0 and not binary:
        raise ValueError("can't have unbuffered text I/O")
    if not binary:
        cls = TextIOWrapper
    elif buffering == 0:
        cls = FileIO
    elif "+" in mode:
        cls = BufferedRandom
    elif "r" in mode:
        cls = BufferedReader
    else:
        cls = BufferedWriter
    return cls(file, mode, binary, encoding, errors, newline)


class TextIOWrapper(_File, TextIOBase):
    __module__ = "_io"


class BufferedReader(_File, BufferedIOBase):
    __module__ = "_io"


class FileIO(_File, RawIOBase):
    """An unbuffered binary file (`open(..., 'rb', buffering=0)`)."""
    __module__ = "_io"

    def __repr__(self):
        return f"<_io.FileIO name={self.name!r} mode={self.mode!r} closefd=True>"


class BufferedWriter(_File, BufferedIOBase):
    __module__ = "_io"


class BufferedRandom(_File, BufferedIOBase):
    __module__ = "_io"
