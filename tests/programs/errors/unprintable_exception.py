# An exception whose __str__ fails prints CPython's placeholder, arguments
# or not.
class E(Exception):
    def __str__(self):
        raise ValueError


print("start")
raise E
