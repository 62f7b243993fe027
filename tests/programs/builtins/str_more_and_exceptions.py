print("abc".isascii(), "é".isascii(), "a\tb".isprintable(), "ab c".isprintable())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "".istitle(), "A1 B2".istitle())
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\n\tc".expandtabs(2)))
print("{name} is {age}".format_map({"name": "ann", "age": 3}))
for t in ["{0} {}", "{} {0}"]:
    try:
        t.format(1, 2)
    except ValueError as e:
        print("ValueError:", e)
print("{0:{1}}|{:>{}}".format(5, 4, 6, 3) if False else "{0:>{1}}".format(5, 4))
try:
    raise PermissionError("nope")
except OSError as e:
    print(type(e).__name__, e, isinstance(e, PermissionError))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(UnicodeDecodeError, ValueError))
print((255).bit_length())
