"""A published document read once into sentences, each with its zone and qualifiers.

- Blocks become *sentences*: paragraphs and list items are split at sentence ends and bullets;
  a table row reads as ``header: cell; header: cell`` (a definition table "Chair | Independent
  Chair" reads "Chair: Independent Chair"); a paragraph broken by a page break is joined to its
  continuation.
- Each sentence has a *zone*: ``body`` (evidence) or one of the places that are not evidence:
  contents, running furniture, footnotes, captions, headings, glossary sections, useful-links /
  references sections, checklists, and restatements of the national duty.
- List items and table rows remember their lead-in; items under a lead-in that defers (or, in
  a report, plans) are intent. Token postings make candidate sentences cheap to find.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from masa_check.document import Block, Document
from masa_check.engine import stance
from masa_check.engine.qualifiers import DEFERRAL
from masa_check.engine.terms import _TOKEN, norm, norm_many
from masa_check.sources.layout import non_evidence_section as _non_evidence_section
from masa_check.sources.text_normalise import clean as _clean

# ---------------------------------------------------------------------------------------------
# Qualifiers

# The vocabulary is in stance.yaml (see masa_check.engine.stance), each entry with the
# sentences that test it; the names below are the engine's handles on it.

#: Extra deferral wording (beyond the shared DEFERRAL) that marks intent in a sentence.
DEFERRAL_EXTRA = stance.pattern("intent.extra")

#: Document kinds that report on a year gone by: future wording there is a plan, not a fact.
REPORT_KINDS = frozenset({"yearly-report", "sab-annual-report"})
FUTURE = stance.pattern("intent.future")

#: A cross-reference rather than a statement ("see the threshold document", a bare link).
_XREF = stance.pattern("reference.xref")
_URL = stance.pattern("reference.url")
#: The same, searched only in text holding one of their literal hints (most sentences have none)
_XREF_FAST = stance.hinted("reference.xref")
URL_FAST = stance.hinted("reference.url")

#: Restating the national duty (not evidence that this partnership does it).
_DUTY = stance.pattern("restatement.duty")
#: Duties stated in the guidance's voice: a modal duty with no "we"/"our".
_MODAL_DUTY = stance.pattern("restatement.modal_duty")
_DUTY_FAST = stance.hinted("restatement.duty")
_MODAL_DUTY_FAST = stance.hinted("restatement.modal_duty")
_PURPOSE = stance.pattern("restatement.purpose")
#: The text before a modal duty's subject ends in "that", "which", "what" ...: the modal is in an
#: embedded clause ("the actions that the board should prioritise were discussed"), not the duty.
_EMBEDDED = stance.pattern("restatement.embedded")
_NUMBERING = re.compile(r"^\s*(?:\(?\d{1,3}(?:\.\d{1,3}){0,4}[.)]?|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+")

#: A requirement read back as a question or list heading ("how the arrangements will be funded;").
_REQUIREMENT_FORM = stance.pattern("restatement.read_back")
#: Words that make a sentence specific to this partnership.
_SPECIFIC = stance.pattern("restatement.own_voice")
_GUIDANCE_SAYS = stance.pattern("restatement.guidance_says")

# Sections that are not evidence, by heading.
_SECTION_KIND = tuple(
    (kind, stance.pattern(f"section.{kind}")) for kind in ("contents", "links", "glossary", "checklist", "control")
)

_FURNITURE_ZONE = {
    "toc_entry": "contents",
    "running_header": "running header",
    "running_footer": "running footer",
    "page_number": "page number",
    "footnote": "footnote",
    "caption": "caption",
    "table_header": "table header row",
    "heading": "heading",
    "title": "title",
}
ZONE_WORDS = {
    "contents": "the contents page",
    "running header": "running headers",
    "running footer": "running footers",
    "page number": "page numbers",
    "footnote": "footnotes",
    "caption": "captions",
    "table header row": "a table's header row",
    "heading": "a heading only",
    "title": "the title",
    "glossary": "a glossary",
    "links": "a useful-links / references section",
    "checklist": "a checklist restating the requirements",
    "control": "document control",
    "restatement": "sentences restating the national duty",
    "historic": "sentences about earlier arrangements",
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
    #: The web page (with ``#id``) the sentence's block came from, for a web document.
    url: str | None = None


@dataclass
class Index:
    sentences: list[Sentence]
    body_blocks: int
    #: token -> ids of the sentences holding it, ascending (a list: cheaper to build than a set;
    #: :meth:`ids` gives the set the matcher intersects)
    postings: dict[str, list[int]]
    vocab: list[str]  # sorted tokens, for prefix look-ups
    #: section (heading path) -> sentence ids whose path starts with it
    headings: dict[str, list[int]]  # normalised heading text -> sentence ids under it
    original: str  # all cleaned sentences joined by "\n" (for re: terms)
    starts: list[int]  # offset of each sentence in ``original``
    cache: dict = field(default_factory=dict)
    token_sets: dict[str, set[int]] = field(default_factory=dict)
    #: lead-in sentence id -> the list items / table rows it introduces
    led_by: dict[int, list[int]] = field(default_factory=dict)

    def ids(self, token: str) -> set[int]:
        """The sentence ids holding ``token``, as a set (made on first use; most tokens of a
        document are never asked for). The set is shared: do not change it."""
        got = self.token_sets.get(token)
        if got is None:
            got = self.token_sets[token] = set(self.postings.get(token, ()))
        return got

    def heading_tokens(self) -> dict[str, set[str]]:
        """Each section heading's tokens (as :func:`tokens_of`), made on first use."""
        if "heading tokens" not in self.cache:
            self.cache["heading tokens"] = {h: tokens_of(h) for h in self.headings}
        return self.cache["heading tokens"]

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


_BULLET = re.compile("[•●▪◦■►➢✓\uf0b7\uf0a7]")  # _BULLET_SPLIT's bullets: a fast test first
#: A paragraph that opens with one of those bullets: a list the reader saw as prose (a saved page's
#: "•" lines, a PDF's bullets run together); under a lead-in it is read as that lead-in's items.
_BULLETED = re.compile(r"^\s*(?:[•●▪◦■►➢✓·*–-]|\uf0b7|\uf0a7)\s+")
#: A contents page flattened into prose ("4 About us 5 Our duties in law 6 Role of the Board 7
#: Our Vision 8"): four or more titles, each after a page number, and a number after the last.
_FLAT_CONTENTS = re.compile(r"(?:\b\d{1,3}\s+[A-Z][\w'’&,:()\- ]{2,70}?\s+){4,}\d{1,3}\b")
#: A list item written inside a paragraph: "(d) ...", "b) ...", "(iv) ...", "- ...".
_ENUMERATED = re.compile(r"^\s*(?:\([a-z]\)|[a-z]\)|\([ivx]{1,4}\)|[ivx]{1,4}\)|\(\d{1,2}\)|[-–•]\s)\s*")


def split_sentences(text: str) -> list[str]:
    out = []
    for piece in _BULLET_SPLIT.split(text) if _BULLET.search(text) else (text,):
        piece = _clean(piece)
        if not piece:
            continue
        if "." in piece or "!" in piece or "?" in piece:  # every sentence end follows one
            out.extend(s.strip() for s in _SENT_END.split(piece) if s.strip())
        else:
            out.append(piece)
    return out


#: Arrangements describing what earlier ones did ("Under the LSCB, ..."): history, not what these
#: arrangements do. A sentence that says the practice goes on ("still", "continues") is not history.
_HISTORIC = stance.pattern("history.earlier")
_STILL = stance.pattern("history.continuing")

#: A lead-in that says its list holds options or things still to settle ("Partners to be consulted on:").
_CONSULT = stance.pattern("deferral.lead_in")


def _restatement(bare: str) -> tuple[bool, bool]:
    """(states the national duty in the guidance's voice, reads a requirement back otherwise);
    a sentence in the partnership's own voice ("we", "our") does neither, unless it names the
    guidance as saying what should be done ("I read it against the guidance, which determines
    that the report should:")."""
    if _GUIDANCE_SAYS.search(bare):
        return True, False
    if _SPECIFIC.search(bare):
        return False, False
    if _DUTY_FAST.search(bare) or _PURPOSE.match(bare):
        return True, False
    modal = _MODAL_DUTY_FAST.search(bare)
    if modal and _EMBEDDED.search(bare[: modal.start()]):
        modal = None
    return False, bool(modal or _REQUIREMENT_FORM.match(bare))


def _restates(bare: str, read_back: bool = True) -> bool:
    """The national duty restated, or (``read_back``) a requirement read back. Under a lead-in
    that defers ("partners to be consulted on:"), "how agencies should be involved" is an open
    question, so the caller says ``read_back=False`` there."""
    duty, reads_back = _restatement(bare)
    return duty or (read_back and reads_back)


def restates(text: str) -> bool:
    """Whether ``text`` (a sentence as written) restates the national duty or reads a requirement
    back rather than saying what this partnership does: the test that puts a sentence in the
    "restatement" zone, for callers holding a quote rather than an indexed sentence."""
    return _restates(_NUMBERING.sub("", norm(text), count=1))


@lru_cache(maxsize=4096)
def norm_heading(text: str) -> str:
    return norm(text)


@lru_cache(maxsize=4096)
def _section_kind(path: tuple[str, ...]) -> str | None:
    for heading in path:
        h = norm_heading(heading)
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


_ENTRY_NUMBER = re.compile(r"(?<![\w.,/-])\d{1,3}(?![\w.,/%-])")
_LEADER = re.compile(r"\.{3,}|…")


def _reads_as_prose(text: str) -> bool:
    """A paragraph of sentences, not a contents entry or a run of entries: twelve words or more,
    ending as a sentence does, with no dotted leaders and at most one bare page-like number
    ("Welcome 5 Legislation 6 Arrangements for ..." is entries run together)."""
    t = text.strip()
    if len(t.split()) < 12 or not t.endswith((".", "!", "?", ":")) or _LEADER.search(t):
        return False
    return len(_ENTRY_NUMBER.findall(t)) <= 1


_INNER_SENTENCE_END = re.compile(r"[a-z)][.;]\s+[A-Z]")


def _runs_into_prose(text: str) -> bool:
    """A contents entry the body ran into (a markdown list's last item taking the next paragraph
    as its continuation, an excerpt cut mid-sentence): forty words or more, with a sentence
    ending inside and no dotted leaders - no contents entry is that long."""
    t = text.strip()
    return len(t.split()) >= 40 and bool(_INNER_SENTENCE_END.search(t)) and not _LEADER.search(t)


def _contents_ended(role: str, path: tuple[str, ...], text: str, ended: set[tuple[str, ...]]) -> bool:
    """In a contents section: prose has begun there (this paragraph or an earlier one)."""
    if role not in ("paragraph", "list_item"):
        return False
    if path in ended or (role == "paragraph" and _reads_as_prose(text)) or _runs_into_prose(text):
        ended.add(path)
        return True
    return False


def _pieces(doc: Document):
    """Each evidence-order block with its zone and cleaned sentence pieces. Page numbers are left
    out, and a running header or footer is kept once, where it first appears: repeated on every
    page, they are never evidence and say nothing new about where a concept was found."""
    furniture_seen: set[tuple[str, str]] = set()
    # a "Contents" line the reader took for a heading puts the whole document under it: once a
    # paragraph of prose appears there, the contents page has ended and the rest is body
    prose_after_contents: set[tuple[str, ...]] = set()
    for i, b, text in _join_breaks(doc.blocks):
        role = b.role
        if role == "page_number":
            continue
        if role in ("running_header", "running_footer"):
            if (role, text) in furniture_seen:
                continue
            furniture_seen.add((role, text))
        path = tuple(b.heading_path)
        zone = _FURNITURE_ZONE.get(role)
        if role == "heading":
            # a heading carries itself as the last element of its path
            path = path[:-1] if path and path[-1].strip() == b.text.strip() else path
        if zone is None:
            zone = _section_kind(path) or "body"
            if zone == "contents" and _contents_ended(role, path, text, prose_after_contents):
                zone = "body"
        if role == "table_row":
            row, dropped = _row_text(b)
            row = _clean(row)
            pieces = [row] if row else []
            if dropped:
                zone = "checklist" if zone == "body" else zone
        else:
            pieces = split_sentences(text)  # cleaned already
        yield i, b, role, path, zone, text.rstrip().endswith(":"), pieces


# from a word's start only, without giving back letters: the plain form retries inside every
# word that has no hyphen after it (four times slower)
_HYPHENATED = re.compile(r"(?<![a-z0-9])[a-z0-9]++(?:-[a-z0-9]++)+")


def tokens_of(norm_text: str) -> set[str]:
    """The tokens a matching-form text is indexed by: its words, and each hyphenated run also
    without its hyphens ("multi-agency" is found as "multiagency" too)."""
    toks = set(_TOKEN.findall(norm_text))
    if "-" in norm_text:
        toks.update(h.replace("-", "") for h in _HYPHENATED.findall(norm_text))
    return toks


#: A document with at least this many sentences has their per-sentence work shared with a
#: forked helper (see :mod:`masa_check.parallel`): below it, forking costs more than it saves.
SHARE_MIN_SENTENCES = 1500


def _sentence_facts(texts: list[str], report: bool) -> tuple[list[tuple], dict[str, list[int]]]:
    """What each cleaned sentence says on its own: (matching form, states the duty, reads a
    requirement back, tells of earlier arrangements, a cross-reference), and the token postings
    (ids local to ``texts``). It needs no neighbour, so the halves of a long document can be
    worked out in two processes."""
    facts = []
    postings: dict[str, list[int]] = {}
    for sid, (s, n) in enumerate(zip(texts, norm_many(texts), strict=True)):
        bare = _NUMBERING.sub("", n, count=1)
        duty, read_back = _restatement(bare)
        historic = not report and bool(_HISTORIC.search(bare)) and not _STILL.search(bare)
        xref = bool(_XREF_FAST.search(bare)) or (bool(URL_FAST.search(s)) and len(_URL.sub("", s).strip(" .:;-")) < 12)
        facts.append((n, duty, read_back, historic, xref))
        for tok in tokens_of(n):
            ids = postings.get(tok)
            if ids is None:
                postings[tok] = [sid]
            else:
                ids.append(sid)
    return facts, postings


def _all_sentence_facts(texts: list[str], report: bool) -> tuple[list[tuple], dict[str, list[int]]]:
    """:func:`_sentence_facts` of every sentence, by halves in two processes when there are many."""
    if len(texts) < SHARE_MIN_SENTENCES:
        return _sentence_facts(texts, report)
    from masa_check.parallel import share

    half = len(texts) // 2
    parts = (texts[:half], texts[half:])
    facts: list[tuple] = []
    postings: dict[str, list[int]] = {}
    for part_facts, part_postings in share(2, lambda k: _sentence_facts(parts[k], report)):
        offset = len(facts)
        facts.extend(part_facts)
        for tok, ids in part_postings.items():
            if offset:
                ids = [i + offset for i in ids]
            have = postings.get(tok)
            if have is None:
                postings[tok] = ids
            else:
                have.extend(ids)
    return facts, postings


@dataclass
class _Leads:
    """Which sentences introduce the next list item or table row, tracked block by block."""

    colon: tuple[int, ...] = ()  # the sentence ending ':' that introduces the list / table below
    para: tuple[int, ...] = ()  # the paragraph just before a table
    table: tuple[int, ...] = ()  # fixed at a table's first row for all its rows
    path: tuple[str, ...] = ()
    prev_role: str | None = None  # the last block that is not page furniture

    def enter(self, role: str, path: tuple[str, ...]) -> tuple[int, ...]:
        """The lead-in of a block about to be read (empty unless it is a list item or table row)."""
        if path != self.path or role in ("heading", "title"):
            self.colon = self.para = ()
        if role == "list_item":
            return self.colon
        if role == "table_row":
            if self.prev_role != "table_row":
                self.table = self.colon or self.para
            return self.table
        return ()

    def leave(self, role: str, path: tuple[str, ...], own: tuple[int, ...], last: str, furniture: bool) -> None:
        """After a block with sentence ids ``own``, the last one's matching form ``last``."""
        if role == "paragraph" and own:
            self.colon = own[-1:] if last.rstrip().endswith(":") else ()
            self.para = own[-3:]
            self.path = path
        elif role == "table_row":
            self.para = ()  # a list after a table is not introduced by the paragraph before it
        if not furniture:  # headers, footers and page numbers inside a list or table are skipped
            self.prev_role = role


def _next_lead_in(lead_in: str | None, role: str, n: str, restated: bool, block_restates: bool, report: bool):
    """What the list items after a paragraph or list item ending in ``n`` are: "restatement" (the
    lead-in restates the duty), "intent" (it defers or, in a report, plans) or None; ``restated``:
    ``n`` itself restates or reads back a requirement."""
    last = n.rstrip()
    if last.endswith(":"):
        restates = restated if last == n else _restates(_NUMBERING.sub("", last, count=1))
        if block_restates or restates:
            return "restatement"
        if (
            DEFERRAL.search(last)
            or DEFERRAL_EXTRA.search(last)
            or _CONSULT.search(last)
            or (report and FUTURE.search(last))  # a report's "In 2025/26 we will:" lists plans
        ):
            return "intent"
    return None if role == "paragraph" else lead_in


def named_body(text: str) -> bool:
    """The item names a particular body ("Kelby Council", "Fenshire Police"): the law names none,
    so a list of them under "the core members must ...:" is this board's own membership."""
    from masa_check.engine.specifics import detect

    return detect("organisation", text) is not None


def _sentence_zone(
    zone: str, role: str, lead_in: str | None, colon_restates: bool, facts: tuple, text: str
) -> tuple[str, bool]:
    """(zone, states the duty itself) of a sentence of a block in ``zone``: a body sentence that
    restates the duty, or a list item under a lead-in that does, or a sentence of a block that
    restated the duty and ends ':' (``colon_restates``), is a restatement; one that tells of
    earlier arrangements is history."""
    _, duty, read_back, historic, _ = facts
    if zone != "body":
        return zone, False
    if role == "list_item" and lead_in == "restatement" and not named_body(text):
        return "restatement", False
    if colon_restates:
        return "restatement", False
    if duty or (read_back and not (role == "list_item" and lead_in == "intent")):
        return "restatement", True
    return ("historic" if historic else zone), False


def _finish(sentences: list[Sentence], body_blocks: int, postings: dict[str, list[int]]) -> Index:
    """The index over the zoned sentences: headings, the joined text and the lead-in links."""
    headings: dict[str, list[int]] = defaultdict(list)
    for sid, s in enumerate(sentences):
        for h in s.path:
            headings[norm_heading(h)].append(sid)
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
    index = Index(sentences, body_blocks, postings, sorted(postings), dict(headings), original, starts)
    index.led_by = dict(led_by)
    return index


def build_index(doc: Document) -> Index:
    report = doc.kind in REPORT_KINDS
    sentences: list[Sentence] = []
    body_blocks = 0
    lead_in: str | None = None  # list items after a lead-in that restates the duty / defers
    leads = _Leads()
    blocks = list(_pieces(doc))
    all_facts, postings = _all_sentence_facts([s for *_, cleaned in blocks for s in cleaned], report)
    facts = iter(all_facts)
    for i, b, role, path, zone, ends_colon, cleaned in blocks:
        block_restates = False
        item_role = "list_item" if role == "paragraph" and _BULLETED.match(b.text) else role
        if role in ("table_row", "heading", "title"):
            lead_in = None
        lead = leads.enter(item_role, path)
        first_sid = len(sentences)
        if zone == "body":
            body_blocks += 1
        n = ""
        duty = read_back = False
        in_block_list = False  # items written as lines of one paragraph after a restating lead-in
        for k, s in enumerate(cleaned):
            fact = next(facts)
            n, duty, read_back, _, xref = fact
            # only the lead-in itself (the block's last sentence, ending ':') follows a restatement
            # before it: "The CDOP reviews the deaths of children living in X" between the duty
            # restated and "Its purpose is to:" is this panel's own fact
            lead_in_sentence = ends_colon and k == len(cleaned) - 1
            z, restates = _sentence_zone(zone, item_role, lead_in, block_restates and lead_in_sentence, fact, s)
            if z == "body" and _FLAT_CONTENTS.search(s):
                z = "contents"  # a contents page flattened into one line: titles and page numbers
            if z == "body" and in_block_list and _ENUMERATED.match(s):
                z = "restatement"  # "(d) ..." under "must publish a report on:" in the same block
            in_block_list = z == "restatement" and (in_block_list or ":" in s) and zone == "body"
            block_restates = block_restates or restates
            intent = zone == "body" and item_role == "list_item" and lead_in == "intent"
            sentences.append(Sentence(s, n, b.page, path, z, role, i, xref, intent, lead, b.url))
        furniture = role in _FURNITURE_ZONE and role not in ("heading", "title")
        leads.leave(item_role, path, tuple(range(first_sid, len(sentences))), n, furniture)
        if cleaned and role in ("paragraph", "list_item"):
            lead_in = _next_lead_in(lead_in, item_role, n, duty or read_back, block_restates, report)
    return _finish(sentences, body_blocks, postings)


def get_index(doc: Document) -> Index:
    """The document's sentence index, built once and kept on the document."""
    key = (id(doc.blocks), len(doc.blocks))
    cached = doc.__dict__.get("_masa_text_index")
    if cached is not None and cached[0] == key:
        return cached[1]
    index = build_index(doc)
    doc.__dict__["_masa_text_index"] = (key, index)
    return index
