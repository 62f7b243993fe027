"""Conversions between binary data and ASCII encodings (ouro's binascii).

Written in Python for ouro; behaves as CPython 3.11's C module:

  * hexlify/b2a_hex (with ``sep`` and ``bytes_per_sep``), unhexlify/a2b_hex
  * b2a_base64 (``newline``) and a2b_base64 (``strict_mode``), with
    CPython's padding rules and error messages
  * b2a_uu (``backtick``) and a2b_uu
  * b2a_qp (``quotetabs``, ``istext``, ``header``) and a2b_qp (``header``)
  * crc32 and crc_hqx (table driven)
  * the exceptions Error (a ValueError) and Incomplete

The ``a2b_*`` functions take bytes-like objects or ASCII-only str; the
``b2a_*`` functions take bytes-like objects only, as in CPython.
All of the 3.11 module is here; only error messages about unusual buffer
objects (multi-dimensional, non-contiguous) may differ.
"""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"


# ---------------------------------------------------------------- arguments

def _bin_arg(data):
    """A bytes-like argument of the b2a_* functions, as bytes/bytearray."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _ascii_arg(data):
    """An argument of the a2b_* functions: bytes-like or ASCII-only str."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII "
                             "characters") from None
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, "
                        "not '%s'" % type(data).__name__) from None


def _index(value):
    if not isinstance(value, int):
        if hasattr(type(value), "__index__"):
            return type(value).__index__(value)
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return int(value)


def _flag(value):
    # CPython's "p" converter: any object, by truth value.
    return bool(value)


# ---------------------------------------------------------------------- hex

def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, as bytes."""
    data = _bin_arg(data)
    bytes_per_sep = _index(bytes_per_sep)
    if sep is None:
        return bytes(data).hex().encode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    if isinstance(sep, str):
        if ord(sep) > 255:
            raise ValueError("sep must be ASCII.")
    elif isinstance(sep, bytes):
        sep = chr(sep[0])
    else:
        raise TypeError("sep must be str or bytes.")
    digits = bytes(data).hex()
    if not data or bytes_per_sep == 0:
        return digits.encode("ascii")
    n = abs(bytes_per_sep) * 2
    if bytes_per_sep > 0:
        # groups counted from the right
        first = len(digits) % n
        parts = [digits[:first]] if first else []
        parts.extend(digits[i:i + n] for i in range(first, len(digits), n))
    else:
        parts = [digits[i:i + n] for i in range(0, len(digits), n)]
    return sep.join(parts).encode("latin-1")


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, as bytes (= b2a_hex)."""
    return b2a_hex(data, sep, bytes_per_sep)


_HEX_DIGITS = b"0123456789abcdefABCDEF"
_HEXVAL = {c: int(chr(c), 16) for c in _HEX_DIGITS}   # byte -> 0..15


def a2b_hex(hexstr):
    """Binary data of a hexadecimal representation (even length)."""
    s = bytes(_ascii_arg(hexstr))
    if len(s) % 2:
        raise Error("Odd-length string")
    if s.translate(None, _HEX_DIGITS):
        raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(s.decode("ascii"))


def unhexlify(hexstr):
    """Binary data of a hexadecimal representation (= a2b_hex)."""
    return a2b_hex(hexstr)


# ------------------------------------------------------------------- base64

_B64CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64VAL = [255] * 256
for _i, _c in enumerate(_B64CHARS):
    _B64VAL[_c] = _i
del _i, _c
# bytes.translate table: each base64 character -> its 6-bit value
_B64TRANS = bytes(v & 0xFF for v in _B64VAL)


def _a2b_base64_clean(s):
    """Decode s, known to be whole quads of base64 characters with at most
    two '=' at the end (the common case, decoded four at a time)."""
    body = s.rstrip(b"=")
    vals = body.translate(_B64TRANS)
    out = bytearray()
    n = len(vals)
    full = n - n % 4
    for i in range(0, full, 4):
        v = ((vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6)
             | vals[i + 3])
        out += bytes((v >> 16, (v >> 8) & 0xFF, v & 0xFF))
    rest = n - full
    if rest == 2:
        out.append(((vals[full] << 2) | (vals[full + 1] >> 4)) & 0xFF)
    elif rest == 3:
        v = (vals[full] << 12) | (vals[full + 1] << 6) | vals[full + 2]
        out += bytes(((v >> 10) & 0xFF, (v >> 2) & 0xFF))
    return bytes(out)


def b2a_base64(data, *, newline=True):
    """Base64 encoding of binary data, ending in a newline unless told not."""
    data = _bin_arg(data)
    newline = _flag(newline)
    chars = _B64CHARS
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((chars[v >> 18], chars[(v >> 12) & 63],
                      chars[(v >> 6) & 63], chars[v & 63]))
    rest = n - full
    if rest == 1:
        v = data[full]
        out += bytes((chars[v >> 2], chars[(v & 3) << 4], 61, 61))
    elif rest == 2:
        v = (data[full] << 8) | data[full + 1]
        out += bytes((chars[v >> 10], chars[(v >> 4) & 63],
                      chars[(v & 15) << 2], 61))
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Binary data of base64 text.

    Without strict_mode, characters outside the alphabet are skipped and
    decoding stops at the first complete padding; with it, any of those
    is an Error.
    """
    s = bytes(_ascii_arg(data))
    strict = _flag(strict_mode)
    n = len(s)
    if n and n % 4 == 0:
        body = s.rstrip(b"=")
        if n - len(body) <= 2 and not body.translate(None, _B64CHARS):
            return _a2b_base64_clean(s)
    table = _B64VAL
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    padding_started = False
    if strict and len(s) > 0 and s[0] == 61:
        raise Error("Leading padding not allowed")
    n = len(s)
    i = 0
    while i < n:
        ch = s[i]
        if ch == 61:  # '='
            padding_started = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            i += 1
            continue
        v = table[ch]
        if v >= 64:
            if strict:
                raise Error("Only base64 data is allowed")
            i += 1
            continue
        if strict and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
            quad = 3
        else:
            out.append(((left << 6) | v) & 0xFF)
            left = 0
            quad = 0
        i += 1
    if quad != 0:
        if quad == 1:
            raise Error("Invalid base64-encoded string: number of data "
                        "characters (%d) cannot be 1 more than a multiple "
                        "of 4" % (len(out) // 3 * 4 + 1))
        raise Error("Incorrect padding")
    return bytes(out)


# ----------------------------------------------------------------------- uu

def b2a_uu(data, *, backtick=False):
    """One uuencoded line (at most 45 bytes of data), ending in newline."""
    data = _bin_arg(data)
    backtick = _flag(backtick)
    n = len(data)
    if n > 45:
        raise Error("At most 45 bytes at once")
    out = bytearray()
    if backtick and n == 0:
        out.append(96)
    else:
        out.append(32 + n)
    for i in range(0, n, 3):
        chunk = bytes(data[i:i + 3]) + b"\0\0"
        v = (chunk[0] << 16) | (chunk[1] << 8) | chunk[2]
        for shift in (18, 12, 6, 0):
            c = (v >> shift) & 63
            out.append(96 if (backtick and c == 0) else c + 32)
    out.append(10)
    return bytes(out)


def a2b_uu(data):
    """Binary data of one uuencoded line."""
    s = _ascii_arg(data)
    n = len(s)
    # CPython reads the terminating NUL of an empty buffer as the count.
    count = ((s[0] if n else 0) - 32) & 63
    pos = 1
    remaining = n - 1
    out = bytearray()
    left = 0
    bits = 0
    while count > 0:
        ch = s[pos] if remaining > 0 else 0
        if ch == 10 or ch == 13 or remaining <= 0:
            ch = 0
        else:
            if ch < 32 or ch > 96:
                raise Error("Illegal char")
            ch = (ch - 32) & 63
        left = (left << 6) | ch
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((left >> bits) & 0xFF)
            left &= (1 << bits) - 1
            count -= 1
        pos += 1
        remaining -= 1
    while remaining > 0:
        ch = s[pos]
        if ch not in (32, 96, 10, 13):
            raise Error("Trailing garbage")
        pos += 1
        remaining -= 1
    return bytes(out)


# ----------------------------------------------------------- quoted-printable

_HEXUP = b"0123456789ABCDEF"


def a2b_qp(data, header=False):
    """Binary data of quoted-printable text (``_`` is a space if header)."""
    s = _ascii_arg(data)
    header = _flag(header)
    n = len(s)
    out = bytearray()
    hv = _HEXVAL
    i = 0
    while i < n:
        c = s[i]
        if c == 61:  # '='
            i += 1
            if i >= n:
                break
            # soft line breaks
            if s[i] == 10 or s[i] == 13:
                if s[i] != 10:
                    while i < n and s[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif s[i] == 61:
                # broken case from broken python qp
                out.append(61)
                i += 1
            elif (i + 1 < n and s[i] in hv and s[i + 1] in hv):
                out.append((hv[s[i]] << 4) | hv[s[i + 1]])
                i += 2
            else:
                out.append(61)
        elif header and c == 95:  # '_'
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Quoted-printable encoding of binary data (lines at most 76 long)."""
    data = bytes(_bin_arg(data))
    quotetabs = _flag(quotetabs)
    istext = _flag(istext)
    header = _flag(header)
    MAXLINESIZE = 76
    n = len(data)
    # Use CRLF line ends if the first line end found is CRLF.
    p = data.find(b"\n")
    crlf = p > 0 and data[p - 1] == 13
    out = bytearray()
    linelen = 0
    i = 0

    def quote(c):
        out.append(61)
        out.append(_HEXUP[c >> 4])
        out.append(_HEXUP[c & 15])

    while i < n:
        c = data[i]
        if (c > 126 or c == 61 or (header and c == 95)
                or (c == 46 and linelen == 0
                    and (i + 1 == n or data[i + 1] == 10
                         or data[i + 1] == 13 or data[i + 1] == 0))
                or (not istext and (c == 13 or c == 10))
                or ((c == 9 or c == 32) and i + 1 == n)
                or (c < 33 and c != 13 and c != 10
                    and (quotetabs or (c != 9 and c != 32)))):
            if linelen + 3 >= MAXLINESIZE:
                out.append(61)
                if crlf:
                    out.append(13)
                out.append(10)
                linelen = 0
            quote(c)
            i += 1
            linelen += 3
        else:
            if (istext and (c == 10 or (i + 1 < n and c == 13
                                        and data[i + 1] == 10))):
                linelen = 0
                # Protect against whitespace on end of line
                if out and (out[-1] == 32 or out[-1] == 9):
                    ch = out.pop()
                    quote(ch)
                if crlf:
                    out.append(13)
                out.append(10)
                i += 2 if c == 13 else 1
            else:
                if (i + 1 != n and data[i + 1] != 10
                        and linelen + 1 >= MAXLINESIZE):
                    out.append(61)
                    if crlf:
                        out.append(13)
                    out.append(10)
                    linelen = 0
                linelen += 1
                if header and c == 32:
                    out.append(95)
                else:
                    out.append(c)
                i += 1
    return bytes(out)


# --------------------------------------------------------------------- CRCs

# CRC-32 (ISO 3309 / zlib): the table of the reflected polynomial
# 0xEDB88320, entry n being the CRC of the byte n.
_CRC32_TABLE = (
    0x00000000, 0x77073096, 0xEE0E612C, 0x990951BA, 0x076DC419, 0x706AF48F,
    0xE963A535, 0x9E6495A3, 0x0EDB8832, 0x79DCB8A4, 0xE0D5E91E, 0x97D2D988,
    0x09B64C2B, 0x7EB17CBD, 0xE7B82D07, 0x90BF1D91, 0x1DB71064, 0x6AB020F2,
    0xF3B97148, 0x84BE41DE, 0x1ADAD47D, 0x6DDDE4EB, 0xF4D4B551, 0x83D385C7,
    0x136C9856, 0x646BA8C0, 0xFD62F97A, 0x8A65C9EC, 0x14015C4F, 0x63066CD9,
    0xFA0F3D63, 0x8D080DF5, 0x3B6E20C8, 0x4C69105E, 0xD56041E4, 0xA2677172,
    0x3C03E4D1, 0x4B04D447, 0xD20D85FD, 0xA50AB56B, 0x35B5A8FA, 0x42B2986C,
    0xDBBBC9D6, 0xACBCF940, 0x32D86CE3, 0x45DF5C75, 0xDCD60DCF, 0xABD13D59,
    0x26D930AC, 0x51DE003A, 0xC8D75180, 0xBFD06116, 0x21B4F4B5, 0x56B3C423,
    0xCFBA9599, 0xB8BDA50F, 0x2802B89E, 0x5F058808, 0xC60CD9B2, 0xB10BE924,
    0x2F6F7C87, 0x58684C11, 0xC1611DAB, 0xB6662D3D, 0x76DC4190, 0x01DB7106,
    0x98D220BC, 0xEFD5102A, 0x71B18589, 0x06B6B51F, 0x9FBFE4A5, 0xE8B8D433,
    0x7807C9A2, 0x0F00F934, 0x9609A88E, 0xE10E9818, 0x7F6A0DBB, 0x086D3D2D,
    0x91646C97, 0xE6635C01, 0x6B6B51F4, 0x1C6C6162, 0x856530D8, 0xF262004E,
    0x6C0695ED, 0x1B01A57B, 0x8208F4C1, 0xF50FC457, 0x65B0D9C6, 0x12B7E950,
    0x8BBEB8EA, 0xFCB9887C, 0x62DD1DDF, 0x15DA2D49, 0x8CD37CF3, 0xFBD44C65,
    0x4DB26158, 0x3AB551CE, 0xA3BC0074, 0xD4BB30E2, 0x4ADFA541, 0x3DD895D7,
    0xA4D1C46D, 0xD3D6F4FB, 0x4369E96A, 0x346ED9FC, 0xAD678846, 0xDA60B8D0,
    0x44042D73, 0x33031DE5, 0xAA0A4C5F, 0xDD0D7CC9, 0x5005713C, 0x270241AA,
    0xBE0B1010, 0xC90C2086, 0x5768B525, 0x206F85B3, 0xB966D409, 0xCE61E49F,
    0x5EDEF90E, 0x29D9C998, 0xB0D09822, 0xC7D7A8B4, 0x59B33D17, 0x2EB40D81,
    0xB7BD5C3B, 0xC0BA6CAD, 0xEDB88320, 0x9ABFB3B6, 0x03B6E20C, 0x74B1D29A,
    0xEAD54739, 0x9DD277AF, 0x04DB2615, 0x73DC1683, 0xE3630B12, 0x94643B84,
    0x0D6D6A3E, 0x7A6A5AA8, 0xE40ECF0B, 0x9309FF9D, 0x0A00AE27, 0x7D079EB1,
    0xF00F9344, 0x8708A3D2, 0x1E01F268, 0x6906C2FE, 0xF762575D, 0x806567CB,
    0x196C3671, 0x6E6B06E7, 0xFED41B76, 0x89D32BE0, 0x10DA7A5A, 0x67DD4ACC,
    0xF9B9DF6F, 0x8EBEEFF9, 0x17B7BE43, 0x60B08ED5, 0xD6D6A3E8, 0xA1D1937E,
    0x38D8C2C4, 0x4FDFF252, 0xD1BB67F1, 0xA6BC5767, 0x3FB506DD, 0x48B2364B,
    0xD80D2BDA, 0xAF0A1B4C, 0x36034AF6, 0x41047A60, 0xDF60EFC3, 0xA867DF55,
    0x316E8EEF, 0x4669BE79, 0xCB61B38C, 0xBC66831A, 0x256FD2A0, 0x5268E236,
    0xCC0C7795, 0xBB0B4703, 0x220216B9, 0x5505262F, 0xC5BA3BBE, 0xB2BD0B28,
    0x2BB45A92, 0x5CB36A04, 0xC2D7FFA7, 0xB5D0CF31, 0x2CD99E8B, 0x5BDEAE1D,
    0x9B64C2B0, 0xEC63F226, 0x756AA39C, 0x026D930A, 0x9C0906A9, 0xEB0E363F,
    0x72076785, 0x05005713, 0x95BF4A82, 0xE2B87A14, 0x7BB12BAE, 0x0CB61B38,
    0x92D28E9B, 0xE5D5BE0D, 0x7CDCEFB7, 0x0BDBDF21, 0x86D3D2D4, 0xF1D4E242,
    0x68DDB3F8, 0x1FDA836E, 0x81BE16CD, 0xF6B9265B, 0x6FB077E1, 0x18B74777,
    0x88085AE6, 0xFF0F6A70, 0x66063BCA, 0x11010B5C, 0x8F659EFF, 0xF862AE69,
    0x616BFFD3, 0x166CCF45, 0xA00AE278, 0xD70DD2EE, 0x4E048354, 0x3903B3C2,
    0xA7672661, 0xD06016F7, 0x4969474D, 0x3E6E77DB, 0xAED16A4A, 0xD9D65ADC,
    0x40DF0B66, 0x37D83BF0, 0xA9BCAE53, 0xDEBB9EC5, 0x47B2CF7F, 0x30B5FFE9,
    0xBDBDF21C, 0xCABAC28A, 0x53B39330, 0x24B4A3A6, 0xBAD03605, 0xCDD70693,
    0x54DE5729, 0x23D967BF, 0xB3667A2E, 0xC4614AB8, 0x5D681B02, 0x2A6F2B94,
    0xB40BBE37, 0xC30C8EA1, 0x5A05DF1B, 0x2D02EF8D,
)


def crc32(data, crc=0):
    """CRC-32 of data, continuing from crc (an unsigned 32-bit result)."""
    data = _bin_arg(data)
    crc = (_index(crc) & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC32_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


# CRC-CCITT (XMODEM): the table of the polynomial 0x1021, MSB first.
_CRC_HQX_TABLE = (
    0x0000, 0x1021, 0x2042, 0x3063, 0x4084, 0x50A5, 0x60C6, 0x70E7,
    0x8108, 0x9129, 0xA14A, 0xB16B, 0xC18C, 0xD1AD, 0xE1CE, 0xF1EF,
    0x1231, 0x0210, 0x3273, 0x2252, 0x52B5, 0x4294, 0x72F7, 0x62D6,
    0x9339, 0x8318, 0xB37B, 0xA35A, 0xD3BD, 0xC39C, 0xF3FF, 0xE3DE,
    0x2462, 0x3443, 0x0420, 0x1401, 0x64E6, 0x74C7, 0x44A4, 0x5485,
    0xA56A, 0xB54B, 0x8528, 0x9509, 0xE5EE, 0xF5CF, 0xC5AC, 0xD58D,
    0x3653, 0x2672, 0x1611, 0x0630, 0x76D7, 0x66F6, 0x5695, 0x46B4,
    0xB75B, 0xA77A, 0x9719, 0x8738, 0xF7DF, 0xE7FE, 0xD79D, 0xC7BC,
    0x48C4, 0x58E5, 0x6886, 0x78A7, 0x0840, 0x1861, 0x2802, 0x3823,
    0xC9CC, 0xD9ED, 0xE98E, 0xF9AF, 0x8948, 0x9969, 0xA90A, 0xB92B,
    0x5AF5, 0x4AD4, 0x7AB7, 0x6A96, 0x1A71, 0x0A50, 0x3A33, 0x2A12,
    0xDBFD, 0xCBDC, 0xFBBF, 0xEB9E, 0x9B79, 0x8B58, 0xBB3B, 0xAB1A,
    0x6CA6, 0x7C87, 0x4CE4, 0x5CC5, 0x2C22, 0x3C03, 0x0C60, 0x1C41,
    0xEDAE, 0xFD8F, 0xCDEC, 0xDDCD, 0xAD2A, 0xBD0B, 0x8D68, 0x9D49,
    0x7E97, 0x6EB6, 0x5ED5, 0x4EF4, 0x3E13, 0x2E32, 0x1E51, 0x0E70,
    0xFF9F, 0xEFBE, 0xDFDD, 0xCFFC, 0xBF1B, 0xAF3A, 0x9F59, 0x8F78,
    0x9188, 0x81A9, 0xB1CA, 0xA1EB, 0xD10C, 0xC12D, 0xF14E, 0xE16F,
    0x1080, 0x00A1, 0x30C2, 0x20E3, 0x5004, 0x4025, 0x7046, 0x6067,
    0x83B9, 0x9398, 0xA3FB, 0xB3DA, 0xC33D, 0xD31C, 0xE37F, 0xF35E,
    0x02B1, 0x1290, 0x22F3, 0x32D2, 0x4235, 0x5214, 0x6277, 0x7256,
    0xB5EA, 0xA5CB, 0x95A8, 0x8589, 0xF56E, 0xE54F, 0xD52C, 0xC50D,
    0x34E2, 0x24C3, 0x14A0, 0x0481, 0x7466, 0x6447, 0x5424, 0x4405,
    0xA7DB, 0xB7FA, 0x8799, 0x97B8, 0xE75F, 0xF77E, 0xC71D, 0xD73C,
    0x26D3, 0x36F2, 0x0691, 0x16B0, 0x6657, 0x7676, 0x4615, 0x5634,
    0xD94C, 0xC96D, 0xF90E, 0xE92F, 0x99C8, 0x89E9, 0xB98A, 0xA9AB,
    0x5844, 0x4865, 0x7806, 0x6827, 0x18C0, 0x08E1, 0x3882, 0x28A3,
    0xCB7D, 0xDB5C, 0xEB3F, 0xFB1E, 0x8BF9, 0x9BD8, 0xABBB, 0xBB9A,
    0x4A75, 0x5A54, 0x6A37, 0x7A16, 0x0AF1, 0x1AD0, 0x2AB3, 0x3A92,
    0xFD2E, 0xED0F, 0xDD6C, 0xCD4D, 0xBDAA, 0xAD8B, 0x9DE8, 0x8DC9,
    0x7C26, 0x6C07, 0x5C64, 0x4C45, 0x3CA2, 0x2C83, 0x1CE0, 0x0CC1,
    0xEF1F, 0xFF3E, 0xCF5D, 0xDF7C, 0xAF9B, 0xBFBA, 0x8FD9, 0x9FF8,
    0x6E17, 0x7E36, 0x4E55, 0x5E74, 0x2E93, 0x3EB2, 0x0ED1, 0x1EF0,
)


def crc_hqx(data, crc):
    """CRC-CCITT (XMODEM polynomial 0x1021) of data, starting from crc."""
    data = _bin_arg(data)
    crc = _index(crc) & 0xFFFF
    table = _CRC_HQX_TABLE
    for b in data:
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ b]
    return crc
