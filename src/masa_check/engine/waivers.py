"""Waivers: gaps a partnership accepts knowingly, each with a reason and an expiry date.

A waiver comes from ``.masa-check.yaml`` (``waivers:``) or from the declared file's own
``waivers:`` block. It turns a non-pass result (fail, partial, needs_review) of its rule into
``waived``, keeping the underlying status and attaching the waiver, so every output still
shows it. An expired waiver stops applying and says so; a waiver that covers nothing (the rule
passed, was not run, or cannot be waived) is reported as unused. ``--no-waivers`` shows the
unwaived picture and says how many waivers were ignored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from masa_check.results import Result, Waiver

#: Statuses a waiver can cover. ``error`` is a bug, never waived; pass/not_applicable need none.
WAIVABLE_STATUSES = frozenset({"fail", "partial", "needs_review"})


@dataclass(frozen=True)
class WaiverSpec:
    rule: str
    reason: str
    expires: dt.date
    approved_by: str | None = None
    source: str | None = None  # the file it came from

    def to_result(self) -> Waiver:
        return Waiver(
            rule=self.rule,
            reason=self.reason,
            expires=self.expires.isoformat(),
            approved_by=self.approved_by,
            source=self.source,
        )


def from_entries(entries, source: str | None) -> list[WaiverSpec]:
    """WaiverSpecs from validated ``WaiverEntry`` models (config or declared file)."""
    return [
        WaiverSpec(rule=e.rule, reason=e.reason, expires=e.expires, approved_by=e.approved_by, source=source)
        for e in entries or []
    ]


def apply_waivers(
    results: list[Result],
    waivers: list[WaiverSpec],
    *,
    as_of: dt.date,
    waivable: dict[str, bool] | None = None,
    enabled: bool = True,
) -> tuple[list[Result], list[str]]:
    """Return the results with waivers applied, and notes (expired, unused, ignored)."""
    if not waivers:
        return results, []
    if not enabled:
        return results, [f"--no-waivers: {len(waivers)} waiver(s) not applied; results show the unwaived picture"]
    waivable = waivable or {}
    by_rule = {r.rule_id.upper(): i for i, r in enumerate(results)}
    out = list(results)
    notes: list[str] = []
    used: set[str] = set()
    for w in waivers:
        key = w.rule.upper()
        where = f" ({w.source})" if w.source else ""
        if key in used:
            notes.append(f"waiver for {w.rule}{where} unused: the rule is already waived")
            continue
        if key not in by_rule:
            notes.append(f"waiver for {w.rule}{where} unused: no such rule was run on this document")
            continue
        i = by_rule[key]
        result = out[i]
        if w.expires < as_of:
            notes.append(
                f"waiver for {w.rule}{where} expired on {w.expires.isoformat()} and no longer applies "
                f"(result: {result.status})"
            )
            continue
        if not waivable.get(result.rule_id, True):
            notes.append(f"waiver for {w.rule}{where} unused: rule {result.rule_id} cannot be waived")
            continue
        if result.status not in WAIVABLE_STATUSES:
            why = "the rule passes" if result.status == "pass" else f"the result is {result.status}"
            notes.append(f"waiver for {w.rule}{where} unused: {why}")
            continue
        used.add(key)
        out[i] = result.model_copy(
            update={
                "status": "waived",
                "underlying_status": result.status,
                "waiver": w.to_result(),
                "message": f"Waived until {w.expires.isoformat()} ({w.reason}). {result.message}",
            }
        )
    return out, notes
