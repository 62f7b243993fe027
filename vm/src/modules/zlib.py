"""DEFLATE compression, zlib and gzip streams (ouro's zlib).

Written in Python for ouro (no C zlib); follows CPython 3.11's zlib module:

  * crc32(data, value=0), adler32(data, value=1): bit for bit as zlib's
  * decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE): a full
    inflate -- stored, fixed and dynamic Huffman blocks -- of zlib
    streams (wbits 8..15, or 0 for the header's window), raw deflate
    (wbits -8..-15), gzip (wbits 24..31) or either (wbits 32, 40..47),
    with zlib's checks and its error messages ("Error -3 while
    decompressing data: incorrect header check", ...)
  * decompressobj(wbits, zdict): the streaming decompressor, with
    decompress(data, max_length), flush(), copy(), eof, unused_data and
    unconsumed_tail
  * compress(data, /, level=-1, wbits=MAX_WBITS) and compressobj(level,
    method, wbits, memLevel, strategy, zdict) with compress(), flush(mode)
    and copy()
  * the constants (Z_*, MAX_WBITS, DEFLATED, DEF_BUF_SIZE, ...) and the
    exception zlib.error

Differences from CPython, deliberately:

  * compress() and Compress objects produce valid streams that every
    inflater (this one, CPython's zlib, gzip tools) decodes to the same
    data, but not the same compressed bytes as the C zlib: the LZ77
    matcher and block splitting are simpler (hash chains, one-step lazy
    matching from level 4), Huffman code lengths are limited with a
    simpler method.  Headers match zlib's (78 9c at the default level,
    78 01/5e/da, the gzip header with OS 3); level 0 gives stored blocks.
  * Compress.compress() keeps input until 64 KiB are buffered or flush()
    is called; Z_PARTIAL_FLUSH and Z_BLOCK flush like Z_SYNC_FLUSH.
  * Decompress.decompress(data, max_length) returns at most max_length
    bytes, but how much input is left in unconsumed_tail differs from
    the C zlib (which reads ahead differently).  Decompress.copy() decodes
    the input seen so far again (the object keeps it for that).
  * memLevel is checked and otherwise ignored.
  * speed is that of pure Python: a few hundred KB per second.
"""

import binascii as _binascii

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"

Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1

Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4

Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


class error(Exception):
    pass


error.__module__ = "zlib"


# ================================================================ helpers

def _buffer(data, what="a bytes-like object is required, not '%s'"):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError(what % "str")
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError(what % type(data).__name__) from None


def _index(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), "__index__"):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(value).__name__)


def crc32(data, value=0, /):
    """The CRC-32 of data, continuing from value (0 to start)."""
    return _binascii.crc32(_buffer(data), _index(value) & 0xFFFFFFFF)


_ADLER_BASE = 65521


def adler32(data, value=1, /):
    """The Adler-32 checksum of data, continuing from value (1 to
    start)."""
    data = _buffer(data)
    value = _index(value) & 0xFFFFFFFF
    s1 = value & 0xFFFF
    s2 = value >> 16
    n = len(data)
    if n == 1:
        # zlib's one-byte path reduces by a single subtraction
        s1 += data[0]
        if s1 >= _ADLER_BASE:
            s1 -= _ADLER_BASE
        s2 += s1
        if s2 >= _ADLER_BASE:
            s2 -= _ADLER_BASE
        return (s2 << 16) | s1
    # sums over chunks small enough that s2 stays a machine-size int
    for start in range(0, n, 5552):
        for b in data[start:start + 5552]:
            s1 += b
            s2 += s1
        s1 %= _ADLER_BASE
        s2 %= _ADLER_BASE
    if n == 0:
        if s1 >= _ADLER_BASE:
            s1 -= _ADLER_BASE
        s2 %= _ADLER_BASE
    return (s2 << 16) | s1


# =========================================================== Huffman codes

# length symbols 257..285: base length and extra bits
_LBASE = (3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
          35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258)
_LEXTRA = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
           3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0)
# distance symbols 0..29
_DBASE = (1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
          257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
          8193, 12289, 16385, 24577)
_DEXTRA = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
           7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13)
# order of the code length code lengths in a dynamic block header
_CLORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)

_REV8 = bytes.fromhex(  # each byte with its bits reversed
    "008040c020a060e0109050d030b070f0088848c828a868e8189858d838b878f8"
    "048444c424a464e4149454d434b474f40c8c4ccc2cac6cec1c9c5cdc3cbc7cfc"
    "028242c222a262e2129252d232b272f20a8a4aca2aaa6aea1a9a5ada3aba7afa"
    "068646c626a666e6169656d636b676f60e8e4ece2eae6eee1e9e5ede3ebe7efe"
    "018141c121a161e1119151d131b171f1098949c929a969e9199959d939b979f9"
    "058545c525a565e5159555d535b575f50d8d4dcd2dad6ded1d9d5ddd3dbd7dfd"
    "038343c323a363e3139353d333b373f30b8b4bcb2bab6beb1b9b5bdb3bbb7bfb"
    "078747c727a767e7179757d737b777f70f8f4fcf2faf6fef1f9f5fdf3fbf7fff"
)


def _reverse(code, length):
    return ((_REV8[code & 255] << 8) | _REV8[code >> 8]) >> (16 - length)


def _canonical_codes(lengths):
    """Canonical Huffman codes (bit-reversed, to be sent LSB first)."""
    count = [0] * 16
    for n in lengths:
        count[n] += 1
    count[0] = 0
    next_code = [0] * 16
    code = 0
    for n in range(1, 16):
        code = (code + count[n - 1]) << 1
        next_code[n] = code
    codes = [0] * len(lengths)
    for sym, n in enumerate(lengths):
        if n:
            codes[sym] = _reverse(next_code[n], n)
            next_code[n] += 1
    return codes


_CODES, _LENS, _DISTS = 0, 1, 2


def _decode_table(lengths, kind):
    """A lookup table for a code: entry (symbol << 4 | length) at every
    index whose low bits are the (reversed) code; -1 where no code
    matches.  Returns (table, bits), or None for an over-subscribed or
    (not allowed) incomplete set of lengths -- zlib's inflate_table rules.
    """
    count = [0] * 16
    for n in lengths:
        count[n] += 1
    count[0] = 0
    maxlen = 15
    while maxlen >= 1 and count[maxlen] == 0:
        maxlen -= 1
    if maxlen == 0:
        return [-1, -1], 1
    left = 1
    for n in range(1, 16):
        left = (left << 1) - count[n]
        if left < 0:
            return None
    if left > 0 and (kind == _CODES or maxlen != 1):
        return None
    size = 1 << maxlen
    table = [-1] * size
    codes = _canonical_codes(lengths)
    for sym, n in enumerate(lengths):
        if n:
            entry = (sym << 4) | n
            for i in range(codes[sym], size, 1 << n):
                table[i] = entry
    return table, maxlen


def _fixed_lengths():
    return [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8


_fixed_tables = None


def _fixed_decode_tables():
    global _fixed_tables
    if _fixed_tables is None:
        lt = _decode_table(_fixed_lengths(), _LENS)
        dt = _decode_table([5] * 32, _DISTS)
        # symbols 286, 287 and distances 30, 31 take part in the fixed
        # code but are invalid
        lt[0][:] = [-1 if e >> 4 >= 286 else e for e in lt[0]]
        dt[0][:] = [-1 if e >> 4 >= 30 else e for e in dt[0]]
        _fixed_tables = (lt, dt)
    return _fixed_tables


# ================================================================ inflate

_NEED_INPUT = 0
_OUTPUT_FULL = 1


def _parse_inflate_wbits(wbits):
    """(wrap, window bits) as zlib's inflateReset2: wrap 0 raw, 1 zlib,
    2 gzip, 3 either; None for values zlib refuses."""
    if wbits < 0:
        if wbits < -15:
            return None
        wrap = 0
        wbits = -wbits
    else:
        wrap = ((wbits >> 4) + 5) & 3
        if wbits < 48:
            wbits &= 15
    if wbits and (wbits < 8 or wbits > 15):
        return None
    return wrap, wbits


class _Inflater:
    """A resumable inflater: a generator does the decoding and pauses
    when it needs input or has made enough output."""

    def __init__(self, wrap, wbits, zdict=None):
        self._wrap = wrap
        self._wbits = wbits
        self._wbits0 = wbits    # as made (the header may set _wbits)
        self._zdict = zdict
        self._in = b""
        self._pos = 0
        prefix = zdict if (zdict is not None and wrap == 0) else b""
        self._out = bytearray(prefix)
        self._base = len(prefix)      # start of this stream's output in _out
        self._emitted = len(prefix)   # index in _out of the first unread byte
        self._limit = None            # pause when len(_out) reaches this
        self._total = 0               # output bytes dropped from _out
        self._check = None            # running check of the dropped output
        self._gzip = False
        self.eof = False
        self.error = None
        self.unused = b""
        self._gen = self._run()

    # ------------------------------------------------------------ driving

    def feed(self, data):
        if data:
            self._in = self._in[self._pos:] + bytes(data)
            self._pos = 0

    def run(self, limit=None):
        """Decode until input runs out, limit output bytes are ready, or
        the stream ends.  Returns True if it paused for output."""
        if self.error is not None:
            raise self.error
        if self.eof:
            return False
        self._limit = None if limit is None else self._emitted + limit
        try:
            sig = next(self._gen)
        except StopIteration:
            self.eof = True
            return False
        except error as e:
            self.error = e
            raise
        return sig == _OUTPUT_FULL

    def take(self, limit=None):
        """The output not yet returned (at most limit bytes)."""
        out = self._out
        start = self._emitted
        stop = len(out) if limit is None else min(len(out), start + limit)
        chunk = bytes(out[start:stop])
        self._emitted = stop
        self._trim()
        return chunk

    def pending(self):
        return len(self._out) - self._emitted

    def _trim(self):
        # keep the last 32 KiB (the window) of what was returned
        # (a preset dictionary in front goes too)
        keep_from = self._emitted - 32768
        if keep_from > self._base + 65536:
            self._fold(bytes(self._out[self._base:keep_from]))
            del self._out[:keep_from]
            self._emitted -= keep_from
            self._base = 0

    def _fold(self, chunk):
        self._total += len(chunk)
        if self._wrap:
            if self._gzip:
                self._check = _binascii.crc32(chunk, self._check or 0)
            else:
                self._check = adler32(chunk, 1 if self._check is None
                                      else self._check)

    def _final_check(self):
        rest = bytes(self._out[self._base:])
        total = self._total + len(rest)
        if self._gzip:
            value = _binascii.crc32(rest, self._check or 0)
        else:
            value = adler32(rest, 1 if self._check is None else self._check)
        return value, total

    # ----------------------------------------------- header-level reading

    def _need_bytes(self, n):
        """Wait (yielding) until n whole bytes of input are available."""
        while len(self._in) - self._pos < n:
            yield _NEED_INPUT

    def _read_bytes(self, n):
        yield from self._need_bytes(n)
        p = self._pos
        self._pos = p + n
        return self._in[p:p + n]

    @staticmethod
    def _bad(message):
        return error("Error -3 while decompressing data: " + message)

    def _header(self):
        """Parse a zlib or gzip header (generator)."""
        wrap = self._wrap
        yield from self._need_bytes(2)
        b0 = self._in[self._pos]
        b1 = self._in[self._pos + 1]
        if (wrap & 2) and b0 == 0x1F and b1 == 0x8B:
            yield from self._gzip_header()
            return
        if not (wrap & 1) or ((b0 << 8) | b1) % 31:
            raise self._bad("incorrect header check")
        if b0 & 15 != DEFLATED:
            raise self._bad("unknown compression method")
        window = (b0 >> 4) + 8
        if self._wbits == 0:
            self._wbits = window
        if window > 15 or window > self._wbits:
            raise self._bad("invalid window size")
        self._pos += 2
        if b1 & 0x20:
            raw = yield from self._read_bytes(4)
            dictid = int.from_bytes(raw, "big")
            if self._zdict is None:
                raise error("Error 2 while decompressing data")
            if adler32(self._zdict) != dictid:
                raise error("Error -3 while setting zdict: invalid input data")
            self._out[:0] = self._zdict
            self._base = len(self._zdict)
            self._emitted += len(self._zdict)

    def _gzip_header(self):
        self._gzip = True
        if self._wbits == 0:
            self._wbits = 15
        head = yield from self._read_bytes(10)
        if head[2] != DEFLATED:
            raise self._bad("unknown compression method")
        flags = head[3]
        if flags & 0xE0:
            raise self._bad("unknown header flags set")
        crc = _binascii.crc32(head)
        if flags & 4:  # FEXTRA
            raw = yield from self._read_bytes(2)
            crc = _binascii.crc32(raw, crc)
            extra = yield from self._read_bytes(int.from_bytes(raw, "little"))
            crc = _binascii.crc32(extra, crc)
        for flag in (8, 16):  # FNAME, FCOMMENT: zero-terminated
            if flags & flag:
                while True:
                    c = yield from self._read_bytes(1)
                    crc = _binascii.crc32(c, crc)
                    if c == b"\0":
                        break
        if flags & 2:  # FHCRC
            raw = yield from self._read_bytes(2)
            if int.from_bytes(raw, "little") != crc & 0xFFFF:
                raise self._bad("header crc mismatch")

    def _trailer(self):
        if not self._wrap:
            return
        value, total = self._final_check()
        if self._gzip:
            raw = yield from self._read_bytes(8)
            if int.from_bytes(raw[:4], "little") != value:
                raise self._bad("incorrect data check")
            if int.from_bytes(raw[4:], "little") != total & 0xFFFFFFFF:
                raise self._bad("incorrect length check")
        else:
            raw = yield from self._read_bytes(4)
            if int.from_bytes(raw, "big") != value:
                raise self._bad("incorrect data check")

    # --------------------------------------------------------- the decoder

    def _run(self):
        if self._wrap:
            yield from self._header()
        out = self._out
        data = self._in
        pos = self._pos
        end = len(data)
        bitbuf = 0
        bitcnt = 0
        last = 0
        LBASE = _LBASE
        LEXTRA = _LEXTRA
        DBASE = _DBASE
        DEXTRA = _DEXTRA
        while not last:
            # ---- block header: BFINAL, BTYPE
            while bitcnt < 3:
                if pos >= end:
                    self._pos = pos
                    yield _NEED_INPUT
                    data = self._in
                    pos = self._pos
                    end = len(data)
                    continue
                bitbuf |= data[pos] << bitcnt
                pos += 1
                bitcnt += 8
            last = bitbuf & 1
            btype = (bitbuf >> 1) & 3
            bitbuf >>= 3
            bitcnt -= 3
            if btype == 0:
                # ---- stored block: to a byte boundary, LEN, NLEN, bytes
                drop = bitcnt & 7
                bitbuf >>= drop
                bitcnt -= drop
                header = bytearray()
                while len(header) < 4:
                    if bitcnt:
                        header.append(bitbuf & 255)
                        bitbuf >>= 8
                        bitcnt -= 8
                    elif pos < end:
                        header.append(data[pos])
                        pos += 1
                    else:
                        self._pos = pos
                        yield _NEED_INPUT
                        data = self._in
                        pos = self._pos
                        end = len(data)
                length = header[0] | (header[1] << 8)
                if length != (header[2] | (header[3] << 8)) ^ 0xFFFF:
                    raise self._bad("invalid stored block lengths")
                while length and bitcnt:
                    out.append(bitbuf & 255)
                    bitbuf >>= 8
                    bitcnt -= 8
                    length -= 1
                while length:
                    if pos >= end:
                        self._pos = pos
                        yield _NEED_INPUT
                        data = self._in
                        pos = self._pos
                        end = len(data)
                        continue
                    take = min(length, end - pos)
                    if self._limit is not None:
                        room = self._limit - len(out)
                        if room <= 0:
                            self._pos = pos
                            yield _OUTPUT_FULL
                            data = self._in
                            pos = self._pos
                            end = len(data)
                            continue
                        take = min(take, room)
                    out += data[pos:pos + take]
                    pos += take
                    length -= take
                continue
            if btype == 3:
                raise self._bad("invalid block type")
            if btype == 1:
                (ltab, lbits), (dtab, dbits) = _fixed_decode_tables()
            else:
                # ---- dynamic block: the code tables
                while bitcnt < 14:
                    if pos >= end:
                        self._pos = pos
                        yield _NEED_INPUT
                        data = self._in
                        pos = self._pos
                        end = len(data)
                        continue
                    bitbuf |= data[pos] << bitcnt
                    pos += 1
                    bitcnt += 8
                nlen = (bitbuf & 31) + 257
                ndist = ((bitbuf >> 5) & 31) + 1
                ncode = ((bitbuf >> 10) & 15) + 4
                bitbuf >>= 14
                bitcnt -= 14
                if nlen > 286 or ndist > 30:
                    raise self._bad("too many length or distance symbols")
                cl = [0] * 19
                for i in range(ncode):
                    while bitcnt < 3:
                        if pos >= end:
                            self._pos = pos
                            yield _NEED_INPUT
                            data = self._in
                            pos = self._pos
                            end = len(data)
                            continue
                        bitbuf |= data[pos] << bitcnt
                        pos += 1
                        bitcnt += 8
                    cl[_CLORDER[i]] = bitbuf & 7
                    bitbuf >>= 3
                    bitcnt -= 3
                built = _decode_table(cl, _CODES)
                if built is None:
                    raise self._bad("invalid code lengths set")
                ctab, cbits = built
                cmask = (1 << cbits) - 1
                lens = []
                total = nlen + ndist
                while len(lens) < total:
                    while bitcnt < cbits and pos < end:
                        bitbuf |= data[pos] << bitcnt
                        pos += 1
                        bitcnt += 8
                    e = ctab[bitbuf & cmask]
                    if e < 0 or (e & 15) > bitcnt:
                        if bitcnt >= cbits:
                            # cannot happen: the code is complete
                            raise self._bad("invalid code lengths set")
                        self._pos = pos
                        yield _NEED_INPUT
                        data = self._in
                        pos = self._pos
                        end = len(data)
                        continue
                    sym = e >> 4
                    n = e & 15
                    if sym < 16:
                        bitbuf >>= n
                        bitcnt -= n
                        lens.append(sym)
                        continue
                    need = n + (2 if sym == 16 else 3 if sym == 17 else 7)
                    while bitcnt < need:
                        if pos >= end:
                            self._pos = pos
                            yield _NEED_INPUT
                            data = self._in
                            pos = self._pos
                            end = len(data)
                            continue
                        bitbuf |= data[pos] << bitcnt
                        pos += 1
                        bitcnt += 8
                    bitbuf >>= n
                    bitcnt -= n
                    if sym == 16:
                        if not lens:
                            raise self._bad("invalid bit length repeat")
                        value = lens[-1]
                        copy = 3 + (bitbuf & 3)
                        bitbuf >>= 2
                        bitcnt -= 2
                    elif sym == 17:
                        value = 0
                        copy = 3 + (bitbuf & 7)
                        bitbuf >>= 3
                        bitcnt -= 3
                    else:
                        value = 0
                        copy = 11 + (bitbuf & 127)
                        bitbuf >>= 7
                        bitcnt -= 7
                    if len(lens) + copy > total:
                        raise self._bad("invalid bit length repeat")
                    lens.extend([value] * copy)
                if lens[256] == 0:
                    raise self._bad("invalid code -- missing end-of-block")
                built = _decode_table(lens[:nlen], _LENS)
                if built is None:
                    raise self._bad("invalid literal/lengths set")
                ltab, lbits = built
                built = _decode_table(lens[nlen:], _DISTS)
                if built is None:
                    raise self._bad("invalid distances set")
                dtab, dbits = built
            # ---- the compressed data of a Huffman block
            lmask = (1 << lbits) - 1
            dmask = (1 << dbits) - 1
            while True:
                while bitcnt < lbits and pos < end:
                    bitbuf |= data[pos] << bitcnt
                    pos += 1
                    bitcnt += 8
                e = ltab[bitbuf & lmask]
                n = e & 15
                if e < 0 or n > bitcnt:
                    if bitcnt >= lbits:
                        raise self._bad("invalid literal/length code")
                    self._pos = pos
                    yield _NEED_INPUT
                    data = self._in
                    pos = self._pos
                    end = len(data)
                    continue
                bitbuf >>= n
                bitcnt -= n
                sym = e >> 4
                if sym < 256:
                    out.append(sym)
                    if self._limit is not None and len(out) >= self._limit:
                        self._pos = pos
                        yield _OUTPUT_FULL
                        data = self._in
                        pos = self._pos
                        end = len(data)
                    continue
                if sym == 256:
                    break
                sym -= 257
                extra = LEXTRA[sym]
                while bitcnt < extra:
                    if pos >= end:
                        self._pos = pos
                        yield _NEED_INPUT
                        data = self._in
                        pos = self._pos
                        end = len(data)
                        continue
                    bitbuf |= data[pos] << bitcnt
                    pos += 1
                    bitcnt += 8
                length = LBASE[sym] + (bitbuf & ((1 << extra) - 1))
                bitbuf >>= extra
                bitcnt -= extra
                # distance
                while True:
                    while bitcnt < dbits and pos < end:
                        bitbuf |= data[pos] << bitcnt
                        pos += 1
                        bitcnt += 8
                    e = dtab[bitbuf & dmask]
                    n = e & 15
                    if e < 0 or n > bitcnt:
                        if bitcnt >= dbits:
                            raise self._bad("invalid distance code")
                        self._pos = pos
                        yield _NEED_INPUT
                        data = self._in
                        pos = self._pos
                        end = len(data)
                        continue
                    break
                bitbuf >>= n
                bitcnt -= n
                sym = e >> 4
                extra = DEXTRA[sym]
                while bitcnt < extra:
                    if pos >= end:
                        self._pos = pos
                        yield _NEED_INPUT
                        data = self._in
                        pos = self._pos
                        end = len(data)
                        continue
                    bitbuf |= data[pos] << bitcnt
                    pos += 1
                    bitcnt += 8
                dist = DBASE[sym] + (bitbuf & ((1 << extra) - 1))
                bitbuf >>= extra
                bitcnt -= extra
                have = len(out)
                if dist > have:
                    raise self._bad("invalid distance too far back")
                start = have - dist
                if length <= dist:
                    out += out[start:start + length]
                else:
                    chunk = out[start:]
                    reps = length // dist + 1
                    out += (chunk * reps)[:length]
                if self._limit is not None and len(out) >= self._limit:
                    self._pos = pos
                    yield _OUTPUT_FULL
                    data = self._in
                    pos = self._pos
                    end = len(data)
        # ---- after the last block: whole bytes left in the bit buffer
        # go back to the input
        drop = bitcnt & 7
        bitbuf >>= drop
        bitcnt -= drop
        back = b""
        while bitcnt:
            back += bytes((bitbuf & 255,))
            bitbuf >>= 8
            bitcnt -= 8
        self._in = back + data[pos:]
        self._pos = 0
        yield from self._trailer()
        self.unused = self._in[self._pos:]
        self._in = b""
        self._pos = 0


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """The data of the compressed stream in data.

    wbits picks the container and window: 8..15 (or 0: the header's)
    zlib, -8..-15 raw deflate, 24..31 gzip, 40..47 zlib or gzip.
    bufsize (the C zlib's first output size) is checked and ignored.
    """
    data = _buffer(data)
    wbits = _index(wbits)
    bufsize = _index(bufsize)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    parsed = _parse_inflate_wbits(wbits)
    if parsed is None:
        raise error("Error -2 while preparing to decompress data: "
                    "inconsistent stream state")
    inf = _Inflater(parsed[0], parsed[1])
    inf.feed(data)
    inf.run()
    if not inf.eof:
        raise error("Error -5 while decompressing data: "
                    "incomplete or truncated stream")
    return inf.take()


class Decompress:
    """A streaming decompressor (made by zlib.decompressobj)."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Decompress' instances")

    @property
    def unused_data(self):
        return self._unused_data

    @property
    def unconsumed_tail(self):
        return self._unconsumed_tail

    @property
    def eof(self):
        # as in zlib: only once all the output has been returned
        return self._inf.eof and not self._inf.pending()

    def decompress(self, data, /, max_length=0):
        """The output that data (added to what came before) decodes to;
        at most max_length bytes if it is not zero, the input left over
        then going to unconsumed_tail."""
        data = _buffer(data)
        max_length = _index(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        inf = self._inf
        limit = max_length or None
        had_tail = bool(self._unconsumed_tail)
        if self._ended:
            self._unused_data += bytes(data)
            return b""
        if inf.eof:
            # ended, but output is still waiting to be returned
            inf.unused += bytes(data)
        else:
            inf.feed(data)
            self._consumed += data
            if limit is None or inf.pending() < limit:
                inf.run(None if limit is None else limit - inf.pending())
        result = inf.take(limit)
        leftover = self._after_run()
        if leftover is not None:
            # zlib leaves what follows the stream in unconsumed_tail too,
            # when unconsumed_tail was not empty before
            self._unconsumed_tail = leftover if had_tail else b""
        elif limit is not None and not inf.eof:
            # what the decoder did not read goes back to the caller
            self._unconsumed_tail = inf._in[inf._pos:]
            inf._in = b""
            inf._pos = 0
            if self._unconsumed_tail:
                del self._consumed[-len(self._unconsumed_tail):]
        else:
            self._unconsumed_tail = b""
        return result

    def _after_run(self):
        """At the (visible) end of the stream, move what follows it to
        unused_data and return it; None otherwise."""
        inf = self._inf
        if self._ended or not inf.eof or inf.pending():
            return None
        self._ended = True
        leftover = inf.unused
        self._unused_data += leftover
        inf.unused = b""
        return leftover

    def flush(self, length=DEF_BUF_SIZE, /):
        """All the output still to come from the input given so far."""
        length = _index(length)
        if length <= 0:
            raise ValueError("length must be greater than zero")
        inf = self._inf
        had_tail = bool(self._unconsumed_tail)
        if not inf.eof:
            inf.feed(self._unconsumed_tail)
            self._consumed += self._unconsumed_tail
            inf.run()
        result = inf.take()
        leftover = self._after_run()
        if leftover is not None:
            self._unconsumed_tail = leftover if had_tail else b""
        elif not inf.eof:
            self._unconsumed_tail = b""
        return result

    def copy(self):
        """An independent decompressor in the same state."""
        # The decoder is a paused generator, which cannot be copied: the
        # copy decodes the same input again and drops what was returned.
        inf = self._inf
        if inf.error is not None:
            raise ValueError("Inconsistent stream state")
        c = object.__new__(Decompress)
        c._inf = _Inflater(inf._wrap, inf._wbits0, inf._zdict)
        c._inf.feed(self._consumed)
        c._inf.run()
        returned = inf._total + inf._emitted - inf._base
        c._inf.take(returned)
        c._consumed = bytearray(self._consumed)
        c._unused_data = self._unused_data
        c._unconsumed_tail = self._unconsumed_tail
        c._ended = self._ended
        if c._inf.eof:
            c._inf.unused = inf.unused
        return c


Decompress.__module__ = "zlib"


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    """A streaming decompressor (see decompress() for wbits); zdict is
    the preset dictionary the compressor used, if any."""
    wbits = _index(wbits)
    if zdict is not None and not isinstance(zdict, (bytes, bytearray)):
        try:
            zdict = memoryview(zdict).tobytes()
        except TypeError:
            raise TypeError("zdict argument must support the buffer "
                            "protocol") from None
    parsed = _parse_inflate_wbits(wbits)
    if parsed is None:
        raise ValueError("Invalid initialization option")
    d = object.__new__(Decompress)
    d._inf = _Inflater(parsed[0], parsed[1], bytes(zdict) if zdict else None)
    d._unused_data = b""
    d._unconsumed_tail = b""
    d._consumed = bytearray()   # the input decoded so far, for copy()
    d._ended = False            # the end of the stream has been returned
    return d


# ================================================================ deflate

class _BitWriter:
    __slots__ = ("out", "bitbuf", "bitcnt")

    def __init__(self):
        self.out = bytearray()
        self.bitbuf = 0
        self.bitcnt = 0

    def write(self, value, nbits):
        bitbuf = self.bitbuf | (value << self.bitcnt)
        bitcnt = self.bitcnt + nbits
        out = self.out
        while bitcnt >= 8:
            out.append(bitbuf & 255)
            bitbuf >>= 8
            bitcnt -= 8
        self.bitbuf = bitbuf
        self.bitcnt = bitcnt

    def align(self):
        if self.bitcnt:
            self.out.append(self.bitbuf & 255)
        self.bitbuf = 0
        self.bitcnt = 0

    def take(self):
        chunk = bytes(self.out)
        self.out = bytearray()
        return chunk

    def copy(self):
        c = _BitWriter()
        c.out = bytearray(self.out)
        c.bitbuf = self.bitbuf
        c.bitcnt = self.bitcnt
        return c


def _huffman_lengths(freqs, limit):
    """Code lengths (at most limit bits) for symbol frequencies, making a
    complete code; at least two symbols get a code, as in zlib."""
    import heapq
    used = [s for s, f in enumerate(freqs) if f]
    lengths = [0] * len(freqs)
    # zlib always gives two codes at least
    extra = 0
    while len(used) < 2:
        if extra not in used:
            used.append(extra)
        extra += 1
    used.sort()
    heap = []
    for order, s in enumerate(used):
        heap.append((freqs[s] or 1, order, s, None))
    heapq.heapify(heap)
    order = len(used)
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        heapq.heappush(heap, (a[0] + b[0], order, -1, (a, b)))
        order += 1
    # depths by walking the tree
    stack = [(heap[0], 0)]
    while stack:
        node, depth = stack.pop()
        if node[3] is None:
            lengths[node[2]] = max(depth, 1)
        else:
            stack.append((node[3][0], depth + 1))
            stack.append((node[3][1], depth + 1))
    if max(lengths) > limit:
        # clamp, then lengthen the least frequent short codes until the
        # Kraft sum fits, then shorten codes while there is room
        for s in used:
            if lengths[s] > limit:
                lengths[s] = limit
        full = 1 << limit
        kraft = sum(1 << (limit - lengths[s]) for s in used)
        by_rarity = sorted(used, key=lambda s: (freqs[s], -lengths[s]))
        while kraft > full:
            for s in by_rarity:
                if lengths[s] < limit:
                    kraft -= 1 << (limit - lengths[s] - 1)
                    lengths[s] += 1
                    break
        while kraft < full:
            best = None
            for s in sorted(used, key=lambda s: (-lengths[s], -freqs[s])):
                gain = 1 << (limit - lengths[s])
                if lengths[s] > 1 and kraft + gain <= full:
                    best = s
                    break
            lengths[best] -= 1
            kraft += 1 << (limit - lengths[best] - 1)
    return lengths


# length 3..258 -> (symbol index 0..28, extra bits value)
def _length_codes():
    table = [None] * 259
    for i in range(29):
        base = _LBASE[i]
        for k in range(1 << _LEXTRA[i]):
            if base + k <= 258:
                table[base + k] = (i, k)
    table[258] = (28, 0)
    return table


_LENGTH_CODE = None   # made on first use


def _dist_code(d):
    # symbol of distance d (1..32768)
    if d <= 4:
        return d - 1
    n = (d - 1).bit_length() - 1      # 2 .. 14
    return 2 * n + (((d - 1) >> (n - 1)) & 1)


_CONFIG = {
    # level: (max chain, nice length, max lazy: defer matches shorter
    # than this to look one byte further, 0 for none)
    1: (4, 8, 0), 2: (6, 16, 0), 3: (12, 32, 0),
    4: (8, 16, 4), 5: (16, 32, 16), 6: (32, 128, 16),
    7: (64, 128, 32), 8: (128, 258, 128), 9: (256, 258, 258),
}


def _lz77(window, start, level, strategy, max_dist=32506):
    """Tokens for window[start:], in two lists: a literal is its byte
    with distance 0, a match its length (3..258) with its distance.
    window[:start] is history that matches may reach into; no match
    reaches back further than max_dist."""
    n = len(window)
    lits = []
    dists = []
    if strategy == Z_HUFFMAN_ONLY or level == 0:
        lits.extend(window[start:])
        dists.extend([0] * (n - start))
        return lits, dists
    if strategy == Z_RLE:
        i = start
        while i < n:
            c = window[i]
            if (i > 0 and i + 2 < n and window[i - 1] == c
                    and window[i + 1] == c and window[i + 2] == c):
                length = 3
                maxl = min(258, n - i)
                while length < maxl and window[i + length] == c:
                    length += 1
                lits.append(length)
                dists.append(1)
                i += length
            else:
                lits.append(c)
                dists.append(0)
                i += 1
        return lits, dists
    max_chain, nice, max_lazy = _CONFIG[level]
    head = {}
    prev = [-1] * n
    last3 = n - 2          # positions below this have 3 bytes ahead
    # Like zlib, never match against the very first byte of a stream
    # (zlib's hash chains use position 0 as "none").
    first = 1 if start == 0 else 0
    for j in range(max(0, start - max_dist), min(start, last3)):
        key = (window[j] << 16) | (window[j + 1] << 8) | window[j + 2]
        prev[j] = head.get(key, -1)
        head[key] = j
    i = start
    plen = 0               # a match deferred from i - 1 (lazy matching)
    pdist = 0
    while i < n:
        length = 0
        dist = 0
        if i < last3:
            key = (window[i] << 16) | (window[i + 1] << 8) | window[i + 2]
            cand = head.get(key, -1)
            prev[i] = cand
            if i >= first:
                head[key] = i
            # the longest match among the chain of earlier positions
            if cand >= 0 and (plen == 0 or plen < max_lazy):
                best = 2 if plen == 0 else plen
                maxl = n - i
                if maxl > 258:
                    maxl = 258
                chain = max_chain
                limit = i - max_dist if i > max_dist else 0
                while cand >= limit and chain > 0 and best < maxl:
                    if window[cand + best] == window[i + best]:
                        k = 3
                        while k < maxl and window[cand + k] == window[i + k]:
                            k += 1
                        if k > best:
                            best = k
                            length = k
                            dist = i - cand
                            if k >= nice:
                                break
                    cand = prev[cand]
                    chain -= 1
        if plen:
            if length > plen:
                # better one byte later: the deferred start is a literal
                lits.append(window[i - 1])
                dists.append(0)
                plen = length
                pdist = dist
                i += 1
                continue
            lits.append(plen)
            dists.append(pdist)
            stop = i - 1 + plen
            j = i + 1
            while j < stop:
                if j < last3:
                    key = ((window[j] << 16) | (window[j + 1] << 8)
                           | window[j + 2])
                    prev[j] = head.get(key, -1)
                    head[key] = j
                j += 1
            i = stop
            plen = 0
            continue
        if length >= 3:
            if length < max_lazy and i + 1 < n:
                plen = length
                pdist = dist
                i += 1
                continue
            lits.append(length)
            dists.append(dist)
            stop = i + length
            j = i + 1
            while j < stop:
                if j < last3:
                    key = ((window[j] << 16) | (window[j + 1] << 8)
                           | window[j + 2])
                    prev[j] = head.get(key, -1)
                    head[key] = j
                j += 1
            i = stop
        else:
            lits.append(window[i])
            dists.append(0)
            i += 1
    return lits, dists


_fixed_enc = None


def _fixed_encoding():
    global _fixed_enc
    if _fixed_enc is None:
        ll = _fixed_lengths()
        dl = [5] * 30
        _fixed_enc = (_canonical_codes(ll), ll, _canonical_codes(dl), dl)
    return _fixed_enc


def _write_tokens(w, lits, dists, lcodes, llens, dcodes, dlens):
    global _LENGTH_CODE
    if _LENGTH_CODE is None:
        _LENGTH_CODE = _length_codes()
    out = w.out
    bitbuf = w.bitbuf
    bitcnt = w.bitcnt
    LC = _LENGTH_CODE
    LEX = _LEXTRA
    DEX = _DEXTRA
    DB = _DBASE
    for k in range(len(lits)):
        d = dists[k]
        v = lits[k]
        if d == 0:
            bitbuf |= lcodes[v] << bitcnt
            bitcnt += llens[v]
        else:
            li, lx = LC[v]
            s = 257 + li
            bitbuf |= lcodes[s] << bitcnt
            bitcnt += llens[s]
            e = LEX[li]
            if e:
                bitbuf |= lx << bitcnt
                bitcnt += e
            ds = _dist_code(d)
            bitbuf |= dcodes[ds] << bitcnt
            bitcnt += dlens[ds]
            e = DEX[ds]
            if e:
                bitbuf |= (d - DB[ds]) << bitcnt
                bitcnt += e
        while bitcnt >= 8:
            out.append(bitbuf & 255)
            bitbuf >>= 8
            bitcnt -= 8
    # end of block
    bitbuf |= lcodes[256] << bitcnt
    bitcnt += llens[256]
    while bitcnt >= 8:
        out.append(bitbuf & 255)
        bitbuf >>= 8
        bitcnt -= 8
    w.bitbuf = bitbuf
    w.bitcnt = bitcnt


def _write_stored(w, chunk, final):
    pos = 0
    while True:
        piece = chunk[pos:pos + 65535]
        pos += len(piece)
        last = final and pos >= len(chunk)
        w.write(1 if last else 0, 3)
        w.align()
        n = len(piece)
        w.out += bytes((n & 255, n >> 8, (n & 255) ^ 255, (n >> 8) ^ 255))
        w.out += piece
        if pos >= len(chunk):
            break


def _rle_lengths(lengths):
    """The code-length-code symbols (sym, extra bits, extra value)."""
    out = []
    i = 0
    n = len(lengths)
    while i < n:
        v = lengths[i]
        run = 1
        while i + run < n and lengths[i + run] == v:
            run += 1
        i += run
        if v == 0:
            while run >= 11:
                k = min(run, 138)
                out.append((18, 7, k - 11))
                run -= k
            if run >= 3:
                out.append((17, 3, run - 3))
                run = 0
            out.extend([(0, 0, 0)] * run)
        else:
            out.append((v, 0, 0))
            run -= 1
            while run >= 3:
                k = min(run, 6)
                out.append((16, 2, k - 3))
                run -= k
            out.extend([(v, 0, 0)] * run)
    return out


def _write_block(w, raw, lits, dists, final, strategy):
    """One block for the tokens: stored, fixed or dynamic, the smallest."""
    global _LENGTH_CODE
    if _LENGTH_CODE is None:
        _LENGTH_CODE = _length_codes()
    lfreq = [0] * 286
    dfreq = [0] * 30
    LC = _LENGTH_CODE
    for k in range(len(lits)):
        d = dists[k]
        if d == 0:
            lfreq[lits[k]] += 1
        else:
            lfreq[257 + LC[lits[k]][0]] += 1
            dfreq[_dist_code(d)] += 1
    lfreq[256] = 1
    nbytes = len(raw)
    # bits of the data part of each kind of block
    fl_codes, fl_lens, fd_codes, fd_lens = _fixed_encoding()
    extra_bits = 0
    for s in range(257, 286):
        extra_bits += lfreq[s] * _LEXTRA[s - 257]
    for s in range(30):
        extra_bits += dfreq[s] * _DEXTRA[s]
    fixed_cost = 3 + extra_bits + sum(
        lfreq[s] * fl_lens[s] for s in range(286)) + 5 * sum(dfreq)
    stored_cost = (3 + 7 + 32 + 8 * nbytes
                   + (nbytes // 65535) * (3 + 7 + 32))
    dyn = None
    if strategy != Z_FIXED:
        llens = _huffman_lengths(lfreq, 15)
        dlens = _huffman_lengths(dfreq, 15)
        nlen = 286
        while nlen > 257 and llens[nlen - 1] == 0:
            nlen -= 1
        ndist = 30
        while ndist > 1 and dlens[ndist - 1] == 0:
            ndist -= 1
        rle = _rle_lengths(llens[:nlen] + dlens[:ndist])
        cfreq = [0] * 19
        for sym, _, _ in rle:
            cfreq[sym] += 1
        clens = _huffman_lengths(cfreq, 7)
        ncode = 19
        while ncode > 4 and clens[_CLORDER[ncode - 1]] == 0:
            ncode -= 1
        dyn_cost = (3 + 14 + 3 * ncode
                    + sum(clens[s] + e for s, e, _ in rle)
                    + extra_bits
                    + sum(lfreq[s] * llens[s] for s in range(286))
                    + sum(dfreq[s] * dlens[s] for s in range(30)))
        dyn = (dyn_cost, llens, dlens, nlen, ndist, rle, clens, ncode)
    best = min(stored_cost, fixed_cost,
               dyn[0] if dyn is not None else fixed_cost + 1)
    if strategy != Z_FIXED and stored_cost <= best:
        _write_stored(w, raw, final)
        return
    if dyn is None or fixed_cost <= dyn[0]:
        w.write(int(final) | (1 << 1), 3)
        _write_tokens(w, lits, dists, fl_codes, fl_lens, fd_codes, fd_lens)
        return
    _, llens, dlens, nlen, ndist, rle, clens, ncode = dyn
    w.write(int(final) | (2 << 1), 3)
    w.write(nlen - 257, 5)
    w.write(ndist - 1, 5)
    w.write(ncode - 4, 4)
    for i in range(ncode):
        w.write(clens[_CLORDER[i]], 3)
    ccodes = _canonical_codes(clens)
    for sym, nextra, value in rle:
        w.write(ccodes[sym], clens[sym])
        if nextra:
            w.write(value, nextra)
    _write_tokens(w, lits, dists, _canonical_codes(llens), llens,
                  _canonical_codes(dlens), dlens)


_BLOCK_TOKENS = 16384   # symbols per block, as zlib at memLevel 8


def _deflate_into(w, history, data, level, strategy, final, wbits):
    """Compress data (after history, which matches may reach into) as
    blocks into the bit writer w, with a window of 2 ** wbits bytes."""
    # zlib keeps 262 bytes of lookahead out of the window
    max_dist = (1 << wbits) - 262
    window = bytes(history[-max_dist:]) + bytes(data)
    base = len(window) - len(data)
    if not data:
        if final and level == 0:
            _write_stored(w, b"", True)
        elif final:
            # an empty final fixed block: 3 + 7 bits
            w.write(1 | (1 << 1), 3)
            w.write(0, 7)
        return
    if level == 0:
        _write_stored(w, window[base:], final)
        return
    lits, dists = _lz77(window, base, level, strategy, max_dist)
    pos = base   # input position of the next block
    ntok = len(lits)
    for t in range(0, ntok, _BLOCK_TOKENS):
        blits = lits[t:t + _BLOCK_TOKENS]
        bdists = dists[t:t + _BLOCK_TOKENS]
        span = 0
        for k in range(len(blits)):
            span += blits[k] if bdists[k] else 1
        is_last = final and t + _BLOCK_TOKENS >= ntok
        _write_block(w, window[pos:pos + span], blits, bdists, is_last,
                     strategy)
        pos += span


def _parse_deflate_wbits(wbits):
    """(wrap, window bits) as zlib's deflateInit2, None if refused."""
    wrap = 1
    if wbits < 0:
        wrap = 0
        if wbits < -15:
            return None
        wbits = -wbits
    elif wbits > 15:
        wrap = 2
        wbits -= 16
    if wbits < 8 or wbits > 15 or (wbits == 8 and wrap != 1):
        return None
    if wbits == 8:
        wbits = 9
    return wrap, wbits


def _zlib_header(level, wbits, strategy, dictid=None):
    cmf = ((wbits - 8) << 4) | DEFLATED
    if strategy >= Z_HUFFMAN_ONLY or level < 2:
        flevel = 0
    elif level < 6:
        flevel = 1
    elif level == 6:
        flevel = 2
    else:
        flevel = 3
    header = (cmf << 8) | (flevel << 6)
    if dictid is not None:
        header |= 0x20
    header += 31 - (header % 31)
    out = header.to_bytes(2, "big")
    if dictid is not None:
        out += dictid.to_bytes(4, "big")
    return out


def _gzip_header(level, strategy):
    xfl = 2 if level == 9 else (
        4 if strategy >= Z_HUFFMAN_ONLY or level < 2 else 0)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + bytes((xfl, 3))


class Compress:
    """A streaming compressor (made by zlib.compressobj)."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Compress' instances")

    def _start(self, level, wrap, wbits, strategy, zdict):
        self._level = level
        self._wrap = wrap
        self._wbits = wbits
        self._strategy = strategy
        self._writer = _BitWriter()
        self._pending = bytearray()
        self._history = bytes(zdict) if zdict else b""
        self._header_done = False
        self._zdict = zdict
        self._check = 1 if wrap == 1 else 0
        self._size = 0
        self._finished = False
        self._last_flush = -2
        # zlib's strm->msg: kept from a "buffer error" and shown in the
        # error a finished stream gives
        self._msg = None

    def _header(self):
        if self._header_done:
            return
        self._header_done = True
        if self._wrap == 1:
            dictid = adler32(self._zdict) if self._zdict else None
            self._writer.out += _zlib_header(self._level, self._wbits,
                                             self._strategy, dictid)
        elif self._wrap == 2:
            self._writer.out += _gzip_header(self._level, self._strategy)

    def _account(self, data):
        if self._wrap == 1:
            self._check = adler32(data, self._check)
        elif self._wrap == 2:
            self._check = _binascii.crc32(data, self._check)
        self._size += len(data)

    def _emit(self, data, final):
        _deflate_into(self._writer, self._history, data, self._level,
                      self._strategy, final, self._wbits)
        self._history = (self._history + bytes(data))[-32768:]

    def compress(self, data, /):
        """Compressed output for data, possibly empty (the input is kept
        until 64 KiB are gathered or flush() is called)."""
        data = _buffer(data)
        if self._finished:
            raise error("Error -2 while compressing data: "
                        + (self._msg or "inconsistent stream state"))
        if not data and self._header_done and self._last_flush >= 0:
            self._msg = "buffer error"   # nothing to do: Z_BUF_ERROR
        self._header()
        self._last_flush = Z_NO_FLUSH
        self._account(data)
        self._pending += data
        if len(self._pending) >= 65536:
            cut = len(self._pending) - len(self._pending) % 65536
            chunk = bytes(self._pending[:cut])
            del self._pending[:cut]
            self._emit(chunk, False)
        return self._writer.take()

    def flush(self, mode=Z_FINISH, /):
        """The compressed output still held back.

        mode is Z_FINISH (end the stream), Z_SYNC_FLUSH or Z_FULL_FLUSH
        (make all input so far decodable; FULL also forgets the history),
        or Z_NO_FLUSH (do nothing).
        """
        mode = _index(mode)
        if mode == Z_NO_FLUSH:
            return b""
        if self._finished:
            raise error("Error -2 while flushing: "
                        + (self._msg or "inconsistent stream state"))
        rank = mode * 2 - (9 if mode > 4 else 0)
        old = self._last_flush
        old_rank = old * 2 - (9 if old > 4 else 0)
        self._header()
        self._last_flush = mode
        if (mode != Z_FINISH and not self._pending and not self._writer.out
                and rank <= old_rank):
            self._msg = "buffer error"
            return b""
        chunk = bytes(self._pending)
        self._pending = bytearray()
        if mode == Z_FINISH:
            self._emit(chunk, True)
            w = self._writer
            w.align()
            if self._wrap == 1:
                w.out += self._check.to_bytes(4, "big")
            elif self._wrap == 2:
                w.out += self._check.to_bytes(4, "little")
                w.out += (self._size & 0xFFFFFFFF).to_bytes(4, "little")
            self._finished = True
            return w.take()
        if chunk:
            self._emit(chunk, False)
        # an empty stored block ends on a byte boundary
        w = self._writer
        w.write(0, 3)
        w.align()
        w.out += b"\x00\x00\xff\xff"
        if mode == Z_FULL_FLUSH:
            self._history = b""
        return w.take()

    def copy(self):
        """An independent compressor in the same state."""
        if self._finished:
            raise ValueError("Inconsistent stream state")
        c = object.__new__(Compress)
        c.__dict__.update(self.__dict__)
        c._writer = self._writer.copy()
        c._pending = bytearray(self._pending)
        return c


Compress.__module__ = "zlib"


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED,
                wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """A streaming compressor.

    level is 0 (store) to 9 (smallest), -1 meaning 6; method must be
    DEFLATED; wbits as for compress(); memLevel (1..9) is checked only;
    strategy is Z_DEFAULT_STRATEGY, Z_FILTERED (the same here),
    Z_HUFFMAN_ONLY (no matches), Z_RLE (runs only) or Z_FIXED (fixed
    Huffman codes); zdict is a preset dictionary that matches may use.
    """
    if zdict is not None:
        zdict = _buffer(zdict)
    method = _index(method)
    memLevel = _index(memLevel)
    strategy = _index(strategy)
    wbits = _index(wbits)
    lv = _index(level)
    parsed = _parse_deflate_wbits(wbits)
    if (parsed is None or method != DEFLATED or not 1 <= memLevel <= 9
            or not 0 <= strategy <= 4 or not -1 <= lv <= 9):
        raise ValueError("Invalid initialization option")
    c = object.__new__(Compress)
    c._start(6 if lv == -1 else lv, parsed[0], parsed[1], strategy,
             bytes(zdict) if zdict else None)
    return c


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """data compressed as one stream.

    level is 0 (store) to 9 (smallest), -1 meaning 6; wbits picks the
    container and window: 9..15 zlib, -9..-15 raw deflate, 25..31 gzip.
    """
    data = _buffer(data)
    level = _index(level)
    wbits = _index(wbits)
    parsed = _parse_deflate_wbits(wbits)
    if parsed is None or not -1 <= level <= 9:
        raise error("Bad compression level")
    c = object.__new__(Compress)
    c._start(6 if level == -1 else level, parsed[0], parsed[1],
             Z_DEFAULT_STRATEGY, None)
    return c.compress(data) + c.flush(Z_FINISH)
