"""Working Together 2026: documents dated on or after it took effect, or citing it, get the WT2026
packs; a WT2023 document checked after it keeps its WT2023 verdicts, with a note."""

from __future__ import annotations

import datetime as dt
import json

from cli_helpers import EXAMPLES
from masa_check.engine.packs import Registry
from masa_check.engine.run import check_document
from masa_check.engine.selection import WT2026_IN_FORCE, choose_packs
from masa_check.sources.yaml_source import load_declared

REGISTRY = Registry.load()
WT2023_EXAMPLE = EXAMPLES / "northshire-2025-wt2023.yaml"


def _dated(tmp_path, published: str, guidance: str | None = "wt2023"):
    text = WT2023_EXAMPLE.read_text()
    text = text.replace("published: 2025-01-20", f"published: {published}")
    text = text.replace("guidance: wt2023", f"guidance: {guidance}" if guidance else "")
    out = tmp_path / f"arrangements-{published}.yaml"
    out.write_text(text)
    return out


def test_wt2026_in_force_date():
    assert dt.date(2026, 3, 18) == WT2026_IN_FORCE


def test_wt2023_document_dated_2025_keeps_wt2023_with_a_note():
    doc = load_declared(str(WT2023_EXAMPLE))
    after = check_document(doc, REGISTRY, as_of=dt.date(2026, 12, 1))
    assert "wt2023-arrangements" in after.packs and "wt2026-arrangements" not in after.packs
    note = [n for n in after.notes if "Working Together 2026 replaced" in n]
    assert note and "--pack wt2026-arrangements" in note[0] and "2025-01-20" in note[0]
    before = check_document(load_declared(str(WT2023_EXAMPLE)), REGISTRY, as_of=dt.date(2026, 1, 1))
    assert not any("Working Together 2026" in n for n in before.notes)

    def wt23(res):
        return {r.rule_id: r.status for r in res.results if r.pack == "wt2023-arrangements"}

    assert wt23(after) == wt23(before)  # its WT2023 verdicts stay as they are


def test_same_document_dated_june_2026_gets_wt2026(tmp_path):
    doc = load_declared(str(_dated(tmp_path, "2026-06-15")))
    packs, reasons = choose_packs(doc, REGISTRY, None, dt.date(2026, 12, 1))
    assert packs[0] == "wt2026-arrangements"
    assert "2026-06-15" in reasons[0] and "replaced" in reasons[0]
    assert not any("Working Together 2026 replaced" in n for n in reasons)


def test_undated_guidance_or_date_decides(tmp_path):
    cited = load_declared(str(_dated(tmp_path, "2025-11-01", "wt2026")))
    assert choose_packs(cited, REGISTRY, None)[0][0] == "wt2026-arrangements"
    dated = load_declared(str(_dated(tmp_path, "2026-03-18", None)))
    assert choose_packs(dated, REGISTRY, None)[0][0] == "wt2026-arrangements"
    day_before = load_declared(str(_dated(tmp_path, "2026-03-17", None)))
    assert choose_packs(day_before, REGISTRY, None)[0][0] == "wt2023-arrangements"
    wt2018 = load_declared(str(_dated(tmp_path, "2026-06-01", "wt2018")))
    assert choose_packs(wt2018, REGISTRY, None)[0][0] == "wt2018-arrangements"


def test_yearly_report_dated_after_wt2026_gets_its_wt2026_pack():
    from masa_check.document import Document

    doc = Document(path="x", source="yaml", kind="yearly-report", cohort="children", date=dt.date(2026, 9, 1))
    assert choose_packs(doc, REGISTRY, None, dt.date(2026, 12, 1))[0][0] == "wt2026-yearly-report"


def test_cli_2025_and_june_2026(cli, tmp_path):
    r = cli("validate", str(WT2023_EXAMPLE), "--as-of", "2026-12-01", "--format", "json")
    data = json.loads(r.stdout)["documents"][0]
    assert "wt2023-arrangements" in data["packs"]
    assert any("Working Together 2026 replaced" in n for n in data["notes"])
    r = cli("validate", str(_dated(tmp_path, "2026-06-15")), "--as-of", "2026-12-01", "--format", "json")
    data = json.loads(r.stdout)["documents"][0]
    assert "wt2026-arrangements" in data["packs"] and "wt2023-arrangements" not in data["packs"]


WT2026_EXAMPLE = EXAMPLES / "wt2026-arrangements.yaml"


def test_wt2026_example_meets_every_rule():
    doc = load_declared(str(WT2026_EXAMPLE))
    res = check_document(doc, REGISTRY, as_of=dt.date(2026, 12, 1))
    assert res.packs[0] == "wt2026-arrangements"
    ids = {r.rule_id for r in res.results if r.pack == "wt2026-arrangements"}
    assert ids == {r.id for r in REGISTRY.get("wt2026-arrangements").rules}
    assert {(r.rule_id, r.status) for r in res.results if r.status not in ("pass", "advisory")} == set()
    # the CWSA 2026 rules are advisory until their sections commence; each would be a pass
    advisory = {r.rule_id: r.underlying_status for r in res.results if r.status == "advisory"}
    assert advisory == {r.id: "pass" for r in REGISTRY.get("cwsa-2026-arrangements").rules}


def test_requirements_2026_documents_every_new_rule():
    from cli_helpers import REPO

    text = (REPO / "docs" / "requirements-2026.md").read_text()
    for rule in REGISTRY.get("wt2026-arrangements").rules:
        if rule.continues is None or rule.provisional:
            assert f"| {rule.id} |" in text, rule.id
    cwsa = REGISTRY.get("cwsa-2026-arrangements")
    for rule in cwsa.rules:  # ID, strength and the provisions it waits for, in the table's form
        keys = ", ".join(f"`{k}`" for k in rule.commencement)
        assert f"| {rule.id} | {rule.strength} | {keys} |" in text, rule.id
    for key in cwsa.commencement:  # the commencement table, row by row
        assert f"| `{key}` |" in text, key


def test_published_text_citing_wt2026_is_read_as_wt2026():
    from masa_check.document import Block
    from masa_check.sources.doc_facts import infer_facts

    for cite in (
        "These arrangements follow Working Together to Safeguard Children 2026.",
        "The Kelby partners revised this document in May 2026 to meet WT2026.",
        "Guidance: Working Together to Safeguard Children (March 2026) and the Children Act 2004.",
    ):
        blocks = [
            Block("title", "Lowmoor multi-agency safeguarding arrangements", 1, ()),
            Block("paragraph", cite, 1, ("Introduction",)),
            Block(
                "paragraph", "They replace the arrangements that followed Working Together 2023.", 1, ("Introduction",)
            ),
        ]
        assert infer_facts(blocks)["guidance"] == "wt2026", cite


LOWMOOR_MD = """# Lowmoor Safeguarding Children Partnership: multi-agency safeguarding arrangements

Published: {date}

## Introduction

These arrangements follow Working Together to Safeguard Children 2023. The lead safeguarding
partners are the Chief Executive of Lowmoor Council, the Chief Executive of NHS Lowmoor
Integrated Care Board and the Chief Constable of Lowmoor Police.
"""


def test_published_wt2023_text_dated_2025_then_june_2026(cli, tmp_path):
    """As a new user would: the same WT2023 text, dated 2025 then June 2026."""
    got = {}
    for date in ("20 January 2025", "15 June 2026"):
        f = tmp_path / f"lowmoor-{date.split()[-1]}.md"
        f.write_text(LOWMOOR_MD.format(date=date))
        r = cli("validate", str(f), "--as-of", "2026-12-01", "--format", "json")
        got[date] = json.loads(r.stdout)["documents"][0]
    early, late = got["20 January 2025"], got["15 June 2026"]
    assert early["packs"][0] == "wt2023-arrangements"
    assert any("Working Together 2026 replaced" in n for n in early["notes"])
    assert late["packs"][0] == "wt2026-arrangements"
    assert not any("Working Together 2026 replaced" in n for n in late["notes"])
