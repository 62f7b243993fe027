# replace_top releases the popped operands in order; D.__del__ (first operand)
# runs while the second operand is held only by the unrooted `olds` array.
class D:
    def __add__(self, o): return 0
    def __del__(self):
        for i in range(300): pass
print(D() + [1])
