"""The vocabulary of checks a rule can make on the declared model.

Each check takes the resolved values of a path and returns an outcome: ``met`` (with the
fields as evidence), ``intent`` (the field says "TBC" / "will be agreed"), or ``missing``.
New check types are added to ``CHECKS``; packs name them and are validated against it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from masa_check.engine.qualifiers import is_deferral, is_placeholder
from masa_check.results import Evidence


@dataclass
class Context:
    """What a check may need beyond the document: the run date."""

    as_of: dt.date


@dataclass
class Outcome:
    state: str  # met | intent | missing
    evidence: list[Evidence] = field(default_factory=list)
    detail: str = ""


def resolve(obj: Any, path: str) -> list[tuple[str, Any]]:
    """Values at ``path`` (dots, ``[*]`` for every item, ``[0]`` for one), with concrete paths."""
    results: list[tuple[str, Any]] = [("", obj)]
    for raw in path.split("."):
        name, _, index = raw.partition("[")
        index = index.rstrip("]") if index else None
        step: list[tuple[str, Any]] = []
        for at, value in results:
            if name:
                value = _get(value, name)
                at = f"{at}.{name}" if at else name
            if value is None:
                continue
            if index is None:
                step.append((at, value))
            elif isinstance(value, list):
                if index == "*":
                    step.extend((f"{at}[{i}]", v) for i, v in enumerate(value))
                elif index.isdigit() and int(index) < len(value):
                    step.append((f"{at}[{index}]", value[int(index)]))
        results = step
    return results


def _get(value: Any, name: str) -> Any:
    if isinstance(value, BaseModel):
        return getattr(value, name, None)
    if isinstance(value, dict):
        return value.get(name)
    return None


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip() or is_placeholder(value)
    if isinstance(value, list | dict):
        return len(value) == 0
    if isinstance(value, BaseModel):
        return all(is_empty(v) for v in value.__dict__.values())
    return False


def quote(value: Any) -> str:
    if isinstance(value, BaseModel):
        parts = [f"{k}: {v}" for k, v in value.model_dump(exclude_defaults=True).items() if v not in (None, [], "")]
        text = "; ".join(parts)
    elif isinstance(value, list):
        text = ", ".join(quote(v) for v in value)
    else:
        text = str(value)
    return text if len(text) <= 300 else text[:297] + "..."


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, BaseModel):
        return [t for v in value.__dict__.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def evidence_for(doc, pairs: list[tuple[str, Any]]) -> list[Evidence]:
    out = []
    for at, value in pairs[:5]:
        out.append(Evidence(path=at, line=_line(doc, at), quote=quote(value)))
    return out


def _line(doc, at: str) -> int | None:
    while at:
        if at in doc.lines:
            return doc.lines[at]
        cut = max(at.rfind("."), at.rfind("["))
        at = at[:cut] if cut > 0 else ""
    return None


def _judge(doc, pairs: list[tuple[str, Any]], what: str) -> Outcome:
    """met if some value is given and not merely intent; intent if only deferrals."""
    given = [(at, v) for at, v in pairs if not is_empty(v)]
    if not given:
        return Outcome("missing", detail=f"{what} is not declared")
    firm = [(at, v) for at, v in given if not all(is_deferral(t) for t in _texts(v) or ["x"])]
    if firm:
        return Outcome("met", evidence_for(doc, firm))
    return Outcome("intent", evidence_for(doc, given), f"{what} is declared only as intent")


def check_present(doc, check, ctx) -> Outcome:
    return _judge(doc, resolve(doc.declared, check.path), check.path)


def check_all_present(doc, check, ctx) -> Outcome:
    """Every item of a ``[*]`` path has the field; at least one item exists."""
    pairs = resolve(doc.declared, check.path)
    if not pairs:
        return Outcome("missing", detail=f"{check.path} is not declared")
    empty = [at for at, v in pairs if is_empty(v)]
    if empty:
        return Outcome("missing", detail=f"{', '.join(empty[:3])} not declared")
    return _judge(doc, pairs, check.path)


def check_min_items(doc, check, ctx) -> Outcome:
    pairs = resolve(doc.declared, check.path)
    items = []
    for at, v in pairs:
        if isinstance(v, list):
            items.extend((f"{at}[{i}]", x) for i, x in enumerate(v) if not is_empty(x))
        elif not is_empty(v):
            items.append((at, v))
    need = int(check.value or 1)
    if len(items) >= need:
        return Outcome("met", evidence_for(doc, items))
    detail = f"{check.path} has {len(items)} item(s); at least {need} needed"
    return Outcome("missing", evidence_for(doc, items), detail)


def check_equals(doc, check, ctx) -> Outcome:
    pairs = [(at, v) for at, v in resolve(doc.declared, check.path) if v == check.value]
    if pairs:
        return Outcome("met", evidence_for(doc, pairs))
    return Outcome("missing", detail=f"{check.path} is not {check.value!r}")


def check_matches(doc, check, ctx) -> Outcome:
    """Some value matches the regular expression ``value`` (case-insensitive)."""
    pattern = re.compile(str(check.value), re.IGNORECASE)
    pairs = [(at, v) for at, v in resolve(doc.declared, check.path) if any(pattern.search(t) for t in _texts(v))]
    if pairs:
        return _judge(doc, pairs, check.path)
    return Outcome("missing", detail=f"{check.path} does not match {check.value!r}")


def check_all_match(doc, check, ctx) -> Outcome:
    """Every value at the path matches ``value``; at least one value exists."""
    pattern = re.compile(str(check.value), re.IGNORECASE)
    pairs = [(at, v) for at, v in resolve(doc.declared, check.path) if not is_empty(v)]
    if not pairs:
        return Outcome("missing", detail=f"{check.path} is not declared")
    bad = [at for at, v in pairs if not any(pattern.search(t) for t in _texts(v))]
    if bad:
        return Outcome("missing", evidence_for(doc, pairs), f"{', '.join(bad[:3])} does not match {check.value!r}")
    return Outcome("met", evidence_for(doc, pairs))


def check_date_not_passed(doc, check, ctx) -> Outcome:
    pairs = [(at, v) for at, v in resolve(doc.declared, check.path) if isinstance(v, dt.date)]
    if not pairs:
        return Outcome("missing", detail=f"{check.path} is not declared")
    at, value = pairs[0]
    if value >= ctx.as_of:
        return Outcome("met", evidence_for(doc, pairs))
    return Outcome("missing", evidence_for(doc, pairs), f"{at} {value.isoformat()} has passed (as of {ctx.as_of})")


CHECKS: dict[str, Callable[[Any, Any, Context], Outcome]] = {
    "present": check_present,
    "all_present": check_all_present,
    "min_items": check_min_items,
    "equals": check_equals,
    "matches": check_matches,
    "all_match": check_all_match,
    "date_not_passed": check_date_not_passed,
}


def run_check(doc, check, ctx: Context) -> Outcome:
    return CHECKS[check.check](doc, check, ctx)
