# sys.exit("message") prints the message on stderr and exits with status 1.
import sys

requirements = []


def require(condition, message):
    requirements.append(message)
    if not condition:
        print("requirement", len(requirements), "failed; giving up")
        sys.exit(message)
    print("requirement", len(requirements), "met:", message)


require(1 + 1 == 2, "arithmetic works")
require("abc".upper() == "ABC", "strings work")
require([3, 1, 2].index(2) == 2, "lists work")
require({"k": 1}.get("k") == 1, "dicts work")
require(len([]) == 1, "fatal: the list is empty")
print("not reached")
