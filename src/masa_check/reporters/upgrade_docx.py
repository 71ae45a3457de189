"""Upgrade action list as DOCX, A4: a short title, what was compared, the counts per category,
then one row per action (rule, what to do, evidence found, and owner and due date left empty
for the partnership to fill), then the rules that need nothing. python-docx is imported inside
render() so that other formats do not pay for it."""

from __future__ import annotations

import io

from masa_check.engine.upgrade import CATEGORIES, UpgradeReport, edition_label
from masa_check.reporters._common import RAG_FILL, xml_safe
from masa_check.reporters._upgrade import (
    doc_name,
    evidence_found,
    intro,
    rule_label,
    status_word,
    summary_line,
)
from masa_check.reporters.docx_report import _a4, _shade, _table

#: What kind of action a row is, under its rule.
_KIND = {"changed": "changed", "new": "new", "gap": "carried gap"}
#: The shade of an action's rule cell: a changed or new requirement amber, a carried gap red.
_FILL = {"changed": RAG_FILL["Amber"], "new": RAG_FILL["Amber"], "gap": RAG_FILL["Red"]}


def _grid(document, header: list[str], rows: list[list[str]], widths_mm: list[float]):
    """:func:`_table` with its grid columns set too, so that Word and LibreOffice alike give
    each column its width (the cell widths alone are ignored by LibreOffice)."""
    from docx.shared import Mm

    table = _table(document, header, rows, widths_mm)
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    return table


def render(report: UpgradeReport, *, color: bool = False) -> bytes:
    from docx import Document

    old, new = edition_label(report.old), edition_label(report.new)
    document = Document()
    _a4(document)
    document.add_heading(f"Moving to {new}: action list", level=0)
    document.add_paragraph(xml_safe(f"{doc_name(report)}. {intro(report)}"))
    for note in report.notes:
        document.add_paragraph(xml_safe(note), style="List Bullet")
    document.add_heading("Summary", level=1)
    document.add_paragraph(xml_safe(summary_line(report)))
    counts = report.counts()
    rows = [[report.heading(c), str(counts[c])] for c in CATEGORIES if c != "retired" or counts[c]]
    _grid(document, ["Category", "Rules"], rows, [150, 24])

    actions = report.actions()
    document.add_heading("Actions", level=1)
    if not actions:
        document.add_paragraph(f"Nothing to do: every {new} requirement checked is met.")
    else:
        document.add_paragraph(
            "One row per requirement to act on. Owner and due date are for the partnership to agree."
        )
        rows = [
            [
                f"{rule_label(i)}\n{i.title}\n({_KIND[i.category]}; {i.strength})",
                i.action or "",
                evidence_found(i, 1),
                "",
                "",
            ]
            for i in actions
        ]
        table = _grid(
            document, ["Rule", "What to do", "Evidence found", "Owner", "Due date"], rows, [32, 66, 40, 18, 18]
        )
        for row, item in zip(table.rows[1:], actions, strict=True):
            _shade(row.cells[0], _FILL.get(item.category, RAG_FILL["Grey"]))

    done = [i for i in report.items if not i.action]
    if done:
        document.add_heading("Nothing to do", level=1)
        rows = [
            [f"{rule_label(i)}\n{i.title}", f"{status_word(i.before)} / {status_word(i.after)}", evidence_found(i, 1)]
            for i in done
        ]
        _grid(document, ["Rule", f"{old} / {new}", "Evidence"], rows, [50, 30, 94])
    document.add_paragraph(
        xml_safe(f"Prepared by masa-check {report.tool_version}. A pass means the evidence quoted is there: check it.")
    )
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
