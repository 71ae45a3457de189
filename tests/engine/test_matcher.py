"""The evidence matcher: topic + specifics + stance, against the keyword matcher it wraps."""

from __future__ import annotations

import pytest

from masa_check.document import Block, Document
from masa_check.engine import topic
from masa_check.engine.matcher import EvidenceMatcher, KeywordMatcher, active
from masa_check.engine.packs import Exemplars, Facet, TextSpec

FUNDING = Facet(
    id="a",
    name="each partner's contribution",
    text=TextSpec(
        all=[["budget", "fund*", "contribut*"], ["partner*", "council", "police", "icb"]], heading=["funding"]
    ),
    slots=["money|share"],
    exemplars=Exemplars(
        pos=[
            "The council, the ICB and the police each pay a third of the partnership budget.",
            "Police | £58,500 | 14% of the budget",
            "Our budget of £320,000 comes from the three partners in equal shares.",
            "The local authority provides 50% of the funding, the ICB 30% and the police 20%.",
        ],
        neg=[
            "Partners will contribute to the budget.",
            "The safeguarding partners must agree the level of funding.",
            "Contents: 10. Funding ........ 14",
        ],
    ),
)


def doc(*texts: str, kind: str = "arrangements", path=("10. Funding",)) -> Document:
    blocks = [Block("heading", path[-1], 3, tuple(path), 1)]
    blocks += [Block("paragraph", t, 3, tuple(path)) for t in texts]
    return Document(path="<test>", source="pdf", kind=kind, blocks=blocks)


def test_topic_without_specifics_is_partial_and_says_what_is_missing():
    d = doc("The partners contribute to the partnership budget each year.")
    assert KeywordMatcher().match(d, FUNDING).state == "met"  # the old reading: a pass
    o = EvidenceMatcher().match(d, FUNDING)
    assert o.state == "intent"
    assert "specifics missing" in o.detail and "a money amount or a share" in o.detail


@pytest.mark.parametrize(
    "text",
    [
        "The partners contribute to the partnership budget in equal shares.",  # narrative
        "Each partner pays a third of the budget.",
        "The council contributes £150,000 to the partnership budget.",
    ],
)
def test_specifics_in_the_sentence_pass(text):
    o = EvidenceMatcher().match(doc(text), FUNDING)
    assert o.state == "met", o.detail
    assert o.evidence[0].quote == text
    assert "found" in o.detail


def test_specifics_in_a_neighbouring_sentence_of_the_section_pass():
    d = doc("The partners contribute to the partnership budget.", "Each pays an equal share of the costs.")
    o = EvidenceMatcher().match(d, FUNDING)
    assert o.state == "met", o.detail


def test_specifics_in_another_section_do_not_count():
    d = Document(
        path="<t>",
        source="pdf",
        kind="arrangements",
        blocks=[
            Block("heading", "10. Funding", 3, ("10. Funding",), 1),
            Block("paragraph", "The partners contribute to the partnership budget.", 3, ("10. Funding",)),
            Block("heading", "11. Population", 4, ("11. Population",), 1),
            Block("paragraph", "About 25% of residents are under 18.", 4, ("11. Population",)),
        ],
    )
    assert EvidenceMatcher().match(d, FUNDING).state == "intent"


def test_deferral_still_wins_over_specifics():
    d = doc("The partners' shares of the budget will be agreed later, once the review ends in 2025.")
    assert EvidenceMatcher().match(d, FUNDING).state == "intent"


@pytest.mark.skipif(not topic.available(), reason="topic model not installed")
def test_by_meaning_needs_stance_and_slots():
    # no concept group pair in one sentence ("money" is not a keyword term), found by meaning
    facet = FUNDING.model_copy(update={"text": TextSpec(all=[["budget"], ["contribut*"]], heading=["funding"])})
    found = EvidenceMatcher().match(
        doc("Money for the partnership budget is split three ways: 40%, 40% and 20%."), facet
    )
    assert found.state == "met", found.detail
    assert "found by meaning" in found.detail
    # the same without a share: never passed by meaning alone
    assert (
        EvidenceMatcher().match(doc("Money for the partnership budget comes from the partners."), facet).state
        == "missing"
    )
    # ... nor when negated
    negated = doc("No money for the partnership budget has been split between partners: 0% agreed so far.")
    assert EvidenceMatcher().match(negated, facet).state != "met"


def test_active_matcher_from_environment(monkeypatch):
    monkeypatch.setenv("MASA_CHECK_MATCHER", "keyword")
    assert active().name == "keyword"
    monkeypatch.delenv("MASA_CHECK_MATCHER")
    assert active().name == "evidence"


def test_topic_scores_rank_paraphrase_over_other_topics():
    if not topic.available():
        pytest.skip("topic model not installed")
    pos = tuple(FUNDING.exemplars.pos)
    (fund, _), (voice, _) = topic.scores(
        ["Each agency pays part of the shared budget.", "Young people told us about their experience of school."], pos
    )
    assert fund > voice + 0.15


PRIORITIES = Facet(
    id="a",
    name="priorities with actions",
    text=TextSpec(all=[["priorit*"], ["action*", "deliver*", "will"]]),
)


@pytest.mark.parametrize(
    "text",
    [
        "This strategic plan sets out our priorities and the actions we will take.",  # a foreword
        "The priorities and their actions are set out in the sub-groups' delivery plans.",
        "I am glad to present this plan, which sets out the priorities and the actions that will deliver them.",
    ],
)
def test_saying_what_a_document_sets_out_is_a_pointer_not_the_content(text):
    o = EvidenceMatcher().match(doc(text, kind="sab-strategic-plan", path=("Foreword",)), PRIORITIES)
    assert o.state == "referenced" and "sets out" in o.detail


def test_content_beside_a_pointer_still_counts():
    d = doc(
        "This plan sets out our priorities and actions.",
        "Our first priority is self-neglect: we will train 400 staff in the new pathway by March.",
        kind="sab-strategic-plan",
        path=("Our priorities",),
    )
    o = EvidenceMatcher().match(d, PRIORITIES)
    assert o.state == "met" and o.evidence[0].quote.startswith("Our first priority")
