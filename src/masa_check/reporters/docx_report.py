"""DOCX gap report in the shape of a board paper, A4.

A short title, then a summary a board reads first (purpose, recommendations, one row per
document with counts and denominators), then one section per document: its proposed actions,
its passes with the best evidence for each, and each gap in full (requirement, status,
citation, evidence or what was looked for, suggested action). RAG cells are shaded AND carry
the word; column widths are set to what each column holds. python-docx is imported inside
render() so that other formats do not pay for it.
"""

from __future__ import annotations

import io

from masa_check.provenance import lines as provenance_lines
from masa_check.reporters._common import (
    RAG_FILL,
    STATUS_LABEL,
    applicable,
    counts,
    detail,
    evidence_text,
    is_gap,
    not_yet_in_force,
    rag_word,
    status_text,
    summary_sentence,
    xml_safe,
)
from masa_check.results import DocumentResult, Result, RunResult

#: Column heads short enough not to break inside a word in a narrow column (the key below says them).
_SHORT_LABEL = {"needs_review": "Review", "not_applicable": "N/A"}
#: A4 less two 18 mm margins: what a table may fill.
A4_TEXT_MM = 174
_SUMMARY_STATUSES = ("pass", "partial", "fail", "needs_review", "waived", "advisory", "error", "not_applicable")
DEFAULT_ACTION = "Review the requirement and state in the arrangements how it is met."


def _shade(cell, hex_fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _table(document, header: list[str], rows: list[list[str]], widths_mm: list[float] | None = None):
    """A grid table in 9 pt, header bold and repeated on each page, columns as wide as given."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(xml_safe(text)).bold = True
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(flag)
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = xml_safe(text)
    if widths_mm:  # the grid too: LibreOffice and Google Docs lay out by w:gridCol, not the cells
        for column, width in zip(table.columns, widths_mm, strict=True):
            column.width = Mm(width)
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            if widths_mm:
                cell.width = Mm(widths_mm[i])
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(9)
    return table


def _a4(document) -> None:
    """A4 portrait with 18 mm margins (python-docx's template is US Letter)."""
    from docx.shared import Mm

    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(18)
        section.top_margin = section.bottom_margin = Mm(18)


def _doc_name(doc: DocumentResult) -> str:
    """The partnership's name or the document's title when it names one, else the file name."""
    import re

    if doc.name:
        return doc.name
    if doc.title and re.search(r"(?i)\b(partnership|board|safeguarding|arrangements|report|plan)\b", doc.title):
        return doc.title if len(doc.title) <= 90 else doc.title[:87] + "..."
    return doc.path.replace("\\", "/").rsplit("/", 1)[-1]


def _gaps(run: RunResult) -> list[tuple[DocumentResult, Result]]:
    return [(d, r) for d in run.documents for r in d.results if is_gap(r)]


def _recommendations(run: RunResult) -> list[str]:
    gaps = _gaps(run)
    must = sum(1 for _, r in gaps if r.strength == "must" and r.status not in ("waived", "advisory"))
    should = sum(1 for _, r in gaps if r.strength == "should" and r.status not in ("waived", "advisory"))
    review = sum(1 for _, r in gaps if r.status == "needs_review")
    waived = sum(1 for _, r in gaps if r.status == "waived")
    advisory = sum(1 for _, r in gaps if r.status == "advisory")
    recs = [f"Note the results of the check of {len(run.documents)} document(s) as of {run.as_of}."]
    if must:
        recs.append(f"Agree actions, owners and dates for the {must} gap(s) against statutory requirements (must).")
    if should:
        recs.append(f"Agree whether and when to address the {should} gap(s) against expectations (should).")
    if review:
        recs.append(f"Ask the business unit to review the {review} finding(s) that need a person's judgement.")
    if waived:
        recs.append(f"Confirm the {waived} accepted gap(s) (waivers) and their expiry dates remain appropriate.")
    if advisory:
        recs.append(
            f"Plan for the {advisory} duty(ies) not yet in force (advisory): what the arrangements will need "
            "once the provisions commence."
        )
    return recs


def _summary(document, run: RunResult) -> None:
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
    if len(run.documents) == 1:
        document.add_paragraph(xml_safe(summary_sentence(run.documents[0])))
    # a status no document has gets no column, so the rest keep room for their words
    shown = [s for s in _SUMMARY_STATUSES if s in ("pass", "fail") or any(counts(d)[s] for d in run.documents)]
    header = ["Document", "In scope"] + [_SHORT_LABEL.get(s, STATUS_LABEL[s]) for s in shown]
    rows = [[_doc_name(d), str(applicable(d))] + [str(counts(d)[s]) for s in shown] for d in run.documents]
    rest = (A4_TEXT_MM - 46) / (len(shown) + 1)
    _table(document, header, rows, [46] + [rest] * (len(shown) + 1))
    document.add_paragraph(
        "In scope: the rules that apply to the document (not applicable ones left out)."
        + ("" if "needs_review" not in shown else " Review: needs a person's judgement.")
        + ("" if "not_applicable" not in shown else " N/A: not applicable.")
    )


def _document_section(document, number: int, doc: DocumentResult) -> None:
    document.add_page_break()
    document.add_heading(xml_safe(f"{number}. {_doc_name(doc)}"), level=1)
    document.add_paragraph(xml_safe(f"{doc.path}: {summary_sentence(doc)} Packs: {', '.join(doc.packs)}."))
    gaps = [r for r in doc.results if is_gap(r)]
    document.add_heading("Proposed actions", level=2)
    if not gaps:
        document.add_paragraph("No gaps were found.")
    else:
        rows = [[f"{r.rule_id}: {r.title}", rag_word(r), r.fix or DEFAULT_ACTION] for r in gaps]
        table = _table(document, ["Requirement", "RAG", "Suggested action"], rows, [62, 16, 96])
        for row, r in zip(table.rows[1:], gaps, strict=True):
            _shade(row.cells[1], RAG_FILL[rag_word(r)])
    passes = [r for r in doc.results if r.status == "pass"]
    if passes:
        document.add_heading("Passes and their evidence", level=2)
        rows = [[f"{r.rule_id}: {r.title}", evidence_text(r.evidence[0]) if r.evidence else r.message] for r in passes]
        table = _table(document, ["Requirement", "Best evidence (page or address, heading)"], rows, [62, 112])
        for row in table.rows[1:]:
            _shade(row.cells[0], RAG_FILL["Green"])
    if gaps:
        document.add_heading("Gaps with evidence", level=2)
    for r in gaps:
        _gap_detail(document, r)


def _gap_detail(document, r: Result) -> None:
    from docx.shared import Mm

    document.add_heading(xml_safe(f"{r.rule_id}: {r.title}"), level=3)
    evidence = "\n".join(evidence_text(ev) for ev in r.evidence) or "None found."
    fields = [
        ("Status", f"{rag_word(r)}: {status_text(r)} ({r.strength})"),
        ("Citation", r.citation),
        *([("In force", not_yet_in_force(r) + ": advisory, not counted")] if r.status == "advisory" else []),
        ("Finding", detail(r)),
        ("Evidence", evidence),
    ]
    if r.searched:
        fields.append(("What was looked for", r.searched))
    fields.append(("Suggested action", r.fix or DEFAULT_ACTION))
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    for label, value in fields:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = xml_safe(value)
        cells[0].width, cells[1].width = Mm(34), Mm(140)
    _shade(table.rows[0].cells[1], RAG_FILL[rag_word(r)])


def render(run: RunResult, *, color: bool = False) -> bytes:
    from docx import Document

    document = Document()
    _a4(document)
    document.add_heading("Safeguarding arrangements: gap report", level=0)
    subject = _doc_name(run.documents[0]) if len(run.documents) == 1 else f"{len(run.documents)} documents"
    document.add_paragraph(
        xml_safe(f"{subject}. Prepared by {run.tool.name} {run.tool.version}; position as of {run.as_of}.")
    )
    for line in provenance_lines(run.provenance):
        document.add_paragraph(xml_safe(line))
    _summary(document, run)
    for number, doc in enumerate(run.documents, 4):
        _document_section(document, number, doc)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
