# CPython 3.11 keeps the memory of dead tuples (per length), lists, dicts and
# floats on free lists for the next object of the same kind, so `id()`
# repeats within a kind and not across kinds, and a full collection
# empties the lists. (Under marksweep objects die at a collection instead,
# so this program has its own output there.)
import gc


x = tuple([5, 6]); ix = id(x); del x
y = tuple([7, 8]); print("tuple reuse", id(y) == ix)
d = {}; idd = id(d); del d
e = {}; print("dict reuse", id(e) == idd)
l = [0]; il = id(l); del l
m = {}; print("list memory to a dict", id(m) == il)
n = [1]; print("list reuse", id(n) == il)
v = 1.5
f = v * 3; i_f = id(f); del f
print("float reuse", id(v * 5) == i_f)
show = lambda label, a, b: print(label, a == b)
show("tuple temps", id((1, [])), id((2, [])))
show("tuples of other lengths", id((1, [], 3)), id((2, [])))
t3 = (1, [], 3); i3 = id(t3); del t3
t2 = (1, []); print("a 3-tuple's memory to a 2-tuple", id(t2) == i3)

# A full collection empties the free lists (CPython's clear_freelists).
# Where the memory goes next is the allocator's business; what is certain
# is that the lists work as before afterwards.
gc.collect()
u = (1, []); iu = id(u); del u
print("tuple reuse after gc.collect()", id((2, [])) == iu)


# At exit, globals only the module holds, however many names it has for them,
# are finalized first, in the order they were bound.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


first = D("first")
second = D("second")
third = D("third")
alias = second
print("end of program")
