# difflib.SequenceMatcher: matching blocks, opcodes, ratios, junk, autojunk
import difflib
from difflib import SequenceMatcher

def show(sm):
    print("  blocks:", sm.get_matching_blocks())
    for op in sm.get_opcodes():
        print("  ", op)
    print("  ratio %.6f quick %.6f real_quick %.6f" % (
        sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio()))

pairs = [
    ("abxcd", "abcd"),
    ("qabxcd", "abycdf"),
    ("private Thread currentThread;", "private volatile Thread currentThread;"),
    ("", ""),
    ("abc", ""),
    ("", "xyz"),
    ("abcdefg", "gfedcba"),
    ("the quick brown fox", "the quack brown box"),
    ([1, 2, 3, 4, 5], [1, 3, 4, 6, 5, 7]),
    (("a", "b"), ("b", "a")),
]
for a, b in pairs:
    print(repr(a), "vs", repr(b))
    show(SequenceMatcher(None, a, b))

print("junk:")
sm = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                     "private volatile Thread currentThread;")
show(sm)
print(sorted(sm.bjunk), sorted(sm.bpopular))
print(sm.find_longest_match(0, 29, 0, 38))
print(sm.find_longest_match())
print(SequenceMatcher(None, " abcd", "abcd abcd").find_longest_match(0, 5, 0, 9))
print(SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd").find_longest_match(0, 5, 0, 9))
m = SequenceMatcher(None, "abcd", "bcde").find_longest_match(0, 4, 0, 4)
print(m, m.a, m.b, m.size, type(m).__name__)

print("autojunk:")
a = "x" * 10 + "abc" * 70 + "y"
b = "abc" * 70 + "z" * 5
sm = SequenceMatcher(None, a, b)
print(len(b), sorted(sm.bpopular), sorted(sm.b2j))
show(sm)
sm = SequenceMatcher(None, a, b, autojunk=False)
print(sorted(sm.bpopular))
print("  blocks:", sm.get_matching_blocks())
print("  ratio %.6f" % sm.ratio())

lines_a = ["line %d\n" % (i % 7) for i in range(250)]
lines_b = ["line %d\n" % (i % 5) for i in range(260)]
sm = SequenceMatcher(None, lines_a, lines_b)
print(len(sm.bpopular), len(sm.get_matching_blocks()), len(sm.get_opcodes()))
print("%.6f" % sm.ratio())

print("set_seq reuse:")
sm = SequenceMatcher()
sm.set_seq2("abcdefghij")
for w in ["abcd", "bcdefgh", "ghij", "xyz", "jihgfedcba"]:
    sm.set_seq1(w)
    print(w, "%.4f" % sm.ratio(), sm.get_opcodes())
sm.set_seqs("kitten", "sitting")
print(sm.get_opcodes())
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(
        tag, i1, i2, j1, j2, sm.a[i1:i2], sm.b[j1:j2]))

print("grouped:")
a = [str(i) for i in range(1, 40)]
b = list(a)
b[8:8] = ["i"]
b[20] = "20x"
b[30:32] = []
sm = SequenceMatcher(None, a, b)
for g in sm.get_grouped_opcodes():
    print(g)
for g in sm.get_grouped_opcodes(1):
    print(g)
print(list(SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(list(SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))
print(SequenceMatcher(None, "abc", "abc").get_opcodes())

print("close matches:")
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("apple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("abc", ["abd", "abe", "abf", "abg", "xyz"], n=2))
print(difflib.get_close_matches("abc", ["abd", "abe", "abc"], n=5, cutoff=0.0))
for bad in [dict(n=0), dict(cutoff=1.5), dict(cutoff=-0.1)]:
    try:
        difflib.get_close_matches("x", ["y"], **bad)
    except ValueError as e:
        print("ValueError:", e)
print(SequenceMatcher[str])
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"), difflib.IS_CHARACTER_JUNK("x"))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
