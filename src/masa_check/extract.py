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
from dataclasses import dataclass
from typing import Any, get_args

from masa_check.document import Document
from masa_check.engine import specifics
from masa_check.engine.text_index import Index, get_index
from masa_check.extract_facts import (
    body_key,
    contributions,
    funding_lines,
    funding_period,
    organisations,
    partner_people,
)
from masa_check.extract_fields import Draft, clean, field_of, fill_from_rules, is_list_field, items_of
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
# ---------------------------------------------------------------------------------------------
# The structured facts


def _partnership(draft: Draft, doc: Document, index: Index) -> str:
    name, source = None, None
    for s in index.sentences:
        if s.zone in ("title", "heading", "body"):
            for m in _PARTNERSHIP.finditer(s.text):
                found = clean("named_group", m.group(0))
                if not found.startswith("Safeguarding"):  # a partnership's name starts with its place
                    name, source = found, s
                    break
            if name:
                break
    if name is None:
        name = NAME_PLACEHOLDER
        draft.notes["partnership.name"] = (None, "not found: the document names no partnership by its place")
    draft.set("partnership.name", name, source)
    cohort_field = field_of(draft.model, "partnership.cohort")
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
        if field_of(draft.model, key) is None:
            continue
        if value:
            draft.set(key, value.isoformat(), _fact_source(doc, "date" if key == "published" else key))
        else:
            draft.missing[key] = "no date found on the cover or in the text"
    if field_of(draft.model, "guidance") is not None:
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
    if field_of(draft.model, "partners") is None:
        return
    orgs = organisations(doc)
    given = contributions(doc)
    people = partner_people(doc, orgs) if field_of(draft.model, "partners.local_authorities") is not None else {}
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
                    if person is not None and field_of(draft.model, f"partners.{key}") is not None:
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
    if field_of(draft.model, "funding") is None:
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
    if field_of(draft.model, "period.label") is None:
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
            items, sub = items_of(Draft(draft.model, data), path)
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
            target.setdefault(parts[-1], NotFound(why, is_list_field(field_of(draft.model, path))))
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
    fill_from_rules(draft, doc, kind)
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
