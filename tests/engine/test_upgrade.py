"""engine/upgrade.py: each target rule classified from its own result and the result of the rule
it continues; the packs to compare chosen by `continues`, for any pair of editions."""

from __future__ import annotations

import pytest

from masa_check.engine.packs import Registry, Rule
from masa_check.engine.upgrade import check_edition, compare, edition_of, plan_upgrade
from masa_check.errors import InputError
from masa_check.results import Evidence, Result, Waiver


def _rule(rule_id: str, continues: str | None = None, *, facets=("a",), provisional=False) -> Rule:
    return Rule.model_validate(
        {
            "id": rule_id,
            "title": f"title of {rule_id}",
            "strength": "should",
            "citation": "a citation",
            "requirement": "what is required",
            "evidence": "what counts",
            "fix": f"How to meet {rule_id}.",
            "continues": continues,
            "provisional": provisional,
            "facets": [{"id": f, "name": f"facet {f}", "declared": {"path": f"field.{f}"}} for f in facets],
        }
    )


def _res(rule_id: str, status: str, pack: str = "new-pack", **kw) -> Result:
    return Result(
        rule_id=rule_id,
        pack=pack,
        title=f"title of {rule_id}",
        strength="should",
        status=status,
        citation="a citation",
        message=kw.pop("message", f"{rule_id} is {status}."),
        **kw,
    )


def _old(rule_id: str, status: str, **kw) -> Result:
    return _res(rule_id, status, pack="old-pack", **kw)


def _by_id(items):
    return {i.rule_id: i for i in items}


def test_met_before_and_after_is_still_met_with_no_action():
    quote = Evidence(quote="The Executive meets monthly.", page=3, section="2. Governance")
    items = compare(
        [_old("OLD-01", "pass")], [_res("NEW-01", "pass", evidence=[quote])], {"NEW-01": _rule("NEW-01", "OLD-01")}
    )
    (item,) = items
    assert (item.category, item.continues, item.before, item.after, item.action) == (
        "still_met",
        "OLD-01",
        "pass",
        "pass",
        None,
    )
    assert item.evidence == [quote]


def test_met_before_but_not_now_is_changed_and_says_what_to_add():
    found = Evidence(quote="Figures are broken down by ethnicity.", page=9)
    rules = {"NEW-02": _rule("NEW-02", "OLD-01", facets=("a", "b"))}
    after = [_res("NEW-02", "partial", missing=["(b) facet b"], evidence=[found])]
    (item,) = compare([_old("OLD-01", "pass")], after, rules)
    assert item.category == "changed"
    assert item.action.startswith("Add or complete: (b) facet b.")
    assert "How to meet NEW-02." in item.action
    assert "Declare" not in item.action  # a published document has no fields to declare
    assert item.evidence == [found]


def test_the_specifics_a_facet_lacked_are_named():
    rules = {"NEW-13": _rule("NEW-13", "OLD-13", facets=("a", "b"))}
    message = "Evidenced: (b) facet b. (a) facet a: on topic, but specifics missing: an amount or share."
    after = [_res("NEW-13", "partial", missing=["(a) facet a"], message=message)]
    (item,) = compare([_old("OLD-13", "pass")], after, rules)
    assert item.action.startswith("Add or complete: (a) facet a (an amount or share missing).")


def test_a_declared_document_is_told_which_fields_to_declare():
    rules = {"NEW-02": _rule("NEW-02", "OLD-01", facets=("a", "b"))}
    after = [_res("NEW-02", "fail", missing=["(a) facet a", "(b) facet b"])]
    (item,) = compare([_old("OLD-01", "pass")], after, rules, declared=True)
    assert item.action.startswith("Add: (a) facet a; (b) facet b. Declare field.a, field.b.")


def test_new_rules_are_new_whatever_their_status():
    rules = {rid: _rule(rid, provisional=True) for rid in ("NEW-21", "NEW-22", "NEW-23")}
    after = [
        _res("NEW-21", "pass", evidence=[Evidence(quote="We cover children in care.", page=2)]),
        _res("NEW-22", "partial", missing=["facet a"]),
        _res("NEW-23", "fail", missing=["facet a"]),
    ]
    items = _by_id(compare([], after, rules))
    assert {i.category for i in items.values()} == {"new"}
    assert items["NEW-21"].action is None and items["NEW-21"].evidence[0].page == 2
    assert items["NEW-22"].action and items["NEW-23"].action.startswith("Add: facet a.")
    assert all(i.provisional and i.before is None for i in items.values())


def test_not_met_before_is_a_carried_gap_with_an_action_until_met():
    rules = {"NEW-03": _rule("NEW-03", "OLD-03"), "NEW-04": _rule("NEW-04", "OLD-04")}
    before = [_old("OLD-03", "fail"), _old("OLD-04", "partial")]
    after = [_res("NEW-03", "fail", missing=["facet a"]), _res("NEW-04", "pass")]
    items = _by_id(compare(before, after, rules))
    assert items["NEW-03"].category == items["NEW-04"].category == "gap"
    assert items["NEW-03"].action.startswith("Add: facet a.")
    assert items["NEW-04"].action is None
    assert items["NEW-04"].finding.startswith("Met under the new rule (was partial)")


@pytest.mark.parametrize("status", ["needs_review", "error"])
def test_an_undecided_rule_is_never_counted_as_met(status):
    rules = {"NEW-01": _rule("NEW-01", "OLD-01")}
    (item,) = compare([_old("OLD-01", "pass")], [_res("NEW-01", status)], rules)
    assert item.category == "changed"
    assert "by hand" in item.action


def test_needs_review_before_is_a_gap():
    rules = {"NEW-01": _rule("NEW-01", "OLD-01")}
    (item,) = compare([_old("OLD-01", "needs_review")], [_res("NEW-01", "pass")], rules)
    assert item.category == "gap"


def test_a_waived_rule_is_a_gap_and_its_waiver_does_not_carry_over():
    waiver = Waiver(rule="OLD-01", reason="agreed by the board", expires="2027-01-01")
    before = [_old("OLD-01", "waived", underlying_status="fail", waiver=waiver)]
    rules = {"NEW-01": _rule("NEW-01", "OLD-01")}
    (item,) = compare(before, [_res("NEW-01", "fail")], rules)
    assert item.category == "gap"
    assert "waived until 2027-01-01" in item.finding


def test_not_applicable_under_both_needs_nothing():
    rules = {"NEW-11": _rule("NEW-11", "OLD-11")}
    (item,) = compare([_old("OLD-11", "not_applicable")], [_res("NEW-11", "not_applicable")], rules)
    assert (item.category, item.action) == ("still_met", None)


def test_one_old_rule_continued_by_two_new_rules_gives_two_items():
    rules = {"NEW-14": _rule("NEW-14", "OLD-14"), "NEW-23": _rule("NEW-23", "OLD-14")}
    after = [_res("NEW-14", "pass"), _res("NEW-23", "fail", missing=["facet a"])]
    items = _by_id(compare([_old("OLD-14", "pass")], after, rules))
    assert items["NEW-14"].category == "still_met"
    assert items["NEW-23"].category == "changed"
    assert items["NEW-23"].continues == "OLD-14"


def test_an_old_rule_nothing_continues_is_retired_and_items_come_in_category_order():
    rules = {"NEW-01": _rule("NEW-01", "OLD-01"), "NEW-02": _rule("NEW-02")}
    before = [_old("OLD-01", "fail"), _old("OLD-09", "pass")]
    after = [_res("NEW-01", "fail"), _res("NEW-02", "pass")]
    items = compare(before, after, rules, old_rules=["OLD-01", "OLD-09"])
    assert [(i.category, i.rule_id) for i in items] == [("new", "NEW-02"), ("gap", "NEW-01"), ("retired", "OLD-09")]
    assert items[-1].action is None


def test_edition_of_pack_ids():
    assert edition_of("wt2026-arrangements") == "wt2026"
    assert edition_of("wt2023-yearly-report") == "wt2023"
    assert edition_of("currency") is None
    assert edition_of("care-act-sab") is None


# --- choosing the packs (the built-in registry) ---------------------------------------------


@pytest.fixture(scope="module")
def registry():
    return Registry.load()


def test_the_edition_is_case_insensitive_and_unknown_ones_get_a_did_you_mean(registry):
    assert check_edition(registry, " WT2026 ") == "wt2026"
    with pytest.raises(InputError, match="did you mean 'wt2026'"):
        check_edition(registry, "wt26")
    with pytest.raises(InputError, match="no wt2023 rule continues"):
        check_edition(registry, "wt2023")


def test_a_wt2023_document_is_compared_with_the_pack_wt2026_continues(registry):
    plan = plan_upgrade(registry, "wt2026", ["wt2023-arrangements", "currency"], "arrangements", "children")
    assert (plan.old, plan.new) == ("wt2023", "wt2026")
    assert plan.old_packs == ["wt2023-arrangements"] and plan.new_packs == ["wt2026-arrangements"]
    assert any("currency" in n for n in plan.notes)


def test_a_wt2018_document_is_compared_under_wt2023_with_a_note(registry):
    plan = plan_upgrade(registry, "wt2026", ["wt2018-arrangements", "currency"], "arrangements", "children")
    assert plan.old_packs == ["wt2023-arrangements"]
    assert any("not wt2018-arrangements" in n for n in plan.notes)


def test_a_document_already_under_the_edition_is_said_so(registry):
    plan = plan_upgrade(registry, "wt2026", ["wt2026-arrangements", "currency"], "arrangements", "children")
    assert plan.already == ["wt2026-arrangements"]


def test_a_kind_without_a_pack_in_the_edition_is_refused(registry):
    with pytest.raises(InputError, match="no wt2026 pack for sab-annual-report documents"):
        plan_upgrade(registry, "wt2026", ["care-act-sab-annual-report", "currency"], "sab-annual-report", "adults")


LOCAL_PACK = """\
id: ab2031-arrangements
title: A later edition written locally
source: a local standard
applies_to:
  kinds: [arrangements]
rules:
  - id: AB31-ARR-01
    continues: WT26-ARR-21
    title: Scope, carried over
    strength: should
    citation: local standard 1
    requirement: The scope.
    evidence: A scope statement.
    fix: State the scope.
    facets:
      - {id: a, name: the scope, declared: {path: scope.looked_after}}
  - id: AB31-ARR-02
    title: Something new
    strength: should
    citation: local standard 2
    requirement: Something new.
    evidence: A statement.
    fix: State it.
    facets:
      - {id: a, name: the new thing, declared: {path: scope.unborn}}
"""


def test_any_pair_of_packs_linked_by_continues_works(tmp_path):
    """Not specific to arrangements or to 2026: a local pack continuing wt2026 is a target."""
    (tmp_path / "ab2031-arrangements.yaml").write_text(LOCAL_PACK, encoding="utf-8")
    registry = Registry.load([str(tmp_path)])
    assert check_edition(registry, "ab2031") == "ab2031"
    plan = plan_upgrade(registry, "ab2031", ["wt2026-arrangements", "currency"], "arrangements", "children")
    assert plan.old_packs == ["wt2026-arrangements"] and plan.new_packs == ["ab2031-arrangements"]
    rules = {r.id: r for r in registry.get("ab2031-arrangements").rules}
    before = [_old("WT26-ARR-21", "pass"), _old("WT26-ARR-22", "pass")]
    after = [_res("AB31-ARR-01", "pass"), _res("AB31-ARR-02", "fail", missing=["the new thing"])]
    old_ids = [r.id for r in registry.get("wt2026-arrangements").rules]
    items = _by_id(compare(before, after, rules, declared=True, old_rules=old_ids))
    assert items["AB31-ARR-01"].category == "still_met"
    assert items["AB31-ARR-02"].category == "new"
    assert items["AB31-ARR-02"].action.startswith("Add: the new thing. Declare scope.unborn.")
    assert items["WT26-ARR-22"].category == "retired"
