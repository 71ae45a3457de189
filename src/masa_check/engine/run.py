"""Run the chosen packs over one document and assemble its DocumentResult."""

from __future__ import annotations

import datetime as dt

from masa_check.document import Document
from masa_check.engine.declared_checks import Context
from masa_check.engine.evaluate import evaluate_pack
from masa_check.engine.packs import Registry
from masa_check.engine.selection import choose_packs
from masa_check.results import DocumentResult, Result, summarise


def _cohort_mismatch(doc: Document, pack) -> str | None:
    if doc.cohort in pack.applies_to.cohorts:
        return None
    return f"{doc.cohort} partnership: pack {pack.id} applies to {', '.join(pack.applies_to.cohorts)} only"


def check_document(
    doc: Document,
    registry: Registry,
    *,
    as_of: dt.date,
    packs: list[str] | None = None,
) -> DocumentResult:
    ctx = Context(as_of=as_of)
    chosen, notes = choose_packs(doc, registry, packs)
    results: list[Result] = []
    for pack_id in chosen:
        pack = registry.get(pack_id)
        reason = _cohort_mismatch(doc, pack)
        if reason:
            for rule in pack.rules:
                results.append(
                    Result(
                        rule_id=rule.id,
                        pack=pack.id,
                        title=rule.title,
                        strength=rule.strength,
                        status="not_applicable",
                        citation=rule.citation,
                        message=reason,
                        fix=rule.fix,
                    )
                )
            continue
        results.extend(evaluate_pack(doc, pack, ctx))
    return DocumentResult(
        path=doc.path,
        source=doc.source,
        kind=doc.kind,
        packs=chosen,
        results=results,
        summary=summarise(results),
        notes=[*notes, *doc.notes],
        date=doc.date.isoformat() if doc.date else None,
        title=doc.title,
    )


def blocking(result: Result, fail_on: str) -> bool:
    """Whether a result makes the run exit 1 at the ``--fail-on`` threshold."""
    if fail_on == "none" or result.status not in ("fail", "partial", "error"):
        return False
    return fail_on == "should" or result.strength == "must"
