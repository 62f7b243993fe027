# Name resolution: locals, globals, cells, free variables, class scopes.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


def param_cell(x):
    def get():
        return x

    x += 1
    return get


def late_binding():
    fns = [lambda: i for i in range(3)]
    return [f() for f in fns]


def early_binding():
    return [(lambda i=i: i)() for i in range(3)]


def class_scope_skipped():
    value = "function"

    class C:
        value = "class"
        seen_in_method = None

        def method(self):
            return value

        in_body = value
        listing = [value for _ in range(1)]

    return C().method(), C.in_body, C.listing


def class_reads_outer_then_binds():
    x = "outer"

    class C:
        try:
            y = x
        except NameError as e:
            y = str(e)
        x = "inner"

        def m(self):
            return x

    return C.y, C.x, C().m()


def deep_free():
    a = 1

    def middle():
        def inner():
            return a + 1

        return inner

    return middle()()


def walrus_in_comprehension():
    values = [1, 5, 3, 8, 2]
    big = [last := v for v in values if v > 2]
    return big, last


def nested_comprehension_scopes():
    n = 3
    return [[i * j + n for j in range(i)] for i in range(n)]


def shadowing(list):
    return list + [len(list)]


def del_and_rebind():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError:
        x = 2
        return x


class Mangled:
    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


def qualnames():
    def inner():
        class Local:
            def meth(self):
                pass

        return Local

    return [inner.__qualname__, inner().meth.__qualname__, (lambda: 0).__qualname__]


print(bump(), bump(), counter)
c = make_counter()
print(c(), c(5), c())
print(param_cell(10)())
print(late_binding(), early_binding())
print(class_scope_skipped())
print(class_reads_outer_then_binds())
print(deep_free())
print(walrus_in_comprehension())
print(nested_comprehension_scopes())
print(shadowing([1, 2]))
print(del_and_rebind())
m = Mangled()
print(m.reveal(), m._Mangled__secret, hasattr(m, "__secret"))
print(qualnames())
print(Mangled.__qualname__, make_counter().__qualname__)
