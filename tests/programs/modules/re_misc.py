# Odds and ends: Scanner, Pattern.scanner, copying, mappingproxy groupindex,
# bad arguments, greedy/lazy corner cases, class and escape details.
import copy
import re

# re.Scanner
def num(scanner, token):
    return ('NUM', int(token))

scanner = re.Scanner([
    (r'\d+', num),
    (r'[a-z_]\w*', lambda s, t: ('ID', t)),
    (r'[-+*/=]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(scanner.scan('x = 12 + y2 * 3'))
print(scanner.scan('a = 1 ? b'))
print(scanner.scan(''))

# Pattern.scanner
sc = re.compile(r'\d').scanner('1a23')
print(sc.match(), sc.match(), sc.search(), sc.search(), sc.search())
sc = re.compile(r'a*').scanner('baac')
print([sc.search() for _ in range(5)])

# copies of patterns and matches are the objects themselves
p = re.compile(r'(?P<x>\d+)')
m = p.search('ab 42')
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m) is m)
print(str(p.groupindex), repr(p.groupindex), p.groupindex.get('x'), p.groupindex.get('y', 0))
print(list(p.groupindex), list(p.groupindex.items()), p.groupindex == {'x': 1})
try:
    p.groupindex['y'] = 2
except TypeError:
    print('groupindex is read-only')
print(hash(re.compile('abc')) == hash(re.compile('abc')), re.compile('a') != re.compile('b'))

# match object truthiness and identity
m = re.match('', 'abc')
print(bool(m), m.span(), m.group() == '', m.string is not None)
print(re.match(r'(?P<a>x)|(?P<b>y)', 'y').groupdict(), re.match(r'(?P<a>x)|(?P<b>y)', 'y').lastgroup)

# class details
for pat, s in [(r'[\w-]+', 'a-b_c!'), (r'[^\s,]+', 'a b,c'), (r'[\^a]+', '^a^'), (r'[a^]+', 'a^'),
               (r'[\[\]]+', '[]x'), (r'[\x00-\x1f]+', 'a\x01\x02b'), (r'[\u0400-\u04ff]+', 'привет мир'),
               (r'[^\x00-\x7f]+', 'abc日本語def'), (r'[\d.]+', 'v1.2.3'), (r'[%s]+' % re.escape('-]^\\'), 'a-]^\\b'),
               (r'[a-cx-z]+', 'abxyzd'), (r'[^a-c\d]+', 'ab12xyz'), (r'[\s\S]+', 'a\nb'), (r'[.]', 'x.'),
               (r'\x2e', 'a.'), (r'[\101-\103]+', 'ABCD'), (r'(?i)[^k]+', 'xK\u212ay')]:
    m = re.search(pat, s)
    print(repr(pat), m and m.group())

# repeats of groups and corner cases
for pat, s in [(r'(?:a{2})*', 'aaaaa'), (r'(?:a{2}){2,}?', 'aaaaaa'), (r'(a{0})b', 'b'), (r'a{0}', 'a'),
               (r'(?:)+', 'x'), (r'(?:)*?x', 'x'), (r'(|a)+', 'aa'), (r'(a|)+?$', 'aa'), (r'(?:a|b)??b', 'ab'),
               (r'(\d{1,3})(?:,(\d{3}))*', '1,234,567'), (r'(?:(\w)(\d))+', 'a1b2c3'), (r'^(?:(a)|(b))+$', 'abba'),
               (r'(a+|b+)*c', 'aabbc'), (r'(?:x|xy)+z', 'xyxz'), (r'(\w+?)(\w*?)$', 'abc'), (r'.{2,4}?c', 'abcabc')]:
    m = re.match(pat, s)
    print(repr(pat), repr(s), m and (m.group(), m.groups()))

# endpos bounds $ and \Z, pos does not move ^ or \A
p = re.compile(r'\w+$')
print(p.search('abc def', 0, 3), p.search('abc def', 0, 5), p.findall('ab cd ef', 0, 5))
print(re.compile(r'^\w').findall('ab cd', 1), re.compile(r'\A\w').search('ab', 1), re.compile(r'\b\w').findall('abc', 1))
print(re.compile(r'(?m)^\w').findall('ab\ncd', 1), re.compile(r'\w\Z').search('abc', 0, 2))

# flags given to module functions and compiled patterns
print(re.findall('a', 'aAa', re.I), re.split('x', 'aXbxc', flags=re.IGNORECASE), re.subn('a', '', 'aA', flags=2))
print(re.search('a.c', 'A\nC', re.I | re.S), re.match('(?i:a)b', 'AB'), re.fullmatch('a+', 'AAA', re.I))

# bad arguments
for call in [lambda: re.compile('a').match('a', 'x'), lambda: re.sub('a', 'b', None),
             lambda: re.compile('(a)').match('a').group(2), lambda: re.compile('(a)').match('a').start(5),
             lambda: re.sub('(a)', lambda m: 3, 'a'), lambda: re.escape(5)]:
    try:
        print(call())
    except (TypeError, IndexError) as e:
        print(type(e).__name__)
