# Groups, backreferences, lookaround, conditionals and the Match object.
import re

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'Isaac Newton physicist')
print(m.group(), m.group(0), m.group(1), m.group(2, 1), m.group(3))
print(m.groups(), m.span(), m.span(3), m.start(2), m.end(2), m.regs)
print(m[0], m[1], m[3], len(m.groups()), m.lastindex, m.lastgroup)
print(repr(m))
m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'Isaac Newton')
print(m.groups(), m.groups('-'), m.group(3), m.span(3), m.start(3), m.lastindex)

# named groups
m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<rest>!)?', 'Malcolm Reynolds')
print(m.group('first'), m['last'], m.group('first', 'last', 2))
print(m.groupdict(), m.groupdict('n/a'), m.lastgroup, m.lastindex)
print(m.span('last'), m.start('first'), m.end('last'), m.re.groupindex)
print(m.re.groups, sorted(m.re.groupindex.items()), m.re.groupindex['last'])
print('first' in m.re.groupindex, len(m.re.groupindex), dict(m.re.groupindex))
for bad in [4, -1, 'nope', 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m['zzz']
except IndexError as e:
    print('IndexError', e)
print(m.group(True), m.span(False))

# lastindex / lastgroup
for pat, s in [(r'(a)b', 'ab'), (r'((a)b)', 'ab'), (r'(a)(b)', 'ab'), (r'(?P<x>a)(?P<y>b)?', 'a'),
               (r'(a)|(b)', 'b'), (r'a', 'a'), (r'(?:(a)|b)+', 'ab'), (r'((?P<in>x))', 'x'),
               (r'(a)(?=(b))', 'ab'), (r'(?P<o>(?P<i>a))', 'a')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.groups())

# groups in repeats keep the last iteration
for pat, s in [(r'(a|b)*c', 'ababc'), (r'(?:(a)|b)*', 'ab'), (r'(?:(a)|(b))*', 'ab'), (r'(a*)*', 'aaa'),
               (r'(a*)+', 'aaa'), (r'(a|)*?b', 'aab'), (r'(\w)+', 'hello'), (r'(?:(\d)-)*x', '1-2-3-x'),
               (r'(a)?b', 'b'), (r'(a?)b', 'b'), (r'((a)|b)+', 'ab'), (r'(?:x(y)?)+', 'xyx'),
               (r'(ab|a)(bc|c)?', 'abc'), (r'(a|ab)(c|bcd)(d*)', 'abcd')]:
    m = re.match(pat, s)
    print(pat, repr(s), m and (m.group(), m.groups(), m.regs))

# backreferences
for pat, s in [(r'(\w+) \1', 'hello hello world'), (r'(\d)(\d)\2\1', '12213443'), (r'(?P<q>["\']).*?(?P=q)', 'say "hi" \'x\''),
               (r'(a)|\1', 'x'), (r'(a)?\1', 'b'), (r'(?i)(ab)\1', 'abAB'), (r'(a*)\1b', 'aaaab'),
               (r'(\w)\1', 'abccd'), (r'(.)(?:\1)+', 'xxxy'), (r'\b(\w+)\s+\1\b', 'the the cat')]:
    m = re.search(pat, s)
    print(pat, repr(s), m and (m.span(), m.groups()))

# lookahead and lookbehind
for pat, s in [(r'foo(?=bar)', 'foobaz foobar'), (r'foo(?!bar)', 'foobar foobaz'), (r'(?<=abc)def', 'abcdef'),
               (r'(?<!abc)def', 'abcdef xdef'), (r'(?<=\$)\d+', 'cost $42'), (r'\w+(?=,)', 'a, b, c'),
               (r'(?=(\w+))\w', 'abc'), (r'(?!a)\w+', 'abc bcd'), (r'(?<=(a))b', 'ab'), (r'(?<![a-z])\d', 'a1 2'),
               (r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abc123'), (r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abcdef'),
               (r'(?<=a|b)c', 'bc'), (r'(?<=ab|cd)e', 'cde'), (r'(?<=^)a', 'a'), (r'(?<=\b)x', ' x'),
               (r'a(?=b(?=c))', 'abcabd'), (r'(?<!^)x', 'xx'), (r'(?!)', 'x'), (r'(?=)', 'x')]:
    m = re.search(pat, s)
    print(pat, repr(s), m and (m.span(), m.groups()))
print(re.findall(r'(?<=-)\w+', 'a-b-cd-efg'), re.findall(r'\d+(?=%)', '10% 20 30%'))

# conditional groups, atomic groups
for pat, s in [(r'(<)?\w+(?(1)>)', '<abc>'), (r'(<)?\w+(?(1)>)', 'abc>'), (r'(<)?\w+(?(1)>|!)', 'abc!'),
               (r'(?P<q>")?x(?(q)")', '"x"'), (r'(a)?(?(1)b|c)', 'c'), (r'(?>a+)b', 'aaab'),
               (r'(?>a+)a', 'aaa'), (r'(?>ab|a)b', 'ab'), (r'(?>(\w+))!', 'hey!'), (r'a(?>bc|b)c', 'abc')]:
    m = re.match(pat, s)
    print(pat, repr(s), m and (m.span(), m.groups()))

# Match.expand
m = re.search(r'(?P<user>\w+)@(?P<host>[\w.]+)', 'mail joe@example.com now')
print(m.expand(r'\2 / \1 / \g<user> / \g<2> / \g<0> / \n'))
print(repr(m.expand(r'\g<host>\\\t')))
m = re.match(r'(a)(b)?', 'a')
print(repr(m.expand(r'[\2][\1]')))

# repr and misc
print(re.match(r'x*', 'abc'))
print(re.search(r'b+', 'abbbc'))
print(re.match('.*', 'y' * 80))
print(re.match('.*', 'it\'s "q"'))
print(re.search('\n', 'a\nb'))
print(bool(re.match('', '')), re.match('a', 'b'))
m = re.search('c', 'abcd')
print(m.pos, m.endpos, m.string, m.re, type(m).__name__, type(m.re).__name__)
print(re.Match is type(m), re.Pattern is type(m.re))
it = re.finditer(r'(\d)(\w)?', '1a 2 3b')
for m in it:
    print(m, m.groups(), m.lastindex, m.span(2))
