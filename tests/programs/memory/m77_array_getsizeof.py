# sys.getsizeof of an array follows CPython's allocation: exact for a list,
# tuple or array initializer, array_resize's over-allocation item by item
# for an iterable, at once for frombytes/fromlist/extend(array).
import array, sys
for a in [array.array('i'), array.array('i',[1,2,3]), array.array('i', range(1000)), array.array('d', [1.0]*10), array.array('b', b'abc'), array.array('u', 'hello'), array.array('i', array.array('i', [1, 2]))]:
    print(sys.getsizeof(a), len(a))
a = array.array('i')
for i in range(40):
    a.append(i)
    print(sys.getsizeof(a), end=' ')
print()
for i in range(30):
    a.pop()
    print(sys.getsizeof(a), end=' ')
print()
a.extend(range(100)); print(sys.getsizeof(a))
a.extend(array.array('i', range(50))); print(sys.getsizeof(a))
a.fromlist(list(range(7))); print(sys.getsizeof(a))
a.frombytes(bytes(40)); print(sys.getsizeof(a))
del a[10:100]; print(sys.getsizeof(a), len(a))
a[0:2] = array.array('i', range(30)); print(sys.getsizeof(a), len(a))
a *= 3; print(sys.getsizeof(a), len(a))
a.insert(0, 5); print(sys.getsizeof(a))
a.remove(5); print(sys.getsizeof(a))
b = a[:5]; print(sys.getsizeof(b), sys.getsizeof(a + b), sys.getsizeof(b * 2))
print(sys.getsizeof(list(range(1000))), sys.getsizeof(array.array('i', range(1000))), sys.getsizeof(array.array('b', range(100))))
