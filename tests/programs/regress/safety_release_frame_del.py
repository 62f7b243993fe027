# A function's local dies when the frame is released; its __del__ runs while
# the popped frame still holds (unrooted) counted references to the function,
# code, globals and any remaining cells/locals.
class D:
    def __del__(self):
        for i in range(300): pass
def f():
    d = D()
    other = [1, 2]
    return 1
f()
print('ok')
