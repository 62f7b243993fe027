# Deallocating a list: its items are moved to the collector's work stack and
# released one by one; D.__del__ runs while [1] is held only by that stack.
class D:
    def __del__(self):
        for i in range(300): pass
L = [D(), [1]]
del L
print('ok')
