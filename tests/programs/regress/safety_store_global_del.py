class D:
    def __del__(self):
        for i in range(3): pass
x = D()
def f():
    global x
    x = [2]      # StoreGlobal
f()
print(x)
