"""codecs: the codec registry's common interface over ouro's codecs.

Text encodings are those `str.encode` knows (utf-8, utf-8-sig, ascii,
latin-1, utf-16/32 and their -le/-be forms, cp1252, unicode_escape,
raw_unicode_escape); the bytes-to-bytes codecs are hex, base64 and zlib,
and str-to-str rot13. `lookup`, `encode`, `decode`, `CodecInfo`, the
get*coder functions, incremental encoders and decoders (a decoder keeps an
incomplete multi-byte sequence for the next call), `iterencode`,
`iterdecode`, `open`, the BOM constants, `register` (searched after the
built-in codecs) and `register_error`/`lookup_error` (the registry only:
`str.encode` knows the standard handlers by name). Stream readers and
writers are thin: `getwriter(enc)(stream).write(s)` writes `s` encoded.
"""

import sys as _sys

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

# The canonical names CodecInfo.name gives, by normalized alias.
_TEXT = {
    'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf_8_sig': 'utf-8-sig', 'utf8_sig': 'utf-8-sig',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'iso_8859_1': 'iso8859-1',
    'iso8859_1': 'iso8859-1', 'l1': 'iso8859-1', 'latin': 'iso8859-1',
    'cp819': 'iso8859-1', '8859': 'iso8859-1',
    'utf_16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16',
    'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le',
    'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be',
    'utf_32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
    'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le',
    'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be',
    'cp1252': 'cp1252', 'windows_1252': 'cp1252',
    'unicode_escape': 'unicode-escape',
    'raw_unicode_escape': 'raw-unicode-escape',
}
_BINARY = {
    'hex': 'hex', 'hex_codec': 'hex',
    'base64': 'base64', 'base_64': 'base64', 'base64_codec': 'base64',
    'zlib': 'zlib', 'zip': 'zlib', 'zlib_codec': 'zlib',
    'rot13': 'rot-13', 'rot_13': 'rot-13',
}

_search_functions = []
_cache = {}
_error_handlers = {}


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


def _normalize(name):
    return '_'.join(name.strip().lower().replace('-', ' ').split())


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps input it cannot decode yet."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _text_codec(name):
    def encode(input, errors='strict'):
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        return bytes(input).decode(name, errors), len(input)

    def partial_decode(data, errors, final):
        try:
            return bytes(data).decode(name, errors), len(data)
        except UnicodeDecodeError as e:
            if final or e.reason not in ("unexpected end of data", "truncated data"):
                raise
            return bytes(data[:e.start]).decode(name, errors), e.start

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return input.encode(name, self.errors)

    class _Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return partial_decode(input, errors, final)

    return CodecInfo(encode, decode, StreamReader, StreamWriter, _Encoder,
                     _Decoder, name=name)


def _binary_codec(name):
    if name == 'rot-13':
        table = str.maketrans(
            'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
            'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')

        def enc(input, errors='strict'):
            return str.translate(input, table), len(input)
        dec = enc
    else:
        if name == 'hex':
            import binascii
            to, back = binascii.b2a_hex, binascii.a2b_hex
        elif name == 'base64':
            import base64
            to, back = base64.encodebytes, base64.decodebytes
        else:
            import zlib
            to, back = zlib.compress, zlib.decompress

        def enc(input, errors='strict'):
            assert errors == 'strict'
            return to(input), len(input)

        def dec(input, errors='strict'):
            assert errors == 'strict'
            return back(input), len(input)

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

    class _Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return dec(input, self.errors)[0]

    return CodecInfo(enc, dec, StreamReader, StreamWriter, _Encoder, _Decoder,
                     name=name, _is_text_encoding=False)


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a
    CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    info = None
    if key in _TEXT:
        info = _text_codec(_TEXT[key])
    elif key in _BINARY:
        info = _binary_codec(_BINARY[key])
    else:
        for search in _search_functions:
            info = search(key)
            if info is not None:
                if not isinstance(info, CodecInfo):
                    if not isinstance(info, tuple) or len(info) != 4:
                        raise TypeError("codec search functions must return 4-tuples")
                    info = CodecInfo(*info)
                break
    if info is None:
        raise LookupError(f"unknown encoding: {encoding}")
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    try:
        return lookup(encoding).encode(obj, errors)[0]
    except (TypeError, ValueError) as e:
        raise type(e)(f"encoding with {encoding!r} codec failed ({type(e).__name__}: {e})") from e


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    try:
        return lookup(encoding).decode(obj, errors)[0]
    except UnicodeDecodeError:
        raise
    except (TypeError, ValueError) as e:
        raise type(e)(f"decoding with {encoding!r} codec failed ({type(e).__name__}: {e})") from e


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    info = lookup(encoding)
    return lambda stream, errors='strict': StreamReader(stream, errors, info)


def getwriter(encoding):
    info = lookup(encoding)
    return lambda stream, errors='strict': StreamWriter(stream, errors, info)


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


class StreamWriter:
    def __init__(self, stream, errors='strict', info=None):
        self.stream = stream
        self.errors = errors
        self._info = info or lookup('utf-8')

    def write(self, object):
        data, consumed = self._info.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReader:
    def __init__(self, stream, errors='strict', info=None):
        self.stream = stream
        self.errors = errors
        self._info = info or lookup('utf-8')

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        return self._info.decode(data, self.errors)[0]

    def readline(self, size=None, keepends=True):
        line = self.stream.readline()
        text = self._info.decode(line, self.errors)[0]
        return text if keepends else text.rstrip('\r\n')

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file; with an encoding, a text file of it."""
    import io
    if encoding is not None and 'b' not in mode:
        mode = mode.replace('t', '')
        return io.open(filename, mode, encoding=encoding, errors=errors,
                       newline='')
    return io.open(filename, mode, buffering)


_STANDARD_ERRORS = ('strict', 'ignore', 'replace', 'backslashreplace',
                    'xmlcharrefreplace', 'namereplace', 'surrogateescape',
                    'surrogatepass')


def _standard_handler(name):
    def handler(exc):
        raise exc
    handler.__name__ = name + '_errors'
    handler.__qualname__ = name + '_errors'
    return handler


def register_error(name, handler):
    """Register the specified error handler under the name errors."""
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    """lookup_error(errors) -> handler"""
    if name in _error_handlers:
        return _error_handlers[name]
    if name in _STANDARD_ERRORS:
        handler = _error_handlers[name] = _standard_handler(name)
        return handler
    raise LookupError(f"unknown error handler name '{name}'")


strict_errors = lookup_error('strict')
ignore_errors = lookup_error('ignore')
replace_errors = lookup_error('replace')
backslashreplace_errors = lookup_error('backslashreplace')
xmlcharrefreplace_errors = lookup_error('xmlcharrefreplace')
namereplace_errors = lookup_error('namereplace')
