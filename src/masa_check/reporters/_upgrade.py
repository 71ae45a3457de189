"""Helpers shared by the upgrade reporters: labels, counts and the evidence found for an item.

They render an :class:`~masa_check.engine.upgrade.UpgradeReport` only; nothing here reads the
document.
"""

from __future__ import annotations

from masa_check.engine.upgrade import CATEGORIES, UpgradeItem, UpgradeReport, edition_label
from masa_check.reporters._common import STATUS_LABEL, evidence_text

#: Short category names for a summary line or a column.
SHORT = {
    "still_met": "still met",
    "changed": "changed",
    "new": "new",
    "gap": "carried gaps",
    "retired": "not carried over",
}


def status_word(status: str | None) -> str:
    return STATUS_LABEL[status] if status else "—"


def rule_label(item: UpgradeItem) -> str:
    """'WT26-ARR-23 (continues WT23-ARR-14, provisional)'."""
    extra = [f"continues {item.continues}"] if item.continues else []
    if item.provisional:
        extra.append("provisional")
    return item.rule_id + (f" ({', '.join(extra)})" if extra else "")


def evidence_lines(item: UpgradeItem, limit: int = 2, *, count_more: bool = True) -> list[str]:
    """The best evidence the document already has for the item, one line each (at most
    ``limit``, then how many more unless ``count_more`` is false)."""
    shown = [evidence_text(ev) for ev in item.evidence[:limit]]
    more = len(item.evidence) - limit
    if more > 0 and count_more:
        shown.append(f"and {more} more")
    return shown


def evidence_found(item: UpgradeItem, limit: int = 2) -> str:
    """:func:`evidence_lines` as text, or 'None found.'."""
    return "\n".join(evidence_lines(item, limit)) or "None found."


def doc_name(report: UpgradeReport) -> str:
    """The document's title when it has a short one, else its file name."""
    name = report.path.replace("\\", "/").rsplit("/", 1)[-1]
    if report.title and len(report.title) <= 90:
        return f"{report.title} ({name})"
    return name


def summary_line(report: UpgradeReport) -> str:
    """'From WT2023 to WT2026: 20 still met, 1 changed, 2 new, 0 carried gaps; 3 actions.'"""
    counts = report.counts()
    parts = [f"{counts[c]} {SHORT[c]}" for c in CATEGORIES if c != "retired" or counts[c]]
    actions = len(report.actions())
    return (
        f"From {edition_label(report.old)} to {edition_label(report.new)}: {', '.join(parts)}; "
        f"{actions} action{'s' if actions != 1 else ''}."
    )


def intro(report: UpgradeReport) -> str:
    """What was compared, in one sentence."""
    return (
        f"Checked under {', '.join(report.old_packs)} (Working Together {report.old[-4:]}) and "
        f"{', '.join(report.new_packs)} (Working Together {report.new[-4:]}), as of {report.as_of}."
        if report.old.startswith("wt") and report.new.startswith("wt")
        else f"Checked under {', '.join(report.old_packs)} and {', '.join(report.new_packs)}, as of {report.as_of}."
    )


def render_json(report: UpgradeReport, *, color: bool = False) -> str:
    """The report as JSON (the model's fields), for other tools; an undecodable file name is
    written as its ``\\uDCxx`` escape, as the results JSON writes it."""
    import json

    from masa_check.reporters.json_report import _SURROGATE

    text = json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
