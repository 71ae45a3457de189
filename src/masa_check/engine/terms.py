"""Rule-pack terms: how a term is written, normalised, widened to its variants and compiled.

Terms are lower case words matched on normalised text at word boundaries (a hyphen or space
between words matches either, and no gap; the last word takes plurals and possessives); ``*``
ends a prefix; ``re:`` starts a case-sensitive regular expression matched on the cleaned
original text. Each compiled term also carries what finds its candidate sentences without a
regex: its tokens, or the literal text every match of a ``re:`` pattern must contain.
"""

from __future__ import annotations

import re
import re._constants as _sre
from dataclasses import dataclass
from functools import cached_property, lru_cache

from masa_check.sources.text_normalise import normalise as _normalise
from masa_check.sources.text_normalise import normalise_cleaned as _normalise_cleaned

_sre_parse = re._parser.parse  # the stdlib's own regex parser, to find a pattern's literals

# ---------------------------------------------------------------------------------------------
# Normalisation shared by terms and text

_AMP = re.compile(r"\s&\s")
# "iz" first, its three letters checked behind it: a pattern that starts with a literal is
# searched for that literal, not tried at every position (30x faster on a long document)
_IZE = re.compile(r"iz(?<=\w{3}iz)(?=(?:e|es|ed|ing|ation|ations)\b)")


def norm(text: str, cleaned: bool = False) -> str:
    """Matching form: the readers' normaliser plus '&' → 'and' and -ize → -ise (``cleaned``:
    the text has been through ``clean`` already)."""
    t = _normalise_cleaned(text) if cleaned else _normalise(text)
    if " & " in t:
        t = _AMP.sub(" and ", t)
    if "iz" in t:
        t = _IZE.sub("is", t)
    return t


_SEP = "\x00"  # joins sentences for one normalisation pass; no rule reads across it


def norm_many(texts: list[str]) -> list[str]:
    """``[norm(t) for t in texts]`` for cleaned texts, in one pass over their join: the
    normaliser's steps are per character or bounded by word boundaries, which the NUL
    separator is, so the result is the same at a fraction of the per-call cost."""
    if not texts:
        return []
    joined = _SEP.join(texts)
    if joined.count(_SEP) == len(texts) - 1:
        out = norm(joined, cleaned=True).split(_SEP)
        if len(out) == len(texts):
            return out
    return [norm(t) for t in texts]  # pragma: no cover - text holding NUL itself


#: Vocabulary variants councils use for the same thing. A term equal to one phrase of a set
#: also matches the others (both spellings are lower case, matched like any term).
EQUIVALENTS: tuple[tuple[str, ...], ...] = (
    ("annual report", "yearly report", "annual safeguarding report", "yearly safeguarding report"),
    ("integrated care board", "clinical commissioning group", "icb", "ccg"),
    ("integrated care boards", "clinical commissioning groups", "icbs", "ccgs"),
    ("child safeguarding practice review", "cspr", "local child safeguarding practice review", "lcspr"),
    ("child safeguarding practice reviews", "csprs", "local child safeguarding practice reviews", "lcsprs"),
    ("safeguarding adults review", "safeguarding adult review", "sar"),
    ("safeguarding adults reviews", "safeguarding adult reviews", "sars"),
    ("child death overview panel", "cdop"),
    ("multi-agency safeguarding hub", "mash"),
    ("lead safeguarding partner", "lsp"),
    ("lead safeguarding partners", "lsps"),
    ("delegated safeguarding partner", "dsp"),
    ("delegated safeguarding partners", "dsps"),
    ("safeguarding adults board", "safeguarding adult board", "sab"),
    ("designated safeguarding lead", "dsl"),
    ("designated safeguarding leads", "dsls"),
    ("independent scrutineer", "independent scrutiny"),
    (
        "safeguarding children partnership",
        "safeguarding people partnership",
        "safeguarding partnership",
        "safeguarding children and adults partnership",
    ),
    ("joint strategic needs assessment", "jsna"),
    ("health and wellbeing board", "health and well-being board", "hwb", "hwbb"),
    ("community safety partnership", "csp"),
    ("multi-agency public protection arrangements", "mappa"),
    ("youth offending team", "youth offending service", "youth justice service", "yot", "yos"),
    # the guidance by its full title, in brackets or as the short form documents define for it
    *(
        (
            f"working together {y}",
            f"working together ({y})",
            f"working together to safeguard children {y}",
            f"working together to safeguard children ({y})",
            f"wt{y}",
            f"wt{y[2:]}",
        )
        for y in ("2018", "2023", "2026")
    ),
)
_EQUIV: dict[str, tuple[str, ...]] = {}
for _set in EQUIVALENTS:
    for _p in _set:
        _EQUIV.setdefault(_p, ())
        _EQUIV[_p] = tuple(dict.fromkeys((*_EQUIV[_p], *_set)))


def expand(term: str) -> tuple[str, ...]:
    """The term and its vocabulary variants (plain terms only; ``re:`` terms stand as written)."""
    if term.startswith("re:"):
        return (term,)
    t = term.strip().lower()
    star = t.endswith("*")
    base = t[:-1] if star else t
    variants = _EQUIV.get(base)
    if not variants:
        return (t,)
    return tuple(v + "*" if star else v for v in variants)


_TOKEN = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Term:
    """One term: the tokens that find candidate sentences fast, and its regex (compiled only
    when a document has a candidate sentence, since most terms of most packs never do)."""

    source: str
    pattern: str
    on_original: bool
    #: Alternative token lists; a sentence is a candidate if it has every token of one list.
    #: The last token of a prefix term is a prefix.
    token_sets: tuple[tuple[tuple[str, ...], bool], ...] = ()
    #: The regex also takes the plural or possessive of the last word.
    plural: bool = False

    #: For ``re:`` terms: strings one of which every match contains (case-folded when
    #: ``fold``), so only the sentences holding one are searched; empty = search everything.
    literals: tuple[str, ...] = ()
    fold: bool = False

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern)


def _leading_literal(items) -> str:
    out = []
    for op, arg in items:
        if op is not _sre.LITERAL:
            break
        out.append(chr(arg))
    return "".join(out)


def _required_literals(pattern: str) -> tuple[tuple[str, ...], bool]:
    """The most selective set of strings one of which any match of ``pattern`` must contain,
    read from the parsed regex's top-level sequence (literal runs and alternations whose every
    branch starts with a literal). ``((), False)`` when there is none worth using."""
    try:
        parsed = _sre_parse(pattern)
    except (re.error, RecursionError, ValueError):  # pragma: no cover - re.compile reports it
        return (), False
    fold = bool(parsed.state.flags & re.IGNORECASE)
    options: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, arg in parsed:
        if op is _sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            options.append(("".join(run),))
            run = []
        if op is _sre.BRANCH:
            alts = tuple(_leading_literal(branch) for branch in arg[1])
            if all(alts):
                options.append(alts)
    if run:
        options.append(("".join(run),))
    options = [o for o in options if min(map(len, o)) >= 3]
    if not options:
        return (), False
    best = max(options, key=lambda o: (min(map(len, o)), -len(o)))
    return tuple(a.lower() for a in best) if fold else best, fold


_WORD_START = re.compile(r"[a-z0-9]")
#: What may stand between the words of a multi-word term: a space or hyphen, or an abbreviation
#: in brackets (two to eight letters) with the spaces around it.
_BETWEEN = r"(?:[\s-]+|\s*\([a-z&]{2,8}\)\s*)"


@lru_cache(maxsize=8192)
def backtracking_risk(pattern: str) -> str | None:
    """Why a pack's regular expression could take exponential time, or None. Python's engine
    backtracks, so a pack term like ``(\\w+\\s?)+`` can hang on one long sentence. Refused:
    backreferences, and a repeat of more than five (or unbounded) whose body starts with a repeat (``(a+)+``,
    ``(\\w+\\s?)*``: the engine can split a run of text between the two in exponentially many
    ways). A repeated group that starts with something fixed (``(?: [A-Z]\\w+)*``, a space
    first) is linear and allowed. Unparsable patterns are left to re.compile's own error."""
    try:
        parsed = _sre_parse(pattern)
    except (re.error, RecursionError, ValueError, OverflowError):
        return None
    return _risk(list(parsed))


#: A repeat of at most this many (``(?:\\w+ ){0,3}``) costs a small power of the text's length,
#: never an exponential: allowed even with a repeat first inside.
_SMALL_REPEAT = 5


def _risk(items) -> str | None:
    repeats = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
    for op, arg in items:
        if op in (_sre.GROUPREF, _sre.GROUPREF_EXISTS):
            return "a backreference"
        if op in repeats:
            _lo, hi, body = arg
            body = list(body)
            first = _first(body)
            if hi > _SMALL_REPEAT and first is not None and first[0] in repeats and first[1][1] > 1:
                return "a repeat whose body starts with another repeat (nested quantifiers)"
            found = _risk(body)
        elif op is _sre.SUBPATTERN:
            found = _risk(list(arg[-1]))
        elif op is _sre.BRANCH:
            found = next((r for b in arg[1] if (r := _risk(list(b)))), None)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            found = _risk(list(arg[1]))
        else:
            continue
        if found:
            return found
    return None


def _first(items):
    """The first element of a sequence, looking inside groups."""
    while items:
        op, arg = items[0]
        if op is _sre.SUBPATTERN:
            items = list(arg[-1])
            continue
        return op, arg
    return None


@lru_cache(maxsize=65536)
def compile_term(term: str) -> Term:
    """The compiled form of a pack term, one per process: a term's regex, once compiled for one
    document, serves every later document of the run (packs hold a bounded set of terms)."""
    if term.startswith("re:"):
        literals, fold = _required_literals(term[3:])
        return Term(term, term[3:], True, literals=literals, fold=fold)
    t = norm(term.strip())
    star = t.endswith("*")
    if star:
        t = t[:-1].rstrip()
    words = t.split()
    parts = []
    for w in words:
        pieces = [re.escape(p) for p in w.split("-") if p]
        parts.append(r"[\s-]?".join(pieces))
    # between two words, an abbreviation in brackets may stand: "child death review (cdr) partners",
    # "integrated care board (icb) chief executive" - documents define a term's short form inside it
    body = _BETWEEN.join(parts)
    left = r"(?<![a-z0-9])" if _WORD_START.match(t) else ""
    last = t[-1:]
    if star:
        right = r"[a-z0-9'-]*"
    elif "a" <= last <= "z":
        right = r"(?:s|es|'s|s')?(?![a-z0-9])"  # plural and possessive forms
    elif "0" <= last <= "9":
        right = r"(?![a-z0-9])"
    else:
        right = ""
    tokens = tuple(_TOKEN.findall(t))
    sets = [(tokens, star)]
    if "-" in t or len(words) > 1:
        joined = "".join(_TOKEN.findall(t))
        if joined and (joined,) != tokens:
            sets.append(((joined,), star))
    return Term(term, left + body + right, False, tuple(sets), plural=not star and "a" <= last <= "z")
