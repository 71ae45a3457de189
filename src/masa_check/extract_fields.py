"""Filling a draft's fields from the rules: for each facet of the kind's packs met in the document
(as ``validate`` meets it: topic, specifics, stance), its evidence fills one of the facet's
declared fields. A field that names something gets the value the engine's slot detectors
(``engine.specifics``) find, never the sentence; a field for the partnership's own words gets the
sentence, one sentence to one such field; a restated national duty fills nothing; a facet not met
leaves its fields empty with the reason (``# not found: <why>``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, get_args, get_origin

from masa_check.document import Document
from masa_check.engine import specifics
from masa_check.engine.matcher import context, match_facet
from masa_check.engine.states import MET
from masa_check.engine.text_index import Index, get_index, restates
from masa_check.extract_facts import GENERIC_WORDS, is_place_name

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


def field_of(model: Any, path: str) -> Any:
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


def is_list_field(ann: Any) -> bool:
    return get_origin(_base(ann)) is list or get_origin(ann) is list


# ---------------------------------------------------------------------------------------------
# Values from the evidence


def clean(kind: str, value: str) -> str:
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
    return clean("named_group", m.group(0) + value) if m else value


def _found(kind: str, text: str) -> list[str]:
    found = [v for v in (clean(kind, x) for x in specifics.values(kind, text)) if len(v) > 1]
    if kind == "named_group":  # a group's name, not the word "board" nor a body's type alone
        found = [_whole_name(v, text) for v in found if any(w.lower() not in GENERIC_WORDS for w in v.split()[:-1])]
    elif kind == "local_authority":
        found = [v for v in found if is_place_name(v)]
    elif kind == "role":
        found = [v[:1].upper() + v[1:] for v in found]
    elif kind == "url_or_place":  # an address before a description of a place ("our website")
        found.sort(key=lambda v: 0 if re.search(r"(?i)^(?:https?://|www\.)|\.uk\b", v) else 1)
    return found


def values_in(slot: str, texts: list[str], gather: bool = False) -> tuple[str, list[tuple[str, int]]]:
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
    kind, found = values_in(slot, texts, gather=many == "all")
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
        _, every = values_in(slot, texts, gather=True)
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
        if item and item.group(1) in ITEM_LISTS or "[" not in path and field_of(draft.model, path) is not None:
            paths.append(path)
    return list(dict.fromkeys(paths))


def items_of(draft: Draft, path: str) -> tuple[list, str]:
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
    items, sub = items_of(draft, path)
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
    ann = field_of(draft.model, path)
    if path in VALUE_FIELDS:
        slot, many = VALUE_FIELDS[path]
        if slot == "named_group" and many == "one" and s.path:
            # a section headed by the group's name is about that group; a group its sentence
            # names in passing ("accountable to the X Board") may be another one
            _, named = values_in(slot, [s.path[-1]])
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
        if other in VALUE_FIELDS and not draft.has(other) and field_of(draft.model, other) is not None:
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


def fill_from_rules(draft: Draft, doc: Document, kind: str) -> None:
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
