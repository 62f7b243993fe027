# Item 3: equal constants in one code object are one object; small ints are cached.
x = 300
y = 300
print("x = 300; y = 300; x is y ->", x is y)
big1 = 123456789012345678901234567890
big2 = 123456789012345678901234567890
print("equal big constants, one object:", big1 is big2)
f1 = 2.5
f2 = 2.5
print("equal float constants, one object:", f1 is f2)
s1 = "hello world"
s2 = "hello world"
print("equal str constants, one object:", s1 is s2)
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print("equal tuple constants:", t1 == t2)


def inside():
    a = 300
    b = 300
    return a is b


print("inside a function too:", inside())

# Computed at run time outside the cache: a new object every time.
n = 999
c = n + 1
d = n + 1
print("computed 1000s equal:", c == d, " identical:", c is d)
thousand = 1000
print("thousand is int('1000'):", thousand is int("1000"))
print("1000 is int('1000'):", 1000 is int("1000"))  # python3 warns on stderr
print("1000 == int('1000'):", thousand == int("1000"))
print("int('1000') is int('1000'):", int("1000") is int("1000"))

# The small int cache: -5..256 are preallocated and shared.
a = 256
b = int("256")
print("a = 256; b = int('256'); a is b ->", a is b)
a = 257
b = int("257")
print("a = 257; b = int('257'); a is b ->", a is b)
a = -5
b = int("-5")
print("-5 cached:", a is b)
a = -6
b = int("-6")
print("-6 cached:", a is b)
m = 200
print("computed 256 is 256:", (m + 56) is int("256"))
print("computed 257 is computed 257:", (m + 57) is (m + 57))
zero = 0
print("computed 0 is 0:", (m - 200) is int("0"), zero is int("-0"))

# Which of these are cached?
cached = []
for k in range(-8, 260, 1):
    if int(str(k)) is int(str(k)):
        cached.append(k)
print("cached range:", cached[0], "to", cached[-1], "count", len(cached))

# Singletons.
nothing = None
print("None is None:", nothing is None, [].append(1) is None)
print("True/False singletons:", (1 < 2) is True, (1 > 2) is False, bool(5) is True, bool("") is False)
print("not not 7 is True:", (not not 7) is True)

# Single-character strings are shared.
word = "python"
print("chr(112) is word[0]:", chr(112) is word[0])
other = "nylon"
print("word[0] is word[0]:", word[0] is word[0], " word[-1] is other[-1]:", word[-1] is other[-1])

# Longer strings built at run time are new objects.
joined = "".join(["hel", "lo"])
hello = "hello"
print("joined == hello:", joined == hello, " is:", joined is hello)
upper1 = word.upper()
upper2 = word.upper()
print("two upper() results:", upper1 == upper2, upper1 is upper2)

# Floats are never cached.
g = float("2.5")
print("float('2.5') is 2.5:", g is f1, g == f1)
