"""Base16, Base32, Base64, Base85 and Ascii85 data encodings (ouro's base64).

Written in Python for ouro on top of its binascii module; behaves as
CPython 3.11's base64:

  * b64encode/b64decode (``altchars``, ``validate``), standard_b64encode/
    standard_b64decode, urlsafe_b64encode/urlsafe_b64decode
  * b32encode/b32decode (``casefold``, ``map01``), b32hexencode/b32hexdecode
  * b16encode/b16decode (``casefold``)
  * b85encode/b85decode (``pad``), a85encode/a85decode (``foldspaces``,
    ``wrapcol``, ``pad``, ``adobe``, ``ignorechars``)
  * encodebytes/decodebytes and the file helpers encode/decode

Decoders take bytes-like objects or ASCII-only str, encoders bytes-like
objects only; errors are CPython's (binascii.Error, ValueError, TypeError)
with the same messages.  Not supported: the command-line interface
(``python -m base64``) and z85 (added after 3.11).
"""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    """A decoder's input as bytes: ASCII str or any bytes-like object."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII '
                             'characters') from None
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _bytes_from_encode_data(s):
    """An encoder's input as bytes (memoryview's TypeError otherwise)."""
    if isinstance(s, bytes_types):
        return s
    if isinstance(s, str):
        raise TypeError("memoryview: a bytes-like object is required, "
                        "not 'str'")
    return memoryview(s).tobytes()


# ------------------------------------------------------------------ base64

def b64encode(s, altchars=None):
    """Base64 encoding of the bytes-like s, without a newline.

    altchars, if given, is a 2-byte string replacing '+' and '/'.
    """
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Bytes of the Base64 text s.

    altchars, if given, names the two characters used instead of '+' and
    '/'.  Without validate, other characters are skipped; with it, they
    (and misplaced padding) raise binascii.Error.
    """
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Base64 encoding of s with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Bytes of Base64 text in the standard alphabet."""
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Base64 encoding with '-' and '_' instead of '+' and '/'."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Bytes of URL-safe Base64 text ('-' and '_' for '+' and '/')."""
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_translation)
    return b64decode(s)


# ------------------------------------------------------------------ base32

_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32pairs = {}
_b32rev = {}

# Number of '=' that end the output for each count of leftover bytes.
_B32_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    pairs = _b32pairs.get(alphabet)
    if pairs is None:
        pairs = [bytes((a, b)) for a in alphabet for b in alphabet]
        _b32pairs[alphabet] = pairs
    s = _bytes_from_encode_data(s)
    leftover = len(s) % 5
    if leftover:
        s = bytes(s) + b'\0' * (5 - leftover)
    parts = []
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i:i + 5], 'big')
        parts.append(pairs[c >> 30])
        parts.append(pairs[(c >> 20) & 0x3FF])
        parts.append(pairs[(c >> 10) & 0x3FF])
        parts.append(pairs[c & 0x3FF])
    encoded = b''.join(parts)
    pads = _B32_PADS[leftover]
    if pads:
        encoded = encoded[:-pads] + b'=' * pads
    return encoded


def _b32decode(alphabet, s, casefold=False, map01=None):
    rev = _b32rev.get(alphabet)
    if rev is None:
        rev = {}
        for i, c in enumerate(alphabet):
            rev[c] = i
        _b32rev[alphabet] = rev
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    padchars = total - len(s)
    decoded = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            v = rev.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) + v
        decoded += acc.to_bytes(5, 'big')
    if total % 8 or padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars and decoded:
        acc <<= 5 * padchars
        keep = (43 - 5 * padchars) // 8
        decoded[-5:] = acc.to_bytes(5, 'big')[:keep]
    return bytes(decoded)


def b32encode(s):
    """Base32 encoding of the bytes-like s (RFC 4648 alphabet)."""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """Bytes of Base32 text s.

    casefold accepts lowercase letters; map01, if given, is the letter
    ('I' or 'L') that the digit 1 stands for, while 0 stands for 'O'.
    """
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """Base32 encoding of s with the "Extended Hex" alphabet (RFC 4648)."""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    """Bytes of Base32 text in the "Extended Hex" alphabet."""
    return _b32decode(_b32hexalphabet, s, casefold)


# ------------------------------------------------------------------ base16

def b16encode(s):
    """Base16 (uppercase hexadecimal) encoding of the bytes-like s."""
    return binascii.hexlify(s).upper()


_B16_DIGITS = frozenset(b'0123456789ABCDEF')


def b16decode(s, casefold=False):
    """Bytes of Base16 text s (lowercase digits only with casefold)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    digits = _B16_DIGITS
    for c in s:
        if c not in digits:
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ----------------------------------------------------- Ascii85 and base85

_A85START = b"<~"
_A85END = b"~>"
_a85chars = bytes(range(33, 118))
_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85dec = None


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    b = _bytes_from_encode_data(b)
    padding = (-len(b)) % 4
    if padding:
        b = bytes(b) + b'\0' * padding
    chunks = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and word == 0:
            chunks.append(b'z')
        elif foldspaces and word == 0x20202020:
            chunks.append(b'y')
        else:
            digits = bytearray(5)
            for j in range(4, -1, -1):
                word, r = divmod(word, 85)
                digits[j] = chars[r]
            chunks.append(bytes(digits))
    if padding and not pad:
        if chunks[-1] == b'z':
            chunks[-1] = bytes((chars[0],)) * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 encoding of the bytes-like b.

    foldspaces writes 'y' for four spaces; wrapcol (if non-zero) breaks
    lines at that width; pad pads the input to a multiple of 4 bytes;
    adobe frames the result with '<~' and '~>'.
    """
    result = _85encode(b, _a85chars, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol]
                  for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Bytes of the Ascii85 text b.

    foldspaces accepts 'y' for four spaces; adobe requires the '~>' end
    (and drops a '<~' start); characters in ignorechars are skipped.
    """
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end "
                             "with {!r}".format(_A85END))
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    decoded = []
    curr = []
    for x in bytes(b) + b'uuuu':
        if 33 <= x <= 117:
            curr.append(x)
            if len(curr) == 5:
                acc = 0
                for d in curr:
                    acc = 85 * acc + (d - 33)
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                decoded.append(acc.to_bytes(4, 'big'))
                curr = []
        elif x == 122:  # 'z'
            if curr:
                raise ValueError('z inside Ascii85 5-tuple')
            decoded.append(b'\0\0\0\0')
        elif foldspaces and x == 121:  # 'y'
            if curr:
                raise ValueError('y inside Ascii85 5-tuple')
            decoded.append(b'    ')
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    result = b''.join(decoded)
    padding = 4 - len(curr)
    if padding:
        result = result[:-padding]
    return result


def b85encode(b, pad=False):
    """base85 encoding (as in git) of the bytes-like b.

    pad pads the input to a multiple of 4 bytes first.
    """
    return _85encode(b, _b85alphabet, pad)


def b85decode(b):
    """Bytes of base85 text b (as in git)."""
    global _b85dec
    if _b85dec is None:
        table = [None] * 256
        for i, c in enumerate(_b85alphabet):
            table[c] = i
        _b85dec = table
    dec = _b85dec
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = bytes(b) + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        acc = 0
        for j in range(i, i + 5):
            v = dec[b[j]]
            if v is None:
                raise ValueError('bad base85 character at position %d' % j)
            acc = acc * 85 + v
        if acc > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d'
                             % i)
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


# ------------------------------------------------ legacy interface (MIME)

MAXLINESIZE = 76  # excluding the newline
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Base64-encode the binary file input into the binary file output."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Base64-decode the binary file input into the binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    if isinstance(s, bytes_types):
        return
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s"
                        % s.__class__.__name__) from err
    if m.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (m.format, s.__class__.__name__))
    if m.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s"
                        % (m.ndim, s.__class__.__name__))


def encodebytes(s):
    """Base64 encoding of s in lines of at most 76 characters, each
    ending in a newline (as MIME wants)."""
    _input_type_check(s)
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    return b"".join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Bytes of (multi-line) Base64 text s."""
    _input_type_check(s)
    return binascii.a2b_base64(s)
