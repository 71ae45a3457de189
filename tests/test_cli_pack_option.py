"""`--pack` always runs the named pack: on a published document read as another kind (or
cohort) the pack still runs, and a note, printed and in the JSON, says what it was read as."""

from __future__ import annotations

import json

import pytest

docx = pytest.importorskip("docx")


def _docx(path, title: str, *paragraphs: str):
    d = docx.Document()
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Published: 30 September 2025")
    for text in paragraphs:
        d.add_paragraph(text)
    d.save(path)
    return path


def _childrens_report(tmp_path):
    return _docx(
        tmp_path / "report.docx",
        "Ashvale Safeguarding Children Partnership Annual Report 2024-25",
        "This annual report sets out what the three safeguarding partners did during the year.",
        "Two rapid reviews were sent to the national panel and one local review was published.",
    )


def _run_json(cli, path, *args, tmp_path):
    out = tmp_path / "r.json"
    r = cli("validate", str(path), "--as-of", "2026-01-01", "-f", "table", "-f", f"json:{out}", *args)
    return r, json.loads(out.read_text())["documents"][0] if out.exists() else None


def test_an_explicit_pack_for_another_kind_runs_with_a_note(cli, tmp_path):
    r, doc = _run_json(cli, _childrens_report(tmp_path), "--pack", "care-act-sab-annual-report", tmp_path=tmp_path)
    assert r.returncode in (0, 1), r.stdout + r.stderr  # ran: not "no rule was evaluated"
    assert doc["packs"] == ["care-act-sab-annual-report"]
    assert any(res["status"] != "not_applicable" for res in doc["results"])
    note = next(n for n in doc["notes"] if n.startswith("--pack care-act-sab-annual-report:"))
    assert "reads as yearly-report" in note and "run as asked" in note
    assert "calls itself an annual report" in note  # the signals that decided the kind
    assert "--pack care-act-sab-annual-report: it reads as yearly-report" in " ".join(r.stdout.split())  # printed


def test_an_explicit_pack_for_another_cohort_runs_with_a_note(cli, tmp_path):
    path = _docx(
        tmp_path / "sab.docx",
        "Kingsmere Safeguarding Adults Board Annual Report 2024-25",
        "This annual report covers the work of the Board under the Care Act 2014.",
    )
    r, doc = _run_json(cli, path, "--pack", "wt2023-yearly-report", tmp_path=tmp_path)
    assert r.returncode in (0, 1), r.stdout + r.stderr
    assert any(res["status"] != "not_applicable" for res in doc["results"])
    notes = " | ".join(doc["notes"])
    assert "--pack wt2023-yearly-report: it reads as sab-annual-report" in notes
    assert "reads as one for adults only" in notes and "reading it as all-age" in notes


def test_an_explicit_pack_that_fits_adds_no_note(cli, tmp_path):
    r, doc = _run_json(cli, _childrens_report(tmp_path), "--pack", "wt2023-yearly-report", tmp_path=tmp_path)
    assert r.returncode in (0, 1), r.stderr
    assert not [n for n in doc["notes"] if n.startswith("--pack ")]


def test_a_kind_read_from_the_contents_is_explained(cli, tmp_path):
    path = _docx(
        tmp_path / "untitled.docx",
        "Welcome",
        "The Fernleigh Safeguarding Adults Board (FSAB) met five times this year.",
        "This annual report covers the period 1 April 2024 to 31 March 2025.",
        "Under the Care Act 2014 two Safeguarding Adults Reviews were commissioned.",
    )
    r, doc = _run_json(cli, path, tmp_path=tmp_path)
    assert r.returncode in (0, 1), r.stderr
    assert doc["kind"] == "sab-annual-report" and "care-act-sab-annual-report" in doc["packs"]
    assert any(n.startswith("document kind sab-annual-report read from the document's contents") for n in doc["notes"])
