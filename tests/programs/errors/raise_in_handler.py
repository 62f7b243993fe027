# An exception raised while handling another one: both are printed on stderr
# ("During handling of the above exception, another exception occurred") and
# the last line is the second exception.
cache = {"a": 1, "b": 2}
misses = []


def lookup(key):
    try:
        return cache[key]
    except KeyError:
        misses.append(key)
        print("cache miss for", key, "- parsing it instead")
        value = int(key)
        cache[key] = value
        return value


for key in ["a", "42", "b", "42", "7", "c", "a"]:
    print("lookup", key, "->", lookup(key))
    print("  misses so far:", misses)
print("not reached")
