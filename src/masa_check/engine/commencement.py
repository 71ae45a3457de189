"""Statutory rules that bind only once their provision commences.

A pack may carry a ``commencement:`` table (a key such as ``s16EA`` -> the provision, the day it
came or comes into force, or null while no day is appointed, and where that date is from), and a
rule may name the keys it waits for (``commencement: [s16EA]``). Such a rule is evaluated as any
other, so that partnerships can prepare, but until every key it names is in force on the run date
(``--as-of``) its result is ``advisory``: its own status, never blocking, never a pass, with the
verdict it would have had kept as ``underlying_status``. A user may set or correct a date in
``.masa-check.yaml`` (``commencement: {s16EA: 2027-10-01}``) when regulations appoint one before the
pack is updated; the table's date is used otherwise.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping

from masa_check.engine.packs import Pack, Rule
from masa_check.errors import InputError
from masa_check.results import Result

#: Results that stay as they are before commencement: nothing to prepare (not applicable) or a
#: bug that must never be hidden (error).
_KEPT = frozenset({"not_applicable", "error"})


def _override(overrides: Mapping[str, str | None], key: str) -> tuple[bool, dt.date | None]:
    """(given, date) for ``key`` in the config's ``commencement`` mapping (ISO strings)."""
    if key not in overrides:
        return False, None
    value = overrides[key]
    return True, (dt.date.fromisoformat(value) if value else None)


def key_dates(pack: Pack, rule: Rule, overrides: Mapping[str, str | None] | None = None) -> dict[str, dt.date | None]:
    """Each commencement key of ``rule`` and the day it is in force (the config's, else the
    table's; None while no day is appointed)."""
    overrides = overrides or {}
    out: dict[str, dt.date | None] = {}
    for key in rule.commencement:
        given, date = _override(overrides, key)
        out[key] = date if given else pack.commencement[key].date
    return out


def in_force_from(dates: Mapping[str, dt.date | None]) -> dt.date | None:
    """The day a rule binds: when the last of its provisions commences; None if any has no day."""
    if not dates or any(d is None for d in dates.values()):
        return None
    return max(d for d in dates.values() if d is not None)


def _pending(pack: Pack, dates: Mapping[str, dt.date | None], as_of: dt.date, overrides: Mapping) -> str:
    """'s.16EA commences on 2027-10-01' / 's.16EA commences (no day appointed yet; expected late 2027)'."""
    parts = []
    for key, date in dates.items():
        if date is not None and date <= as_of:
            continue
        entry = pack.commencement[key]
        ours = key in overrides
        if date is not None:
            parts.append(f"{entry.short} commences on {date.isoformat()}" + (" (date from config)" if ours else ""))
            continue
        why = "no day appointed yet" + ("; config says not yet" if ours else "")
        why += f"; expected {entry.expected}" if entry.expected else ""
        parts.append(f"{entry.short} commences ({why})")
    return " and ".join(parts)


def apply(
    result: Result, pack: Pack, rule: Rule, as_of: dt.date, overrides: Mapping[str, str | None] | None = None
) -> Result:
    """The result of ``rule`` as of ``as_of``: advisory before its provisions commence (the
    verdict kept as ``underlying_status``), binding on and after; either way it records the
    in-force date. Rules without commencement keys are returned unchanged."""
    if not rule.commencement:
        return result
    overrides = overrides or {}
    dates = key_dates(pack, rule, overrides)
    start = in_force_from(dates)
    update: dict = {"in_force_from": start.isoformat() if start else None, "commencement": list(rule.commencement)}
    if (start is not None and start <= as_of) or result.status in _KEPT:
        return result.model_copy(update=update)
    would = "pass" if result.status == "pass" else "be " + result.status.replace("_", " ")
    update.update(
        status="advisory",
        underlying_status=result.status,
        message=f"Advisory: would {would} once {_pending(pack, dates, as_of, overrides)}. {result.message}",
    )
    return result.model_copy(update=update)


def known_keys(packs: list[Pack]) -> dict[str, str]:
    """Every commencement key of ``packs`` -> the pack that defines it."""
    return {key: pack.id for pack in packs for key in pack.commencement}


def table_packs(registry) -> list[Pack]:
    """The packs of ``registry`` that have a commencement table; a built-in pack not yet read is
    looked at as text first, so only those with a table are parsed."""
    import re

    files = getattr(registry.packs, "_files", None)
    if files is None:
        return [p for p in registry.packs.values() if p.commencement]
    found = []
    for pack_id, path in files.items():
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        if re.search(r"^commencement:", text, re.M):
            found.append(registry.get(pack_id))
    return found


def check_overrides(overrides: Mapping[str, str | None], packs: list[Pack], source: str | None) -> None:
    """An override naming no key of any pack is a typo: one error with a did-you-mean, as for
    the config's other keys (a date that never applies would silently change nothing)."""
    known = known_keys(packs)
    for key in overrides:
        if key in known:
            continue
        close = [k for k in known if k.lower() == key.lower()] or difflib.get_close_matches(key, list(known), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(sorted(known)) or 'none'}"
        raise InputError(f"invalid config: commencement: unknown provision {key!r}{hint}", source, _line(source, key))


def _line(source: str | None, key: str) -> int | None:
    """The line of ``key:`` in the config file, for the error (None if it cannot be read)."""
    import re
    from pathlib import Path

    if not source:
        return None
    try:
        text = Path(source).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    m = re.search(rf"^[ \t{{,]*['\"]?{re.escape(key)}['\"]?\s*:", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None
