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
    """What a check may need beyond the document: the run date and local settings (config)."""

    as_of: dt.date
    #: Local policy from .masa-check.yaml, e.g. ``sab_annual_report_deadline: "11-30"``.
    settings: dict[str, Any] = field(default_factory=dict)


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


def _plain(value: Any) -> str:
    """A declared value as a person would read it: 'name: X; lead: A. Person, Chief Executive'."""
    if isinstance(value, BaseModel):
        value = value.model_dump(exclude_defaults=True)
    if isinstance(value, dict):
        parts = [(k, _plain(v)) for k, v in value.items() if v not in (None, [], "", {})]
        if all(k in ("name", "role", "organisation") for k, _ in parts):
            return ", ".join(v for _, v in parts)
        return "; ".join(f"{k}: {v}" for k, v in parts)
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def quote(value: Any) -> str:
    text = _plain(value)
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
    cut = check.path.rfind("[*]")
    if cut >= 0:  # items where the field is left out resolve to nothing: count them too
        rest = check.path[cut + 3 :].lstrip(".")
        for at, item in resolve(doc.declared, check.path[: cut + 3]):
            if rest and not any(not is_empty(v) for _, v in resolve(item, rest)):
                empty.append(f"{at}.{rest}")
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


# --- Dates -----------------------------------------------------------------------------------
# Financial years run 1 April - 31 March. "The previous financial year" of a report is the last
# one that ended before the report's publication date (or before the run date when undated).


def financial_year_of(day: dt.date) -> tuple[dt.date, dt.date]:
    start = dt.date(day.year if day.month >= 4 else day.year - 1, 4, 1)
    return start, dt.date(start.year + 1, 3, 31)


def previous_financial_year(day: dt.date) -> tuple[dt.date, dt.date]:
    start, _ = financial_year_of(day)
    return dt.date(start.year - 1, 4, 1), dt.date(start.year, 3, 31)


def fy_label(start: dt.date) -> str:
    return f"{start.year}/{(start.year + 1) % 100:02d}"


_FY_LABEL = re.compile(r"\b((?:19|20)\d\d)\s*[/\-–—]\s*((?:19|20)?\d\d)\b")


def period_dates(period: Any) -> tuple[dt.date | None, dt.date | None]:
    """(start, end) of a declared period; a label such as '2024/25' means that financial year."""
    start = getattr(period, "start", None)
    end = getattr(period, "end", None)
    label = getattr(period, "label", None)
    if (start is None or end is None) and label:
        m = _FY_LABEL.search(str(label))
        if m:
            first, second = int(m.group(1)), int(m.group(2))
            second = second if second > 99 else first // 100 * 100 + second
            if second == first + 1:
                start = start or dt.date(first, 4, 1)
                end = end or dt.date(second, 3, 31)
    return start, end


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


def _reference_date(doc, ctx) -> tuple[dt.date, str]:
    if getattr(doc, "date", None):
        return doc.date, f"published {doc.date.isoformat()}"
    return ctx.as_of, f"undated; as of {ctx.as_of.isoformat()}"


def _period(doc, check) -> tuple[str, Any, dt.date | None, dt.date | None] | None:
    pairs = [(at, v) for at, v in resolve(doc.declared, check.path) if not is_empty(v)]
    if not pairs:
        return None
    at, value = pairs[0]
    start, end = period_dates(value)
    return at, value, start, end


def _dated_period(doc, check) -> Outcome | tuple[str, list[Evidence], dt.date, dt.date]:
    """The declared period with its evidence, or the outcome when it is missing or undated."""
    found = _period(doc, check)
    if found is None:
        return Outcome("missing", detail=f"{check.path} is not declared")
    at, value, start, end = found
    ev = evidence_for(doc, [(at, value)])
    if start is None or end is None:
        return Outcome("intent", ev, f"{at}: start and end dates are not declared")
    return at, ev, start, end


def check_period_is_previous_financial_year(doc, check, ctx) -> Outcome:
    """The period is exactly 1 April - 31 March of the financial year before publication."""
    found = _dated_period(doc, check)
    if isinstance(found, Outcome):
        return found
    at, ev, start, end = found
    ref, why = _reference_date(doc, ctx)
    want = previous_financial_year(ref)
    if (start, end) == want:
        return Outcome("met", ev)
    return Outcome(
        "missing",
        ev,
        f"{at} is {start.isoformat()} to {end.isoformat()}; the previous financial year ({why}) is "
        f"{want[0].isoformat()} to {want[1].isoformat()}",
    )


def check_covers_current_financial_year(doc, check, ctx) -> Outcome:
    """The period (a plan, possibly rolling) includes the whole financial year of the run date."""
    found = _dated_period(doc, check)
    if isinstance(found, Outcome):
        return found
    at, ev, start, end = found
    fy_start, fy_end = financial_year_of(ctx.as_of)
    if start <= fy_start and end >= fy_end:
        return Outcome("met", ev)
    return Outcome(
        "missing",
        ev,
        f"{at} ({start.isoformat()} to {end.isoformat()}) does not cover the current financial year "
        f"{fy_label(fy_start)} (as of {ctx.as_of.isoformat()})",
    )


def check_period_max_months(doc, check, ctx) -> Outcome:
    """The period covers at most ``value`` months (default 12)."""
    found = _dated_period(doc, check)
    if isinstance(found, Outcome):
        return found
    at, ev, start, end = found
    months = int(check.value or 12)
    if end < add_months(start, months):
        return Outcome("met", ev)
    return Outcome("missing", ev, f"{at} runs {start.isoformat()} to {end.isoformat()}, more than {months} months")


def check_period_contiguous(doc, check, ctx) -> Outcome:
    """The period starts the day after the previous report's period ended (no gap)."""
    found = _period(doc, check)
    if found is None:
        return Outcome("missing", detail=f"{check.path} is not declared")
    at, value, start, _ = found
    previous = getattr(value, "previous_end", None)
    ev = evidence_for(doc, [(at, value)])
    if start is None or previous is None:
        return Outcome("intent", ev, f"{at}: the start and the previous report's end (previous_end) are both needed")
    gap = contiguity_gap(start, previous)
    if gap is None:
        return Outcome("met", ev)
    return Outcome("missing", ev, f"{at} starts {start.isoformat()}; the previous report ended {previous}: {gap}")


def contiguity_gap(start: dt.date, previous_end: dt.date) -> str | None:
    """None when a period starts the day after the previous one ended; else the gap or overlap."""
    days = (start - previous_end).days - 1
    if days == 0:
        return None
    return f"a gap of {days} day(s)" if days > 0 else "an overlap"


def _month_day(text: str) -> tuple[int, int]:
    month, _, day = str(text).partition("-")
    return int(month), int(day)


def check_date_on_or_before(doc, check, ctx) -> Outcome:
    """A date (``path``) is on or before a deadline: the first ``deadline`` (MM-DD) after the
    date at ``value.after``. ``value.setting`` names a config key that overrides the deadline."""
    spec = dict(check.value or {})
    pairs = [(at, v) for at, v in resolve(doc.declared, check.path) if isinstance(v, dt.date)]
    if not pairs:
        return Outcome("missing", detail=f"{check.path} is not declared")
    at, when = pairs[0]
    ev = evidence_for(doc, pairs)
    after_path = spec.get("after", "period.end")
    anchors = [v for _, v in resolve(doc.declared, after_path) if isinstance(v, dt.date)]
    if not anchors and after_path.endswith(".end"):
        period = resolve(doc.declared, after_path.rsplit(".", 1)[0])
        anchors = [e for _, p in period if (e := period_dates(p)[1]) is not None]
    if not anchors:
        return Outcome("intent", ev, f"{after_path} is not declared, so the deadline cannot be worked out")
    deadline_md = ctx.settings.get(spec.get("setting", ""), None) or spec.get("deadline", "09-30")
    month, day = _month_day(deadline_md)
    anchor = anchors[0]
    deadline = dt.date(anchor.year, month, day)
    if deadline <= anchor:
        deadline = dt.date(anchor.year + 1, month, day)
    if when <= deadline:
        return Outcome("met", ev)
    return Outcome("missing", ev, f"{at} {when.isoformat()} is after the deadline {deadline.isoformat()}")


def check_days_between(doc, check, ctx) -> Outcome:
    """Items at ``path`` (e.g. ``sent_to``) whose name matches ``value.name`` carry a date from
    ``value.min`` to ``value.max`` days after the date at ``value.from`` (e.g. ``published``)."""
    spec = dict(check.value or {})
    pattern = re.compile(str(spec.get("name", ".")), re.IGNORECASE)
    lo, hi = int(spec.get("min", 0)), int(spec.get("max", 7))
    items = [(at, v) for at, v in resolve(doc.declared, check.path) if any(pattern.search(t) for t in _texts(v)[:1])]
    if not items:
        return Outcome("missing", detail=f"no {check.path} entry matching {spec.get('name')!r}")
    ev = evidence_for(doc, items)
    origin_path = spec.get("from", "published")
    origins = [v for _, v in resolve(doc.declared, origin_path) if isinstance(v, dt.date)]
    dated = [(at, getattr(v, "date", None)) for at, v in items if isinstance(getattr(v, "date", None), dt.date)]
    if not origins or not dated:
        missing = origin_path if not origins else f"the date it was sent ({items[0][0]}.date)"
        return Outcome("intent", ev, f"sent, but {missing} is not declared")
    origin = origins[0]
    for _at, when in dated:
        if lo <= (when - origin).days <= hi:
            return Outcome("met", ev)
    at, when = dated[0]
    days = (when - origin).days
    return Outcome("missing", ev, f"{at} sent {days} day(s) after {origin_path} ({lo} to {hi} required)")


def check_absent(doc, check, ctx) -> Outcome:
    """Nothing is declared at the path (e.g. police listed as child death review partners).

    ``value``, if given, is a path that must be declared for the absence to count (so that an
    empty file does not meet the check)."""
    if check.value:
        basis = [(at, v) for at, v in resolve(doc.declared, str(check.value)) if not is_empty(v)]
        if not basis:
            return Outcome("missing", detail=f"{check.value} is not declared")
    given = [(at, v) for at, v in resolve(doc.declared, check.path) if not is_empty(v)]
    if not given:
        ev = evidence_for(doc, basis) if check.value else []
        return Outcome("met", ev, detail=f"{check.path} is not declared")
    return Outcome("missing", evidence_for(doc, given), check.message or f"{check.path} should not be declared")


def check_at_least(doc, check, ctx) -> Outcome:
    """A number at the path is at least ``value``."""
    pairs = [(at, v) for at, v in resolve(doc.declared, check.path) if isinstance(v, int | float)]
    if not pairs:
        return Outcome("missing", detail=f"{check.path} is not declared")
    if any(v >= float(check.value) for _, v in pairs):
        return Outcome("met", evidence_for(doc, pairs))
    return Outcome("missing", evidence_for(doc, pairs), f"{check.path} is below {check.value}")


CHECKS: dict[str, Callable[[Any, Any, Context], Outcome]] = {
    "present": check_present,
    "all_present": check_all_present,
    "min_items": check_min_items,
    "equals": check_equals,
    "matches": check_matches,
    "all_match": check_all_match,
    "date_not_passed": check_date_not_passed,
    "period_is_previous_financial_year": check_period_is_previous_financial_year,
    "covers_current_financial_year": check_covers_current_financial_year,
    "period_max_months": check_period_max_months,
    "period_contiguous": check_period_contiguous,
    "date_on_or_before": check_date_on_or_before,
    "days_between": check_days_between,
    "absent": check_absent,
    "at_least": check_at_least,
}


def run_check(doc, check, ctx: Context) -> Outcome:
    return CHECKS[check.check](doc, check, ctx)
