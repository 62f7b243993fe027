# Closures, nonlocal, global and late binding.


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(10))


def make_accumulator():
    history = []

    def add(x):
        history.append(x)
        return sum(history)

    def get():
        return list(history)

    return add, get


add, get = make_accumulator()
for v in [3, 4, 5]:
    print("running sum:", add(v))
print("history:", get())

# Late binding: the closure sees the variable, not its value at creation.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print("late binding:", [f() for f in funcs])
funcs = [lambda i=i: i for i in range(4)]
print("default captures:", [f() for f in funcs])


def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 5)]


print("multipliers:", [m(10) for m in make_multipliers()])

# Nested scopes three levels deep.
def outer():
    level = "outer"

    def middle():
        inner_value = level + ">middle"

        def inner():
            nonlocal inner_value
            inner_value = inner_value + ">inner"
            return inner_value

        first = inner()
        second = inner()
        return first, second, inner_value

    return middle()


print(outer())


# Closures as small objects: an event log with handlers.
def make_log():
    entries = []

    def record(kind):
        def handler(detail):
            entries.append(kind + ":" + str(detail))
            return len(entries)
        return handler

    def dump():
        for i, e in enumerate(entries):
            print("  log", i, e)

    return record, dump


record, dump = make_log()
on_click = record("click")
on_key = record("key")
for n in range(3):
    print("click ->", on_click(n * 10), " key ->", on_key(chr(97 + n)))
dump()
adders = {}
for name, k in [("double", 2), ("triple", 3), ("tenfold", 10)]:
    adders[name] = (lambda k: lambda x: x * k)(k)
for name in adders:
    print(name, [adders[name](v) for v in range(4)])
