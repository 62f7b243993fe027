# Re-raising, raise ... from ..., implicit context, bare except, nested
# handlers, the lifetime of `as` names, and assert.

def reraise():
    try:
        [1, 2][5]
    except IndexError:
        print("  logging and re-raising")
        raise


try:
    reraise()
except IndexError as e:
    print("outer caught:", e)


class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad setting: " + text) from e


try:
    load("x9")
except ConfigError as e:
    print("ConfigError:", e)
    print("cause:", repr(e.__cause__))
    print("cause is a ValueError:", isinstance(e.__cause__, ValueError))


def implicit_context():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")


try:
    implicit_context()
except RuntimeError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__)

# Bare except catches everything, including the ones we did not name.
for bad in [lambda: 1 // 0, lambda: undefined_name, lambda: None + 1, lambda: [].pop()]:
    try:
        bad()
    except:
        print("bare except caught something")

# Nested try blocks: the innermost matching handler wins.
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong handler")
    finally:
        print("inner finally")
except LookupError as e:
    print("outer LookupError handler:", repr(e))

# The exception variable is unbound after the handler.
try:
    raise ValueError("temporary")
except ValueError as err:
    print("inside handler:", err)
try:
    print(err)
except NameError as e:
    print("after handler:", e)

# assert
try:
    assert 1 + 1 == 3, "arithmetic is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("assert without message:", repr(e), e.args)
assert True, "never raised"
print("done")
