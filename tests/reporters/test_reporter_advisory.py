"""Every reporter shows an advisory result (a statutory rule not yet in force) as advisory, with
the verdict it would have, and none counts it as a pass or a failure."""

from __future__ import annotations

import datetime as dt
import io
import json
import xml.etree.ElementTree as ET

import pytest

from masa_check.engine.lint import declared_case
from masa_check.engine.packs import Registry
from masa_check.engine.run import check_document
from masa_check.reporters import csv_report, docx_report, github, html, json_report, junit, markdown, sarif, table
from masa_check.results import RunResult, Tool

PACK = "cwsa-2026-arrangements"
#: s.16EA's team planned only (would be partial); s.16E and s.4 facts declared in full (would pass).
DECLARED = {
    "child_protection_teams": {"plans": "The partners will set up one team for the county in 2027."},
    "education": {
        "designated_agencies": ["all schools and academies", "registered early years providers"],
        "designated_working": "Head teachers and early years leads sit on the Executive and every sub-group.",
    },
}


@pytest.fixture(scope="module")
def run() -> RunResult:
    registry = Registry.load()
    pack = registry.get(PACK)
    doc = declared_case(pack, DECLARED)
    result = check_document(
        doc,
        registry,
        as_of=dt.date(2026, 12, 3),
        packs=[PACK],
        settings={"commencement": {"s16E": "2027-09-01"}},
    )
    return RunResult(tool=Tool(version="0.1.0"), as_of="2026-12-03", documents=[result], fail_on="should")


def _by_id(run: RunResult):
    return {r.rule_id: r for r in run.documents[0].results}


def test_the_run_is_advisory_with_the_would_be_verdicts(run):
    r = _by_id(run)
    assert {x.status for x in r.values()} == {"advisory"}
    assert r["CWSA-ARR-01"].underlying_status == "pass"
    assert r["CWSA-ARR-02"].underlying_status == "partial"
    assert r["CWSA-ARR-03"].underlying_status == "fail"
    assert r["CWSA-ARR-01"].in_force_from == "2027-09-01"
    assert r["CWSA-ARR-02"].in_force_from is None
    assert r["CWSA-ARR-02"].message.startswith(
        "Advisory: would be partial once s.16EA commences (no day appointed yet; expected late 2027"
    )
    assert "commences on 2027-09-01 (date from config)" in r["CWSA-ARR-01"].message
    assert run.documents[0].summary["advisory"] == 3 and run.documents[0].summary["pass"] == 0


def test_table_says_advisory_and_the_would_be_status(run):
    text = table.render(run, width=200)
    assert "ADVISORY (would be PARTIAL)" in text and "ADVISORY (would be PASS)" in text
    # not yet binding: in no denominator, never a pass
    assert "0/0 pass" in text and "3 advisory (not yet in force, not counted) (of 0 applicable rules" in text


def test_json_keeps_status_underlying_and_in_force_date(run):
    data = json.loads(json_report.render(run))
    results = {r["rule_id"]: r for r in data["documents"][0]["results"]}
    assert results["CWSA-ARR-01"]["status"] == "advisory"
    assert results["CWSA-ARR-01"]["underlying_status"] == "pass"
    assert results["CWSA-ARR-01"]["in_force_from"] == "2027-09-01"
    assert results["CWSA-ARR-03"]["commencement"] == ["s16LA", "s16LC"]


def test_junit_skips_advisory_with_a_message_and_never_fails(run):
    root = ET.fromstring(junit.render(run))
    assert root.get("failures") == "0" and root.get("skipped") == "3"
    cases = {c.get("name").split(":")[0]: c for c in root.iter("testcase")}
    skipped = cases["CWSA-ARR-02"].find("skipped")
    assert skipped is not None and skipped.get("message").startswith("advisory: would be partial once s.16EA")
    assert cases["CWSA-ARR-02"].find("failure") is None


def test_sarif_reports_advisory_as_a_note(run):
    log = json.loads(sarif.render(run))
    results = {r["ruleId"]: r for r in log["runs"][0]["results"]}
    assert set(results) == {"CWSA-ARR-01", "CWSA-ARR-02", "CWSA-ARR-03"}
    assert {r["level"] for r in results.values()} == {"note"}
    assert results["CWSA-ARR-02"]["properties"]["underlyingStatus"] == "partial"
    assert results["CWSA-ARR-01"]["properties"]["inForceFrom"] == "2027-09-01"


def test_sarif_with_advisory_is_valid_against_the_schema(run):
    jsonschema = pytest.importorskip("jsonschema")
    from pathlib import Path

    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(json.loads(sarif.render(run))))
    assert not errors, errors[0]


def test_github_annotations_are_notices(run):
    lines = github.render(run).splitlines()
    assert len(lines) == 3 and all(line.startswith("::notice ") for line in lines)
    assert any("CWSA-ARR-02 (advisory%2C must)" in line for line in lines)


def test_markdown_shows_the_status_and_its_key(run):
    text = markdown.render(run)
    assert (
        "Advisory (would be Partial)" in text and "0 of 0 applicable rules pass; 3 advisory (not yet in force)" in text
    )
    assert "\U0001f7e3 Advisory" in text
    gaps = github.job_summary(run)  # gaps only: the rule that would pass is not a gap
    assert "CWSA-ARR-02" in gaps and "CWSA-ARR-03" in gaps and "CWSA-ARR-01" not in gaps


def test_html_matrix_word_gap_and_in_force_line(run):
    text = html.render(run)
    assert ">Advisory</td>" in text  # the matrix cell: a colour and a word
    assert "Advisory (would be Partial)" in text
    assert "not yet in force (no commencement day set): advisory, not counted and not blocking" in text
    assert "Advisory = a statutory duty not yet in force" in text


def test_csv_has_status_underlying_and_in_force_from(run):
    import csv

    rows = {r["rule_id"]: r for r in csv.DictReader(io.StringIO(csv_report.render(run)))}
    assert rows["CWSA-ARR-01"]["status"] == "advisory"
    assert rows["CWSA-ARR-01"]["underlying_status"] == "pass"
    assert rows["CWSA-ARR-01"]["in_force_from"] == "2027-09-01"
    assert rows["CWSA-ARR-02"]["in_force_from"] == ""


def test_docx_lists_advisory_and_plans_for_it(run):
    docx = pytest.importorskip("docx")
    document = docx.Document(io.BytesIO(docx_report.render(run)))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "Plan for the 2 duty(ies) not yet in force (advisory)" in text
    assert "Agree actions" not in text  # an advisory gap is not a gap to close now
    assert "Advisory: Advisory (would be Partial) (must)" in cells
    assert "not yet in force (no commencement day set): advisory, not counted" in cells


def test_xlsx_rag_word_and_tracker(run):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_report_render(run)))
    rows = list(wb["Self-assessment"].iter_rows(min_row=2, values_only=True))
    header = [c.value for c in wb["Self-assessment"][1]]
    rag, status = header.index("RAG status"), header.index("Machine status")
    assert {r[rag] for r in rows} == {"Advisory"}
    assert "Advisory (would be Fail)" in {r[status] for r in rows}
    tracker = list(wb["Action tracker"].iter_rows(min_row=2, values_only=True))
    assert len(tracker) == 2  # the two that would not pass


def xlsx_report_render(run):
    from masa_check.reporters import xlsx_report

    return xlsx_report.render(run)
