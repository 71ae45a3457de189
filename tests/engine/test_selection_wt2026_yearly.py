"""Working Together 2026 for yearly reports: a report dated on or after WT2026 took effect, or
citing it, gets wt2026-yearly-report; a WT2023 report checked after that keeps its WT2023
verdicts, with a note that the next report should follow WT2026."""

from __future__ import annotations

import datetime as dt
import json

from cli_helpers import EXAMPLES
from masa_check.engine.packs import Registry
from masa_check.engine.run import check_document
from masa_check.engine.selection import choose_packs
from masa_check.sources.yaml_source import load_declared

REGISTRY = Registry.load()
WT2023_REPORT = EXAMPLES / "northshire-yearly-report-2024-25.yaml"
WT2026_REPORT = EXAMPLES / "wt2026-yearly-report.yaml"
NOTE = "Working Together 2026 replaced"


def _dated(tmp_path, published: str, guidance: str | None = "wt2023"):
    text = WT2023_REPORT.read_text()
    assert "published: 2025-09-26" in text and "guidance: wt2023" in text
    text = text.replace("published: 2025-09-26", f"published: {published}")
    text = text.replace("guidance: wt2023", f"guidance: {guidance}" if guidance else "")
    out = tmp_path / f"report-{published}.yaml"
    out.write_text(text)
    return out


def test_report_dated_2025_keeps_wt2023_with_a_note():
    after = check_document(load_declared(str(WT2023_REPORT)), REGISTRY, as_of=dt.date(2026, 12, 1))
    assert "wt2023-yearly-report" in after.packs and "wt2026-yearly-report" not in after.packs
    note = [n for n in after.notes if NOTE in n]
    assert note and "--pack wt2026-yearly-report" in note[0] and "2025-09-26" in note[0]
    assert "next yearly report should follow WT2026" in note[0]
    before = check_document(load_declared(str(WT2023_REPORT)), REGISTRY, as_of=dt.date(2026, 1, 1))
    assert not any("Working Together 2026" in n for n in before.notes)

    def wt23(res):
        return {r.rule_id: r.status for r in res.results if r.pack == "wt2023-yearly-report"}

    assert wt23(after) and wt23(after) == wt23(before)  # its WT2023 verdicts stay as they are


def test_report_dated_june_2026_gets_wt2026(tmp_path):
    doc = load_declared(str(_dated(tmp_path, "2026-06-15")))
    packs, reasons = choose_packs(doc, REGISTRY, None, dt.date(2026, 12, 1))
    assert packs[0] == "wt2026-yearly-report" and "wt2023-yearly-report" not in packs
    assert "2026-06-15" in reasons[0] and "replaced" in reasons[0]  # it still cites WT2023
    assert not any(NOTE in n for n in reasons)


def test_guidance_cited_or_date_decides(tmp_path):
    cited = load_declared(str(_dated(tmp_path, "2025-11-01", "wt2026")))
    assert choose_packs(cited, REGISTRY, None)[0][0] == "wt2026-yearly-report"
    on_the_day = load_declared(str(_dated(tmp_path, "2026-03-18", None)))
    assert choose_packs(on_the_day, REGISTRY, None)[0][0] == "wt2026-yearly-report"
    day_before = load_declared(str(_dated(tmp_path, "2026-03-17", None)))
    assert choose_packs(day_before, REGISTRY, None)[0][0] == "wt2023-yearly-report"
    wt2018 = load_declared(str(_dated(tmp_path, "2026-06-01", "wt2018")))
    assert choose_packs(wt2018, REGISTRY, None)[0][0] == "wt2018-yearly-report"


def test_cli_2025_and_june_2026(cli, tmp_path):
    r = cli("validate", str(WT2023_REPORT), "--as-of", "2026-12-01", "--format", "json")
    data = json.loads(r.stdout)["documents"][0]
    assert "wt2023-yearly-report" in data["packs"]
    assert any(NOTE in n for n in data["notes"])
    r = cli("validate", str(_dated(tmp_path, "2026-06-15")), "--as-of", "2026-12-01", "--format", "json")
    data = json.loads(r.stdout)["documents"][0]
    assert "wt2026-yearly-report" in data["packs"] and "wt2023-yearly-report" not in data["packs"]


def test_wt2026_example_meets_every_rule():
    res = check_document(load_declared(str(WT2026_REPORT)), REGISTRY, as_of=dt.date(2026, 12, 1))
    assert res.packs[0] == "wt2026-yearly-report"
    ids = {r.rule_id for r in res.results if r.pack == "wt2026-yearly-report"}
    assert ids == {r.id for r in REGISTRY.get("wt2026-yearly-report").rules}
    assert {(r.rule_id, r.status) for r in res.results if r.status not in ("pass", "not_applicable")} == set()
    assert {r.rule_id for r in res.results if r.status == "not_applicable"} <= {"WT26-YR-16", "CUR-02", "CUR-03"}


def test_carried_rules_continue_their_wt2023_rule_with_the_same_text():
    old = {r.id: r for r in REGISTRY.get("wt2023-yearly-report").rules}
    for rule in REGISTRY.get("wt2026-yearly-report").rules:
        if rule.provisional:
            continue
        was = old[rule.continues]
        assert rule.id.removeprefix("WT26-") == was.id.removeprefix("WT23-")
        assert (rule.title, rule.strength, rule.requirement) == (was.title, was.strength, was.requirement)
        assert [f.model_dump() for f in rule.facets] == [f.model_dump() for f in was.facets]
        assert rule.citation.startswith(was.citation)


def test_requirements_2026_documents_every_new_yearly_rule():
    from cli_helpers import REPO

    text = (REPO / "docs" / "requirements-2026.md").read_text()
    for rule in REGISTRY.get("wt2026-yearly-report").rules:
        assert f"| {rule.id} |" in text, rule.id


def test_published_report_dated_2025_then_june_2026(cli, tmp_path):
    """As a new user would: the same WT2023 report text, dated 2025 then June 2026."""
    text = (
        "# Kelby Safeguarding Children Partnership: yearly report 2024 to 2025\n\nPublished: {date}\n\n"
        "## Introduction\n\nThis yearly report of the safeguarding partners follows Working Together to "
        "Safeguard Children 2023 and covers 1 April 2024 to 31 March 2025.\n"
    )
    got = {}
    for date in ("26 September 2025", "15 June 2026"):
        f = tmp_path / f"kelby-report-{date.split()[-1]}.md"
        f.write_text(text.format(date=date))
        r = cli("validate", str(f), "--kind", "yearly-report", "--as-of", "2026-12-01", "--format", "json")
        got[date] = json.loads(r.stdout)["documents"][0]
    early, late = got["26 September 2025"], got["15 June 2026"]
    assert early["packs"][0] == "wt2023-yearly-report"
    assert any(NOTE in n for n in early["notes"])
    assert late["packs"][0] == "wt2026-yearly-report"
    assert not any(NOTE in n for n in late["notes"])
