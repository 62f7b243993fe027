"""_operator: CPython's C half of `operator`; here the same functions."""

from operator import *  # noqa: F401,F403
from operator import __all__  # noqa: F401

from hmac import compare_digest as _compare_digest  # noqa: F401
