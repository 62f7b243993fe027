# html: escape and unescape (named, numeric and invalid references).
import html

for s in ["plain", "<a href=\"x\">Tom & 'Jerry'</a>", "&amp;", "", "<<>>",
          "a&b&c", "'\"'"]:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)),
          repr(html.escape(s, False)))

cases = [
    "no refs at all",
    "&lt;p&gt;Tom &amp; Jerry&lt;/p&gt;",
    "&quot;quoted&quot; &apos;single&apos; &#x27;hex&#39;",
    "&copy; 2024 &reg; &trade; &euro;100 &pound;5 &yen; &cent;",
    "&nbsp;|&ensp;|&emsp;|&thinsp;|",
    "&alpha;&beta;&gamma;&Delta;&Omega;&pi;&sigma;&sigmaf;",
    "&larr;&rarr;&uarr;&darr;&harr;&lArr;&rArr;&hArr;",
    "&hearts;&spades;&clubs;&diams;&infin;&ne;&le;&ge;&sum;&prod;",
    "&lang;&rang;&lceil;&rceil;&lfloor;&rfloor;",
    "&eacute;&Eacute;&uuml;&szlig;&ntilde;&ccedil;&oslash;&aring;",
    "&amp &lt &gt &quot &copy &eacute without semicolons",
    "&AMP; &LT; &GT; &QUOT; &COPY; &REG; &AMP &LT",
    "&notit; &notin; &not &notanentity; &ampx &ltfoo;",
    "&unknown; &xyz &; & alone &&amp; &#; &#x; &#xg;",
    "&#65;&#66;&#x43;&#X44;&#x65;&#0102;&#65&#x42 trailing",
    "&#0; &#13; &#128; &#x80; &#x9f; &#150; &#x81;",
    "&#1;&#8;&#11;&#14;&#31;&#127;&#xfdd0;&#xfffe;&#x1ffff;&#x10ffff;",
    "&#xd800; &#xdfff; &#x110000; &#99999999999999999999;",
    "&#x1F600; &#128512; &#x20AC; &#8364;",
    "&Amp; &aMp; &AMP;",
    "&" + "a" * 40 + ";",
    "&frac12;&frac14;&frac34;&sup2;&deg;&plusmn;&times;&divide;&micro;",
    "&mdash;&ndash;&hellip;&lsquo;&rsquo;&ldquo;&rdquo;&bull;&dagger;",
    "tab&\tnewline&\nspace& end&",
]
for s in cases:
    print(repr(s))
    print("   ", ascii(html.unescape(s)))
print(html.unescape(html.escape("<script>alert('x & y')</script>")))
print(html.__all__)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
