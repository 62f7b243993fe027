# User exception classes, args, str and repr, and the exception hierarchy.


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, what, where):
        super().__init__(what, where)
        self.what = what
        self.where = where

    def __str__(self):
        return self.what + " not found in " + self.where


class Retry(AppError):
    def __init__(self, attempts):
        super().__init__("retry after " + str(attempts) + " attempts")
        self.attempts = attempts


errors = [AppError(), AppError("plain"), AppError("two", 2), NotFound("key", "vault"), Retry(3)]
for e in errors:
    print(type(e), "| str:", str(e), "| repr:", repr(e), "| args:", e.args)

print(isinstance(errors[3], AppError), isinstance(errors[3], Exception), isinstance(errors[3], BaseException))
print(issubclass(NotFound, AppError), issubclass(AppError, NotFound), issubclass(Retry, Exception))


def find(store, key):
    if key not in store:
        raise NotFound(key, "store")
    return store[key]


store = {"a": 1}
for key in ["a", "b"]:
    try:
        print("found", find(store, key))
    except AppError as e:
        print("AppError handler:", e, "| what =", e.what)

attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise Retry(attempts)
        print("succeeded after", attempts, "attempts")
        break
    except Retry as e:
        print("retrying:", e, e.attempts)

# Built-in hierarchy.
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (UnboundLocalError, NameError), (ValueError, Exception), (Exception, BaseException),
    (StopIteration, Exception), (AssertionError, Exception), (MemoryError, Exception),
    (TypeError, ValueError), (KeyError, IndexError),
]
for sub, sup in pairs:
    print(sub, "subclass of", sup, issubclass(sub, sup))

# Catching by a base class.
def risky(n):
    if n == 0:
        return {}["zero"]
    if n == 1:
        return [][1]
    if n == 2:
        return 1 / 0
    if n == 3:
        raise NotImplementedError("later")
    return n


for n in range(5):
    try:
        print("risky", n, "->", risky(n))
    except LookupError as e:
        print("risky", n, "LookupError", repr(e))
    except ArithmeticError as e:
        print("risky", n, "ArithmeticError", repr(e))
    except RuntimeError as e:
        print("risky", n, "RuntimeError", repr(e))

# Exception objects are ordinary objects.
saved = []
for word in ["1", "two", "3", "four"]:
    try:
        saved.append(int(word))
    except ValueError as e:
        saved.append(e)
print([repr(x) for x in saved])
e = KeyError("k")
print(str(e), repr(e), e.args, str(KeyError()), repr(ValueError()))
print(str(Exception("a", "b")), repr(Exception("a", "b")), str(Exception(42)))


def unbound():
    try:
        print(value_later)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    value_later = 1
    return value_later


print(unbound())
