"""Document kind and cohort from the whole document: who writes it, what it covers, which
statute it cites, how its sections are headed; the title weighs most but is not the only
evidence. Every text here is written for the tests (fictional partnerships)."""

from __future__ import annotations

import pytest

from masa_check.document import Block
from masa_check.sources.doc_facts import infer_facts
from masa_check.sources.doc_kind import kind_note
from masa_check.sources.kind_signals import SIGNALS


@pytest.mark.parametrize("signal", SIGNALS, ids=lambda s: s.id)
def test_every_signal_is_tested_by_its_own_sentences(signal):
    assert len(signal.examples) >= 3, "each signal needs sentences in the style of three partnerships"
    assert len(set(signal.examples)) == len(signal.examples)
    for text in signal.examples:
        assert signal.search(text), f"{signal.id} should match: {text}"
        if signal.gate is not None:  # the gate must let every match through
            low = " ".join(text.split()).lower()
            assert any(g in low for g in signal.gate), f"{signal.id}: no gate word in {text}"
    for text in signal.not_examples:
        assert not signal.search(text), f"{signal.id} should not match: {text}"


def test_signal_ids_are_unique_and_point_somewhere_known():
    ids = [s.id for s in SIGNALS]
    assert len(ids) == len(set(ids))
    sides = {"adults", "children", "cdr", "report", "plan", "arrangements"}
    for s in SIGNALS:
        assert s.points and set(s.points) <= sides, s.id
        assert s.where and s.where <= {"name", "heading", "body"}, s.id


def _blocks(*items: tuple[str, str]) -> list[Block]:
    """(role, text) pairs on page 1, headings carrying their own path."""
    out, path = [], ()
    for role, text in items:
        if role == "heading":
            path = (text,)
        out.append(Block(role, text, 1, path if role != "title" else ()))
    return out


# -- the three mistakes seen: an untitled page, a plan titled in plain text, a SAB report
#    whose title does not say "Board" -------------------------------------------------------

UNTITLED_SAB_REPORTS = [
    _blocks(
        ("paragraph", "The Ashvale Safeguarding Adults Board (ASAB) met five times this year."),
        ("paragraph", "This annual report covers the period 1 April 2023 to 31 March 2024."),
        ("paragraph", "Section 42 enquiries rose by 12 per cent and two SARs were commissioned."),
    ),
    _blocks(
        ("paragraph", "I am pleased to introduce this report on the work of the Board in 2022/23."),
        ("paragraph", "Under the Care Act 2014 the Board must say what it and each member has done."),
        ("heading", "Safeguarding Adults Reviews"),
        ("paragraph", "One review was published in March after the death of Mr T."),
    ),
    _blocks(
        ("heading", "Introduction from the Independent Chair"),
        ("paragraph", "Over the past year the KSAB has continued to focus on self-neglect."),
        ("paragraph", "Making Safeguarding Personal remains at the heart of our work with adults at risk."),
        ("heading", "Partner contributions"),
        ("paragraph", "Kingsmere Adult Social Care has delivered training to 300 care home staff."),
    ),
]


@pytest.mark.parametrize("blocks", UNTITLED_SAB_REPORTS)
def test_an_untitled_sab_annual_report_is_read_from_its_contents(blocks):
    f = infer_facts(blocks)
    assert f["kind"] == "sab-annual-report"
    assert f["cohort"] == "adults"
    assert f["kind_source"] == "text" and f["kind_signals"]
    assert "read from the document's contents" in kind_note(f)


UNTITLED_OTHERS = [
    (
        _blocks(
            ("paragraph", "The Lowfield CDOP reviews the deaths of all children resident in the area."),
            ("paragraph", "It follows Child Death Review: Statutory and Operational Guidance (England)."),
            ("paragraph", "A joint agency response is started for every unexpected death."),
        ),
        "cdr-arrangements",
    ),
    (
        _blocks(
            ("paragraph", "Welcome to the Brackenford Safeguarding Children Partnership yearly report."),
            ("paragraph", "During the year the three safeguarding partners published two rapid reviews."),
        ),
        "yearly-report",
    ),
    (
        _blocks(
            ("paragraph", "These arrangements set out how the Ravensholt SCP works with relevant agencies."),
            ("paragraph", "They follow Working Together to Safeguard Children 2023 and came into effect in December."),
        ),
        "arrangements",
    ),
]


@pytest.mark.parametrize(("blocks", "kind"), UNTITLED_OTHERS)
def test_untitled_pages_of_other_kinds(blocks, kind):
    assert infer_facts(blocks)["kind"] == kind


PLAIN_TITLED_PLANS = [
    _blocks(
        ("paragraph", "Harrowgate Safeguarding Adults Board"),
        ("paragraph", "Strategic Plan 2024 to 2027"),
        ("heading", "Foreword"),
        ("paragraph", "Our priorities will not change over the next three years."),
    ),
    _blocks(
        ("paragraph", "Fernleigh SAB: Working Together for Safer Lives 2025-2028"),
        ("paragraph", "This plan sets out how the Board will meet its objectives under the Care Act 2014."),
        ("heading", "Our priorities for 2025-28"),
    ),
    _blocks(
        ("paragraph", "Our plan for 2023-2026"),
        ("paragraph", "The Quarrybank Safeguarding Adult Board agreed this plan in March."),
        ("heading", "How we will measure success"),
        ("paragraph", "Each priority has an action plan owned by a subgroup."),
    ),
]


@pytest.mark.parametrize("blocks", PLAIN_TITLED_PLANS)
def test_a_plan_titled_in_plain_text_is_a_strategic_plan(blocks):
    f = infer_facts(blocks)
    assert f["kind"] == "sab-strategic-plan"
    assert f["cohort"] == "adults"


@pytest.mark.parametrize(
    "title",
    [
        "Northshire Safeguarding Adults Annual Report 2023-24",
        "Adult Safeguarding in Ravensholt: Annual Report 2022/23",
        "Tarn Valley SAB Annual Report 2024-25",
    ],
)
def test_a_safeguarding_adults_annual_report_is_not_a_childrens_report(title):
    f = infer_facts(_blocks(("title", title), ("paragraph", "The Board met four times.")))
    assert f["kind"] == "sab-annual-report" and f["cohort"] == "adults"
    assert f["kind_source"] == "name"
    assert kind_note(f) is None  # the title said it: nothing to explain


# -- the title is strong but not alone; a body mention of another document does not decide -


@pytest.mark.parametrize(
    ("items", "kind"),
    [
        (
            [
                ("title", "Ashvale Safeguarding Children Partnership Arrangements"),
                ("paragraph", "The CDOP reviews every child death; its annual report goes to the partners."),
                ("paragraph", "The Safeguarding Adults Board and the partnership share a training offer."),
            ],
            "arrangements",
        ),
        (
            [
                ("title", "Kingsmere Safeguarding Adults Board: Terms of Reference"),
                ("paragraph", "The Board publishes an annual report and a strategic plan each year."),
                ("paragraph", "It works with the Kingsmere Safeguarding Children Partnership on transitions."),
            ],
            "sab-arrangements",
        ),
        (
            [
                ("title", "Marlbridge SAB Strategic Plan 2024-2027"),
                ("paragraph", "Progress is reported in this year's annual report and to the Board."),
            ],
            "sab-strategic-plan",
        ),
    ],
)
def test_mentions_of_other_documents_do_not_outvote_the_title(items, kind):
    assert infer_facts(_blocks(*items))["kind"] == kind


def test_an_all_age_partnership_keeps_the_childrens_kinds_with_an_all_age_cohort():
    f = infer_facts(
        _blocks(
            ("title", "Wrenford Safeguarding Partnership: Arrangements for Children and Adults"),
            ("paragraph", "The three safeguarding partners lead the children's arrangements."),
            ("heading", "Safeguarding Adults Board"),
            ("paragraph", "The Board meets under the Care Act 2014."),
        )
    )
    assert f["kind"] == "arrangements" and f["cohort"] == "all-age"


def test_a_childrens_plan_is_not_a_kind_and_the_note_says_what_it_reads_as():
    f = infer_facts(
        _blocks(
            ("title", "Ashvale Safeguarding Children Partnership Business Plan 2024-26"),
            ("paragraph", "Our priorities are neglect, exploitation and the voice of the child."),
        )
    )
    assert f["kind"] is None
    note = kind_note(f)
    assert "not recognised" in note and "children's safeguarding partnership's plan" in note


def test_nothing_to_go_on_gives_no_kind():
    f = infer_facts(_blocks(("paragraph", "Opening hours are 9 to 5."), ("paragraph", "Call us on 0100 000.")))
    assert f["kind"] is None and f["kind_signals"] == []
    assert kind_note(f).startswith("document kind not recognised from the document;")


# -- round 12's classes: a Board's name as the title and the plan's name as the first heading;
#    a plan's several years written as months; an about page that lists the annual report among
#    the Board's duties ------------------------------------------------------------------------

SAB_PLANS_BY_THEIR_COVER = [
    _blocks(
        ("title", "Ashvale Safeguarding Adults Board"),
        ("heading", "Business Plan 2025 - 2027"),
        ("paragraph", "Agreed by the Board: March 2025"),
        ("paragraph", "SAR subgroup: commissions and oversees safeguarding adults reviews."),
    ),
    _blocks(
        ("title", "Three-year strategy (April 2025 - March 2028)"),
        ("paragraph", "The Kingsmere Safeguarding Adults Board has set four priorities for the next three years."),
        ("paragraph", "Self-neglect and financial abuse remain our focus."),
    ),
    _blocks(
        ("title", "Tarn Valley SAB"),
        ("heading", "Strategic Plan 2024 to 2027"),
        ("paragraph", "The Tarn Valley Safeguarding Adults Board will focus on exploitation and transitions."),
    ),
]


@pytest.mark.parametrize("blocks", SAB_PLANS_BY_THEIR_COVER)
def test_a_sab_plan_named_on_its_cover(blocks):
    assert infer_facts(blocks)["kind"] == "sab-strategic-plan"


@pytest.mark.parametrize(
    "duty",
    [
        "It must also publish a yearly account of the work the Board did during the year.",
        "The Board is required to publish an annual report on what it did during the year to meet its aims.",
        "SABs have a duty to publish an annual report of what they and their members have done over the past year.",
    ],
)
def test_an_about_page_naming_the_annual_report_among_its_duties_is_the_boards_arrangements(duty):
    blocks = _blocks(
        ("title", "What is the Ashvale Safeguarding Adults Board?"),
        ("paragraph", "The Ashvale Safeguarding Adults Board brings together the council, the ICB and the police."),
        ("paragraph", "The Board has three core duties under the Care Act 2014."),
        ("paragraph", duty),
    )
    assert infer_facts(blocks)["kind"] == "sab-arrangements"


# -- a child death overview panel's own terms of reference from before 2019, when the panel sat
#    under the children's board: the board is named throughout, but the document is the panel's --

OLD_PANEL_TERMS = [
    _blocks(
        ("title", "Ashvale Safeguarding Children Board Child Death Overview Panel"),
        ("paragraph", "Terms of reference"),
        ("paragraph", "The Ashvale Safeguarding Children Board (ASCB) set up the panel in 2008."),
        ("paragraph", "The ASCB receives the panel's annual report; ASCB members sit on the panel."),
    ),
    _blocks(
        ("paragraph", "KELBY SAFEGUARDING CHILDREN BOARD KELBY CHILD DEATH REVIEW PROCESS"),
        (
            "paragraph",
            "This constitution covers the Child Death Overview Panel of Kelby Safeguarding Children Board (KSCB).",
        ),
        (
            "paragraph",
            "The KSCB chair appoints the panel chair; the panel reports to the KSCB under the Children Act 2004.",
        ),
        ("paragraph", "The Kelby Safeguarding Children Board (KSCB) agrees the panel's budget each year."),
    ),
]


@pytest.mark.parametrize("blocks", OLD_PANEL_TERMS)
def test_a_panel_s_own_terms_under_a_childrens_board_are_cdr_arrangements(blocks):
    assert infer_facts(blocks)["kind"] == "cdr-arrangements"


# -- a SAB's about page that mentions its reviews and priorities is still about the Board; an
#    annual report that says what the Board is stays an annual report ---------------------------

SAB_ABOUT_PAGES = [
    _blocks(
        ("title", "Safeguarding Adults Board"),
        (
            "paragraph",
            "The Ashvale Safeguarding Adults Board is a partnership joining up local services for adults at risk.",
        ),
        ("heading", "Safeguarding Adults Reviews"),
        ("paragraph", "One of the Board's core duties is to arrange Safeguarding Adults Reviews under section 44."),
    ),
    _blocks(
        ("heading", "What is the Kelby Safeguarding Adults Board?"),
        ("paragraph", "The Kelby Safeguarding Adults Board (KSAB) is a statutory body the Care Act 2014 created."),
        ("heading", "Our strategic priorities"),
        ("paragraph", "Self-neglect and the exploitation of adults who need care."),
    ),
]


@pytest.mark.parametrize("blocks", SAB_ABOUT_PAGES)
def test_a_sab_about_page_is_the_boards_arrangements(blocks):
    assert infer_facts(blocks)["kind"] == "sab-arrangements"


def test_an_annual_report_saying_what_the_board_is_stays_a_report():
    blocks = _blocks(
        ("title", "Lowmoor Safeguarding Adults Board: Annual Report for 2024/25"),
        (
            "paragraph",
            "The Lowmoor Safeguarding Adults Board is a statutory partnership of the council, the ICB and the police.",
        ),
        ("paragraph", "This annual report covers 1 April 2024 to 31 March 2025."),
    )
    assert infer_facts(blocks)["kind"] == "sab-annual-report"
