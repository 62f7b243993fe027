# str.encode with its codecs and error handlers; builtin iterators have
# __iter__ and __next__.
print('é'.encode('latin-1'), 'aé€'.encode('ascii', 'replace'), 'x'.encode(), 'é'.encode(errors='xmlcharrefreplace', encoding='ascii'))
for args in [('ascii',), ('latin-1',), ('koi9',)]:
    try:
        print('a€€'.encode(*args))
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__, e)
print(bytes('é', 'latin_1'))
it = iter([1, 2])
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration:
    print("stop")
print(iter(it) is it, it.__iter__() is it, hasattr(iter(range(3)), '__next__'), hasattr(enumerate([]), '__next__'))
