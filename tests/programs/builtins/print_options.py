# print with sep= and end=, and what print does with different objects.
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", "c", sep="\n")
print("no newline", end="")
print(" <- continued", end="!\n")
print("x", "y", sep="-", end=".\n")
print(1, 2.5, None, True, [1, "two"], (3,), {"k": "v"}, sep=" | ")
print("sep None means space:", 1, 2, sep=None)
print("end None means newline", end=None)
print(*range(5))
print(*range(5), sep="")
print(*["a", "b"], *"cd", sep="+")
print("", "leading empty")
print("trailing empty", "")
print("tab\tseparated\tvalues")
print("unicode: αβγ ñ 中文 😀")
for i in range(4):
    print(i, end=" ")
print()
for row in range(3):
    for col in range(3):
        print(row * col, end="\t" if col < 2 else "\n")
print("long line " * 12)
print("multi\nline\nstring")
print("escapes:", "back\\slash", 'quote"s', "it's")
line = ""
for n in range(1, 16):
    line += "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)
    line += " "
print(line.rstrip())
bar_data = [("mon", 3), ("tue", 7), ("wed", 5), ("thu", 0), ("fri", 9)]
for day, n in bar_data:
    print(day, "|" + "=" * n + " " * (9 - n) + "|", n)
print("empty string args:", "", "", sep="[]")


class Shouty:
    def __str__(self):
        return "SHOUTY"

    def __repr__(self):
        return "Shouty()"


print(Shouty(), [Shouty()], (Shouty(),), {"k": Shouty()}, sep=" ; ")
print("done", end="\n\n")
print("after a blank line")
