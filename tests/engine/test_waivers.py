"""Waivers: reason and expiry required; expired and unused waivers reported; --no-waivers;
waived results keep the underlying status and the waiver in every format."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from masa_check.config import load_config, resolve_config
from masa_check.engine.packs import Registry
from masa_check.engine.run import check_document
from masa_check.engine.waivers import WaiverSpec, apply_waivers
from masa_check.errors import InputError
from masa_check.results import Result
from masa_check.sources.yaml_source import load_declared

AS_OF = dt.date(2026, 1, 1)
GAPS = str(Path(__file__).resolve().parents[2] / "examples" / "westmoor-gaps.yaml")


def result(rule="X-01", status="fail"):
    return Result(rule_id=rule, pack="p", title="t", strength="should", status=status, citation="c", message="m")


def w(rule="X-01", expires=dt.date(2026, 6, 30)):
    return WaiverSpec(rule=rule, reason="Accepted by the Executive", expires=expires, source="cfg")


def test_waiver_keeps_underlying_status_and_attaches_itself():
    out, notes = apply_waivers([result()], [w()], as_of=AS_OF)
    assert out[0].status == "waived" and out[0].underlying_status == "fail"
    assert out[0].waiver.reason == "Accepted by the Executive" and out[0].waiver.expires == "2026-06-30"
    assert notes == []


def test_expired_waiver_stops_applying_and_says_so():
    out, notes = apply_waivers([result()], [w(expires=dt.date(2025, 12, 31))], as_of=AS_OF)
    assert out[0].status == "fail" and "expired on 2025-12-31" in notes[0]


@pytest.mark.parametrize("status", ["pass", "not_applicable", "error"])
def test_waiver_on_non_waivable_status_is_unused(status):
    out, notes = apply_waivers([result(status=status)], [w()], as_of=AS_OF)
    assert out[0].status == status and "unused" in notes[0]


def test_unknown_rule_and_not_waivable_rule():
    out, notes = apply_waivers([result()], [w("Y-02"), w()], as_of=AS_OF, waivable={"X-01": False})
    assert out[0].status == "fail"
    assert "no such rule" in notes[0] and "cannot be waived" in notes[1]


def test_no_waivers_shows_unwaived_picture():
    out, notes = apply_waivers([result()], [w()], as_of=AS_OF, enabled=False)
    assert out[0].status == "fail" and "--no-waivers" in notes[0]


def test_config_and_declared_waivers_through_check_document(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the user's own folder: its config applies
    cfg = tmp_path / ".masa-check.yaml"
    cfg.write_text("waivers:\n  - {rule: WT18-ARR-07, reason: Youth forum starts in May, expires: 2026-06-30}\n")
    loaded = resolve_config(None, [str(tmp_path)])
    assert loaded.path == str(cfg)
    from masa_check.engine.waivers import from_entries

    doc = load_declared(GAPS)
    res = check_document(doc, Registry.load(), as_of=AS_OF, waivers=from_entries(loaded.config.waivers, loaded.path))
    waived = [r for r in res.results if r.status == "waived"]
    assert [r.rule_id for r in waived] == ["WT18-ARR-07"]
    assert res.summary["waived"] == 1
    data = json.loads(res.model_dump_json())
    assert data["results"][[r["rule_id"] for r in data["results"]].index("WT18-ARR-07")]["underlying_status"]


@pytest.mark.parametrize(
    "text,needle",
    [
        ("waivers:\n  - {rule: X-01, expires: 2026-01-01}\n", "reason"),
        ("waivers:\n  - {rule: X-01, reason: ok}\n", "expires"),
        ("waiver: []\n", "did you mean 'waivers'"),
        ('sab_annual_report_deadline: "30 November"\n', "MM-DD"),
        ("fail_on: sometimes\n", "fail_on"),
    ],
)
def test_config_is_strict(tmp_path, text, needle):
    cfg = tmp_path / "c.yaml"
    cfg.write_text(text)
    with pytest.raises(InputError) as err:
        load_config(str(cfg))
    assert needle in str(err.value)


def test_cli_no_waivers_and_config(cli, tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("waivers:\n  - {rule: WT18-ARR-07, reason: Youth forum starts in May, expires: 2026-06-30}\n")
    r = cli("validate", GAPS, "--as-of", "2026-01-01", "--config", str(cfg), "-f", "json")
    doc = json.loads(r.stdout)["documents"][0]
    assert doc["summary"]["waived"] == 1
    r = cli("validate", GAPS, "--as-of", "2026-01-01", "--config", str(cfg), "--no-waivers", "-f", "json")
    doc = json.loads(r.stdout)["documents"][0]
    assert doc["summary"]["waived"] == 0 and any("--no-waivers" in n for n in doc["notes"])
