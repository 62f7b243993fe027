class E(Exception):
    def __str__(self):
        for i in range(3): pass
        return 'boom'
class A:
    def __del__(self):
        raise E()
a = A()
del a
print('after')
