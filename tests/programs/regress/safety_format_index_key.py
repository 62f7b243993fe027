class S:
    def __getitem__(self, i):
        for j in range(3): pass
        return 'v%r' % (i,)
print('{0[1]} {0[k]}'.format(S()))
print('%(a)s' % {'a': 1})
