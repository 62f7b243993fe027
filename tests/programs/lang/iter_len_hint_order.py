# Which consumers ask an iterable its length, and when (CPython 3.11): list,
# tuple, sorted and list.extend get the iterator first, then the length
# hint; set, frozenset, dict.fromkeys, bytearray and str.join ask none.
class C:
    def __iter__(self): print("  iter"); return iter([1])
    def __len__(self): print("  len"); return 1
c = C()
for name, f in [("list", list), ("tuple", tuple), ("set", set), ("sorted", sorted), ("dict.fromkeys", dict.fromkeys), ("list.extend", lambda x: [].extend(x)), ("bytearray", bytearray), ("deque-ish", lambda x: [*x]), ("frozenset", frozenset), ("str.join", lambda x: ",".join(x))]:
    print(name)
    try:
        f(c)
    except Exception as e:
        print("  err", type(e).__name__, e)
