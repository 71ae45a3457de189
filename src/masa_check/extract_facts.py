"""The structured facts ``extract`` drafts: partner bodies by type, and funding-table lines.

Names come from the engine's organisation detector (``engine.specifics``), then are checked, not
trusted: a name that runs two bodies together ("<Place> Police Clinical Commissioning Group", a
list of members with the commas lost) is cut at the inner body word, and what is left is kept
only when it still names a place; the same body written twice ("<Place> Clinical Commissioning
Group", "<Place> CCG") is one partner. A funding table is read column group by column group, so a
table with a children's and an adults' column gives each contributor once, not once a column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from masa_check.document import Document
from masa_check.engine import specifics
from masa_check.engine.qualifiers import NEGATION
from masa_check.engine.text_index import get_index

#: Partner type -> the words that end a body's name of that type (a name's last words).
_TYPE_ENDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "local_authorities": (("council",),),
    "icbs": (("integrated", "care", "board"), ("clinical", "commissioning", "group"), ("icb",), ("ccg",)),
    "police": (("police",), ("constabulary",)),
}
#: "Council of <Place>", "Police for <Place>": the type word first.
_TYPE_STARTS = {
    "council": "local_authorities",
    "city": "local_authorities",
    "borough": "local_authorities",
    "county": "local_authorities",
    "royal": "local_authorities",
    "london": "local_authorities",
    "police": "police",
    "office": "police",
}
#: Words that end some body's name: one inside a name means two bodies run together.
_BODY_WORDS = frozenset(
    [
        "council",
        "police",
        "constabulary",
        "icb",
        "ccg",
        "trust",
        "board",
        "group",
        "partnership",
        "service",
        "authority",
    ]
)
#: Words of a name's type, not its place ("Dudley" is the place of "Dudley Metropolitan Borough
#: Council"); ``extract`` drops a group named by them alone.
GENERIC_WORDS = _GENERIC = frozenset(
    [
        "council",
        "county",
        "city",
        "borough",
        "district",
        "metropolitan",
        "unitary",
        "integrated",
        "care",
        "board",
        "clinical",
        "commissioning",
        "group",
        "ccg",
        "icb",
        "nhs",
        "police",
        "constabulary",
        "of",
        "and",
        "the",
        "&",
        "royal",
        "london",
        "for",
        "office",
        "upon",
        "on",
        "in",
        "local",
        "authority",
    ]
)
#: Words that begin a post or a heading, never a body's name: cut the name after the last of them.
_LEAD_WORDS = frozenset(
    [
        "leader",
        "mayor",
        "cabinet",
        "councillor",
        "cllr",
        "head",
        "area",
        "division",
        "behalf",
        "by",
        "with",
        "from",
        "chief",
        "nurse",
        "executive",
        "officer",
        "director",
        "constable",
        "commander",
        "partner",
        "partners",
        "member",
        "members",
        "membership",
        "statutory",
        "key",
        "representative",
        "local",
        "authority",
        "accountable",
        "lead",
        "delegated",
        "safeguarding",
        "children",
        "adults",
        "signed",
        "our",
        "their",
        "its",
        "this",
        "these",
        "each",
        "all",
        "both",
        "three",
    ]
)
#: Bodies that end like a council or board but are no partner ("Local Safeguarding Children Board").
_NOT_PARTNER = re.compile(r"(?i)\b(?:safeguarding|working together|health and well-?being|community safety)\b")


@dataclass
class Found:
    """A value the draft fills, with the sentence (or evidence) it came from."""

    value: Any
    source: Any = None
    #: What the user should know when checking it (e.g. "the sum of 2 columns: 111,000 + 16,700").
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _type_of(words: list[str]) -> str | None:
    low = [w.lower().strip(".,'") for w in words]
    for kind, ends in _TYPE_ENDS.items():
        if any(tuple(low[-len(e) :]) == e for e in ends):
            return kind
    if len(low) > 2 and low[1] in ("of", "for") and low[0] in _TYPE_STARTS:
        return _TYPE_STARTS[low[0]]
    return None


def _place(words: list[str]) -> list[str]:
    return [w for w in words if w.lower().strip(".,'") not in _GENERIC]


def _split_glued(name: str) -> list[str]:
    """``name`` cut at any body word inside it: "X Police Y Clinical Commissioning Group" ->
    ["X Police", "Y Clinical Commissioning Group"] (parts left without a place are dropped later)."""
    words = name.split()
    parts: list[str] = []
    start = 0
    for i, w in enumerate(words[:-1]):
        low = w.lower()
        nxt = words[i + 1].lower()
        if low in ("and", "&") and nxt == "the" and i > start:  # "X Director of Public Health and the ICB"
            parts.append(" ".join(words[start:i]))
            start = i + 2
            continue
        # "Council of X" and "Police for X" put the body word first; "Care Board" ends an ICB
        # "Police and Crime Commissioner", "Fire and Rescue" are one name; "X Police and the Y ICB" two
        one_name = nxt in ("of", "for") or nxt in ("and", "&") and words[i + 2 : i + 3] in (["Crime"], ["Rescue"])
        if low in _BODY_WORDS and not one_name and i + 1 > start:
            head = words[start : i + 1]
            if _type_of(head) or low in _BODY_WORDS:
                parts.append(" ".join(head))
                start = i + 1
    parts.append(" ".join(words[start:]))
    return parts


def _trim_lead(words: list[str]) -> list[str]:
    """Drop the post or heading words running into a name ("Chief Nurse for Dudley CCG")."""
    cut = 0
    for i, w in enumerate(words[:-1]):
        if w.lower().strip(".,'") in _LEAD_WORDS and not (i and words[i - 1].lower() in _TYPE_STARTS):
            cut = i + 1
    words = words[cut:]
    while words and words[0].lower() in ("of", "and", "the", "for", "on", "&"):
        words = words[1:]
    return words


def is_place_name(value: str) -> bool:
    """Whether ``value`` names a local authority area: a place word, and not a health body or a
    police force ("footprint of NHS X Integrated Care Board" names no council area)."""
    words = value.split()
    kind = _type_of(words)
    return bool(_place(words)) and kind in (None, "local_authorities") and words[0] != "NHS"


def body_key(name: str) -> str:
    """The place words of a body's name: one key for "X Clinical Commissioning Group" and "X CCG"."""
    return " ".join(w.lower() for w in _place(name.split()))


def partner_names(text: str) -> list[tuple[str, str]]:
    """(partner type, name) of each statutory partner body named in ``text``."""
    out: list[tuple[str, str]] = []
    for raw in specifics.values("organisation", text):
        for part in _split_glued(raw):
            words = _trim_lead(part.split())
            kind = _type_of(words)
            if kind is None or not _place(words):
                continue  # a Trust or Fire Service, or a type with no place left: not a partner
            name = " ".join(words)
            if _NOT_PARTNER.search(name):
                continue
            out.append((kind, name))
    return out


def organisations(doc: Document, limit: int = 6) -> dict[str, list[Found]]:
    """Partner bodies by type, each the first time it is named in a body sentence."""
    index = get_index(doc)
    found: dict[str, dict[str, Found]] = {k: {} for k in _TYPE_ENDS}
    for s in index.sentences:
        # "X Police is not a child death review partner": a body named only to be ruled out
        if s.zone not in ("body", "heading", "title") or NEGATION.search(s.norm):
            continue
        for kind, name in partner_names(s.text):
            key = body_key(name)
            if key and key not in found[kind] and len(found[kind]) < limit:
                found[kind][key] = Found(name, s)
    return {k: list(v.values()) for k, v in found.items()}


# ---------------------------------------------------------------------------------------------
# Funding tables

_FUNDING_HEADING = re.compile(r"(?i)fund|budget|financ|resourc|contribution|costs?\b")
_CONTRIBUTION = re.compile(r"(?i)^\s*(?:what (?:it|they) )?contribut\w*\s*$")


def _funding_row(index: Any, s: Any) -> bool:
    """A table row of a funding table: under a funding heading, or introduced by a sentence
    about the budget ("The budget for the year was made up as follows:")."""
    if any(_FUNDING_HEADING.search(h) for h in s.path):
        return True
    return any(_FUNDING_HEADING.search(index.sentences[k].text) for k in s.lead)


_TOTAL = re.compile(r"(?i)^\s*(?:sub-?)?totals?\b|\bgrand total\b")


def _amount(text: str) -> float | None:
    """The money amount ``text`` is, when it is nothing but one ("£180,000", "111,000", "£1.2m")."""
    found = specifics.values("money", text)
    if len(found) != 1 or re.search(r"[A-Za-z]{3,}", text.replace(found[0], "")):
        return None
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|bn)?", found[0], re.I)
    if not m:
        return None
    value = float(m.group(1).replace(",", ""))
    unit = (m.group(2) or "").lower()
    return value * {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9}.get(unit, 1)


def _share(text: str) -> str | None:
    """The share ``text`` is, when it is nothing but one ("40%", "a third")."""
    found = specifics.values("share", text)
    if len(found) == 1 and not re.search(r"[A-Za-z]{3,}", text.replace(found[0], "")):
        return found[0]
    return None


def _row_pairs(cells: list[str]) -> list[tuple[int, str, float, str, str | None]]:
    """(column group, partner, amount, amount as written, share) across one table row: a share
    cell ("40%") after an amount belongs to it."""
    pairs: list[tuple[int, str, float, str, str | None]] = []
    name = None
    for cell in cells:
        amount = _amount(cell)
        if amount is None:
            share = _share(cell)
            if share and pairs and name is None and pairs[-1][4] is None:
                pairs[-1] = (*pairs[-1][:4], share)
                continue
            name = cell.strip()
            continue
        if name and amount and not _TOTAL.search(name):
            pairs.append((len(pairs), name, amount, cell.strip(), None))
        name = None
    return pairs


def funding_lines(doc: Document) -> list[Found]:
    """One line per contributor in the funding tables, its amounts summed over the table's column
    groups (a children's and an adults' column), each part named in the note."""
    index = get_index(doc)
    lines: dict[str, Found] = {}
    for s in index.sentences:
        if s.zone != "body" or s.role != "table_row" or not _funding_row(index, s):
            continue
        cells = [c for c in (doc.blocks[s.block].cells or ()) if c and c.strip()]
        for group, name, amount, written, share in _row_pairs(cells):
            key = " ".join(name.lower().split())  # the same contributor written the same way
            line = lines.get(key)
            if line is None:
                value = {"partner": name, "amount": amount, **({"share": share} if share else {})}
                lines[key] = Found(value, s, extra={"parts": [(group, written, s)]})
                continue
            parts = line.extra["parts"]
            if any(g == group and w == written for g, w, _ in parts):
                continue  # the same cell read twice (a table split across pages, repeated)
            parts.append((group, written, s))
            line.value["amount"] += amount
    for line in lines.values():
        parts = line.extra["parts"]
        if len(parts) > 1:
            pages = sorted({f"p.{p.page}" for _, _, p in parts if p.page})
            line.note = f"the sum of {len(parts)} amounts in the table: " + " + ".join(w for _, w, _ in parts)
            if pages:
                line.note += f" ({', '.join(pages)})"
    return list(lines.values())


def funding_period(doc: Document) -> Found | None:
    """The period the funding is for: a year or span named in the funding section, else near a
    budget; a named year is preferred to a word such as "annual"."""
    index = get_index(doc)
    loose: Found | None = None
    for s in index.sentences:
        if s.zone != "body":
            continue
        in_section = any(_FUNDING_HEADING.search(h) for h in s.path)
        if not in_section and not re.search(r"\b(?:fund|budget)", s.norm):
            continue
        for value in specifics.values("period", s.text):
            if re.search(r"\d", value):
                return Found(value, s)
            if loose is None and in_section:
                loose = Found(value, s)
    return loose


def contributions(doc: Document) -> dict[tuple[str, str], Found]:
    """What each partner contributes, from a table with a partner column and a column headed
    "Contribution" holding words (not an amount): (partner type, body key) -> the cell."""
    index = get_index(doc)
    out: dict[tuple[str, str], Found] = {}
    for s in index.sentences:
        block = doc.blocks[s.block]
        if s.zone != "body" or s.role != "table_row" or not block.cells or not block.header_cells:
            continue
        if len(block.cells) != len(block.header_cells):
            continue
        named = [(kind, body_key(n)) for c in block.cells for kind, n in partner_names(c)]
        for head, cell in zip(block.header_cells, block.cells, strict=True):
            if named and _CONTRIBUTION.match(head or "") and cell.strip() and _amount(cell) is None:
                out.setdefault(named[0], Found(cell.strip(), s))
    return out


# ---------------------------------------------------------------------------------------------
# The partners' lead and delegated safeguarding partners

_LEAD_CUE = re.compile(r"(?i)\blead safeguarding partners?\b|\blsps?\b")
_DELEGATE_CUE = re.compile(r"(?i)\bdelegated? (?:safeguarding )?partners?\b|\bdsps?\b|\bdelegated?\b")

_DELEGATED_TO = re.compile(r"(?i)\bdelegat\w*\b[^.;:]{0,60}\bto\b")


def _cue(text: str) -> str | None:
    lead, delegate = bool(_LEAD_CUE.search(text)), bool(_DELEGATE_CUE.search(text))
    if lead and delegate:  # "each lead partner has delegated their functions to:" introduces delegates
        return "delegate" if _DELEGATED_TO.search(text) else None
    return "lead" if lead else "delegate" if delegate else None


def _which(cues: list[str]) -> str | None:
    """ "lead" or "delegate" by what the nearest text calls the post (the sentence, its heading,
    the lead-in of its list); None when none says (a chief executive named as a report's reader
    is no lead safeguarding partner)."""
    for text in cues:
        found = _cue(text)
        if found:
            return found
    return None


def partner_people(doc: Document, orgs: dict[str, list[Found]]) -> dict[tuple[str, int, str], Found]:
    """(partner type, its position in ``orgs``, "lead" | "delegate") -> {name, role} for each
    sentence or table row that names one partner body with a post, and says (or the list it is
    in says) which of the two the post is. A sentence naming two bodies is left alone: which
    post is whose cannot be told."""
    index = get_index(doc)
    keys = {(kind, body_key(f.value)): i for kind, found in orgs.items() for i, f in enumerate(found)}
    out: dict[tuple[str, int, str], Found] = {}
    for s in index.sentences:
        if s.zone != "body":
            continue
        named = {(kind, body_key(n)) for kind, n in partner_names(s.text)}
        roles = specifics.values("role", s.text)
        if len(named) != 1 or not roles:
            continue
        at = keys.get(next(iter(named)))
        if at is None:
            continue
        role = roles[0].strip()
        which = _which([s.text, *s.path[::-1], *(index.sentences[k].text for k in s.lead)])
        if which is None:
            continue
        person = specifics.values("person", s.text)
        value = {"role": role[:1].upper() + role[1:]}
        if person:
            value = {"name": person[0], **value}
        out.setdefault((next(iter(named))[0], at, which), Found(value, s))
    return out
