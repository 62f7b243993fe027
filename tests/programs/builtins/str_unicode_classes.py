# str's character classes and case changes over a sample (4,000 code points) of the whole
# Unicode range, summarised as counts and position checksums: what
# python3 (Unicode 14.0) answers is what ouro must answer.
preds = ["isalpha", "isalnum", "isnumeric", "isdigit", "isdecimal", "isspace",
         "isupper", "islower", "istitle", "isidentifier", "isprintable"]
sample = [chr(cp) for cp in list(range(0, 0x3000, 5)) + list(range(0x3000, 0x30000, 97))
          if not 0xD800 <= cp <= 0xDFFF]
for p in preds:
    hits = [ord(c) for c in sample if getattr(c, p)()]
    print(p, len(hits), sum(hits) % 1000003)
for m in ["upper", "lower", "title", "capitalize", "swapcase", "casefold"]:
    changed = 0
    check = 0
    for c in sample:
        r = getattr(c, m)()
        if r != c:
            changed += 1
            check = (check * 31 + sum(map(ord, r)) + len(r)) % 1000003
    print(m, changed, check)
for s in ["ß straße", "ﬁnal ﬂow", "ǈuBOMIR ǅ", "ΣΑΣ ΣΑΣ. ὈΔΥΣΣΕΎΣ", "ΌΣΟΣ Σ'Σ", "aΣ'", "Ⅻ ⓐ ͅ 一 二 ½",
          "a·b ℘x ℮", "İstanbul ǰ ŉ", "Ǆ-ǅ-ǆ"]:
    print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), sep=" | ")
    print([getattr(s, p)() for p in preds], [w.isidentifier() for w in s.split()])
