"""Generate cryptographically strong pseudo-random numbers (ouro's secrets).

Written in Python for ouro; behaves as CPython 3.11's secrets.  All
randomness comes from random.SystemRandom, which reads os.urandom (the
operating system's generator):

  * token_bytes, token_hex, token_urlsafe (DEFAULT_ENTROPY = 32 bytes)
  * choice, randbelow, randbits, SystemRandom
  * compare_digest (hmac.compare_digest)
"""

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest',
           ]

import base64
import binascii

from hmac import compare_digest
from random import SystemRandom

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


DEFAULT_ENTROPY = 32  # number of bytes to return by default


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when nbytes is None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    """nbytes random bytes as a str of 2 * nbytes hex digits."""
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """nbytes random bytes as URL-safe Base64 text without padding."""
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')
