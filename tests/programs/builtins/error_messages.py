# The messages of common built-in exceptions, caught and printed.


def show(label, fn):
    try:
        result = fn()
        print(f"{label:<24} ok: {result!r}")
    except Exception as e:
        print(f"{label:<24} {type(e)}: {e}")


show("int + str", lambda: 1 + "a")
show("str + int", lambda: "a" + 1)
show("list + tuple", lambda: [1] + (2,))
show("str * str", lambda: "a" * "b")
show("None + 1", lambda: None + 1)
show("unary minus on str", lambda: -"a")
show("1 / 0", lambda: 1 / 0)
show("1 // 0", lambda: 1 // 0)
show("1 % 0", lambda: 1 % 0)
show("2.0 / 0", lambda: 2.0 / 0)
show("list index", lambda: [1, 2, 3][3])
show("negative list index", lambda: [1][-2])
show("str index", lambda: "abc"[5])
show("dict key", lambda: {"a": 1}["b"])
show("int key", lambda: {1: 1}[2])
show("tuple key", lambda: {}[(1, 2)])
show("len of int", lambda: len(5))
five = 5
show("call an int", lambda: five())
show("subscript an int", lambda: five[0])
show("iterate an int", lambda: [x for x in 5])
show("unhashable dict key", lambda: {[]: 1})
show("unhashable in set", lambda: {{}})
show("attribute of None", lambda: None.value)
show("attribute of int", lambda: (1).missing)
show("int('x')", lambda: int("x"))
show("float('x')", lambda: float("x"))
show("int(None)", lambda: int(None))
show("[].pop()", lambda: [].pop())
show("list.remove", lambda: [1, 2].remove(3))
show("list.index", lambda: [1, 2].index(3))
show("str.index", lambda: "abc".index("d"))
show("tuple.index", lambda: (1,).index(2))
show("compare int < str", lambda: 1 < "a")
show("compare list > int", lambda: [1] > 1)
show("unpack too many", lambda: [a for a, b in [(1, 2, 3)]])
show("unpack too few", lambda: [a for a, b, c in [(1, 2)]])
show("unpack non-iterable", lambda: [a for a, b in [5]])
show("next on exhausted", lambda: next(iter([])))
show("chr out of range", lambda: chr(2 ** 21))
show("negative shift", lambda: 1 << -1)
show("set.remove", lambda: {1}.remove(2))
show("dict.pop", lambda: {}.pop("k"))
show("max of empty", lambda: max([]))
show("join non-strings", lambda: ",".join([1, 2]))
show("str + None in join", lambda: "-".join(["a", None]))
show("round(str)", lambda: round("1.5"))
show("range(float)", lambda: range(1.5))


def set_first_char(text):
    text[0] = "X"
    return text


show("str item assignment", lambda: set_first_char("abc"))


def undefined_use():
    return not_defined_anywhere + 1


show("NameError", undefined_use)


def local_before_assignment():
    total_value = total_value + 1
    return total_value


show("UnboundLocalError", local_before_assignment)
