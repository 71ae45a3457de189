"""`report` trusts only what it can check in a saved results file (issue 16)."""

from __future__ import annotations

import json

import pytest

from masa_check.errors import InputError
from masa_check.reporters import REPORTERS, get_reporter
from masa_check.results import DocumentResult, Result, RunResult, Tool, load_saved, summarise


def _saved(**change) -> dict:
    results = [
        Result(rule_id=f"R-{i}", pack="p", title="t", strength="must", status=s, citation="c", message="m")
        for i, s in enumerate(["pass", "fail", "fail", "fail"])
    ]
    doc = DocumentResult(path="a.pdf", source="pdf", kind="arrangements", packs=["p"], results=results, summary={})
    data = RunResult(tool=Tool(version="1"), as_of="2026-01-01", documents=[doc]).model_dump(mode="json")
    data.update(change)
    return data


def test_summaries_are_recomputed_from_the_results():
    data = _saved()
    data["documents"][0]["summary"] = {"pass": 18, "fail": 0}
    run = load_saved(json.dumps(data), "r.json")
    assert run.documents[0].summary == summarise(run.documents[0].results)
    assert run.documents[0].summary["fail"] == 3


@pytest.mark.parametrize("version", [2, 0, "1", None, 1.0])
def test_an_unknown_schema_version_is_refused(version):
    data = _saved(schema_version=version)
    with pytest.raises(InputError, match="schema_version"):
        load_saved(json.dumps(data), "r.json")


def test_an_edited_packs_list_or_a_doubled_rule_is_refused():
    data = _saved()
    data["documents"][0]["packs"] = []
    with pytest.raises(InputError, match="packs it does not list"):
        load_saved(json.dumps(data), "r.json")
    data = _saved()
    data["documents"][0]["results"].append(data["documents"][0]["results"][0])
    with pytest.raises(InputError, match="rule twice"):
        load_saved(json.dumps(data), "r.json")


@pytest.mark.parametrize("text", ["{", "[]", '{"documents": 3, "schema_version": 1}'])
def test_what_is_not_a_results_file_is_one_input_error(text):
    with pytest.raises(InputError):
        load_saved(text, "r.json")


def _poison(value):
    if isinstance(value, dict):
        return {k: v if k in ("status", "strength", "schema_version") else _poison(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v) for v in value]
    return value + "\x01\x1b[2J\x0c\x85" if isinstance(value, str) else value


@pytest.mark.parametrize("fmt", sorted(set(REPORTERS) - {"md"}))
def test_control_characters_in_any_field_break_no_writer(fmt):
    pytest.importorskip("docx")
    pytest.importorskip("openpyxl")
    data = _poison(_saved())
    data["documents"][0]["packs"] = [p + "" for p in data["documents"][0]["packs"]]
    run = load_saved(json.dumps(data), "r.json")
    out = get_reporter(fmt)(run)
    if fmt in ("junit",):
        import xml.etree.ElementTree as ET

        ET.fromstring(out)
    if fmt not in ("json", "docx", "xlsx", "sarif", "csv", "html"):
        assert "\x1b" not in out


def test_report_shows_the_recomputed_counts_and_refuses_a_future_version(tmp_path):
    from cli_helpers import run_cli

    data = _saved()
    data["documents"][0]["summary"] = {"pass": 4, "fail": 0}
    (tmp_path / "edited.json").write_text(json.dumps(data), encoding="utf-8")
    proc = run_cli("report", str(tmp_path / "edited.json"))
    assert "1/4 pass" in proc.stdout and "3/4 fail" in proc.stdout, proc.stdout + proc.stderr
    (tmp_path / "future.json").write_text(json.dumps(_saved(schema_version=9)), encoding="utf-8")
    proc = run_cli("report", str(tmp_path / "future.json"))
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "schema_version 9" in proc.stderr and "Traceback" not in proc.stderr
