"""html: escape() and unescape() of HTML text (CPython 3.11 compatible).

escape(s, quote=True) replaces &, < and > (and, with quote, " and ') by
character references, exactly as CPython does.

unescape(s) replaces character references following the HTML 5 rules,
as CPython does: decimal and hexadecimal references (with or without the
final ";"; invalid code points as the standard says), and named
references, the longest known name winning when there is no ";"
("&notit;" is "\u00acit;").

Limitation: CPython knows the 2231 names of the HTML 5 table
(html.entities.html5).  This module knows the 252 entities of HTML 4
(with HTML 5's values: &lang; and &rang; are U+27E8 and U+27E9), &apos;,
the upper-case &AMP; &COPY; &GT; &LT; &QUOT; &REG;, and the 106 legacy
names accepted without ";" (&amp &lt &nbsp &eacute ...).  Other HTML 5
names (&NotEqual;, &rarrw; ...) are left as they are.  The submodules
html.entities and html.parser are not provided.
"""

import re as _re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """
    Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated.
    """
    s = s.replace("&", "&amp;")    # first, so the others are not doubled
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# NAME=HEX: the character of "&NAME;"; NAME*=HEX: also of "&NAME".
_ENTITIES = """
    Aacute*=c1 aacute*=e1 Acirc*=c2 acirc*=e2 acute*=b4 AElig*=c6
    aelig*=e6 Agrave*=c0 agrave*=e0 alefsym=2135 Alpha=391 alpha=3b1
    AMP*=26 amp*=26 and=2227 ang=2220 apos=27 Aring*=c5 aring*=e5
    asymp=2248 Atilde*=c3 atilde*=e3 Auml*=c4 auml*=e4 bdquo=201e
    Beta=392 beta=3b2 brvbar*=a6 bull=2022 cap=2229 Ccedil*=c7
    ccedil*=e7 cedil*=b8 cent*=a2 Chi=3a7 chi=3c7 circ=2c6 clubs=2663
    cong=2245 COPY*=a9 copy*=a9 crarr=21b5 cup=222a curren*=a4
    Dagger=2021 dagger=2020 dArr=21d3 darr=2193 deg*=b0 Delta=394
    delta=3b4 diams=2666 divide*=f7 Eacute*=c9 eacute*=e9 Ecirc*=ca
    ecirc*=ea Egrave*=c8 egrave*=e8 empty=2205 emsp=2003 ensp=2002
    Epsilon=395 epsilon=3b5 equiv=2261 Eta=397 eta=3b7 ETH*=d0 eth*=f0
    Euml*=cb euml*=eb euro=20ac exist=2203 fnof=192 forall=2200
    frac12*=bd frac14*=bc frac34*=be frasl=2044 Gamma=393 gamma=3b3
    ge=2265 GT*=3e gt*=3e hArr=21d4 harr=2194 hearts=2665 hellip=2026
    Iacute*=cd iacute*=ed Icirc*=ce icirc*=ee iexcl*=a1 Igrave*=cc
    igrave*=ec image=2111 infin=221e int=222b Iota=399 iota=3b9
    iquest*=bf isin=2208 Iuml*=cf iuml*=ef Kappa=39a kappa=3ba
    Lambda=39b lambda=3bb lang=27e8 laquo*=ab lArr=21d0 larr=2190
    lceil=2308 ldquo=201c le=2264 lfloor=230a lowast=2217 loz=25ca
    lrm=200e lsaquo=2039 lsquo=2018 LT*=3c lt*=3c macr*=af mdash=2014
    micro*=b5 middot*=b7 minus=2212 Mu=39c mu=3bc nabla=2207 nbsp*=a0
    ndash=2013 ne=2260 ni=220b not*=ac notin=2209 nsub=2284 Ntilde*=d1
    ntilde*=f1 Nu=39d nu=3bd Oacute*=d3 oacute*=f3 Ocirc*=d4 ocirc*=f4
    OElig=152 oelig=153 Ograve*=d2 ograve*=f2 oline=203e Omega=3a9
    omega=3c9 Omicron=39f omicron=3bf oplus=2295 or=2228 ordf*=aa
    ordm*=ba Oslash*=d8 oslash*=f8 Otilde*=d5 otilde*=f5 otimes=2297
    Ouml*=d6 ouml*=f6 para*=b6 part=2202 permil=2030 perp=22a5 Phi=3a6
    phi=3c6 Pi=3a0 pi=3c0 piv=3d6 plusmn*=b1 pound*=a3 Prime=2033
    prime=2032 prod=220f prop=221d Psi=3a8 psi=3c8 QUOT*=22 quot*=22
    radic=221a rang=27e9 raquo*=bb rArr=21d2 rarr=2192 rceil=2309
    rdquo=201d real=211c REG*=ae reg*=ae rfloor=230b Rho=3a1 rho=3c1
    rlm=200f rsaquo=203a rsquo=2019 sbquo=201a Scaron=160 scaron=161
    sdot=22c5 sect*=a7 shy*=ad Sigma=3a3 sigma=3c3 sigmaf=3c2 sim=223c
    spades=2660 sub=2282 sube=2286 sum=2211 sup=2283 sup1*=b9 sup2*=b2
    sup3*=b3 supe=2287 szlig*=df Tau=3a4 tau=3c4 there4=2234 Theta=398
    theta=3b8 thetasym=3d1 thinsp=2009 THORN*=de thorn*=fe tilde=2dc
    times*=d7 trade=2122 Uacute*=da uacute*=fa uArr=21d1 uarr=2191
    Ucirc*=db ucirc*=fb Ugrave*=d9 ugrave*=f9 uml*=a8 upsih=3d2
    Upsilon=3a5 upsilon=3c5 Uuml*=dc uuml*=fc weierp=2118 Xi=39e xi=3be
    Yacute*=dd yacute*=fd yen*=a5 Yuml=178 yuml*=ff Zeta=396 zeta=3b6
    zwj=200d zwnj=200c
"""


def _load_entities():
    table = {}
    for item in _ENTITIES.split():
        name, code = item.split("=")
        char = chr(int(code, 16))
        if name.endswith("*"):
            name = name[:-1]
            table[name] = char
        table[name + ";"] = char
    return table


_named = _load_entities()

# Numeric references to C1 controls mean the Windows-1252 characters
# (https://html.spec.whatwg.org/multipage/parsing.html#numeric-character-reference-end-state).
_invalid_charrefs = {0x00: "\ufffd", 0x0d: "\r"}
_invalid_charrefs.update(zip(
    range(0x80, 0xa0),
    "\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160"
    "\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022"
    "\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178"))


def _dropped_codepoint(n):
    # Control characters and noncharacters: a reference to one is dropped.
    return (0x1 <= n <= 0x8 or n == 0xb or 0xe <= n <= 0x1f
            or 0x7f <= n <= 0x9f or 0xfdd0 <= n <= 0xfdef
            or (n & 0xfffe) == 0xfffe)


def _replace_charref(match):
    ref = match.group(1)
    if ref[0] == "#":
        if ref[1] in "xX":
            num = int(ref[2:].rstrip(";"), 16)
        else:
            num = int(ref[1:].rstrip(";"))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return "\ufffd"
        if _dropped_codepoint(num):
            return ""
        return chr(num)
    if ref in _named:
        return _named[ref]
    # The longest known name that starts the reference.
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _named:
            return _named[ref[:end]] + ref[end:]
    return "&" + ref


_charref = _re.compile(r"&(#[0-9]+;?"
                       r"|#[xX][0-9a-fA-F]+;?"
                       r"|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters,
    following the HTML 5 rules.
    """
    if "&" not in s:
        return s
    return _charref.sub(_replace_charref, s)
