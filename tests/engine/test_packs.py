"""Every rule of every built-in pack: valid, catalogue-shaped, and passing and failing its own examples."""

from __future__ import annotations

import pytest

from masa_check.engine.lint import rule_cases, run_case
from masa_check.engine.packs import Registry

REGISTRY = Registry.load()
RULES = [(pack, rule) for pack in REGISTRY.packs.values() for rule in pack.rules]
CASES = [
    pytest.param(pack, rule, expected, doc, id=f"{rule.id}-{label}")
    for pack, rule in RULES
    for label, expected, doc in rule_cases(pack, rule)
]


@pytest.mark.parametrize("pack,rule", RULES, ids=[r.id for _, r in RULES])
def test_rule_has_pass_and_fail_examples(pack, rule):
    assert rule.tests is not None, f"{rule.id} has no examples"
    labels = {label for label, _, _ in rule_cases(pack, rule)}
    assert {"pass", "fail"} <= labels


@pytest.mark.parametrize("pack,rule,expected,doc", CASES)
def test_rule_example(pack, rule, expected, doc):
    assert run_case(doc, pack, rule) == expected


def test_wt2018_pack_matches_catalogue():
    pack = REGISTRY.get("wt2018-arrangements")
    ids = [r.id for r in pack.rules]
    assert ids == [f"WT18-ARR-{n:02d}" for n in range(1, 16)]
    strengths = {r.id: r.strength for r in pack.rules}
    assert [i for i, s in strengths.items() if s == "must"] == ["WT18-ARR-01", "WT18-ARR-02", "WT18-ARR-03"]
    assert all(r.citation.strip() for r in pack.rules)


def test_pass_always_carries_evidence():
    for pack, rule in RULES:
        for _, expected, doc in rule_cases(pack, rule):
            if expected != "pass" or doc.source != "yaml":
                continue
            from masa_check.engine.declared_checks import Context
            from masa_check.engine.evaluate import evaluate_rule
            from masa_check.engine.lint import EXAMPLE_AS_OF

            result = evaluate_rule(doc, pack, rule, Context(as_of=EXAMPLE_AS_OF))
            if result.status == "pass":
                assert result.evidence, rule.id


def test_lint_sees_a_source_checkout_pack_as_itself_not_a_clash(tmp_path, monkeypatch):
    """Installed (non-editable) copies of the packs live elsewhere than ./rules: linting the
    repository's own pack must not report it as clashing with its installed copy."""
    import shutil
    from pathlib import Path

    from masa_check.engine import lint, packs

    repo_rules = Path(__file__).resolve().parents[2] / "rules"
    installed = tmp_path / "site-packages-rules"
    shutil.copytree(repo_rules, installed)
    monkeypatch.setattr(packs, "builtin_rules_dir", lambda: installed)
    own = repo_rules / "wt2018-arrangements.yaml"
    assert lint.builtin_clashes(packs.load_pack(own), own) == []
    renamed = tmp_path / "my-copy.yaml"
    shutil.copy(own, renamed)
    assert lint.builtin_clashes(packs.load_pack(renamed), renamed)


def test_builtin_packs_load_lazily_and_their_ids_are_their_file_names():
    from masa_check.engine.packs import LazyPacks, Registry, builtin_rules_dir, load_pack

    registry = Registry.load()
    assert isinstance(registry.packs, LazyPacks)
    assert registry.packs._loaded == {}
    registry.get("currency")
    assert set(registry.packs._loaded) == {"currency"}
    for f in sorted(builtin_rules_dir().glob("*.yaml")):
        assert load_pack(f).id == f.stem
    # every built-in rule id is unique across packs (what an eager load checked at run time)
    ids = [r.id for p in registry.packs.values() for r in p.rules]
    assert len(ids) == len(set(ids))


def test_pack_restated_partial_reaches_every_text_spec_and_only_there():
    """``restated_partial`` on a pack is handed to each facet's text specs before they freeze."""
    from masa_check.engine.packs import Pack
    from pack_helpers import minimal_rule

    facet = {"id": "a", "name": "n", "text": {"all": [["review*"]]}, "weak_text": {"all": [["death*"]]}}
    rule = minimal_rule("LOCAL-01", [facet])
    base = {"id": "local", "title": "t", "source": "s", "applies_to": {"kinds": ["cdr-arrangements"]}}
    on = Pack.model_validate({**base, "restated_partial": True, "rules": [rule]})
    off = Pack.model_validate({**base, "rules": [rule]})
    facet_on, facet_off = on.rules[0].facets[0], off.rules[0].facets[0]
    assert facet_on.text.restated_partial and facet_on.weak_text.restated_partial
    assert not facet_off.text.restated_partial
    assert Registry.load().get("cdr-arrangements").restated_partial
    assert not Registry.load().get("wt2023-arrangements").restated_partial
