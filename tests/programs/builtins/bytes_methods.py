# bytes methods: searching with start/end windows, replace, split, join,
# strip, case, hex round trips, with CPython's errors.
b=b'  Hello World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' Hd'), b.upper(), b.lower(), b.split(), b.split(b'o'), b.split(b'o', 1), b'-'.join([b'a', b'b']))
print(b.startswith(b'  H'), b.endswith((b'x', b'  ')), b.find(b'o'), b.find(b'z'), b.count(b'o'), b.replace(b'o', b'0'), b.replace(b'o', b'0', 1), bytes.fromhex('de ad BE'), b.index(b'W'))
try: b.index(b'z')
except ValueError as e: print(e)
try: b'-'.join([b'a', 'b'])
except TypeError as e: print(e)
try: b.split(b'')
except ValueError as e: print(e)
try: bytes.fromhex('zz')
except ValueError as e: print(e)
try: b.startswith('x')
except TypeError as e: print(e)
print(b.find(111), b.count(b''), b'abc'.find(b'', 1), b'abc'.replace(b'', b'-'), b'a b  c'.split(None, 1), b'a,b,,c'.split(b','), b''.split(), b'abcabc'.find(b'c', 3), b'abcabc'.count(b'bc', 0, 4), b'xyx'.strip(b'x'), b'  '.strip())
print(b'hello'.startswith(b'll', 2), b'hello'.endswith(b'l', 0, 4), b'aaa'.replace(b'a', b'bb', 2), b'abc'.find(b'c', -1), b'abc'.index(98))
