class D:
    def __del__(self):
        for i in range(3): pass
print(D() is [])
