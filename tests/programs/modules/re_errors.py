# re.error messages and positions for malformed patterns.
import re

patterns = [
    '(', 'a(b', '(?:a', '(?P<n>a', ')', 'a)b', '*', '+a', '?', '{1}', 'a**', 'a*+*', 'a{1}{2}', 'a??+',
    '^*', r'\b+', '[a', '[', '[]', '[^]', '[a-', r'[\d-z]', '[z-a]', r'\q', r'\k<x>', r'\xZ', r'\x4',
    r'\u12', r'\U0011000', '\\', r'a\\', r'(?<x)', '(?<', '(?P', '(?Px)', '(?P<>a)', '(?P<1a>x)',
    '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P=1)', '(a)(?P=a)', '(?P<a>(?P=a))', r'\2(a)', r'(a)\2', r'(a\1)',
    '(?z)', '(?i', '(?i-', '(?-i)', '(?i-i:a)', '(?a-a:x)', '(?L)', '(?au)', '(?ix', '(?iy:a)', '(?i:a',
    'a(?i)b', '(?x)(?i)a', 'a|(?i)b', '(?#comment', '(?(1)a|b)', '(?(a)x)', '(?(0)a)', '(?(1a)x)',
    r'(?<=a+)b', r'(?<!a|bc)d', r'(?<=(a)|b)c', 'a{2,1}', r'\400', r'[\400]', r'[\9]', r'\8',
    '(?P<a>)(?(a)b|c|d)', '(?>a', '(?', 'x(?P<n>a)(?P=n',
    'a\n(b', '(?x)\n  [a\n', '(?x)(?#x\n', 'ok(a)', r'\d{3}-\d{4}',
]
for pat in patterns:
    try:
        p = re.compile(pat)
        print(repr(pat), 'ok', p.groups)
    except re.error as e:
        print(repr(pat), 'error:', str(e), '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == pat)
    except Exception as e:
        print(repr(pat), type(e).__name__, e)

e = re.error('plain message')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception), re.error.__name__)
try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
for bad in [None, 5, ['a']]:
    try:
        re.compile(bad)
    except TypeError as e:
        print('TypeError', e)
for bad in [None, 5, ['a']]:
    try:
        re.search('a', bad)
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub('a', 5, 'abc')
except TypeError as e:
    print('TypeError', type(e).__name__)
