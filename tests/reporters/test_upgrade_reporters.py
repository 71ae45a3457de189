"""The upgrade reporters: terminal table, markdown, DOCX action list and JSON, from an
UpgradeReport made by hand (with hostile text in the evidence)."""

from __future__ import annotations

import io
import json
import re

import pytest

from masa_check.engine.upgrade import UpgradeItem, UpgradeReport
from masa_check.reporters import UPGRADE_REPORTERS, get_reporter
from masa_check.results import Evidence

HOSTILE = "Budget | <script>alert(1)</script> [x](javascript:alert(1)) \x1b[31mred"


def _item(category: str, rule_id: str, before, after, action=None, **kw) -> UpgradeItem:
    return UpgradeItem(
        category=category,
        rule_id=rule_id,
        pack="wt2026-arrangements",
        title=kw.pop("title", f"Requirement {rule_id}"),
        strength="should",
        citation="Working Together 2026, chapter 2",
        before=before,
        after=after,
        action=action,
        finding=kw.pop("finding", "Evidenced."),
        **kw,
    )


@pytest.fixture
def report() -> UpgradeReport:
    items = [
        _item(
            "still_met",
            "WT26-ARR-04",
            "pass",
            "pass",
            continues="WT23-ARR-04",
            evidence=[Evidence(quote="Our lead partners are the chief executives.", page=2, section="1. Partners")],
        ),
        _item(
            "changed",
            "WT26-ARR-23",
            "pass",
            "partial",
            "Add or complete: (b) analysis to identify racism. Say how racism is looked for.",
            continues="WT23-ARR-14",
            provisional=True,
            evidence=[Evidence(quote=HOSTILE, page=7, section="5. Data")],
        ),
        _item("new", "WT26-ARR-21", None, "fail", "Add: (a) children who are looked after.", provisional=True),
        _item("gap", "WT26-ARR-13", "fail", "fail", "Add: (a) each partner's contribution.", continues="WT23-ARR-13"),
    ]
    return UpgradeReport(
        tool_version="9.9",
        as_of="2026-12-03",
        path="docs/arrangements.pdf",
        source="pdf",
        kind="arrangements",
        title="Fenshire arrangements",
        old="wt2023",
        new="wt2026",
        old_packs=["wt2023-arrangements"],
        new_packs=["wt2026-arrangements"],
        notes=["wt2023-arrangements: the document follows Working Together 2023"],
        items=items,
    )


def test_counts_and_actions(report):
    assert report.counts() == {"still_met": 1, "changed": 1, "new": 1, "gap": 1, "retired": 0}
    assert [i.rule_id for i in report.actions()] == ["WT26-ARR-23", "WT26-ARR-21", "WT26-ARR-13"]


def test_markdown_action_list_has_owner_and_due_columns_and_escapes_text(report):
    text = get_reporter("markdown", UPGRADE_REPORTERS)(report)
    assert text.startswith("# Upgrade to WT2026: Fenshire arrangements (arrangements.pdf)")
    assert "| # | Rule | What to do | Evidence found | Owner | Due date |" in text
    rows = [line for line in text.splitlines() if re.match(r"\| \d+ \|", line)]
    assert len(rows) == 3 and all(line.endswith("|  |  |") for line in rows)  # owner, due date left empty
    assert "WT26-ARR-23 (continues WT23-ARR-14, provisional)" in text
    assert "## Met under WT2023 and still met under WT2026 (1)" in text
    assert "## Carried gaps: not met under WT2023 (1)" in text
    assert "<script>" not in text and "javascript:" not in text and "[x](" not in text and "\x1b" not in text
    assert "Budget \\| &lt;script&gt;" in text


def test_docx_is_a4_with_one_action_row_each_and_empty_owner_and_due(report):
    docx = pytest.importorskip("docx")
    data = get_reporter("docx", UPGRADE_REPORTERS)(report)
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert document.paragraphs[0].text == "Moving to WT2026: action list"
    actions = next(t for t in document.tables if t.rows[0].cells[0].text == "Rule" and len(t.columns) == 5)
    assert [c.text for c in actions.rows[0].cells] == ["Rule", "What to do", "Evidence found", "Owner", "Due date"]
    assert len(actions.rows) == 1 + 3
    for row in actions.rows[1:]:
        assert row.cells[3].text == "" and row.cells[4].text == ""
    assert actions.rows[1].cells[0].text.startswith("WT26-ARR-23")
    assert "racism" in actions.rows[1].cells[1].text
    assert "None found." in actions.rows[2].cells[2].text
    assert "p. 7" in actions.rows[1].cells[2].text


def test_docx_without_actions_says_nothing_to_do(report):
    docx = pytest.importorskip("docx")
    report.items = report.items[:1]
    document = docx.Document(io.BytesIO(get_reporter("docx", UPGRADE_REPORTERS)(report)))
    assert any(p.text.startswith("Nothing to do: every WT2026 requirement") for p in document.paragraphs)


@pytest.mark.parametrize("width", [80, 120])
def test_table_fits_the_width_and_shows_no_escape_sequences(report, width):
    text = get_reporter("table", UPGRADE_REPORTERS)(report, width=width)
    assert max(len(line) for line in text.splitlines()) <= width
    assert "\x1b" not in text
    for heading in ("still met under WT2026 (1)", "New in WT2026 (1)", "Carried gaps: not met under WT2023 (1)"):
        assert heading in text
    assert "From WT2023 to WT2026: 1 still met, 1 changed, 1 new, 1 carried gaps; 3 actions." in text


def test_table_in_colour_marks_statuses(report):
    text = get_reporter("table", UPGRADE_REPORTERS)(report, color=True, width=120)
    assert "\x1b[" in text and "PARTIAL" in text


def test_json_round_trips(report):
    data = json.loads(get_reporter("json", UPGRADE_REPORTERS)(report))
    assert UpgradeReport.model_validate(data) == report
