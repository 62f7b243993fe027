# Item 6: the reference count rises and falls with names, slots and calls.
import sys


def rc(obj):
    # Inside rc the object is also held by the parameter `obj` (moved in, not
    # copied, in CPython 3.11) and by getrefcount's own argument: that is 2 more
    # than the caller's references.
    return sys.getrefcount(obj) - 2


data = [1, 2, 3]
print("one name:", rc(data))
alias = data
print("two names:", rc(data))
holder = [data]
print("in a list too:", rc(data))
holder.append(data)
print("twice in the list:", rc(data))
table = {"k": data}
print("as a dict value:", rc(data))
table["k2"] = data
print("as two dict values:", rc(data))
t = (data, data, data)
print("three tuple slots:", rc(data))


class Holder:
    pass


h = Holder()
h.attr = data
print("as an attribute:", rc(data))

# Now take them away again.
del t
print("tuple gone:", rc(data))
h.attr = None
print("attribute rebound:", rc(data))
del table["k"]
print("dict key deleted:", rc(data))
table.clear()
print("dict cleared:", rc(data))
holder.pop()
print("popped from list:", rc(data))
holder.remove(data)
print("removed from list:", rc(data))
alias = "something else"
print("alias rebound:", rc(data))
print("holder now:", holder, "table now:", table)

# Containers hold each item once per slot.
many = [data] * 10
print("ten slots:", rc(data))
many = many[:4]
print("four slots left:", rc(data))
many = None
print("list dropped:", rc(data))

# Set members and dict keys.
class Key:
    pass


k = Key()
s = {k}
d = {k: k}
print("key in a set and a dict (key and value):", rc(k))
s.discard(k)
print("discarded from set:", rc(k))
d.pop(k)
print("popped from dict:", rc(k))

# Copies of containers add a reference per slot.
row = [data, data]
print("row made:", rc(data))
row2 = list(row)
print("list(row) copy:", rc(data))
row3 = row[:]
print("slice copy:", rc(data))
row4 = sorted([data])
print("sorted result:", rc(data))
del row2, row3, row4
print("copies deleted:", rc(data))
row.reverse()
print("reverse keeps count:", rc(data))
row.extend(row)
print("extend with itself:", rc(data))
row.clear()
print("cleared:", rc(data))
