import sys
class O: pass
o = O()
a = [1]
b = [1, o]
before = sys.getrefcount(o)
for i in range(5):
    r = a < b
print(r, sys.getrefcount(o) - before)
