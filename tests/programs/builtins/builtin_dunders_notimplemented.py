# A builtin type's own dunders answer NotImplemented for operands they do
# not handle (as CPython's slot wrappers), mutable containers have
# __hash__ = None, and slice.indices clamps as CPython does.
print(int.__rmul__(2, [1]), int.__mul__(2, "ab"), list.__rmul__([1], 2), str.__rmul__("ab", 2))
print(dict.__eq__({}, 3), list.__eq__([], 3), set.__eq__(set(), 3), tuple.__lt__((), 3), str.__eq__("a", 1))
print(int.__eq__(1, 1.0), float.__eq__(1.0, 1), list.__eq__([1], [1]), frozenset.__eq__(frozenset(), set()))
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, tuple.__hash__ is None)


class L(list):
    pass


try:
    hash(L())
except TypeError as e:
    print("TypeError", e)
print(2 * L([1]), L([1]) * 2, type(2 * L([1])).__name__, 3 * b"x", bytearray(b"y") * 2)
for s in [slice(None), slice(1, None, -1), slice(-100, 100), slice(None, None, -2), slice(5, -5, 3), slice(-3, None)]:
    print(s, s.indices(5), s.indices(0))
for bad in [lambda: slice(0, 1, 0).indices(3), lambda: slice(1).indices(-1), lambda: slice("a").indices(3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
