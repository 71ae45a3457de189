"""CDR rules with Working Together 2023 chapter 6: deaths of non-resident children reviewed "as
indicated" (CDR-02), and the coroner's post-mortem reports reaching the CDOP (CDR-07)."""

from __future__ import annotations

import pytest

from masa_check.engine.lint import declared_case, run_case, text_case
from masa_check.engine.packs import Registry

PACK = Registry.load().get("cdr-arrangements")
RULES = {r.id: r for r in PACK.rules}
RESIDENT = "The death of every child normally resident in Kelby is reviewed by the CDOP."


def _text(rule_id: str, *paragraphs: str) -> str:
    return run_case(text_case(PACK, list(paragraphs)), PACK, RULES[rule_id])


def test_cdr02_cites_chapter_6_and_says_as_indicated():
    rule = RULES["CDR-02"]
    assert "chapter 6" in rule.citation and "as indicated" in rule.requirement


@pytest.mark.parametrize(
    "sentence",
    [
        "The deaths of children not normally resident in Kelby are reviewed as indicated, usually by their home panel.",
        "When a child from outside the area dies in Kelby, the partners agree which panel reviews the death.",
        "Non-resident deaths are reviewed as indicated, with the home CDOP leading.",
    ],
)
def test_non_resident_deaths_reviewed_as_indicated_pass(sentence):
    assert _text("CDR-02", RESIDENT, sentence) == "pass"


def test_resident_deaths_alone_are_partial():
    assert _text("CDR-02", RESIDENT) == "partial"


@pytest.mark.parametrize(
    "sentence",
    [
        "The coroner sends each post-mortem examination report to the Kelby CDOP coordinator.",
        "Post-mortem reports are shared by the coroner's office with the child death overview panel.",
        "Autopsy reports come to the CDR team from the senior coroner before the panel meets.",
    ],
)
def test_coroner_post_mortem_reports_to_the_cdop_pass(sentence):
    assert _text("CDR-07", sentence) == "pass"


def test_coroner_and_post_mortem_without_a_route_are_partial():
    assert _text("CDR-07", "The coroner may order a post-mortem examination after an unexpected death.") == "partial"


@pytest.mark.parametrize(
    "sentence",
    [
        "Coroners must send post-mortem reports to the child death overview panel.",
        "The coroner investigates sudden and unexplained deaths.",
        "Every child death is a tragedy.",
    ],
)
def test_the_duty_restated_or_the_coroner_alone_fail(sentence):
    assert _text("CDR-07", sentence) == "fail"


def test_cdr07_declared():
    passing = declared_case(
        PACK, {"analysis": {"coroner_reports": "The coroner sends post-mortem reports to the CDOP."}}
    )
    assert run_case(passing, PACK, RULES["CDR-07"]) == "pass"
    assert run_case(declared_case(PACK, {}), PACK, RULES["CDR-07"]) == "fail"
