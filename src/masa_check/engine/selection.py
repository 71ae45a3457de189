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


def _guidance_pack(doc: Document, family: str, cutoff: dt.date, subject: str, noun: str, after: str) -> tuple[str, str]:
    """WT2023 or WT2018 pack of a family, by the guidance the document cites or else by its date."""
    if doc.guidance == "wt2023":
        return f"wt2023-{family}", f"wt2023-{family}: {subject} follows Working Together 2023"
    if doc.guidance is None and doc.date and doc.date >= cutoff:
        return f"wt2023-{family}", f"wt2023-{family}: {noun} dated {doc.date} ({after} {cutoff})"
    if doc.guidance == "wt2018":
        why = f"{subject} follows Working Together 2018"
    elif doc.date:
        why = f"{noun} dated {doc.date}, before {cutoff}"
    else:
        why = "no date or guidance stated"
    return f"wt2018-{family}", f"wt2018-{family}: {why}"


def default_packs(doc: Document) -> tuple[list[str], list[str]]:
    """Return (pack ids, reasons) for a document; the reasons are printed with the results."""
    packs: list[str] = []
    reasons: list[str] = []
    if doc.kind == "arrangements":
        pack, reason = _guidance_pack(
            doc, "arrangements", WT2023_ARRANGEMENTS_FROM, "the document", "arrangements", "on or after"
        )
        packs.append(pack)
        reasons.append(reason)
        if doc.cohort in ("all-age", "adults"):
            packs.append("care-act-sab")
            reasons.append("care-act-sab: the partnership covers adults as well as children")
    elif doc.kind == "yearly-report":
        pack, reason = _guidance_pack(
            doc, "yearly-report", WT2023_IN_FORCE, "the report", "report", "Working Together 2023 in force from"
        )
        packs.append(pack)
        reasons.append(reason)
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
    for pack_id in sorted(registry.local):
        if doc.kind in registry.packs[pack_id].applies_to.kinds and pack_id not in chosen:
            chosen.append(pack_id)
            notes.append(f"{pack_id}: local pack for {doc.kind} documents")
    return chosen, notes
