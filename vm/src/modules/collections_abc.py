"""collections.abc: the abstract base classes, which live in
_collections_abc (as in CPython, so both names give the same classes)."""

from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias
