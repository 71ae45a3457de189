"""``masa-check extract``: a draft declared YAML from a published PDF/DOCX, with its evidence.

Every value is followed by a comment ``# p.N: "quote"`` naming the sentence it came from, so a
business manager can check it before relying on it. Structured facts come from their shapes
(organisations, money in funding tables); free-text fields come from the rule packs: for each
facet with a declared field and a text concept met in the document, the best sentence goes into
that field. The draft always validates against the declared schema (``Arrangements``).
"""

from __future__ import annotations

import json
import re
from typing import Any, get_args

from masa_check.document import Document
from masa_check.engine.text_index import get_index
from masa_check.engine.text_match import MET, match_facet
from masa_check.results import Evidence
from masa_check.safe_text import visible

_LA = re.compile(
    r"\b(?:(?:London Borough|Royal Borough|City|Borough|County) of [A-Z][A-Za-z&'.-]+(?: (?:and |upon )?[A-Z][A-Za-z&'.-]+)*"
    r"(?: Council)?|[A-Z][A-Za-z&'.-]+(?: [A-Z][A-Za-z&'.-]+)* (?:County|City|Borough|District|Metropolitan Borough) Council)"
)
_ICB = re.compile(
    r"\b(?:NHS [A-Z][A-Za-z&'.-]+(?: (?:and |& )?[A-Z][A-Za-z&'.-]+)* (?:Integrated Care Board|ICB|Clinical Commissioning Group|CCG)"
    r"|[A-Z][A-Za-z&'.-]+(?: (?:and |& )?[A-Z][A-Za-z&'.-]+)* (?:Integrated Care Board|Clinical Commissioning Group|CCG|ICB))\b"
)
_POLICE = re.compile(r"\b[A-Z][A-Za-z&'.-]+(?: (?:and |& )?[A-Z][A-Za-z&'.-]+)* (?:Police|Constabulary)\b")
_PARTNERSHIP = re.compile(
    r"\b[A-Z][A-Za-z&'.-]+(?: (?:and |& )?[A-Z][A-Za-z&'.-]+)* Safeguarding (?:Children |People |Adults? )?"
    r"(?:Partnership|Board)\b"
)
_MONEY = re.compile(r"£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(k|m)?\b|\b(\d{1,3}(?:,\d{3})+)\b")
_PERIOD = re.compile(r"\b(20\d\d)\s?[/-]\s?((?:20)?\d\d)\b")
_LEADING_WORDS = re.compile(r"^(?:The|On behalf(?: of)?|Of|And|For|By|With|From|Behalf|Chief Nurse for)\s+")
_NOT_A_NAME = ("Working Together", "Local Safeguarding Children Board")


_STOP = frozenset(
    [
        "authority",
        "constable",
        "officer",
        "executive",
        "partner",
        "director",
        "commander",
        "nurse",
        "membership",
        "children",
        "adults",
        "statutory",
        "key",
        "representative",
        "behalf",
        "chief",
        "member",
        "members",
        "local",
    ]
)
_SUFFIX_WORDS = frozenset(
    [
        "council",
        "county",
        "city",
        "borough",
        "district",
        "metropolitan",
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
    ]
)


def _clean_name(name: str, roles: bool = True) -> str:
    prev = None
    while prev != name:
        prev = name
        name = _LEADING_WORDS.sub("", name.strip())
    if not roles:
        return name
    # "NHS X Integrated Care Board and X Police": a list of bodies, keep the last
    name = re.split(r"\b(?:Council|Board|Group|ICB|CCG|Police|Constabulary|LA)\s*(?:,|and|&)\s+", name)[-1]
    # keep the body's own words: cut at a role word running into it ("... Chief Constable Dudley CCG")
    words = name.split()
    start = 0
    for i, w in enumerate(words):
        if w.lower().strip("'.") in _STOP and not any(x.lower() in _SUFFIX_WORDS for x in words[i : i + 1]):
            start = i + 1
    words = words[start:]
    if words and words[0] in ("NHS",) or len(words) <= 7:
        return " ".join(words)
    return " ".join(words[-6:])


def _organisations(doc: Document) -> dict[str, list[tuple[str, Any]]]:
    """Partner bodies by type, each with the sentence it was first found in."""
    index = get_index(doc)
    found: dict[str, dict[str, Any]] = {"local_authorities": {}, "icbs": {}, "police": {}}
    for s in index.sentences:
        if s.zone not in ("body", "heading", "title"):
            continue
        for key, pattern in (("local_authorities", _LA), ("icbs", _ICB), ("police", _POLICE)):
            for m in pattern.finditer(s.text):
                name = _clean_name(m.group(0))
                if len(name.split()) < 2 or any(n in name for n in _NOT_A_NAME):
                    continue
                found[key].setdefault(name, s)
    return {k: list(v.items()) for k, v in found.items()}


def _amount(m: re.Match[str]) -> float | None:
    if m.group(4):
        return float(m.group(4).replace(",", ""))
    value = float(m.group(1).replace(",", "") + (f".{m.group(2)}" if m.group(2) else ""))
    unit = (m.group(3) or "").lower()
    return value * (1000 if unit == "k" else 1_000_000 if unit == "m" else 1)


def _funding(doc: Document) -> tuple[list[tuple[dict, Any]], tuple[str, Any] | None]:
    """Per-contributor lines from funding tables: a row with an organisation and an amount."""
    index = get_index(doc)
    lines: list[tuple[dict, Any]] = []
    period = None
    for s in index.sentences:
        if s.zone != "body":
            continue
        funding_section = any(re.search(r"fund|budget|financ|resourc|contribution", h, re.I) for h in s.path)
        if period is None and funding_section or period is None and re.search(r"\b(?:fund|budget)", s.norm):
            m = _PERIOD.search(s.text)
            if m:
                period = (m.group(0), s)
        if s.role != "table_row" or not funding_section:
            continue
        block = doc.blocks[s.block]
        cells = [c for c in (block.cells or ()) if c and c.strip()]
        # pairs of (name, amount) across the row: "Dudley MBC | 111,000 | Dudley CCG | 20,000"
        name = None
        for cell in cells:
            m = _MONEY.search(cell)
            if m and not re.search(r"[A-Za-z]{3,}", _MONEY.sub("", cell)):
                if name and not re.match(r"(?i)^total", name):
                    amount = _amount(m)
                    if amount:
                        lines.append(({"partner": name, "amount": amount}, s))
                name = None
            else:
                name = cell.strip()
    return lines, period


def _model_field_is_text(path: str) -> bool:
    """True when ``path`` (dots only) ends at a free-text field of the declared model."""
    from masa_check.declared.schema import Arrangements

    model: Any = Arrangements
    parts = path.split(".")
    for i, part in enumerate(parts):
        if "[" in part or not hasattr(model, "model_fields") or part not in model.model_fields:
            return False
        ann = model.model_fields[part].annotation
        args = [a for a in get_args(ann) if a is not type(None)] or [ann]
        if i == len(parts) - 1:
            return args == [str]
        model = next((a for a in args if hasattr(a, "model_fields")), None)
        if model is None:
            return False
    return False


def _set(data: dict, path: str, value: Any) -> None:
    parts = path.split(".")
    for p in parts[:-1]:
        data = data.setdefault(p, {})
    data.setdefault(parts[-1], value)


def _free_text(doc: Document) -> list[tuple[str, str, Evidence]]:
    """(declared path, sentence, evidence) from every rule facet met in the document."""
    from masa_check.engine.packs import Registry

    out: list[tuple[str, str, Evidence]] = []
    seen: set[str] = set()
    try:
        registry = Registry.load()
    except Exception:  # noqa: BLE001 - extraction still gives the structured facts
        return out
    for pack in registry.packs.values():
        if "arrangements" not in pack.applies_to.kinds:
            continue
        for rule in pack.rules:
            for facet in rule.facets:
                if facet.text is None:
                    continue
                paths = [c.path for c in facet.declared if c.check == "present" and _model_field_is_text(c.path)]
                paths = [p for p in paths if p not in seen]
                if not paths:
                    continue
                outcome = match_facet(doc, facet.text, None)
                if outcome.state != MET or not outcome.evidence:
                    continue
                ev = outcome.evidence[0]
                seen.add(paths[0])
                out.append((paths[0], ev.quote or "", ev))
    return out


# ---------------------------------------------------------------------------------------------
# YAML with evidence comments


# Characters a YAML reader refuses even inside quotes (C1 controls, U+FFFE/U+FFFF, lone surrogates);
# PDF text extraction leaves some ("multi\ufffeagency" for a soft hyphen).
_YAML_UNPRINTABLE = re.compile("[\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")


def _q(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(int(value)) if float(value).is_integer() else str(value)
    return _YAML_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(str(value), ensure_ascii=False))


def _comment(s: Any, value: Any = None) -> str:
    if s is None:
        return ""
    page = f"p.{s.page}: " if getattr(s, "page", None) else ""
    text = getattr(s, "text", None) or getattr(s, "quote", None) or ""
    if value is not None and str(value) == text:
        return f"  # {page.rstrip(': ')}" if page else ""
    text = _YAML_UNPRINTABLE.sub("-", text)
    text = text if len(text) <= 140 else text[:137] + "..."
    # one line whatever the document holds: CR, U+0085, U+2028 end a YAML comment (YAML 1.1)
    return visible(f'  # {page}"{text}"'.replace("\n", " "), one_line=True)


def _emit(data: dict, notes: dict[str, Any], prefix: str = "", indent: int = 0) -> list[str]:
    lines: list[str] = []
    pad = "  " * indent
    for key, value in data.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            if not value:
                continue
            lines.append(f"{pad}{key}:")
            lines.extend(_emit(value, notes, path, indent + 1))
        elif isinstance(value, list):
            if not value:
                continue
            lines.append(f"{pad}{key}:")
            for i, item in enumerate(value):
                ipath = f"{path}[{i}]"
                if isinstance(item, dict):
                    first = True
                    for k, v in item.items():
                        lead = f"{pad}  - " if first else f"{pad}    "
                        lines.append(f"{lead}{k}: {_q(v)}{_comment(notes.get(f'{ipath}.{k}') or notes.get(ipath))}")
                        first = False
                else:
                    lines.append(f"{pad}  - {_q(item)}{_comment(notes.get(ipath))}")
        else:
            lines.append(f"{pad}{key}: {_q(value)}{_comment(notes.get(path), value)}")
    return lines


def extract_declared(doc: Document) -> str:
    """A draft declared YAML (kind ``arrangements``) for ``doc``, each value with its evidence."""
    from masa_check.declared.schema import Arrangements

    index = get_index(doc)
    notes: dict[str, Any] = {}
    data: dict[str, Any] = {"kind": "arrangements"}

    name, name_from = None, None
    for s in index.sentences:
        if s.zone in ("title", "heading", "body"):
            m = _PARTNERSHIP.search(s.text)
            if m:
                name, name_from = _clean_name(m.group(0), roles=False), s
                break
    if name is None:
        name = doc.title or "TODO: partnership name"
    data["partnership"] = {"name": name}
    notes["partnership.name"] = name_from
    if doc.cohort in ("children", "adults", "all-age"):
        data["partnership"]["cohort"] = doc.cohort
    if doc.date:
        data["published"] = doc.date.isoformat()
    review = getattr(doc, "review_date", None)
    if review:
        data["review_date"] = review.isoformat()
    if doc.guidance in ("wt2018", "wt2023", "wt2026"):
        data["guidance"] = doc.guidance

    orgs = _organisations(doc)
    partners: dict[str, list] = {}
    for key, found in orgs.items():
        if found:
            partners[key] = []
            for i, (org, s) in enumerate(found[:6]):
                partners[key].append({"name": org})
                notes[f"partners.{key}[{i}].name"] = s
    if partners:
        data["partners"] = partners
    las = [org for org, _ in orgs.get("local_authorities", [])]
    if las:
        data["area"] = {"local_authorities": las[:6]}
        for i, (_, s) in enumerate(orgs["local_authorities"][:6]):
            notes[f"area.local_authorities[{i}]"] = s

    lines, period = _funding(doc)
    if lines or period:
        funding: dict[str, Any] = {}
        if period:
            funding["period"] = period[0]
            notes["funding.period"] = period[1]
        if lines:
            funding["contributions"] = [line for line, _ in lines]
            for i, (_, s) in enumerate(lines):
                notes[f"funding.contributions[{i}]"] = s
        data["funding"] = funding

    for path, sentence, ev in _free_text(doc):
        _set(data, path, sentence)
        notes.setdefault(path, ev)

    # The draft must validate: drop anything the schema refuses, field by field.
    from pydantic import ValidationError

    placeholder = name.startswith("TODO")
    for _ in range(20):
        try:
            # the one TODO the draft keeps (a name it could not find) is for the user to fill in
            probe = {**data, "partnership": {**data["partnership"], "name": "-"}} if placeholder else data
            Arrangements.model_validate(probe)
            break
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
                break

    head = [
        visible("# Draft arrangements extracted by masa-check from " + doc.path, one_line=True),
        "# Every value is a guess from the document: check each one against its quoted evidence.",
    ]
    return "\n".join([*head, *_emit(data, notes)]) + "\n"


def draft_for(doc: Document, *, forced: bool = False) -> tuple[str, str]:
    """(kind, draft YAML) for a loaded document; InputError when no draft of its kind can be made."""
    from masa_check.errors import InputError

    if not forced and doc.kind != "arrangements":
        raise InputError(
            f"this reads as a {doc.kind.replace('-', ' ')}, not published arrangements; extract drafts "
            "arrangements only (--kind arrangements drafts one anyway)",
            doc.path,
        )
    return "arrangements", extract_declared(doc)


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
        _write(out, text)
    return text


def _write(out: str, text: str) -> None:
    from masa_check.output import write_atomic

    write_atomic(out, text, set(), what="draft")
