# keyword: 3.11's hard and soft keyword lists and the predicates.
import keyword

print(keyword.kwlist)
print(len(keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))
print(keyword.softkwlist)
for word in ['if', 'else', 'match', 'case', '_', 'print', 'None', 'none',
             'async', 'await', 'type', 'nonlocal', '']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print([w for w in "for x in data if not x".split() if keyword.iskeyword(w)])
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError:", e)
print(sorted(keyword.__all__))
