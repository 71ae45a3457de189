"""Which packs apply to a document by default: by its kind, date, cohort and cited guidance."""

from __future__ import annotations

import datetime as dt

from masa_check.document import Document
from masa_check.engine.packs import Registry

#: Arrangements dated on or after this follow Working Together 2023 (updated by December 2024).
WT2023_ARRANGEMENTS_FROM = dt.date(2024, 12, 31)
#: Working Together 2023 was published (and took effect) on 15 December 2023.
WT2023_IN_FORCE = dt.date(2023, 12, 15)
#: Working Together 2026 was published on GOV.UK on 18 March 2026 and, like the 2023 edition,
#: took effect on publication, replacing Working Together 2023.
WT2026_IN_FORCE = dt.date(2026, 3, 18)
#: The Children's Wellbeing and Schools Act 2026 received Royal Assent on 29 April 2026. Its
#: safeguarding-arrangements provisions (s.2-4) commence on days set by regulations; the
#: ``cwsa-2026-arrangements`` pack reports them as advisory until then (engine/commencement.py).
CWSA_ROYAL_ASSENT = dt.date(2026, 4, 29)
CWSA_PACK = "cwsa-2026-arrangements"
#: Families whose WT2026 pack is written; the others keep their WT2023 pack after WT2026.
WT2026_FAMILIES = {"arrangements", "yearly-report"}
#: What a WT2023 document of a family should do once WT2026 is in force, for the note.
_WT2026_NEXT = {
    "arrangements": "when it is next revised it should follow WT2026",
    "yearly-report": "the partners' next yearly report should follow WT2026",
}

#: The pack default selection applies to every document, whatever its kind.
ALWAYS = "currency"

KIND_PACKS = {
    "sab-arrangements": ["care-act-sab"],
    "sab-strategic-plan": ["care-act-sab-strategic-plan"],
    "sab-annual-report": ["care-act-sab-annual-report"],
    "cdr-arrangements": ["cdr-arrangements"],
}


def _guidance_pack(doc: Document, family: str, cutoff: dt.date, subject: str, noun: str, after: str) -> tuple[str, str]:
    """WT2026, WT2023 or WT2018 pack of a family, by the guidance the document cites or else by
    its date. A document dated on or after WT2026 took effect follows WT2026 even if it still
    cites WT2023 (the guidance it cites had been replaced when it was published)."""
    if family in WT2026_FAMILIES:
        if doc.guidance == "wt2026":
            return f"wt2026-{family}", f"wt2026-{family}: {subject} follows Working Together 2026"
        if doc.guidance != "wt2018" and doc.date and doc.date >= WT2026_IN_FORCE:
            still = " (it cites Working Together 2023, which WT2026 replaced)" if doc.guidance == "wt2023" else ""
            return (
                f"wt2026-{family}",
                f"wt2026-{family}: {noun} dated {doc.date} (Working Together 2026 in force from {WT2026_IN_FORCE}){still}",
            )
    if doc.guidance == "wt2023":
        return f"wt2023-{family}", f"wt2023-{family}: {subject} follows Working Together 2023"
    if doc.guidance is None and doc.date and doc.date >= cutoff:
        return f"wt2023-{family}", f"wt2023-{family}: {noun} dated {doc.date} ({after} {cutoff})"
    year_end = (doc.facts or {}).get("period_end") if family == "yearly-report" else None
    if doc.guidance is None and year_end and year_end >= cutoff:
        return f"wt2023-{family}", f"wt2023-{family}: {noun} on the year to {year_end} ({after} {cutoff})"
    if doc.guidance == "wt2018":
        why = f"{subject} follows Working Together 2018"
    elif doc.date:
        why = f"{noun} dated {doc.date}, before {cutoff}"
    else:
        why = "no date or guidance stated"
    return f"wt2018-{family}", f"wt2018-{family}: {why}"


def wt2026_note(doc: Document, packs: list[str], as_of: dt.date | None) -> str | None:
    """A note for a WT2023 arrangements document or yearly report checked on or after WT2026
    took effect: its verdicts stay WT2023's (the guidance it was written under), but the next
    revision (or report) is due under WT2026."""
    if as_of is None or as_of < WT2026_IN_FORCE:
        return None
    old = [p for p in packs if p.startswith("wt2023-") and p.removeprefix("wt2023-") in WT2026_FAMILIES]
    if not old:
        return None
    family = old[0].removeprefix("wt2023-")
    return (
        f"Working Together 2026 replaced Working Together 2023 on {WT2026_IN_FORCE}: this document "
        f"({'dated ' + str(doc.date) if doc.date else 'undated'}) is checked against {old[0]}, the guidance it "
        f"follows, and its verdicts are WT2023's; {_WT2026_NEXT[family]} "
        f"(upgrade --to wt2026 lists what changes, rule by rule; --pack wt2026-{family} gives its WT2026 verdicts)"
    )


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
    packs.append(ALWAYS)
    reasons.append(f"{ALWAYS}: applies to every document")
    return packs, reasons


def _reads_as(doc: Document) -> str:
    """What the document was read as, and why, for a note."""
    facts = doc.facts or {}
    inferred = facts.get("kind")
    if inferred is None:
        return f"its kind was not recognised (assumed {doc.kind})"
    if inferred != doc.kind:
        return f"it was read as {doc.kind}"  # --kind
    why = "; ".join((facts.get("kind_signals") or [])[:1])
    return f"it reads as {inferred}" + (f" ({why})" if why else "")


_COHORT_NAMES = {"children": "children only", "adults": "adults only", "all-age": "children and adults"}


def _fitting_cohort(doc: Document, allowed: set[str]) -> str | None:
    """A cohort every requested pack is for: adults for a SAB document, else all-age."""
    if doc.kind.startswith("sab-") and "adults" in allowed:
        return "adults"
    for cohort in ("all-age", "children", "adults"):
        if cohort in allowed:
            return cohort
    return None


def fit_to_requested(doc: Document, registry: Registry, requested: list[str]) -> list[str]:
    """An explicitly named pack always runs. A published document whose inferred kind or cohort
    is not one a named pack is for is read as the pack's, as ``--kind`` would read it, and a
    note says so. A declared YAML file states its own kind and cohort: it is left as it is."""
    if doc.source == "yaml":
        return []
    notes: list[str] = []
    packs = [registry.get(p) for p in dict.fromkeys(requested)]
    others = [p for p in packs if doc.kind not in p.applies_to.kinds]
    if others:
        reads = _reads_as(doc)
        if len(others) == len(packs):  # no named pack is for the kind read: take the first's
            doc.kind = others[0].applies_to.kinds[0]
        for pack in others:
            kinds = " / ".join(pack.applies_to.kinds)
            how = f"reading the document as {doc.kind}" if doc.kind in pack.applies_to.kinds else "all the same"
            notes.append(f"--pack {pack.id}: {reads}, but the pack is for {kinds} documents; run as asked, {how}")
    allowed = set.intersection(*(set(p.applies_to.cohorts) for p in packs)) if packs else set()
    if allowed and doc.cohort not in allowed:
        cohort = _fitting_cohort(doc, allowed)
        if cohort is not None:
            named = ", ".join(p.id for p in packs if doc.cohort not in p.applies_to.cohorts)
            notes.append(
                f"--pack {named}: the document reads as one for {_COHORT_NAMES.get(doc.cohort, doc.cohort)}, but "
                f"the pack is for {' / '.join(sorted(allowed))} partnerships; run as asked, reading it as {cohort}"
            )
            doc.cohort = cohort
    return notes


def choose_packs(
    doc: Document, registry: Registry, requested: list[str] | None, as_of: dt.date | None = None
) -> tuple[list[str], list[str]]:
    """Requested packs (validated; the document fitted to them) or the defaults that are
    installed, with the reasons (and, checked on or after ``as_of`` WT2026 took effect, a note
    on a WT2023 document)."""
    if requested:
        for pack_id in requested:
            registry.get(pack_id)
        notes = fit_to_requested(doc, registry, requested)
        return list(dict.fromkeys(requested)), ["packs chosen with --pack: " + ", ".join(requested), *notes]
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
    cwsa = cwsa_reason(doc, chosen, as_of)
    if cwsa and CWSA_PACK not in chosen:
        if CWSA_PACK in registry.packs:
            at = next((i + 1 for i, p in enumerate(chosen) if p.endswith("-arrangements")), len(chosen))
            chosen.insert(at, CWSA_PACK)
            notes.insert(at, cwsa)
        else:
            notes.append(f"{CWSA_PACK} would apply but is not installed")
    note = wt2026_note(doc, chosen, as_of)
    if note:
        notes.append(note)
    return chosen, notes


def cwsa_reason(doc: Document, chosen: list[str], as_of: dt.date | None) -> str | None:
    """Why the CWSA 2026 statutory rules apply to a children's arrangements document: it follows
    WT2026, or it is checked on or after Royal Assent (the statute binds the partnership's
    arrangements whichever edition of the guidance they were written under; its rules stay
    advisory until their provisions commence). None for other documents."""
    if doc.kind != "arrangements" or doc.cohort == "adults":
        return None
    if "wt2026-arrangements" in chosen:
        why = "the document is checked against Working Together 2026"
    elif as_of is not None and as_of >= CWSA_ROYAL_ASSENT:
        why = f"checked on or after the Act's Royal Assent ({CWSA_ROYAL_ASSENT})"
    else:
        return None
    return (
        f"{CWSA_PACK}: Children's Wellbeing and Schools Act 2026 duties for safeguarding arrangements, {why}; "
        "each rule is advisory until its provision commences"
    )
