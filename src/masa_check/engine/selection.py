"""Which packs apply to a document by default: by its kind, date, cohort and cited guidance."""

from __future__ import annotations

import datetime as dt

from masa_check.document import Document
from masa_check.engine.packs import Registry

#: Arrangements dated on or after this follow Working Together 2023 (updated by December 2024).
WT2023_ARRANGEMENTS_FROM = dt.date(2024, 12, 31)
#: Working Together 2023 was published (and took effect) on 15 December 2023.
WT2023_IN_FORCE = dt.date(2023, 12, 15)

KIND_PACKS = {
    "sab-arrangements": ["care-act-sab"],
    "sab-strategic-plan": ["care-act-sab-strategic-plan"],
    "sab-annual-report": ["care-act-sab-annual-report"],
    "cdr-arrangements": ["cdr-arrangements"],
}


def default_packs(doc: Document) -> tuple[list[str], list[str]]:
    """Return (pack ids, reasons) for a document; the reasons are printed with the results."""
    packs: list[str] = []
    reasons: list[str] = []
    if doc.kind == "arrangements":
        if doc.guidance == "wt2023":
            packs.append("wt2023-arrangements")
            reasons.append("wt2023-arrangements: the document follows Working Together 2023")
        elif doc.guidance is None and doc.date and doc.date >= WT2023_ARRANGEMENTS_FROM:
            packs.append("wt2023-arrangements")
            reasons.append(
                f"wt2023-arrangements: arrangements dated {doc.date} (on or after {WT2023_ARRANGEMENTS_FROM})"
            )
        else:
            packs.append("wt2018-arrangements")
            why = (
                "the document follows Working Together 2018"
                if doc.guidance == "wt2018"
                else (
                    f"arrangements dated {doc.date}, before {WT2023_ARRANGEMENTS_FROM}"
                    if doc.date
                    else "no date or guidance stated"
                )
            )
            reasons.append(f"wt2018-arrangements: {why}")
        if doc.cohort in ("all-age", "adults"):
            packs.append("care-act-sab")
            reasons.append("care-act-sab: the partnership covers adults as well as children")
    elif doc.kind == "yearly-report":
        if doc.guidance == "wt2023":
            packs.append("wt2023-yearly-report")
            reasons.append("wt2023-yearly-report: the report follows Working Together 2023")
        elif doc.guidance is None and doc.date and doc.date >= WT2023_IN_FORCE:
            packs.append("wt2023-yearly-report")
            reasons.append(
                f"wt2023-yearly-report: report dated {doc.date} (Working Together 2023 in force from {WT2023_IN_FORCE})"
            )
        else:
            packs.append("wt2018-yearly-report")
            why = (
                "the report follows Working Together 2018"
                if doc.guidance == "wt2018"
                else (
                    f"report dated {doc.date}, before {WT2023_IN_FORCE}" if doc.date else "no date or guidance stated"
                )
            )
            reasons.append(f"wt2018-yearly-report: {why}")
    else:
        for pack in KIND_PACKS.get(doc.kind, []):
            packs.append(pack)
            reasons.append(f"{pack}: document kind {doc.kind}")
    packs.append("currency")
    reasons.append("currency: applies to every document")
    return packs, reasons


def choose_packs(doc: Document, registry: Registry, requested: list[str] | None) -> tuple[list[str], list[str]]:
    """Requested packs (validated) or the defaults that are installed, with the reasons."""
    if requested:
        for pack_id in requested:
            registry.get(pack_id)
        return list(dict.fromkeys(requested)), ["packs chosen with --pack: " + ", ".join(requested)]
    packs, reasons = default_packs(doc)
    chosen, notes = [], []
    for pack_id, reason in zip(packs, reasons, strict=True):
        if pack_id in registry.packs:
            chosen.append(pack_id)
            notes.append(reason)
        else:
            notes.append(f"{pack_id} would apply but is not installed")
    return chosen, notes
