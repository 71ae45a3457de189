"""Slot detectors: each holds on the ways different partnerships write the same detail (at
least three styles per slot) and does not fire on the topic alone."""

import pytest

from masa_check.engine.specifics import SLOT_TYPES, describe, detect, parse_slot, specifics

FOUND = {
    "money": [
        "The partnership budget for 2025/26 is £412,000.",  # narrative
        "Police | £58,500 | 14%",  # a table row
        "Each partner pays £1.2m over the three years of the agreement.",
        "The council contributes 96,000 pounds a year.",
        # an amount alone in a table cell, the £ only in a header: unheaded, headed, pipe-separated
        "Kelby ICB; 107,100; Kelby Police; 13,300",
        "Partner: Fenshire Council; Contribution: 45,000",
        "Lowmoor Police | 58,500 | 14%",
    ],
    "share": [
        "The three partners fund the partnership in equal shares.",
        "Contributions are split equally between the council, the ICB and the police.",
        "The local authority meets 50% of the cost, the ICB 30 per cent and the police the rest.",
        "Costs are shared on a 40:40:20 basis.",
        "Each statutory partner pays a third of the budget.",
    ],
    "period": [
        "The budget for 2024/25 was agreed in March.",
        "The report covers 1st April 2024 to 31st March 2025.",
        "Funding is reviewed each financial year.",
        "This is a three-year plan.",
        "Our annual budget is set by the executive.",
        "It runs from April 2023 until March 2026.",
    ],
    "date": [
        "The arrangements were signed on 14 October 2024.",
        "Published in September 2025.",
        "Agreed by the executive on March 3rd, 2025.",
        "Review date: 01/09/2026",
    ],
    "frequency": [
        "The executive meets quarterly.",
        "The group meets every six weeks.",
        "Data is reported to the board twice a year.",
        "Scorecards are reviewed at each meeting of the performance group.",
        "Audits take place three times a year.",
    ],
    "url_or_place": [
        "The report is published at www.example-scp.org.uk/annual-report.",
        "You can read it on our website.",
        "It will be available from https://example.gov.uk/safeguarding.",
        "Reports are placed on the partnership's web pages.",
    ],
    "organisation": [
        "Ashdown County Council leads on education safeguarding.",
        "NHS Lowmoor Integrated Care Board is a safeguarding partner.",
        "Fenshire Constabulary provides the police lead.",
        "Thames Estuary Police co-chairs the executive.",
        "The City of Barrowby Council hosts the business unit.",
        "Wyvern Health NHS Foundation Trust sits on the group.",
    ],
    "board_area": [
        "Kelby Safeguarding Adults Board leads the work of partners across Kelby.",
        "The Fenshire and Lowmoor SAB protects adults at risk throughout Fenshire and Lowmoor.",
        "Ravensholt SAB oversees adult safeguarding in Ravensholt.",
    ],
    "local_authority": [
        "The partnership covers the area of Ashdown County Council.",
        "The boundaries are those of the Borough of Kelby.",
        "Our footprint is the Fenshire local authority area.",
        "We serve the city of Barrowby and its surrounding villages.",
    ],
    "role": [
        "The Director of Children's Services is the delegated partner for the council.",
        "The Chief Constable is the lead safeguarding partner for the police.",
        "The ICB is represented by its Chief Nurse.",
        "Our independent scrutineer reports to the executive.",
        "Local Commander, Fenshire Police",
        "Director of People, Ashdown Council",
        # the ICB's usual delegate, in a sentence, a list item and a table row
        "Jo Reeve, Chief Nursing Officer, NHS Kelby ICB, is the delegated partner for health.",
        "- DSP for health: the Chief Nursing Officer",
        "Role: Chief Medical Officer; Organisation: NHS Lowmoor ICB",
    ],
    "person": [
        "The chair is Dr Priya Natarajan.",
        "Jo Whitlock, Director of Children's Services",
        "Signed: Mrs Alison Grey",
        "Mark Ellery (Chief Superintendent)",
        # table rows as the reader gives them: unheaded, with a "Name" column, with a "Post" column
        "Hannah Corrigan; Assistant Director, Safeguarding; Ashdown County Council",
        "Role: Chief Nursing Officer; Name: Ravi Menon; Organisation: NHS Lowmoor ICB",
        "Delegated safeguarding partner: Ellen Brook; Post: Director of Children's Services, Kelby Council",
        "DSP - Police: Detective Superintendent: Tom Ashby",
        "DSP - Council: Director of Children's Services: Rebecca Shaw",
        "Corporate Director, Children and Families; Owen Mallory; Kelby Council",
        "Our police DSP is Detective Chief Superintendent Declan Ashworth.",
        "Police DSP - Chief Superintendent Gail Norris; Head of Public Protection",
    ],
    "agencies": [
        "Relevant agencies include schools, colleges, NHS trusts and the probation service.",
        "Members come from early years settings, GPs and housing.",
        "We work with the voluntary sector, youth justice and Cafcass.",
    ],
    "count": [
        "The panel reviewed 64 deaths last year.",
        "About seventy deaths a year are reviewed.",
        "There were 1,204 safeguarding concerns.",
    ],
    "named_group": [
        "Decisions are made by the Case Review Group.",
        "The Safeguarding Partnership Executive oversees the work.",
        "A learning and development sub-group commissions training.",
    ],
    "basis": [
        "Audits of 60 cases found that plans were clearer than last year.",
        "Referrals fell by 12% after the new front door opened.",
        "The inspection confirmed that help is offered earlier.",
        "Children's feedback showed they felt listened to at conferences.",
        "Joint working has improved, as evidenced by quicker strategy meetings.",
        "The executive's grip on neglect was demonstrated in the themed review.",
    ],
    "principles": [
        "Our work rests on empowerment, prevention, proportionality, protection, partnership and accountability.",
        "The six principles guide the Board: Empowerment; Prevention; Proportionality; Protection; Partnership; "
        "Accountability.",
        "We hold to the principles of empowering people, prevention, proportionality, protection, working in "
        "partnership and accountability for what we do.",
    ],
}

NOT_FOUND = {
    "board_area": [
        "Kelby Safeguarding Adults Board leads safeguarding across the local authority area.",
        "Kelby SAB works with partners across Fenshire.",
        "The Safeguarding Adults Board works across Kelby.",
    ],
    "money": [
        "The partners contribute to the budget.",
        "Funding arrangements are agreed by the executive.",
        "There were 1,204 safeguarding concerns, up from 1,050.",
    ],
    "share": ["The partners contribute to the budget.", "Each partner provides resources in kind."],
    "period": ["The partners contribute to the budget.", "The executive agrees the budget."],
    "frequency": ["The executive oversees the arrangements.", "The group reviews data."],
    "url_or_place": ["The report will be published.", "We will publish our yearly report."],
    "organisation": ["The three safeguarding partners lead the arrangements.", "The statutory partners agree."],
    "person": [
        "The chair is appointed by the partners.",
        "The Director of Children's Services attends.",
        # a post, or an organisation and a post, is not a name
        "Detective Chief Superintendent, Head of Public Protection (named on our website)",
        "Ashdown County Council, Director of Children's Services",
        "Kelby Safeguarding Partnership; Director of Public Health",
        "Role: Chief Nursing Officer; Name: to be confirmed",
        "Members: the DSPs, the Partnership Business Manager; Independent Scrutineer attends",
        "Director of Children's Services; Fenshire County Council",
        "Detective Superintendent Public Protection; Lowmoor Police",
    ],
    "agencies": ["Relevant agencies are listed in the appendix.", "We work with schools."],
    "count": ["The panel reviews child deaths."],
    "basis": [
        "The partnership continued to build on its strengths.",
        "We are proud of what we achieved together.",
        # a basis claimed, never named
        "Partners have worked together well, and this has been evidenced throughout the year.",
        "Our commitment to children has been demonstrated time and again.",
    ],
    "principles": ["We follow the six principles of adult safeguarding.", "Protection and prevention come first."],
}


@pytest.mark.parametrize("slot,text", [(s, t) for s, ts in FOUND.items() for t in ts])
def test_slot_found(slot, text):
    assert detect(slot, text), f"{slot} not found in: {text}"


@pytest.mark.parametrize("slot,text", [(s, t) for s, ts in NOT_FOUND.items() for t in ts])
def test_slot_not_found_on_topic_alone(slot, text):
    assert detect(slot, text) is None, f"{slot} wrongly found in: {text}"


def test_every_slot_type_is_tested():
    assert set(FOUND) == set(SLOT_TYPES)


def test_alternatives_and_report():
    report = specifics(
        ["The partners share the cost equally.", "The budget for 2025/26 is agreed."], ["money|share", "period"]
    )
    assert report.complete and set(report.found) == {"money|share", "period"}
    report = specifics(["The partners contribute to the budget."], ["money|share", "period"])
    assert report.missing == ["money|share", "period"]
    assert "a money amount or a share" in report.summary()


def test_unknown_slot_is_an_error():
    with pytest.raises(ValueError, match="unknown slot type"):
        parse_slot("moneyy")
    assert describe("url_or_place").startswith("a web address")


def test_agencies_gathered_from_a_list_one_to_an_item():
    """A list of relevant agencies is read one item a sentence: the slot counts over the evidence
    and its neighbours (a bulleted list, table rows, a lead-in then sentences)."""
    for texts in (
        ["The relevant agencies are:", "Ashdown Community Health NHS Trust", "Ashdown Youth Justice Service"],
        ["Agency: Kelby College; Category: education", "Agency: Kelby Housing; Category: housing"],
        ["We chose these agencies.", "Schools see children every day.", "Probation works with parents."],
    ):
        assert specifics(texts, ["agencies"]).complete, texts
    assert specifics(["Relevant agencies include health and education.", "Schools matter."], ["agencies"]).missing


def test_values_gives_every_distinct_value_in_order():
    from masa_check.engine.specifics import values

    text = "The Fenmoor Council and NHS Fenmoor Integrated Care Board meet monthly; Fenmoor Police attend quarterly."
    assert values("organisation", text) == [
        "Fenmoor Council",  # a name never starts with an article
        "NHS Fenmoor Integrated Care Board",
        "Fenmoor Police",
    ]
    assert values("frequency", text) == ["monthly", "quarterly"]
    assert values("money", "Council | £120,000 | Police | £40,000") == ["£120,000", "£40,000"]
    assert values("person", "Chair: Dr Helen Ashdown") == ["Dr Helen Ashdown"]
    assert values("url_or_place", "Read it at https://www.example.org.uk/report.") == [
        "https://www.example.org.uk/report"
    ]
    with pytest.raises(ValueError, match="no value pattern"):
        values("basis", "anything")
