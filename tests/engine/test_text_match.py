"""The text matcher on small documents built from blocks: each hard case from evidence.md."""

from __future__ import annotations

import pytest

from masa_check.document import Block, Document
from masa_check.engine.packs import TextSpec
from masa_check.engine.terms import compile_term, expand, norm
from masa_check.engine.text_index import get_index, split_sentences
from masa_check.engine.text_match import match_facet, term_candidates, term_hits

SCRUTINY = TextSpec(
    all=[["independent scrutin*", "scrutineer*"], ["appoint*", "provide*", "role", "is", "are"]],
    heading=["scrutiny"],
)
THRESHOLD = TextSpec(all=[["threshold document*", "continuum of need"]])
REPORT = TextSpec(
    all=[["annual report", "yearly report"], ["website", "online", "re:\\bwww\\."]],
)


def doc(*blocks: Block) -> Document:
    return Document(path="<test>", source="pdf", kind="arrangements", blocks=list(blocks))


def para(text: str, path=("1. Our arrangements",), page=2, role="paragraph") -> Block:
    return Block(role, text, page, tuple(path))


def heading(text: str, path=None, page=2, level=1) -> Block:
    return Block("heading", text, page, tuple(path or (text,)), level)


def test_met_with_evidence_quote_page_and_section():
    d = doc(heading("1. Our arrangements"), para("Jane Doe is our Independent Scrutineer, appointed in 2024."))
    o = match_facet(d, SCRUTINY, None)
    assert o.state == "met"
    assert o.evidence[0].quote == "Jane Doe is our Independent Scrutineer, appointed in 2024."
    assert o.evidence[0].page == 2
    assert o.evidence[0].section == "1. Our arrangements"


def test_contents_entry_only_is_missing_and_says_so():
    d = doc(
        heading("Contents", page=1),
        Block("toc_entry", "Independent scrutineer appointment .......... 5", 1, ("Contents",)),
        heading("1. Our arrangements"),
        para("The partners meet monthly."),
    )
    o = match_facet(d, SCRUTINY, None)
    assert o.state == "missing"
    assert "contents" in o.detail
    assert "looked in body text" in o.detail


@pytest.mark.parametrize(
    "glued", ["CONTENTS1. Introduction 3", "Contents 1 Foreword 2", "Table of Contents2. Our year 4"]
)
def test_a_contents_heading_run_into_its_first_entry_is_still_contents(glued):
    """Extraction often joins "Contents" to the first entry; the entries under it are no evidence."""
    d = doc(
        heading(glued, page=1),
        para("Independent scrutineer appointment 5", path=(glued,), page=1),
        heading("1. Our arrangements"),
        para("The partners meet monthly."),
    )
    o = match_facet(d, SCRUTINY, None)
    assert o.state == "missing"
    assert "contents" in o.detail


@pytest.mark.parametrize(
    "prose",
    [
        "Our independent scrutineer is appointed by the three partners and reports to them each year.",
        "Jane Doe is the independent scrutineer; she was appointed by the partners in 2024 for three years.",
        "The partners have appointed an independent scrutineer, who reviews the arrangements every spring:",
    ],
)
def test_prose_after_a_contents_heading_ends_the_contents_page(prose):
    """A "Contents" line read as a heading must not put the rest of the document in the contents zone."""
    d = doc(
        heading("Contents", page=1),
        para("Independent scrutiny 5", path=("Contents",), page=1),
        para(prose, path=("Contents",), page=1),
    )
    assert match_facet(d, SCRUTINY, None).state == "met"


@pytest.mark.parametrize(
    "entries",
    [
        "Welcome 3 The partners 4 Independent scrutiny and how the scrutineer is appointed by the partners 9.",
        "Independent scrutineer appointment ............ the role of the partners and of the board 5.",
        "Independent scrutiny 5",
    ],
)
def test_contents_entries_run_together_stay_contents(entries):
    d = doc(heading("Contents", page=1), para(entries, path=("Contents",), page=1))
    assert match_facet(d, SCRUTINY, None).state == "missing"


def test_heading_with_nothing_under_it_is_not_evidence():
    d = doc(heading("4. Independent scrutiny: the scrutineer role"), heading("5. Funding"), para("We pool budgets."))
    o = match_facet(d, SCRUTINY, None)
    assert o.state == "missing"
    assert "heading" in o.detail


def test_heading_lets_the_section_body_count_for_the_first_group():
    d = doc(
        heading("4. Independent scrutiny"),
        para("Dr Jane Smith was appointed in April 2024.", ("4. Independent scrutiny",)),
    )
    assert match_facet(d, SCRUTINY, None).state == "met"


@pytest.mark.parametrize(
    "text",
    [
        "The independent scrutiny role will be agreed by the Executive in due course.",
        "Arrangements for an independent scrutineer are being explored and are TBC.",
        "The partners intend to appoint an independent scrutineer.",
    ],
)
def test_deferral_is_intent(text):
    o = match_facet(doc(para(text)), SCRUTINY, None)
    assert o.state == "intent"
    assert o.evidence


@pytest.mark.parametrize(
    "text",
    [
        "No independent scrutiny arrangements are yet in place.",
        "An independent scrutineer has not yet been appointed.",
        "There is no independent scrutineer role at present.",
    ],
)
def test_negation_scoped_to_the_concept_is_negated(text):
    assert match_facet(doc(para(text)), SCRUTINY, None).state == "negated"


def test_negation_of_something_else_is_not_negation():
    spec = TextSpec(all=[["youth council", "survey*"], ["child*", "young people"]])
    text = "No child should go unheard: young people from the Youth Council attend the Executive twice a year."
    assert match_facet(doc(para(text)), spec, None).state == "met"


def test_affirmed_and_negated_is_ambiguous():
    d = doc(
        para("Jane Doe is our independent scrutineer."),
        para("No independent scrutineer has been appointed."),
    )
    o = match_facet(d, SCRUTINY, None)
    assert o.state == "ambiguous"


def test_footnote_only_is_missing_and_says_where():
    d = doc(
        para("The partners meet monthly."),
        Block("footnote", "1 The annual report is published on our website, www.example.org.uk.", 3, ()),
    )
    o = match_facet(d, REPORT, None)
    assert o.state == "missing"
    assert "footnote" in o.detail


def test_glossary_only_is_missing():
    d = doc(
        heading("1. Our arrangements"),
        para("The partners meet monthly."),
        heading("Glossary", page=9),
        para("Continuum of Need: the threshold document used by all agencies.", ("Glossary",), page=9),
    )
    o = match_facet(d, THRESHOLD, None)
    assert o.state == "missing"
    assert "glossary" in o.detail


def test_useful_links_only_is_not_evidence_unless_the_facet_says_partial():
    d = doc(
        heading("1. Our arrangements"),
        para("The partners meet monthly."),
        heading("Useful links", page=9),
        Block("list_item", "Northshire Continuum of Need: www.example.org.uk/threshold", 9, ("Useful links",)),
    )
    o = match_facet(d, THRESHOLD, None)
    assert o.state == "missing"  # a useful-links list is not evidence, like a glossary
    assert "useful-links" in o.detail and "(p. 9)" in o.detail
    o = match_facet(d, TextSpec(all=THRESHOLD.all, links_partial=True), None)
    assert o.state == "referenced"  # the threshold document: "useful links only -> partial"
    assert o.evidence[0].page == 9
    body = doc(para("Our Continuum of Need was agreed by the three partners."), *d.blocks)
    assert match_facet(body, THRESHOLD, None).state == "met"


def test_bare_cross_reference_is_referenced():
    d = doc(para("Please see the threshold document on our website."))
    assert match_facet(d, THRESHOLD, None).state == "referenced"


def test_a_location_spec_accepts_a_reference_with_a_url():
    d = doc(para("The annual report is available on our website at www.example.org.uk/annual-report."))
    assert match_facet(d, REPORT, None).state == "met"


def test_definition_table_row_reads_as_a_sentence():
    d = doc(
        heading("2. Independent scrutiny"),
        Block(
            "table_row",
            "Scrutineer | Dr Jane Smith",
            3,
            ("2. Governance",),
            cells=("Independent Scrutineer", "Dr Jane Smith, appointed 2023"),
        ),
    )
    o = match_facet(d, SCRUTINY, None)
    assert o.state == "met"
    assert o.evidence[0].quote.startswith("Independent Scrutineer: Dr Jane Smith")


def test_table_row_with_header_cells():
    spec = TextSpec(all=[["contribution*", "fund*"], ["re:£\\s?\\d"]])
    d = doc(
        Block(
            "table_row",
            "Northshire County Council | £180,000",
            4,
            ("3. Funding",),
            cells=("Northshire County Council", "£180,000"),
            header_cells=("Partner", "Contribution 2024/25"),
        )
    )
    o = match_facet(d, spec, None)
    assert o.state == "met"
    assert "Contribution 2024/25: £180,000" in o.evidence[0].quote


@pytest.mark.parametrize(
    "text",
    [
        "Safeguarding partners must ensure that there are arrangements for effective independent scrutiny.",
        "Working Together 2018 requires an independent scrutineer to be appointed.",
        "2.1.6 The legislation requires that the independent scrutiny role is fulfilled.",
        "Partners should appoint an independent scrutineer.",
    ],
)
def test_restating_the_national_duty_is_not_evidence(text):
    o = match_facet(doc(para(text)), SCRUTINY, None)
    assert o.state == "missing"
    assert "national duty" in o.detail


def test_checklist_restatement_is_not_evidence():
    d = doc(
        heading("Appendix G: Compliance checklist", page=30),
        para(
            "As set out in Working Together, the published arrangements should also include:",
            ("Appendix G: Compliance checklist",),
            30,
        ),
        Block(
            "list_item",
            "how the threshold document setting out local criteria for action aligns with the arrangements;",
            30,
            ("Appendix G: Compliance checklist",),
        ),
    )
    assert match_facet(d, THRESHOLD, None).state == "missing"


def test_requirement_read_back_outside_a_checklist_is_not_evidence():
    d = doc(para("which relevant agencies the safeguarding partners will work with, why they have been chosen;"))
    spec = TextSpec(all=[["relevant agenc*"], ["work with", "chosen"]])
    assert match_facet(d, spec, None).state == "missing"


def test_list_under_a_deferring_lead_in_is_intent():
    spec = TextSpec(all=[["relevant agenc*"], ["involv*", "represent*"]])
    d = doc(
        Block("list_item", "Partners to be consulted on:", 2, ("Tier 2",)),
        Block("list_item", "How relevant agencies should be involved and represented", 2, ("Tier 2",)),
    )
    assert match_facet(d, spec, None).state == "intent"


def test_question_is_intent():
    spec = TextSpec(all=[["conference*"], ["three times"]])
    assert match_facet(doc(para("Themed conference style events three times per year?")), spec, None).state == "intent"


def test_weak_spec_gives_intent():
    spec = TextSpec(all=[["re:£\\s?\\d"], ["fund*", "budget"]])
    weak = TextSpec(all=[["fund*", "budget"], ["partner*"]])
    o = match_facet(doc(para("All partners contribute to the budget.")), spec, weak)
    assert o.state == "intent"


def test_min_sentences():
    spec = TextSpec(all=[["youth forum"]], min_sentences=2)
    d = doc(para("Our youth forum meets monthly."))
    assert match_facet(d, spec, None).state == "intent"
    d = doc(para("Our youth forum meets monthly."), para("The youth forum reports to the Executive."))
    assert match_facet(d, spec, None).state == "met"


def test_min_sentences_counts_the_items_of_a_list_run_into_one_sentence():
    spec = TextSpec(all=[["scrutineer*"], ["challeng*", "assurance", "critical friend", "disagree*"]], min_sentences=3)
    listed = "The scrutineer gives support and challenge; assurance to the partners; advice when partners disagree."
    assert match_facet(doc(para(listed)), spec, None).state == "met"
    # one item, however many words, and the same word in several items, count once
    one = "The scrutineer gives support and challenge and assurance to the partners on how they disagree."
    assert match_facet(doc(para(one)), spec, None).state == "intent"
    same = "The scrutineer will challenge the partners; challenge the sub-groups; challenge the chair."
    assert match_facet(doc(para(same)), spec, None).state == "intent"


def test_sentence_split_across_a_page_break_is_joined():
    d = doc(
        para("The yearly report is published each autumn on the partnership", page=4),
        Block("running_footer", "Northshire Arrangements 2024", 4, ()),
        Block("page_number", "4", 4, ()),
        para("website at www.example.org.uk/yearly-report.", page=5),
    )
    o = match_facet(d, REPORT, None)
    assert o.state == "met"
    assert o.evidence[0].quote.endswith("www.example.org.uk/yearly-report.")


def test_ocr_slips_and_vocabulary_variants():
    spec = TextSpec(all=[["safeguarding children partnership"], ["annual report"]])
    d = doc(para("The Northshire Safequarding Partnership publishes a yearly report each September."))
    assert match_facet(d, spec, None).state == "met"
    assert "ccg" in expand("icb") and "clinical commissioning group" in expand("integrated care board")


def test_terms_match_words_not_substrings():
    spec = TextSpec(all=[["sar"]])
    assert match_facet(doc(para("We are proud of our Sarah.")), spec, None).state == "missing"
    assert match_facet(doc(para("A safeguarding adults review was held.")), spec, None).state == "met"
    assert compile_term("sub-group*").regex.search("our subgroups meet")
    assert compile_term("multi-agency").regex.search("multi agency audits")
    assert compile_term("annual report").regex.search("the annual reports")


def test_far_apart_terms_in_a_long_sentence_do_not_match():
    spec = TextSpec(all=[["youth forum"], ["quarterly"]], near=60)
    text = "Our youth forum " + "meets and talks about many things " * 5 + "and data is reviewed quarterly."
    assert match_facet(doc(para(text)), spec, None).state == "missing"


def test_groups_need_their_own_words():
    spec = TextSpec(all=[["leadership group"], ["lead*"]])
    assert match_facet(doc(para("A strategic leadership group exists.")), spec, None).state == "missing"


def test_split_sentences_keeps_abbreviations():
    assert split_sentences("Partners e.g. the ICB meet. The Chair reports.") == [
        "Partners e.g. the ICB meet.",
        "The Chair reports.",
    ]
    assert split_sentences("• One item • Two item") == ["One item", "Two item"]


def test_index_is_built_once_per_document():
    d = doc(para("Our youth forum meets monthly."))
    assert get_index(d) is get_index(d)
    d.blocks.append(para("Another."))
    assert len(get_index(d).sentences) == 2


# --- the fast paths give the answers of the plain ones ---------------------------------------


def test_candidates_cover_every_hit_and_narrowing_changes_nothing():
    def make():
        return doc(
            para("Kent Police and Kent County Council fund the partnership."),
            para("The independent scrutineer reports to the board."),
            para("Our Independent Scrutineer is appointed by the partners."),
            para("Nothing about money here, 12 times."),
        )

    narrow_first, full_first = get_index(make()), get_index(make())
    for term in ["re:\\b[A-Z][a-z]+ (?:Police|Constabulary)\\b", "scrutineer*", "fund*", "icb", "re:\\b\\d+\\b"]:
        narrowed = term_hits(narrow_first, term, {0, 1})
        full = term_hits(full_first, term)
        assert set(full) <= term_candidates(full_first, term)
        assert narrowed == {k: v for k, v in full.items() if k in {0, 1}}
        assert term_hits(narrow_first, term) == full
    assert set(term_hits(full_first, "scrutineer*")) == {1, 2}


def _corpus_sentences() -> list[str]:
    """Every sentence of the rule packs' own text examples, the hard cases and (when present)
    the shared seeds: the text the hinted regexes must agree on."""
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    texts: list[str] = []
    sys.path.insert(0, str(repo / "benchmarks"))
    try:
        import hardcases

        for items in hardcases.CASES.values():
            texts.extend(str(part) for item in items for part in item if isinstance(part, str))
    finally:
        sys.path.remove(str(repo / "benchmarks"))
    for pack in (repo / "rules").glob("*.yaml"):
        texts.extend(line.strip(" -'\"") for line in pack.read_text(encoding="utf-8").splitlines())
    seeds = repo.parent / "shared" / "seeds"
    if seeds.is_dir():
        for seed in seeds.glob("*.txt"):
            texts.extend(seed.read_text(encoding="utf-8").splitlines())
    return [s for t in texts for s in split_sentences(t)]


def test_hinted_regexes_agree_with_their_patterns():
    from masa_check.engine import text_index as tm

    sentences = _corpus_sentences()
    assert len(sentences) > 500
    for hinted in (tm._DUTY_FAST, tm._MODAL_DUTY_FAST, tm._XREF_FAST):
        for s in sentences:
            bare = norm(s)
            assert bool(hinted.search(bare)) == bool(hinted.pattern.search(bare)), (hinted.pattern.pattern[:40], s)
    for s in sentences:
        assert bool(tm.URL_FAST.search(s)) == bool(tm._URL.search(s)), s


def test_plurals_and_possessives_reach_the_regex():
    """The token index must not drop a sentence whose last word is plural or possessive."""
    d = doc(para("Our annual reports are published on our websites; the partners' views are heard."))
    assert match_facet(d, REPORT).state == "met"
    index = get_index(d)
    assert set(term_hits(index, "partner")) == {0}
    assert set(term_hits(index, "annual report")) == {0}


PRINCIPLES = TextSpec(all=[["empowerment"], ["prevention"], ["proportionality"], ["protection"]], across=6)


def _principles(*items: str, lead: str = "Our work follows the six principles:") -> Document:
    return doc(para(lead), *(para(t, role="list_item") for t in items))


def test_groups_spread_over_a_list_count_with_across():
    d = _principles(
        "Empowerment: people make their own decisions.",
        "Prevention: it is better to act before harm occurs.",
        "Proportionality: the least intrusive response.",
        "Protection: support for those in greatest need.",
    )
    out = match_facet(d, PRINCIPLES)
    assert out.state == "met"
    assert out.evidence[0].quote.startswith("Empowerment")
    # one sentence only, as before, without ``across``
    assert match_facet(d, TextSpec(all=PRINCIPLES.all)).state == "missing"


def test_across_keeps_to_one_section_and_a_window():
    far = doc(
        para("Empowerment: people make their own decisions.", path=("1. Adults",)),
        para("Prevention: it is better to act before harm occurs.", path=("1. Adults",)),
        para("Proportionality: the least intrusive response.", path=("2. Other",)),
        para("Protection: support for those in greatest need.", path=("2. Other",)),
    )
    assert match_facet(far, PRINCIPLES).state == "missing"
    spread = _principles(
        "Empowerment: people make their own decisions.",
        *[f"Item {i} of something else." for i in range(8)],
        "Prevention: it is better to act before harm occurs.",
        "Proportionality: the least intrusive response.",
        "Protection: support for those in greatest need.",
    )
    assert match_facet(spread, PRINCIPLES).state == "missing"


def test_across_reads_deferral_from_the_lead_in():
    d = _principles(
        "Empowerment",
        "Prevention",
        "Proportionality",
        "Protection",
        lead="Partners will agree in due course which of these to adopt:",
    )
    assert match_facet(d, PRINCIPLES).state == "intent"


def test_across_skips_page_furniture_inside_a_list():
    items = [
        para("Empowerment: people make their own decisions.", role="list_item"),
        para("Prevention: it is better to act before harm occurs.", role="list_item"),
        *[para(f"{w} text", role=r) for w, r in (("Footer", "running_footer"), ("Page 3", "page_number"))] * 3,
        para("Proportionality: the least intrusive response.", role="list_item"),
        para("Protection: support for those in greatest need.", role="list_item"),
    ]
    assert match_facet(doc(para("Our principles:"), *items), PRINCIPLES).state == "met"


def test_future_wording_is_intent_in_a_report_but_not_in_arrangements():
    spec = TextSpec(all=[["learning"], ["shared", "briefing*"]])
    text = "Learning from the rapid reviews will be shared with practitioners through seven-minute briefings."
    report = Document(path="<r>", source="pdf", kind="yearly-report", blocks=[para(text)])
    assert match_facet(report, spec).state == "intent"
    assert match_facet(doc(para(text)), spec).state == "met"  # arrangements describe what will happen
    done = Document(path="<r>", source="pdf", kind="yearly-report", blocks=[para(text.replace("will be", "was"))])
    assert match_facet(done, spec).state == "met"
    ahead = TextSpec(all=spec.all, future_ok=True)  # a facet about what happens next
    assert match_facet(report, ahead).state == "met"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Most measures cannot yet be broken down by ethnicity or disability.", "negated"),
        ("Data is not routinely analysed by ethnicity.", "negated"),
        ("All measures are broken down by ethnicity and disability.", "met"),
        ("Our analysis of ethnicity is not limited to children in care.", "met"),
        ("Ethnicity is analysed because our priorities cannot be delivered without it.", "met"),
    ],
)
def test_negated_passives_of_any_verb(text, state):
    spec = TextSpec(all=[["ethnicit*", "disabilit*"], ["broken down", "analys*"]])
    assert match_facet(doc(para(text)), spec).state == state


def test_a_document_being_rewritten_is_intent():
    spec = TextSpec(all=[["continuum of need"], ["reflect*", "align*"]])
    text = "The Continuum of Need is being rewritten during 2025 to reflect these arrangements."
    assert match_facet(doc(para(text)), spec).state == "intent"


LSP = TextSpec(all=[["lead safeguarding partner*"], ["chief executive", "chief constable"]], from_lead_in=True)


def _row(cells, header=("Role", "Name", "Organisation")) -> Block:
    return Block("table_row", " | ".join(cells), 2, ("2. Who we are",), cells=tuple(cells), header_cells=header)


def test_a_lead_in_carries_its_concept_to_the_list_or_table_it_introduces():
    listed = doc(
        para("Our lead safeguarding partners are:", path=("2. Who we are",)),
        para("Jo Bell, Chief Executive, Northshire County Council", path=("2. Who we are",), role="list_item"),
    )
    assert match_facet(listed, LSP).state == "met"
    tabled = doc(
        para("The heads of the three organisations are our lead safeguarding partners.", path=("2. Who we are",)),
        Block("running_footer", "Northshire arrangements 2025", 2, ("2. Who we are",)),
        _row(("Chief Executive", "Jo Bell", "Northshire County Council")),
    )
    out = match_facet(tabled, LSP)
    assert out.state == "met" and "Jo Bell" in out.evidence[0].quote
    # only facets that list named bodies or people opt in ("courses on: - the impact of ...")
    assert match_facet(tabled, TextSpec(all=LSP.all)).state == "missing"


def test_a_lead_in_does_not_reach_past_its_own_list_or_section():
    other_section = doc(
        para("Our lead safeguarding partners are:", path=("2. Who we are",)),
        para("Jo Bell, Chief Executive, Northshire County Council", path=("3. Funding",), role="list_item"),
    )
    assert match_facet(other_section, LSP).state == "missing"
    no_colon = doc(
        para("The lead safeguarding partners meet twice a year.", path=("2. Who we are",)),
        para("Jo Bell, Chief Executive, Northshire County Council", path=("2. Who we are",), role="list_item"),
    )
    assert match_facet(no_colon, LSP).state == "missing"  # a list is introduced only by a colon


def test_heading_subsections_reach_one_level_down_only_when_asked():
    reviews = doc(
        heading("4. Safeguarding Adults Reviews", level=1),
        heading("Adult D (published July 2024)", path=("4. Safeguarding Adults Reviews", "Adult D"), level=2),
        para(
            "The review found that agencies did not share concerns.", path=("4. Safeguarding Adults Reviews", "Adult D")
        ),
    )
    spec = TextSpec(
        all=[["safeguarding adults review*"], ["found", "finding*"]], heading=["safeguarding adults review*"]
    )
    assert match_facet(reviews, spec).state == "missing"
    deeper = TextSpec(**{**spec.model_dump(), "heading_subsections": True})
    assert match_facet(reviews, deeper).state == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Requirement for independent scrutiny arrangements beyond independent chairing",
        "It is also expected that local education partners be included in strategic decision making.",
        "There is a new requirement for the partners to publish a yearly report.",
    ],
)
def test_requirements_listed_as_such_are_not_evidence(text):
    index = get_index(doc(para(text)))
    assert index.sentences[0].zone == "restatement"


def test_a_reports_list_of_plans_is_intent():
    spec = TextSpec(all=[["views"], ["recorded", "plan*"]])
    items = [
        para("In 2025/26 we will:"),
        para("make sure that children's views are recorded in every plan;", role="list_item"),
    ]
    report = Document(path="<r>", source="pdf", kind="yearly-report", blocks=items)
    assert match_facet(report, spec).state == "intent"
    assert match_facet(doc(*items), spec).state == "met"  # arrangements set out what will happen


def test_valuing_something_is_not_doing_it():
    spec = TextSpec(all=[["data and intelligence"]])
    text = "The partners recognise the importance of good data and intelligence in understanding need."
    assert match_facet(doc(para(text)), spec).state == "intent"


def test_evidence_from_the_facets_own_section_is_quoted_first():
    spec = TextSpec(all=[["contribut*", "fund*"], ["re:\\d+%"]], heading=["funding"])
    d = doc(
        para("About 40% of children are funded through free school meals.", path=("1. Introduction",)),
        para("The council contributes 50%, the ICB 30% and the police 20%.", path=("12. Funding",)),
    )
    assert match_facet(d, spec).evidence[0].quote.startswith("The council contributes")


@pytest.mark.parametrize(
    ("text", "xref"),
    [
        ("Our threshold document describes the help that is available at each level of need.", False),
        ("The threshold document is available at www.northshire.gov.uk/thresholds.", True),
        ("Our yearly report is available on our website.", True),
    ],
)
def test_available_is_a_cross_reference_only_when_it_names_a_place(text, xref):
    assert get_index(doc(para(text))).sentences[0].xref is xref


def test_the_token_test_never_hides_a_heading_the_regex_would_match():
    """heading_sentences skips a term's regex when the heading lacks its tokens: that must only
    skip headings the regex would not match, for every term of every built-in pack."""
    from masa_check.engine.packs import Registry
    from masa_check.engine.terms import compile_term, expand, norm
    from masa_check.engine.text_index import tokens_of
    from masa_check.engine.text_match import _may_hold

    registry = Registry.load()
    terms: set[str] = set()

    def walk(value):
        if isinstance(value, str):
            terms.add(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    for pack_id in list(registry.packs):
        for rule in registry.get(pack_id).rules:
            for facet in rule.facets:
                if facet.text is not None:
                    walk(facet.text.model_dump())
    compiled = [compile_term(v) for t in terms if len(t) < 300 for v in expand(t)]
    headings = [
        norm(h)
        for h in (
            "3. Multi-agency safeguarding arrangements",
            "Independent scrutiny",
            "Our lead safeguarding partners",
            "Funding and resources",
            "Child safeguarding practice reviews",
            "Relevant agencies (schools, colleges)",
            "The voice of children and young people",
            "Multiagency training",
            "Safeguarding Adults Reviews (SARs)",
            "Annual report 2024/25",
            "Threshold document",
            "Yearly reports",
            "Partners' contributions",
            "Working Together 2023",
            "Section 11 audits",
            "Child death overview panel (CDOP)",
            "Making Safeguarding Personal",
        )
    ]
    assert len(compiled) > 300
    for h in headings:
        toks = tokens_of(h)
        for c in compiled:
            if c.regex.search(h):
                assert _may_hold(h, toks, c), (h, c.source)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("We will share the plan with Healthwatch Ashdown and invite its comments at the next refresh.", "missing"),
        ("Healthwatch Ashdown will be consulted when the plan is refreshed next spring.", "missing"),
        ("Healthwatch Ashdown commented on the draft plan in January and will monitor its delivery.", "met"),
        ("We will keep working with Healthwatch Ashdown, which commented on the draft plan.", "met"),
        ("Healthwatch Ashdown was consulted on the draft; we will ask for its views again next year.", "met"),
    ],
)
def test_past_only_facet_reads_a_promise_as_not_done(text, state):
    spec = TextSpec(all=[["healthwatch"], ["consult*", "comment*", "views"]], past_only=True)
    plan = Document(path="<p>", source="pdf", kind="sab-strategic-plan", blocks=[para(text)])
    o = match_facet(plan, spec)
    assert o.state == state
    if state == "missing":
        assert o.detail == "only promised for later, not done" and o.evidence
    # without the option a plan's "we will" is content, as its actions are
    assert match_facet(plan, TextSpec(all=spec.all)).state == "met"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Stillbirths are not reviewed under these arrangements.", "met"),  # the facet's own "not reviewed"
        ("Planned terminations of pregnancy are not included in these reviews.", "met"),
        ("Stillbirths are excluded.", "met"),
        ("Stillbirths are not excluded from review.", "negated"),
        ("There is no exclusion for stillbirths.", "negated"),
    ],
)
def test_a_negation_that_is_the_concept_itself_is_not_a_denial(text, state):
    spec = TextSpec(all=[["stillbirth*", "termination*"], ["exclu*", "not includ*", "not reviewed"]])
    assert match_facet(doc(para(text)), spec).state == state


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The partners do not publish a separate child death review report.", "negated"),
        ("We do not currently produce an annual report.", "negated"),
        ("The partners publish a child death review report each July.", "met"),
        ("The partners do not hesitate to publish a report when asked.", "met"),
        ("We do not wait for the end of the year: the report is published each July.", "met"),
    ],
)
def test_a_negated_main_verb_before_the_concept(text, state):
    spec = TextSpec(all=[["report"], ["publish*", "produc*"]])
    assert match_facet(doc(para(text)), spec).state == state


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        # a local condition with its main clause is this partnership's process
        (
            "Where an incident is notified, the Case Review Group decides whether a practice review should be "
            "commissioned; where one is, a reviewer is appointed from the regional pool.",
            "body",
        ),
        ("When a child dies, the panel chair is told within a day.", "body"),
        # the requirement read back
        ("where the safeguarding partners' yearly report will be published;", "restatement"),
        ("when the arrangements will be reviewed, including by the scrutineer;", "restatement"),
        ("how the arrangements will be funded;", "restatement"),
    ],
)
def test_a_where_clause_with_its_main_clause_is_not_a_read_back(text, zone):
    index = get_index(doc(para(text, role="list_item")))
    assert index.sentences[0].zone == zone


def test_the_negation_cue_never_hides_a_negation(monkeypatch):
    """_negated returns early for a sentence without a negating word: over the corpus, with every
    span a concept could have, that must give what the full test gives."""
    import re

    from masa_check.engine import text_match as tm
    from masa_check.engine.text_index import Sentence

    sentences = _corpus_sentences() + [
        "An independent scrutineer is yet to be appointed.",
        "The partners have never published a yearly report.",
        "Nobody has been named as the chair.",
        "The plan was agreed in the absence of a scrutineer.",
    ]
    cases = []
    for s in sentences:
        n = norm(s)
        words = [m.span() for m in re.finditer(r"[a-z]{4,}", n)][:12]
        sent = Sentence(s, n, 1, (), "body", "paragraph", 0)
        cases.extend((sent, [span], [span]) for span in words)
        cases.extend((sent, [span], []) for span in words)
    fast = [tm._negated(*c) for c in cases]
    monkeypatch.setattr(tm, "_NEG_CUE", re.compile(""))  # always "may be negated"
    assert fast == [tm._negated(*c) for c in cases]
    assert any(fast) and not all(fast)


@pytest.mark.parametrize(
    ("lead_in", "state"),
    [
        ("Our work will require the use of the following principles:", "met"),
        ("The Board will require its members to apply these principles:", "met"),
        ("These arrangements will require agreement from the executive on:", "intent"),
        ("Options for the relevant agencies:", "intent"),
    ],
)
def test_a_lead_in_that_states_a_requirement_is_not_a_deferral(lead_in, state):
    spec = TextSpec(all=[["relevant agenc*"], ["involv*", "represent*"]])
    d = doc(
        para(lead_in),
        Block(
            "list_item", "Relevant agencies are involved and represented on each subgroup", 2, ("1. Our arrangements",)
        ),
    )
    assert match_facet(d, spec, None).state == state


def test_repeated_page_furniture_is_indexed_once_and_still_named():
    """A running header repeated on every page is one sentence of the index; page numbers none.
    A concept found only there is still reported as found in the running headers."""
    blocks = []
    for page in range(1, 6):
        blocks += [
            Block("running_header", "Northshire Independent Scrutiny Arrangements", page),
            Block("paragraph", f"The partners met on day {page}.", page, ("1. Our arrangements",)),
            Block("page_number", str(page), page),
        ]
    d = doc(*blocks)
    index = get_index(d)
    roles = [s.role for s in index.sentences]
    assert roles.count("running_header") == 1 and "page_number" not in roles
    outcome = match_facet(d, TextSpec(all=[["independent scrutin*"]]), None)
    assert outcome.state == "missing" and "running headers (p. 1)" in outcome.detail


VOICE = TextSpec(all=[["survey*", "youth forum", "young advisers"], ["children", "pupils", "young people"]])


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Marrowby's 2019 arrangements relied on a yearly survey of secondary school pupils.", "missing"),
        ("Under the LSCB, a survey of pupils was sent to every school.", "missing"),
        ("Our 2019 arrangements set up a Youth Forum of young people, which still meets monthly.", "met"),
        ("Since 2019 the partners have run a yearly survey of pupils.", "met"),
    ],
)
def test_what_earlier_arrangements_did_is_history_not_evidence(text, state):
    outcome = match_facet(doc(para(text)), VOICE, None)
    assert outcome.state == state
    if state == "missing":
        assert "earlier arrangements" in outcome.detail


def test_what_earlier_arrangements_did_is_still_evidence_in_a_yearly_report():
    d = doc(para("The 2019 arrangements relied on a yearly survey of pupils until March."))
    d.kind = "yearly-report"
    assert match_facet(d, VOICE, None).state == "met"


@pytest.mark.parametrize("verb", ["planned", "arranged", "organised", "prepared"])
def test_something_being_planned_is_intent(verb):
    spec = TextSpec(all=[["community"], ["engag*"]])
    text = f"A programme of community engagement is being {verb} with the voluntary sector."
    assert match_facet(doc(para(text)), spec, None).state == "intent"


@pytest.mark.parametrize(
    ("heading", "is_links"),
    [
        ("Useful links", True),
        ("Links", True),
        ("Appendix 3: Web links", True),
        ("Links to other documents", True),
        ("12. Links with other partnerships", False),
        ("Links to other partnerships", False),
        ("Our links with the Health and Wellbeing Board", False),
    ],
)
def test_a_heading_about_links_with_partnerships_is_not_a_useful_links_section(heading, is_links):
    from masa_check.engine.text_index import _section_kind

    assert (_section_kind((heading,)) == "links") is is_links
