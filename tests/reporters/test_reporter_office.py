"""DOCX and XLSX reports open back with the right rows, colours with words, and inert cells."""

from __future__ import annotations

import io
import sys

import pytest

from masa_check.reporters import docx_report, xlsx_report

SCRIPT = "<script>alert(1)</script>"  # as in conftest.py
FORMULA = "=cmd|' /C calc'!A0"
GAP = ("partial", "fail", "error", "needs_review", "waived")


def test_heavy_libraries_not_imported_at_module_import():
    # render() imports them; importing the reporter modules alone must not.
    import subprocess

    code = (
        "import sys; import masa_check.reporters.docx_report, masa_check.reporters.xlsx_report, "
        "masa_check.reporters.html; "
        "print(sorted(m for m in ('docx', 'openpyxl', 'jinja2') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"


def test_xlsx_rows_rag_and_dropdowns(run):
    openpyxl = pytest.importorskip("openpyxl")
    data = xlsx_report.render(run)
    assert isinstance(data, bytes)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames[:2] == ["Self-assessment", "Action tracker"]
    ws = wb["Self-assessment"]
    header = [c.value for c in ws[1]]
    assert header[:2] == ["Document", "Rule"] and "Moderated status" in header and "Due date" in header
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    expected = [(d.path, r.rule_id) for d in run.documents for r in d.results]
    assert [(row[0], row[1]) for row in rows] == expected
    assert ws.freeze_panes == "B2" and ws.auto_filter.ref
    # printed: A4 landscape, fitted to the width, the header row on every page; wrapped rows grow
    assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
    assert max(ws.row_dimensions[i].height or 0 for i in range(2, ws.max_row + 1)) > 15
    rag = header.index("RAG status") + 1
    words = {ws.cell(row=i, column=rag).value: ws.cell(row=i, column=rag).fill.fgColor.rgb for i in range(2, 16)}
    assert set(words) == {"Green", "Amber", "Red", "Grey", "N/A", "Waived"}
    assert words["Red"].endswith("FFC7CE") and words["Green"].endswith("C6EFCE")
    moderated = header.index("Moderated status") + 1
    assert all(ws.cell(row=i, column=moderated).value is None for i in range(2, 16))
    lists = [dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert lists == ['"Green,Amber,Red,N/A"']
    # formula injection: no cell is a formula, the hostile quote is prefixed
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", cell.coordinate
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@")), cell.value
    evidence = [row[header.index("Machine evidence")] for row in rows]
    assert any(FORMULA in e for e in evidence)

    tracker = wb["Action tracker"]
    t_rows = list(tracker.iter_rows(min_row=2, values_only=True))
    gaps = [(d.path, r.rule_id) for d in run.documents for r in d.results if r.status in GAP]
    assert [(row[1], row[2]) for row in t_rows] == gaps
    assert tracker.freeze_panes == "B2"
    assert any(dv.type == "list" for dv in tracker.data_validations.dataValidation)


def test_docx_board_paper(run):
    docx = pytest.importorskip("docx")
    from docx.shared import Mm

    data = docx_report.render(run)
    assert isinstance(data, bytes)
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)  # A4
    headings = [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == "Safeguarding arrangements: gap report"  # short, whatever the documents
    assert "1. Purpose" in headings and "2. Recommendations" in headings
    # one section per document, each with its gaps in full
    assert sum(1 for h in headings if h == "Proposed actions") == len(run.documents)
    gaps = [r for d in run.documents for r in d.results if r.status in GAP]
    detail = [h for h in headings if ":" in h and h.split(":")[0].count("-") >= 1 and not h[0].isdigit()]
    assert len(detail) == len(gaps)
    summary = document.tables[0]
    assert [c.text for c in summary.rows[0].cells][:3] == ["Document", "In scope", "Pass"]
    assert len(summary.rows) == 1 + len(run.documents)
    assert summary.rows[1].cells[1].text == "6" and summary.rows[1].cells[2].text == "1"
    assert summary.rows[0].cells[0].width > summary.rows[0].cells[2].width  # widths set to content
    actions = [t for t in document.tables if t.rows[0].cells[0].text == "Requirement" and len(t.columns) == 3]
    assert sum(len(t.rows) - 1 for t in actions) == len(gaps)
    assert {row.cells[1].text for t in actions for row in t.rows[1:]} == {"Amber", "Red", "Grey", "Waived"}
    passes = [t for t in document.tables if t.rows[0].cells[-1].text.startswith("Best evidence")]
    assert passes and all(row.cells[1].text for t in passes for row in t.rows[1:])  # every pass has its quote
    all_text = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert SCRIPT in all_text  # kept as literal text
    assert "Name the independent scrutineer" in all_text
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert "1 of 6 applicable rules pass" in paragraphs


def test_control_characters_from_pdf_text_do_not_break_xml_formats(run):
    from masa_check.reporters import junit

    run.documents[1].results[1].evidence[0].quote = "form\x0cfeed and \x00null from a PDF"
    docx = pytest.importorskip("docx")
    openpyxl = pytest.importorskip("openpyxl")
    document = docx.Document(io.BytesIO(docx_report.render(run)))
    assert any("formfeed and null" in c.text for t in document.tables for row in t.rows for c in row.cells)
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_report.render(run)))
    assert wb["Self-assessment"].max_row == 1 + sum(len(d.results) for d in run.documents)
    assert "formfeed and null" in junit.render(run)


def test_docx_summary_grid_has_content_widths_that_fill_a4(run):
    """LibreOffice and Google Docs lay a table out by its grid (w:gridCol), not its cells: the
    summary's grid gives the document column room and fills the A4 text width (174 mm)."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Mm

    document = Document(io.BytesIO(docx_report.render(run)))
    summary = document.tables[0]
    grid = [int(c.get(qn("w:w"))) for c in summary._tbl.tblGrid.findall(qn("w:gridCol"))]
    twips = lambda mm: round(Mm(mm) / 635)  # noqa: E731 (EMU -> twentieths of a point)
    assert grid[0] == pytest.approx(twips(46), abs=2) and min(grid[1:]) >= twips(14)
    assert sum(grid) == pytest.approx(twips(174), abs=10)
    header = [c.text for c in summary.rows[0].cells]
    assert "Pass" in header and "Fail" in header and "Advisory" not in header  # no column for an absent status
    assert all(len(word) <= 8 for h in header[1:] for word in h.split()), header  # no word broken in a narrow column
