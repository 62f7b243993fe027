# eval() input gets the checks a module gets: numbers run into names, the
# parenthesis nesting limit; a deep tuple hashes without a recursion limit.
for src in ["1__0", "1_", "1_a", "1_000a", "12_", "1.5_", "1.5e_", "1e_1", "0x1_g",
            "1abc", "0b12", "0o8", "(" * 199 + ")" * 199, "(" * 200 + ")" * 200,
            "[" * 201 + "]" * 201]:
    try:
        eval(src)
        print(repr(src[:12]), "ok")
    except SyntaxError as e:
        print(repr(src[:12]), e.msg, e.lineno, e.offset)


def nested_tuple(n):
    t = ()
    for _ in range(n):
        t = (t,)
    return t


print(hash(nested_tuple(5000)) == hash(nested_tuple(5000)))
try:
    nested_tuple(5000) == nested_tuple(5000)
except RecursionError as e:
    print("RecursionError", e)
