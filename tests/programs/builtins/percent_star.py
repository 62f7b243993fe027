# `*` width and precision in %-formatting take ints from the arguments.
print("%-*s|" % (5, "ab"))
print("%*d|" % (5, 3))
print("%.*f|" % (2, 3.14159))
print("%*.*f|" % (9, 3, 2.71828))
print("%*s|" % (-6, "left"))
print("%.*s|" % (-1, "gone"))
print("[%*s] [%-*d]" % (4, "x", 3, 7))
for bad in [("%*d", ("5", 3)), ("%*d", (5,)), ("%.*f", (1.5, 2.0))]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError", e)
