"""``masa-check extract``: a draft declared YAML of the document's own kind, every value with its evidence.

A business manager checks the draft against the document, so it must be easy to check and never
guess:

- **values, not sentences**: a field that names something (an organisation, a role, a frequency,
  a period, a date, a web address, a group) gets what the engine's slot detectors
  (``engine.specifics``) find in its evidence; a field for the partnership's own words ("how",
  "why") gets the sentence, and one sentence fills one such field only;
- **nothing guessed**: a field the kind's rules ask for that the document does not evidence is
  written empty with ``# not found: <why>``; a sentence restating the national duty
  (``engine.text_index.restates``) is no evidence of local arrangements and fills nothing;
- **its own kind**: a yearly report drafts a yearly report (``declared.schema.MODELS``);
- **checkable**: every value carries a comment with its page (or web page), heading and quote.

The draft always validates against the declared model of its kind.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, get_args, get_origin

from masa_check.document import Document
from masa_check.engine import specifics
from masa_check.engine.matcher import context, match_facet
from masa_check.engine.states import MET
from masa_check.engine.text_index import Index, get_index, restates
from masa_check.extract_facts import (
    GENERIC_WORDS,
    body_key,
    contributions,
    funding_lines,
    funding_period,
    is_place_name,
    organisations,
    partner_people,
)
from masa_check.extract_yaml import NotFound, comment, emit, q
from masa_check.safe_text import visible

__all__ = ["draft_for", "extract_declared", "write_extract"]

_comment = comment  # older imports (tests) name them here
_q = q

_PARTNERSHIP = re.compile(
    r"\b[A-Z][A-Za-z&'.-]+(?: (?:and |& )?[A-Z][A-Za-z&'.-]+)* Safeguarding (?:Children |People |Adults? )?"
    r"(?:Partnership|Board)\b"
)
#: The one placeholder a draft may hold: the schema refuses it until the user names the partnership.
NAME_PLACEHOLDER = "TODO: partnership name"
_LEADING = re.compile(r"^(?:The|Our|On behalf(?: of)?|Of|And|For|By|With|From|Behalf)\s+")

#: Fields that name something: (slot type of ``engine.specifics``, "one" value or "all" of them).
#: Every other free-text field holds the partnership's own words (the evidence sentence).
VALUE_FIELDS: dict[str, tuple[str, str]] = {
    "partnership.website": ("url_or_place", "one"),
    "governance.strategic_group": ("named_group", "one"),
    "governance.meeting_frequency": ("frequency", "one"),
    "governance.subgroups": ("named_group", "all"),
    "chair.name": ("person", "one"),
    "chair.role": ("role", "one"),
    "scrutiny.scrutineer": ("person|role", "one"),
    "data.frequency": ("frequency", "one"),
    "threshold.url": ("url_or_place", "one"),
    "annual_report.published_at": ("url_or_place", "one"),
    "published_at": ("url_or_place", "one"),
    "report.published_at": ("url_or_place", "one"),
    "report.interval": ("frequency", "one"),
    "funding.period": ("period", "one"),
    "cdop.name": ("named_group", "one"),
    "cdop.footprint": ("local_authority", "all"),
    "area.local_authorities": ("local_authority", "all"),
    "sign_off.signatories": ("role", "all"),
    "cdop.deaths_per_year": ("count", "one"),
    "education.settings": ("agencies", "all"),
    "relevant_agencies": ("agencies", "all"),
    "strategic_links": ("named_group", "all"),
    "sign_off.date": ("date", "one"),
    "adult_principles.principles": ("principles", "all"),
}
#: Lists of items described together ("the relevant agencies were chosen because ..."): a sentence
#: about them all fills that field of each item.
ITEM_LISTS = frozenset(
    {"relevant_agencies", "strategic_links", "partners.local_authorities", "partners.icbs", "partners.police"}
)
_ITEM_PATH = re.compile(r"^([a-z_.]+)\[\*\]\.([a-z_]+)$")
#: Value fields read from the same sentence as another: the sentence naming the strategic group
#: often says how often it meets; the one naming the chair, the chair's post.
COMPANIONS: dict[str, tuple[str, ...]] = {
    "governance.strategic_group": ("governance.meeting_frequency",),
    "chair.name": ("chair.role",),
    "chair.role": ("chair.name",),
    "data.reviewed_by": ("data.frequency",),
}
#: List fields whose items are descriptions in the document's words (one sentence, one item).
WORD_LISTS = frozenset({"voice.mechanisms", "learning.key_decisions", "sars.ongoing"})
#: Slot types whose values start at the first capital ("covering the Borough of X" -> "Borough of X").
_CAPITALISED = frozenset({"local_authority", "named_group"})
_STATES = {
    "missing": "nothing in the document meets it",
    "intent": "stated only as intent",
    "referenced": "only a cross-reference",
    "negated": "stated as not in place",
    "ambiguous": "stated as in place and as not in place",
}


@dataclass
class Draft:
    """The draft being filled: values, their evidence, fields left empty and why."""

    model: Any
    data: dict[str, Any] = field(default_factory=dict)
    notes: dict[str, tuple[Any, str]] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)
    used_sentences: set[str] = field(default_factory=set)

    def set(self, path: str, value: Any, source: Any = None, note: str = "") -> None:
        parts = path.split(".")
        target = self.data
        for p in parts[:-1]:
            target = target.setdefault(p, {})
        if parts[-1] not in target:
            target[parts[-1]] = value
            self.notes[path] = (source, note)
            if isinstance(value, list) and source is not None:
                for i in range(len(value)):
                    self.notes.setdefault(f"{path}[{i}]", (source, note))
            self.missing.pop(path, None)

    def has(self, path: str) -> bool:
        target: Any = self.data
        for p in path.split("."):
            if not isinstance(target, dict) or p not in target:
                return False
            target = target[p]
        return True


# ---------------------------------------------------------------------------------------------
# The model's fields


def _field(model: Any, path: str) -> Any:
    """The annotation of ``path`` (dots only) in ``model``, or None when there is no such field."""
    ann: Any = None
    for part in path.split("."):
        fields = getattr(model, "model_fields", None)
        if not fields or part not in fields:
            return None
        ann = fields[part].annotation
        model = next((a for a in [*get_args(ann), ann] if hasattr(a, "model_fields")), None)
    return ann


def _base(ann: Any) -> Any:
    args = [a for a in get_args(ann) if a is not type(None)]
    return args[0] if get_origin(ann) is not list and len(args) == 1 else ann


def _is_list(ann: Any) -> bool:
    return get_origin(_base(ann)) is list or get_origin(ann) is list


# ---------------------------------------------------------------------------------------------
# Values from the evidence


def _clean(kind: str, value: str) -> str:
    value = value.strip(" ,.;:()")
    if kind in _CAPITALISED:
        m = re.search(r"\b[A-Z]", value)
        value = value[m.start() :] if m else ""
    prev = None
    while prev != value:
        prev, value = value, _LEADING.sub("", value)
    return value


_JOINED_BEFORE = re.compile(r"(?:[A-Z][\w'-]*\s+)*(?:[A-Z][\w'-]*\s+(?:and|&|of|for)\s+)+$")


def _whole_name(value: str, text: str) -> str:
    """A group's name with the words joined by "and" before it ("Health and Wellbeing Board",
    where the detector, reading capitalised words, stops at "and")."""
    at = text.find(value)
    m = _JOINED_BEFORE.search(text[:at]) if at > 0 else None
    return _clean("named_group", m.group(0) + value) if m else value


def _found(kind: str, text: str) -> list[str]:
    found = [v for v in (_clean(kind, x) for x in specifics.values(kind, text)) if len(v) > 1]
    if kind == "named_group":  # a group's name, not the word "board" nor a body's type alone
        found = [_whole_name(v, text) for v in found if any(w.lower() not in GENERIC_WORDS for w in v.split()[:-1])]
    elif kind == "local_authority":
        found = [v for v in found if is_place_name(v)]
    elif kind == "role":
        found = [v[:1].upper() + v[1:] for v in found]
    elif kind == "url_or_place":  # an address before a description of a place ("our website")
        found.sort(key=lambda v: 0 if re.search(r"(?i)^(?:https?://|www\.)|\.uk\b", v) else 1)
    return found


def _values(slot: str, texts: list[str], gather: bool = False) -> tuple[str, list[tuple[str, int]]]:
    """(slot type, [(value, which text)]) of the first type of ``slot`` in the first text holding
    one; ``gather``: the distinct values of every text (a list written one item a line)."""
    for kind in specifics.parse_slot(slot):
        values: dict[str, tuple[str, int]] = {}  # key -> (the value as first written, which text)
        for n, text in enumerate(texts):
            found = _found(kind, text)
            for v in found:
                values.setdefault(v.lower() if gather else v, (v, n))
            if found and not gather:
                break
        if values:
            return kind, list(values.values())
    return "", []


def _typed(kind: str, value: str) -> Any:
    if kind == "date":
        from masa_check.sources.doc_facts import parse_date

        return parse_date(value)
    if kind == "count":
        digits = re.sub(r"[^\d]", "", value)
        return int(digits) if digits else None
    return value


def _value_for(path: str, texts: list[str]) -> tuple[Any, list[int]]:
    """(the value of ``path`` from ``texts``, which text each item or the value came from)."""
    slot, many = VALUE_FIELDS[path]
    kind, found = _values(slot, texts, gather=many == "all")
    if not found:
        return None, []
    found = found[:12]
    where = [n for _, n in found]
    if path == "relevant_agencies":  # Schedule categories, not named bodies
        return [{"name": v, "category": True} for v, _ in found], where
    if path == "sign_off.signatories":
        return [{"role": v[:1].upper() + v[1:]} for v, _ in found[:6]], where[:6]
    if path == "strategic_links":
        return [{"name": v} for v, _ in found[:8]], where[:8]
    if many == "all":
        return [v for v, _ in found], where
    if kind in ("date", "count"):  # the first that reads as one ("2024/25" is a period, not a date)
        _, every = _values(slot, texts, gather=True)
        typed = [(_typed(kind, v), n) for v, n in every]
        return next(((t, [n]) for t, n in typed if t is not None), (None, []))
    return _typed(kind, found[0][0]), where[:1]


# ---------------------------------------------------------------------------------------------
# Filling fields from the rules' facets


def _sentence_ids(index: Index) -> dict[str, int]:
    ids: dict[str, int] = {}
    for sid, s in enumerate(index.sentences):
        ids.setdefault(s.text if len(s.text) <= 400 else s.text[:397] + "...", sid)
    return ids


def _near(index: Index, sid: int, whole_section: bool = False) -> list[int]:
    """The evidence sentence, the list items or table rows it introduces, then its neighbours in
    the same section (where the engine looks for a facet's specifics); ``whole_section``: then
    the rest of the section's body, for a list written one item a sentence."""
    led = index.led_by.get(sid, [])[:12]
    near = [sid, *led, *context(index, sid)]
    if whole_section:
        path = index.sentences[sid].path
        near += [k for k, t in enumerate(index.sentences) if t.path == path and t.zone == "body"][:40]
    return list(dict.fromkeys(near))


def _facet_paths(draft: Draft, facet: Any) -> list[str]:
    """The declared fields a facet can be met by that a draft can fill (lists by their own path,
    a field of every item of a list described together as ``list[*].field``)."""
    paths = []
    for check in facet.declared:
        path = check.path.split("[*]")[0] if check.path.endswith("[*]") else check.path
        if check.check not in ("present", "min_items", "matches", "all_present"):
            continue
        item = _ITEM_PATH.match(path)
        if item and item.group(1) in ITEM_LISTS or "[" not in path and _field(draft.model, path) is not None:
            paths.append(path)
    return list(dict.fromkeys(paths))


def _items_of(draft: Draft, path: str) -> tuple[list, str]:
    m = _ITEM_PATH.match(path)
    target: Any = draft.data
    for part in m.group(1).split("."):
        target = target.get(part) if isinstance(target, dict) else None
    return (target if isinstance(target, list) else []), m.group(2)


#: Lists whose items are each described where they are named (a link with another partnership),
#: not together (the relevant agencies, chosen for one reason).
_EACH_OWN = frozenset({"strategic_links"})


def _fill_items(draft: Draft, path: str, s: Any) -> str | None:
    """The sentence ``s`` as ``field`` of every item of the list (``list[*].field``); for a list
    whose items are described one by one, the sentence that names each item, when it does."""
    items, sub = _items_of(draft, path)
    if not items:
        return "no items to describe"
    base = path.split("[*]")[0]
    filled = 0
    for i, item in enumerate(items):
        if not isinstance(item, dict) or sub in item:
            continue
        source, note = s, "said of them all" if len(items) > 1 else ""
        if base.startswith("partners."):  # what one body gave: the body the sentence names, or the only one
            if len(items) > 1 and item.get("name", "") not in s.text:
                continue
            note = ""
        elif base in _EACH_OWN:
            named = draft.notes.get(f"{base}[{i}]", (None, ""))[0]
            source = next((t for t in (named, s) if t is not None and item.get("name", "") in t.text), None)
            note = ""
            if source is None:
                continue
        item[sub] = source.text
        draft.notes[f"{base}[{i}].{sub}"] = (source, note)
        filled += 1
    if not filled:
        return f"its evidence ({_loc(s)}) names none of them"
    draft.used_sentences.add(s.text)
    return None


def _fill_one(draft: Draft, path: str, index: Index, sid: int) -> str | None:
    """Fill ``path`` from sentence ``sid``; None when done, else why it could not be."""
    s = index.sentences[sid]
    ann = _field(draft.model, path)
    if path in VALUE_FIELDS:
        slot, many = VALUE_FIELDS[path]
        if slot == "named_group" and many == "one" and s.path:
            # a section headed by the group's name is about that group; a group its sentence
            # names in passing ("accountable to the X Board") may be another one
            _, named = _values(slot, [s.path[-1]])
            if named:
                draft.set(path, named[0][0], s, "the heading of its section")
                _companions(draft, path, s)
                return None
        near = _near(index, sid, whole_section=many == "all")
        value, where = _value_for(path, [index.sentences[k].text for k in near])
        if value is None or value == []:
            return f"the evidence ({_loc(s)}) does not give {specifics.describe(slot)}"
        source = index.sentences[near[where[0]]]
        draft.set(path, value, source)
        if isinstance(value, list):  # each item with the sentence it came from
            for i, n in enumerate(where):
                draft.notes[f"{path}[{i}]"] = (index.sentences[near[n]], "")
        _companions(draft, path, source)
        return None
    if s.text in draft.used_sentences:
        return f"its evidence ({_loc(s)}) already fills another field"
    if "[*]" in path:
        return _fill_items(draft, path, s)
    if path in WORD_LISTS:  # the items a lead-in introduces, else the sentence as one item
        led = [index.sentences[k] for k in index.led_by.get(sid, [])[:12]]
        draft.set(path, [t.text for t in led] or [s.text], s)
        for i, t in enumerate(led):
            draft.notes[f"{path}[{i}]"] = (t, "")
    elif _base(ann) is str:
        draft.set(path, s.text, s)
    else:
        return "not a field a sentence can fill: fill it in from the document"
    draft.used_sentences.add(s.text)
    _companions(draft, path, s)
    return None


def _companions(draft: Draft, path: str, s: Any) -> None:
    """The value fields that the same sentence also fills (only that sentence, never a neighbour)."""
    for other in COMPANIONS.get(path, ()):
        if other in VALUE_FIELDS and not draft.has(other) and _field(draft.model, other) is not None:
            value, _ = _value_for(other, [s.text])
            if value not in (None, []):
                draft.set(other, value, s)


def _loc(s: Any) -> str:
    return f"p.{s.page}" if s.page else (s.url or "the document")


def _fill_facet(draft: Draft, doc: Document, index: Index, ids: dict[str, int], rule: Any, facet: Any) -> None:
    paths = _facet_paths(draft, facet)
    if not paths or any(draft.has(p) for p in paths):
        return
    # the engine's own verdict on the facet (topic, specifics, stance), as validate reads it
    outcome = match_facet(doc, facet, tuple(f for f in rule.facets if f is not facet))
    if outcome.state != MET:
        why = f"{facet.name}: {_STATES.get(outcome.state, outcome.state)}"
        if outcome.evidence:  # what there is, for the user to judge
            ev = outcome.evidence[0]
            quote = (ev.quote or "")[:90] + ("..." if len(ev.quote or "") > 90 else "")
            why += f' ({"p." + str(ev.page) if ev.page else ev.url or "the document"}: "{quote}")'
        for p in paths:
            draft.missing.setdefault(p, why)
        return
    sids = [ids[e.quote] for e in outcome.evidence if e.quote in ids]
    local = [sid for sid in sids if not restates(index.sentences[sid].text)]
    if not local:
        for p in paths:
            draft.missing.setdefault(p, f"{facet.name}: only the national duty restated")
        return
    why = ""
    for sid in local:
        for p in paths:
            reason = _fill_one(draft, p, index, sid)
            if reason is None:
                filled = p
                for other in paths:
                    if other != filled and not draft.has(other):
                        draft.missing.setdefault(other, f"separately; the same evidence fills {filled}")
                return
            why = why or reason
    for p in paths:
        draft.missing.setdefault(p, why)


def _rule_fields(draft: Draft, doc: Document, kind: str) -> None:
    from masa_check.engine.packs import Registry

    try:
        registry = Registry.load()
    except Exception:  # noqa: BLE001 - the structured facts still make a draft
        return
    from masa_check.engine.selection import default_packs

    index = get_index(doc)
    ids = _sentence_ids(index)
    # the packs validate runs on this document, its own first: their fields are the ones it needs
    chosen = [p for p in default_packs(doc)[0] if p in registry.packs]
    for pack in (registry.packs[p] for p in chosen):
        if kind not in pack.applies_to.kinds:
            continue
        for rule in pack.rules:
            for facet in rule.facets:
                if facet.text is not None:
                    _fill_facet(draft, doc, index, ids, rule, facet)
                else:
                    for p in _facet_paths(draft, facet):
                        if not draft.has(p):
                            draft.missing.setdefault(p, "a fact of the document, not of its text")


# ---------------------------------------------------------------------------------------------
# The structured facts


def _partnership(draft: Draft, doc: Document, index: Index) -> str:
    name, source = None, None
    for s in index.sentences:
        if s.zone in ("title", "heading", "body"):
            for m in _PARTNERSHIP.finditer(s.text):
                found = _clean("named_group", m.group(0))
                if not found.startswith("Safeguarding"):  # a partnership's name starts with its place
                    name, source = found, s
                    break
            if name:
                break
    if name is None:
        name = NAME_PLACEHOLDER
        draft.notes["partnership.name"] = (None, "not found: the document names no partnership by its place")
    draft.set("partnership.name", name, source)
    cohort_field = _field(draft.model, "partnership.cohort")
    if doc.cohort in get_args(cohort_field) if cohort_field is not None else ():
        draft.set("partnership.cohort", doc.cohort)
    return name


def _fact_source(doc: Document, name: str) -> Any:
    """Where a fact of the document was read (``doc.facts["evidence"]``): the block it came from,
    with its page and heading, else the text alone."""
    text = ((doc.facts or {}).get("evidence") or {}).get(name)
    if not text:
        return None
    for b in doc.blocks:
        if b.text == text or b.text.startswith(text):
            return _Quote(text, b.page, b.heading_path, b.url)
    return _Quote(text)


def _document_facts(draft: Draft, doc: Document) -> None:
    facts = {"published": doc.date, "review_date": getattr(doc, "review_date", None)}
    for key, value in facts.items():
        if _field(draft.model, key) is None:
            continue
        if value:
            draft.set(key, value.isoformat(), _fact_source(doc, "date" if key == "published" else key))
        else:
            draft.missing[key] = "no date found on the cover or in the text"
    if _field(draft.model, "guidance") is not None:
        if doc.guidance in ("wt2018", "wt2023", "wt2026"):
            note = "the Working Together edition the document cites"
            draft.set("guidance", doc.guidance, _fact_source(doc, "guidance"), note)
        else:
            draft.missing["guidance"] = "the document names no edition of Working Together"


@dataclass
class _Quote:
    """A fact's evidence: the text it was read from, and where that is when known."""

    text: str
    page: int | None = None
    path: tuple[str, ...] = ()
    url: str | None = None


@dataclass
class _At:
    """Evidence that is only a place (the quote is on the line above)."""

    page: int | None
    path: tuple[str, ...]
    url: str | None = None

    @classmethod
    def of(cls, s: Any) -> _At:
        return cls(getattr(s, "page", None), tuple(getattr(s, "path", ()) or ()), getattr(s, "url", None))


def _not_partners(kind: str) -> set[str]:
    """Partner types the kind's rules say must be absent (the police are no child death review
    partner): bodies of that type named in the document are not drafted as partners."""
    from masa_check.engine.packs import Registry

    try:
        packs = Registry.load().packs.values()
    except Exception:  # noqa: BLE001 - no packs: nothing known to leave out
        return set()
    return {
        c.path.split(".")[-1]
        for pack in packs
        if kind in pack.applies_to.kinds
        for rule in pack.rules
        for facet in rule.facets
        for c in facet.declared
        if c.check == "absent" and c.path.startswith("partners.")
    }


def _partners(draft: Draft, doc: Document, kind: str) -> None:
    if _field(draft.model, "partners") is None:
        return
    orgs = organisations(doc)
    given = contributions(doc)
    people = partner_people(doc, orgs) if _field(draft.model, "partners.local_authorities") is not None else {}
    excluded = _not_partners(kind)
    for key, found in orgs.items():
        if key in excluded:
            continue
        if found:
            draft.set(f"partners.{key}", [{"name": f.value} for f in found])
            for i, f in enumerate(found):
                draft.notes[f"partners.{key}[{i}].name"] = (f.source, f.note)
                for which in ("lead", "delegate"):
                    person = people.get((key, i, which))
                    if person is not None and _field(draft.model, f"partners.{key}") is not None:
                        draft.data["partners"][key][i][which] = person.value
                        draft.notes[f"partners.{key}[{i}].{which}"] = (person.source, "")
                        for sub in person.value:  # each value its place; the quote is on the line above
                            draft.notes[f"partners.{key}[{i}].{which}.{sub}"] = (_At.of(person.source), "")
                part = given.get((key, body_key(f.value)))
                if part is not None:
                    draft.data["partners"][key][i]["contribution"] = part.value
                    draft.notes[f"partners.{key}[{i}].contribution"] = (part.source, "")
        else:
            draft.missing[f"partners.{key}"] = "no body of this type named in the document"


def _funding(draft: Draft, doc: Document) -> None:
    if _field(draft.model, "funding") is None:
        return
    period = funding_period(doc)
    if period:
        draft.set("funding.period", period.value, period.source)
    lines = funding_lines(doc)
    if lines:
        draft.set("funding.contributions", [dict(f.value) for f in lines])
        for i, f in enumerate(lines):
            draft.notes[f"funding.contributions[{i}].partner"] = (f.source, "")
            draft.notes[f"funding.contributions[{i}].amount"] = (_At.of(f.source), f.note or "the amount in that row")
            draft.notes[f"funding.contributions[{i}].share"] = (_At.of(f.source), "the share in that row")
    elif draft.has("funding"):
        draft.missing["funding.contributions"] = "no funding table of contributors and amounts"


def _span(label: str) -> tuple[dt.date, dt.date, str] | None:
    """(start, end, how) of a period as written: a financial year ("2024/25": 1 April - 31 March)
    or a dated range ("1 April 2024 to 31 March 2025")."""
    from masa_check.sources.doc_facts import parse_date

    m = re.match(r"((?:19|20)\d\d)\s?[/–—-]\s?((?:19|20)?\d\d)$", label)
    if m:
        start, end = int(m.group(1)), int(m.group(2)[-2:]) + int(m.group(1)) // 100 * 100
        if end == start + 1:
            return dt.date(start, 4, 1), dt.date(end, 3, 31), "a financial year: 1 April to 31 March"
        return None
    ends = re.split(r"\s*(?:to|until|[–—-])\s*", label, maxsplit=1)
    if len(ends) == 2:
        first, last = parse_date(ends[0]), parse_date(ends[1])
        if first and last and first < last:
            return first, last, ""
    return None


def _report_period(draft: Draft, doc: Document, index: Index) -> None:
    """A report's or plan's period from its opening (title, cover, first headings)."""
    if _field(draft.model, "period.label") is None:
        return
    opening = [s for s in index.sentences[:60] if s.zone in ("title", "heading", "body")][:12]
    for s in opening:
        labels = [v for v in specifics.values("period", s.text) if re.search(r"\d", v)]
        if not labels:
            continue
        label = max(labels, key=len)  # "1 April 2024 to 31 March 2025" over "2024"
        draft.set("period.label", label, s)
        span = _span(label)
        if span:
            draft.set("period.start", span[0].isoformat(), s, span[2])
            draft.set("period.end", span[1].isoformat(), s, span[2])
        return
    draft.missing["period.label"] = "no year or span in the title or opening"


# ---------------------------------------------------------------------------------------------
# Assembly


def _order(data: Any, model: Any) -> Any:
    """``data`` with keys in the model's field order (the order the schema documents)."""
    if not isinstance(data, dict) or not hasattr(model, "model_fields"):
        return data
    fields = list(model.model_fields)
    out = {}
    for key in sorted(data, key=lambda k: fields.index(k) if k in fields else len(fields)):
        ann = model.model_fields[key].annotation if key in model.model_fields else None
        sub = next((a for a in [*get_args(ann), ann] if hasattr(a, "model_fields")), None) if ann else None
        out[key] = _order(data[key], sub)
    return out


def _with_missing(draft: Draft) -> dict:
    """The data with a :class:`NotFound` in each field left empty (deepest parents created)."""
    import copy

    data = copy.deepcopy(draft.data)
    for path, why in draft.missing.items():
        if "[*]" in path:  # a field of each item: marked in the items that lack it
            items, sub = _items_of(Draft(draft.model, data), path)
            for item in items:
                if isinstance(item, dict):
                    item.setdefault(sub, NotFound(why))
            continue
        if draft.has(path):
            continue
        parts = path.split(".")
        target = data
        for p in parts[:-1]:
            nxt = target.setdefault(p, {})
            if not isinstance(nxt, dict):
                break
            target = nxt
        else:
            target.setdefault(parts[-1], NotFound(why, _is_list(_field(draft.model, path))))
    return data


def _validated(draft: Draft, placeholder: bool) -> None:
    """Drop what the model refuses, field by field, so the draft always validates."""
    from pydantic import ValidationError

    for _ in range(40):
        data = draft.data
        probe = {**data, "partnership": {**data["partnership"], "name": "-"}} if placeholder else data
        try:
            draft.model.model_validate(probe)
            return
        except ValidationError as exc:
            loc = exc.errors()[0]["loc"]
            target: Any = data
            for part in loc[:-1]:
                target = target[part]
            if isinstance(target, dict):
                target.pop(loc[-1], None)
            elif isinstance(target, list):
                target.pop(loc[-1])
            else:  # pragma: no cover - defensive
                return
            path = ".".join(str(p) for p in loc if not isinstance(p, int))
            draft.missing[path] = "what the document says is not a valid value here"


def extract_declared(doc: Document, kind: str | None = None) -> str:
    """A draft declared YAML of ``kind`` (default: the document's own) for ``doc``."""
    from masa_check.declared.schema import MODELS

    kind = kind or doc.kind
    draft = Draft(MODELS[kind])
    draft.data["kind"] = kind
    index = get_index(doc)
    name = _partnership(draft, doc, index)
    _document_facts(draft, doc)
    _report_period(draft, doc, index)
    _partners(draft, doc, kind)
    _funding(draft, doc)
    _rule_fields(draft, doc, kind)
    _validated(draft, name == NAME_PLACEHOLDER)
    head = [
        visible(f"# Draft {kind} extracted by masa-check from {doc.path}", one_line=True),
        "# Every value is a guess from the document: check each one against its quoted evidence.",
        "# A field marked '# not found' was not evidenced there: fill it in from what you know, or delete it.",
    ]
    return "\n".join([*head, *emit(_order(_with_missing(draft), draft.model), draft.notes)]) + "\n"


def draft_for(doc: Document, *, forced: bool = False) -> tuple[str, str]:
    """(kind, draft YAML) of the document's own kind; InputError when the declared schema has no
    model for that kind (``forced``: the kind was asked for with ``--kind``)."""
    from masa_check.declared.schema import MODELS
    from masa_check.errors import InputError

    if doc.kind not in MODELS:
        raise InputError(
            f"this reads as a {doc.kind.replace('-', ' ')}, which the declared schema has no kind for; "
            f"extract drafts {', '.join(MODELS)} (--kind KIND drafts one of those anyway)",
            doc.path,
        )
    return doc.kind, extract_declared(doc, doc.kind)


def write_extract(doc_path: str, out: str | None, *, force: bool = False, **load_options: Any) -> str:
    """Extract ``doc_path`` and write the draft to ``out`` (or return it when ``out`` is None).

    Never overwrites the input, nor an existing ``out`` without ``force``. Raises InputError.
    """
    from pathlib import Path

    from masa_check.errors import InputError
    from masa_check.sources import YAML_SUFFIXES, load_document

    src = Path(doc_path)
    if src.suffix.lower() in YAML_SUFFIXES:
        raise InputError("extract reads a published document (.pdf, .docx, .html, .md or .txt), not YAML", doc_path)
    if out is not None:
        target = Path(out)
        if target.exists() and target.resolve() == src.resolve():
            raise InputError("refusing to overwrite the input document", out)
        if target.exists() and not force:
            raise InputError("already exists (use --force to overwrite)", out)
    asked = load_options.pop("kind", None)
    doc = load_document(doc_path, kind=asked, **load_options)
    _, text = draft_for(doc, forced=asked is not None)
    if out is not None:
        _write(out, text, doc_path)
    return text


def _write(out: str, text: str, doc_path: str) -> None:
    from pathlib import Path

    from masa_check.output import write_atomic

    write_atomic(out, text, {str(Path(doc_path).resolve())}, what="draft")
