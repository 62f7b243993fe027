# Unbounded recursion that nobody catches: exit status 1 and
# "RecursionError: maximum recursion depth exceeded" on stderr.


def walk(path):
    return walk(path + "/x") if len(path) < 10 ** 6 else path


def bounded(path, depth):
    if depth == 0:
        return path
    return bounded(path + "/" + str(depth), depth - 1)


print("starting")
for start in ["a", "bb"]:
    result = bounded(start, 5)
    print("bounded walk from", start, "->", result, len(result))
print("deeper bounded walk length:", len(bounded("r", 500)))
print("now walking without a bound")
print(walk("root"))
print("not reached")
