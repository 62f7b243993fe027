def deep():
    yield 1
    1 / 0


def shallow():
    yield from deep()


def consume():
    for _ in shallow():
        print("item")


print("start")
consume()
