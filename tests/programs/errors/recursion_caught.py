# Unbounded recursion raises RecursionError, which can be caught; the program
# then carries on normally, and the stack is usable again.
import sys


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("caught", e)
    print("repr:", repr(e))
    print("is a RuntimeError:", isinstance(e, RuntimeError))


def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)


print("after recovery, 900 deep:", countdown(900))


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

    def length(self):
        return 1 if self.next is None else 1 + self.next.length()


head = None
for i in range(5000):
    head = Node(i, head)
try:
    print(head.length())
except RecursionError as e:
    print("method recursion:", e)
walk, steps = head, 0
while walk is not None:
    walk, steps = walk.next, steps + 1
print("iterative length:", steps)
walk = None
for depth in [10, 100, 500]:
    try:
        print("depth", depth, "->", countdown(depth))
    except RecursionError:
        print("depth", depth, "failed")


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as e:
    print("mutual recursion:", e)

# Lowering the limit makes a moderate recursion fail.
sys.setrecursionlimit(200)
try:
    countdown(500)
except RecursionError as e:
    print("with limit 200:", e)
sys.setrecursionlimit(1000)
print("limit restored, countdown(500):", countdown(500))
head = None
print("done")
