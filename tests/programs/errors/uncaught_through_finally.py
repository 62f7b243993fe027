# An exception propagating through several frames runs every finally block on
# the way out, innermost first, before the program dies.


def level3(n):
    try:
        print("level3 computing", n)
        return [1, 2, 3][n]
    finally:
        print("level3 finally")


def level2(n):
    try:
        return level3(n) * 10
    finally:
        print("level2 finally")


def level1(n):
    try:
        result = level2(n)
        print("level1 got", result)
        return result
    except KeyError:
        print("wrong handler, not used")
    finally:
        print("level1 finally")


for n in [0, 2, 5, 1]:
    print("call", n, "->", level1(n))
