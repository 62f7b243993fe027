tests = [
    lambda: "%5c|%-3c|" % ("x", 65),
    lambda: "%c" % "ab",
    lambda: "%c" % 0x110000,
    lambda: "%c" % 1.5,
    lambda: "%c%c" % (955, "é"),
    lambda: "%x" % 1.5,
    lambda: "%o" % 2.0,
    lambda: "%X" % True,
    lambda: "%d" % 2.7,
    lambda: "%(a)s %s" % {"a": 1},
    lambda: "%s %(a)s" % {"a": 1},
    lambda: "%z" % 1,
    lambda: "ab%-5zx" % 1,
    lambda: "%(a)s %(b)05d" % {"a": "x", "b": 42},
    lambda: b"%z" % 1,
    lambda: b"%5c|" % 65,
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
