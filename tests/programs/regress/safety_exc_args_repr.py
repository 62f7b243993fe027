# repr()/str() of an exception walks its args tuple without owning it;
# an item's __repr__ replaces e.args, freeing the tuple and the next item.
class A:
    def __repr__(self):
        e.args = ()
        junk = [[i] for i in range(100)]
        return 'A'
class B:
    def __init__(self): self.x = 'b'
    def __repr__(self): return 'B' + self.x
e = Exception(A(), B())
print(repr(e))
e = Exception(A(), B())
print(str(e))
