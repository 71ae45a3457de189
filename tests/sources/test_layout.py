"""Layout post-processing, normalisation and document facts."""

from __future__ import annotations

import datetime as dt

import pytest

from masa_check.document import Block
from masa_check.sources import layout
from masa_check.sources.doc_facts import infer_facts, parse_date
from masa_check.sources.text_normalise import clean, normalise


def test_running_lines_with_digits_normalised():
    lines = []
    for p in range(1, 6):
        lines.append(layout.PositionedLine(p, "Northshire SCP arrangements", 0.03, 0.05))
        lines.append(layout.PositionedLine(p, f"Body text on page {p}", 0.4, 0.42))
        lines.append(layout.PositionedLine(p, f"Version 1.{p} - June 2025", 0.95, 0.97))
        lines.append(layout.PositionedLine(p, f"Page {p} of 5", 0.95, 0.97))
    roles = layout.find_running_lines(lines, 5)
    assert roles[0] == "running_header"
    assert 1 not in roles
    assert roles[2] == "running_footer"
    assert roles[3] == "page_number"


def test_page_numbers_and_toc_lines():
    for t in ["3", "Page 3", "Page 3 of 20", "- 4 -", "Page | 2", "iv", "12/40"]:
        assert layout.is_page_number(t), t
    assert not layout.is_page_number("3 partners")
    assert layout.toc_match("3.2 Independent scrutiny ............ 12") == ("3.2 Independent scrutiny", "12")
    assert layout.toc_match("Appendix G: Checklist …… 31")[1] == "31"
    assert layout.toc_match("We have three partners.") is None


def test_heading_levels_and_paths_and_contents():
    blocks = [
        Block("title", "Arrangements"),
        Block("heading", "Contents"),
        Block("paragraph", "1. Introduction ........ 3"),
        Block("paragraph", "2. Scrutiny .......... 4"),
        Block("heading", "1. Introduction"),
        Block("paragraph", "Intro text."),
        Block("heading", "1.1 Scope"),
        Block("paragraph", "Scope text."),
        Block("heading", "2. Scrutiny"),
        Block("paragraph", "Scrutiny text."),
        Block("heading", "Glossary", level=1),
        Block("paragraph", "LA: local authority"),
    ]
    layout.apply_structure(blocks)
    assert [b.role for b in blocks[2:4]] == ["toc_entry", "toc_entry"]
    assert blocks[6].level == 2
    assert blocks[7].heading_path == ("1. Introduction", "1.1 Scope")
    assert blocks[9].heading_path == ("2. Scrutiny",)
    assert layout.non_evidence_section(blocks[11].heading_path)
    assert layout.non_evidence_section(("Contents",))
    assert layout.non_evidence_section(("Appendix C: Useful links",))
    assert layout.non_evidence_section(("7. References and further reading",))
    assert not layout.non_evidence_section(blocks[9].heading_path)


def test_empty_headings_stay_headings():
    blocks = [Block("heading", "1. Funding"), Block("heading", "2. Scrutiny"), Block("paragraph", "text")]
    layout.apply_structure(blocks)
    assert blocks[0].role == "heading"
    assert layout.empty_headings(blocks) == {0}


def test_normalise():
    assert (
        normalise("The Safequarding  Partner\u2019s “ﬁnal” — report") == 'the safeguarding partner\'s "final" - report'
    )
    assert normalise("safe-\nguarding arrange-\nments") == "safeguarding arrangements"
    assert normalise("multi-\nagency") == "multi-agency"
    assert normalise("INDEPENDENT SCRUTlNY") == "independent scrutiny"
    assert clean("a\u00a0b\tc") == "a b c"
    assert normalise("Safeguarding Partnerships") == "safeguarding partnerships"


def test_parse_date():
    assert parse_date("Published: June 2019") == dt.date(2019, 6, 1)
    assert parse_date("Date: 29/06/2019") == dt.date(2019, 6, 29)
    assert parse_date("Version 1.2 September 2024") == dt.date(2024, 9, 1)
    assert parse_date("approved on 3rd March 2025") == dt.date(2025, 3, 3)
    assert parse_date("no date") is None


def _doc(*texts, roles=None):
    roles = roles or ["title"] + ["paragraph"] * (len(texts) - 1)
    return [Block(r, t, page=1) for r, t in zip(roles, texts, strict=False)]


def test_infer_facts_kinds_and_cohort():
    f = infer_facts(
        _doc("Northshire Safeguarding Children Partnership Annual Report 2023-24", "Published: 30 September 2024")
    )
    assert f["kind"] == "yearly-report" and f["date"] == dt.date(2024, 9, 30) and f["cohort"] == "children"
    f = infer_facts(_doc("Northshire Safeguarding Adults Board Strategic Plan 2024-2027"))
    assert f["kind"] == "sab-strategic-plan" and f["cohort"] == "adults" and f["date"] == dt.date(2024, 1, 1)
    f = infer_facts(_doc("Northshire Safeguarding Adults Board Annual Report 2023/24"))
    assert f["kind"] == "sab-annual-report"
    f = infer_facts(_doc("Northshire Child Death Review Arrangements"))
    assert f["kind"] == "cdr-arrangements"
    f = infer_facts(
        _doc(
            "Safeguarding Partnership Arrangements",
            "Version 1.2 September 2024",
            "These arrangements follow Working Together to Safeguard Children 2023.",
            "This document will be reviewed by March 2026.",
            "Safeguarding Adults Board",
            "The Board meets quarterly.",
            roles=["title", "paragraph", "paragraph", "paragraph", "heading", "paragraph"],
        )
    )
    assert f["kind"] == "arrangements"
    assert f["cohort"] == "all-age"
    assert f["guidance"] == "wt2023"
    assert f["date"] == dt.date(2024, 9, 1)
    assert f["review_date"] == dt.date(2026, 3, 1)
    assert f["evidence"]["date"] == "Version 1.2 September 2024"


def test_the_title_decides_the_kind_before_the_cover_page_does():
    f = infer_facts(
        _doc(
            "Northshire Safeguarding Partnership Arrangements",
            "Who we are",
            "Our annual report is published on the partnership website each September.",
            roles=["title", "heading", "paragraph"],
        )
    )
    assert f["kind"] == "arrangements"
    f = infer_facts(_doc("Annual Report on our Safeguarding Arrangements 2023-24"))
    assert f["kind"] == "yearly-report"  # the title names both: the report it is


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Quenford Safeguarding Children Partnership: Our Year 2024/25", "yearly-report"),
        ("2024/25: the Year in Review", "yearly-report"),
        ("Tarrowby Safeguarding Adults Board: Our Year 2023-24", "sab-annual-report"),
        ("Our Safeguarding Arrangements for the Year Ahead", "arrangements"),
    ],
)
def test_yearly_reports_named_by_the_year(title, kind):
    assert infer_facts(_doc(title))["kind"] == kind


# A whole contents list run into one paragraph (text extraction, web pages), in several styles.
RUN_IN = [
    "2 Foreword from the Chair 4 Our Partners 6 What We Did 9 Training and Development 12 Next Steps",
    "Introduction 3 Governance 5 Independent Scrutiny 7 Funding 9 Relevant Agencies 11",
    "1. Welcome 2. Who We Are 3. Our Priorities 4. Learning from Reviews 5. Contact Us",
    "3 About the Board | 5 Safeguarding Adults Reviews | 8 Performance Data | 10 Annual Priorities",
]
NOT_RUN_IN = [
    "In 2024 we ran 14 courses for 310 staff from 6 agencies, and 3 schools joined the network.",
    "The Executive meets 6 times a year; 4 of those meetings are in person.",
    "Section 5 explains how the 3 partners fund the work.",
    "Police 58,500 14%",
]


@pytest.mark.parametrize("text", RUN_IN)
def test_run_in_contents_recognised(text):
    from masa_check.sources.layout import is_run_in_contents

    assert is_run_in_contents(text)


@pytest.mark.parametrize("text", NOT_RUN_IN)
def test_body_text_with_numbers_is_not_contents(text):
    from masa_check.sources.layout import is_run_in_contents

    assert not is_run_in_contents(text)


def test_run_in_contents_paragraph_is_kept_out_of_evidence():
    from masa_check.sources.layout import apply_structure

    blocks = apply_structure([Block("paragraph", RUN_IN[0], 1), Block("paragraph", NOT_RUN_IN[0], 1)])
    assert [b.role for b in blocks] == ["toc_entry", "paragraph"]


def test_dates_and_question_titles_in_contents():
    from masa_check.sources.layout import is_run_in_contents

    assert not is_run_in_contents("Period: 1 April 2017 to 31 March 2018 01 April")
    assert is_run_in_contents("1 Cover 2 Contents 3 What is Abuse? 4 How We Work 5 Our Year in Numbers")


@pytest.mark.parametrize(
    "text",
    [
        "The three lead safeguarding partners for Ashdown are the council, the ICB and the police.",
        "Our Delegated Safeguarding Partners meet monthly as the Executive.",
        "The LSPs have agreed the shared budget for 2025/26.",
    ],
)
def test_wt2023_roles_imply_wt2023_when_no_guidance_is_cited(text):
    facts = infer_facts([Block("title", "Kelby Safeguarding Children Partnership", 1), Block("paragraph", text, 1)])
    assert facts["guidance"] == "wt2023"


def test_a_cited_2018_guidance_is_not_overridden_by_role_words():
    blocks = [
        Block("title", "Fenshire arrangements", 1),
        Block("paragraph", "These arrangements follow Working Together 2018.", 1),
        Block("paragraph", "Government plans lead safeguarding partners for the future.", 1),
    ]
    assert infer_facts(blocks)["guidance"] == "wt2018"


def test_table_header_row_is_not_evidence():
    from masa_check.document import EVIDENCE_ROLES
    from masa_check.sources.layout import apply_structure

    header = ("Priority", "Progress this year", "Where progress was limited")
    blocks = apply_structure(
        [
            Block("table_row", " | ".join(header), 3, cells=header),
            Block(
                "table_row",
                "Neglect | New toolkit in use | Uptake in GP practices",
                3,
                cells=("Neglect", "x", "y"),
                header_cells=header,
            ),
        ]
    )
    assert blocks[0].role == "table_header" and blocks[0].role not in EVIDENCE_ROLES
    assert blocks[1].role == "table_row"
    # a table without a header row keeps its first row
    lone = apply_structure([Block("table_row", "Chair | Independent Chair", 3, cells=("Chair", "Independent Chair"))])
    assert lone[0].role == "table_row"


@pytest.mark.parametrize(
    ("texts", "published"),
    [
        (
            ["Kelby Safeguarding Adults Board Annual Report 2024-25", "Published: 12 November 2025"],
            dt.date(2025, 11, 12),
        ),
        (["Annual Report 2024/25", "This report was first published on 3rd October 2025."], dt.date(2025, 10, 3)),
        (["Fenshire Safeguarding Children Partnership", "Yearly Report", "September 2025"], dt.date(2025, 9, 1)),
        # approval, a launch and the title's year are not publication
        (["Annual Report 2023-24", "Agreed by the Board on 30 September 2024."], None),
        (
            ["Annual Report 2023 - Introduction", "Our new model was launched on 2 October 2023 across the borough."],
            None,
        ),
        (["Lowmoor SAB Annual Report 2017-18"], None),
        (["Annual report 2024-25", "The report will be published in October 2025."], None),
    ],
)
def test_publication_date_only_from_what_dates_the_publication(texts, published):
    blocks = [Block("title", texts[0], 1)] + [Block("paragraph", t, 1) for t in texts[1:]]
    assert infer_facts(blocks)["published"] == published


def test_a_period_split_over_lines_is_not_a_cover_date():
    blocks = [Block("title", "Ashdown SAB Annual Report", 1), Block("paragraph", "Period: 1 April 2017 to", 1)]
    blocks.append(Block("paragraph", "2017 to 31 March 2018", 1))
    assert infer_facts(blocks)["published"] is None


def _para(text: str) -> Block:
    return Block(role="paragraph", text=text)


def test_a_header_repeated_with_its_page_number_is_furniture():
    blocks = [
        _para("Page 1: Lowmoor Partnership arrangements, draft for the executive meeting"),
        _para("The partnership covers the whole of the borough of Lowmoor."),
        _para("Page 2: Lowmoor Partnership arrangements, draft for the executive meeting"),
    ]
    layout.mark_repeated_paragraphs(blocks)
    assert [b.role for b in blocks] == ["running_header", "paragraph", "running_header"]


def test_a_banner_repeated_three_times_is_furniture_but_a_restated_sentence_is_not():
    banner = "Fenshire Safeguarding Adults Board: keeping adults safe from abuse"
    restated = "The three partners each pay one third of the annual budget of the partnership."
    blocks = [_para(banner), _para(restated), _para(banner), _para(restated), _para(banner)]
    layout.mark_repeated_paragraphs(blocks)
    assert [b.role for b in blocks] == ["running_header", "paragraph"] * 2 + ["running_header"]


def test_short_repeated_lines_are_content():
    blocks = [_para("Police | Yes"), _para("Police | Yes"), _para("Police | Yes")]
    layout.mark_repeated_paragraphs(blocks)
    assert {b.role for b in blocks} == {"paragraph"}


@pytest.mark.parametrize(
    ("text", "guidance"),
    [
        ("Under Working Together to Safeguarding Children 2023 the partners share an equal duty.", "wt2023"),
        ("Our arrangements follow Working Together to Safeguarding Children (2018).", "wt2018"),
        ("As Working Together to Safeguarding Children 2026 sets out, the partners publish a plan.", "wt2026"),
    ],
)
def test_a_guidance_title_mistyped_with_safeguarding_still_names_its_edition(text, guidance):
    """Published pages often write the title as 'to Safeguarding Children': the edition is still cited."""
    facts = infer_facts([Block("title", "Kelby Safeguarding Children Partnership", 1), Block("paragraph", text, 1)])
    assert facts["guidance"] == guidance


NUMBERED_CONTENTS = [
    [
        "i. Foreword",
        "1. About the Board",
        "1.1 What is adult safeguarding?",
        "1.2 Who sits on the Board?",
        "2. Priority One: prevention",
        "2.1 Self-neglect",
        "3. Our reviews",
    ],
    [
        "1 Introduction",
        "2 Our partnership",
        "2.1 The executive",
        "2.2 Sub-groups",
        "3 What we did",
        "3.1 Learning from reviews",
        "4 Next year",
    ],
    [
        "1. Welcome",
        "2. The year in numbers",
        "2.1 Concerns and enquiries",
        "2.2 Reviews",
        "3. Our plan",
        "3.1 Priorities for 2025-26",
    ],
]


@pytest.mark.parametrize("lines", NUMBERED_CONTENTS)
def test_a_numbered_contents_list_without_page_numbers_is_contents(lines):
    """A web page's contents list: numbered titles, nested, no page numbers and no sentences."""
    blocks = [Block("paragraph", text, 1) for text in ["The whole document follows below:", *lines]]
    layout.mark_numbered_contents(blocks)
    assert [b.role for b in blocks] == ["paragraph"] + ["toc_entry"] * len(lines)


def test_a_numbered_list_of_priorities_stays_body():
    lines = [
        "1. Self-neglect",
        "2. Financial abuse",
        "3. Transitions",
        "4. Domestic abuse",
        "5. Exploitation",
        "6. Hospital discharge",
    ]
    blocks = [Block("paragraph", text, 1) for text in lines]
    layout.mark_numbered_contents(blocks)
    assert {b.role for b in blocks} == {"paragraph"}
