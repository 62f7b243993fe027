# statistics: variance and standard deviation (exact, correctly rounded),
# covariance, correlation, linear_regression and NormalDist.
import statistics as st
from fractions import Fraction as F

def show(name, *args, **kwargs):
    try:
        r = getattr(st, name)(*args, **kwargs)
        print(name, type(r).__name__, repr(r))
    except Exception as e:
        print(name, type(e).__name__ + ":", e)

samples = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [1, 2, 3, 4, 5, 6],
    [2, 4, 4, 4, 5, 5, 7, 9],
    [F(1, 4), F(5, 4), F(1, 2)],
    [1e9 + 1, 1e9 + 2, 1e9 + 3],
    [3],
    [],
]
for data in samples:
    for name in ('variance', 'pvariance', 'stdev', 'pstdev'):
        show(name, data)
show('variance', [1, 2, 3, 4], 2.5)
show('pvariance', [1, 2, 3, 4], mu=F(5, 2))
show('pstdev', iter([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
show('variance', [1, 'x'])

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show('covariance', x, y)
show('covariance', x, [9 - v for v in x])
show('correlation', x, x)
show('correlation', x, y)
show('correlation', x, [5] * 9)
show('covariance', [1], [2])
show('correlation', [1, 2], [1])
show('linear_regression', x, [3 * v + 2 for v in x])
show('linear_regression', [1, 2, 3], [2, 4.5, 6.25], proportional=True)
show('linear_regression', [1, 1], [2, 3])
r = st.linear_regression([1, 2, 4], [2, 3, 7])
print(r.slope, r.intercept, r == (r.slope, r.intercept))

nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.pdf(100), nd.cdf(115), nd.inv_cdf(0.975), nd.zscore(130))
print([round(q, 6) for q in nd.quantiles()], nd.quantiles(n=3))
print(nd.inv_cdf(1e-10), nd.inv_cdf(0.3), nd.inv_cdf(0.999999))
print(st.NormalDist(2.4, 1.6).overlap(st.NormalDist(3.2, 2.0)))
print(st.NormalDist(1, 2).overlap(st.NormalDist(3, 2)))
print(nd + 5, nd - 5, 5 - nd, nd * -2, 2 * nd, nd / 3, -nd, +nd)
print(nd + st.NormalDist(0, 20), nd - st.NormalDist(10, 20))
print(nd == st.NormalDist(100, 15), nd == 100, hash(nd) == hash(+nd))
print(st.NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
for bad in (lambda: st.NormalDist(0, -1), lambda: nd.inv_cdf(1.5),
            lambda: st.NormalDist(1, 0).pdf(1), lambda: st.NormalDist(1, 0).cdf(1),
            lambda: st.NormalDist(1, 0).inv_cdf(0.5), lambda: nd.overlap(3),
            lambda: st.NormalDist.from_samples([1])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
