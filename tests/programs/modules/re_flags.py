# Flags: RegexFlag values, inline flags, IGNORECASE (Unicode), ASCII,
# MULTILINE, DOTALL, VERBOSE; Pattern objects.
import re

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.NOFLAG)
print(re.I | re.M, re.M | re.I, re.I | re.S | re.X | re.A, repr(re.DOTALL))
print(int(re.I), int(re.M | re.S), re.I == 2, 2 == re.I, re.I != 2, re.I == re.IGNORECASE)
print(re.I | 8, 8 | re.I, (re.I | re.M) & re.M, (re.I | re.M) & re.S, re.I ^ re.I)
print(hash(re.I) == hash(2), {re.I: 'i'}[2], {2: 'two'}[re.I], bool(re.NOFLAG), bool(re.I))
print(re.I.value, re.I.name, (re.I | re.M).name, str(re.M), f'{re.S}', '{}'.format(re.X))
print(re.I in (re.I | re.M), re.S in (re.I | re.M), list(re.I | re.M | re.S))
print(re.I + 1, re.I < re.M, max(re.I, re.M), re.RegexFlag(2), re.RegexFlag(10))
print(re.IGNORECASE | 1024)

# more arithmetic
print(re.I in [2], (re.I | re.M) == 10, sum([re.I, re.M]), sorted([re.M, re.I]), re.I * 2, -re.I)
print(re.compile('a', flags=re.I + re.M).flags, re.compile('a', 10) is re.compile('a', re.I | re.M))
print(re.compile('x', re.I).flags & re.I, bool(re.compile('x').flags & re.I), ~re.I, ~re.NOFLAG)
print(re.RegexFlag.IGNORECASE, re.RegexFlag.I is re.I, re.RegexFlag(re.I) is re.I, re.RegexFlag(0))
print(list(re.NOFLAG), len(re.I | re.M), re.RegexFlag(2) == re.I, [f for f in re.I | re.X])
print(repr(re.RegexFlag(1024)), ~(re.I | 1024), (re.I | re.S).value, format(re.I, 'd'), format(re.I, '04b'))

for f in [0, re.I, re.I | re.M, re.S | re.X, re.A, re.A | re.I, re.U, re.M | re.DOTALL | re.I]:
    p = re.compile('a+', f)
    print(p, p.flags, p.pattern)
print(re.compile('(?i)x'), re.compile('(?ms)x'), re.compile('(?a)x').flags, re.compile('(?x) x ').flags)
print(re.compile("it's"), re.compile('a"\'b'), re.compile('\n'), re.compile(r'\d'))
print(re.compile('x' * 300))
p = re.compile(r'(?P<a>x)(y)', re.I)
print(p.groups, p.groupindex, p.pattern, p.flags == re.I | re.U)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError', e)

# IGNORECASE
for pat, s in [('abc', 'ABC'), ('ABC', 'aBc'), ('[a-z]+', 'HeLLo'), ('[^a-z]+', 'ABC123'), ('k', '\u212a'),
               ('s', '\u017f'), ('\u017f', 'S'), ('\u00e9', '\u00c9'), ('\u03c3', '\u03a3'), ('\u03c3', '\u03c2'),
               ('stra\u00dfe', 'STRA\u00dfE'), (r'\w+', 'ÉCOLE'), ('[à-ÿ]+', 'ÀÉÎ'), ('i', '\u0130'),
               ('\u0131', 'I'), ('µ', '\u039c'), (r'(\w)\1', 'aA'), ('[K]', 'k'), ('a{2}', 'Aa')]:
    m = re.search(pat, s, re.I)
    print(repr(pat), repr(s), m and m.span(), bool(re.search(pat, s)))

# ASCII vs Unicode classes
s = 'caf\u00e9 \u0663\u0664 x_1\u00a0y'
print(re.findall(r'\w+', s), re.findall(r'\w+', s, re.A), re.findall(r'(?a)\w+', s))
print(re.findall(r'\d', s), re.findall(r'\d', s, re.A), re.findall(r'\s', s), re.findall(r'\s', s, re.A))
print(re.findall(r'\b\w', s), re.findall(r'\b\w', s, re.A), re.findall(r'[\W]+', s, re.ASCII))
print(re.search('(?i)\u00e9', '\u00c9'), re.search('(?ia)\u00e9', '\u00c9'), re.search('(?ia)k', '\u212a'))

# MULTILINE and DOTALL
text = 'first line\nsecond line\nthird'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M), re.findall(r'\w+$', text, re.M))
print(re.findall(r'(?m)^s.*$', text), re.search(r'line.third', text), re.search(r'line.third', text, re.S))
print(re.search(r'(?s).+', text).span(), re.search(r'.+', text).span(), re.search(r'\Athird', text, re.M))
print(re.findall(r'^$', '\n\na\n', re.M), re.search(r'd\Z', text, re.M))

# VERBOSE
p = re.compile(r'''
    (?P<year>\d{4})   # year
    -                 # separator
    (?P<month>\d\d)   # month
    [ ]? \# ?         # escaped space and hash
''', re.VERBOSE)
print(p.match('2024-05 #').groupdict(), p.match('2024-05#').group())
print(re.match(r'(?x) a b c  # comment', 'abc'), re.match(r'(?x)[ a ]+', ' a a'), re.match(r'(?x)a\ b', 'a b'))
print(re.match(r'(?x)a{2} b', 'aab'), re.match('(?x)a#b\nc', 'ac'))

# scoped inline flags
print(re.match(r'a(?i:b)c', 'aBc'), re.match(r'a(?i:b)c', 'aBC'), re.match(r'(?i)a(?-i:b)c', 'AbC'))
print(re.match(r'(?i)a(?-i:b)c', 'ABC'), re.findall(r'(?s:.)(?m:^.)', 'a\nb\nc'), re.match(r'(?x: a )b', 'ab'))
print(re.match(r'(?a:\w+)', 'é'), re.match(r'(?u:\w+)', 'é'), re.match(r'(?i:[a-c]+)', 'ABCD'))
print(re.search(r'(?m:^b)', 'a\nb'), re.search(r'(?-m:^b)', 'a\nb', re.M), re.search(r'(?s-i:A.)', 'a\nA\n', re.I))

# the cache and purge
p1 = re.compile(r'cache\d')
print(re.compile(r'cache\d') is p1, re.match(r'cache\d', 'cache1').re is p1)
re.purge()
print(re.compile(r'cache\d') == p1, re.escape('a.b*c?d e-f[g]h{i}j|k^l$m\\n+o(p)q#r&s~t'), re.escape('\u00e9\t\n'))
print(re.match(re.escape('1+1=2?'), '1+1=2?'))
print(re.split(re.escape('.'), 'a.b.c'))
