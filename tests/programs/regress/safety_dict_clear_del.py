class D:
    def __del__(self):
        for i in range(300): pass
d = {'a': D(), 'b': [1]}
d.clear()
print('ok')
