# global, shadowing, and closures that share or compose state.

total = 0


def add_to_total(n):
    global total
    total += n
    return total


for n in range(1, 6):
    add_to_total(n)
print("global total:", total)


def read_global():
    return total * 2


print("read without declaring:", read_global())


def shadow():
    total = "local"
    return total


print("shadowing:", shadow(), total)


def make_bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient funds (balance " + str(balance) + ")"
        balance -= amount
        return balance

    def report():
        return "balance is " + str(balance)

    return {"deposit": deposit, "withdraw": withdraw, "report": report}


bank = make_bank(50)
print(bank["deposit"](25), bank["withdraw"](100), bank["withdraw"](30), bank["report"]())


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x

    return composed


shout = compose(lambda s: s + "!", str.upper, str.strip)
print(shout("  hello there  "))


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    def size():
        return len(cache)

    return wrapper, size


def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib, fib_cache_size = memoize(slow_fib)
print("fib(80):", fib(80), "cache size:", fib_cache_size())


counter_calls = 0


def tracked(fn):
    def wrapper(*args, **kwargs):
        global counter_calls
        counter_calls += 1
        result = fn(*args, **kwargs)
        print("  call", counter_calls, "args", args, "kwargs", sorted(kwargs.items()), "->", result)
        return result
    return wrapper


power = tracked(lambda base, exp=2: base ** exp)
power(3)
power(2, exp=10)
power(base=5, exp=3)
print("calls tracked:", counter_calls)
