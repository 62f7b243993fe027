"""Secure hashes and message digests (ouro's hashlib).

Every algorithm is implemented here in Python (no OpenSSL):

  * md5, sha1, sha224, sha256, sha384, sha512, sha512_224, sha512_256
  * sha3_224, sha3_256, sha3_384, sha3_512, shake_128, shake_256
  * blake2b and blake2s with all their parameters (key, salt, person,
    digest_size, the tree-hashing fields, last_node)
  * new(name, data=b''), algorithms_guaranteed, algorithms_available,
    pbkdf2_hmac and file_digest

Hash objects have update/digest/hexdigest/copy and the attributes name,
digest_size and block_size, as in CPython 3.11 (shake objects take a
length in digest/hexdigest).  Digests are bit-for-bit those of python3.
Input may be any bytes-like object; str raises CPython's TypeError.

Not supported: 'md5-sha1', 'ripemd160', 'sm3' and the other extra names
of an OpenSSL build (algorithms_available is algorithms_guaranteed plus
sha512_224 and sha512_256); speed is that of pure Python (tens of KB per
second), fine for small data.  The `usedforsecurity` flag is accepted
and ignored.
"""

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _data_arg(data):
    """A bytes-like argument of update() as bytes/bytearray."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


def _index(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), "__index__"):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(value).__name__)


# ================================================== Merkle-Damgard hashes

class _MDEngine:
    """Buffering and padding shared by MD5, SHA-1 and SHA-2.

    A subclass sets block_size, digest_size, name, _lenbytes (8 or 16),
    _big (endianness of the length field) and _outwords, and defines
    _compress(data, offset), which updates self._h from one block.
    """

    __slots__ = ("_h", "_buf", "_count")

    def __init__(self):
        self._h = list(self._iv)
        self._buf = b""
        self._count = 0

    def copy(self):
        c = object.__new__(type(self))
        c._h = list(self._h)
        c._buf = self._buf
        c._count = self._count
        return c

    def update(self, data):
        if not data:
            return
        self._count += len(data)
        bs = self.block_size
        buf = self._buf
        if buf:
            need = bs - len(buf)
            if len(data) < need:
                self._buf = buf + bytes(data)
                return
            self._compress(buf + bytes(data[:need]), 0)
            data = data[need:]
        n = len(data)
        end = n - n % bs
        compress = self._compress
        for off in range(0, end, bs):
            compress(data, off)
        self._buf = bytes(data[end:])

    def digest(self):
        c = self.copy()
        bs = self.block_size
        lb = self._lenbytes
        bits = (self._count * 8) & ((1 << (8 * lb)) - 1)
        pad = (bs - lb - 1 - len(c._buf)) % bs
        tail = b"\x80" + b"\0" * pad + bits.to_bytes(
            lb, "big" if self._big else "little")
        data = c._buf + tail
        c._buf = b""
        for off in range(0, len(data), bs):
            c._compress(data, off)
        order = "big" if self._big else "little"
        wb = self._wordbytes
        out = b"".join(w.to_bytes(wb, order) for w in c._h)
        return out[:self.digest_size]


# ---------------------------------------------------------------------- MD5

# K[i] = floor(abs(sin(i + 1)) * 2**32); per-step rotations; message word
# order of the four rounds (RFC 1321)
_MD5_K = (
    0xD76AA478, 0xE8C7B756, 0x242070DB, 0xC1BDCEEE, 0xF57C0FAF, 0x4787C62A,
    0xA8304613, 0xFD469501, 0x698098D8, 0x8B44F7AF, 0xFFFF5BB1, 0x895CD7BE,
    0x6B901122, 0xFD987193, 0xA679438E, 0x49B40821, 0xF61E2562, 0xC040B340,
    0x265E5A51, 0xE9B6C7AA, 0xD62F105D, 0x02441453, 0xD8A1E681, 0xE7D3FBC8,
    0x21E1CDE6, 0xC33707D6, 0xF4D50D87, 0x455A14ED, 0xA9E3E905, 0xFCEFA3F8,
    0x676F02D9, 0x8D2A4C8A, 0xFFFA3942, 0x8771F681, 0x6D9D6122, 0xFDE5380C,
    0xA4BEEA44, 0x4BDECFA9, 0xF6BB4B60, 0xBEBFBC70, 0x289B7EC6, 0xEAA127FA,
    0xD4EF3085, 0x04881D05, 0xD9D4D039, 0xE6DB99E5, 0x1FA27CF8, 0xC4AC5665,
    0xF4292244, 0x432AFF97, 0xAB9423A7, 0xFC93A039, 0x655B59C3, 0x8F0CCC92,
    0xFFEFF47D, 0x85845DD1, 0x6FA87E4F, 0xFE2CE6E0, 0xA3014314, 0x4E0811A1,
    0xF7537E82, 0xBD3AF235, 0x2AD7D2BB, 0xEB86D391,
)
_MD5_S = (
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14,
    20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11,
    16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6,
    10, 15, 21, 6, 10, 15, 21
)
_MD5_G = (
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 1, 6, 11, 0, 5,
    10, 15, 4, 9, 14, 3, 8, 13, 2, 7, 12, 5, 8, 11, 14, 1, 4, 7, 10, 13,
    0, 3, 6, 9, 12, 15, 2, 0, 7, 14, 5, 12, 3, 10, 1, 8, 15, 6, 13, 4, 11,
    2, 9
)


class _MD5(_MDEngine):
    __slots__ = ()
    name = "md5"
    block_size = 64
    digest_size = 16
    _lenbytes = 8
    _big = False
    _wordbytes = 4
    _iv = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476)

    def _compress(self, data, off):
        x = [int.from_bytes(data[off + i:off + i + 4], "little")
             for i in range(0, 64, 4)]
        h = self._h
        a, b, c, d = h
        K = _MD5_K
        S = _MD5_S
        G = _MD5_G
        M = _M32
        for i in range(16):
            f = (b & c) | (~b & d)
            t = (a + f + K[i] + x[i]) & M
            s = S[i]
            a, d, c = d, c, b
            b = (b + (((t << s) | (t >> (32 - s))) & M)) & M
        for i in range(16, 32):
            f = (d & b) | (~d & c)
            t = (a + f + K[i] + x[G[i]]) & M
            s = S[i]
            a, d, c = d, c, b
            b = (b + (((t << s) | (t >> (32 - s))) & M)) & M
        for i in range(32, 48):
            f = b ^ c ^ d
            t = (a + f + K[i] + x[G[i]]) & M
            s = S[i]
            a, d, c = d, c, b
            b = (b + (((t << s) | (t >> (32 - s))) & M)) & M
        for i in range(48, 64):
            f = c ^ (b | (~d & M))
            t = (a + f + K[i] + x[G[i]]) & M
            s = S[i]
            a, d, c = d, c, b
            b = (b + (((t << s) | (t >> (32 - s))) & M)) & M
        h[0] = (h[0] + a) & M
        h[1] = (h[1] + b) & M
        h[2] = (h[2] + c) & M
        h[3] = (h[3] + d) & M


# -------------------------------------------------------------------- SHA-1

class _SHA1(_MDEngine):
    __slots__ = ()
    name = "sha1"
    block_size = 64
    digest_size = 20
    _lenbytes = 8
    _big = True
    _wordbytes = 4
    _iv = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

    def _compress(self, data, off):
        M = _M32
        w = [int.from_bytes(data[off + i:off + i + 4], "big")
             for i in range(0, 64, 4)]
        for i in range(16, 80):
            v = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
            w.append(((v << 1) | (v >> 31)) & M)
        h = self._h
        a, b, c, d, e = h
        for i in range(20):
            t = ((((a << 5) | (a >> 27)) & M) + ((b & c) | (~b & d))
                 + e + 0x5A827999 + w[i]) & M
            e, d, c, b, a = d, c, ((b << 30) | (b >> 2)) & M, a, t
        for i in range(20, 40):
            t = ((((a << 5) | (a >> 27)) & M) + (b ^ c ^ d)
                 + e + 0x6ED9EBA1 + w[i]) & M
            e, d, c, b, a = d, c, ((b << 30) | (b >> 2)) & M, a, t
        for i in range(40, 60):
            t = ((((a << 5) | (a >> 27)) & M) + ((b & c) | (b & d) | (c & d))
                 + e + 0x8F1BBCDC + w[i]) & M
            e, d, c, b, a = d, c, ((b << 30) | (b >> 2)) & M, a, t
        for i in range(60, 80):
            t = ((((a << 5) | (a >> 27)) & M) + (b ^ c ^ d)
                 + e + 0xCA62C1D6 + w[i]) & M
            e, d, c, b, a = d, c, ((b << 30) | (b >> 2)) & M, a, t
        h[0] = (h[0] + a) & M
        h[1] = (h[1] + b) & M
        h[2] = (h[2] + c) & M
        h[3] = (h[3] + d) & M
        h[4] = (h[4] + e) & M


# -------------------------------------------------------------------- SHA-2

# FIPS 180-4: the first 32/64 bits of the fractional parts of the cube
# roots of the first 64/80 primes (K) and of the square roots of the first
# 8 (SHA-256, SHA-512 IV) or the 9th-16th (SHA-384 IV) primes.
_K256 = (
    0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 0x3956C25B, 0x59F111F1,
    0x923F82A4, 0xAB1C5ED5, 0xD807AA98, 0x12835B01, 0x243185BE, 0x550C7DC3,
    0x72BE5D74, 0x80DEB1FE, 0x9BDC06A7, 0xC19BF174, 0xE49B69C1, 0xEFBE4786,
    0x0FC19DC6, 0x240CA1CC, 0x2DE92C6F, 0x4A7484AA, 0x5CB0A9DC, 0x76F988DA,
    0x983E5152, 0xA831C66D, 0xB00327C8, 0xBF597FC7, 0xC6E00BF3, 0xD5A79147,
    0x06CA6351, 0x14292967, 0x27B70A85, 0x2E1B2138, 0x4D2C6DFC, 0x53380D13,
    0x650A7354, 0x766A0ABB, 0x81C2C92E, 0x92722C85, 0xA2BFE8A1, 0xA81A664B,
    0xC24B8B70, 0xC76C51A3, 0xD192E819, 0xD6990624, 0xF40E3585, 0x106AA070,
    0x19A4C116, 0x1E376C08, 0x2748774C, 0x34B0BCB5, 0x391C0CB3, 0x4ED8AA4A,
    0x5B9CCA4F, 0x682E6FF3, 0x748F82EE, 0x78A5636F, 0x84C87814, 0x8CC70208,
    0x90BEFFFA, 0xA4506CEB, 0xBEF9A3F7, 0xC67178F2,
)

_K512 = (
    0x428A2F98D728AE22, 0x7137449123EF65CD, 0xB5C0FBCFEC4D3B2F,
    0xE9B5DBA58189DBBC, 0x3956C25BF348B538, 0x59F111F1B605D019,
    0x923F82A4AF194F9B, 0xAB1C5ED5DA6D8118, 0xD807AA98A3030242,
    0x12835B0145706FBE, 0x243185BE4EE4B28C, 0x550C7DC3D5FFB4E2,
    0x72BE5D74F27B896F, 0x80DEB1FE3B1696B1, 0x9BDC06A725C71235,
    0xC19BF174CF692694, 0xE49B69C19EF14AD2, 0xEFBE4786384F25E3,
    0x0FC19DC68B8CD5B5, 0x240CA1CC77AC9C65, 0x2DE92C6F592B0275,
    0x4A7484AA6EA6E483, 0x5CB0A9DCBD41FBD4, 0x76F988DA831153B5,
    0x983E5152EE66DFAB, 0xA831C66D2DB43210, 0xB00327C898FB213F,
    0xBF597FC7BEEF0EE4, 0xC6E00BF33DA88FC2, 0xD5A79147930AA725,
    0x06CA6351E003826F, 0x142929670A0E6E70, 0x27B70A8546D22FFC,
    0x2E1B21385C26C926, 0x4D2C6DFC5AC42AED, 0x53380D139D95B3DF,
    0x650A73548BAF63DE, 0x766A0ABB3C77B2A8, 0x81C2C92E47EDAEE6,
    0x92722C851482353B, 0xA2BFE8A14CF10364, 0xA81A664BBC423001,
    0xC24B8B70D0F89791, 0xC76C51A30654BE30, 0xD192E819D6EF5218,
    0xD69906245565A910, 0xF40E35855771202A, 0x106AA07032BBD1B8,
    0x19A4C116B8D2D0C8, 0x1E376C085141AB53, 0x2748774CDF8EEB99,
    0x34B0BCB5E19B48A8, 0x391C0CB3C5C95A63, 0x4ED8AA4AE3418ACB,
    0x5B9CCA4F7763E373, 0x682E6FF3D6B2B8A3, 0x748F82EE5DEFB2FC,
    0x78A5636F43172F60, 0x84C87814A1F0AB72, 0x8CC702081A6439EC,
    0x90BEFFFA23631E28, 0xA4506CEBDE82BDE9, 0xBEF9A3F7B2C67915,
    0xC67178F2E372532B, 0xCA273ECEEA26619C, 0xD186B8C721C0C207,
    0xEADA7DD6CDE0EB1E, 0xF57D4F7FEE6ED178, 0x06F067AA72176FBA,
    0x0A637DC5A2C898A6, 0x113F9804BEF90DAE, 0x1B710B35131C471B,
    0x28DB77F523047D84, 0x32CAAB7B40C72493, 0x3C9EBE0A15C9BEBC,
    0x431D67C49C100D4C, 0x4CC5D4BECB3E42B6, 0x597F299CFC657E2A,
    0x5FCB6FAB3AD6FAEC, 0x6C44198C4A475817,
)

_SHA256_IV = (
    0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A,
    0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19,
)

_SHA512_IV = (
    0x6A09E667F3BCC908, 0xBB67AE8584CAA73B, 0x3C6EF372FE94F82B,
    0xA54FF53A5F1D36F1, 0x510E527FADE682D1, 0x9B05688C2B3E6C1F,
    0x1F83D9ABFB41BD6B, 0x5BE0CD19137E2179,
)

_SHA384_IV = (
    0xCBBB9D5DC1059ED8, 0x629A292A367CD507, 0x9159015A3070DD17,
    0x152FECD8F70E5939, 0x67332667FFC00B31, 0x8EB44A8768581511,
    0xDB0C2E0D64F98FA7, 0x47B5481DBEFA4FA4,
)

# SHA-512/t initial values (FIPS 180-4, 5.3.6)
_SHA512_224_IV = (
    0x8C3D37C819544DA2, 0x73E1996689DCD4D6, 0x1DFAB7AE32FF9C82,
    0x679DD514582F9FCF, 0x0F6D2B697BD44DA8, 0x77E36F7304C48942,
    0x3F9D85A86A1D36C8, 0x1112E6AD91D692A1,
)

_SHA512_256_IV = (
    0x22312194FC2BF72C, 0x9F555FA3C84C64C2, 0x2393B86B6F53B151,
    0x963877195940EABD, 0x96283EE2A88EFFE3, 0xBE5E1E2553863992,
    0x2B0199FC2C85B8AA, 0x0EB72DDC81C52CA2,
)


class _SHA256(_MDEngine):
    __slots__ = ()
    name = "sha256"
    block_size = 64
    digest_size = 32
    _lenbytes = 8
    _big = True
    _wordbytes = 4
    _iv = _SHA256_IV

    def _compress(self, data, off):
        M = _M32
        w = [int.from_bytes(data[off + i:off + i + 4], "big")
             for i in range(0, 64, 4)]
        for i in range(16, 64):
            x = w[i - 15]
            y = w[i - 2]
            s0 = (((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14))
                  ^ (x >> 3)) & M
            s1 = (((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13))
                  ^ (y >> 10)) & M
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & M)
        h = self._h
        a, b, c, d, e, f, g, hh = h
        K = _K256
        for i in range(64):
            S1 = (((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21))
                  ^ ((e >> 25) | (e << 7))) & M
            t1 = hh + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]
            S0 = (((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19))
                  ^ ((a >> 22) | (a << 10))) & M
            t2 = S0 + ((a & b) ^ (a & c) ^ (b & c))
            hh = g
            g = f
            f = e
            e = (d + t1) & M
            d = c
            c = b
            b = a
            a = (t1 + t2) & M
        h[0] = (h[0] + a) & M
        h[1] = (h[1] + b) & M
        h[2] = (h[2] + c) & M
        h[3] = (h[3] + d) & M
        h[4] = (h[4] + e) & M
        h[5] = (h[5] + f) & M
        h[6] = (h[6] + g) & M
        h[7] = (h[7] + hh) & M


class _SHA224(_SHA256):
    __slots__ = ()
    name = "sha224"
    digest_size = 28
    _iv = (0xC1059ED8, 0x367CD507, 0x3070DD17, 0xF70E5939,
           0xFFC00B31, 0x68581511, 0x64F98FA7, 0xBEFA4FA4)


class _SHA512(_MDEngine):
    __slots__ = ()
    name = "sha512"
    block_size = 128
    digest_size = 64
    _lenbytes = 16
    _big = True
    _wordbytes = 8
    _iv = _SHA512_IV

    def _compress(self, data, off):
        M = _M64
        w = [int.from_bytes(data[off + i:off + i + 8], "big")
             for i in range(0, 128, 8)]
        for i in range(16, 80):
            x = w[i - 15]
            y = w[i - 2]
            s0 = (((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56))
                  ^ (x >> 7)) & M
            s1 = (((y >> 19) | (y << 45)) ^ ((y >> 61) | (y << 3))
                  ^ (y >> 6)) & M
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & M)
        h = self._h
        a, b, c, d, e, f, g, hh = h
        K = _K512
        for i in range(80):
            S1 = (((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46))
                  ^ ((e >> 41) | (e << 23))) & M
            t1 = hh + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]
            S0 = (((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30))
                  ^ ((a >> 39) | (a << 25))) & M
            t2 = S0 + ((a & b) ^ (a & c) ^ (b & c))
            hh = g
            g = f
            f = e
            e = (d + t1) & M
            d = c
            c = b
            b = a
            a = (t1 + t2) & M
        h[0] = (h[0] + a) & M
        h[1] = (h[1] + b) & M
        h[2] = (h[2] + c) & M
        h[3] = (h[3] + d) & M
        h[4] = (h[4] + e) & M
        h[5] = (h[5] + f) & M
        h[6] = (h[6] + g) & M
        h[7] = (h[7] + hh) & M


class _SHA384(_SHA512):
    __slots__ = ()
    name = "sha384"
    digest_size = 48
    _iv = _SHA384_IV


class _SHA512_224(_SHA512):
    __slots__ = ()
    name = "sha512_224"
    digest_size = 28
    _iv = _SHA512_224_IV


class _SHA512_256(_SHA512):
    __slots__ = ()
    name = "sha512_256"
    digest_size = 32
    _iv = _SHA512_256_IV


# ================================================================ Keccak

# Keccak-f[1600]: the round constants (from the LFSR x^8+x^6+x^5+x^4+1)
# and, for rho and pi, (source lane, destination lane, rotation) with lane
# x + 5y going to y + 5((2x + 3y) mod 5).
_KECCAK_RC = (
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A,
    0x8000000080008000, 0x000000000000808B, 0x0000000080000001,
    0x8000000080008081, 0x8000000000008009, 0x000000000000008A,
    0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
    0x8000000000008003, 0x8000000000008002, 0x8000000000000080,
    0x000000000000800A, 0x800000008000000A, 0x8000000080008081,
    0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
)
_KECCAK_PLAN = (
    (0, 0, 0), (1, 10, 1), (2, 20, 62), (3, 5, 28), (4, 15, 27),
    (5, 16, 36), (6, 1, 44), (7, 11, 6), (8, 21, 55), (9, 6, 20),
    (10, 7, 3), (11, 17, 10), (12, 2, 43), (13, 12, 25), (14, 22, 39),
    (15, 23, 41), (16, 8, 45), (17, 18, 15), (18, 3, 21), (19, 13, 8),
    (20, 14, 18), (21, 24, 2), (22, 9, 61), (23, 19, 56), (24, 4, 14),
)


def _keccak_f(A):
    """Keccak-f[1600] on the 25 lanes of A (a list), in place."""
    M = _M64
    plan = _KECCAK_PLAN
    B = [0] * 25
    for rc in _KECCAK_RC:
        # theta
        c0 = A[0] ^ A[5] ^ A[10] ^ A[15] ^ A[20]
        c1 = A[1] ^ A[6] ^ A[11] ^ A[16] ^ A[21]
        c2 = A[2] ^ A[7] ^ A[12] ^ A[17] ^ A[22]
        c3 = A[3] ^ A[8] ^ A[13] ^ A[18] ^ A[23]
        c4 = A[4] ^ A[9] ^ A[14] ^ A[19] ^ A[24]
        d0 = c4 ^ (((c1 << 1) | (c1 >> 63)) & M)
        d1 = c0 ^ (((c2 << 1) | (c2 >> 63)) & M)
        d2 = c1 ^ (((c3 << 1) | (c3 >> 63)) & M)
        d3 = c2 ^ (((c4 << 1) | (c4 >> 63)) & M)
        d4 = c3 ^ (((c0 << 1) | (c0 >> 63)) & M)
        for i in range(0, 25, 5):
            A[i] ^= d0
            A[i + 1] ^= d1
            A[i + 2] ^= d2
            A[i + 3] ^= d3
            A[i + 4] ^= d4
        # rho and pi
        for src, dst, r in plan:
            v = A[src]
            B[dst] = ((v << r) | (v >> (64 - r))) & M if r else v
        # chi
        for i in range(0, 25, 5):
            b0 = B[i]
            b1 = B[i + 1]
            b2 = B[i + 2]
            b3 = B[i + 3]
            b4 = B[i + 4]
            A[i] = b0 ^ (~b1 & b2)
            A[i + 1] = b1 ^ (~b2 & b3)
            A[i + 2] = b2 ^ (~b3 & b4)
            A[i + 3] = b3 ^ (~b4 & b0)
            A[i + 4] = b4 ^ (~b0 & b1)
        # iota
        A[0] ^= rc


class _Keccak:
    """SHA-3 and SHAKE: the sponge over Keccak-f[1600]."""

    __slots__ = ("_A", "_buf")

    def __init__(self):
        self._A = [0] * 25
        self._buf = b""

    def copy(self):
        c = object.__new__(type(self))
        c._A = list(self._A)
        c._buf = self._buf
        return c

    def _absorb(self, data, off):
        A = self._A
        for i in range(self.block_size // 8):
            A[i] ^= int.from_bytes(data[off + 8 * i:off + 8 * i + 8], "little")
        _keccak_f(A)

    def update(self, data):
        if not data:
            return
        bs = self.block_size
        buf = self._buf
        if buf:
            need = bs - len(buf)
            if len(data) < need:
                self._buf = buf + bytes(data)
                return
            self._absorb(buf + bytes(data[:need]), 0)
            data = data[need:]
        n = len(data)
        end = n - n % bs
        for off in range(0, end, bs):
            self._absorb(data, off)
        self._buf = bytes(data[end:])

    def _squeeze(self, length):
        c = self.copy()
        bs = self.block_size
        pad = bytearray(bs - len(c._buf))
        pad[0] = self._suffix
        pad[-1] |= 0x80
        c._absorb(c._buf + bytes(pad), 0)
        out = []
        have = 0
        A = c._A
        lanes = bs // 8
        while True:
            block = b"".join(A[i].to_bytes(8, "little") for i in range(lanes))
            out.append(block)
            have += bs
            if have >= length:
                break
            _keccak_f(A)
        return b"".join(out)[:length]


def _sha3_class(bits):
    class _SHA3(_Keccak):
        __slots__ = ()
        name = "sha3_%d" % bits
        digest_size = bits // 8
        block_size = 200 - bits // 4
        _suffix = 0x06

        def digest(self):
            return self._squeeze(self.digest_size)
    return _SHA3


def _shake_class(bits):
    class _SHAKE(_Keccak):
        __slots__ = ()
        name = "shake_%d" % bits
        digest_size = 0
        block_size = 200 - bits // 4
        _suffix = 0x1F

        def digest(self, length):
            return self._squeeze(length)
    return _SHAKE


# ================================================================= BLAKE2

_BLAKE2_SIGMA = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
    (14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3),
    (11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4),
    (7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8),
    (9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13),
    (2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9),
    (12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11),
    (13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10),
    (6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5),
    (10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0),
)

# (a, b, c, d) of the eight G calls of a round: columns, then diagonals
_BLAKE2_G = ((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
             (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14))


class _Blake2:
    """BLAKE2b / BLAKE2s with their parameter blocks (RFC 7693)."""

    __slots__ = ("_h", "_buf", "_t", "_last_node", "digest_size")

    def __init__(self, data, digest_size, key, salt, person, fanout, depth,
                 leaf_size, node_offset, node_depth, inner_size, last_node):
        cls = type(self)
        W = cls._wordbytes
        maxd = cls.MAX_DIGEST_SIZE
        digest_size = _index(digest_size)
        if not 1 <= digest_size <= maxd:
            raise ValueError("digest_size must be between 1 and %d bytes"
                             % maxd)
        key = _data_arg(key)
        salt = _data_arg(salt)
        person = _data_arg(person)
        if len(salt) > cls.SALT_SIZE:
            raise ValueError("maximum salt length is %d bytes"
                             % cls.SALT_SIZE)
        if len(person) > cls.PERSON_SIZE:
            raise ValueError("maximum person length is %d bytes"
                             % cls.PERSON_SIZE)
        fanout = _index(fanout)
        if not 0 <= fanout <= 255:
            raise ValueError("fanout must be between 0 and 255")
        depth = _index(depth)
        if not 1 <= depth <= 255:
            raise ValueError("depth must be between 1 and 255")
        leaf_size = _index(leaf_size)
        if leaf_size < 0:
            raise ValueError("value must be positive")
        if leaf_size > _M32:
            raise OverflowError("leaf_size is too large")
        node_offset = _index(node_offset)
        if node_offset < 0:
            raise ValueError("value must be positive")
        if node_offset > _M64:
            raise OverflowError("int too big to convert")
        if node_offset >= 1 << (8 * cls._offsetbytes):
            raise OverflowError("node_offset is too large")
        node_depth = _index(node_depth)
        if not 0 <= node_depth <= 255:
            raise ValueError("node_depth must be between 0 and 255")
        inner_size = _index(inner_size)
        if not 0 <= inner_size <= maxd:
            raise ValueError("inner_size must be between 0 and is %d" % maxd)
        if len(key) > cls.MAX_KEY_SIZE:
            raise ValueError("maximum key length is %d bytes"
                             % cls.MAX_KEY_SIZE)
        param = (bytes((digest_size, len(key), fanout, depth))
                 + leaf_size.to_bytes(4, "little")
                 + node_offset.to_bytes(cls._offsetbytes, "little")
                 + bytes((node_depth, inner_size))
                 + bytes(8 * W - 10 - cls._offsetbytes
                         - 2 * cls.SALT_SIZE)  # reserved
                 + bytes(salt) + bytes(cls.SALT_SIZE - len(salt))
                 + bytes(person) + bytes(cls.PERSON_SIZE - len(person)))
        self._h = [iv ^ int.from_bytes(param[i * W:i * W + W], "little")
                   for i, iv in enumerate(cls._iv)]
        self._buf = b""
        self._t = 0
        self._last_node = bool(last_node)
        self.digest_size = digest_size
        if key:
            self._buf = bytes(key) + bytes(cls._block - len(key))
        if data is not None:
            self.update(data)

    def copy(self):
        c = object.__new__(type(self))
        c._h = list(self._h)
        c._buf = self._buf
        c._t = self._t
        c._last_node = self._last_node
        c.digest_size = self.digest_size
        return c

    def _compress(self, data, off, last):
        cls = type(self)
        W = cls._wordbytes
        M = cls._mask
        bits = 8 * W
        r1, r2, r3, r4 = cls._rot
        q1, q2, q3, q4 = bits - r1, bits - r2, bits - r3, bits - r4
        m = [int.from_bytes(data[off + i:off + i + W], "little")
             for i in range(0, 16 * W, W)]
        h = self._h
        t = self._t
        v = h + list(cls._iv)
        v[12] ^= t & M
        v[13] ^= (t >> bits) & M
        if last:
            v[14] ^= M
            if self._last_node:
                v[15] ^= M
        sigma = _BLAKE2_SIGMA
        for rnd in range(cls._rounds):
            s = sigma[rnd % 10]
            j = 0
            for a, b, c, d in _BLAKE2_G:
                va = (v[a] + v[b] + m[s[j]]) & M
                vd = v[d] ^ va
                vd = ((vd >> r1) | (vd << q1)) & M
                vc = (v[c] + vd) & M
                vb = v[b] ^ vc
                vb = ((vb >> r2) | (vb << q2)) & M
                va = (va + vb + m[s[j + 1]]) & M
                vd ^= va
                vd = ((vd >> r3) | (vd << q3)) & M
                vc = (vc + vd) & M
                vb ^= vc
                vb = ((vb >> r4) | (vb << q4)) & M
                v[a] = va
                v[b] = vb
                v[c] = vc
                v[d] = vd
                j += 2
        for i in range(8):
            h[i] ^= v[i] ^ v[i + 8]

    def update(self, data):
        data = _data_arg(data)
        if not data:
            return
        bs = self._block
        buf = self._buf + bytes(data)
        # keep the last (possibly full) block: it is compressed as final
        n = len(buf)
        keep = n % bs or bs
        end = n - keep
        for off in range(0, end, bs):
            self._t += bs
            self._compress(buf, off, False)
        self._buf = buf[end:]

    def digest(self):
        c = self.copy()
        bs = self._block
        c._t += len(c._buf)
        block = c._buf + bytes(bs - len(c._buf))
        c._compress(block, 0, True)
        W = self._wordbytes
        out = b"".join(x.to_bytes(W, "little") for x in c._h)
        return out[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return "<%s _blake2.%s object @ 0x%x>" % (
            self.name, type(self).__name__, id(self))

    # instance attributes, as in CPython (descriptors on the class)
    name = property(lambda self: type(self)._name)
    block_size = property(lambda self: type(self)._block)


class blake2b(_Blake2):
    """Return a new BLAKE2b hash object."""

    __slots__ = ()
    _name = "blake2b"
    _block = 128
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64
    _wordbytes = 8
    _offsetbytes = 8
    _mask = _M64
    _rounds = 12
    _rot = (32, 24, 16, 63)
    _iv = _SHA512._iv

    def __init__(self, data=None, /, *, digest_size=64, key=b"",
                 salt=b"", person=b"", fanout=1, depth=1, leaf_size=0,
                 node_offset=0, node_depth=0, inner_size=0,
                 last_node=False, usedforsecurity=True):
        _Blake2.__init__(self, data, digest_size, key, salt, person, fanout,
                         depth, leaf_size, node_offset, node_depth,
                         inner_size, last_node)


class blake2s(_Blake2):
    """Return a new BLAKE2s hash object."""

    __slots__ = ()
    _name = "blake2s"
    _block = 64
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32
    _wordbytes = 4
    _offsetbytes = 6
    _mask = _M32
    _rounds = 10
    _rot = (16, 12, 8, 7)
    _iv = _SHA256._iv

    def __init__(self, data=None, /, *, digest_size=32, key=b"",
                 salt=b"", person=b"", fanout=1, depth=1, leaf_size=0,
                 node_offset=0, node_depth=0, inner_size=0,
                 last_node=False, usedforsecurity=True):
        _Blake2.__init__(self, data, digest_size, key, salt, person, fanout,
                         depth, leaf_size, node_offset, node_depth,
                         inner_size, last_node)


for _c in (blake2b, blake2s):
    _c.__module__ = "_blake2"
del _c


# ============================================================ hash objects

class HASH:
    """A hash object: update(), digest(), hexdigest(), copy()."""

    __slots__ = ("_engine",)

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.HASH' instances")

    @property
    def name(self):
        return self._engine.name

    @property
    def digest_size(self):
        return self._engine.digest_size

    @property
    def block_size(self):
        return self._engine.block_size

    def update(self, obj, /):
        """Add the bytes-like obj to the hashed data."""
        self._engine.update(_data_arg(obj))

    def digest(self):
        """The digest of the data so far, as bytes (updates may follow)."""
        return self._engine.digest()

    def hexdigest(self):
        """The digest of the data so far, as a str of hex digits."""
        return self._engine.digest().hex()

    def copy(self):
        """An independent hash object in the same state."""
        c = object.__new__(type(self))
        c._engine = self._engine.copy()
        return c

    def __repr__(self):
        return "<%s _hashlib.%s object @ 0x%x>" % (
            self.name, type(self).__name__, id(self))


class HASHXOF(HASH):
    """A hash object with a variable-length output (SHAKE)."""

    __slots__ = ()

    def digest(self, length):
        """The first length bytes of the output, as bytes."""
        length = _index(length)
        if length < 0:
            raise SystemError(
                "Negative size passed to PyBytes_FromStringAndSize")
        return self._engine._squeeze(length)

    def hexdigest(self, length):
        """The first length bytes of the output, as hex digits."""
        return self.digest(length).hex()


for _c in (HASH, HASHXOF):
    _c.__module__ = "_hashlib"
del _c


class UnsupportedDigestmodError(ValueError):
    pass


UnsupportedDigestmodError.__module__ = "_hashlib"


_ENGINES = {
    "md5": _MD5, "sha1": _SHA1,
    "sha224": _SHA224, "sha256": _SHA256,
    "sha384": _SHA384, "sha512": _SHA512,
    "sha512_224": _SHA512_224, "sha512_256": _SHA512_256,
    "sha3_224": _sha3_class(224), "sha3_256": _sha3_class(256),
    "sha3_384": _sha3_class(384), "sha3_512": _sha3_class(512),
    "shake_128": _shake_class(128), "shake_256": _shake_class(256),
}


def _make(name, data):
    engine = _ENGINES[name]
    cls = HASHXOF if name.startswith("shake") else HASH
    h = object.__new__(cls)
    h._engine = engine()
    if data is not None:
        h._engine.update(_data_arg(data))
    return h


def _constructor(name):
    def construct(string=b"", *, usedforsecurity=True):
        return _make(name, string)
    construct.__name__ = "openssl_" + name
    construct.__qualname__ = "openssl_" + name
    construct.__doc__ = ("A new %s hash object, fed the bytes-like string "
                         "first." % name)
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
shake_128 = _constructor("shake_128")
shake_256 = _constructor("shake_256")

algorithms_guaranteed = {
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
    'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
    'shake_128', 'shake_256'}
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256'}

# Names new() accepts, OpenSSL spellings included.
_ALIASES = {'SHA1': 'sha1', 'SHA224': 'sha224', 'SHA256': 'sha256',
            'SHA384': 'sha384', 'SHA512': 'sha512', 'MD5': 'md5',
            'SHA512_224': 'sha512_224', 'SHA512_256': 'sha512_256'}


def _canonical(name):
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s"
                        % type(name).__name__)
    if name in _ENGINES or name in ('blake2b', 'blake2s'):
        return name
    if name in _ALIASES:
        return _ALIASES[name]
    low = name.lower()
    if low in _ENGINES or low in ('blake2b', 'blake2s'):
        return low
    low = low.replace('-', '_').replace('/', '_')
    if low in ('sha512_224', 'sha512_256'):
        return low
    return None


def new(name, data=b'', **kwargs):
    """A new hash object for the algorithm called name (blake2 parameters
    as keyword arguments), fed the bytes-like data first."""
    canon = _canonical(name)
    if canon is None:
        raise ValueError('unsupported hash type ' + name)
    if canon == 'blake2b':
        return blake2b(data, **kwargs)
    if canon == 'blake2s':
        return blake2s(data, **kwargs)
    for k in kwargs:
        if k != 'usedforsecurity':
            raise TypeError("'%s' is an invalid keyword argument for new()"
                            % k)
    return _make(canon, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (PKCS #5 v2.0, RFC 8018) with HMAC of the hash hash_name:
    a key of dklen bytes (the digest size if None)."""
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, "
                        "not %s" % type(hash_name).__name__)
    for arg in (password, salt):
        if isinstance(arg, str):
            raise TypeError("a bytes-like object is required, not 'str'")
    password = bytes(_data_arg(password))
    salt = bytes(_data_arg(salt))
    iterations = _index(iterations)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if iterations > 0x7FFFFFFF:
        raise OverflowError("iteration value is too great.")
    canon = _canonical(hash_name)
    if canon is None or canon.startswith('shake'):
        raise UnsupportedDigestmodError(
            "[digital envelope routines] unsupported")
    inner = new(canon)
    outer = new(canon)
    if dklen is None:
        dklen = inner.digest_size
    dklen = _index(dklen)
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    if dklen > 0x7FFFFFFF:
        raise OverflowError("key length is too great.")
    bs = inner.block_size
    if len(password) > bs:
        password = new(canon, password).digest()
    password = password + bytes(bs - len(password))
    inner.update(bytes(b ^ 0x36 for b in password))
    outer.update(bytes(b ^ 0x5C for b in password))

    def prf(msg):
        icpy = inner.copy()
        ocpy = outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    size = inner.digest_size
    dkey = b''
    loop = 1
    while len(dkey) < dklen:
        prev = prf(salt + loop.to_bytes(4, 'big'))
        rkey = int.from_bytes(prev, 'big')
        for _ in range(iterations - 1):
            prev = prf(prev)
            rkey ^= int.from_bytes(prev, 'big')
        loop += 1
        dkey += rkey.to_bytes(size, 'big')
    return dkey[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """A hash object fed the whole of a binary file object; digest is an
    algorithm name or a callable returning a new hash object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, "getbuffer"):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable")
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
