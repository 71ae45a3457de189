"""CSV: one row per (document, rule), RFC 4180 quoting, formula-injection safe.

A cell that a spreadsheet would read as a formula (starting with = + - @, tab or CR) is
prefixed with a single quote. Several pieces of evidence share one row: quotes are joined with
newlines, pages/sections/lines/urls with '; '.
"""

from __future__ import annotations

import csv
import io

from masa_check.reporters._common import doc_label, neutralise
from masa_check.results import RAG, RunResult
from masa_check.safe_text import visible

COLUMNS = [
    "document",
    "rule_id",
    "pack",
    "strength",
    "status",
    "underlying_status",
    "rag",
    "title",
    "message",
    "missing",
    "searched",
    "evidence_quote",
    "page",
    "section",
    "line",
    "field",
    "citation",
    "fix",
    "waiver_reason",
    "waiver_expires",
    "url",  # added last: a web page's URL (with #id) where evidence has no page
    "pack_sha256",  # the pack file applied, and the config (empty: none), so a row says what made it
    "config",
    "in_force_from",  # a statutory rule's commencement day ("" when none or not yet appointed)
]


def _join(values: list, sep: str = "; ") -> str:
    return sep.join(str(v) for v in values if v is not None and v != "")


def rows(run: RunResult) -> list[dict[str, str]]:
    out = []
    prov = run.provenance
    pack_hash = {p.id: p.sha256 for p in prov.packs} if prov else {}
    config = (
        visible(f"{prov.config.path} (sha256 {prov.config.sha256[:12]})", one_line=True) if prov and prov.config else ""
    )
    for doc in run.documents:
        for r in doc.results:
            ev = r.evidence
            out.append(
                {
                    "document": doc_label(doc),
                    "rule_id": r.rule_id,
                    "pack": r.pack,
                    "strength": r.strength,
                    "status": r.status,
                    "underlying_status": r.underlying_status or "",
                    "rag": RAG[r.status],
                    "title": r.title,
                    "message": r.message,
                    "missing": _join(r.missing),
                    "searched": r.searched or "",
                    "evidence_quote": _join([e.quote for e in ev], "\n"),
                    "page": _join([e.page for e in ev]),
                    "section": _join([e.section for e in ev]),
                    "line": _join([e.line for e in ev]),
                    "field": _join([e.path for e in ev]),
                    "citation": r.citation,
                    "fix": r.fix or "",
                    "waiver_reason": r.waiver.reason if r.waiver else "",
                    "waiver_expires": r.waiver.expires if r.waiver else "",
                    "url": _join([e.url for e in ev]),
                    "pack_sha256": pack_hash.get(r.pack, ""),
                    "config": config,
                    "in_force_from": r.in_force_from or "",
                }
            )
    return out


def render(run: RunResult, *, color: bool = False) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows(run):
        # control characters as escapes: a CSV is often looked at with cat or less
        writer.writerow({k: neutralise(visible(v) if isinstance(v, str) else v) for k, v in row.items()})
    return buf.getvalue()
