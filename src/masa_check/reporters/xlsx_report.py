"""XLSX self-assessment workbook, in the style of local RAG self-assessment tools.

Sheet "Self-assessment": one row per (document, requirement) with the machine's RAG (fill colour
AND word) and evidence, then columns for people: Moderated status (dropdown), Action, Owner,
Due date. Sheet "Action tracker": one row per gap with action, owner, due date, progress and a
status dropdown. Frozen headers, filters, column widths. Text that a spreadsheet would read as a
formula (= + - @ tab CR) is prefixed with a quote. openpyxl is imported inside render().
"""

from __future__ import annotations

import io

from masa_check.provenance import lines as provenance_lines
from masa_check.reporters._common import (
    RAG_FILL,
    detail,
    doc_label,
    evidence_text,
    is_gap,
    neutralise,
    rag_word,
    status_text,
    xml_safe,
)
from masa_check.results import RunResult

ASSESSMENT_COLUMNS = [
    ("Document", 30),
    ("Rule", 14),
    ("Pack", 20),
    ("Requirement", 40),
    ("Strength", 10),
    ("Citation", 30),
    ("RAG status", 12),
    ("Machine status", 18),
    ("Finding", 45),
    ("Machine evidence", 60),
    ("Moderated status", 18),
    ("Action", 40),
    ("Owner", 18),
    ("Due date", 12),
]
TRACKER_COLUMNS = [
    ("Ref", 6),
    ("Document", 30),
    ("Rule", 14),
    ("Gap", 40),
    ("RAG status", 12),
    ("Action", 45),
    ("Owner", 18),
    ("Due date", 12),
    ("Progress", 40),
    ("Status", 14),
]
MODERATED_CHOICES = ("Green", "Amber", "Red", "N/A")
ACTION_CHOICES = ("Not started", "In progress", "Complete", "Overdue")


def _cell(value):
    return neutralise(xml_safe(value)) if isinstance(value, str) else value


def _sheet(ws, columns, rows, rag_col: int, rag_words: list[str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws.append([name for name, _ in columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    for row in rows:
        ws.append([_cell(v) for v in row])
    for i, (_, width) in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    for r, word in enumerate(rag_words, 2):
        cell = ws.cell(row=r, column=rag_col)
        cell.fill = PatternFill("solid", fgColor=RAG_FILL[word])
        cell.font = Font(bold=True)
    _grow_rows(ws, [width for _, width in columns])
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(ws.max_row, 2)}"
    _print_setup(ws)


def _grow_rows(ws, widths: list[float]) -> None:
    """Row heights for wrapped text (Excel does not grow a row written by openpyxl on opening):
    the most lines any cell needs at its column's width, 15 points a line, at most 409."""
    import math

    for row in ws.iter_rows(min_row=2):
        lines = 1
        for cell, width in zip(row, widths, strict=False):
            text = "" if cell.value is None else str(cell.value)
            per_line = max(1, int(width * 1.1))
            need = sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))
            lines = max(lines, need)
        ws.row_dimensions[row[0].row].height = min(409, 15 * lines)


def _print_setup(ws) -> None:
    """Printed on A4 landscape, fitted to the page's width, the header row on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = True


def _dropdown(ws, column: int, choices, title: str) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    letter = get_column_letter(column)
    dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
    dv.promptTitle = title
    dv.prompt = "Choose one of: " + ", ".join(choices)
    dv.showInputMessage = True
    dv.errorTitle = title
    dv.error = "Choose one of: " + ", ".join(choices)
    dv.showErrorMessage = True
    ws.add_data_validation(dv)
    dv.add(f"{letter}2:{letter}{max(ws.max_row, 2) + 200}")


def _date_column(ws, column: int) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    letter = get_column_letter(column)
    dv = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
    dv.error = "Enter a date"
    dv.showErrorMessage = True
    ws.add_data_validation(dv)
    dv.add(f"{letter}2:{letter}{max(ws.max_row, 2) + 200}")
    for row in range(2, ws.max_row + 1):
        ws.cell(row=row, column=column).number_format = "yyyy-mm-dd"


def render(run: RunResult, *, color: bool = False) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Self-assessment"
    rows, words = [], []
    gaps = []
    for doc in run.documents:
        for r in doc.results:
            evidence = "\n".join(evidence_text(ev) for ev in r.evidence)
            if r.searched:
                evidence = (evidence + "\n" if evidence else "") + f"Looked for: {r.searched}"
            word = rag_word(r)
            rows.append(
                [
                    doc_label(doc),
                    r.rule_id,
                    r.pack,
                    r.title,
                    r.strength,
                    r.citation,
                    word,
                    status_text(r),
                    detail(r),
                    evidence or "None",
                    None,
                    r.fix if is_gap(r) else None,
                    None,
                    None,
                ]
            )
            words.append(word)
            if is_gap(r):
                gaps.append((doc, r, word))
    _sheet(ws, ASSESSMENT_COLUMNS, rows, rag_col=7, rag_words=words)
    _dropdown(ws, 11, MODERATED_CHOICES, "Moderated status")
    _date_column(ws, 14)

    tracker = wb.create_sheet("Action tracker")
    t_rows = [
        [f"A{i}", doc_label(doc), r.rule_id, r.title, word, r.fix or "", None, None, None, "Not started"]
        for i, (doc, r, word) in enumerate(gaps, 1)
    ]
    _sheet(tracker, TRACKER_COLUMNS, t_rows, rag_col=5, rag_words=[w for _, _, w in gaps])
    _dropdown(tracker, 10, ACTION_CHOICES, "Action status")
    _date_column(tracker, 8)

    about = wb.create_sheet("About")
    for line in (
        ["Produced by", f"{run.tool.name} {run.tool.version}"],
        ["As of", run.as_of],
        ["Documents", len(run.documents)],
        *([name, value] for name, _, value in (line.partition(": ") for line in provenance_lines(run.provenance))),
        [
            "RAG",
            "Green = pass; Amber = partial; Red = fail or error; Grey = needs review; N/A = not applicable; "
            "Advisory = a statutory duty not yet in force (the status it would have once it commences; "
            "not counted, not blocking)",
        ],
        ["", "Waived = a known gap accepted until the waiver's expiry date"],
        ["Moderated status", "Your own judgement after reading the evidence; the machine's status is kept beside it"],
    ):
        about.append([_cell(v) for v in line])
    about.column_dimensions["A"].width = 18
    about.column_dimensions["B"].width = 100

    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
