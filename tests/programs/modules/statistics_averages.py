# statistics: averages and their result types (ints stay ints when
# exact, Fractions stay Fractions), medians, modes, quantiles and errors.
import statistics as st
from fractions import Fraction as F

def show(name, *args, **kwargs):
    try:
        r = getattr(st, name)(*args, **kwargs)
        print(name, type(r).__name__, repr(r))
    except Exception as e:
        print(name, type(e).__name__ + ":", e)

show('mean', [1, 2, 3, 4, 4])
show('mean', [1, 2, 3, 4])
show('mean', [2, 4, 6])
show('mean', [1.5, 2.5, 2, 4])
show('mean', [F(3, 7), F(1, 21), F(5, 3), F(1, 3)])
show('mean', [F(1, 2), 0.25, 1])
show('mean', [True, False, True])
show('mean', iter(range(10)))
show('mean', [1e50, 1, -1e50] * 10)
show('mean', [])
show('mean', ['a', 'b'])
show('fmean', [3.5, 4.0, 5.25])
show('fmean', iter([1, 2, 3]))
show('fmean', [85, 92, 83, 91], weights=[0.2, 0.2, 0.3, 0.3])
show('fmean', [1, 2], weights=[1])
show('fmean', [1, 2], weights=[0, 0])
show('fmean', [])
show('geometric_mean', [54, 24, 36])
show('geometric_mean', [1, 0])
show('harmonic_mean', [40, 60])
show('harmonic_mean', [F(1, 2), F(1, 3)])
show('harmonic_mean', [2.5, 3, 10])
show('harmonic_mean', [40, 60], weights=[5, 30])
show('harmonic_mean', [1, 0, 3])
show('harmonic_mean', [7])
show('harmonic_mean', [-1, 2])
show('harmonic_mean', [1, 2], weights=[1])

data = [1, 3, 5, 7, 2, 8, 8]
for name in ('median', 'median_low', 'median_high', 'median_grouped'):
    show(name, data)
    show(name, data[:-1])
show('median', [F(1, 2), F(3, 4)])
show('median', [1.5, 2])
show('median_grouped', [52, 52, 53, 54])
show('median_grouped', [1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2)
show('median_grouped', ['a'])
show('median', [])

show('mode', [1, 1, 2, 3, 3, 3, 3, 4])
show('mode', ["red", "blue", "blue", "red", "green"])
show('mode', [])
show('multimode', 'aabbbbccddddeeffffgg')
show('multimode', [])
show('multimode', [1.0, 1, True, 2])

show('quantiles', [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110])
show('quantiles', range(1, 11), n=10)
show('quantiles', [1, 2, 3, 4], n=3, method='inclusive')
show('quantiles', [F(1, 2), F(3, 2), F(5, 2)], n=2)
show('quantiles', [1.0, 2.0], n=5)
show('quantiles', [1], n=4)
show('quantiles', [1, 2], n=0)
show('quantiles', [1, 2], method='middle')
print(issubclass(st.StatisticsError, ValueError))
