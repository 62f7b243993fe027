"""HMAC (keyed-hashing for message authentication), RFC 2104 (ouro's hmac).

Written in Python for ouro on top of its hashlib; behaves as CPython
3.11's hmac:

  * new(key, msg=None, digestmod) and the HMAC class: update, copy,
    digest, hexdigest, name ('hmac-' + the hash's name), digest_size,
    block_size
  * digest(key, msg, digest): the one-shot form
  * compare_digest(a, b): a comparison whose time does not depend on where
    the inputs differ, with CPython's type rules (two ASCII str, or two
    bytes-like objects)
  * trans_5C, trans_36

digestmod may be a hash name ('sha256'), a constructor (hashlib.sha256),
or a module-like object with a ``new`` function.  CPython's OpenSSL fast
path is not used: results and errors are the same (the one-shot digest()
with a str message raises the same TypeError as CPython).
"""

import hashlib as _hashlib
import warnings as _warnings

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size in bytes of the digest; None: depends on the digest used.
digest_size = None


def compare_digest(a, b, /):
    """Return 'a == b'.

    The time taken does not depend on where a and b differ (only on their
    lengths), which keeps timing attacks from learning the contents.
    a and b must both be str (ASCII only) or both bytes-like objects.
    """
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters "
                            "is not supported")
        x = a.encode("ascii")
        y = b.encode("ascii")
    else:
        if not _has_buffer(a) and not _has_buffer(b):
            raise TypeError("unsupported operand types(s) or combination "
                            "of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        x = _buffer_bytes(a)
        y = _buffer_bytes(b)
    # Always walk the whole of b, as CPython does.
    result = 0 if len(x) == len(y) else 1
    left = x if len(x) == len(y) else y
    for i in range(len(y)):
        result |= left[i] ^ y[i]
    return result == 0


def _has_buffer(obj):
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return True
    if isinstance(obj, str):
        return False
    try:
        memoryview(obj)
    except TypeError:
        return False
    return True


def _buffer_bytes(obj):
    if isinstance(obj, (bytes, bytearray)):
        return obj
    if isinstance(obj, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(obj).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(obj).__name__) from None


def _digest_constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


def _is_hashlib_constructor(obj):
    # hashlib.sha256 and friends (OpenSSL's functions in CPython)
    return getattr(obj, "__name__", "").startswith("openssl_") and \
        getattr(_hashlib, obj.__name__[8:], None) is obj


def _check_not_xof(obj):
    # OpenSSL refuses SHAKE in HMAC with this message.
    if isinstance(obj, _hashlib.HASHXOF):
        raise ValueError("no reason supplied")


class HMAC:
    """An HMAC computation in progress (RFC 2104, RFC 4231), with the
    PEP 247 hash-object interface."""

    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        """key (bytes or bytearray) keys the hash; msg, if not None, is
        the first data; digestmod (required) is a hash name, a hash
        constructor or a module with a ``new`` function."""
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        digest_cons = _digest_constructor(digestmod)
        self._hmac = None
        self._outer = digest_cons()
        self._inner = digest_cons()
        _check_not_xof(self._inner)
        self.digest_size = self._inner.digest_size
        if hasattr(self._inner, 'block_size'):
            blocksize = self._inner.block_size
            if blocksize < 16:
                _warnings.warn('block_size of %d seems too small; using our '
                               'default of %d.' % (blocksize, self.blocksize),
                               RuntimeWarning, 2)
                blocksize = self.blocksize
        else:
            _warnings.warn('No block_size attribute on given digest object; '
                           'Assuming %d.' % (self.blocksize),
                           RuntimeWarning, 2)
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = digest_cons(key).digest()
        self.block_size = blocksize
        key = bytes(key) + b'\0' * (blocksize - len(key))
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Add the bytes-like msg to the authenticated data."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC object in the same state."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._hmac = None
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The HMAC of the data so far, as bytes (updates may follow)."""
        return self._current().digest()

    def hexdigest(self):
        """The HMAC of the data so far, as a str of hex digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object (see HMAC); digestmod is required."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key, in one call; digest is a hash name,
    a hash constructor or a module with a ``new`` function."""
    if isinstance(digest, str) or _is_hashlib_constructor(digest):
        # CPython's OpenSSL path converts both as buffers first.
        key = _buffer_bytes(key)
        msg = _buffer_bytes(msg)
    digest_cons = _digest_constructor(digest)
    inner = digest_cons()
    outer = digest_cons()
    _check_not_xof(inner)
    blocksize = getattr(inner, 'block_size', 64)
    if len(key) > blocksize:
        key = digest_cons(key).digest()
    key = bytes(key) + b'\x00' * (blocksize - len(key))
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
