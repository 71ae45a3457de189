"""Golden files and invariants for the text reporters: JUnit, SARIF, GitHub, Markdown, CSV."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from masa_check.reporters import csv_report, github, junit, markdown, sarif

SCRIPT = "<script>alert(1)</script>"  # as in conftest.py
FORMULA = "=cmd|' /C calc'!A0"
SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@pytest.mark.parametrize(
    ("module", "name"),
    [
        (junit, "junit.xml"),
        (sarif, "sarif.json"),
        (github, "github.txt"),
        (markdown, "report.md"),
        (csv_report, "report.csv"),
    ],
)
def test_golden(run, golden, module, name):
    golden(name, module.render(run))


def test_golden_job_summary(run, golden):
    golden("job_summary.md", github.job_summary(run))


def test_render_is_deterministic(run):
    for module in (junit, sarif, github, markdown, csv_report):
        assert module.render(run) == module.render(run)


# JUnit ---------------------------------------------------------------------------------------


def test_junit_counts_equal_results(run):
    root = ET.fromstring(junit.render(run))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [d.path for d in run.documents]
    for suite, doc in zip(suites, run.documents, strict=True):
        cases = suite.findall("testcase")
        statuses = [r.status for r in doc.results]
        assert int(suite.get("tests")) == len(cases) == len(doc.results)
        failures = sum(1 for c in cases if c.find("failure") is not None)
        skipped = sum(1 for c in cases if c.find("skipped") is not None)
        assert int(suite.get("failures")) == failures == sum(s in ("fail", "partial", "error") for s in statuses)
        assert int(suite.get("skipped")) == skipped == sum(s in ("not_applicable", "waived") for s in statuses)
    assert int(root.get("tests")) == sum(len(d.results) for d in run.documents)


def test_junit_needs_review_is_visible_not_failure(run):
    root = ET.fromstring(junit.render(run))
    case = root.find(".//testcase[@name='WT23-ARR-07: Relevant agencies listed']")
    assert case.find("failure") is None and case.find("skipped") is None
    assert "NEEDS REVIEW" in case.find("system-out").text
    props = {p.get("name"): p.get("value") for p in case.find("properties")}
    assert props["status"] == "needs_review"


def test_junit_waived_skipped_with_reason(run):
    root = ET.fromstring(junit.render(run))
    case = root.find(".//testcase[@name='WT23-ARR-09: Threshold document published']")
    assert "New threshold document" in case.find("skipped").get("message")


def test_junit_keeps_markup_as_text(run):
    text = junit.render(run)
    assert SCRIPT not in text  # escaped in XML
    assert SCRIPT in "".join(ET.fromstring(text).itertext())


# SARIF ---------------------------------------------------------------------------------------


def test_sarif_valid_against_official_schema(run):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    log = json.loads(sarif.render(run))
    jsonschema.Draft4Validator.check_schema(schema)
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=str)
    assert not errors, errors[0]


def test_sarif_levels_locations_suppressions(run):
    log = json.loads(sarif.render(run))
    (sarif_run,) = log["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} == {r.rule_id for d in run.documents for r in d.results}
    for rule in rules:
        assert set(rule["properties"]) >= {"strength", "pack", "citation"}
    results = sarif_run["results"]
    findings = [(d.path, r) for d in run.documents for r in d.results if r.status not in ("pass", "not_applicable")]
    assert len(results) == len(findings)
    by_key = {
        (
            x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            x["ruleId"],
        ): x
        for x in results
    }
    yaml_fail = by_key[("examples/northshire-2025.yaml", "WT23-ARR-04")]
    assert yaml_fail["level"] == "error"
    assert "region" not in yaml_fail["locations"][0]["physicalLocation"]
    yaml_partial = by_key[("examples/northshire-2025.yaml", "WT23-ARR-13")]
    assert yaml_partial["level"] == "warning"
    assert yaml_partial["locations"][0]["physicalLocation"]["region"] == {"startLine": 31}
    pdf_review = by_key[("published/Southby%20arrangements%202024.pdf", "WT23-ARR-07")]
    assert pdf_review["level"] == "note"
    assert pdf_review["properties"]["pages"] == [9, 10]
    waived = by_key[("published/Southby%20arrangements%202024.pdf", "WT23-ARR-09")]
    assert waived["suppressions"][0]["justification"].startswith("Link checked by hand")
    for x in results:
        assert rules[x["ruleIndex"]]["id"] == x["ruleId"]


def test_sarif_absolute_path_is_file_uri():
    assert sarif._uri("/srv/docs/a b.pdf") == "file:///srv/docs/a%20b.pdf"
    assert sarif._uri("docs\\x.pdf") == "docs/x.pdf"


# GitHub --------------------------------------------------------------------------------------


def test_github_annotations(run):
    lines = github.render(run).splitlines()
    findings = [r for d in run.documents for r in d.results if r.status not in ("pass", "not_applicable")]
    assert len(lines) == len(findings)
    assert all("\n" not in x and "\r" not in x for x in lines)
    first = next(x for x in lines if "WT23-ARR-13" in x and "northshire" in x)
    assert first.startswith(
        "::warning file=examples/northshire-2025.yaml,line=31,title=WT23-ARR-13 (partial%2C should)::"
    )
    assert any(x.startswith("::error file=published/Southby arrangements 2024.pdf,title=") for x in lines)
    assert any(x.startswith("::notice ") and "WT23-ARR-07" in x for x in lines)


def test_github_escaping():
    assert github.escape_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_job_summary_lists_gaps_only(run):
    text = github.job_summary(run)
    assert "1 of 6 applicable rules pass" in text
    assert "Lead safeguarding partners named" not in text  # a pass
    assert "&lt;script&gt;" in text and SCRIPT not in text


# Markdown ------------------------------------------------------------------------------------


def test_markdown_summary_and_escaping(run):
    text = markdown.render(run)
    assert (
        "**1 of 6 applicable rules pass; 1 partial, 1 fail, 1 needs review, 1 waived, 1 error; 1 not applicable.**"
        in text
    )
    assert SCRIPT not in text
    assert "Scrutiny \\| independence" in text
    # every table row has exactly 5 unescaped cell separators + edges
    for line in text.splitlines():
        if line.startswith("| ") and "---" not in line:
            assert line.replace("\\|", "").count("|") == 6, line


# CSV -----------------------------------------------------------------------------------------


def test_csv_one_row_per_result_and_neutralised(run):
    rows = list(csv.DictReader(io.StringIO(csv_report.render(run), newline="")))
    assert len(rows) == sum(len(d.results) for d in run.documents)
    assert [(r["document"], r["rule_id"]) for r in rows] == [
        (d.path, r.rule_id) for d in run.documents for r in d.results
    ]
    statuses = [r["status"] for r in rows]
    for s in (
        "pass",
        "partial",
        "fail",
        "needs_review",
        "not_applicable",
        "waived",
        "error",
    ):
        assert statuses.count(s) == 2
    quotes = [r["evidence_quote"] for r in rows if FORMULA in r["evidence_quote"]]
    assert quotes and all(q.startswith("'=") for q in quotes)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_csv_neutralises_every_trigger():
    from masa_check.reporters._common import neutralise

    for bad in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"):
        assert neutralise(bad) == "'" + bad
    assert neutralise("ok = fine") == "ok = fine"
    assert neutralise(3) == 3
