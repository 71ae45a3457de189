"""Rule fields `provisional` and `continues`: validated, and shown in `rules list` / `rules explain`."""

from __future__ import annotations

import json

import pytest

from masa_check.engine.lint import lint_pack
from masa_check.engine.packs import Registry
from masa_check.errors import InputError

PACK = """\
id: fenshire-lineage
title: Fenshire lineage example
source: Fenshire local standards 2026
applies_to:
  kinds: [arrangements]
rules:
  - id: FEN-LIN-01
    title: Fenshire names its lead partners
    strength: should
    citation: Fenshire standard 1 (summary of the guidance)
    requirement: The arrangements name the lead partners.
    evidence: The lead partners by name.
    fix: Name the lead partners.
    provisional: true
    continues: {continues}
    facets:
      - id: a
        name: the lead partners
        declared: {{path: partners.local_authorities}}
        text:
          all:
            - [lead partner*]
            - [named, chief executive]
    tests:
      pass:
        partners:
          local_authorities: [{{name: Fenshire County Council}}]
      fail:
        partners: {{}}
      text_pass:
        - The lead partners are named as the chief executive of Fenshire County Council and others.
      text_fail:
        - Nothing about partners here.
"""


def _write(tmp_path, continues: str):
    d = tmp_path / "packs"
    d.mkdir(exist_ok=True)
    f = d / "fenshire-lineage.yaml"
    f.write_text(PACK.format(continues=continues))
    return d, f


def test_continues_an_existing_rule_loads_and_lints(tmp_path):
    d, f = _write(tmp_path, "WT23-ARR-04")
    registry = Registry.load([str(d)])
    rule = registry.get("fenshire-lineage").rules[0]
    assert rule.provisional is True and rule.continues == "WT23-ARR-04"
    assert not any("continues" in p for p in lint_pack(str(f)))


def test_continues_an_unknown_rule_is_refused(tmp_path):
    d, f = _write(tmp_path, "WT23-ARR-99")
    with pytest.raises(InputError, match="WT23-ARR-99"):
        Registry.load([str(d)])
    assert any("WT23-ARR-99" in p for p in lint_pack(str(f)))


def test_continues_must_look_like_a_rule_id(tmp_path):
    d, _ = _write(tmp_path, "wt23 arr 4")
    with pytest.raises(InputError, match="continues"):
        Registry.load([str(d)])


def test_builtin_continues_all_resolve():
    registry = Registry.load()
    ids = {r.id for p in registry.packs.values() for r in p.rules}
    for pack in registry.packs.values():
        for rule in pack.rules:
            if rule.continues:
                assert rule.continues in ids, rule.id


def test_rules_list_and_explain_show_provisional_and_continues(cli, tmp_path):
    d, _ = _write(tmp_path, "WT23-ARR-04")
    r = cli("rules", "list", "--pack", "fenshire-lineage", "--rules-dir", str(d), "--format", "json")
    assert r.returncode == 0, r.stderr
    row = json.loads(r.stdout)[0]
    assert row["provisional"] is True and row["continues"] == "WT23-ARR-04"
    r = cli("rules", "list", "--pack", "fenshire-lineage", "--rules-dir", str(d))
    assert "provisional" in r.stdout
    r = cli("rules", "explain", "FEN-LIN-01", "--rules-dir", str(d))
    assert "provisional" in r.stdout and "Continues:   WT23-ARR-04" in r.stdout


def test_results_of_a_provisional_rule_say_so():
    import datetime as dt

    from cli_helpers import EXAMPLES
    from masa_check.engine.run import check_document
    from masa_check.sources.yaml_source import load_declared

    doc = load_declared(str(EXAMPLES / "wt2026-arrangements.yaml"))
    res = check_document(doc, Registry.load(), as_of=dt.date(2026, 12, 1))
    by_id = {r.rule_id: r for r in res.results}
    assert "provisional" in by_id["WT26-ARR-21"].citation
    assert "provisional" not in by_id["WT26-ARR-01"].citation
