"""Statutory rules that bind only once their provision commences: advisory before, binding on
and after, the date from the pack's table or the config, never blocking and never a pass."""

from __future__ import annotations

import datetime as dt

import pytest

from masa_check.engine import commencement
from masa_check.engine.lint import declared_case, rule_cases
from masa_check.engine.packs import Registry, load_pack
from masa_check.engine.run import check_document
from masa_check.engine.selection import CWSA_PACK, CWSA_ROYAL_ASSENT, choose_packs
from masa_check.engine.waivers import WaiverSpec
from masa_check.errors import InputError
from masa_check.results import Result, blocking

REGISTRY = Registry.load()
PACK = REGISTRY.get(CWSA_PACK)
RULES = {r.id: r for r in PACK.rules}
TODAY = dt.date(2026, 12, 3)
#: Every provision the pack waits for, in force on 1 October 2027 (a date a user might set).
ALL_IN_FORCE = {key: "2027-10-01" for key in PACK.commencement}


def _check(doc, as_of=TODAY, overrides=None, waivers=None):
    settings = {"commencement": overrides} if overrides else {}
    return check_document(doc, REGISTRY, as_of=as_of, packs=[CWSA_PACK], settings=settings, waivers=waivers)


def test_table_has_a_source_for_every_row_and_no_day_is_appointed_yet():
    assert set(PACK.commencement) == {"s16E", "s16EA", "s16LA", "s16LC"}
    for key, row in PACK.commencement.items():
        assert row.source.strip() and "s.78" in row.source, key
        assert row.date is None, f"{key}: a date needs its commencement regulations as the source"
    assert {r.id: r.commencement for r in PACK.rules} == {
        "CWSA-ARR-01": ["s16E"],
        "CWSA-ARR-02": ["s16EA"],
        "CWSA-ARR-03": ["s16LA", "s16LC"],
    }


CASES = [(rule.id, label, expected, doc) for rule in PACK.rules for label, expected, doc in rule_cases(PACK, rule)]


@pytest.mark.parametrize(("rule_id", "label", "expected", "doc"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_every_example_is_advisory_before_and_binding_after(rule_id, label, expected, doc):
    before = next(r for r in _check(doc).results if r.rule_id == rule_id)
    assert before.status == "advisory" and before.underlying_status == expected
    assert before.in_force_from is None and not blocking(before, "should")
    assert before.message.startswith(f"Advisory: would {'pass' if expected == 'pass' else 'be ' + expected} once")
    after = next(r for r in _check(doc, dt.date(2027, 10, 1), ALL_IN_FORCE).results if r.rule_id == rule_id)
    assert after.status == expected and after.underlying_status is None
    assert after.in_force_from == "2027-10-01" and not after.message.startswith("Advisory")


def test_the_day_before_commencement_is_still_advisory():
    doc = declared_case(PACK, RULES["CWSA-ARR-02"].tests.partial)
    by_id = {r.rule_id: r for r in _check(doc, dt.date(2027, 9, 30), {"s16EA": "2027-10-01"}).results}
    assert by_id["CWSA-ARR-02"].status == "advisory"
    assert "would be partial once s.16EA commences on 2027-10-01 (date from config)" in by_id["CWSA-ARR-02"].message
    assert by_id["CWSA-ARR-01"].status == "advisory"  # s.16E still has no day: others are untouched


def test_a_rule_waiting_for_two_provisions_binds_when_the_last_commences():
    doc = declared_case(PACK, RULES["CWSA-ARR-03"].tests.pass_)
    one = {"s16LA": "2027-04-01"}
    r = next(x for x in _check(doc, dt.date(2028, 1, 1), one).results if x.rule_id == "CWSA-ARR-03")
    assert r.status == "advisory" and r.in_force_from is None
    assert "s.16LC commences (no day appointed yet)" in r.message and "s.16LA" not in r.message
    both = {"s16LA": "2027-04-01", "s16LC": "2027-12-01"}
    r = next(x for x in _check(doc, dt.date(2027, 11, 30), both).results if x.rule_id == "CWSA-ARR-03")
    assert r.status == "advisory" and r.in_force_from == "2027-12-01"
    r = next(x for x in _check(doc, dt.date(2027, 12, 1), both).results if x.rule_id == "CWSA-ARR-03")
    assert r.status == "pass"


def test_config_null_keeps_a_rule_advisory_and_says_so():
    doc = declared_case(PACK, RULES["CWSA-ARR-02"].tests.pass_)
    r = next(x for x in _check(doc, dt.date(2030, 1, 1), {"s16EA": None}).results if x.rule_id == "CWSA-ARR-02")
    assert r.status == "advisory" and "config says not yet" in r.message


def test_advisory_is_never_a_pass_and_summarised_on_its_own():
    doc = declared_case(PACK, RULES["CWSA-ARR-01"].tests.pass_)
    res = _check(doc)
    assert res.summary["pass"] == 0 and res.summary["advisory"] == 3


def test_a_waiver_does_not_cover_an_advisory_result():
    doc = declared_case(PACK, RULES["CWSA-ARR-02"].tests.fail)
    waiver = WaiverSpec(rule="CWSA-ARR-02", reason="not yet", expires=dt.date(2099, 1, 1))
    res = _check(doc, waivers=[waiver])
    r = next(x for x in res.results if x.rule_id == "CWSA-ARR-02")
    assert r.status == "advisory" and r.waiver is None
    assert any("unused: the result is advisory" in n for n in res.notes)


def test_error_and_not_applicable_are_kept_before_commencement():
    rule = RULES["CWSA-ARR-02"]
    for status in ("error", "not_applicable"):
        result = Result(
            rule_id=rule.id, pack=PACK.id, title=rule.title, strength="must", status=status, citation="c", message="m"
        )
        out = commencement.apply(result, PACK, rule, TODAY)
        assert out.status == status and out.commencement == ["s16EA"]


def test_a_rule_naming_a_key_not_in_the_table_is_a_load_error(tmp_path):
    text = (REGISTRY.packs._files[CWSA_PACK]).read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        text.replace("id: cwsa-2026-arrangements", "id: local-bad").replace(
            "commencement: s16EA", "commencement: s16EAA"
        )
    )
    with pytest.raises(
        InputError, match="commencement 's16EAA' is not in the pack's commencement table; did you mean 's16EA'"
    ):
        load_pack(bad)


def test_unknown_override_key_has_a_did_you_mean():
    packs = commencement.table_packs(REGISTRY)
    assert [p.id for p in packs] == [CWSA_PACK]
    with pytest.raises(InputError, match="unknown provision 's16EAA'; did you mean 's16EA'"):
        commencement.check_overrides({"s16EAA": None}, packs, ".masa-check.yaml")
    with pytest.raises(InputError, match="unknown provision 'MACPT'; known: s16E, s16EA, s16LA, s16LC"):
        commencement.check_overrides({"MACPT": None}, packs, ".masa-check.yaml")
    with pytest.raises(InputError, match="did you mean 's16EA'"):
        commencement.check_overrides({"S16EA": None}, packs, ".masa-check.yaml")
    commencement.check_overrides({"s16EA": "2027-10-01"}, packs, ".masa-check.yaml")


def _arrangements(guidance: str | None, published: dt.date | None):
    fragment = {"guidance": guidance, "published": published} if guidance else {"published": published}
    return declared_case(PACK, {k: v for k, v in fragment.items() if v is not None})


@pytest.mark.parametrize(
    ("guidance", "published", "as_of", "included"),
    [
        ("wt2026", dt.date(2026, 6, 15), dt.date(2026, 12, 3), True),  # follows WT2026
        ("wt2023", dt.date(2025, 1, 20), dt.date(2026, 12, 3), True),  # the Act binds it all the same
        ("wt2023", dt.date(2025, 1, 20), CWSA_ROYAL_ASSENT, True),
        ("wt2023", dt.date(2025, 1, 20), dt.date(2026, 4, 28), False),  # checked before Royal Assent
        ("wt2018", dt.date(2019, 6, 1), dt.date(2026, 1, 1), False),
    ],
)
def test_the_pack_joins_arrangements_checked_under_wt2026_or_after_royal_assent(guidance, published, as_of, included):
    packs, notes = choose_packs(_arrangements(guidance, published), REGISTRY, None, as_of)
    assert (CWSA_PACK in packs) is included
    if included:
        assert packs.index(CWSA_PACK) == 1 and packs[-1] == "currency"
        assert any(n.startswith(f"{CWSA_PACK}: ") and "advisory until its provision commences" in n for n in notes)


def test_the_pack_is_for_arrangements_only():
    report = declared_case(REGISTRY.get("wt2023-yearly-report"), {"kind": "yearly-report"})
    packs, _ = choose_packs(report, REGISTRY, None, TODAY)
    assert CWSA_PACK not in packs
