import sys

x = 1000
print("imported, x = 1000:", sys.getrefcount(x))


def show():
    y = 2000
    print("imported function:", sys.getrefcount(y))
