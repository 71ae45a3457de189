"""Find a facet's concepts in a published document's body text, with their qualifiers.

How it reads a document (evidence.md §1-2):

- Blocks become *sentences*, once per document (cached): paragraphs and list items are split at
  sentence ends and bullets; a table row reads as ``header: cell; header: cell`` (a definition
  table "Chair | Independent Chair" reads "Chair: Independent Chair"); a paragraph broken by a
  page break is joined to its continuation.
- Each sentence has a *zone*: ``body`` (evidence) or one of the places that are not evidence:
  contents, running furniture, footnotes, captions, headings, glossary sections, useful-links /
  references sections, checklists, and restatements of the national duty.
- A facet is ``all`` concept groups in one body sentence (``heading`` terms in the sentence's
  section stand in for the first group). Qualifiers are read around the matched terms:
  negation scoped to the concept → ``negated``; deferral in the same clause → ``intent``;
  a bare cross-reference, or a mention only in a useful-links section → ``referenced``.

Terms (rule-pack syntax): lower case words matched on normalised text at word boundaries
(a hyphen or space between words matches either, and no gap); ``*`` ends a prefix; ``re:``
starts a case-sensitive regular expression matched on the cleaned original text.
"""

from __future__ import annotations

import bisect
import re
import re._constants as _sre
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from masa_check.document import Block, Document
from masa_check.engine.declared_checks import Outcome
from masa_check.engine.packs import TextSpec
from masa_check.engine.qualifiers import DEFERRAL
from masa_check.results import Evidence
from masa_check.sources.layout import non_evidence_section as _non_evidence_section
from masa_check.sources.text_normalise import clean as _clean
from masa_check.sources.text_normalise import normalise as _normalise
from masa_check.sources.text_normalise import normalise_cleaned as _normalise_cleaned

_sre_parse = re._parser.parse  # the stdlib's own regex parser, to find a pattern's literals


MET, INTENT, REFERENCED, MISSING, NEGATED, AMBIGUOUS = "met", "intent", "referenced", "missing", "negated", "ambiguous"

# ---------------------------------------------------------------------------------------------
# Normalisation shared by terms and text

_AMP = re.compile(r"\s&\s")
_IZE = re.compile(r"(?<=\w{3})iz(?=(?:e|es|ed|ing|ation|ations)\b)")


def norm(text: str, cleaned: bool = False) -> str:
    """Matching form: the readers' normaliser plus '&' → 'and' and -ize → -ise (``cleaned``:
    the text has been through ``clean`` already)."""
    t = _normalise_cleaned(text) if cleaned else _normalise(text)
    if " & " in t:
        t = _AMP.sub(" and ", t)
    if "iz" in t:
        t = _IZE.sub("is", t)
    return t


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


@lru_cache(maxsize=8192)
def compile_term(term: str) -> Term:
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
    body = r"[\s-]+".join(parts)
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


# ---------------------------------------------------------------------------------------------
# Qualifiers

#: Negation that governs a following noun phrase ("no independent scrutiny arrangements").
_NEG_DET = re.compile(
    r"\b(?:no|none of|without|lack of|lacks|absence of|neither|nor|not any|no longer any|there is no|there are no)\s+$"
)
#: Negation of the clause's verb ("has not yet been appointed", "are not in place").
_NEG_VERB = re.compile(
    r"\b(?:not|cannot|n't|never|unable to|yet to be|no longer|no-one|nobody)\b(?:\s+(?:yet|currently|presently|been|be|being|"
    r"formally|fully|still|as yet|so far|in|any|a|an|the|have|has|had|got|any|an?))*\s*"
    r"(?:in place|appointed|agreed|established|exist\w*|identified|commissioned|confirmed|developed|set up|"
    r"decided|finalised|made|recruited|named|published|available|implemented|operational|started|begun|"
    r"funded|completed|undertaken|carried out|held|met|produced|created|formed|convened|place|yet|"
    r"updated|revised|reviewed|amended|changed|refreshed|evaluated|audited|scrutinised|approved|adopted|"
    r"signed off|delivered|shared|reported|monitored|tracked|"
    r"have|has|had|got|there|possible|mandatory|required|happening|taking place)\b(?!\s+without\b)"  # "not ... without": affirms
)
#: A negated passive of any verb ("cannot yet be broken down", "has not been disaggregated").
_NEG_ADVERBS = (
    r"(?:(?:yet|currently|presently|formally|fully|still|as yet|so far|always|consistently|routinely|reliably)\s+)*"
)
_NEG_PASSIVE = re.compile(
    r"\b(?:not|cannot|n't|never|unable to)\s+"
    + _NEG_ADVERBS
    + r"(?:be|been|being)\s+(?:\w+ly\s+)?\w{3,}(?:ed|en|wn)\b(?!\s+(?:to|without)\b)|"
    r"\b(?:is|are|was|were|has|have|had)\s+(?:not|never)\s+"
    + _NEG_ADVERBS
    + r"(?:been\s+)?\w{3,}(?:ed|en|wn)\b(?!\s+(?:to|without)\b)"  # "not limited to" includes
)
_NEG_PREFIX_WINDOW = 40  # characters before the concept for a governing "no ..."

#: Extra deferral wording (beyond the shared DEFERRAL) that marks intent in a sentence.
_DEFERRAL_EXTRA = re.compile(
    r"\b(?:will|would|may|might|could) (?:also )?(?:consider|explore|look at|look to|seek to|aim to|work towards?)\b|"
    r"\b(?:intends?|plans?|proposes?|proposed|propose|aims?|hopes?|aspires?|envisaged?|envisages) to\b|"
    r"\bwork (?:is|will be) (?:underway|under way|ongoing|progressing) to\b|"
    r"\bare proposing\b|\bis proposing\b|\bproposals? (?:is|are|will)\b|\bin the future\b|"
    r"\bhave not yet\b|\bhas not yet\b|"
    r"\bonce (?:it |they |this |these |the \w+ )?(?:has |have |is |are )?(?:been )?(?:agreed|appointed|confirmed|"
    r"established|developed|in place|set up|finalised|completed|published|recruited)\b|"
    r"\bwill be (?:developed|established|set up|introduced|put in place|created) (?:during|in|by|over|later|next)\b|"
    # values rather than arrangements ("we recognise the importance of good data")
    r"\b(?:recognis|recogniz|acknowledg)e[sd]? the (?:importance|value|need)\b|\bis at the heart of\b|"
    r"\b(?:to|will) be (?:scoped|reviewed and agreed|worked up|designed)\b|\bwill work towards\b|"
    r"\b(?:is|are) (?:being|yet to be) (?:explored|considered|developed|scoped|agreed|rewritten|revised|redrafted|"
    r"updated|refreshed|drafted|finalised|redesigned)\b|\bcan be explored\b",
)


#: Document kinds that report on a year gone by: future wording there is a plan, not a fact.
REPORT_KINDS = frozenset({"yearly-report", "sab-annual-report"})
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are) going to|(?:plans?|intends?|aims?|hopes?) to|(?:is|are) (?:due|expected|planned) to)\b"
)


class _Hinted:
    """A regex searched only in text holding one of ``hints``: words every match contains,
    checked by substring search first (most sentences have none, and the regexes are long
    alternations tried at every position). Keep the hints in step with the pattern; a test
    checks both agree on the hard-case and fixture corpora."""

    def __init__(self, pattern: re.Pattern[str], hints: tuple[str, ...]):
        self.pattern = pattern
        self.hints = hints

    def search(self, text: str) -> re.Match[str] | None:
        for hint in self.hints:
            if hint in text:
                return self.pattern.search(text)
        return None

    def sub(self, repl: str, text: str) -> str:
        return self.pattern.sub(repl, text) if self.search(text) else text


#: A cross-reference rather than a statement ("see the threshold document", a bare link).
_XREF = re.compile(
    r"^\s*(?:please\s+)?(?:see|refer to|click|visit|follow|for (?:more|further) (?:information|details))\b|"
    r"\b(?:please (?:see|refer)|refer to|is available (?:at|on|from|via|here)|are available (?:at|on|from|via|here)|"
    r"can be (?:found|accessed|viewed|downloaded|read) (?:at|on|via|here|from|in)|click here|"
    r"available to download|link (?:below|above)|found at|accessed via|see (?:also|the|our|appendix|section))\b"
)
_URL = re.compile(r"(?:https?://|www\.)\S+|\b\S+\.(?:gov|org|co|nhs|police)\.uk\S*")
_XREF_FAST = _Hinted(
    _XREF,
    (
        "see",
        "refer",
        "click",
        "visit",
        "follow",
        "for more",
        "for further",
        "available",
        "can be",
        "link",
        "found at",
        "accessed via",
    ),
)
_URL_FAST = _Hinted(_URL, ("http", "www.", ".uk"))

#: Restating the national duty (not evidence that this partnership does it).
_DUTY_SUBJECT = (
    r"(?:(?:the |all |each |lead |delegated |three |local |statutory )*(?:safeguarding |statutory )?partners|"
    r"local authorities|relevant agencies|(?:local )?safeguarding arrangements|published arrangements|"
    r"(?:the )?arrangements|each partner|partnerships|organisations|agencies|reports?|the report|"
    r"the (?:yearly|annual) report|lead safeguarding partners|integrated care boards|chief officers of police|"
    r"safeguarding adults boards?|sabs|the panel|they|this)"
)
_DUTY = re.compile(
    r"^\s*(?:however,?\s*|in addition,?\s*|also,?\s*)?"
    + _DUTY_SUBJECT
    + r"\s+(?:also\s+)?(?:must|should|are required to|"
    r"is required to|have a (?:shared |statutory |legal )?duty|has a (?:statutory |legal )?duty|need to|ought to)\b|"
    r"\b(?:working together(?: to safeguard children)?(?: \(?(?:20\d\d)\)?)?(?: statutory)?(?: guidance)?|"
    r"the (?:legislation|guidance|statutory guidance|act|regulations|children act(?: 2004)?|care act(?: 2014)?))"
    r"(?: \(?20\d\d\)?)? (?:also )?(?:requires?|stipulates?|states?|sets out|says|expects?|specifies|defines|"
    r"mandates?|makes clear|is clear)\b|"
    r"\b(?:is|are) defined (?:under|in|by)\b|\bas (?:set out|defined|required|described) (?:in|by|under) "
    r"(?:chapter|working together|the (?:act|guidance|legislation|statutory guidance|regulations))\b|"
    r"\bmust (?:set out|include|publish)\b|\bshould also include\b|\bmust be published\b|"
    r"\breports? must include\b|\bthe report should\b|\b(?:are|is) those (?:organisations|agencies|bodies)\b|"
    r"\b(?:is|are) set out in (?:the |schedule \d+ (?:to|of) the )?[a-z0-9() ,'-]*(?:regulations|guidance|working together|act)\b"
)
#: Duties stated in the guidance's voice: a modal duty with no "we"/"our".
_MODAL_DUTY = re.compile(
    r"\b(?:partners|agencies|organisations?|arrangements|authorities|boards?|reports?|a copy|copies|funding|members|"
    r"they|it|lsps|dsps|icbs|sabs|partnerships?|the panel|each (?:partner|agency|organisation))"
    r"(?:\s+[^\s,;:]+){0,3}?\s+(?:must|should|ought to)\b"
)


# fmt: off
_DUTY_FAST = _Hinted(_DUTY, (
    "must", "should", "requir", "duty", "need to", "ought", "stipulat", "state", "set out", "says", "expect",
    "specifies", "define", "mandate", "clear", "as described", "those",
))
_MODAL_DUTY_FAST = _Hinted(_MODAL_DUTY, ("must", "should", "ought to"))
# fmt: on
_PURPOSE = re.compile(r"^\s*the purpose of (?:the )?(?:multi-agency |local )?safeguarding arrangements is\b")
_NUMBERING = re.compile(r"^\s*(?:\(?\d{1,3}(?:\.\d{1,3}){0,4}[.)]?|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+")

#: A requirement read back as a question or list heading ("how the arrangements will be funded;").
_REQUIREMENT_FORM = re.compile(
    r"^\s*(?:[-•]\s*)?(?:how|who|which|where|what|whether|why|when)\b(?!\s+(?:we|our|is|are|was|were|does|do)\b)"
    r"|^\s*(?:arrangements for|the geographical boundaries covered)\b(?!.*\b(?:is|are|was|were|will|has|have)\b)"
    # the guidance's requirements listed as such ("Requirement for independent scrutiny ...",
    # "It is also expected that education partners be included ...")
    r"|^\s*(?:[-•]\s*)?(?:new |statutory |legal |a )?requirements? (?:for|to|that)\b"
    r"|^\s*(?:there is a (?:new |statutory |legal )?requirement|it is (?:also )?(?:expected|required))\b"
)
#: Words that make a sentence specific to this partnership.
_SPECIFIC = re.compile(r"\b(?:we|our|us|ours)\b")

# Sections that are not evidence, by heading.
_SECTION_KIND = (
    ("contents", re.compile(r"^\W*(?:table of )?contents?\b|^\W*index\s*$|\bin this document\b")),
    (
        "links",
        re.compile(
            r"\b(?:useful (?:links|contacts|resources|websites|information|documents)|further (?:reading|information|"
            r"resources|guidance)|references|bibliography|related (?:documents|links|policies|guidance)|"
            r"links? to (?:other|related|further|useful)|key (?:documents|links)|supporting documents|sources|"
            r"(?:web ?)?links)\b"
        ),
    ),
    (
        "glossary",
        re.compile(r"\b(?:glossary|abbreviations|acronyms|definitions?(?: of terms)?|key terms|terminology|jargon)\b"),
    ),
    ("checklist", re.compile(r"\b(?:checklist|check list|compliance|self[- ]assessment|requirements? of)\b")),
    ("control", re.compile(r"\b(?:document control|version (?:control|history)|revision history|change log)\b")),
)

_FURNITURE_ZONE = {
    "toc_entry": "contents",
    "running_header": "running header",
    "running_footer": "running footer",
    "page_number": "page number",
    "footnote": "footnote",
    "caption": "caption",
    "heading": "heading",
    "title": "title",
}
_ZONE_WORDS = {
    "contents": "the contents page",
    "running header": "running headers",
    "running footer": "running footers",
    "page number": "page numbers",
    "footnote": "footnotes",
    "caption": "captions",
    "heading": "a heading only",
    "title": "the title",
    "glossary": "a glossary",
    "links": "a useful-links / references section",
    "checklist": "a checklist restating the requirements",
    "control": "document control",
    "restatement": "sentences restating the national duty",
    "nonevidence": "a non-evidence section",
}

# ---------------------------------------------------------------------------------------------
# The per-document index


@dataclass
class Sentence:
    text: str  # cleaned original, case kept (quoted; ``re:`` terms)
    norm: str  # matching form
    page: int | None
    path: tuple[str, ...]
    zone: str  # "body" or a non-evidence zone
    role: str
    block: int
    xref: bool = False  # a cross-reference / bare link
    intent: bool = False  # a list item under a lead-in that defers ("partners to be consulted on:")
    #: The sentences that introduce this list item or table row ("Our lead safeguarding
    #: partners are:"): a concept they name carries to the items, as a heading's does.
    lead: tuple[int, ...] = ()


@dataclass
class Index:
    sentences: list[Sentence]
    body_blocks: int
    #: token -> sentence ids
    postings: dict[str, set[int]]
    vocab: list[str]  # sorted tokens, for prefix look-ups
    #: section (heading path) -> sentence ids whose path starts with it
    headings: dict[str, list[int]]  # normalised heading text -> sentence ids under it
    original: str  # all cleaned sentences joined by "\n" (for re: terms)
    starts: list[int]  # offset of each sentence in ``original``
    cache: dict = field(default_factory=dict)
    #: lead-in sentence id -> the list items / table rows it introduces
    led_by: dict[int, list[int]] = field(default_factory=dict)

    def all_ids(self) -> set[int]:
        if "all" not in self.cache:
            self.cache["all"] = set(range(len(self.sentences)))
        return self.cache["all"]

    def original_folded(self) -> str:
        """``original`` in lower case, offset for offset (for case-insensitive literals);
        characters whose lower case is longer are left as they are."""
        if "folded" not in self.cache:
            low = self.original.lower()
            if len(low) != len(self.original):
                low = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.original)
            self.cache["folded"] = low
        return self.cache["folded"]


_BULLET_SPLIT = re.compile(r"\s*(?:[•●▪◦■►➢✓]|\uf0b7|\uf0a7)\s+")
_SENT_END = re.compile(
    r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bno\.)(?<!\bst\.)(?<!\bpara\.)(?<!\bparas\.)"
    r"(?<!\bdr\.)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)(?<!\bvs\.)(?<!\bch\.)(?<!\bs\.)(?<!\bp\.)(?<!\bpp\.)"
    r"(?<![ .][A-Z]\.)['\"’”)]?\s+(?=[A-Z0-9\"'‘“(\[])"
)
_TERMINAL = re.compile(r"[.!?:;]['\"’”)]?\s*$")


def split_sentences(text: str) -> list[str]:
    out = []
    for piece in _BULLET_SPLIT.split(text):
        piece = _clean(piece)
        if not piece:
            continue
        out.extend(s.strip() for s in _SENT_END.split(piece) if s.strip())
    return out


_CONSULT = re.compile(
    r"\b(?:to be consulted|options?|proposals?|possible|could include|might include|ideas|still required|"
    r"required for|needs? to be|to be developed|will require)\b"
)


def _restates(bare: str, read_back: bool = True) -> bool:
    """The national duty in the guidance's voice, or (``read_back``) a requirement read back."""
    if _SPECIFIC.search(bare):
        return False
    if _DUTY_FAST.search(bare) or _PURPOSE.match(bare):
        return True
    # under a lead-in that defers ("partners to be consulted on:"), "how agencies should be
    # involved" is an open question, not the duty restated
    return read_back and bool(_MODAL_DUTY_FAST.search(bare) or _REQUIREMENT_FORM.match(bare))


@lru_cache(maxsize=4096)
def _norm_heading(text: str) -> str:
    return norm(text)


@lru_cache(maxsize=4096)
def _section_kind(path: tuple[str, ...]) -> str | None:
    for heading in path:
        h = _norm_heading(heading)
        h = re.sub(
            r"^\s*(?:section|part|chapter|appendix|annex|annexe|schedule)\s+(?:[0-9]{1,3}|[a-z]{1,2})\b\W*", "", h
        )
        h = re.sub(r"^\s*\d+(?:\.\d+)*[.)]?\s*", "", h)
        if len(h) > 90:
            continue
        for kind, pattern in _SECTION_KIND:
            if pattern.search(h):
                return kind
    if _non_evidence_section(path):
        return "nonevidence"
    return None


def _row_text(block: Block) -> tuple[str, bool]:
    """A table row as one sentence: ``header: cell; ...``; cells that read back a requirement
    ("how the arrangements will be funded") are dropped. Returns (text, all cells dropped)."""
    cells = [c for c in (block.cells or ()) if c and c.strip()]
    if not cells:
        return block.text, False
    headers = list(block.header_cells or ())
    parts = []
    dropped = 0
    for i, cell in enumerate(cells):
        c = _clean(cell)
        if _REQUIREMENT_FORM.match(norm(c)) and len(cells) > 1:
            dropped += 1
            continue
        h = _clean(headers[i]) if i < len(headers) else ""
        if h and norm(h) != norm(c):
            parts.append(f"{h}: {c}")
        else:
            parts.append(c)
    if not parts:
        return "; ".join(_clean(c) for c in cells), True
    # Two-cell definition rows without a header row read "term: definition".
    if not headers and len(parts) == 2 and len(parts[0]) <= 60 and not _TERMINAL.search(parts[0]):
        return f"{parts[0]}: {parts[1]}", False
    return "; ".join(parts), False


def _join_breaks(blocks: list[Block]) -> list[tuple[int, Block, str]]:
    """Evidence-order (index, block, text), with a paragraph split by a page or column break
    joined to its continuation (the next body block starting in lower case)."""
    out: list[tuple[int, Block, str]] = []
    skip = {"running_header", "running_footer", "page_number", "footnote", "caption"}
    pending: tuple[int, Block, str] | None = None
    for i, b in enumerate(blocks):
        if b.role in skip:
            out.append((i, b, b.text))
            continue
        if pending is not None:
            pi, pb, ptext = pending
            t = b.text.lstrip()
            if b.role in ("paragraph", "list_item") and t[:1].islower() and pb.role in ("paragraph", "list_item"):
                pending = (pi, pb, ptext.rstrip() + " " + t)
                continue
            out.append(pending)
            pending = None
        if b.role in ("paragraph", "list_item") and not _TERMINAL.search(b.text or ""):
            pending = (i, b, b.text)
            continue
        out.append((i, b, b.text))
    if pending is not None:
        out.append(pending)
    out.sort(key=lambda x: x[0])
    return out


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


def _pieces(doc: Document):
    """Each evidence-order block with its zone and cleaned sentence pieces."""
    for i, b, text in _join_breaks(doc.blocks):
        role = b.role
        path = tuple(b.heading_path)
        zone = _FURNITURE_ZONE.get(role)
        if role == "heading":
            # a heading carries itself as the last element of its path
            path = path[:-1] if path and path[-1].strip() == b.text.strip() else path
        if zone is None:
            zone = _section_kind(path) or "body"
        if role == "table_row":
            row, dropped = _row_text(b)
            row = _clean(row)
            pieces = [row] if row else []
            if dropped:
                zone = "checklist" if zone == "body" else zone
        else:
            pieces = split_sentences(text)  # cleaned already
        yield i, b, role, path, zone, text.rstrip().endswith(":"), pieces


def build_index(doc: Document) -> Index:
    report = doc.kind in REPORT_KINDS
    sentences: list[Sentence] = []
    body_blocks = 0
    lead_in: str | None = None  # list items after a lead-in that restates the duty / defers
    colon_lead: tuple[int, ...] = ()  # the sentence ending ':' that introduces the list / table below
    para_lead: tuple[int, ...] = ()  # the paragraph just before a table
    table_lead: tuple[int, ...] = ()  # fixed at a table's first row for all its rows
    lead_path: tuple[str, ...] = ()
    prev_role = None  # the last block that is not page furniture
    blocks = list(_pieces(doc))
    norms = iter(norm_many([s for *_, cleaned in blocks for s in cleaned]))
    for i, b, role, path, zone, ends_colon, cleaned in blocks:
        block_restates = False
        if role in ("table_row", "heading", "title"):
            lead_in = None
        furniture = role in _FURNITURE_ZONE and role not in ("heading", "title")
        if path != lead_path or role in ("heading", "title"):
            colon_lead = para_lead = ()
        lead: tuple[int, ...] = ()
        if role == "list_item":
            lead = colon_lead
        elif role == "table_row":
            if prev_role != "table_row":
                table_lead = colon_lead or para_lead
            lead = table_lead
        first_sid = len(sentences)
        if zone == "body":
            body_blocks += 1
        n = ""
        for s in cleaned:
            n = next(norms)
            bare = _NUMBERING.sub("", n, count=1)
            z = zone
            intent = False
            if z == "body":
                if role == "list_item" and lead_in == "restatement" or block_restates and ends_colon:
                    z = "restatement"
                elif _restates(bare, read_back=not (role == "list_item" and lead_in == "intent")):
                    z = "restatement"
                    block_restates = True
                if role == "list_item" and lead_in == "intent":
                    intent = True
            xref = bool(_XREF_FAST.search(bare)) or (
                bool(_URL_FAST.search(s)) and len(_URL.sub("", s).strip(" .:;-")) < 12
            )
            sentences.append(Sentence(s, n, b.page, path, z, role, i, xref, intent, lead))
        if role == "paragraph" and cleaned:
            own = tuple(range(first_sid, len(sentences)))
            colon_lead = own[-1:] if n.rstrip().endswith(":") else ()
            para_lead = own[-3:]
            lead_path = path
        elif role == "table_row":
            para_lead = ()  # a list after a table is not introduced by the paragraph before it
        if not furniture:  # headers, footers and page numbers inside a list or table are skipped
            prev_role = role
        if cleaned and role in ("paragraph", "list_item"):
            last = n.rstrip()
            if last.endswith(":"):
                if block_restates or _restates(_NUMBERING.sub("", last, count=1)):
                    lead_in = "restatement"
                elif (
                    DEFERRAL.search(last)
                    or _DEFERRAL_EXTRA.search(last)
                    or _CONSULT.search(last)
                    or (report and _FUTURE.search(last))  # a report's "In 2025/26 we will:" lists plans
                ):
                    lead_in = "intent"
                elif role == "paragraph":
                    lead_in = None
            elif role == "paragraph":
                lead_in = None
    postings: dict[str, set[int]] = defaultdict(set)
    for sid, s in enumerate(sentences):
        toks = _TOKEN.findall(s.norm)
        for tok in toks:
            postings[tok].add(sid)
        for m in re.finditer(r"[a-z0-9]+(?:-[a-z0-9]+)+", s.norm):
            postings[m.group(0).replace("-", "")].add(sid)
    headings: dict[str, list[int]] = defaultdict(list)
    for sid, s in enumerate(sentences):
        for h in s.path:
            headings[_norm_heading(h)].append(sid)
    starts = []
    pos = 0
    for s in sentences:
        starts.append(pos)
        pos += len(s.text) + 1
    original = "\n".join(s.text for s in sentences)
    led_by: dict[int, list[int]] = defaultdict(list)
    for sid, s in enumerate(sentences):
        for lead_sid in s.lead:
            led_by[lead_sid].append(sid)
    index = Index(sentences, body_blocks, dict(postings), sorted(postings), dict(headings), original, starts)
    index.led_by = dict(led_by)
    return index


def get_index(doc: Document) -> Index:
    """The document's sentence index, built once and kept on the document."""
    key = (id(doc.blocks), len(doc.blocks))
    cached = doc.__dict__.get("_masa_text_index")
    if cached is not None and cached[0] == key:
        return cached[1]
    index = build_index(doc)
    doc.__dict__["_masa_text_index"] = (key, index)
    return index


# ---------------------------------------------------------------------------------------------
# Matching


def _prefix_tokens(index: Index, prefix: str) -> set[int]:
    out: set[int] = set()
    i = bisect.bisect_left(index.vocab, prefix)
    while i < len(index.vocab) and index.vocab[i].startswith(prefix):
        out |= index.postings[index.vocab[i]]
        i += 1
    return out


def _candidates(index: Index, term: Term) -> set[int]:
    found: set[int] = set()
    for tokens, star in term.token_sets:
        if not tokens:
            return set(range(len(index.sentences)))
        current: set[int] | None = None
        for k, tok in enumerate(tokens):
            last = k == len(tokens) - 1
            if star and last:
                ids = _prefix_tokens(index, tok)
            elif last and term.plural:  # the regex takes -s / -es ('s splits into two tokens)
                post = index.postings
                ids = post.get(tok, set()) | post.get(tok + "s", set()) | post.get(tok + "es", set())
            else:
                ids = index.postings.get(tok, set())
            current = set(ids) if current is None else current & ids
            if not current:
                break
        found |= current or set()
    return found


def _original_candidates(index: Index, t: Term) -> set[int]:
    """Sentences that may match a ``re:`` term: those holding one of its required literals
    (found by substring search over the joined text), else every sentence."""
    if not t.literals:
        return index.all_ids()
    key = ("lits", t.literals, t.fold)
    if key in index.cache:
        return index.cache[key]
    text = index.original_folded() if t.fold else index.original
    starts, sentences = index.starts, index.sentences
    out: set[int] = set()
    for lit in t.literals:
        pos = text.find(lit)
        while pos != -1:
            sid = bisect.bisect_right(starts, pos) - 1
            if pos + len(lit) <= starts[sid] + len(sentences[sid].text):
                out.add(sid)  # and on to the next sentence
                pos = text.find(lit, starts[sid + 1]) if sid + 1 < len(starts) else -1
            else:
                pos = text.find(lit, pos + 1)
    index.cache[key] = out
    return out


def term_candidates(index: Index, term: str) -> set[int]:
    """Sentences that may hold ``term`` (all its variants), from the token postings or the
    required literals: a superset of :func:`term_hits`, cheap to intersect before any regex runs."""
    key = ("cand", term)
    if key in index.cache:
        return index.cache[key]
    out: set[int] = set()
    for variant in expand(term):
        t = compile_term(variant)
        out |= _original_candidates(index, t) if t.on_original else _candidates(index, t)
    index.cache[key] = out
    return out


def term_hits(index: Index, term: str, within: set[int] | None = None) -> dict[int, list[tuple[int, int]]]:
    """Sentence id -> spans of the term (spans on ``norm``, or on ``text`` for ``re:`` terms),
    for every sentence or only those ``within``. Spans are verified by regex once per
    sentence and remembered, so narrowing first costs nothing later."""
    done: dict[int, list[tuple[int, int]]] = index.cache.setdefault(("spans", term), {})
    wanted = term_candidates(index, term)
    if within is not None:
        wanted = wanted & within
    todo = wanted.difference(done)
    if todo:
        sentences = index.sentences
        for variant in expand(term):
            t = compile_term(variant)
            if t.on_original:
                cands, attr = _original_candidates(index, t) & todo, "text"
            else:
                cands, attr = _candidates(index, t) & todo, "norm"
            finditer = t.regex.finditer
            for sid in cands:
                spans = [m.span() for m in finditer(getattr(sentences[sid], attr))]
                if spans:
                    done.setdefault(sid, []).extend(spans)
        for sid in todo:
            done.setdefault(sid, [])
    return {sid: done[sid] for sid in wanted if done[sid]}


def group_candidates(index: Index, group: list[str]) -> set[int]:
    key = ("gcand", tuple(group))
    if key not in index.cache:
        out: set[int] = set()
        for term in group:
            out |= term_candidates(index, term)
        index.cache[key] = out
    return index.cache[key]


def group_hits(index: Index, group: list[str], within: set[int] | None = None) -> dict[int, list[tuple[int, int]]]:
    out: dict[int, list[tuple[int, int]]] = {}
    for term in group:
        for sid, spans in term_hits(index, term, within).items():
            out.setdefault(sid, []).extend(spans)
    return out


def heading_sentences(index: Index, terms: list[str], subsections: bool = False) -> set[int]:
    """Sentences in a section whose heading contains one of ``terms``."""
    if not terms:
        return set()
    depth = 2 if subsections else 1
    key = ("heading", tuple(terms), depth)
    if key in index.cache:
        return index.cache[key]
    out: set[int] = set()
    compiled = [compile_term(v) for t in terms for v in expand(t)]
    for h, sids in index.headings.items():
        if any(c.regex.search(h) for c in compiled):
            # the sentences of this heading's own section (and, with ``subsections``, of its
            # direct sub-sections: "Safeguarding Adults Reviews > Adult D"), not of deeper ones
            out.update(sid for sid in sids if h in map(_norm_heading, index.sentences[sid].path[-depth:]))
    index.cache[key] = out
    return out


@dataclass
class Hit:
    sid: int
    state: str  # met | intent | referenced | negated
    spans: list[tuple[int, int]]  # first-group spans (norm offsets; empty when via heading)


_CLAUSE_CUT = re.compile(r";|\bbut\b|\bhowever\b|\bwhereas\b|\balthough\b|\s[-–]\s|:")


@lru_cache(maxsize=16384)
def _cuts(text: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _CLAUSE_CUT.finditer(text))


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: cut at ; and at ', but' / 'however' / 'whereas' / ' - '."""
    cuts = _cuts(text)
    start = 0
    end = len(text)
    for c in cuts:
        if c <= pos:
            start = c
        elif c > pos:
            end = c
            break
    return start, end


def _negated(s: Sentence, spans: list[tuple[int, int]]) -> bool:
    if not spans:
        return False
    text = s.norm
    for a, b in spans[:4]:
        before = text[max(0, a - _NEG_PREFIX_WINDOW) : a]
        # "no" governing the noun phrase that holds the concept (a few words at most)
        m = re.search(r"\b(?:no|none of|without|lack of|absence of|not any|there is no|there are no|nor)\b", before)
        if m and len(before[m.end() :].split()) <= 3 and not re.search(r"[,;.:]", before[m.end() :]):
            return True
        cs, ce = _clause_bounds(text, a)
        after = text[b:ce]
        for neg in (_NEG_VERB, _NEG_PASSIVE):
            m = neg.search(after)
            if m and m.start() <= 60:
                return True
        # "there is not yet an independent scrutineer", "we have not appointed a scrutineer"
        pre = text[cs:a]
        for neg in (_NEG_VERB, _NEG_PASSIVE):
            m = neg.search(pre)
            if m and len(pre[m.end() :].split()) <= 4:
                return True
    return False


@lru_cache(maxsize=16384)
def _defers(text: str) -> bool:
    """Deferral wording anywhere in ``text`` (the same clauses recur across many facets)."""
    return bool(DEFERRAL.search(text) or _DEFERRAL_EXTRA.search(text))


def _deferred(s: Sentence, spans: list[tuple[int, int]]) -> bool:
    text = s.norm
    if not spans:
        return _defers(text)
    for a, _ in spans[:4]:
        cs, ce = _clause_bounds(text, a)
        if _defers(text[cs:ce]):
            return True
    return False


def _excluded(index: Index, spec: TextSpec, within: set[int]) -> set[int]:
    out: set[int] = set()
    for term in spec.exclude:
        out.update(term_hits(index, term, within))
    return out


def _wants_location(spec: TextSpec) -> bool:
    """Specs that look for a place (a website, a URL) accept references as the evidence."""
    for group in spec.all:
        for t in group:
            if t.startswith("re:") and ("www" in t or "http" in t):
                return True
            if t in ("website", "web site", "online", "web page", "webpage"):
                return True
    return False


def _future(s: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Future wording in the clause that holds the concept (or anywhere, without spans)."""
    text = s.norm
    if not spans:
        return bool(_FUTURE.search(text))
    for a, _ in spans[:4]:
        cs, ce = _clause_bounds(text, a)
        if _FUTURE.search(text, cs, ce):
            return True
    return False


def _introduced(index: Index, group: list[str]) -> set[int]:
    """List items and table rows whose lead-in (a body sentence) names the first concept."""
    if not index.led_by:
        return set()
    leads = group_candidates(index, group) & index.led_by.keys()
    if not leads:
        return set()
    out: set[int] = set()
    for lead_sid in group_hits(index, group, leads):
        if index.sentences[lead_sid].zone == "body":
            out.update(index.led_by[lead_sid])
    return out


def find(index: Index, spec: TextSpec, report: bool = False) -> tuple[list[Hit], dict[str, list[int]]]:
    """Hits in body sentences, and sentence ids by non-evidence zone where all groups matched;
    ``report``: the document reports on a past year (future wording is intent)."""
    if not spec.all:
        return [], {}
    # a heading stands in for the first group only when the sentence must still say the rest:
    # with one group, "every sentence under 'Performance'" would pass whatever it said
    headed = heading_sentences(index, spec.heading, spec.heading_subsections) if len(spec.all) > 1 else set()
    if spec.from_lead_in:
        headed = headed | _introduced(index, spec.all[0])
    ids = group_candidates(index, spec.all[0]) | headed
    for g in spec.all[1:]:
        ids = ids & group_candidates(index, g)
        if not ids:
            break
    groups = [group_hits(index, g, ids) for g in spec.all]
    ids = (set(groups[0]) | (headed & ids)).intersection(*map(set, groups[1:]))
    ids -= _excluded(index, spec, ids)
    elsewhere: dict[str, list[int]] = defaultdict(list)
    hits: list[Hit] = []
    accept_refs = _wants_location(spec)
    for sid in sorted(ids):
        s = index.sentences[sid]
        if not _distinct([g.get(sid, []) for g in groups], spec.near):
            continue
        if s.zone != "body":
            elsewhere[s.zone].append(sid)
            continue
        spans = groups[0].get(sid, []) or (groups[1].get(sid, []) if len(groups) > 1 else [])
        state = _state(s, spans)
        if state == MET and report and not spec.future_ok and _future(s, spans):
            state = INTENT
        if state == MET and s.xref and (not accept_refs or not groups[0].get(sid) or not _URL_FAST.search(s.text)):
            state = REFERENCED
        hits.append(Hit(sid, state, spans))
    return hits, elsewhere


def _state(s: Sentence, spans: list[tuple[int, int]]) -> str:
    if _negated(s, spans):
        return NEGATED
    if s.intent or _deferred(s, spans) or s.text.rstrip().endswith("?"):
        return INTENT
    return MET


def find_across(index: Index, spec: TextSpec, report: bool = False) -> list[Hit]:
    """Hits where the groups are spread over neighbouring body sentences of one section (up to
    ``spec.across`` of them): every sentence used is a hit, all negated or intent if any is."""
    groups = [group_hits(index, g) for g in spec.all]
    excluded = _excluded(index, spec, index.all_ids())
    sentences = index.sentences
    # each section's body sentences in order: running headers, footers and page numbers between
    # two bullets of one list (a page break) do not count towards the window
    sections: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for k, s in enumerate(sentences):
        if s.zone == "body" and k not in excluded:
            sections[s.path].append(k)
    for sid in sorted(groups[0]):
        s = sentences[sid]
        if s.zone != "body" or sid in excluded:
            continue
        order = sections[s.path]
        at = bisect.bisect_left(order, sid)
        near = order[max(0, at - spec.across + 1) : at + spec.across]
        members = {sid}
        for g in groups[1:]:
            inside = [k for k in near if k in g]
            if not inside:
                break
            members.add(min(inside, key=lambda k: abs(k - sid)))
        else:
            if order.index(max(members)) - order.index(min(members)) >= spec.across:
                continue
            spans = {k: [sp for g in groups for sp in g.get(k, [])] for k in members}
            states = {_state(sentences[k], spans[k]) for k in members}
            if report and not spec.future_ok and any(_future(sentences[k], spans[k]) for k in members):
                states.add(INTENT)
            state = NEGATED if NEGATED in states else INTENT if INTENT in states else MET
            return [Hit(k, state, spans[k]) for k in sorted(members)]
    return []


def _distinct(spans_by_group: list[list[tuple[int, int]]], near: int = 250) -> bool:
    """Each group matched by its own words, close together: for some anchor span of the first
    matched group, every other group has a span that overlaps no span already chosen and lies
    within ``near`` characters (a group with no spans was met by the section heading)."""
    groups = [sorted(set(g)) for g in spans_by_group if g]
    if len(groups) <= 1:
        return True
    for anchor in groups[0][:6]:
        chosen = [anchor]
        ok = True
        for spans in groups[1:]:
            free = [sp for sp in spans if all(sp[1] <= a or sp[0] >= b for a, b in chosen)]
            if not free:
                ok = False
                break
            best = min(free, key=lambda sp: max(abs(sp[0] - anchor[1]), abs(anchor[0] - sp[1])))
            chosen.append(best)
        if ok and (max(b for _, b in chosen) - min(a for a, _ in chosen)) <= near:
            return True
    return False


def _evidence(index: Index, sids: list[int], limit: int = 2) -> list[Evidence]:
    out = []
    for sid in sids[:limit]:
        s = index.sentences[sid]
        q = s.text if len(s.text) <= 400 else s.text[:397] + "..."
        out.append(Evidence(quote=q, page=s.page, section=" > ".join(s.path) or None))
    return out


def _describe(spec: TextSpec) -> str:
    def group(g: list[str]) -> str:
        shown = [f"'{t[3:] if t.startswith('re:') else t}'" if not t.startswith("re:") else "a name pattern" for t in g]
        shown = list(dict.fromkeys(shown))
        more = len(shown) - 3
        return " / ".join(shown[:3]) + (f" (+{more})" if more > 0 else "")

    text = " with ".join(group(g) for g in spec.all)
    if spec.heading:
        text += f" (or a section headed '{spec.heading[0]}')"
    return text


def _pages(index: Index, sids: list[int]) -> str:
    pages = sorted({index.sentences[s].page for s in sids if index.sentences[s].page is not None})
    return (" (p. " + ", ".join(map(str, pages[:4])) + ")") if pages else ""


def _on_topic_first(index: Index, spec: TextSpec, sids: list[int]) -> list[int]:
    """Evidence from the section the facet is about (its ``heading`` terms) quoted first: the
    funding sentence under "Funding" rather than a population figure in the introduction."""
    if len(sids) < 2 or not spec.heading:
        return sids
    topical = heading_sentences(index, spec.heading, True)
    return sorted(sids, key=lambda sid: sid not in topical)


def _best(hits: list[Hit], state: str) -> list[int]:
    return [h.sid for h in hits if h.state == state]


def match_facet(doc: Document, spec: TextSpec, weak: TextSpec | None = None) -> Outcome:
    """The facet's state in ``doc``: met / intent / referenced / negated / missing / ambiguous."""
    index = get_index(doc)
    report = doc.kind in REPORT_KINDS
    hits, elsewhere = find(index, spec, report)
    if spec.across and len(spec.all) > 1 and not any(h.state == MET for h in hits):
        hits = hits + find_across(index, spec, report)
    met = _on_topic_first(index, spec, _best(hits, MET))
    negated = _best(hits, NEGATED)
    intent = _best(hits, INTENT)
    referenced = _best(hits, REFERENCED)
    need = max(1, spec.min_sentences)

    if met and negated:
        # Affirmed and denied: the affirmative must clearly outweigh the denial.
        if len(met) >= max(2, 2 * len(negated)) and len(met) >= need:
            return Outcome(MET, _evidence(index, met))
        return Outcome(
            AMBIGUOUS,
            _evidence(index, met, 1) + _evidence(index, negated, 1),
            "stated as in place and as not in place",
        )
    if len(met) >= need:
        return Outcome(MET, _evidence(index, met))
    if negated:
        return Outcome(NEGATED, _evidence(index, negated), "stated as not in place")
    if met:  # fewer than min_sentences
        return Outcome(INTENT, _evidence(index, met), f"only {len(met)} of {need} sentences needed")
    if intent:
        return Outcome(INTENT, _evidence(index, intent), "stated only as intent")
    if referenced:
        return Outcome(REFERENCED, _evidence(index, referenced), "only a cross-reference, not verified")
    if elsewhere.get("links"):
        sids = elsewhere["links"]
        return Outcome(REFERENCED, _evidence(index, sids), "mentioned only in a useful-links / references section")
    if weak is not None:
        whits, _ = find(index, weak, report)
        wok = [h.sid for h in whits if h.state in (MET, INTENT, REFERENCED)]
        if wok:
            return Outcome(INTENT, _evidence(index, wok), "only partly evidenced")
    detail = (
        f"looked in body text ({index.body_blocks} blocks; contents, headers, footers, footnotes, glossary and "
        f"links sections excluded) for: {_describe(spec)}"
    )
    notes = []
    for zone, sids in elsewhere.items():
        if zone in ("heading", "title"):
            continue
        notes.append(f"{_ZONE_WORDS.get(zone, zone)}{_pages(index, sids)}")
    heading_only = _heading_only(index, spec)
    if heading_only:
        notes.append(f"a heading with no supporting text{_pages(index, heading_only)}")
    if notes:
        detail += "; found only in " + ", ".join(notes)
    return Outcome(MISSING, [], detail)


def _heading_only(index: Index, spec: TextSpec) -> list[int]:
    """Sentences that are headings and carry the first concept group."""
    first = group_hits(index, spec.all[0]) if spec.all else {}
    return [sid for sid in sorted(first) if index.sentences[sid].zone in ("heading", "title")][:3]
