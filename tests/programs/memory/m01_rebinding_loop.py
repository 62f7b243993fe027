# Item 1: loop variables, augmented assignment and functions rebind names.
import sys

numbers = [1, 2, 3]
alias = numbers
numbers += [4]          # list += mutates in place: the alias sees it
print("after +=:", numbers, alias, numbers is alias)
numbers = numbers + [5]  # + builds a new list and rebinds
print("after + :", numbers, alias, numbers is alias)

text = "ab"
same = text
text += "cd"            # str is immutable: += rebinds
print("strings:", text, same, text is same)

pair = (1, 2)
keep = pair
pair += (3,)
print("tuples:", pair, keep, pair is keep)

counts = {"a": 1}
view = counts
counts["b"] = 2
counts.update({"c": 3})
print("dict alias:", view)
counts = dict(counts)
counts["d"] = 4
print("after copy+rebind:", sorted(view), sorted(counts))

# The for-loop variable is rebound to each item; changing it does not change the list.
values = [10, 20, 30]
for v in values:
    v = v * 2
print("loop did not change list:", values)
for i in range(len(values)):
    values[i] = values[i] * 2
print("index assignment did:", values)

# Loop over mutable items: mutating through the loop name is visible.
matrix = [[1], [2], [3]]
for row in matrix:
    row.append(row[0] * 10)
print("rows mutated:", matrix)
print("last row still bound to row:", row is matrix[-1], sys.getrefcount(row))

# Default arguments are evaluated once: the same list every call.
def remember(x, seen=[]):
    seen.append(x)
    return seen


first = remember(1)
second = remember(2)
print("default list shared:", first, second, first is second)
print("refcount of the default list:", sys.getrefcount(first))


def fresh(x, seen=None):
    if seen is None:
        seen = []
    seen.append(x)
    return seen


print("fresh lists:", fresh(1), fresh(2), fresh(3) is fresh(3))

# Functions are objects bound to names as well.
def shout(s):
    return s.upper() + "!"


yell = shout
del shout
print("function survives under its other name:", yell("hi"))
handlers = {"loud": yell, "quiet": str.lower}
print(handlers["loud"]("go"), handlers["quiet"]("GO"))
print("refcount of yell:", sys.getrefcount(yell))
