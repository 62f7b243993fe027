# textwrap: shorten, max_lines/placeholder, dedent and indent.
import textwrap

print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world!", width=10, placeholder="...")))
print(repr(textwrap.shorten("  lots   of\n\tspace  here ", width=40)))
print(repr(textwrap.shorten("Supercalifragilistic", width=10)))
try:
    textwrap.shorten("Hello world", width=4)
except ValueError as e:
    print("ValueError:", e)

words = "one two three four five six seven eight nine ten"
for n in (1, 2, 3, 5):
    print(n, textwrap.wrap(words, 14, max_lines=n))
print(textwrap.wrap(words, 14, max_lines=2, placeholder=" ~"))
print(textwrap.wrap("aaaa bbbb cccc", 9, max_lines=2, placeholder="[...]"))
print(textwrap.fill(words, 20, max_lines=2, initial_indent="> ",
                    subsequent_indent=">> "))

# dedent
code = """\
    def f():
        return 1

    print(f())
"""
print(textwrap.dedent(code), end="")
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\ta\n  b")))          # tabs and spaces differ
print(repr(textwrap.dedent("  a\n   \n  b\n")))   # blank lines normalised
print(repr(textwrap.dedent("  \tx\n  \ty\n")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("")))

# indent
print(repr(textwrap.indent("a\nb\n\nc\n", "> ")))
print(repr(textwrap.indent("a\n  \nb", "+ ")))
print(repr(textwrap.indent("a\n\nb", "- ", lambda line: True)))
print(repr(textwrap.indent("x\r\ny\rz", "|")))
print(textwrap.indent(textwrap.dedent(code), "    "), end="")
