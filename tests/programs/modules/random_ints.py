# random: the integer and sequence functions must make CPython's choices:
# randrange (steps both ways), randint, choice, shuffle, sample (the pool
# and the set algorithms, switching where CPython's setsize does, counts=),
# choices (floor(random()*n), weights and cum_weights by bisection),
# randbytes and uniform.
import random

for s in [0, 7, -5, 2**100]:
    random.seed(s)
    print("seed", s)
    print([random.randrange(n) for n in range(1, 40)])
    print([random.randrange(-n, n * 3, n % 7 + 1) for n in range(1, 30)])
    print([random.randrange(n, -n * 3, -(n % 5) - 1) for n in range(1, 30)])
    print([random.randint(-n, n) for n in range(0, 30)])
    print(random.randrange(10**30), random.randrange(-10**40, 10**40, 7),
          random.randint(0, 2**64), random.randrange(2**32), random.randrange(2**32 + 1))
    print(random.randrange(True, 10), random.randint(3, 3), random.randrange(5, None))
    print("".join([random.choice("abcdefghij") for i in range(40)]),
          random.choice(range(10**18)), random.choice((None, 1.5, "x")))
    x = list(range(30))
    random.shuffle(x)
    print(x)
    y = [[1], [2], [3]]
    random.shuffle(y)
    print(y)
    for n in range(0, 30):
        for k in sorted(set([0, 1, 5, 6, n // 2, n])):
            if k <= n:
                print(n, k, random.sample(range(n), k))
    # Around the switch from the pool to the set: setsize is 21 for k <= 5,
    # then 21 + the smallest power of 4 not below 3*k.
    print(random.sample(range(26), 5), random.sample(range(27), 5),
          random.sample(range(45), 6), random.sample(range(46), 6))
    print(random.sample(range(85), 20), random.sample(range(86), 21))
    print(random.sample(range(277), 70), random.sample(range(278), 70))
    print(random.sample(range(10**6), 12))
    print(random.sample("abcdefghijklmnop", 5), random.sample(tuple(range(30)), 10),
          random.sample(b"bytes!", 3))
    print(random.sample(["a", "b", "c"], 10, counts=[5, 3, 2]))
    print(random.sample(["a", "b", "c"], k=4, counts=[0, 3, 2]))
    print(random.choices(range(10), k=20))
    print(random.choices("abc", [1, 2, 3], k=20))
    print(random.choices("abc", cum_weights=[1, 2, 3], k=20))
    print(random.choices("abc", [0.5, 0, 2.5], k=20))
    print(random.choices("abcd", [1, 0, 0, 0], k=5), random.choices("abcd", [0, 0, 0, 1], k=5))
    print(random.choices([1, 2], k=0), random.choices([1, 2], k=-3), random.choices([1, 2]))
    print(random.randbytes(0), random.randbytes(1), random.randbytes(5), random.randbytes(8))
    print(random.randbytes(70))
    print(random.uniform(1, 5), random.uniform(-2.5, 2.5), random.uniform(3, 3))
    print(random.getrandbits(32), random.getrandbits(33), random.getrandbits(64))
