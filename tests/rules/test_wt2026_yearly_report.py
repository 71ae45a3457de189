"""The new WT2026 yearly-report rules on published text, in several phrasings: impact on children
and families (outputs alone are partial), disproportionality and racism (a breakdown alone is
partial), and the children the year's work covered."""

from __future__ import annotations

import pytest

from masa_check.engine.lint import declared_case, run_case, text_case
from masa_check.engine.packs import Registry

PACK = Registry.load().get("wt2026-yearly-report")
RULES = {r.id: r for r in PACK.rules}


def _text(rule_id: str, *paragraphs: str) -> str:
    return run_case(text_case(PACK, list(paragraphs)), PACK, RULES[rule_id])


def _declared(rule_id: str, fragment: dict) -> str:
    return run_case(declared_case(PACK, fragment), PACK, RULES[rule_id])


def test_new_rules_are_provisional_and_impact_is_a_must():
    assert all(RULES[i].provisional for i in ("WT26-YR-20", "WT26-YR-21", "WT26-YR-22"))
    assert RULES["WT26-YR-20"].strength == "must" and RULES["WT26-YR-20"].continues == "WT23-YR-05"


@pytest.mark.parametrize(
    "text",
    [
        "After the neglect pathway began, repeat child protection plans in Kelby fell from 23% to 16%.",
        "Families told us the family help service made a real difference, and waits for support dropped from nine weeks to four.",
        "Impact | Missing episodes among young people supported by the hub fell by a quarter",
    ],
)
def test_impact_on_children_and_families_passes(text):
    assert _text("WT26-YR-20", text) == "pass"


@pytest.mark.parametrize(
    "text",
    [
        "We delivered 86 multi-agency courses, attended by 1,900 practitioners.",
        "The partnership launched its exploitation strategy and held two practitioner conferences.",
        "Training | Sessions delivered: 120 | Practitioners trained: 2,300",
        # an impact claimed, with nothing to show it
        "Our case studies illustrate the transformative impact multi-agency working has on children and families.",
        "The year's work began to make a real difference for families across Kelby.",
    ],
)
def test_outputs_or_activity_alone_are_partial(text):
    assert _text("WT26-YR-20", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "We want every child in Lowmoor to have the best outcomes.",
        "The partnership is committed to securing the best outcomes for all our children.",
        "Yearly reports must evidence the impact of the partners' work on children and families.",
        "Safeguarding is everyone's responsibility.",
    ],
)
def test_aims_and_the_duty_restated_fail(text):
    assert _text("WT26-YR-20", text) == "fail"


def test_impact_declared():
    assert _declared("WT26-YR-20", {"impact": {"outcomes": "Repeat plans fell from 23% to 16%."}}) == "pass"
    assert _declared("WT26-YR-20", {"impact": {"training": "Three courses ran."}}) == "partial"
    assert _declared("WT26-YR-20", {}) == "fail"


def test_disproportionality_and_racism_analysed_pass():
    assert (
        _text(
            "WT26-YR-21",
            "The analysis found Black boys over-represented among children excluded from school and referred to the MASH.",
            "A themed audit examined rapid reviews for adultification and racial bias, and the learning went into training.",
        )
        == "pass"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The dataset is broken down by ethnicity, disability and sex.",
        "All performance data is split by protected characteristics.",
    ],
)
def test_a_breakdown_alone_is_partial(text):
    assert _text("WT26-YR-21", text) == "partial"


def test_a_commitment_alone_fails():
    assert _text("WT26-YR-21", "The partners are committed to being anti-racist.") == "fail"


def test_disproportionality_declared():
    assert _declared("WT26-YR-21", {"data": {"protected_characteristics": "By ethnicity and sex."}}) == "partial"
    both = {"data": {"disproportionality": "Over-representation analysed.", "racism": "Audit for racial bias."}}
    assert _declared("WT26-YR-21", both) == "pass"


def test_looked_after_and_other_children_covered():
    looked_after = (
        "The audit of exploitation cases included 18 children looked after, and found quicker police responses."
    )
    kinship = (
        "The partners reviewed how special guardians were supported after a rapid review, and agreed new guidance."
    )
    assert _text("WT26-YR-22", looked_after, kinship) == "pass"
    assert _text("WT26-YR-22", looked_after) == "partial"
    assert _text("WT26-YR-22", "Every child in Kelby deserves to be safe.") == "fail"
    assert (
        _declared("WT26-YR-22", {"scope": {"looked_after": "Audited.", "kinship_sgo_adopted": "Reviewed."}}) == "pass"
    )
    assert _declared("WT26-YR-22", {"scope": {"unborn": "The pre-birth protocol was audited."}}) == "partial"
