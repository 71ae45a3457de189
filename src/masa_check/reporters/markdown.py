"""Markdown: per document a summary with denominators, then one table row per rule.

Document text is escaped so it cannot break the table or inject HTML: pipes become '\\|',
'<', '>' and '&' become entities, newlines become '<br>'; brackets are escaped so that no image
(a tracking beacon) or link (``javascript:``) can be made from document text, and control
characters are shown as escapes.
"""

from __future__ import annotations

import re

from masa_check.provenance import lines as provenance_lines
from masa_check.reporters._common import (
    STATUS_LABEL,
    detail,
    doc_label,
    evidence_text,
    is_gap,
    status_text,
    summary_sentence,
)
from masa_check.results import DocumentResult, Result, RunResult
from masa_check.safe_text import visible

#: A symbol beside the word, never instead of it.
SYMBOL = {
    "pass": "\U0001f7e2",  # green circle
    "partial": "\U0001f7e0",  # orange circle
    "fail": "\U0001f534",  # red circle
    "error": "\U0001f534",
    "needs_review": "\u26aa",  # white circle
    "not_applicable": "\u2796",  # heavy minus
    "waived": "\U0001f535",  # blue circle
    "advisory": "\U0001f7e3",  # purple circle
}


def cell(text: str) -> str:
    """Escape text for a Markdown table cell."""
    text = visible(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    text = text.replace("[", "\\[").replace("]", "\\]").replace("`", "\\`")
    text = re.sub(r"(?i)\b(javascript|vbscript|data):", r"\1&#58;", text)
    return "<br>".join(line.strip() for line in text.splitlines()) if "\n" in text else text


def status_cell(r: Result) -> str:
    return f"{SYMBOL[r.status]} {status_text(r)}"


def _row(r: Result) -> str:
    evidence = "<br>".join(cell(evidence_text(ev)) for ev in r.evidence) or "—"
    return f"| {cell(r.rule_id)} {cell(r.title)} | {status_cell(r)} | {r.strength} | {cell(detail(r))} | {evidence} |"


def table(results: list[Result]) -> list[str]:
    lines = [
        "| Rule | Status | Strength | Message | Evidence |",
        "|---|---|---|---|---|",
    ]
    return lines + [_row(r) for r in results]


def document_section(doc: DocumentResult, *, gaps_only: bool = False, level: int = 2) -> list[str]:
    lines = [f"{'#' * level} {cell(doc_label(doc))}", ""]
    if doc.title:
        lines += [f"*{cell(doc.title)}*", ""]
    lines += [
        f"Kind: {cell(doc.kind)} · packs: {cell(', '.join(doc.packs))}",
        "",
        f"**{summary_sentence(doc)}**",
        "",
    ]
    results = [r for r in doc.results if is_gap(r)] if gaps_only else doc.results
    if results:
        lines += table(results)
    else:
        lines.append("No gaps.")
    lines.append("")
    return lines


def render(run: RunResult, *, color: bool = False) -> str:
    lines = [
        f"# {cell(run.tool.name)} results",
        "",
        f"As of {cell(str(run.as_of))} · {cell(run.tool.name)} {cell(run.tool.version)}",
        "",
    ]
    applied = provenance_lines(run.provenance)
    if applied:
        lines += [*(f"- {cell(line)}" for line in applied), ""]
    for doc in run.documents:
        lines += document_section(doc)
    legend = ", ".join(f"{SYMBOL[s]} {label}" for s, label in STATUS_LABEL.items())
    lines += [f"Key: {legend}.", ""]
    return "\n".join(lines)
