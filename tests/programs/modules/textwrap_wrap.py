# textwrap: TextWrapper.wrap/fill and their options (widths, indents,
# tabs, hyphens, em-dashes, long words, sentence endings).
import textwrap

text = ("The quick brown fox jumps over the lazy dog.  A well-known "
        "pangram -- used by typists -- contains every letter of the "
        "alphabet; it is self-explanatory and hyper-compact.")

for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))

print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill("Supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("Supercalifragilisticexpialidocious is long", 10,
                    break_long_words=False))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k", 6))
print(textwrap.wrap("well-known self-explanatory co-operation", 12))
print(textwrap.wrap("well-known self-explanatory co-operation", 12,
                    break_on_hyphens=False))
print(textwrap.wrap("hello--world and foo---bar", 8))
print(textwrap.wrap("----------x", 4))

# whitespace handling
tabbed = "col1\tcol2\tcol3\nnext line\there"
print(textwrap.wrap(tabbed, 20))
print(textwrap.wrap(tabbed, 20, tabsize=4))
print(textwrap.wrap(tabbed, 20, expand_tabs=False))
print(textwrap.wrap(tabbed, 20, replace_whitespace=False))
print(textwrap.wrap("  lead and trail  ", 8))
print(textwrap.wrap("  lead and trail  ", 8, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 5) == "")

# sentence endings
s = "Mr. Smith went.\nHe said \"hi.\" Then left! Why? Done."
print(textwrap.wrap(s, 80))
print(textwrap.wrap(s, 80, fix_sentence_endings=True))

# the chunking that wrapping works from
w = textwrap.TextWrapper()
print(w._split("Look, goof-ball -- use the -b option!"))
w.break_on_hyphens = False
print(w._split("Look, goof-ball -- use the -b option!"))

# a subclass can tweak the chunking
class CommaWrapper(textwrap.TextWrapper):
    def _split(self, text):
        chunks = super()._split(text)
        return [c for c in chunks if c != ","]
print(CommaWrapper(width=12).wrap("one , two , three , four"))

try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError:", e)
wrapper = textwrap.TextWrapper(width=15, max_lines=2)
print(wrapper.wrap(text))
print(wrapper.width, wrapper.placeholder, wrapper.tabsize, wrapper.max_lines)
