"""Text normalisation for matching: one canonical form for what a reader sees as the same words.

Used by the matcher on both the concept terms and the document text, so both sides must go
through :func:`normalise`. Only safe, general transformations live here: case, ligatures, quotes,
dashes, line-end hyphenation, whitespace, and a few targeted word-level OCR fixes.
"""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u0132": "IJ",
    "\u0133": "ij",
    "\u0152": "OE",
    "\u0153": "oe",
}

_QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
}

_DASHES = {
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\ufe58": "-",
    "\ufe63": "-",
    "\uff0d": "-",
}

_SPACES = {
    "\u00a0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u3000": " ",
    "\t": " ",
    "\r": "\n",
    "\x0b": "\n",
    "\x0c": "\n",
    # pdfium's mark for a hyphen it read as a line-end break ("multi\ufffe" + "agency"): printed
    # as a hyphen, so it is one; the line-end join below then decides whether the word is joined
    "\ufffe": "-",
}

# Characters that carry no reading value (zero-width, soft hyphen marker, BOM, pdfium's \x02).
_DROP = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\x02"), None)

_TABLE = str.maketrans({**_LIGATURES, **_QUOTES, **_DASHES, **_SPACES})
_TABLE.update(_DROP)
#: Any character the table changes: most text has none, and translate costs more than a search.
_IN_TABLE = re.compile("[" + re.escape("".join(map(chr, _TABLE))) + "]")

# A word broken at a line end with a hyphen: "safe-\nguarding". Only lower-case continuations are
# joined, and the hyphen is kept when the first part is a known compound prefix ("multi-agency").
_LINE_HYPHEN = re.compile(r"(\w+)-[ \t]*\n[ \t]*([a-z]\w*)")
_KEEP_HYPHEN_PREFIXES = frozenset(
    {
        "multi",
        "inter",
        "cross",
        "co",
        "non",
        "self",
        "well",
        "pre",
        "post",
        "sub",
        "anti",
        "re",
        "semi",
        "over",
        "under",
    }
)

# Targeted OCR slips: word-level, only in words where the slip cannot be a real word.
_OCR_FIXES: tuple[tuple[str, str], ...] = (
    # safequard, safeguaro, 5afeguard, safegaurd, saleguard, sateguard
    (r"[s5][a@][fl1t][e3][gq][uv][a@][r][d]", "safeguard"),
    (r"[s5][a@][fl1t][e3][gq][a@][u][r][d]", "safeguard"),
    (r"safe[gq]uar[o0]", "safeguard"),
    (r"safequard", "safeguard"),
    (r"partnersh[il1|]p", "partnership"),
    (r"scrut[il1|]n", "scrutin"),
    (r"[il1|]ndependent\b", "independent"),
    (r"ch[il1|]ldren\b", "children"),
    (r"arrangernent", "arrangement"),
    (r"governarice\b", "governance"),
    (r"we[il1|]fare\b", "welfare"),
)
#: The characters a fix can start with: a lookahead on them lets the scan skip most words
#: without trying every alternative (about twice as fast on long documents).
_OCR_FIRST = "".join(
    sorted(
        c
        for c in map(chr, range(33, 127))
        if any(re.match(re.match(r"\[[^\]]+\]|.", p).group(0), c) for p, _ in _OCR_FIXES)
    )
)
#: All the fixes as one alternation (one pass over the text); the named group says which.
_OCR = re.compile(
    r"\b(?=["
    + re.escape(_OCR_FIRST)
    + "])(?:"
    + "|".join(f"(?P<f{i}>{p})" for i, (p, _) in enumerate(_OCR_FIXES))
    + ")"
)
_OCR_REPL = {f"f{i}": r for i, (_, r) in enumerate(_OCR_FIXES)}


def _ocr_fix(m: re.Match[str]) -> str:
    return _OCR_REPL[m.lastgroup]


def _join_hyphen(m: re.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    if first.lower() in _KEEP_HYPHEN_PREFIXES:
        return f"{first}-{second}"
    return first + second


def clean(text: str) -> str:
    """Reading-preserving clean-up (case kept): ligatures, quotes, dashes, odd spaces, line-end
    hyphenation, collapsed whitespace. Suitable for quoting evidence."""
    if not text:
        return ""
    if _IN_TABLE.search(text):
        text = text.translate(_TABLE)
    if not text.isascii():  # NFKC leaves ASCII as it is
        text = unicodedata.normalize("NFKC", text)
        if _IN_TABLE.search(text):
            text = text.translate(_TABLE)
    if "-" in text and "\n" in text:
        text = _LINE_HYPHEN.sub(_join_hyphen, text)
    return " ".join(text.split())  # = re.sub(r"\s+", " ", text).strip(): same spaces, 3x faster


def normalise(text: str) -> str:
    """Canonical matching form: :func:`clean`, casefolded, with targeted OCR fixes."""
    return normalise_cleaned(clean(text))


def normalise_cleaned(text: str) -> str:
    """:func:`normalise` for text that has been through :func:`clean` already (which is
    idempotent): callers normalising many cleaned sentences skip the second clean."""
    text = text.casefold()
    if not text:
        return text
    return _OCR.sub(_ocr_fix, text)
