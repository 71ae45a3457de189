"""The extract round-trip benchmark: its comparison of two verdict sets, and a clean skip when
there are no fixtures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
if not (BENCH / "extract_roundtrip.py").is_file():  # an sdist ships tests/ without benchmarks/
    pytest.skip("benchmarks/ is not here", allow_module_level=True)
sys.path.insert(0, str(BENCH))

import extract_roundtrip  # noqa: E402


def test_compare_counts_agreement_and_invented_passes():
    published = {"R-1": "pass", "R-2": "partial", "R-3": "fail", "R-4": "pass"}
    drafted = {"R-1": "pass", "R-2": "fail", "R-3": "pass", "R-5": "fail"}
    got = extract_roundtrip.compare(published, drafted)
    assert got["rules"] == 5 and got["published_pass"] == 2 and got["draft_pass"] == 2
    assert got["both_pass"] == 1 and got["draft_only_pass"] == 1
    assert got["same"] == 1 and got["pass_same"] == 3  # R-1 agree; agree on "not a pass"
    assert {d["rule"]: (d["published"], d["draft"]) for d in got["differ"]} == {
        "R-2": ("partial", "fail"),
        "R-3": ("fail", "pass"),
        "R-4": ("pass", "absent"),
        "R-5": ("absent", "fail"),
    }


def test_no_fixtures_is_a_clean_skip(tmp_path, capsys):
    assert extract_roundtrip.main(["--fixtures", str(tmp_path / "none")]) == 0
    assert "nothing to measure" in capsys.readouterr().out


def test_a_drafted_case_round_trips(tmp_path):
    """One of the repo's own hard cases, end to end: drafted, validated, compared."""
    from masa_check.engine.packs import Registry

    row = extract_roundtrip.roundtrip(BENCH / "cases" / "hc-yr-2025.md", Registry.load(), _date(), tmp_path)
    assert row["kind"] == "yearly-report" and row["rules"] > 10
    assert row["draft_only_pass"] == 0  # the draft passes nothing the published report does not


def _date():
    import datetime as dt

    return dt.date(2026, 1, 15)
