# String methods.
s = "  Hello, World! Hello, Python!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("--a--".lstrip("-")), repr("--a--".rstrip("-")))
t = s.strip()
print(t.upper())
print(t.lower())
print(t.replace("Hello", "Bye"))
print(t.replace("Hello", "Bye", 1))
print(t.replace("l", ""))
print("find:", t.find("Hello"), t.find("Hello", 1), t.find("absent"), t.find("o", 5, 10))
print("index:", t.index("World"), t.index("!"))
try:
    t.index("absent")
except ValueError as e:
    print("ValueError:", e)
print("count:", t.count("Hello"), t.count("l"), t.count("z"), t.count(""))
print("startswith:", t.startswith("Hello"), t.startswith("World"), t.startswith("World", 7))
print("endswith:", t.endswith("!"), t.endswith("Python"), t.endswith("Python!"))
print("split:", t.split())
print("split sep:", t.split(", "))
print("split max:", "a,b,c,d".split(",", 2))
print("split empty fields:", ",a,,b,".split(","))
print("split whitespace runs:", "  one   two\tthree\nfour  ".split())
print("join:", "-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]))
print("splitlines:", "line one\nline two\r\nline three\n".splitlines())
print("splitlines empty:", "".splitlines(), "\n".splitlines())
print("isdigit:", "12345".isdigit(), "12a".isdigit(), "".isdigit())
print("isalpha:", "abcXYZ".isalpha(), "abc1".isalpha(), "".isalpha())
print("title:", "the quick brown fox".title(), "HELLO wORLD".title())
print("capitalize:", "hello WORLD".capitalize(), "123abc".capitalize())
print("center:", repr("mid".center(9)), repr("mid".center(10, "*")), repr("toolong".center(3)))
print("ljust/rjust:", repr("ab".ljust(5)), repr("ab".rjust(5)), repr("ab".ljust(5, ".")), repr("ab".rjust(5, "0")))
print("zfill:", "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "12345".zfill(3))
print("format:", "{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("ab", "-"), "{name} is {age}".format(name="Ann", age=31))
print("format spec:", "[{:>6}]".format("r"), "[{:<6}]".format("l"), "[{:^6}]".format("c"), "[{:06.2f}]".format(3.14159))
print("format repr:", "{!r} vs {}".format("text", "text"), "{{literal braces}}".format())

# Strings are immutable sequences.
word = "immutable"
print(word[0], word[-1], word[2:5], word[::-1], word[::2], len(word))
print("in:", "mut" in word, "xyz" in word, "" in word)
print("concat and repeat:", word + "!" * 3, "-" * 10)
print("comparison:", "apple" < "banana", "Zebra" < "apple", "abc" == "ab" + "c", "a" * 3 == "aaa")
print("iteration:", [ch for ch in "abc"], list("xyz"))
print("ord/chr:", ord("A"), ord("z"), chr(65), chr(0x263A), ord("é"))
print("unicode:", "naïve café".upper(), len("naïve café"), "naïve café"[2], "déjà vu".title())

# A small text processing task.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, n in top:
    print(w.ljust(8), str(n).rjust(3), "#" * n)
print("lines:", len(text.splitlines()), "words:", len(words), "unique:", len(freq))
print("longest line:", max(text.splitlines(), key=len))
print("acronym:", "".join([w[0].upper() for w in "portable network graphics".split()]))
