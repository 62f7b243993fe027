# shlex: split, quote, join and the shlex lexer in its modes.
import shlex
import io

cases = [
    "foo bar baz",
    "  leading   and trailing  ",
    "a 'single quoted' \"double quoted\" mixed'qu'\"oted\"",
    r"escaped\ space back\\slash \"quote\"",
    r"'no \escape in single' \"x\" 'it'\''s'",
    r'"escape \" and \\ and \$ in double"',
    "empty '' \"\" args",
    "comment # not a comment by default",
    "tab\tseparated\nnewline",
    "x=1 y='2 3' --opt=\"a b\"",
    "unicode ünïcødé 'ß'",
    "a|b;c&&d>e",
    "",
    "   ",
]
for s in cases:
    print(repr(s), "->", shlex.split(s))
print(shlex.split("keep # comment", comments=True))
print(shlex.split("one #two\nthree", comments=True))
print(shlex.split("a 'b c' \"d e\" f\\ g", posix=False))
for bad in ("open 'quote", 'open "quote', "trailing \\"):
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)

for s in ["", "simple", "has space", "it's", "$HOME", "a\"b", "safe@%+=:,./-_",
          "tab\t", "ünï", "*.py", "~user"]:
    print(repr(s), "->", shlex.quote(s))
args = ["ls", "-l", "my file.txt", "it's", ""]
print(shlex.join(args))
print(shlex.split(shlex.join(args)) == args)

def tokens(lex):
    out = []
    while True:
        t = lex.get_token()
        if t == lex.eof:
            break
        out.append(t)
    return out

# non-posix default lexer: punctuation is single-character tokens
text = 'foo = "bar baz" # a comment\nx(1, 2);y=\'q\''
print(tokens(shlex.shlex(text)))
lex = shlex.shlex(text)
print(list(lex), lex.lineno, repr(lex.eof))
print(tokens(shlex.shlex(text, posix=True)))
lex = shlex.shlex("a && b || c; (d) > out.txt 2>&1", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("cmd ~/x.py -v --flag=3 a;b", posix=True,
                  punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a<<b >> c", punctuation_chars="<>")
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex("path/to/file.txt other-file", posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("path/to/file.txt", posix=True)
print(list(lex))
lex = shlex.shlex("one two three")
print(lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("a b\nc d\ne", infile="input.txt")
while True:
    tok = lex.get_token()
    if not tok:
        break
    print(lex.error_leader() + tok)
print(lex.error_leader("other", 99))

lex = shlex.shlex(io.StringIO("x:y:z"), posix=True)
lex.whitespace = ":"
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("a,b;c", posix=True)
lex.wordchars += ","
print(list(lex))
lex = shlex.shlex("%% comment\nvalue %% more", posix=True)
lex.commenters = "%"
print(list(lex))
lex = shlex.shlex("'x'  \"\" ''", posix=True)
print(list(lex))
lex = shlex.shlex("a\\b 'c\\d' \"e\\f\\\"\"", posix=True)
print(list(lex))
lex = shlex.shlex("abc#def\nghi")
print(list(lex))

# sources
lex = shlex.shlex("first second", posix=True)
lex.push_source("inner1 inner2")
print(list(lex))
lex = shlex.shlex("one two")
lex.debug = 1
print(lex.get_token())
lex.push_token("back")
print(lex.get_token())
lex.debug = 3
print(lex.get_token())
print(repr(lex.get_token()))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
