# repr(e) of a 2-arg exception reprs e.args (borrowed); A.__repr__ replaces
# e.args, freeing the tuple and B(); B's block is reused before its repr.
class A:
    def __repr__(self):
        e.args = ()
        A.junk = [C() for i in range(100)]
        return 'A'
class B:
    def __init__(self): self.x = 'b'
    def __repr__(self): return 'B' + self.x
class C:
    def __repr__(self): return 'C(reused block)'
e = Exception(A(), B())
print(repr(e))
