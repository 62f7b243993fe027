# Basic matching: literals, escapes, classes, quantifiers, anchors, alternation.
import re


def show(m):
    if m is None:
        return None
    return (m.span(), m.group())


cases = [
    # literals and escapes
    (r'abc', 'xxabcxx'),
    (r'a\.c', 'abc a.c'),
    (r'\\', 'a\\b'),
    (r'\n\t', 'x\n\ty'),
    (r'\x41\u00e9\U0001F600', 'A\u00e9\U0001F600'),
    (r'\101\0', 'A\x00'),
    (r'\a\f\v\r', '\a\f\v\r'),
    (r'[\]\\\-]+', 'x]\\-y'),
    (r'\*\+\?\{\}\(\)\[\]\|\^\$', '*+?{}()[]|^$'),
    (r'a{', 'a{'),
    (r'a{}', 'a{}'),
    (r'a{,', 'a{,'),
    (r'a{1,x}', 'a{1,x}'),
    (r'x{2}y', 'xxy'),
    (r'}', 'a}'),
    (r']', 'a]'),
    # categories
    (r'\d+', 'abc 123 def'),
    (r'\D+', '123abc456'),
    (r'\w+', '  hello_world42! '),
    (r'\W+', 'abc, def'),
    (r'\s+', 'a \t\n b'),
    (r'\S+', '   xyz  '),
    (r'\d+', 'x\u0663\u0664y'),
    (r'\w+', 'caf\u00e9 na\u00efve'),
    (r'\s', '\u2003'),
    # classes
    (r'[abc]+', 'xxbcaby'),
    (r'[^abc]+', 'abcxyzabc'),
    (r'[a-f0-9]+', 'zzdeadbeef99zz'),
    (r'[]a]+', 'x]a]y'),
    (r'[^]a]+', ']]xyz'),
    (r'[a-]+', 'x-a-y'),
    (r'[-a]+', 'x-a-y'),
    (r'[\d\s]+', 'ab1 2 3cd'),
    (r'[\w.-]+', ' a.b-c_d '),
    (r'[^\W\d]+', '12abc34'),
    (r'[\x41-\x43]+', 'ABCD'),
    (r'[.*+?]+', 'a.*+?b'),
    (r'[\b]', 'a\bb'),
    (r'[a-z&&]+', 'ab&&c'),
    # dot
    (r'a.c', 'a\nc abc'),
    (r'.+', 'line1\nline2'),
    # quantifiers
    (r'ab*', 'abbbc'),
    (r'ab+', 'ac abbc'),
    (r'ab?c', 'ac abc abbc'),
    (r'a{3}', 'aaaaa'),
    (r'a{2,}', 'aaaaa'),
    (r'a{,2}', 'aaaaa'),
    (r'a{2,3}', 'aaaaa'),
    (r'a*?b', 'aaab'),
    (r'a+?', 'aaa'),
    (r'a??b', 'ab'),
    (r'a{2,3}?', 'aaaaa'),
    (r'<.*>', '<a><b>'),
    (r'<.*?>', '<a><b>'),
    (r'(?:ab)+', 'abababc'),
    (r'(?:ab){2}', 'abababc'),
    (r'(?:a|bc)*d', 'abcbcad'),
    (r'a*+a', 'aaa'),
    (r'a++b', 'aaab'),
    (r'(?:ab)*+ab', 'ababab'),
    (r'x*', ''),
    # anchors
    (r'^abc', 'abcabc'),
    (r'^abc', 'xabc'),
    (r'abc$', 'abcabc'),
    (r'abc$', 'abc\n'),
    (r'abc\Z', 'abc\n'),
    (r'\Aabc', 'abc'),
    (r'\bfoo\b', 'a foo b'),
    (r'\bfoo\b', 'afoob'),
    (r'\Boo\B', 'foob'),
    (r'\b', ''),
    (r'\B', ''),
    (r'^$', ''),
    (r'$', 'a\n'),
    # alternation
    (r'cat|dog', 'hotdog'),
    (r'a|ab|abc', 'abc'),
    (r'(?:a|ab)c', 'abc'),
    (r'x|', 'y'),
    (r'|x', 'x'),
    (r'a|b|c|d', 'zzd'),
    (r'one|two|three', 'I have three'),
]

for pat, s in cases:
    print(repr(pat), repr(s), show(re.search(pat, s)), show(re.match(pat, s)),
          show(re.fullmatch(pat, s)))

# match vs search vs fullmatch with pos and endpos
p = re.compile(r'\d+')
s = 'ab12cd345ef'
print(show(p.match(s)), show(p.match(s, 2)), show(p.match(s, 2, 3)))
print(show(p.search(s, 5)), show(p.search(s, 5, 7)), show(p.search(s, 20)))
print(show(p.fullmatch(s, 2, 4)), show(p.fullmatch(s, 2, 5)))
print(show(p.search(s, -5)), show(p.search(s, 3, 2)), show(p.match(s, 4, 100)))
print(show(re.compile('^a').search('ba', 1)), show(re.compile('a$').search('ab', 0, 1)))
print(show(re.compile(r'(?<=b)a').search('ba', 1)))
print(show(re.compile(r'\bx').search('ax', 1)))
m = p.search(s, 3, 8)
print(m.pos, m.endpos, m.string, m.re.pattern)

# fullmatch backtracks to find a match that ends at the end
print(show(re.fullmatch(r'a|ab', 'ab')), show(re.fullmatch(r'(?:a|ab)(?:c|bcd)', 'abcd')))
print(show(re.fullmatch(r'a*?', 'aaa')), show(re.fullmatch(r'.*?x', 'abxcx')))

# greedy vs lazy with backtracking into giving back characters
for pat in [r'(a+)(a+)', r'(a+?)(a+)', r'(a*)(a?)b', r'(.*)(\d+)', r'(.*?)(\d+)',
            r'(.*)x(.*)', r'(.*?)x(.*)', r'([a-z]*)([a-z]{2})', r'(\w+)\s(\w+)$']:
    m = re.search(pat, 'aaab 12345 axbxc word pair')
    print(pat, m and m.groups())

