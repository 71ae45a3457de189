"""DOCX gap report in the shape of a board paper.

Title, purpose, recommendations to the board, summary table (counts with denominators),
proposed actions, then an appendix with each gap: requirement, status, citation, evidence or
what was looked for, suggested action. RAG cells are shaded AND carry the word.
python-docx is imported inside render() so that other formats do not pay for it.
"""

from __future__ import annotations

import io

from masa_check.reporters._common import (
    RAG_FILL,
    STATUS_LABEL,
    applicable,
    counts,
    detail,
    evidence_text,
    is_gap,
    rag_word,
    status_text,
    summary_sentence,
    xml_safe,
)
from masa_check.results import DocumentResult, Result, RunResult

_SUMMARY_STATUSES = ("pass", "partial", "fail", "needs_review", "waived", "error", "not_applicable")
DEFAULT_ACTION = "Review the requirement and state in the arrangements how it is met."


def _shade(cell, hex_fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _table(document, header: list[str], rows: list[list[str]]):
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(xml_safe(text)).bold = True
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = xml_safe(text)
    return table


def _doc_name(doc: DocumentResult) -> str:
    return doc.name or doc.title or doc.path


def _gaps(run: RunResult) -> list[tuple[DocumentResult, Result]]:
    return [(d, r) for d in run.documents for r in d.results if is_gap(r)]


def _recommendations(run: RunResult) -> list[str]:
    gaps = _gaps(run)
    must = sum(1 for _, r in gaps if r.strength == "must" and r.status != "waived")
    should = sum(1 for _, r in gaps if r.strength == "should" and r.status != "waived")
    review = sum(1 for _, r in gaps if r.status == "needs_review")
    waived = sum(1 for _, r in gaps if r.status == "waived")
    recs = [f"Note the results of the check of {len(run.documents)} document(s) as of {run.as_of}."]
    if must:
        recs.append(f"Agree actions, owners and dates for the {must} gap(s) against statutory requirements (must).")
    if should:
        recs.append(f"Agree whether and when to address the {should} gap(s) against expectations (should).")
    if review:
        recs.append(f"Ask the business unit to review the {review} finding(s) that need a person's judgement.")
    if waived:
        recs.append(f"Confirm the {waived} accepted gap(s) (waivers) and their expiry dates remain appropriate.")
    return recs


def render(run: RunResult, *, color: bool = False) -> bytes:
    from docx import Document

    document = Document()
    names = ", ".join(_doc_name(d) for d in run.documents)
    document.add_heading(xml_safe(f"Safeguarding arrangements: gap report ({names})"), level=0)
    document.add_paragraph(xml_safe(f"Prepared by {run.tool.name} {run.tool.version}. Position as of {run.as_of}."))

    document.add_heading("1. Purpose", level=1)
    document.add_paragraph(
        "To inform the board of how the published arrangements compare with the statutory "
        "requirements and expectations, and to seek agreement to actions that close the gaps."
    )

    document.add_heading("2. Recommendations", level=1)
    document.add_paragraph("The board is asked to:")
    for rec in _recommendations(run):
        document.add_paragraph(xml_safe(rec), style="List Number")

    document.add_heading("3. Summary of findings", level=1)
    for doc in run.documents:
        document.add_paragraph(xml_safe(f"{_doc_name(doc)} ({doc.path}): {summary_sentence(doc)}"))
    header = ["Document", "Applicable"] + [STATUS_LABEL[s] for s in _SUMMARY_STATUSES]
    rows = [[_doc_name(d), str(applicable(d))] + [str(counts(d)[s]) for s in _SUMMARY_STATUSES] for d in run.documents]
    _table(document, header, rows)

    document.add_heading("4. Proposed actions", level=1)
    gaps = _gaps(run)
    if not gaps:
        document.add_paragraph("No gaps were found.")
    else:
        rows = [
            [f"A{i}", _doc_name(d), f"{r.rule_id}: {r.title}", rag_word(r), r.fix or DEFAULT_ACTION]
            for i, (d, r) in enumerate(gaps, 1)
        ]
        table = _table(document, ["Ref", "Document", "Requirement", "RAG", "Suggested action"], rows)
        for row, (_, r) in zip(table.rows[1:], gaps, strict=True):
            _shade(row.cells[3], RAG_FILL[rag_word(r)])

    document.add_page_break()
    document.add_heading("Appendix A: gaps with evidence", level=1)
    for i, (d, r) in enumerate(gaps, 1):
        document.add_heading(xml_safe(f"A{i}. {r.rule_id}: {r.title}"), level=2)
        evidence = "\n".join(evidence_text(ev) for ev in r.evidence) or "None found."
        fields = [
            ("Document", f"{_doc_name(d)} ({d.path})"),
            ("Status", f"{rag_word(r)}: {status_text(r)} ({r.strength})"),
            ("Requirement", r.title),
            ("Citation", r.citation),
            ("Finding", detail(r)),
            ("Evidence", evidence),
        ]
        if r.searched:
            fields.append(("What was looked for", r.searched))
        fields.append(("Suggested action", r.fix or DEFAULT_ACTION))
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in fields:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(label).bold = True
            cells[1].text = xml_safe(value)
        _shade(table.rows[1].cells[1], RAG_FILL[rag_word(r)])

    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
