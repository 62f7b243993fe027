"""Keywords and soft keywords of Python 3.11: ouro's `keyword` module.

The same lists as CPython 3.11's keyword.py (which its build generates
from the grammar): `kwlist` holds the hard keywords, `softkwlist` the
soft keywords (`match`, `case` and the `_` wildcard), both sorted.
`iskeyword` and `issoftkeyword` are the `__contains__` of frozensets of
them, as in CPython, so an unhashable argument raises TypeError.
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False',
    'None',
    'True',
    'and',
    'as',
    'assert',
    'async',
    'await',
    'break',
    'class',
    'continue',
    'def',
    'del',
    'elif',
    'else',
    'except',
    'finally',
    'for',
    'from',
    'global',
    'if',
    'import',
    'in',
    'is',
    'lambda',
    'nonlocal',
    'not',
    'or',
    'pass',
    'raise',
    'return',
    'try',
    'while',
    'with',
    'yield',
]

softkwlist = [
    '_',
    'case',
    'match',
]

iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
