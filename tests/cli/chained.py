# Chained exceptions: implicit context ("During handling of the above
# exception ...") and explicit cause ("The above exception was the direct
# cause ..."). Used by tests/cli.rs.


def lookup():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("bad value")


def wrap():
    try:
        lookup()
    except ValueError as e:
        raise RuntimeError("wrapped") from e


print("start")
wrap()
print("never")
