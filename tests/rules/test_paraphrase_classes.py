"""Classes of wording seen on first contact, each checked on paraphrases written for the test
(three or more partnerships' ways of putting it) through the rule as a user runs it: one
published document of body paragraphs, the rule's own pack.

The sentences are the team's own; none is taken from a published document.
"""

from __future__ import annotations

import datetime as dt

import pytest

from masa_check.engine.declared_checks import Context
from masa_check.engine.evaluate import evaluate_rule
from masa_check.engine.lint import run_case, text_case
from masa_check.engine.packs import Registry

REGISTRY = Registry.load()


def _status(pack_id: str, rule_id: str, paragraphs: list[str], kind: str | None = None) -> str:
    pack = REGISTRY.get(pack_id)
    rule = next(r for r in pack.rules if r.id == rule_id)
    return run_case(text_case(pack, paragraphs, kind=kind), pack, rule)


def _plan_currency(paragraphs: list[str]):
    """CA-SP-01's result on a plan of ``paragraphs``, checked in June 2026 (financial year 2026/27)."""
    pack = REGISTRY.get("care-act-sab-strategic-plan")
    rule = next(r for r in pack.rules if r.id == "CA-SP-01")
    doc = text_case(pack, paragraphs, kind="sab-strategic-plan")
    return evaluate_rule(doc, pack, rule, Context(as_of=dt.date(2026, 6, 1)))


AREA_RULES = [
    ("wt2018-arrangements", "WT18-ARR-05"),
    ("wt2023-arrangements", "WT23-ARR-08"),
    ("wt2026-arrangements", "WT26-ARR-08"),
    ("care-act-sab", "CA-SAB-01"),
]

# The place is named as where the partners, children or board are, with no boundary statement:
# the area is implied, so partial (never pass, never fail).
AREA_IMPLIED = [
    "We are proud to present these arrangements as the three statutory partners in Kelby.",
    "Partner agencies in Lowmoor have worked closely together to agree the new model.",
    "Together we are responsible for keeping children in Fenshire safe from harm.",
    "Everything the partners do is meant to make Castlemere's children safer.",
    "There are three organisations in Wyvern that are jointly responsible for this work:",
    "The Board brings together all partners across Barrowby to protect adults at risk.",
    "Welcome to the new safeguarding arrangements for Ravensholt, which start in the autumn.",
]

# Title-case lines (a title or running header read as body), a place as the subject, a region or
# the nation, and capitalised words that are not places: no area at all.
AREA_NOT_NAMED = [
    "Our Arrangements for Safeguarding Children and Young People in Elmstead",
    "Safeguarding Children Partnership Arrangements and Child Death Review Arrangements for Kelby with Wyvern",
    "9 Arrangements for the Independent Scrutiny of the effectiveness of the arrangements",
    "Tarnbridge is proud of what the old board achieved.",
    "The partners work with other partnerships across the North West.",
    "Partners in England must publish their arrangements.",
    "The partners met in September to agree the plan.",
    "Children in Need plans are reviewed by the team every month.",
]


@pytest.mark.parametrize(("pack_id", "rule_id"), AREA_RULES)
@pytest.mark.parametrize("sentence", AREA_IMPLIED)
def test_a_place_named_as_where_the_partners_work_is_partial(pack_id, rule_id, sentence):
    assert _status(pack_id, rule_id, [sentence]) == "partial"


@pytest.mark.parametrize(("pack_id", "rule_id"), AREA_RULES)
@pytest.mark.parametrize("sentence", AREA_NOT_NAMED)
def test_no_place_named_as_the_area_is_fail(pack_id, rule_id, sentence):
    assert _status(pack_id, rule_id, [sentence]) == "fail"


# The children's partnership's own name carries its place: the area is implied by the name, not
# stated (partial); a name with no place in it implies nothing.
PARTNERSHIP_NAMED = [
    "The Kelby Safeguarding Children Partnership has published these arrangements.",
    "Welcome to the Lowmoor and Barrowby Safeguarding Partnership website.",
    "Members of the Fenshire Children's Safeguarding Partnership meet every quarter.",
    "Until 2019 the Wyvern Safeguarding Children Board led this work.",
]


@pytest.mark.parametrize(("pack_id", "rule_id"), AREA_RULES[:3])
@pytest.mark.parametrize("sentence", PARTNERSHIP_NAMED)
def test_a_place_in_the_partnerships_name_implies_the_area(pack_id, rule_id, sentence):
    assert _status(pack_id, rule_id, [sentence]) == "partial"


@pytest.mark.parametrize(("pack_id", "rule_id"), AREA_RULES[:3])
@pytest.mark.parametrize(
    "sentence",
    [
        "The Local Safeguarding Children Partnership meets every quarter.",
        "The Independent Safeguarding Partnership chair writes the foreword.",
    ],
)
def test_a_partnership_name_without_a_place_implies_no_area(pack_id, rule_id, sentence):
    assert _status(pack_id, rule_id, [sentence]) == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "The footprint covered by the partnership is defined by the boundaries of Kelby Borough Council.",
        "Our area is defined by the boundary of Fenshire County Council, which the police force shares.",
        "The geographical area served is defined by the boundaries of Lowmoor City Council and Wyvern Council.",
    ],
)
@pytest.mark.parametrize(("pack_id", "rule_id"), AREA_RULES[:3])
def test_an_area_defined_by_a_boundary_is_not_a_definition_in_law(pack_id, rule_id, sentence):
    """'is defined by the boundaries of ...' is a local fact, not the statute's definition read back."""
    assert _status(pack_id, rule_id, [sentence]) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The geographical area of these safeguarding arrangements, which also covers the review of child deaths, "
        "will be based upon the Kelby Local Authority boundary.",
        "Our partnership footprint follows the Fenshire local authority boundary.",
        "The arrangements apply within the Lowmoor local authority boundaries, shared with one police force.",
    ],
)
@pytest.mark.parametrize(("pack_id", "rule_id"), AREA_RULES[:3])  # the children's rules check the named LA slot
def test_a_named_local_authority_boundary_is_the_area(pack_id, rule_id, sentence):
    """'<X> Local Authority boundary' names the council's area, and a definitional 'will be' is no intent."""
    assert _status(pack_id, rule_id, [sentence]) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The boundary of the partnership follows the local authority boundary.",
        "Our footprint is the same as the Local Authority area.",
        "This Partnership area matches the local authority boundary.",
    ],
)
@pytest.mark.parametrize(("pack_id", "rule_id"), AREA_RULES[:3])  # the children's rules check the named LA slot
def test_a_boundary_with_no_place_named_does_not_pass(pack_id, rule_id, sentence):
    """'The boundary', 'Our footprint', 'Local Authority area' name no place: a name never starts
    with a determiner or a generic word."""
    assert _status(pack_id, rule_id, [sentence]) != "pass"


# CA-AR-04: how SARs come about (recommending, commissioning) is not what concluded SARs found.
SAR_PROCESS = [
    "The case review subgroup manages the process of recommending and commissioning SARs.",
    "Referrals are considered by the review panel, which recommends to the chair whether a SAR should be commissioned.",
    "Our SAR group is responsible for recommending reviews to the Board and overseeing them.",
]
SAR_FINDINGS = [
    "The SAR for Adult K, concluded in October, found that no agency held an overview of her self-neglect.",
    "Two safeguarding adults reviews were concluded; both identified gaps in how hospital discharge was planned.",
    "The review of Mr T's death recommended that every SAR partner adopt one escalation route, and its findings "
    "on missed carers' assessments were shared with all agencies.",
]


@pytest.mark.parametrize("sentence", SAR_PROCESS)
def test_the_process_of_recommending_sars_is_no_finding(sentence):
    assert _status("care-act-sab-annual-report", "CA-AR-04", [sentence]) != "pass"


@pytest.mark.parametrize("sentence", SAR_FINDINGS)
def test_findings_of_concluded_sars_still_pass(sentence):
    assert _status("care-act-sab-annual-report", "CA-AR-04", [sentence]) == "pass"


# A modal inside an embedded clause ("what the board should do was discussed") is not the national
# duty restated: the sentence reports something that happened.
EMBEDDED_MODAL_INVOLVEMENT = [
    "A community event was held in May where residents discussed the actions that the safeguarding adults board "
    "should take first.",
    "Carers' groups were consulted in the autumn on which issues the board should put first in the new plan.",
    "In two workshops, people with lived experience told us what the partners should change, and their views "
    "shaped the plan.",
]
DUTY_RESTATED_INVOLVEMENT = [
    "Safeguarding adults boards must involve the community in preparing their strategic plans.",
    "Boards should consult local residents and service users on the plan.",
    "Each partner must engage with the community when the plan is prepared.",
]


@pytest.mark.parametrize("sentence", EMBEDDED_MODAL_INVOLVEMENT)
def test_a_modal_in_an_embedded_clause_is_no_restated_duty(sentence):
    assert _status("care-act-sab-strategic-plan", "CA-SP-05", [sentence]) == "pass"


@pytest.mark.parametrize("sentence", DUTY_RESTATED_INVOLVEMENT)
def test_the_duty_restated_is_still_no_involvement(sentence):
    assert _status("care-act-sab-strategic-plan", "CA-SP-05", [sentence]) != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "At the spring event partners debated the actions the board should prioritise over the next three years.",
        "Members were asked to prioritise the themes raised at the workshop, and briefings were held afterwards.",
        "The away day looked at how to prioritise engagement with community groups.",
    ],
)
def test_prioritise_as_a_process_verb_names_no_priority(sentence):
    assert _status("care-act-sab-strategic-plan", "CA-SP-02", [sentence]) != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board has prioritised self-neglect: we will launch a multi-agency pathway and audit 20 cases by March.",
        "We have prioritised financial exploitation, and we will run a scams awareness campaign with Trading Standards.",
        "Our priority is hoarding; we will publish practice guidance and train 200 staff by the end of the year.",
    ],
)
def test_a_priority_the_board_sets_still_passes(sentence):
    assert _status("care-act-sab-strategic-plan", "CA-SP-02", [sentence]) == "pass"


# CA-SP-01: a plan whose period has ended is no current plan, even when it says it is refreshed.
@pytest.mark.parametrize(
    "paragraphs",
    [
        ["This strategic plan covers the period 2017 to 2020.", "The Board refreshes the plan each year."],
        ["Our strategy for 2019-2021 is reviewed annually by the Board, and the action plan is updated."],
        ["The plan runs from April 2020 to March 2023.", "Its priorities are revisited every spring at the away day."],
    ],
)
def test_a_plan_whose_period_has_ended_fails_even_if_refreshed(paragraphs):
    assert _status("care-act-sab-strategic-plan", "CA-SP-01", paragraphs) == "fail"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["This strategic plan covers the period 2025 to 2028.", "The Board refreshes the plan each year."],
        ["Our strategy for 2024-2027 is reviewed annually by the Board, and the action plan is updated."],
    ],
)
def test_a_current_refreshed_plan_still_passes(paragraphs):
    assert _status("care-act-sab-strategic-plan", "CA-SP-01", paragraphs) == "pass"


# Feedback that influenced services: the children or families are the ones who spoke, and something
# changed because of it; children as the object of the work, or in an Act's name, is no feedback.
FEEDBACK_RULES = [("wt2018-yearly-report", "WT18-YR-06"), ("wt2023-yearly-report", "WT23-YR-09")]
SOUGHT = "In the autumn the partnership ran an online survey of 400 young people about feeling safe online."
INFLUENCED = [
    "They told us that they did not know who to talk to, so the partners set up a text line that every school "
    "now advertises.",
    "Parents said reports arrived too late to read, and since then every agency has had to send its report two "
    "days before the conference.",
    "The youth council chose the name of the new app and designed its first screens with the developers.",
]
NOT_FEEDBACK = [
    "The arrangements were developed in response to the Children and Social Work Act 2017.",
    "Referrals to children's social care fell by a third, and health services changed the way they worked.",
    "Partners informed families of the new front door through leaflets in every surgery.",
]


@pytest.mark.parametrize(("pack_id", "rule_id"), FEEDBACK_RULES)
@pytest.mark.parametrize("sentence", INFLUENCED)
def test_what_children_said_and_what_changed_passes(pack_id, rule_id, sentence):
    assert _status(pack_id, rule_id, [SOUGHT, sentence], kind="yearly-report") == "pass"


@pytest.mark.parametrize(("pack_id", "rule_id"), FEEDBACK_RULES)
@pytest.mark.parametrize("sentence", NOT_FEEDBACK)
def test_children_as_the_object_of_a_change_is_no_feedback_used(pack_id, rule_id, sentence):
    # the survey sentence kept out of reach (feedback and its use may be read across three sentences)
    far = [SOUGHT, *[f"Section {k} of this report covers the partnership's other work." for k in range(4)]]
    assert _status(pack_id, rule_id, [*far, sentence], kind="yearly-report") != "pass"


@pytest.mark.parametrize(("pack_id", "rule_id"), FEEDBACK_RULES)
def test_in_response_to_the_act_next_to_a_survey_is_no_feedback_used(pack_id, rule_id):
    sentence = "The new arrangements were developed in response to the Children and Social Work Act 2017."
    assert _status(pack_id, rule_id, [SOUGHT, sentence], kind="yearly-report") != "pass"


# The date of sign-off needs a sign-off: a publication or update date alone is no sign-off.
SIGN_OFF_RULES = [("wt2023-arrangements", "WT23-ARR-07"), ("wt2026-arrangements", "WT26-ARR-07")]


@pytest.mark.parametrize(("pack_id", "rule_id"), SIGN_OFF_RULES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Updated and published on 31 March 2025.",
        "These arrangements were agreed in 2019 and are published in line with Working Together 2023.",
        "Version 3, approved for publication in January 2025.",
    ],
)
def test_a_date_with_no_sign_off_is_fail(pack_id, rule_id, sentence):
    assert _status(pack_id, rule_id, [sentence]) == "fail"


@pytest.mark.parametrize(("pack_id", "rule_id"), SIGN_OFF_RULES)
@pytest.mark.parametrize(
    "sentence",
    [
        "This plan was formally signed off in December 2024 by the three partners: Kelby Council, Kelby Police and "
        "NHS Kelby ICB.",
        "The safeguarding partners approved these arrangements on 4 November 2024.",
        "Signed off by the delegated safeguarding partners at the executive on 3 March 2025.",
    ],
)
def test_sign_off_by_the_partner_bodies_or_delegates_is_partial(pack_id, rule_id, sentence):
    assert _status(pack_id, rule_id, [sentence]) == "partial"


@pytest.mark.parametrize(("pack_id", "rule_id"), SIGN_OFF_RULES)
def test_sign_off_by_the_lsps_with_a_date_passes(pack_id, rule_id):
    sentence = "The three lead safeguarding partners signed off these arrangements on 10 February 2025."
    assert _status(pack_id, rule_id, [sentence]) == "pass"


def test_needs_must_name_another_facet():
    from masa_check.engine.packs import Rule
    from pack_helpers import minimal_rule

    rule = minimal_rule(facets=[{"id": "a", "name": "x"}, {"id": "b", "name": "y", "needs": ["c"]}])
    with pytest.raises(ValueError, match="needs 'c'"):
        Rule.model_validate(rule)


# CA-SAB-02: core members named only by their type ("the council, the police and the NHS") are not
# identified bodies - partial; the bodies by name pass; no membership at all fails.
@pytest.mark.parametrize(
    "sentence",
    [
        "The Board is a partnership of more than fifty organisations, including the council, the police and the NHS.",
        "Its executive is made up of senior leaders from the Council, Health and the Police.",
        "Core members are the local authority, health commissioners and the police, with housing and probation.",
    ],
)
def test_core_members_named_by_type_only_are_partial(sentence):
    assert _status("care-act-sab", "CA-SAB-02", [sentence], kind="sab-arrangements") == "partial"


def test_core_members_named_pass_and_none_fail():
    named = "The Board's core members are Kelby Council, NHS Kelby and Wyvern Integrated Care Board and Kelby Police."
    assert _status("care-act-sab", "CA-SAB-02", [named], kind="sab-arrangements") == "pass"
    none = "The Board meets four times a year and publishes an annual report."
    assert _status("care-act-sab", "CA-SAB-02", [none], kind="sab-arrangements") == "fail"


# Why relevant agencies were chosen needs the agencies: a reason with none named is no rationale.
AGENCY_RULES = [
    ("wt2018-arrangements", "WT18-ARR-06"),
    ("wt2023-arrangements", "WT23-ARR-09"),
    ("wt2026-arrangements", "WT26-ARR-09"),
]


@pytest.mark.parametrize(("pack_id", "rule_id"), AGENCY_RULES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Some changes have been made to the way agencies work together, because of new government guidance.",
        "Agencies were chosen because the guidance asks partners to work with those who support children.",
        "The way organisations work together has changed because the law changed in 2017.",
    ],
)
def test_a_reason_with_no_agencies_named_is_fail(pack_id, rule_id, sentence):
    assert _status(pack_id, rule_id, [sentence]) == "fail"


# The national requirement restated ("there has been a legal requirement across England that ...")
# is not this panel's scope; the panel's own sentence after it, in the same paragraph, still is.
@pytest.mark.parametrize(
    "sentence",
    [
        "Since April 2008, there has been a legal requirement across England that panels review the death of every "
        "child under 18, excluding stillbirths and planned terminations of pregnancy.",
        "It is a statutory requirement that the deaths of all children under 18 are reviewed, other than stillbirths "
        "and lawful terminations.",
        "In England, there is a national duty to review the deaths of children up to their 18th birthday, except "
        "stillbirths and terminations of pregnancy within the law.",
    ],
)
def test_the_scope_restated_as_the_law_is_not_the_panels_scope(sentence):
    assert _status("cdr-arrangements", "CDR-05", [sentence], kind="cdr-arrangements") != "pass"


@pytest.mark.parametrize(
    "own",
    [
        "The CDOP reviews the deaths of all children who reside within Kelby, Wyvern and Tarnbridge.",
        "Our child death overview panel looks at the death of every child living in the two counties of Fenshire "
        "and Elmstead.",
        "The Lowmoor CDOP serves the three council areas of Lowmoor, Barrowby and Castlemere.",
    ],
)
def test_a_panels_own_footprint_after_the_law_restated_is_evidence(own):
    paragraph = (
        "There has been a legal requirement since 2008 that every child death is reviewed. "
        f"{own} Its main purpose is to:"
    )
    items = ["learn from each death;", "prevent future deaths."]
    pack = REGISTRY.get("cdr-arrangements")
    rule = next(r for r in pack.rules if r.id == "CDR-04")
    from masa_check.document import Block

    doc = text_case(pack, [paragraph], kind="cdr-arrangements")
    doc.blocks.extend(Block("list_item", t, 1, ("1. Our work",)) for t in items)
    assert run_case(doc, pack, rule) in ("pass", "partial")
    facet = rule.facets[0]
    from masa_check.engine.matcher import EvidenceMatcher

    assert EvidenceMatcher().match(doc, facet, tuple(rule.facets[1:])).state == "met"


# CA-AR-06: a group's standing role is not action taken on a SAR's findings.
@pytest.mark.parametrize(
    "sentence",
    [
        "The SAR subgroup also ensures that agencies have addressed the recommendations and the actions that follow.",
        "The learning and review group is responsible for the SAR action plans and their delivery.",
        "Its role is to make sure that each review's actions are implemented by partners.",
    ],
)
def test_a_groups_standing_role_is_no_action_on_sar_findings(sentence):
    assert _status("care-act-sab-annual-report", "CA-AR-06", [sentence]) != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "After SAR Adult K the partners introduced a self-neglect pathway, and every action in the plan was completed "
        "by March.",
        "In response to the review of Mr T's death, the hospital trust changed its discharge checklist and delivered "
        "briefings to 300 staff.",
        "The subgroup has ensured that all eight actions from the Adult B review were implemented, including a new "
        "escalation protocol.",
    ],
)
def test_action_taken_on_sar_findings_still_passes(sentence):
    assert _status("care-act-sab-annual-report", "CA-AR-06", [sentence]) == "pass"


# The voice of children: consulting them on the arrangements themselves is how the document was made,
# not a standing way they are heard - partial; a named standing mechanism passes.
VOICE_RULES = [
    ("wt2018-arrangements", "WT18-ARR-07"),
    ("wt2023-arrangements", "WT23-ARR-12"),
    ("wt2026-arrangements", "WT26-ARR-12"),
]


@pytest.mark.parametrize(("pack_id", "rule_id"), VOICE_RULES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The partners developed the new arrangements in consultation with practitioners, children, young people and "
        "parents.",
        "Before these arrangements were agreed we consulted young people and carers on the draft.",
        "Children and families were consulted on our draft arrangements through an online questionnaire in 2019.",
    ],
)
def test_consulting_children_on_the_arrangements_is_partial(pack_id, rule_id, sentence):
    assert _status(pack_id, rule_id, [sentence]) == "partial"


@pytest.mark.parametrize(("pack_id", "rule_id"), VOICE_RULES)
def test_a_standing_voice_mechanism_still_passes(pack_id, rule_id):
    sentence = "The Kelby Youth Council meets the partnership every quarter and young people sit on our audit panel."
    assert _status(pack_id, rule_id, [sentence]) == "pass"


# Links with other partnerships: boards merged into one are not linked; a partnership named beside
# the merger is partial at most.
LINK_RULES = [("wt2023-arrangements", "WT23-ARR-19"), ("wt2026-arrangements", "WT26-ARR-19")]


@pytest.mark.parametrize(("pack_id", "rule_id"), LINK_RULES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The children's partnership and the safeguarding adults board have amalgamated to form one all-age "
        "partnership, giving closer alignment with the community safety partnership.",
        "In 2024 the LSCP and the Safeguarding Adults Board combined to create the Kelby Safeguarding Partnership, "
        "which works with the Health and Wellbeing Board.",
        "Our two boards merged to become a single partnership, aligned with the Community Safety Partnership.",
    ],
)
def test_a_merger_is_no_link_between_partnerships(pack_id, rule_id, sentence):
    assert _status(pack_id, rule_id, [sentence]) == "partial"


@pytest.mark.parametrize(("pack_id", "rule_id"), LINK_RULES)
def test_partnerships_linked_by_protocol_still_pass(pack_id, rule_id):
    paragraphs = [
        "A joint protocol sets out how we work with the Health and Wellbeing Board, which receives our yearly report.",
        "The Safeguarding Adults Board and the partnership share a business unit and a joint learning group.",
    ]
    assert _status(pack_id, rule_id, paragraphs) == "pass"


# CA-AR-01: the Board's own business in the year, in the words annual reports use for it.
@pytest.mark.parametrize(
    "sentence",
    [
        "The Board met on six occasions during 2024-25 and agreed a new escalation protocol with its partners.",
        "Our chair has led on joint work with the children's partnership, and the Board hosted its first conference.",
        "This year saw the introduction of a new practice sub-group, and the Board reviewed its structure in the "
        "autumn.",
    ],
)
def test_the_boards_own_business_in_the_year_passes(sentence):
    assert _status("care-act-sab-annual-report", "CA-AR-01", [sentence]) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board will meet six times next year and will agree a new escalation protocol.",
        "Safeguarding adults boards must meet regularly and agree their priorities.",
        "The case did not meet the criteria for a review.",
    ],
)
def test_plans_duties_and_criteria_are_not_the_boards_year(sentence):
    assert _status("care-act-sab-annual-report", "CA-AR-01", [sentence]) != "pass"


# CA-SP-02: priorities given as a list under a lead-in ("Our three priorities are:").
@pytest.mark.parametrize(
    ("lead", "items"),
    [
        ("Our three priorities for the next three years are:", ["Making safeguarding personal", "Self-neglect"]),
        ("The Board has agreed these priorities:", ["Preventing financial abuse and scams", "Learning from SARs"]),
        ("These are the priorities we will focus on:", ["Exploitation of adults at risk", "Workforce training"]),
    ],
)
def test_priorities_listed_under_a_lead_in_are_found(lead, items):
    from masa_check.document import Block

    pack = REGISTRY.get("care-act-sab-strategic-plan")
    rule = next(r for r in pack.rules if r.id == "CA-SP-02")
    doc = text_case(pack, [lead])
    doc.blocks.extend(Block("list_item", t, 1, ("1. Our work",)) for t in items)
    from masa_check.engine.matcher import EvidenceMatcher

    assert EvidenceMatcher().match(doc, rule.facets[0], tuple(rule.facets[1:])).state == "met"
    assert run_case(doc, pack, rule) == "partial"  # no actions given


# CDR-02(a): the residence test in other words ("children who reside within X").
@pytest.mark.parametrize(
    "sentence",
    [
        "The panel reviews the deaths of all children who reside within Kelby, Wyvern and Tarnbridge.",
        "We review the death of every child who usually lives in the county, wherever the child died.",
        "Deaths of children who live in the two boroughs are reviewed by the joint panel.",
    ],
)
def test_the_residence_test_in_other_words_is_found(sentence):
    pack = REGISTRY.get("cdr-arrangements")
    rule = next(r for r in pack.rules if r.id == "CDR-02")
    from masa_check.engine.matcher import EvidenceMatcher

    doc = text_case(pack, [sentence])
    assert EvidenceMatcher().match(doc, rule.facets[0], tuple(rule.facets[1:])).state == "met"


# "CEO" is the chief executive: a lead safeguarding partner named by the abbreviation.
LSP_RULES = [("wt2023-arrangements", "WT23-ARR-04"), ("wt2026-arrangements", "WT26-ARR-04")]


@pytest.mark.parametrize(("pack_id", "rule_id"), LSP_RULES)
@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "The three lead safeguarding partners are: Kelby Council: Amir Patel, CEO; NHS Kelby Integrated Care "
            "Board: Ruth Obi, CEO; Kelby Police: Dan Frost, Chief Constable."
        ],
        [
            "Our lead safeguarding partners are the CEO of Lowmoor City Council, the CEO of NHS Lowmoor ICB and the "
            "Chief Constable of Lowmoor Police."
        ],
        [
            "The LSPs are the Chief Executive Officer of Fenshire County Council, the Chief Executive Officer of the "
            "Fenshire ICB and the Chief Constable of Fenshire Constabulary."
        ],
    ],
)
def test_a_ceo_is_the_chief_executive(pack_id, rule_id, paragraphs):
    assert _status(pack_id, rule_id, paragraphs) == "pass"


# Delegation stated in other words: "the lead partners delegate their responsibilities to ..., who are:".
@pytest.mark.parametrize(
    ("pack_id", "rule_id"), [("wt2023-arrangements", "WT23-ARR-05"), ("wt2026-arrangements", "WT26-ARR-05")]
)
@pytest.mark.parametrize(
    "lead",
    [
        "Our lead partners delegate some responsibilities to their representatives on the executive, who are:",
        "The chief officers have delegated day-to-day functions to the following senior leaders:",
        "Each lead safeguarding partner delegates its duties to a senior officer:",
    ],
)
def test_delegation_in_other_words_names_the_dsps(pack_id, rule_id, lead):
    from masa_check.document import Block

    pack = REGISTRY.get(pack_id)
    rule = next(r for r in pack.rules if r.id == rule_id)
    items = [
        "Kelby Council: Priya Shah, Executive Director of Children's Services",
        "NHS Kelby Integrated Care Board: Tom Reed, Chief Nursing Officer",
        "Kelby Police: Anna Cole, Detective Chief Superintendent",
    ]
    doc = text_case(pack, [lead])
    doc.blocks.extend(Block("list_item", t, 1, ("1. Our work",)) for t in items)
    assert run_case(doc, pack, rule) == "pass"


# A yearly report's "what the partners did": the partnership's founding is not the year's work.
@pytest.mark.parametrize(
    ("pack_id", "rule_id"), [("wt2018-yearly-report", "WT18-YR-01"), ("wt2023-yearly-report", "WT23-YR-01")]
)
@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelby Safeguarding Children Partnership has been established under Working Together 2018 since 2019.",
        "Our partnership was set up in 2019 following the Children and Social Work Act.",
        "The partners were established as a partnership under the 2018 guidance.",
    ],
)
def test_the_partnerships_founding_is_not_the_years_work(pack_id, rule_id, sentence):
    from masa_check.engine.matcher import EvidenceMatcher

    pack = REGISTRY.get(pack_id)
    rule = next(r for r in pack.rules if r.id == rule_id)
    doc = text_case(pack, [sentence], kind="yearly-report")
    assert EvidenceMatcher().match(doc, rule.facets[0], tuple(rule.facets[1:])).state != "met"


@pytest.mark.parametrize(
    "sentence",
    [
        "The panel looks at the deaths of all children under 18 who lived in Kelby, every year.",
        "Each year the CDOP reviews the deaths of children resident in the two council areas.",
        "Every child death in Fenshire is reviewed by the panel within the year.",
    ],
)
def test_meaning_never_stands_in_for_a_count(sentence):
    """CDR-04(b) needs a count of deaths: a sentence about reviewing deaths each year is close in
    meaning to the exemplars, but an age or no number is no count (a pattern-only group must hit)."""
    paragraphs = ["The Kelby and Fenshire CDOP covers the areas of Kelby Council and Fenshire Council.", sentence]
    assert _status("cdr-arrangements", "CDR-04", paragraphs) == "partial"


# The statute's list of what every annual report must contain, written as lines of one paragraph
# under a restating lead-in (as web pages often flatten a list): each item is the law's voice.
STATUTE_LIST_LEADS = [
    "Under Schedule 2 of the Care Act 2014, every Safeguarding Adults Board must publish a yearly report on:",
    "In keeping with the Care Act (schedule 2, paragraph 4) each SAB must, once its year has closed, "
    "publish a report on:",
    "Safeguarding Adults Boards are required to report each year on:",
]
STATUTE_LIST_ITEMS = (
    "(a) what it has done in that year to achieve its objective, and\n"
    "(b) the findings of the safeguarding adults reviews (SARs) it arranged, which concluded in that year,\n"
    "(c) the SARs it arranged which are still ongoing at the end of that year,\n"
    "(d) what it has done in that year to implement the findings of its SARs,"
)


@pytest.mark.parametrize("lead", STATUTE_LIST_LEADS)
@pytest.mark.parametrize("rule_id", ["CA-AR-01", "CA-AR-04", "CA-AR-05", "CA-AR-06"])
def test_the_statutes_list_in_one_paragraph_is_no_account(lead, rule_id):
    paragraphs = [
        lead + "\n" + STATUTE_LIST_ITEMS,
        "The Kelby Safeguarding Adults Board is pleased to share its report.",
    ]
    assert _status("care-act-sab-annual-report", rule_id, paragraphs, kind="sab-annual-report") != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board must send a copy of the report to the council that established it.",
        "The SAB is required to share its report with the police and crime commissioner, who set up the panel.",
        "Each year the Board has a statutory duty to publish a report, which the council established in 2015.",
    ],
)
def test_an_obligation_in_a_report_is_no_account_of_what_was_done(sentence):
    """In a report, what the Board must do (the duty modal by the concept) is owed, not done."""
    assert _status("care-act-sab-annual-report", "CA-AR-01", [sentence], kind="sab-annual-report") != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Includes an analysis of the learning from serious incidents and rapid reviews in the year.",
        "Contains a summary of the themes and learning from the serious incidents notified to the Panel.",
        "It also gives an overview of what partners learnt from serious incidents and rapid reviews.",
    ],
)
def test_a_landing_pages_summary_of_a_report_is_no_analysis(sentence):
    """A subjectless 'Includes an account of ...' says what the report holds, not the analysis."""
    assert _status("wt2023-yearly-report", "WT23-YR-07", [sentence], kind="yearly-report") != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        'The scrutiny framework names two outcomes: "partnership working is effective, as audits show" and "children feel safe".',
        'Our shared goal, "arrangements that are strong and found effective by every inspection", guides the work.',
        "The campaign slogan was “partners work together effectively, as our audits found” last year.",
    ],
)
def test_a_quoted_goal_is_no_assessment(sentence):
    """Every concept inside one quoted statement: the sentence names a goal or a title."""
    assert _status("wt2018-yearly-report", "WT18-YR-02", [sentence], kind="yearly-report") != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelby and Lowmoor SAB leads adult safeguarding across Kelby and Lowmoor.",
        "Fenshire Safeguarding Adults Board is a statutory partnership working across Fenshire.",
        "The Ravensholt SAB covers everyone aged 18 or over who lives in Ravensholt.",
    ],
)
def test_a_board_named_after_its_place_gives_its_area(sentence):
    assert _status("care-act-sab", "CA-SAB-01", [sentence]) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Safeguarding Adults Board leads and oversees adult safeguarding work across the borough.",
        "Our SAB co-ordinates the work of partners across the whole county.",
        "The Board oversees adult safeguarding across the city and challenges partners.",
        "The Kelby Safeguarding Adults Board provides strategic leadership across the local authority area.",
        "Fenshire SAB is made up of senior staff from the council, the NHS, the police and the fire service.",
    ],
)
def test_an_area_with_no_place_named_does_not_pass(sentence):
    """'across the borough' names no place, and the Board's own name alone is no area: it needs a
    council area or the Board's place named again as where it works (local_authority|board_area)."""
    assert _status("care-act-sab", "CA-SAB-01", [sentence]) != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The purpose of the process is to gather information about the death of each child from every agency involved.",
        "Partners collect information on each death so that the panel can look for patterns.",
        "Information about every death is requested from the agencies that knew the child.",
    ],
)
def test_collecting_information_is_not_informing_anyone(sentence):
    """CDR-03(b): 'information' is not 'inform'; collecting it is the analysis, not telling the
    agencies that should act."""
    paragraphs = ["The CDOP analyses the information it receives about each death to identify patterns.", sentence]
    assert _status("cdr-arrangements", "CDR-03", paragraphs) != "pass"


LEARNING_RULES = [
    ("wt2018-arrangements", "WT18-ARR-13"),
    ("wt2023-arrangements", "WT23-ARR-16"),
    ("wt2026-arrangements", "WT26-ARR-16"),
]


@pytest.mark.parametrize(("pack_id", "rule_id"), LEARNING_RULES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The training group will quality assure single and multi-agency training in order to promote learning "
        "and monitor its impact.",
        "Learning is shared through a programme of webinars and workshops, and the group monitors its impact.",
        "Our workforce development offer promotes learning through courses, and attendance is tracked each quarter.",
    ],
)
def test_training_is_not_learning_from_reviews(pack_id, rule_id, sentence):
    """The rule is about learning from practice reviews: training with no review named passes neither part."""
    assert _status(pack_id, rule_id, [sentence]) != "pass"


@pytest.mark.parametrize(("pack_id", "rule_id"), LEARNING_RULES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Learning from practice reviews is shared through 7-minute briefings, and the review group tracks each "
        "action plan until it is completed.",
        "Lessons from rapid reviews are shared via a newsletter and learning events; the case review group "
        "monitors the progress of every action.",
        "Findings from local reviews are disseminated through the workforce bulletin, and implementation of the "
        "review recommendations is tracked by the executive.",
    ],
)
def test_learning_from_reviews_shared_and_tracked_passes(pack_id, rule_id, sentence):
    assert _status(pack_id, rule_id, [sentence]) == "pass"


@pytest.mark.parametrize(
    "lead",
    [
        "These statutory bodies must make sure they are properly represented:",
        "Core members are required to send a senior representative:",
        "The statutory members should be represented at the level of director:",
    ],
)
def test_named_members_under_a_duty_lead_in_are_the_boards_own(lead):
    """A list of named bodies is this Board's membership even when its lead-in uses the duty's
    words: the law names no 'Kelby Council'."""
    paragraphs = [lead, "- Kelby Council Adult Services", "- Fenshire Police", "- NHS Kelby Integrated Care Board"]
    assert _status("care-act-sab", "CA-SAB-02", paragraphs) == "pass"


@pytest.mark.parametrize("council", ["KMBC", "FCC", "Adult Services, LDC"])
def test_a_council_by_its_initials_is_named(council):
    paragraphs = [
        "Kelby Safeguarding Adults Board is made up of organisations including:",
        f"- Adult Social Care, {council}",
        "- NHS Kelby Integrated Care Board",
        "- Fenshire Police",
    ]
    assert _status("care-act-sab", "CA-SAB-02", paragraphs) == "pass"


@pytest.mark.parametrize(
    "first",
    [
        "This is the first annual report of the Kelby Safeguarding Children Partnership.",
        "Welcome to our first yearly report since the new partnership began.",
        "This is the partners' first report under the new arrangements.",
    ],
)
def test_the_first_report_with_its_dates_follows_no_earlier_one(first):
    paragraphs = [first, "This report covers the period 1 April 2019 to 31 March 2020."]
    assert _status("wt2018-yearly-report", "WT18-YR-07", paragraphs, kind="yearly-report") == "pass"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["This is the first annual report of the Kelby partnership, for 2019-20."],  # a year label, no dates
        ["Our first annual report will be published next year.", "This report covers 1 April 2019 to 31 March 2020."],
        ["The scrutineer's first report was received in May.", "This report covers 1 April 2019 to 31 March 2020."],
    ],
)
def test_first_report_needs_its_dates_and_must_be_this_report(paragraphs):
    assert _status("wt2018-yearly-report", "WT18-YR-07", paragraphs, kind="yearly-report") != "pass"


def test_bullets_written_as_paragraph_lines_are_items_of_their_lead_in():
    """Web pages pasted as text keep '•' bullets on plain lines: each is an item of the lead-in
    before it ("agreed priorities of:"), so the priorities are found."""
    paragraphs = [
        "We are working to a 2024-2027 strategic plan with agreed priorities of:",
        "• Self-neglect and hoarding • Domestic abuse • Exploitation of adults with care needs",
    ]
    assert _status("care-act-sab-strategic-plan", "CA-SP-02", paragraphs, kind="sab-strategic-plan") == "partial"


@pytest.mark.parametrize(
    "health",
    [
        "Three Integrated Care Boards covering the county",
        "Two Clinical Commissioning Groups",
        "Several CCGs across the area",
    ],
)
def test_a_count_of_icbs_names_no_icb(health):
    """'Three Integrated Care Boards' counts the bodies; it names none of them."""
    paragraphs = [
        "In Kelby the organisations jointly responsible for the arrangements are:",
        "• Kelby County Council",
        "• Kelby Police",
        f"• {health}",
    ]
    assert _status("wt2018-arrangements", "WT18-ARR-04", paragraphs) != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "We now face several new duties, among them the requirement for community involvement in preparing the plan.",
        "This plan answers the statutory requirement to involve local people and Healthwatch in its preparation.",
        "Partners discussed the new requirement for residents to be consulted on the plan.",
    ],
)
def test_a_requirement_named_is_not_met(sentence):
    assert _status("care-act-sab-strategic-plan", "CA-SP-05", [sentence], kind="sab-strategic-plan") != "pass"


@pytest.mark.parametrize(
    "contents",
    [
        "3 Foreword 4 Our priorities 6 How we consulted the community 8 Healthwatch views 10 Actions 12",
        "2 Introduction 3 Community involvement in the plan 5 Our residents' views 7 Data 9 Delivery 11",
        "1 About us 2 Who we consulted: residents and carers 4 Priorities 6 Membership 8 Glossary 10",
    ],
)
def test_a_flattened_contents_page_is_no_content(contents):
    """A contents page run into one line (titles and page numbers) points to content, it is none."""
    assert _status("care-act-sab-strategic-plan", "CA-SP-05", [contents], kind="sab-strategic-plan") != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Our Learning and Development Committee has overseen a training programme that reached 2,000 staff this year.",
        "Our Safeguarding Adults Review Sub-group commissioned two reviews and published one in March.",
        "Our Performance and Quality Group introduced a new dashboard for section 42 enquiries in the year.",
    ],
)
def test_what_the_boards_own_committees_did_is_what_the_board_did(sentence):
    assert _status("care-act-sab-annual-report", "CA-AR-01", [sentence], kind="sab-annual-report") == "pass"


@pytest.mark.parametrize(
    "lead",
    [
        "KSAB has three core duties that it carries out:",
        "The Kelby Board has three statutory duties it must carry out:",
        "Kelby SAB holds three core duties:",
    ],
)
def test_a_boards_own_count_of_its_duties_is_its_own(lead):
    """A particular Board listing its own three duties states what it does; every Board's duties
    ("Safeguarding Adults Boards have three core duties") stay the law's voice."""
    paragraphs = [
        lead,
        "- Publish a strategic plan for each financial year.",
        "- Publish an annual report.",
        "- Oversee every safeguarding adult review in Kelby.",
    ]
    assert _status("care-act-sab", "CA-SAB-05", paragraphs) == "pass"


def test_every_boards_duties_stay_the_laws_voice():
    paragraphs = [
        "Safeguarding Adults Boards have three core duties they must carry out:",
        "- Publish a strategic plan for each financial year.",
        "- Publish an annual report.",
        "- Arrange safeguarding adults reviews.",
    ]
    assert _status("care-act-sab", "CA-SAB-05", paragraphs) != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "So that it can do its job the panel should be informed of every child death in the area, so that partners can act.",
        "The panel is notified of every child death by the agencies involved, so that action can follow.",
        "Partners make sure the CDOP is always informed about deaths that need action by other organisations.",
    ],
)
def test_the_panel_being_informed_is_not_informing_anyone(sentence):
    paragraphs = ["The CDOP analyses the information it receives about each death to identify patterns.", sentence]
    assert _status("cdr-arrangements", "CDR-03", paragraphs) != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board met four times, including a development day to discuss the progress made on the strategic plan.",
        "Members held a workshop to review progress against our priorities and agree next year's plan.",
        "A meeting in March was held to consider the progress of the strategy.",
    ],
)
def test_a_meeting_to_discuss_progress_is_no_progress(sentence):
    assert _status("care-act-sab-annual-report", "CA-AR-02", [sentence], kind="sab-annual-report") != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The panel reviews the deaths of all children under 18 who live in Kelby, other than stillbirths and lawful terminations of pregnancy.",
        "Every death of a child under the age of 18 is reviewed, apart from stillbirths and planned terminations within the law.",
        "The CDOP reviews deaths of children up to 18, excluding stillbirths and legal terminations.",
    ],
)
def test_scope_exclusions_in_other_words(sentence):
    assert _status("cdr-arrangements", "CDR-05", [sentence]) == "pass"


SCRUTINY_RULES = [
    ("wt2018-arrangements", "WT18-ARR-03"),
    ("wt2023-arrangements", "WT23-ARR-03"),
    ("wt2026-arrangements", "WT26-ARR-03"),
]


@pytest.mark.parametrize(("pack_id", "rule_id"), SCRUTINY_RULES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The Executive is chaired by an Independent Chair, Mr Tom Ellery.",
        "Our Independent Child Safeguarding Commissioner chairs the partnership board.",
        "The partners are supported by an independent challenger who attends every executive meeting.",
    ],
)
def test_an_independent_chair_alone_is_partial_scrutiny(pack_id, rule_id, sentence):
    """requirements.md: an independent chair alone is at most partial for scrutiny."""
    assert _status(pack_id, rule_id, [sentence]) == "partial"


@pytest.mark.parametrize(
    "extension",
    [
        "At its development day in March 2025 the Board agreed to extend the strategic plan until March 2027.",
        "The 2024-25 plan will now run until 31 March 2027, with the same priorities.",
        "Partners agreed the strategy is rolled forward to March 2027 and reviewed each year.",
    ],
)
def test_a_plan_extended_past_the_year_covers_it(extension):
    paragraphs = [
        "Kelby Safeguarding Adults Board Strategic Plan 2024-25",
        extension,
        "The plan is refreshed every year at the development day.",
    ]
    result = _plan_currency(paragraphs)
    assert result.status == "pass", result.message


def test_a_plan_extended_to_a_past_date_does_not_cover_the_year():
    paragraphs = [
        "Kelby Safeguarding Adults Board Strategic Plan 2022-23",
        "The Board extended its strategic plan until March 2024.",
    ]
    assert _plan_currency(paragraphs).status != "pass"


def test_what_each_member_does_in_the_present_tense_counts():
    """An annual report's member sections often say what each partner provides or took part in."""
    paragraphs = [
        "Kelby Council adult social care and the council's public health team provide early support to people at risk of self-neglect.",
        "NHS Kelby Integrated Care Board developed a shared dashboard of learning from reviews during 2024-25.",
        "Kelby Police set up a multi-agency tasking group on domestic abuse in the year.",
    ]
    assert _status("care-act-sab-annual-report", "CA-AR-03", paragraphs, kind="sab-annual-report") == "pass"


@pytest.mark.parametrize(
    "bullet",
    [
        "· An outline of progress made on our priorities for 2024/25 and other work in the year.",
        "- A summary of what each partner delivered against the strategic plan priorities.",
        "• An overview of progress on the strategy's three priorities.",
    ],
)
def test_a_landing_pages_bullet_naming_a_part_is_no_progress(bullet):
    paragraphs = ["The annual report contains:", bullet]
    assert _status("care-act-sab-annual-report", "CA-AR-02", paragraphs, kind="sab-annual-report") != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The lead safeguarding partners will:",
        "The lead safeguarding partners meet every quarter to set the partnership's direction.",
        "Lead safeguarding partners hold their delegates to account.",
    ],
)
def test_meaning_without_the_facets_own_act_is_not_sign_off(sentence):
    """Found by meaning, a facet without slots needs its first concept group (here the act of
    signing or approving): naming the lead partners alone is no sign-off."""
    assert _status("wt2023-arrangements", "WT23-ARR-07", [sentence]) == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "The purpose of the SAR sub-group is to make sure the findings of safeguarding adults reviews are acted on across the partnership.",
        "The learning and development group's role is to embed the learning from safeguarding adults reviews in practice.",
        "The review group is responsible for monitoring the action plans that follow each safeguarding adults review.",
        "Its remit is to track how partners implement the recommendations of safeguarding adults reviews.",
    ],
)
def test_a_groups_remit_in_a_report_is_not_what_it_did(sentence):
    """In a report on a year gone by, what a group is for (its purpose, role, remit) is no account
    of what it did; the same work reported as done passes."""
    assert _status("care-act-sab-annual-report", "CA-AR-06", [sentence], kind="sab-annual-report") != "pass"


def test_the_remits_work_reported_as_done_passes():
    done = (
        "During the year the SAR sub-group made sure the findings of two safeguarding adults reviews were acted on:"
        " partners completed all twelve actions."
    )
    assert _status("care-act-sab-annual-report", "CA-AR-06", [done], kind="sab-annual-report") == "pass"


def _md_status(tmp_path, pack_id: str, rule_id: str, text: str, kind: str) -> str:
    """The rule's verdict on a markdown page (headings and lists as a site's page has them)."""
    from masa_check.sources import load_document

    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    doc = load_document(str(page), kind=kind, use_cache=False)
    pack = REGISTRY.get(pack_id)
    rule = next(r for r in pack.rules if r.id == rule_id)
    return run_case(doc, pack, rule)


@pytest.mark.parametrize(
    "page",
    [
        "# Kelby\n\n## Child death review partners\n\nThe child death review partners for Kelby are:\n\n- Kelby Council\n- NHS Kelby ICB\n",
        "# Lowmoor\n\n## Child Death Overview Panel\n\nLowmoor's public health director chairs the panel for Lowmoor and Barrowby.\n",
        "# Fenshire\n\n## Child death review process\n\nThe partners for Fenshire's reviews of a child's death are the council and the ICB.\n",
    ],
)
def test_a_child_death_heading_does_not_stand_in_for_informing(tmp_path, page):
    """A section headed 'child death review' is about the deaths; what its sentences must still
    say is who is told so they can act (CDR-03(b)), never supplied by the heading."""
    status = _md_status(tmp_path, "cdr-arrangements", "CDR-03", page, "cdr-arrangements")
    assert status == "fail"


@pytest.mark.parametrize(
    ("pack_id", "rule_id", "kind", "bare"),
    [
        ("cdr-arrangements", "CDR-03", "cdr-arrangements", "The National Child Mortality Database"),
        ("care-act-sab-annual-report", "CA-AR-03", "sab-annual-report", "integrated care board"),
        ("wt2018-arrangements", "WT18-ARR-12", "arrangements", "Multi-agency audits"),
        ("cdr-arrangements", "CDR-05", "cdr-arrangements", "If child death review p"),
    ],
)
def test_a_bare_name_found_by_meaning_is_no_evidence(pack_id, rule_id, kind, bare):
    """A list entry, a truncated line or a name alone is close in meaning to the facet's examples
    but says nothing about what is done: found by meaning, it never counts."""
    assert _status(pack_id, rule_id, [bare], kind=kind) == "fail"


@pytest.mark.parametrize(
    "page",
    [
        "# Kelby SAB plan\n\n## Our priorities\n\nOur priorities are self-neglect and exploitation.\n\n"
        "We reviewed the priorities this spring and rewrote them in plain English.\n",
        "# Lowmoor SAB plan\n\n## Strategic priorities\n\nThe Board's priorities are domestic abuse and transitions.\n\n"
        "The priorities were reviewed at the Board's development day.\n",
        "# Fenshire SAB plan\n\n## Priorities\n\n- Priority one: financial abuse and scams\n\n"
        "Each priority is reviewed by the Board every year.\n",
    ],
)
def test_a_priorities_heading_does_not_stand_in_for_actions(tmp_path, page):
    """Under a section headed 'Priorities', a sentence about reviewing them is no action for a
    priority: the heading names the priorities, not what will be done for them."""
    status = _md_status(tmp_path, "care-act-sab-strategic-plan", "CA-SP-02", page, "sab-strategic-plan")
    assert status == "partial"


def test_an_action_plan_heading_stands_in_for_the_future(tmp_path):
    page = "# Kelby SAB plan\n\n## Our priorities\n\nOur priorities are self-neglect and exploitation.\n\n"
    page += "## Action plan\n\n- Train 200 care home staff in the Mental Capacity Act\n- Audit 20 self-neglect cases\n"
    assert _md_status(tmp_path, "care-act-sab-strategic-plan", "CA-SP-02", page, "sab-strategic-plan") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Each quarter the dashboard picks out patterns in the data for the Board.",
        "The dashboard shows themes in the section 42 data as they emerge.",
        "Audits are informed by the intelligence partners share.",
    ],
)
def test_data_at_work_is_not_the_basis_of_the_priorities(sentence):
    """The evidence behind the priorities must be said to be behind the priorities (or the plan):
    the dashboard at work, identifying themes, is not that."""
    assert _status("care-act-sab-strategic-plan", "CA-SP-06", [sentence], kind="sab-strategic-plan") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "Our priorities came from section 42 data and the learning from two safeguarding adults reviews.",
        "These priorities are drawn from the JSNA and from what the care home audits found.",
        "The plan's focus reflects what our data and audits told us over the last two years.",
    ],
)
def test_the_basis_of_the_priorities_in_other_words(sentence):
    assert _status("care-act-sab-strategic-plan", "CA-SP-06", [sentence], kind="sab-strategic-plan") == "pass"


@pytest.mark.parametrize(
    "page",
    [
        "# About us\n\n## What is the Kelby Safeguarding Adults Board?\n\nThe Kelby Safeguarding Adults Board is a statutory"
        " partnership of local agencies.\n\n## How it works\n\nIts partners work to keep adults across the borough safe"
        " from abuse and neglect.\n",
        "# Who we are\n\n## The Board\n\nLowmoor's Safeguarding Adults Board (LSAB) leads adult safeguarding work.\n\nThe"
        " LSAB oversees every adult protection activity in the County and holds partners to account.\n",
        "# Fenshire SAB\n\n## Our role\n\nThe Board makes sure that people in the city can live free from harm.\n",
    ],
)
def test_the_boards_place_then_the_county_is_its_area(tmp_path, page):
    """A Board named for its place, and then said to work in 'the county' / 'the borough' / 'the
    city', states the area it covers, wherever in the page its name is given."""
    assert _md_status(tmp_path, "care-act-sab", "CA-SAB-01", page, "sab-arrangements") == "pass"


@pytest.mark.parametrize(
    "page",
    [
        "# About the Board\n\n## Our role\n\nThe Board works to protect adults across the county from abuse.\n",
        "# Kelby Safeguarding Adults Board\n\n## Our office\n\nThe Board's team is based in the county council's offices.\n",
    ],
)
def test_the_county_without_the_boards_place_is_no_area(tmp_path, page):
    assert _md_status(tmp_path, "care-act-sab", "CA-SAB-01", page, "sab-arrangements") != "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The partners in Kelby and Lowmoor have agreed that their two areas are treated as one for child death reviews.",
        "Child death reviews for Fenshire and Barrowby are carried out across both council areas.",
        "Castlemere's child death reviews cover the whole of the Wyvern ICB area.",
    ],
)
def test_a_footprint_given_for_the_reviews_is_the_panels(sentence):
    """The footprint is often given for the reviews rather than the panel by name: with no count
    of deaths, partial."""
    assert _status("cdr-arrangements", "CDR-04", [sentence]) == "partial"


def test_the_partners_of_an_area_are_no_footprint():
    sentence = "The child death review partners for Kelby are Kelby Council and NHS Kelby Integrated Care Board."
    assert _status("cdr-arrangements", "CDR-04", [sentence]) == "fail"


@pytest.mark.parametrize(
    "page",
    [
        "# Kelby\n\n## Our partners\n\nThe child death review partners for Kelby and Lowmoor are:\n\n- Kelby Borough Council\n"
        "- Lowmoor City Council\n- NHS Kelby and Lowmoor Integrated Care Board\n",
        "# Fenshire\n\n## Who is responsible\n\nOur CDR partners are:\n\n- Fenshire County Council\n- NHS Fenshire ICB\n",
        "# Barrowby\n\n## Partners\n\nThe statutory child death review partners for Barrowby are as follows:\n\n"
        "- Barrowby Council\n- Wyvern Integrated Care Board\n",
    ],
)
def test_cdr_partners_given_as_a_list(tmp_path, page):
    assert _md_status(tmp_path, "cdr-arrangements", "CDR-01", page, "cdr-arrangements") == "pass"


def test_a_cdr_partners_list_naming_the_police_is_not_clear_of_them(tmp_path):
    """The police in the list make the whole list name them, whichever item is quoted."""
    page = (
        "# Kelby\n\n## Our partners\n\nThe child death review partners for Kelby are:\n\n- Kelby Borough Council\n"
        "- NHS Kelby Integrated Care Board\n- Kelby Police\n"
    )
    assert _md_status(tmp_path, "cdr-arrangements", "CDR-01", page, "cdr-arrangements") == "partial"


SHORTFALL_RULES = [
    ("wt2018-yearly-report", "WT18-YR-04"),
    ("wt2023-yearly-report", "WT23-YR-06"),
    ("wt2026-yearly-report", "WT26-YR-06"),
]


@pytest.mark.parametrize(("pack_id", "rule_id"), SHORTFALL_RULES)
@pytest.mark.parametrize(
    "sentence",
    [
        "This report aims to name the weaknesses in our work on each priority and what is being done.",
        "The report sets out to show where we need to improve our work on neglect.",
        "We intend to name the areas for improvement in each priority in next year's report.",
    ],
)
def test_weaknesses_promised_by_the_report_are_partial(pack_id, rule_id, sentence):
    """A report that says it aims to identify weaknesses has named the concept as an intent: partial."""
    assert _status(pack_id, rule_id, [sentence]) == "partial"


@pytest.mark.parametrize(("pack_id", "rule_id"), SHORTFALL_RULES)
def test_weaknesses_found_are_the_analysis(pack_id, rule_id):
    sentence = (
        "Our audits found weaknesses in how the neglect priority was delivered, because the toolkit was"
        " used in only half of cases; the sub-group will relaunch it in the spring."
    )
    assert _status(pack_id, rule_id, [sentence]) == "pass"


FUNDING_RULES = [
    ("wt2018-arrangements", "WT18-ARR-08"),
    ("wt2023-arrangements", "WT23-ARR-13"),
    ("wt2026-arrangements", "WT26-ARR-13"),
]


@pytest.mark.parametrize(("pack_id", "rule_id"), FUNDING_RULES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The scrutineer will contribute to the content of the partnership's annual report.",
        "Partner agencies contribute to the work of every sub-group.",
        "Schools contributed to the partnership's audit of neglect cases.",
    ],
)
def test_contributing_to_the_work_is_no_funding(pack_id, rule_id, sentence):
    assert _status(pack_id, rule_id, [sentence]) == "fail"


@pytest.mark.parametrize(("pack_id", "rule_id"), FUNDING_RULES)
def test_contributing_to_the_budget_is_funding_named(pack_id, rule_id):
    """The verb with money near it still names funding (no amounts or period: not a pass)."""
    sentence = "All three partners contribute to the partnership budget."
    assert _status(pack_id, rule_id, [sentence]) == "partial"


@pytest.mark.parametrize(
    "lead",
    [
        "Our scrutineer tested the draft against Working Together, which says that every yearly report should:",
        "As scrutineer I checked it against the statutory guidance, which states that a yearly report must:",
        "We read the report against the requirements of the guidance, which specifies that the report should:",
    ],
)
@pytest.mark.parametrize("bullet", ["· ", "• ", "- "])
def test_the_guidance_read_back_in_a_writers_own_voice_lists_no_evidence(lead, bullet):
    """A lead-in naming the guidance as saying what the report should do restates the duty, even
    in the scrutineer's own voice; its bullets (a middle dot as much as a bullet) are the duty's."""
    items = [
        bullet + "show what difference the partners' work and training made for children",
        bullet + "set out how effective the arrangements have been in practice",
    ]
    assert _status("wt2018-yearly-report", "WT18-YR-03", [lead, *items]) != "pass"
    assert _status("wt2018-yearly-report", "WT18-YR-02", [lead, *items]) != "pass"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Each sub-group includes our statutory partners (Kelby Local Authority, Kelby CCG and Kelby Police)."],
        [
            "Lowmoor's three partners are led by:",
            "- Chief Executive, London Borough of Lowmoor",
            "- Accountable Officer, North East Lowmoor ICS",
            "- BCU Commander, Eastern Basic Command Unit, Metropolitan Police",
        ],
        [
            "The safeguarding partners are Fenshire Local Authority, the Fenshire Integrated Care System and Fenshire Constabulary."
        ],
    ],
)
def test_partners_named_by_their_other_names(paragraphs):
    """'<Place> Local Authority', an Integrated Care System (ICS) and a police basic command unit
    name the three partners as surely as '<Place> Council', an ICB and '<Place> Police'."""
    assert _status("wt2018-arrangements", "WT18-ARR-04", paragraphs) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lead Local Authority, the CCG and the police share the duty.",
        "Each Local Authority, its CCG and the police are partners.",
    ],
)
def test_an_unnamed_local_authority_is_still_unnamed(sentence):
    assert _status("wt2018-arrangements", "WT18-ARR-04", [sentence]) != "pass"


@pytest.mark.parametrize(
    "extension",
    [
        "The Board's executive agreed that the plan remains relevant, so it will be extended to 2028.",
        "Partners have agreed to extend the strategy to the end of 2027.",
        "The strategic plan now runs to 2028 with refreshed actions.",
    ],
)
def test_a_plan_extended_to_a_year_covers_it(extension):
    """An extension to a year alone ("extended to 2028") is read as running to March of that year."""
    paragraphs = [
        "Kelby Safeguarding Adults Board Strategic Plan 2022-2025",
        extension,
        "The plan is refreshed every year at the development day.",
    ]
    result = _plan_currency(paragraphs)
    assert result.status == "pass", result.message


def test_a_plan_extended_to_a_past_year_does_not_cover_it():
    paragraphs = [
        "Kelby Safeguarding Adults Board Strategic Plan 2021-2024",
        "The Board agreed that the plan will be extended to 2025.",
        "The plan is refreshed every year at the development day.",
    ]
    assert _plan_currency(paragraphs).status != "pass"


PUBLICATION_RULES = [
    ("wt2018-arrangements", "WT18-ARR-15"),
    ("wt2023-arrangements", "WT23-ARR-18"),
    ("wt2026-arrangements", "WT26-ARR-18"),
]


@pytest.mark.parametrize(("pack_id", "rule_id"), PUBLICATION_RULES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Our latest annual report is published in the documents section of this page.",
        "The partnership's yearly report can be downloaded from this page.",
        "Each annual report is published on this site every autumn.",
    ],
)
def test_a_page_saying_the_report_is_on_it_names_where(pack_id, rule_id, sentence):
    assert _status(pack_id, rule_id, [sentence]) == "pass"


@pytest.mark.parametrize(("pack_id", "rule_id"), PUBLICATION_RULES)
def test_a_report_published_somewhere_unsaid_is_partial(pack_id, rule_id):
    assert _status(pack_id, rule_id, ["The annual report is published each autumn."]) == "partial"


@pytest.mark.parametrize(("pack_id", "rule_id"), AREA_RULES[:3])
@pytest.mark.parametrize(
    "paragraphs",
    [
        ["In Kelby the partners are led by:", "- the chief executive of the London Borough of Kelby"],
        ["The safeguarding partners are Fenshire County Council, NHS Fenshire ICB and Fenshire Police."],
        ["The executive is chaired by the Director of Children's Services of Lowmoor City Council."],
    ],
)
def test_a_council_named_implies_its_area(pack_id, rule_id, paragraphs):
    """A children's partnership naming its council (as a partner, a delegate's employer) implies
    the area without stating it: partial, never pass."""
    assert _status(pack_id, rule_id, paragraphs) == "partial"


RELEVANT_AGENCY_RULES = [
    ("wt2018-arrangements", "WT18-ARR-06"),
    ("wt2023-arrangements", "WT23-ARR-09"),
    ("wt2026-arrangements", "WT26-ARR-09"),
]


@pytest.mark.parametrize(("pack_id", "rule_id"), RELEVANT_AGENCY_RULES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Each sub-group draws its members from agencies that also attend the Board.",
        "Many partner agencies already take part in our forums, and the arrangements build on that.",
        "Agencies are expected to take part in the partnership's sub-groups.",
    ],
)
def test_how_agencies_take_part_with_none_identified_is_no_evidence(pack_id, rule_id, sentence):
    """How 'agencies' take part counts only once the relevant agencies are identified (as the
    reason for choosing them does)."""
    assert _status(pack_id, rule_id, [sentence]) == "fail"


@pytest.mark.parametrize(("pack_id", "rule_id"), RELEVANT_AGENCY_RULES)
def test_relevant_partners_are_relevant_agencies(pack_id, rule_id):
    paragraphs = [
        "Our relevant partners include schools and colleges, NHS trusts, the youth justice service and the voluntary sector.",
        "Relevant partners are expected to attend the sub-groups and complete a section 11 audit.",
    ]
    assert _status(pack_id, rule_id, paragraphs) == "partial"  # why they were chosen is not said


@pytest.mark.parametrize(
    "heading",
    ["Partner contributions", "Contributions from members", "What our partners did"],
)
def test_a_members_work_is_not_the_boards_own(tmp_path, heading):
    """In the section on members' contributions, what a member delivered shows the partnership at
    work (partial), not what the Board itself did in the year (CA-AR-01)."""
    page = (
        f"# Kelby SAB annual report 2024-25\n\n## {heading}\n\n### Kelby Police\n\n"
        "During the year our police partners delivered briefings to 300 officers on self-neglect.\n"
    )
    assert _md_status(tmp_path, "care-act-sab-annual-report", "CA-AR-01", page, "sab-annual-report") == "partial"


def test_the_boards_own_work_passes_outside_the_members_section(tmp_path):
    page = (
        "# Kelby SAB annual report 2024-25\n\n## What we did\n\n"
        "During the year the Board launched a self-neglect toolkit and ran two multi-agency audits.\n"
    )
    assert _md_status(tmp_path, "care-act-sab-annual-report", "CA-AR-01", page, "sab-annual-report") == "pass"


@pytest.mark.parametrize(
    "lead",
    [
        "It is intended that our review process will:",
        "The intention is that our panel will:",
        "The review arrangements are intended to:",
    ],
)
def test_what_a_process_is_intended_to_do_is_its_purpose(lead):
    """A list of what the process is intended to achieve states its purpose, not how the panel
    analyses the deaths: partial at most."""
    items = ["- find patterns across the deaths in the area so that avoidable risks can be reduced"]
    informing = (
        "The panel reports its findings about deaths to the safeguarding partners and public health so they can act."
    )
    assert _status("cdr-arrangements", "CDR-03", [informing, lead, *items]) == "partial"
    plain = "The panel finds patterns across the deaths in the area so that avoidable risks can be reduced."
    assert _status("cdr-arrangements", "CDR-03", [informing, plain]) == "pass"


@pytest.mark.parametrize(("pack_id", "rule_id"), SCRUTINY_RULES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Our partners took on an independent scrutineer whose job is assurance, monitoring and challenge.",
        "Our scrutineer's role is to offer challenge and oversight of the partners.",
        "Independent scrutiny gives the partners constructive challenge and monitors how well they work together.",
    ],
)
def test_what_the_scrutineer_is_for_is_not_how_findings_are_acted_on(pack_id, rule_id, sentence):
    """Challenge and monitoring as the scrutineer's functions say what the role is for; how its
    findings and recommendations are taken forward is another part of the rule (never a pass)."""
    assert _status(pack_id, rule_id, [sentence]) != "pass"


@pytest.mark.parametrize(("pack_id", "rule_id"), AREA_RULES[:3])
@pytest.mark.parametrize(
    "sentence",
    [
        "The three partners share responsibility for the arrangements within the borough of Kelby.",
        "These arrangements apply within the county of Fenshire.",
        "Our arrangements operate within the city of Ravensholt and its council's area.",
    ],
)
def test_arrangements_within_the_borough_of_a_place_state_the_area(pack_id, rule_id, sentence):
    """'within the borough of Kelby': 'within' is the covering word and 'borough' the authority
    type, each matched by its own words."""
    assert _status(pack_id, rule_id, [sentence]) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "CDR partners (the councils and the ICB) for each area must arrange a review of every resident child's death and may review others.",
        "CDR partners in each area must arrange reviews of the deaths of children normally resident in it and, if they think it right, of other children who die there.",
        "The child death review partners must see that the death of any child normally resident in their area is reviewed and may review the deaths of non-resident children.",
    ],
)
def test_the_cdr_statute_read_back_is_no_arrangement(sentence):
    """The statute's own sentence, its subject the CDR partners in general (with an aside or 'for
    the local area' before the modal), restates the duty: never a pass."""
    from masa_check.engine.text_index import restates

    assert restates(sentence)
    assert _status("cdr-arrangements", "CDR-02", [sentence]) != "pass"


@pytest.mark.parametrize(
    "page",
    [
        "# What is the Kelby Safeguarding Adults Board?\n\n## Our role\n\nThe KSAB makes sure that adults with care and"
        " support needs in Kelby are kept safe.\n",
        "# About us\n\n## The Board\n\nThe Lowmoor Safeguarding Adults Board (SAB) is a partnership that leads adult"
        " safeguarding work throughout Lowmoor.\n",
        "# Fenshire Borough Safeguarding Adults Board\n\n## Vision\n\n1.2 The Board's vision is that in Fenshire people can"
        " live a life free from harm.\n",
    ],
)
def test_the_boards_place_named_again_as_where_it_works_is_its_area(tmp_path, page):
    """A Board named for its place and then said to work (or its people to live) in that same
    place states its area, as labellers read it again and again."""
    assert _md_status(tmp_path, "care-act-sab", "CA-SAB-01", page, "sab-arrangements") == "pass"


def test_another_place_than_the_boards_is_no_area(tmp_path):
    page = "# Kelby Safeguarding Adults Board\n\n## Our role\n\nWe share learning with adults' services in Lowmoor.\n"
    assert _md_status(tmp_path, "care-act-sab", "CA-SAB-01", page, "sab-arrangements") != "pass"


@pytest.mark.parametrize("heading", ["What the reports include", "In this report", "What's in our annual report"])
def test_a_part_named_under_a_contents_heading_is_no_progress(tmp_path, heading):
    """Under a heading saying what the report holds, a line naming a part ('our progress last year
    on the strategic plan') points to content; it is not the account."""
    page = f"# Kelby SAB annual reports\n\n## {heading}\n\nOur progress last year on delivering the Board's strategic plan.\n"
    assert _md_status(tmp_path, "care-act-sab-annual-report", "CA-AR-02", page, "sab-annual-report") != "pass"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Examples of the work undertaken by the Board this year include a scams awareness week and two case audits.",
            "pass",
        ),
        ("Activities carried out by the partnership in 2024/25 included a self-neglect conference.", "pass"),
        ("This section gives figures for concerns received and enquiries undertaken.", "fail"),
    ],
)
def test_the_boards_work_undertaken_is_what_it_did(sentence, expected):
    assert _status("care-act-sab-annual-report", "CA-AR-01", [sentence], kind="sab-annual-report") == expected


def test_a_requirement_to_report_is_not_the_report():
    """'Our board has a legal requirement to produce a yearly report' names
    the duty; it is no account of what was done."""
    sentence = (
        "Our board has a legal requirement to produce a yearly report showing how we delivered our strategic plan."
    )
    assert _status("care-act-sab-annual-report", "CA-AR-02", [sentence], kind="sab-annual-report") != "pass"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The panel reviews the deaths of all children under 18, excluding babies who are stillborn."],
        ["Children up to their 18th birthday are in scope; stillbirths are not reviewed."],
        ["The CDOP reviews every death of a child under 18 apart from planned terminations of pregnancy."],
    ],
)
def test_one_exclusion_of_the_two_is_partial(paragraphs):
    """The scope must leave out both stillbirths and lawful terminations; naming one is partial."""
    assert _status("cdr-arrangements", "CDR-05", paragraphs) == "partial"


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "The panel reviews the deaths of all children under 18.",
            "- We do not review stillbirths.",
            "- We do not review lawful terminations of pregnancy.",
        ],
        ["Children under 18 are in scope; stillbirths and planned terminations within the law are excluded."],
    ],
)
def test_both_exclusions_pass_in_one_sentence_or_two(paragraphs):
    assert _status("cdr-arrangements", "CDR-05", paragraphs) == "pass"


ANALYSIS = "The panel looks for themes and modifiable factors across the deaths it reviews each year."


@pytest.mark.parametrize(
    "sentence",
    [
        "To notify the CDOP of a child's death, professionals complete the online notification form.",
        "After the notification of a child's death, the coordinator asks each agency for its records.",
        "Any professional who learns of a death should notify the child death review team within 24 hours.",
    ],
)
def test_a_death_notified_to_the_panel_informs_no_one(sentence):
    """Notifying the panel of a death runs the other way from informing those who should act."""
    assert _status("cdr-arrangements", "CDR-03", [ANALYSIS, sentence]) == "partial"


@pytest.mark.parametrize(
    "sentence",
    [
        "Where a death raises a concern, the chair writes to the organisation concerned asking what action it will take.",
        "The panel notifies the safeguarding partnership of any death that needs a rapid review so that it can act.",
        "Learning from the deaths is shared with public health and the partners so they can take action.",
    ],
)
def test_the_panel_telling_others_to_act_informs(sentence):
    assert _status("cdr-arrangements", "CDR-03", [ANALYSIS, sentence]) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Every notification is also forwarded to the National Child Mortality Database (NCMD).",
        "Information about every child death is passed to the NCMD.",
        "Our data on each death is uploaded to the National Child Mortality Database.",
    ],
)
def test_information_sent_to_the_national_database_is_partial_analysis(sentence):
    """The national database is where analysis can happen; sending it the information is not an
    account of the analysis (and the database named twice is one body, not two concepts)."""
    assert _status("cdr-arrangements", "CDR-03", [sentence]) == "partial"


@pytest.mark.parametrize(
    "sentence",
    [
        "The panel informs services of the steps to take to prevent other children from dying.",
        "After each review the CDOP shares with agencies the steps to be taken so that deaths like this are avoided.",
        "Learning from child deaths is shared with schools and health visitors, with the steps to take to keep babies safe.",
    ],
)
def test_telling_others_the_steps_to_take_informs(sentence):
    """'The steps to take' is what those told must do: a way of writing 'so that they can act'."""
    assert _status("cdr-arrangements", "CDR-03", [ANALYSIS, sentence]) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "To notify the Kelby and Lowmoor CDOP of a death, use the secure online form.",
        "Professionals should notify the local child death review team the same day.",
        "Please notify our panel by email if the form is not working.",
    ],
)
def test_notifying_the_panel_whatever_its_name_informs_no_one(sentence):
    assert _status("cdr-arrangements", "CDR-03", [ANALYSIS, sentence]) == "partial"


@pytest.mark.parametrize(
    "sentence",
    [
        "This year saw the creation of a multi-agency self-neglect panel by the Board.",
        "The partnership's highlights include the creation of a hoarding toolkit with the fire service.",
        "The Board oversaw the creation of a new learning review process in 2024/25.",
    ],
)
def test_the_creation_of_something_is_what_the_board_did(sentence):
    assert _status("care-act-sab-annual-report", "CA-AR-01", [sentence], kind="sab-annual-report") == "pass"


# CDR-06: the CDR partners' report is made and sent out in other words than "publish" or "produce":
# compiled, distributed, circulated, available, or described by what it gives an overview of.
CDR_REPORT_MADE = [
    "Each year the Kelby CDOP compiles a report, circulated to the partnership and the health and wellbeing board.",
    "Our joint annual CDOP report gives an overview of the child death review processes across Lowmoor and Barrowby.",
    "The child death overview panel's annual report, available on this page, sets out the deaths reviewed and the actions taken.",
    "Each year the Fenshire child death overview panel compiles an annual report that is distributed to the three councils and the ICB.",
]


# The CDR pack reads the statute or guidance read back by the CDR partners as what they mean to
# do (partial), where the children's packs read a restated duty as nothing (the catalogue: not
# evidence that it is done). Paraphrases of three partnerships' ways of reading it back.
CDR_RESTATED = [
    (
        "CDR-02",
        "By law the child death review partners must see that every child normally resident in Kelby has their death reviewed.",
    ),
    (
        "CDR-02",
        "As the legislation sets out, CDR partners are required to review the death of each child who was normally resident in the area.",
    ),
    (
        "CDR-05",
        "The statutory guidance states that reviews must cover every child under 18, leaving out babies stillborn and lawful terminations.",
    ),
    (
        "CDR-05",
        "Working Together requires that partners look at the deaths of all children under 18; stillborn babies and lawful terminations fall outside it.",
    ),
]


# CDR-04(a): a footprint given as a panel shared with, or run jointly with, a neighbouring area.
CDR_SHARED_PANEL = [
    "The CDOP is run jointly with Lowmoor.",
    "Kelby and Barrowby share one CDOP, hosted by Kelby Council.",
    "Since 2019 Fenshire's child death reviews have been held by a combined panel with Wyvern.",
    "Castlemere's CDOP is a joint panel with Ravensholt and Elmstead.",
]


# A pointer to a diagram or chart that follows ("please find below the structure", "shown in the
# diagram below") is a reference to content the text does not hold: the group is referenced, not
# described, so the rule is partial at most.
POINTS_TO_A_DIAGRAM = [
    "Please find below the structure chart of the Kelby Safeguarding Children Partnership Executive.",
    "The Lowmoor partnership's governance structure and its sub-groups are shown in the diagram below.",
    "Our executive group and how it leads the partnership is illustrated overleaf.",
]


# An upbeat claim of how much was done, with nothing said of what, is not the Board's work in the
# year (stance intent.extra): partial, where the work itself named passes.
VAGUE_ACHIEVEMENT = [
    "The Kelby Board and its four sub-groups delivered a great amount over twelve months, as later chapters show.",
    "Looking ahead, my aim is to lead the Lowmoor Board on, building on the significant work already achieved.",
    "Together the Barrowby Board and its partners have achieved so much in a difficult year.",
]


# A hedged making or publishing ("may be produced", "may be made available") is intent: the
# catalogue's own look-alike for the CDR report ('"A report may be produced"').
HEDGED_REPORT = [
    "The Kelby CDOP annual report may be produced once the partners agree what it should cover.",
    "The Lowmoor CDOP has produced a shorter version of its annual report, which may be shared with families on request.",
    "Each year a summary of the Fenshire CDOP report could be published on the partnership website.",
]


# WT18-ARR-04(a): "the Local Authority" is named when it is listed as a member of the partnership
# whose own name carries the place; the same words with no place stay unnamed.
LA_IN_NAMED_PARTNERSHIP = [
    "The Kelby Safeguarding Children Partnership consists of three agencies: the Local Authority (through its children's directorate), NHS Kelby ICB and Kelby Police.",
    "The Lowmoor and Barrowby Safeguarding Partnership brings together the local authority, NHS Lowmoor CCG and Lowmoor Constabulary.",
    "Fenshire Children's Safeguarding Partnership is independently chaired and comprises the Local Authority, Fenshire Integrated Care Board and Fenshire Police.",
]


# CA-AR-05: a review's status told by when it is due to end is a review still running.
SAR_STATUS_BY_COMPLETION = [
    "- SAR Adult F: due for completion in June 2025",
    "The Kelby SAR for Mr T is due to be completed once the criminal trial ends.",
    "Two safeguarding adults reviews in Lowmoor had not yet concluded; both are nearing completion.",
]


# CA-SP-04: Healthwatch taking part in the event or group that drew the plan up is its consultation
# (the event may be told in the sentence before); a seat on the Board is not.
HEALTHWATCH_TOOK_PART = [
    [
        "To develop this strategic plan, a priority-setting event was held in January with Board members.",
        "It included representatives from Healthwatch Kelby, the carers' centre and the voluntary sector.",
    ],
    ["Healthwatch Lowmoor took part in the workshop that drafted the plan's priorities."],
    ["Healthwatch Fenshire attended the development day where this strategy was drawn up."],
]


# The guidance's expectation of any CDOP read back ("the CDOP should cover a footprint that
# typically reviews at least 60 deaths a year") is a restated duty: partial in the CDR pack, never a
# pass; the panel's own footprint and caseload stated as fact still pass.
CDOP_EXPECTATION_RESTATED = [
    "The CDOP should cover a footprint large enough to review at least 60 child deaths a year, across more than one council area.",
    "Child death overview panels should cover a population that typically gives at least 70 deaths a year across their areas.",
    "Each CDOP should serve a geographical area across which it will typically review 60 or more deaths a year.",
]


# CA-SAB-01: a Board named for a place of more than one word ("South Kelby", "North East Lowmoor")
# and that place named again as where it works states its area, as a one-word place does.
SAB_MULTIWORD_PLACE = [
    "The South Kelby Safeguarding Adults Board protects adults within South Kelby through its member agencies.",
    "The North East Lowmoor SAB protects adults across North East Lowmoor.",
    "West Fenshire Safeguarding Adults Board brings partners together to keep adults safe in West Fenshire.",
]


def _md_yearly(tmp_path, heading: str, sentence: str, rule_id="WT23-YR-07", pack_id="wt2023-yearly-report") -> str:
    """A report rule on a report whose one section is ``heading`` with ``sentence`` under it."""
    from masa_check.engine.declared_checks import Context as Ctx
    from masa_check.sources import load_document

    kind = "sab-annual-report" if pack_id.startswith("care-act") else "yearly-report"
    path = tmp_path / "report.md"
    path.write_text(f"# Kelby Safeguarding Partnership annual report 2024-25\n\n## {heading}\n\n{sentence}\n")
    doc = load_document(str(path), kind=kind)
    pack = REGISTRY.get(pack_id)
    rule = next(r for r in pack.rules if r.id == rule_id)
    return evaluate_rule(doc, pack, rule, Ctx(as_of=dt.date(2025, 10, 1))).status


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        (
            "Multi-agency learning and development",
            "Four adult reviews were concluded and a learning event on self-neglect was held.",
        ),
        (
            "Learning and improvement",
            "The training offer was refreshed and 300 staff attended, and the lessons from audits were identified.",
        ),
    ],
)
def test_a_learning_heading_does_not_stand_in_for_serious_incidents(tmp_path, heading, sentence):
    assert _md_yearly(tmp_path, heading, sentence) != "pass"


def test_a_serious_incidents_heading_still_stands_in(tmp_path):
    sentence = "The themes identified were unsafe sleep and bruising in young babies."
    assert _md_yearly(tmp_path, "Serious incidents and rapid reviews", sentence) == "pass"


def test_a_learning_heading_does_not_stand_in_for_adult_reviews(tmp_path):
    sentence = "A new training offer was launched and the audit actions were completed."
    args = ("CA-AR-06", "care-act-sab-annual-report")
    assert _md_yearly(tmp_path, "Learning and development", sentence, *args) != "pass"
    assert _md_yearly(tmp_path, "Learning from safeguarding adults reviews", sentence, *args) == "pass"


# WT18-YR-03(a) and WT18-YR-05(b): an ambition or a commitment to outcomes, and what something else
# (the pandemic, poverty) did to children, are not the partnership's impact; a change its work made
# still is, even beside such words.
NOT_THE_PARTNERSHIPS_IMPACT = [
    "The Kelby partners share an ambition to make life better for their most vulnerable children.",
    "The Lowmoor report describes the effects of lockdown on babies born in 2020.",
    "The Fenshire partnership is committed to achieving better outcomes for every child.",
]


# The areas an inspection named are the inspectorate's findings, not the partners' analysis of
# where their own work made little progress; the partners' own analysis still passes.
INSPECTION_AREAS = [
    "The 2024 joint targeted area inspection of Kelby recommended seven areas for development.",
    "Ofsted's inspection identified three areas for improvement in the Lowmoor front door.",
    "Inspectors found two priorities for improvement in Fenshire's response to exploitation.",
]


# Inline look-alikes of the classes above, and the session's single-sentence classes as one table:
# (pack, rule, kind, paragraphs, the statuses allowed).
LA_UNNAMED = "The Local Safeguarding Children Partnership consists of the local authority, the CCG and the police."
RESTATED_CHILDREN = (
    "Under the Children Act 2004 the safeguarding partners must make arrangements to identify and review serious"
    " child safeguarding cases and to commission local child safeguarding practice reviews."
)
NEEDS = "Our priorities are identified each year from an analysis of the JSNA and learning from reviews."
OWN_ANALYSIS = (
    "Our own audit of the neglect priority showed areas for development: too few plans named the child's voice."
)
CDR, SAB_AR, SAB_PLAN, SAB, YR18 = (
    "cdr-arrangements",
    "care-act-sab-annual-report",
    "care-act-sab-strategic-plan",
    "care-act-sab",
    "wt2018-yearly-report",
)
NOT_PASS, PARTIAL, PASS, FAIL = {"partial", "fail"}, {"partial"}, {"pass"}, {"fail"}


def _each(name, pack, rule, kind, cases, expected):
    """One case a sentence (or a list of paragraphs) of ``cases``, all with the same allowed statuses."""
    return [
        pytest.param(pack, rule, kind, [c] if isinstance(c, str) else list(c), expected, id=f"{name}-{i}")
        for i, c in enumerate(cases)
    ]


# The duty read back in the law's voice (a core duty of the SAB named as its statute gives it, or
# what the partners "were required to" report) is not the report's content.
DUTY_AS_A_THING_HELD = [
    "Under the Care Act, a core duty of the SAB is to report on the findings of the safeguarding adults reviews"
    " concluded in the year and the actions it implemented on them.",
    "In line with the legislation, the statutory duties of the SAB are to issue a yearly report covering the"
    " safeguarding adults reviews it concluded, what they found, and the action plans it implemented.",
]
DUTY_IN_THE_PAST = [
    "Both partners were required to publish a yearly report showing how effective their arrangements had been in"
    " practice.",
    "Each partner was required to set out in the report the evidence of how effective the multi-agency arrangements"
    " were in practice, from audits and data.",
]

# A committee's business on a report (an agenda item to scrutinise it, a minute that members received
# one which showed the work, a report that "aimed to" show its impact) says what the report was for or
# was said to show, not the assessment itself.
COMMITTEE_ON_A_REPORT = [
    "To scrutinise the report on the progress made by the Kelby partnership and the impact for children, noting its"
    " achievements.",
    "Members received a report which showed what the Lowmoor partnership did over the year and judged how well its"
    " multi-agency arrangements worked.",
    "The Fenshire report aimed to demonstrate the difference the partnership had made and how effective practice had"
    " become.",
]

# Round 20's false-pass classes, each a case that passed before its fix: the statute read back with
# its amending Act as an aside; a requirement of the guidance named as such; reports said to be on
# another body's website; a minute of who introduced the report and what it includes; a year's
# priorities stated as infinitives.
ROUND_20_CLASSES = [
    (
        "cdr-arrangements",
        "CDR-02",
        "cdr-arrangements",
        "Under the Children Act, as amended by the 2017 Act, the two CDR partners (councils and the ICB) must"
        " see that a review follows the death of any child who normally lived in the area, and may review a visiting child's death.",
    ),
    (
        "cdr-arrangements",
        "CDR-04",
        "cdr-arrangements",
        "One requirement of the national guidance is that each CDOP covers enough council areas to review at least 60"
        " child deaths a year.",
    ),
    (
        "cdr-arrangements",
        "CDR-06",
        "cdr-arrangements",
        "Past Kelby CDOP yearly reports are available on the Greater Lowmoor Safeguarding Partnership website.",
    ),
    (
        "wt2023-yearly-report",
        "WT23-YR-05",
        "yearly-report",
        "The independent scrutineer introduced the Kelby partnership's annual report 2024-25, including training and its"
        " impact, and improved outcomes for children and families from the sub-groups.",
    ),
    (
        "wt2018-yearly-report",
        "WT18-YR-02",
        "yearly-report",
        "The strategic priorities of the Lowmoor partnership for 2022-23 were to promote, monitor and evaluate"
        " multi-agency effectiveness, shown by audits of practice.",
    ),
]

# Round 21's false-pass classes, each a case that passed before its fix: a post's or a register's
# purpose ("primarily focused on", "designed to capture") in a report; a minute's reported speech
# about what the report summarised.
ROUND_21_CLASSES = [
    (
        "CA-AR-04",
        "The new post is primarily focused on supporting the review process, ensuring that the findings identified by"
        " each safeguarding adults review are acted on.",
    ),
    (
        "CA-AR-04",
        "During the year the group built a register designed to capture the findings identified by safeguarding adults"
        " reviews.",
    ),
    (
        "CA-AR-01",
        "The Kelby Board's chair said that its yearly report summarised the work the Board completed by March,"
        " including three audits.",
    ),
]

# Round 22's false-pass class: a person's words reported in minutes ("the Chair added that ...",
# "Members noted that ...") are the meeting's record of what was said, not the document's own
# account; each case passed before its fix.
REPORTED_SPEECH = [
    (
        SAB_AR,
        "CA-AR-01",
        "sab-annual-report",
        "The Independent Chair of the Kelby Board added that over the year the Board had held three audits and launched"
        " a scams campaign.",
    ),
    (
        "wt2023-yearly-report",
        "WT23-YR-02",
        "yearly-report",
        "The Director of Children's Services said that audits over the year showed multi-agency practice in Lowmoor was"
        " effective.",
    ),
    (
        SAB_AR,
        "CA-AR-04",
        "sab-annual-report",
        "Members noted that the safeguarding adults review for Mr T had found gaps in how agencies shared information.",
    ),
]

WORDING_CLASSES = [
    *[pytest.param(p, r, k, [t], NOT_PASS, id=f"reported-speech-{r}") for p, r, k, t in REPORTED_SPEECH],
    *[
        pytest.param(SAB_AR, r, "sab-annual-report", [t], NOT_PASS, id=f"round-21-{r}-{i}")
        for i, (r, t) in enumerate(ROUND_21_CLASSES)
    ],
    *[pytest.param(p, r, k, [t], NOT_PASS, id=f"round-20-{r}") for p, r, k, t in ROUND_20_CLASSES],
    *_each(
        "committee-on-a-report", "wt2023-yearly-report", "WT23-YR-02", "yearly-report", COMMITTEE_ON_A_REPORT, NOT_PASS
    ),
    *[
        pytest.param(SAB_AR, rule, "sab-annual-report", [t], NOT_PASS, id=f"duty-held-{rule}-{i}")
        for rule in ("CA-AR-04", "CA-AR-06")
        for i, t in enumerate(DUTY_AS_A_THING_HELD)
    ],
    *_each("duty-in-the-past", YR18, "WT18-YR-02", "yearly-report", DUTY_IN_THE_PAST, NOT_PASS),
    *_each("cdr-report-made", CDR, "CDR-06", CDR, CDR_REPORT_MADE, PASS),
    *_each(
        "cdr-report-look-alike",
        CDR,
        "CDR-06",
        CDR,
        [
            "The CDOP gives an annual report to the partnership board.",
            "The Safeguarding Adults Board's annual report sets out its work and is circulated to members.",
        ],
        NOT_PASS,
    ),
    *[pytest.param(CDR, r, CDR, [t], PARTIAL, id=f"cdr-restated-{i}") for i, (r, t) in enumerate(CDR_RESTATED)],
    *_each("children-restated", "wt2018-arrangements", "WT18-ARR-02", None, [RESTATED_CHILDREN], FAIL),
    *_each("cdr-shared-panel", CDR, "CDR-04", CDR, CDR_SHARED_PANEL, PARTIAL),
    *_each(
        "cdr-jar-no-footprint",
        CDR,
        "CDR-04",
        CDR,
        ["The CDOP convenes a Joint Agency Response meeting after every unexpected death."],
        FAIL,
    ),
    *_each(
        "points-to-diagram",
        "wt2018-arrangements",
        "WT18-ARR-01",
        None,
        [[s, NEEDS] for s in POINTS_TO_A_DIAGRAM],
        PARTIAL,
    ),
    *_each("vague-achievement", SAB_AR, "CA-AR-01", "sab-annual-report", VAGUE_ACHIEVEMENT, PARTIAL),
    *_each(
        "board-work-named",
        SAB_AR,
        "CA-AR-01",
        "sab-annual-report",
        ["This year the Board ran a scams awareness campaign and held three multi-agency audits."],
        PASS,
    ),
    *_each("hedged-report", CDR, "CDR-06", CDR, HEDGED_REPORT, NOT_PASS),
    *_each("la-in-named-partnership", "wt2018-arrangements", "WT18-ARR-04", None, LA_IN_NAMED_PARTNERSHIP, PASS),
    *_each("la-unnamed", "wt2018-arrangements", "WT18-ARR-04", None, [LA_UNNAMED], FAIL),
    *_each("sar-due-to-end", SAB_AR, "CA-AR-05", "sab-annual-report", SAR_STATUS_BY_COMPLETION, PASS | PARTIAL),
    *_each("healthwatch-took-part", SAB_PLAN, "CA-SP-04", "sab-strategic-plan", HEALTHWATCH_TOOK_PART, PASS),
    *_each(
        "healthwatch-on-board",
        SAB_PLAN,
        "CA-SP-04",
        "sab-strategic-plan",
        [
            "Healthwatch Barrowby is a member of the Board and attends every meeting.",
            "Healthwatch Castlemere is represented on the Board and took part in its development day on self-neglect.",
            "Healthwatch will be invited to take part in developing the next plan.",
        ],
        NOT_PASS,
    ),
    *_each("cdop-expectation-restated", CDR, "CDR-04", CDR, CDOP_EXPECTATION_RESTATED, PARTIAL),
    *_each(
        "cdop-footprint-fact",
        CDR,
        "CDR-04",
        CDR,
        ["The Kelby and Lowmoor CDOP covers both council areas and reviews around 75 deaths a year."],
        PASS,
    ),
    *_each("sab-multiword-place", SAB, "CA-SAB-01", "sab-arrangements", SAB_MULTIWORD_PLACE, PASS),
    *_each("not-the-partnerships-impact", YR18, "WT18-YR-03", "yearly-report", NOT_THE_PARTNERSHIPS_IMPACT, FAIL),
    *_each(
        "impact-beside-such-words",
        YR18,
        "WT18-YR-03",
        "yearly-report",
        [
            "Despite the impact of Covid-19, the Barrowby early help offer improved outcomes for 300 families.",
            "The Castlemere partnership is committed to its neglect strategy, which has reduced the number of children on plans for neglect.",
        ],
        PARTIAL,
    ),
    *[
        pytest.param(
            pack,
            rule,
            "yearly-report",
            ["The effects of the pandemic on young people in Kelby were felt most in the poorest wards."],
            FAIL,
            id=f"outside-impact-{rule}",
        )
        for pack, rule in (("wt2023-yearly-report", "WT23-YR-05"), ("wt2026-yearly-report", "WT26-YR-05"))
    ],
    *[
        pytest.param(pack, rule, "yearly-report", [t], NOT_PASS, id=f"inspection-areas-{rule}-{i}")
        for pack, rule in ((YR18, "WT18-YR-04"), ("wt2023-yearly-report", "WT23-YR-06"))
        for i, t in enumerate(INSPECTION_AREAS)
    ],
    *[
        pytest.param(pack, rule, "yearly-report", [OWN_ANALYSIS], PASS, id=f"own-analysis-{rule}")
        for pack, rule in ((YR18, "WT18-YR-04"), ("wt2023-yearly-report", "WT23-YR-06"))
    ],
]


@pytest.mark.parametrize(("pack_id", "rule_id", "kind", "paragraphs", "expected"), WORDING_CLASSES)
def test_wording_class(pack_id, rule_id, kind, paragraphs, expected):
    assert _status(pack_id, rule_id, paragraphs, kind=kind) in expected
