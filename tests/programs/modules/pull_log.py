# A helper the itertools programs import (it prints nothing when run on
# its own): an iterator that logs every pull, to check laziness.

log = []


class Src:
    """An iterator that logs every pull, to check laziness."""

    def __init__(self, name, items):
        self.name = name
        self.items = list(items)
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.items):
            log.append(self.name + "!")
            raise StopIteration
        value = self.items[self.pos]
        self.pos += 1
        log.append(self.name + str(value))
        return value


def pulls():
    text = " ".join(log)
    log.clear()
    return text
