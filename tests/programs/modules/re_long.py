# Long subjects: repeats and searches run without deep recursion and in
# reasonable time.
import re

# long strings: repeats do not recurse per character
long = 'a' * 5000
print(re.match(r'a*', long).end(), re.match(r'a*?$', long).end(),
      re.match(r'(?:a)*', long).end(), re.match(r'.*b', long + 'b').end(),
      re.match(r'[a-z]+?b', long + 'b').end())
print(re.match(r'(?:ab)+', 'ab' * 3000).end(), re.match(r'(?:a|b)*c', 'ab' * 3000 + 'c').end())
print(re.search(r'\d+$', 'x' * 5000 + '123').span())
print(re.search(r'needle', 'hay' * 3000 + 'needle').span())
print(re.match(r'(x+x+)+y', 'x' * 9))

text = ('The quick brown fox jumps over the lazy dog. ' * 20 +
        'mail joe@example.com or bob@test.org; call 555-1234.\n') * 3
print(len(re.findall(r'\w+', text)), len(re.findall(r'\b\w+\b', text)))
print(re.findall(r'[\w.]+@[a-z]+\.[a-z]+', text))
print(len(re.sub(r'\s+', ' ', text)), len(re.split(r'[.;]\s*', text)))
print(re.findall(r'\d+-\d+', text), re.search(r'(?i)LAZY (\w+)', text).group(1))
print(len(re.findall(r'o\w*?x', text)), len(re.findall(r'(\w+) (\w+)', text)))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', text)[-60:])
print([m.span() for m in re.finditer(r'(?m)^\w+', text)])
print(re.search(r'(?s)quick.*lazy', text).span(), re.search(r'quick.*?lazy', text).span())
lines = ['key%d = value%d' % (i, i * i) for i in range(200)]
pairs = [re.match(r'(\w+)\s*=\s*(\w+)', line).groups() for line in lines]
print(pairs[:3], pairs[-1], len(pairs))
print(sum(int(m.group(1)) for m in re.finditer(r'value(\d+)', '\n'.join(lines))))
