"""`masa-check upgrade DOC --to wt2026`, run as a user would: on a declared YAML example and on
a markdown document written for this test; its outputs; and bad input (exit 2, one line)."""

from __future__ import annotations

import io
import json

import pytest

from cli_helpers import EXAMPLES

WT2023_YAML = str(EXAMPLES / "northshire-2025-wt2023.yaml")
AS_OF = ("--as-of", "2026-12-03")

#: A WT2023 arrangements document in markdown, written for this test: its lead partners, data
#: broken down by protected characteristics (met under WT2023; WT2026 asks for an analysis of
#: disproportionality and racism), the looked-after children it covers, and no funding.
ARRANGEMENTS_MD = """\
# Brackwater Safeguarding Children Partnership: Local Safeguarding Arrangements

Published 3 March 2025. These arrangements follow Working Together to Safeguard Children 2023.

## 1. Our area

The arrangements apply across the whole of the Brackwater Metropolitan Borough Council area,
which is also the Brackwater district of the police force.

## 2. Our safeguarding partners

Our lead safeguarding partners are:

- Ola Brennan, Chief Executive, Brackwater Metropolitan Borough Council
- Simon Achebe, Chief Executive, NHS Tamside Integrated Care Board
- Claire Donnelly, Chief Constable, Tamside Police

## 3. Who these arrangements cover

These arrangements cover children looked after by Brackwater council, wherever they are placed, and our care leavers.

## 4. Data and intelligence

A quarterly multi-agency dataset is shared by the partners and analysed by the joint intelligence team.
Each measure in the dataset is broken down by ethnicity, sex, age and disability.
"""


@pytest.fixture
def markdown_doc(tmp_path):
    path = tmp_path / "brackwater-arrangements.md"
    path.write_text(ARRANGEMENTS_MD, encoding="utf-8")
    return path


def _json(cli, *args):
    proc = cli("upgrade", *args, "--to", "wt2026", *AS_OF, "-f", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout), proc


def test_declared_yaml_table(cli):
    proc = cli("upgrade", WT2023_YAML, "--to", "wt2026", *AS_OF)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Met under WT2023 and still met under WT2026 (20)" in out
    assert "Met under WT2023, but the requirement changed: not (fully) met under WT2026 (1)" in out
    assert "New in WT2026 (5)" in out  # WT26-ARR-21/22 and the three CWSA 2026 duties
    assert "From WT2023 to WT2026: 20 still met, 1 changed, 5 new, 0 carried gaps; 6 actions." in out
    assert "WT26-ARR-23" in out and "Declare" in out  # a declared file is told the fields to add


def test_declared_yaml_categories(cli):
    data, _ = _json(cli, WT2023_YAML)
    assert data["old_packs"] == ["wt2023-arrangements"]
    assert data["new_packs"] == ["wt2026-arrangements", "cwsa-2026-arrangements"]
    by_id = {i["rule_id"]: i for i in data["items"]}
    assert by_id["WT26-ARR-23"]["category"] == "changed" and by_id["WT26-ARR-23"]["continues"] == "WT23-ARR-14"
    assert "data.racism" in by_id["WT26-ARR-23"]["action"]
    assert by_id["WT26-ARR-21"]["category"] == by_id["WT26-ARR-22"]["category"] == "new"
    assert by_id["WT26-ARR-05"]["category"] == "still_met" and by_id["WT26-ARR-05"]["action"] is None
    # the statutory duties still waiting for commencement are listed to prepare for, as advisory
    for rule_id in ("CWSA-ARR-01", "CWSA-ARR-02", "CWSA-ARR-03"):
        assert by_id[rule_id]["category"] == "new" and by_id[rule_id]["after"] == "advisory", by_id[rule_id]


def test_the_table_respects_the_terminal_width():
    import os
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "masa_check", "upgrade", WT2023_YAML, "--to", "wt2026", *AS_OF],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "90", "PYTHONPATH": os.environ.get("PYTHONPATH", "")},
    )
    assert proc.returncode == 0, proc.stderr
    assert max(len(line) for line in proc.stdout.splitlines()) <= 90


def test_markdown_document_written_for_the_test(cli, markdown_doc):
    data, _ = _json(cli, str(markdown_doc))
    by_id = {i["rule_id"]: i for i in data["items"]}
    assert by_id["WT26-ARR-04"]["category"] == "still_met"  # the lead partners, named
    assert by_id["WT26-ARR-04"]["evidence"][0]["quote"]
    assert by_id["WT26-ARR-23"]["category"] == "changed"  # a breakdown alone: partial under WT2026
    assert by_id["WT26-ARR-23"]["after"] == "partial"
    scope = by_id["WT26-ARR-21"]  # new: looked-after children covered, the other groups not
    assert scope["category"] == "new" and scope["after"] == "partial"
    assert "looked after" in scope["evidence"][0]["quote"]
    assert "Declare" not in scope["action"]  # a published document: no fields to declare
    funding = by_id["WT26-ARR-13"]
    assert funding["category"] == "gap" and funding["before"] in ("fail", "partial") and funding["action"]


def test_markdown_output_to_a_file(cli, markdown_doc, tmp_path):
    target = tmp_path / "out" / "actions.md"
    proc = cli("upgrade", str(markdown_doc), "--to", "WT2026", *AS_OF, "--format", "markdown", "-o", str(target))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert "wrote the markdown upgrade report" in proc.stderr and "actions." in proc.stderr
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Upgrade to WT2026:")
    assert "| # | Rule | What to do | Evidence found | Owner | Due date |" in text
    assert "WT26-ARR-23 (continues WT23-ARR-14, provisional)" in text


def test_docx_action_list(cli, markdown_doc, tmp_path):
    docx = pytest.importorskip("docx")
    target = tmp_path / "actions.docx"
    proc = cli("upgrade", str(markdown_doc), "--to", "wt2026", *AS_OF, "-f", "docx", "-o", str(target))
    assert proc.returncode == 0, proc.stderr
    document = docx.Document(io.BytesIO(target.read_bytes()))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert document.paragraphs[0].text == "Moving to WT2026: action list"
    actions = next(t for t in document.tables if len(t.columns) == 5)
    assert [c.text for c in actions.rows[0].cells] == ["Rule", "What to do", "Evidence found", "Owner", "Due date"]
    ids = [row.cells[0].text.split()[0] for row in actions.rows[1:]]
    assert "WT26-ARR-23" in ids and "WT26-ARR-13" in ids and "WT26-ARR-04" not in ids
    assert all(row.cells[3].text == row.cells[4].text == "" for row in actions.rows[1:])


def test_a_document_already_under_wt2026_is_said_so(cli, tmp_path):
    target = tmp_path / "never.md"
    proc = cli(
        "upgrade",
        str(EXAMPLES / "wt2026-arrangements.yaml"),
        "--to",
        "wt2026",
        *AS_OF,
        "-f",
        "markdown",
        "-o",
        str(target),
    )
    assert proc.returncode == 0
    assert "already follows WT2026" in proc.stderr and "validate" in proc.stderr
    assert not target.exists()


def _one_line_error(proc, *fragments):
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("masa-check: error:"), proc.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    assert "Traceback" not in proc.stderr


def test_an_unknown_edition_gets_a_did_you_mean(cli):
    _one_line_error(cli("upgrade", WT2023_YAML, "--to", "wt2062"), "unknown edition", "did you mean 'wt2026'")


def test_an_edition_that_continues_nothing_is_refused(cli):
    _one_line_error(cli("upgrade", WT2023_YAML, "--to", "wt2018"), "no wt2018 rule continues")


def test_a_kind_without_a_successor_pack_is_refused(cli):
    path = str(EXAMPLES / "northshire-sab-annual-report-2024-25.yaml")
    _one_line_error(cli("upgrade", path, "--to", "wt2026"), "no wt2026 pack for sab-annual-report documents")


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda tmp: str(tmp / "missing.pdf"), "no such file"),
        (lambda tmp: str(tmp), "one document, not a directory"),
        (lambda tmp: _write(tmp / "broken.yaml", "kind: arrangements\nbad: [\n"), "invalid YAML"),
        (lambda tmp: _write(tmp / "fake.pdf", "not a pdf at all"), "fake.pdf"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(cli, tmp_path, make, fragment):
    _one_line_error(cli("upgrade", make(tmp_path), "--to", "wt2026"), fragment)


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_output_errors(cli, tmp_path):
    _one_line_error(cli("upgrade", WT2023_YAML, "--to", "wt2026", "-f", "docx"), "docx writes a file")
    _one_line_error(cli("upgrade", WT2023_YAML, "--to", "wt2026", "-f", "markdwn"), "unknown format", "did you mean")
    _one_line_error(
        cli("upgrade", WT2023_YAML, "--to", "wt2026", "-f", "markdown", "-o", WT2023_YAML), "refusing to overwrite"
    )
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    _one_line_error(
        cli("upgrade", WT2023_YAML, "--to", "wt2026", "-f", "markdown", "-o", str(blocker / "out.md")),
        "cannot write",
    )


def test_a_config_waiver_is_applied_named_and_does_not_carry_over(cli, markdown_doc, tmp_path):
    config = tmp_path / "masa.yaml"
    config.write_text(
        "waivers:\n  - rule: WT23-ARR-13\n    reason: budget agreed next year\n    expires: 2027-06-30\n",
        encoding="utf-8",
    )
    proc = cli("upgrade", str(markdown_doc), "--to", "wt2026", *AS_OF, "-f", "json", "--config", str(config))
    assert proc.returncode == 0, proc.stderr
    assert "config" in proc.stderr and str(config) in proc.stderr
    data = json.loads(proc.stdout)
    funding = next(i for i in data["items"] if i["rule_id"] == "WT26-ARR-13")
    assert funding["before"] == "waived" and funding["category"] == "gap"
    assert "waived until 2027-06-30" in funding["finding"] and funding["action"]
    assert any(str(config) in n for n in data["notes"])


def test_an_invalid_yaml_lists_its_problems_under_verbose(cli, tmp_path):
    # the one-line error says "-v lists them": upgrade takes -v as validate does
    bad = tmp_path / "arrangements.yaml"
    bad.write_text(
        "kind: arrangements\npartnership:\n  name: Fenshire Safeguarding Children Partnership\n"
        "  colour: blue\nscrutiny: [1]\nmystery_key: 3\n",
        encoding="utf-8",
    )
    short = cli("upgrade", str(bad), "--to", "wt2026")
    assert short.returncode == 2 and len(short.stderr.strip().splitlines()) == 1
    assert "-v lists them" in short.stderr
    full = cli("upgrade", str(bad), "--to", "wt2026", "-v")
    assert full.returncode == 2 and len(full.stderr.strip().splitlines()) >= 3, full.stderr
