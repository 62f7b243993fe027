# findall, finditer, sub, subn, split and the empty-match rules of 3.7+.
import re

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)(\d)', 'a1b2c3'))
print(re.findall(r'(\w)(\d)?', 'a1bc3'))
print(re.findall(r'(a)|b', 'ab'))
print(re.findall(r'((a)(b))', 'abab'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'\b', 'a b'))
print(re.findall(r'', 'abc'))
print(re.findall(r'a|', 'bab'))
print(re.findall(r'^', 'a\nb\n', re.M), re.findall(r'$', 'a\nb\n', re.M), re.findall(r'$', 'a\nb\n'))
print(re.findall(r'(?m)^\w+', 'one\ntwo\n three'))
print(re.findall(r'\w+', 'hello world', ), re.compile(r'\w').findall('abcdef', 2, 4))
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print([m.group() for m in re.compile(r'\w+').finditer('the quick brown fox', 4)])
print([(m.start(), m.group(1)) for m in re.finditer(r'(\d+)', '10 apples, 20 pears, 3 kiwis')])
print([m.span() for m in re.finditer(r'\b|:+', 'a::bc')])
print([m.span() for m in re.finditer(r'(?=a)|a', 'aa')])

# sub with strings
print(re.sub(r'\s+', ' ', '  lots   of\t\tspace \n here '))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home bob@work'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>', 'a=1, b=2'))
print(re.sub(r'(a)', r'\g<1>0', 'aa'), re.sub('(a)', r'[\g<0>]', 'banana'))
print(re.sub('a', r'\n\t\\', 'xax') == 'x\n\t\\x', re.sub('a', '\\\\n', 'a'))
print(re.sub(r'(b)?a', r'[\1]', 'aba'))
print(re.sub('x*', '-', 'abxd'), re.sub('x+', '-', 'abxxd'), re.sub('', '-', 'abc'))
print(re.sub('a|', '-', 'bab'), re.sub(r'\b', '|', 'hi there'), re.sub('(?=b)', '^', 'abab'))
print(re.sub('a', 'b', 'aaaa', 2), re.sub('a', 'b', 'aaaa', count=3), re.sub('a', 'b', 'aaaa', 0))
print(re.subn('a', 'b', 'aaaa'), re.subn('x', 'y', 'aaaa'), re.subn('a', 'b', 'aaaa', count=1))
print(re.sub('(?i)A', 'x', 'aAbB'), re.sub('a', 'x', 'aAbB', flags=re.I))
print(re.sub(r'\d', '\\g<0>\\g<0>', 'a1b2'), re.sub('', 'x', ''))
print(re.sub(r'(x)', r'\0101', 'x'), re.sub(r'(x)', r'\1\0', 'x') == 'x\0')

# sub with a function
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), 'hello big world'))
calls = []
def repl(m):
    calls.append(m.span())
    return '<%s>' % m.group()
print(re.sub(r'x*', repl, 'axb'), calls)
print(re.subn(r'[aeiou]', lambda m: m.group().upper(), 'programming language'))
p = re.compile(r'(?P<word>\b\w+\b)')
print(p.sub(lambda m: m.group('word')[::-1], 'abc def ghi', count=2))

# split
print(re.split(r',', 'a,b,,c,'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'))
print(re.split(r'(,)', 'a,b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r',', 'a,b,c,d', 1), re.split(',', 'a,b', -1))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'x*', 'axbc'), re.split(r'\b', 'a b'), re.split(r'', 'abc'))
print(re.split(r'(?=b)', 'abab'), re.split(r'^', 'a\nb', flags=re.M), re.split(r'$', 'a\nb', flags=re.M))
print(re.split(r'\s*', ' a b '), re.split('a', ''), re.split('', ''), re.split('x', 'abc'))
print(re.compile(r'[:=]').split('k:v=w', 1))

# Pattern methods mirror the module functions
p = re.compile(r'(\d+)-(\d+)')
s = 'ranges 1-5, 10-20 and 7-9'
print(p.findall(s), p.sub(r'\2..\1', s), p.subn('R', s), p.split(s))
print(p.search(s).groups(), [m.group(0) for m in p.finditer(s)], p.findall(s, 10), p.findall(s, 0, 15))

# templates errors
for tmpl in [r'\10', r'\g<3>', r'\g<x>', r'\g<', r'\g', r'\q', r'\3', r'\g<1a>', r'\g<-1>', '\\']:
    try:
        print(repr(p.sub(tmpl, s)))
    except re.error as e:
        print('error:', e, '|', e.msg, e.pos)
    except IndexError as e:
        print('IndexError:', e)

# scanner-like tokenizer with lastgroup
tokens = r'(?P<NUM>\d+(?:\.\d*)?)|(?P<ID>[A-Za-z_]\w*)|(?P<OP>[-+*/=()])|(?P<WS>\s+)|(?P<BAD>.)'
for m in re.finditer(tokens, 'x = 3.14 * (y2 + 10) $'):
    if m.lastgroup != 'WS':
        print(m.lastgroup, repr(m.group()), m.lastindex)
