"""Pack wording on sentences written for these tests: each rule change shown passing and failing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from masa_check.document import Block, Document
from masa_check.engine.declared_checks import Context
from masa_check.engine.evaluate import evaluate_rule
from masa_check.engine.packs import Registry

REGISTRY = Registry.load()


def _doc(blocks: list[Block], kind: str) -> Document:
    return Document(path="<test>", source="pdf", kind=kind, blocks=blocks)


def para(text: str, path=("1. Our work",)) -> Block:
    return Block("paragraph", text, 2, tuple(path))


def item(text: str, path=("1. Our work",)) -> Block:
    return Block("list_item", text, 2, tuple(path))


def row(cells: tuple[str, ...], header: tuple[str, ...], path=("1. Our work",)) -> Block:
    return Block("table_row", " | ".join(cells), 2, tuple(path), cells=cells, header_cells=header)


def status(pack_id: str, rule_id: str, blocks: list[Block], kind: str = "arrangements") -> str:
    pack = REGISTRY.get(pack_id)
    rule = next(r for r in pack.rules if r.id == rule_id)
    return evaluate_rule(_doc(blocks, kind), pack, rule, Context(as_of=dt.date(2026, 1, 1))).status


# WT23-ARR-19: at least two other partnerships; a partnership merged into ours is not "other"


def test_other_partnerships_two_linked_pass():
    blocks = [
        para("Our yearly report is presented to the Ashdown Health and Wellbeing Board each October."),
        para("We share a joint exploitation subgroup with the Ashdown Community Safety Partnership."),
    ]
    assert status("wt2023-arrangements", "WT23-ARR-19", blocks) == "pass"


def test_other_partnerships_one_only_is_partial():
    blocks = [para("Our yearly report is presented to the Ashdown Health and Wellbeing Board each October.")]
    assert status("wt2023-arrangements", "WT23-ARR-19", blocks) == "partial"


def test_partnership_merged_into_ours_is_not_a_link():
    blocks = [
        para(
            "The executive will merge with the Ashdown Children's Trust board and report to the Health and Wellbeing Board."
        ),
        para("The Children's Trust board meets every quarter."),
    ]
    assert status("wt2023-arrangements", "WT23-ARR-19", blocks) == "partial"


def test_the_verb_prevent_is_not_the_prevent_partnership():
    blocks = [para("We work with the Health and Wellbeing Board to prevent harm to children.")]
    assert status("wt2023-arrangements", "WT23-ARR-19", blocks) == "partial"


# WT23-YR-03: what each partner gave, not a "Contribution" header over attendance


def _contribution_rows(police_cell: str) -> list[Block]:
    header = ("Partner", "Contribution")
    return [
        row(("Ashdown Council", "Employs the business unit and hosts the training team."), header),
        row(("NHS Ashdown Integrated Care Board", "Provides the designated nurse and chairs the audit group."), header),
        row(("Ashdown Police", police_cell), header),
    ]


def test_partner_contribution_table_passes():
    blocks = _contribution_rows("Seconds a detective sergeant to the business unit and chairs the case review group.")
    assert status("wt2023-yearly-report", "WT23-YR-03", blocks, kind="yearly-report") == "pass"


def test_attendance_under_a_contribution_header_is_not_a_contribution():
    blocks = _contribution_rows("Attended the Executive and its subgroups during the year.")
    assert status("wt2023-yearly-report", "WT23-YR-03", blocks, kind="yearly-report") == "partial"


# WT23-YR-02: a judgement resting on evidence passes; an assertion alone is partial


def test_effectiveness_judgement_with_its_basis_passes():
    blocks = [
        para(
            "Drawing on our multi-agency audits and what families told us, our joint work is strong for babies "
            "and weaker for teenagers."
        )
    ]
    assert status("wt2023-yearly-report", "WT23-YR-02", blocks, kind="yearly-report") == "pass"


def test_effectiveness_asserted_without_basis_is_partial():
    blocks = [para("The partners believe the arrangements are working well.")]
    assert status("wt2023-yearly-report", "WT23-YR-02", blocks, kind="yearly-report") == "partial"


def test_no_effectiveness_statement_fails():
    blocks = [para("The Executive met four times.")]
    assert status("wt2023-yearly-report", "WT23-YR-02", blocks, kind="yearly-report") == "fail"


# WT23-YR-05 / WT18-YR-03: "course" in the singular; outputs alone stay partial


def test_training_impact_followed_up_after_a_course():
    blocks = [
        para("Fewer children returned to a child protection plan this year."),
        para("Three months after the neglect course, 70% of those who replied had changed how they plan with parents."),
    ]
    for pack, rule in (("wt2023-yearly-report", "WT23-YR-05"), ("wt2018-yearly-report", "WT18-YR-03")):
        assert status(pack, rule, blocks, kind="yearly-report") == "pass"


def test_training_outputs_only_are_partial():
    blocks = [
        para("Fewer children returned to a child protection plan this year."),
        para("We ran 40 courses and 900 practitioners attended."),
    ]
    assert status("wt2023-yearly-report", "WT23-YR-05", blocks, kind="yearly-report") == "partial"


# WT23-YR-08: a local review called by its subject ("Child K")


def test_recommendations_of_a_review_named_by_its_subject():
    blocks = [
        para("In June the Executive agreed to adopt a single neglect tool."),
        para("Child K made four recommendations. All four are complete."),
        para("Practice improved: fathers are now identified at booking in nine of ten records."),
    ]
    assert status("wt2023-yearly-report", "WT23-YR-08", blocks, kind="yearly-report") == "pass"


def test_recommendations_with_no_review_are_not_enough():
    blocks = [
        para("In June the Executive agreed to adopt a single neglect tool."),
        para("Practice improved: fathers are now identified at booking in nine of ten records."),
    ]
    assert status("wt2023-yearly-report", "WT23-YR-08", blocks, kind="yearly-report") == "partial"


# WT23-YR-12: a section headed "information sharing"; a dataset alone is partial


def test_information_sharing_section_with_a_difference():
    section = ("Data and information sharing",)
    blocks = [
        para("The partnership dataset showed a rise in missing episodes, which prompted a themed audit.", section),
        para("Notifications now reach schools before 9am, so children are seen sooner and faster.", section),
    ]
    assert status("wt2023-yearly-report", "WT23-YR-12", blocks, kind="yearly-report") == "pass"


def test_a_dataset_being_built_is_partial():
    blocks = [para("A multi-agency dataset is being developed.")]
    assert status("wt2023-yearly-report", "WT23-YR-12", blocks, kind="yearly-report") == "partial"


# WT23-YR-15: the guidance's own reforms restated are not local implementation


def test_reforms_implemented_with_decisions_pass():
    section = ("Putting Working Together 2023 into practice",)
    blocks = [
        para("We introduced the lead safeguarding partner role in November 2024.", section),
        para("Our main decision was to keep a separate scrutineer; the main difficulty was agreeing dates.", section),
    ]
    assert status("wt2023-yearly-report", "WT23-YR-15", blocks, kind="yearly-report") == "pass"


def test_the_guidance_introducing_reforms_is_a_restatement():
    blocks = [para("Working Together 2023 introduced lead safeguarding partners and a bigger role for education.")]
    assert status("wt2023-yearly-report", "WT23-YR-15", blocks, kind="yearly-report") == "fail"


# WT18-YR-04 / WT23-YR-06: shortfalls named without analysis are partial


def test_shortfalls_listed_without_analysis_are_partial():
    blocks = [para("Not everything went to plan:"), item("the audit of neglect was postponed and did not take place;")]
    for pack, rule in (("wt2018-yearly-report", "WT18-YR-04"), ("wt2023-yearly-report", "WT23-YR-06")):
        assert status(pack, rule, blocks, kind="yearly-report") == "partial"


def test_only_successes_fail():
    blocks = [para("All three priorities were delivered on time.")]
    assert status("wt2023-yearly-report", "WT23-YR-06", blocks, kind="yearly-report") == "fail"


# WT23-ARR-08 / WT18-ARR-05: "These arrangements cover the county of ..."


def test_arrangements_cover_the_county():
    blocks = [para("These arrangements cover the county of Ashdown, including the districts of Eastholme and Pell.")]
    assert status("wt2023-arrangements", "WT23-ARR-08", blocks) == "pass"
    assert status("wt2018-arrangements", "WT18-ARR-05", blocks) == "pass"


def test_arrangements_without_a_place_fail():
    blocks = [para("These arrangements cover how the partners work together.")]
    assert status("wt2023-arrangements", "WT23-ARR-08", blocks) == "fail"


# WT23-ARR-05: a delegates' table without header labels, name before or after the job title


def test_delegates_table_without_header_labels():
    lead = para("The lead safeguarding partners have delegated their functions to:")
    header = ("", "", "")
    blocks = [
        lead,
        row(("Priya Rowe", "Assistant Director, Children's Services", "Ashdown Council"), header),
        row(("Chief Nursing Officer", "Tom Bell", "NHS Ashdown ICB"), header),
        row(("Ruth Kane", "Detective Superintendent, Public Protection", "Ashdown Police"), header),
    ]
    assert status("wt2023-arrangements", "WT23-ARR-05", blocks) == "pass"


def test_delegates_by_role_only_are_not_named():
    lead = para("The lead safeguarding partners have delegated their functions to:")
    header = ("", "")
    blocks = [
        lead,
        row(("Assistant Director, Children's Services", "Ashdown Council"), header),
        row(("Chief Nursing Officer", "NHS Ashdown ICB"), header),
        row(("Detective Superintendent", "Ashdown Police"), header),
    ]
    assert status("wt2023-arrangements", "WT23-ARR-05", blocks) != "pass"


# WT23-ARR-09: reasons given item by item under a lead-in


def test_relevant_agencies_with_reasons_under_a_lead_in():
    blocks = [
        para("The partners have named these relevant agencies, and why:"),
        item("Ashdown Community Health NHS Trust, because its health visitors see almost every young child."),
        item("Ashdown Youth Justice Service, because it works with children at risk of exploitation."),
        para("Each relevant agency takes part in our subgroups and completes a section 11 audit."),
    ]
    assert status("wt2023-arrangements", "WT23-ARR-09", blocks) == "pass"


def test_relevant_agencies_listed_without_reasons():
    blocks = [
        para("The partners have named these relevant agencies:"),
        item("Ashdown Community Health NHS Trust"),
        item("Ashdown Youth Justice Service"),
        para("Each relevant agency takes part in our subgroups and completes a section 11 audit."),
    ]
    assert status("wt2023-arrangements", "WT23-ARR-09", blocks) == "partial"


# WT23-ARR-20: the remit listed under "Her role is to:"; no scrutineer in place fails


def test_scrutiny_remit_under_a_pronoun_lead_in():
    section = ("Who checks our work?",)
    blocks = [
        para("Our independent scrutineer is Dr Mary Quill, appointed in 2024. Her role is to:", section),
        item("support and challenge the partners;", section),
        item("act as a critical friend to the subgroups;", section),
        item("help the partners resolve disagreements.", section),
    ]
    assert status("wt2023-arrangements", "WT23-ARR-20", blocks) == "pass"


def test_scrutineer_named_without_remit_is_partial():
    blocks = [para("Our independent scrutineer is Dr Mary Quill, appointed in 2024.")]
    assert status("wt2023-arrangements", "WT23-ARR-20", blocks) == "partial"


def test_scrutiny_valued_but_no_scrutineer_fails():
    blocks = [para("The partners recognise the importance of independent scrutiny.")]
    assert status("wt2023-arrangements", "WT23-ARR-20", blocks) == "fail"


# CA-SP-04 / CA-SP-05: consultation in preparing the plan has happened; a promise for a later refresh has not


def test_healthwatch_consulted_on_the_draft_plan_passes():
    blocks = [para("Healthwatch Ashdown ran two focus groups on the draft plan and its comments shaped priority 2.")]
    assert status("care-act-sab-strategic-plan", "CA-SP-04", blocks, kind="sab-strategic-plan") == "pass"


def test_healthwatch_promised_for_a_later_refresh_fails():
    blocks = [
        para(
            "We will send this strategy to Healthwatch Ashdown and ask for its views when the action plan is refreshed."
        ),
        para("Our priorities for 2025-2028 are self-neglect and exploitation, and we will deliver them together."),
    ]
    assert status("care-act-sab-strategic-plan", "CA-SP-04", blocks, kind="sab-strategic-plan") == "fail"


def test_community_survey_done_passes_and_promised_fails():
    done = [para("Over 300 residents answered our survey on the draft priorities last autumn.")]
    promised = [para("We will run a residents' survey on the plan next year.")]
    assert status("care-act-sab-strategic-plan", "CA-SP-05", done, kind="sab-strategic-plan") == "pass"
    assert status("care-act-sab-strategic-plan", "CA-SP-05", promised, kind="sab-strategic-plan") == "fail"


# CDR-04 (b): a count of deaths, not a year; CDR-05: scope of the deaths reviewed, with scoped exclusions;
# CDR-06: the child death review report, not another board's


def test_cdop_caseload_counted_passes_and_a_year_is_not_a_count():
    counted = [para("The Northshire and Westmoor CDOP covers both council areas and reviews about 70 deaths a year.")]
    dated = [
        para("The Northshire and Westmoor CDOP covers both council areas."),
        para(
            "Its review in March 2024 found unsafe sleep in five of the eight infant deaths of the previous two years."
        ),
    ]
    assert status("cdr-arrangements", "CDR-04", counted, kind="cdr-arrangements") == "pass"
    assert status("cdr-arrangements", "CDR-04", dated, kind="cdr-arrangements") == "partial"


def test_scope_table_with_scoped_exclusions_passes():
    hdr = ("Term", "What it means here")
    blocks = [
        row(("Child", "Anyone who dies before their 18th birthday, wherever the death happens."), hdr, ("2. Scope",)),
        row(("Stillbirths", "Babies born dead are not reviewed under these arrangements."), hdr, ("2. Scope",)),
        row(("Terminations", "Lawful terminations of pregnancy are not reviewed."), hdr, ("2. Scope",)),
    ]
    assert status("cdr-arrangements", "CDR-05", blocks, kind="cdr-arrangements") == "pass"


def test_a_general_definition_of_children_is_not_the_review_scope():
    blocks = [item("Children: anyone from birth to their 18th birthday, or up to 25 with a learning disability.")]
    assert status("cdr-arrangements", "CDR-05", blocks, kind="cdr-arrangements") == "fail"


def test_cdr_report_published_each_year_passes():
    blocks = [
        para(
            "The child death review partners publish a CDOP annual report each July on what was done and how effective it was."
        )
    ]
    assert status("cdr-arrangements", "CDR-06", blocks, kind="cdr-arrangements") == "pass"


def test_no_separate_cdr_report_and_another_boards_report_fail():
    blocks = [
        para("The partners do not publish a separate child death review report."),
        para("The safeguarding people board produces and publishes its annual report each September."),
    ]
    assert status("cdr-arrangements", "CDR-06", blocks, kind="cdr-arrangements") == "fail"


# Useful-links-only mentions: not evidence, except the threshold document (partial by the catalogue)

LINKS = ("12. Useful links",)


def test_threshold_document_in_useful_links_only_is_partial():
    blocks = [
        para("The executive meets every quarter."),
        item("Northshire Continuum of Need (threshold document): www.northshirescp.org.uk/threshold", LINKS),
    ]
    assert status("wt2018-arrangements", "WT18-ARR-14", blocks) == "partial"
    assert status("wt2023-arrangements", "WT23-ARR-17", blocks) == "partial"


def test_threshold_document_named_and_aligned_in_the_body_passes():
    blocks = [para("Our Continuum of Need sets out the threshold for services and was agreed by the three partners.")]
    assert status("wt2023-arrangements", "WT23-ARR-17", blocks) == "pass"


def test_training_and_yearly_report_in_useful_links_only_fail():
    blocks = [
        para("The executive meets every quarter."),
        item("Multi-agency training courses: www.northshirescp.org.uk/training", LINKS),
        item("NSCP yearly report 2023/24: www.northshirescp.org.uk/yearly-report", LINKS),
    ]
    assert status("wt2018-arrangements", "WT18-ARR-12", blocks) == "fail"
    assert status("wt2023-arrangements", "WT23-ARR-18", blocks) == "fail"


def test_principles_and_msp_in_useful_links_only_fail():
    blocks = [
        para("The Board meets four times a year."),
        item("The six safeguarding principles and Making Safeguarding Personal: www.local.gov.uk/msp", LINKS),
    ]
    assert status("care-act-sab", "CA-SAB-06", blocks, kind="sab-arrangements") == "fail"
    body = [
        para("Our work rests on empowerment, prevention, proportionality, protection, partnership and accountability."),
        para("Through Making Safeguarding Personal every enquiry starts with what the person wants."),
    ]
    assert status("care-act-sab", "CA-SAB-06", body, kind="sab-arrangements") == "pass"


def bare_row(cells: tuple[str, ...], path=("1. Our work",)) -> Block:
    """A table row as the DOCX and PDF readers give it when no header row was recognised."""
    return Block("table_row", " | ".join(cells), 2, tuple(path), cells=cells)


# WT23-ARR-03 / WT18-ARR-03: recommendations put on a log with an owner are acted on


def test_scrutiny_recommendations_on_an_action_log_are_acted_on():
    blocks = [
        para(
            "Scrutiny is carried out by Ms Ada Penrose, our Independent Scrutineer, whose recommendations are "
            "added to the partnership action log with a named owner and reviewed at each Executive."
        )
    ]
    assert status("wt2023-arrangements", "WT23-ARR-03", blocks) == "pass"
    named_only = [para("Scrutiny is carried out by Ms Ada Penrose, our Independent Scrutineer.")]
    assert status("wt2023-arrangements", "WT23-ARR-03", named_only) == "partial"


# WT23-ARR-20: a remit listed in one sentence or cell, item by item


SCRUTINY = ("4. Independent scrutiny",)


def test_scrutiny_remit_listed_in_one_cell_passes():
    blocks = [
        bare_row(("Scrutineer", "Mr Tobias Wren, appointed by the lead partners in 2024"), SCRUTINY),
        bare_row(
            (
                "What the scrutineer does",
                "Challenge to the delegated partners; assurance to the lead partners; a critical friend to the "
                "subgroups",
            ),
            SCRUTINY,
        ),
    ]
    assert status("wt2023-arrangements", "WT23-ARR-20", blocks) == "pass"


def test_scrutiny_remit_with_one_function_is_partial():
    blocks = [
        bare_row(("Scrutineer", "Mr Tobias Wren, appointed by the lead partners in 2024"), SCRUTINY),
        bare_row(("What the scrutineer does", "Challenge to the delegated partners; attends the Executive"), SCRUTINY),
    ]
    assert status("wt2023-arrangements", "WT23-ARR-20", blocks) == "partial"


# WT23-ARR-13: a contributions table read without its header row, under a Funding heading


FUNDING = ("7. Funding",)


def test_contributions_table_without_a_header_row_passes():
    blocks = [
        para("The budget for 2025/26 is set out below.", FUNDING),
        bare_row(("Westmarch City Council", "£120,500"), FUNDING),
        bare_row(("NHS Westmarch ICB", "£80,000"), FUNDING),
        bare_row(("Westmarch Police", "64,250"), FUNDING),
    ]
    assert status("wt2023-arrangements", "WT23-ARR-13", blocks) == "pass"


def test_total_only_under_a_funding_heading_is_partial():
    blocks = [para("The partnership budget for 2025/26 is £265,000.", FUNDING)]
    assert status("wt2023-arrangements", "WT23-ARR-13", blocks) == "partial"


# WT18-ARR-14 / WT23-ARR-17: the threshold document revised to match the arrangements


THRESHOLDS = ("6. Levels of need",)


def test_threshold_document_that_matches_the_arrangements_passes():
    blocks = [
        para("The Westmarch Levels of Need guidance is our threshold document.", THRESHOLDS),
        para("It was rewritten last year to match these safeguarding arrangements, step by step.", THRESHOLDS),
    ]
    assert status("wt2018-arrangements", "WT18-ARR-14", blocks) == "pass"
    assert status("wt2023-arrangements", "WT23-ARR-17", blocks) == "pass"


def test_threshold_document_named_with_no_alignment_is_partial():
    blocks = [para("The Westmarch Levels of Need guidance is our threshold document.", THRESHOLDS)]
    assert status("wt2018-arrangements", "WT18-ARR-14", blocks) == "partial"
    assert status("wt2023-arrangements", "WT23-ARR-17", blocks) == "partial"


# WT18-ARR-07 / WT23-ARR-12: a value or vision is not even a partial mechanism


def test_voice_as_a_value_or_vision_only_fails():
    blocks = [
        para("Our vision is a county where every child is heard and grows up safe."),
        para("Listening to children and young people sits at the centre of everything we do."),
    ]
    assert status("wt2018-arrangements", "WT18-ARR-07", blocks) == "fail"
    assert status("wt2023-arrangements", "WT23-ARR-12", blocks) == "fail"


def test_voice_heard_without_a_named_mechanism_is_partial_and_a_named_one_passes():
    blocks = [para("Social workers record the views of each child and family in every assessment.")]
    assert status("wt2018-arrangements", "WT18-ARR-07", blocks) == "partial"
    named = [
        para("Young people from the Westmarch Youth Council meet the Executive each term and join two audits a year.")
    ]
    assert status("wt2023-arrangements", "WT23-ARR-12", named) == "pass"


# CA-AR-03: a member's own sub-section names the member


def test_member_sections_stand_in_for_the_member():
    blocks = [
        para(
            "Commissioners introduced a quality check for every new home care provider.", ("Partners", "Ashby Council")
        ),
        para("The force rolled out a scam-awareness course for neighbourhood officers.", ("Partners", "Ashby Police")),
        para(
            "Designated professionals set up a self-neglect clinic with two GP surgeries.",
            ("Partners", "NHS Ashby ICB"),
        ),
    ]
    assert status("care-act-sab-annual-report", "CA-AR-03", blocks, kind="sab-annual-report") == "pass"


def test_empty_member_section_and_a_trust_section_do_not_count_for_the_icb():
    blocks = [
        para(
            "Commissioners introduced a quality check for every new home care provider.", ("Partners", "Ashby Council")
        ),
        para("The force rolled out a scam-awareness course for neighbourhood officers.", ("Partners", "Ashby Police")),
        Block("heading", "NHS Ashby ICB", 2, ("Partners", "NHS Ashby ICB"), 2),
        para("The Trust set up a falls clinic for care home residents.", ("Partners", "Ashby Hospitals NHS Trust")),
    ]
    assert status("care-act-sab-annual-report", "CA-AR-03", blocks, kind="sab-annual-report") == "partial"


# CA-AR-08: it is the report that is sent to the recipients


def test_report_sent_to_recipients_passes_but_other_things_sent_do_not_count():
    sent = [
        para(
            "We sent this report to the Chief Executive and the Leader of Ashby Council, the Police and Crime "
            "Commissioner, Healthwatch Ashby and the chair of the Health and Wellbeing Board."
        )
    ]
    assert status("care-act-sab-annual-report", "CA-AR-08", sent, kind="sab-annual-report") == "pass"
    other = [para("Healthwatch Ashby visited nine care homes and its findings were sent to each manager.")]
    assert status("care-act-sab-annual-report", "CA-AR-08", other, kind="sab-annual-report") == "fail"


# WT23-YR-02: a finding on effectiveness is an assessment


def test_finding_on_effectiveness_passes():
    blocks = [para("Our overall finding is that the arrangements worked effectively in practice this year.")]
    assert status("wt2023-yearly-report", "WT23-YR-02", blocks, kind="yearly-report") == "pass"
    bare = [para("The partners are confident that the arrangements are effective.")]
    assert status("wt2023-yearly-report", "WT23-YR-02", bare, kind="yearly-report") == "partial"


# WT23-YR-05 (b): training compared with those not trained


def test_training_compared_with_the_untrained_is_impact():
    blocks = [
        para("Fewer children were referred again within a year: 15%, down from 21%."),
        para("Nurseries whose staff took the neglect training referred earlier than nurseries whose staff had not."),
    ]
    assert status("wt2023-yearly-report", "WT23-YR-05", blocks, kind="yearly-report") == "pass"
    output = [
        para("Fewer children were referred again within a year: 15%, down from 21%."),
        para("We ran neglect training with nurseries that have not previously attended."),
    ]
    assert status("wt2023-yearly-report", "WT23-YR-05", output, kind="yearly-report") == "partial"


# WT23-YR-06: a priority rated Red, with no analysis, is partial


SCORECARD = ("5. Our priorities",)


def test_red_rated_priority_without_analysis_is_partial():
    blocks = [
        bare_row(("Neglect", "Green", "Toolkit in use in every team."), SCORECARD),
        bare_row(("Exploitation", "Red", "We will appoint a new lead next year."), SCORECARD),
    ]
    assert status("wt2023-yearly-report", "WT23-YR-06", blocks, kind="yearly-report") == "partial"
    assert status("wt2018-yearly-report", "WT18-YR-04", blocks, kind="yearly-report") == "partial"
    green = [bare_row(("Neglect", "Green", "Toolkit in use in every team."), SCORECARD)]
    assert status("wt2023-yearly-report", "WT23-YR-06", green, kind="yearly-report") == "fail"
    other_red = [para("The Red Cross trained 40 volunteers in safeguarding.")]
    assert status("wt2023-yearly-report", "WT23-YR-06", other_red, kind="yearly-report") == "fail"


# WT23-YR-09 (b): feedback that co-produced a service influenced it


def test_service_co_produced_with_young_people_is_influence():
    blocks = [
        para("Our survey of 300 young people asked how safe they feel online."),
        para("Young people co-produced the new online safety workshop that schools now use."),
    ]
    assert status("wt2023-yearly-report", "WT23-YR-09", blocks, kind="yearly-report") == "pass"
    sought_only = [para("Our survey of 300 young people asked how safe they feel online.")]
    assert status("wt2023-yearly-report", "WT23-YR-09", sought_only, kind="yearly-report") == "partial"


# WT18-YR-02: a sentence introducing a table of meetings is not a judgement of effectiveness


def test_table_lead_in_under_an_effectiveness_heading_is_not_an_assessment():
    path = ("How effective is the partnership?",)
    blocks = [
        para("The table that follows shows how the partnership arrangements ran during the year.", path),
        row(("Executive", "5"), ("Group", "Meetings held"), path),
    ]
    assert status("wt2018-yearly-report", "WT18-YR-02", blocks, kind="yearly-report") == "fail"


def test_chart_lead_in_that_states_a_judgement_still_passes():
    blocks = [
        para("The graph above shows the multi-agency arrangements are effective: audits found quicker joint visits.")
    ]
    assert status("wt2018-yearly-report", "WT18-YR-02", blocks, kind="yearly-report") == "pass"


def test_effectiveness_asserted_without_basis_is_partial_in_wt18():
    blocks = [para("The partners believe the new joint arrangements are working well.")]
    assert status("wt2018-yearly-report", "WT18-YR-02", blocks, kind="yearly-report") == "partial"


# WT18-YR-03: "impact" in a course title and a restructure near a group's name are not impact


def test_impact_in_a_course_title_is_not_impact_of_training():
    header = ("Course", "Number trained")
    blocks = [
        row(("Parental mental health and its impact on young people", "96"), header),
        para("The board's eight task groups were reduced to four, including the Young People at Risk Group."),
    ]
    assert status("wt2018-yearly-report", "WT18-YR-03", blocks, kind="yearly-report") != "pass"


def test_measured_outcome_and_training_change_pass():
    blocks = [
        para("Over the year fewer young people went missing from care, down from 61 to 44."),
        para("A follow-up survey showed the exploitation course changed practice in 7 of 10 teams."),
    ]
    assert status("wt2018-yearly-report", "WT18-YR-03", blocks, kind="yearly-report") == "pass"


# WT18-YR-05: recommendations acted on, with no improvement stated, are partial


def test_review_recommendations_acted_on_without_improvement_are_partial():
    blocks = [
        para("The local review about Child M made six recommendations, and the review group has completed four."),
        row(("Bruising in babies and its impact on families", "58"), ("Course", "Attended")),
    ]
    assert status("wt2018-yearly-report", "WT18-YR-05", blocks, kind="yearly-report") == "partial"


def test_review_recommendations_with_an_improvement_pass():
    blocks = [
        para("The local review about Child M made six recommendations, and the review group has completed four."),
        para("A repeat audit found practice with bruised babies had improved in every team."),
    ]
    assert status("wt2018-yearly-report", "WT18-YR-05", blocks, kind="yearly-report") == "pass"


# CA-SP-01: a multi-year plan counts only if refreshed each year; a one-year plan needs no refresh


def test_multi_year_plan_without_refresh_is_partial():
    blocks = [para("Our strategic plan runs from April 2025 to March 2028.")]
    assert status("care-act-sab-strategic-plan", "CA-SP-01", blocks, kind="sab-strategic-plan") == "partial"


def test_multi_year_plan_reviewed_annually_passes():
    blocks = [
        para("Our strategic plan runs from April 2025 to March 2028."),
        para("The Board reviews the priorities and actions of the plan annually."),
    ]
    assert status("care-act-sab-strategic-plan", "CA-SP-01", blocks, kind="sab-strategic-plan") == "pass"


def test_single_year_plan_passes():
    blocks = [para("This strategy sets out what the Board will do in 2025/26.")]
    assert status("care-act-sab-strategic-plan", "CA-SP-01", blocks, kind="sab-strategic-plan") == "pass"


# CA-SP-03: "each member" - a plan that says some members' parts are missing is partial at most

_MEMBERS = [
    para("Northshire County Council will lead the self-neglect pathway."),
    para("The ICB will train every GP practice in recognising self-neglect."),
    para("Northshire Police will lead the campaign against doorstep scams."),
]


def test_each_core_member_with_a_part_passes():
    assert status("care-act-sab-strategic-plan", "CA-SP-03", _MEMBERS, "sab-strategic-plan") == "pass"


def test_members_whose_parts_are_still_missing_make_it_partial():
    gap = para("Contributions from the ambulance trust and the probation service had not been received at the time.")
    assert status("care-act-sab-strategic-plan", "CA-SP-03", [*_MEMBERS, gap], "sab-strategic-plan") == "partial"
    later = para("The fire service's actions are awaited and will be added to the plan on our website.")
    assert status("care-act-sab-strategic-plan", "CA-SP-03", [*_MEMBERS, later], "sab-strategic-plan") == "partial"
    received = para("Contributions from every member were received and agreed by the Board in March.")
    assert status("care-act-sab-strategic-plan", "CA-SP-03", [*_MEMBERS, received], "sab-strategic-plan") == "pass"


# CDR-03 (b): the panel's recommendation to an organisation, the deaths named in a neighbouring bullet

_LEARNING = ("5. Learning from deaths",)


def test_cdop_recommendation_after_a_bullet_on_the_deaths_passes():
    blocks = [
        item("The panel looks at every death it has reviewed each year to find common themes.", _LEARNING),
        item(
            "When a review shows that a service could work differently, the panel writes to that organisation with a recommendation.",
            _LEARNING,
        ),
    ]
    assert status("cdr-arrangements", "CDR-03", blocks, kind="cdr-arrangements") == "pass"


def test_recommendation_in_another_section_does_not_inform_on_deaths():
    blocks = [
        item("The panel looks at every death it has reviewed each year to find common themes.", _LEARNING),
        item("Recommendations from practice reviews are sent to each organisation involved.", ("6. Practice reviews",)),
    ]
    assert status("cdr-arrangements", "CDR-03", blocks, kind="cdr-arrangements") == "partial"


# CDR-05 (b): "we do not review stillbirths" states the exclusion


def test_we_do_not_review_stillbirths_is_the_exclusion():
    blocks = [
        item("We review the death of any child under 18 who lived in Ashdown."),
        item("We do not review stillbirths or planned terminations of pregnancy within the law."),
    ]
    assert status("cdr-arrangements", "CDR-05", blocks, kind="cdr-arrangements") == "pass"


def test_stillbirths_reviewed_or_not_excluded_is_partial():
    for words in (
        "Stillbirths are reviewed by the maternity unit and reported to the panel.",
        "Stillbirths are not excluded.",
    ):
        blocks = [item("We review the death of any child under 18 who lived in Ashdown."), item(words)]
        assert status("cdr-arrangements", "CDR-05", blocks, kind="cdr-arrangements") == "partial"


# WT23-ARR-04 / -05: a table without a marked header row reads "Body: Name, Post" / "Name: Post"


def _unheaded(lead: str, rows: list[tuple[str, str]]) -> list[Block]:
    return [para(lead)] + [
        Block("table_row", " | ".join(r), 2, ("1. Our work",), cells=r, header_cells=None) for r in rows
    ]


def test_lead_partners_in_an_unheaded_table_pass():
    blocks = _unheaded(
        "Our lead safeguarding partners are:",
        [
            ("Ashdown Borough Council", "Priya Shah, Chief Executive"),
            ("NHS Ashdown and Vale Integrated Care Board (the ICB)", "Dr Owen Hale, Chief Executive"),
            ("Ashdown Police", "Rhys Grant, Chief Constable"),
        ],
    )
    assert status("wt2023-arrangements", "WT23-ARR-04", blocks) == "pass"


def test_director_as_council_lead_partner_in_an_unheaded_table_is_partial():
    blocks = _unheaded(
        "Our lead safeguarding partners are:",
        [
            ("Ashdown Borough Council", "Mia Ford, Director of Children's Services"),
            ("NHS Ashdown and Vale Integrated Care Board (the ICB)", "Dr Owen Hale, Chief Executive"),
            ("Ashdown Police", "Rhys Grant, Chief Constable"),
        ],
    )
    assert status("wt2023-arrangements", "WT23-ARR-04", blocks) == "partial"


def test_delegates_named_in_an_unheaded_table_pass():
    blocks = _unheaded(
        "Our delegated safeguarding partners are:",
        [
            ("Sarah Patel", "Director of Children's Services, Ashdown Borough Council"),
            ("Tom Reed", "Chief Nursing Officer, the ICB"),
            ("Amy Cole", "Detective Superintendent, Ashdown Police"),
        ],
    )
    assert status("wt2023-arrangements", "WT23-ARR-05", blocks) == "pass"


def test_delegate_posts_without_names_in_an_unheaded_table_are_partial():
    blocks = _unheaded(
        "Our delegated safeguarding partners are:",
        [
            ("Ashdown Council", "Director of Children's Services"),
            ("Local Authority", "Director of Children's Services"),
            ("Tom Reed", "Chief Nursing Officer, the ICB"),
            ("Amy Cole", "Detective Superintendent, Ashdown Police"),
        ],
    )
    assert status("wt2023-arrangements", "WT23-ARR-05", blocks) == "partial"


def test_icb_delegate_whose_post_holds_nursing_passes():
    header = ("Delegated safeguarding partner", "Post")
    blocks = [
        row(("Sarah Patel", "Director of Children's Services, Ashdown Borough Council"), header),
        row(("Tom Reed", "Chief Nursing Officer, the ICB"), header),
        row(("Amy Cole", "Detective Superintendent, Ashdown Police"), header),
    ]
    assert status("wt2023-arrangements", "WT23-ARR-05", blocks) == "pass"


# WT23-ARR-17 (b): the threshold document named, then said to match the arrangements a sentence later

_THRESHOLD = [
    para("The Ashdown Continuum of Need is the threshold document for the whole area."),
    para("It sets out four levels of help, from universal services to statutory intervention."),
]


def test_threshold_document_then_it_matches_the_arrangements_passes():
    later = para("It was rewritten in 2024 so that its levels and referral routes match these arrangements.")
    assert status("wt2023-arrangements", "WT23-ARR-17", [*_THRESHOLD, later]) == "pass"


def test_threshold_document_still_to_align_is_partial():
    later = para("Further work will be done next year to align with these arrangements.")
    assert status("wt2023-arrangements", "WT23-ARR-17", [*_THRESHOLD, later]) == "partial"
    approved = para("These arrangements were approved by the lead safeguarding partners in November.")
    assert status("wt2023-arrangements", "WT23-ARR-17", [*_THRESHOLD, approved]) == "partial"


# WT18-YR-06 / WT23-YR-09 (a): a sounding board met, or parents asked, is how feedback was sought

_CHANGED = para("Their feedback led to the text service answering within an hour, and its posters were redesigned.")


def test_sounding_board_or_parents_asked_is_how_feedback_was_sought():
    for sought in (
        "In June the business unit met the Ashdown Youth Sounding Board to hear what young people thought of the text service.",
        "Conference chairs asked 45 parents what would have made their child protection conference easier.",
    ):
        blocks = [para(sought), _CHANGED]
        assert status("wt2018-yearly-report", "WT18-YR-06", blocks, kind="yearly-report") == "pass"
        assert status("wt2023-yearly-report", "WT23-YR-09", blocks, kind="yearly-report") == "pass"


def test_asking_partners_about_children_is_not_feedback_from_children():
    blocks = [para("We asked partners about children's experience of the text service."), _CHANGED]
    assert status("wt2018-yearly-report", "WT18-YR-06", blocks, kind="yearly-report") == "partial"


# WT18-ARR-06(a): a membership list or table giving each body its status names the relevant agencies


def _agency_reasons() -> list[Block]:
    return [
        para("These agencies were selected because of their daily contact with children and families."),
        para("Relevant agencies are expected to take part in sub-groups and the section 11 audit."),
    ]


def test_relevant_agency_status_list_items_pass():
    blocks = [
        para("The Partnership Board is made up of:"),
        item("Fenshire Youth Offending Service Relevant Agency"),
        item("Fenshire Community Health NHS Trust Relevant Agency"),
        item("Voluntary Sector Representative Relevant Partner"),
        *_agency_reasons(),
    ]
    assert status("wt2018-arrangements", "WT18-ARR-06", blocks) == "pass"


def test_relevant_agency_status_table_rows_pass():
    header = ("Organisation", "Status")
    blocks = [
        row(("Kelby College", "Relevant partner"), header),
        row(("Kelby Housing", "Relevant partner"), header),
        *_agency_reasons(),
    ]
    assert status("wt2018-arrangements", "WT18-ARR-06", blocks) == "pass"


def test_passing_mention_of_relevant_partners_names_none():
    blocks = [para("The partners work with other relevant partners to keep children safe."), *_agency_reasons()]
    assert status("wt2018-arrangements", "WT18-ARR-06", blocks) == "partial"


# WT18-ARR-08(a): contributions listed under a funding lead-in; a total alone names no contributor


def test_contributions_listed_under_a_lead_in_pass():
    blocks = [
        para("For 2019/20 the partners contribute as follows:"),
        item("Lowmoor Council: £120,000"),
        item("NHS Lowmoor CCG: £80,000"),
    ]
    assert status("wt2018-arrangements", "WT18-ARR-08", blocks) == "pass"


def test_a_total_budget_alone_is_partial():
    blocks = [para("The total budget for the partnership in 2019/20 is £340,000.")]
    assert status("wt2018-arrangements", "WT18-ARR-08", blocks) == "partial"


def test_fix_texts_name_no_example_partnership():
    """A fix is read in another partnership's board paper: its examples use placeholders, never
    the name or web address of the repo's example partnership."""
    import glob

    import yaml

    for path in glob.glob(str(Path(__file__).resolve().parents[2] / "rules" / "*.yaml")):
        pack = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        for rule in pack["rules"]:
            assert "northshire" not in (rule.get("fix") or "").lower(), rule["id"]
