# enumerate's count is read (borrowed) before calling the inner __next__,
# which re-enters next(e): the count is replaced and the old one freed.
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 1:
            next(e)   # re-enter: replaces e's count; the result tuple is dropped
            It.keep = [int('7' * 40) + i for i in range(2000)]   # reuse the freed block
        if self.n > 5: raise StopIteration
        return self.n
s = int('1' + '0' * 20)
e = enumerate(It(), s)
del s
print(next(e))
print(next(e))
