"""Date rules against --as-of and the document's own date (declared YAML and text)."""

from __future__ import annotations

import datetime as dt

import pytest

from masa_check.document import Block, Document
from masa_check.engine.declared_checks import Context, financial_year_of, previous_financial_year
from masa_check.engine.evaluate import evaluate_rule
from masa_check.engine.lint import declared_case
from masa_check.engine.packs import Registry
from masa_check.engine.temporal import periods_in

REGISTRY = Registry.load()


def run(rule_id, fragment, as_of=dt.date(2026, 1, 1), settings=None):
    pack, rule = REGISTRY.find_rule(rule_id)
    doc = declared_case(pack, fragment)
    return evaluate_rule(doc, pack, rule, Context(as_of=as_of, settings=settings or {}))


def text_doc(kind, sentences, date=None):
    blocks = [Block(role="paragraph", text=s, page=1, heading_path=("1. Report",)) for s in sentences]
    return Document(path="x.pdf", source="pdf", kind=kind, date=date, blocks=blocks)


def test_financial_years():
    assert financial_year_of(dt.date(2025, 3, 31)) == (dt.date(2024, 4, 1), dt.date(2025, 3, 31))
    assert previous_financial_year(dt.date(2025, 9, 26)) == (dt.date(2024, 4, 1), dt.date(2025, 3, 31))


@pytest.mark.parametrize(
    "period,status",
    [
        ({"start": "2024-04-01", "end": "2025-03-31"}, "pass"),
        ({"label": "2024/25"}, "pass"),
        ({"label": "2023/24"}, "fail"),
        ({"start": "2024-01-01", "end": "2024-12-31"}, "fail"),
    ],
)
def test_yearly_report_covers_previous_financial_year(period, status):
    assert run("WT23-YR-17", {"published": "2025-09-26", "period": period}).status == status


@pytest.mark.parametrize("published,status", [("2025-09-30", "pass"), ("2025-10-01", "fail")])
def test_published_by_30_september(published, status):
    assert run("WT23-YR-18", {"published": published, "period": {"label": "2024/25"}}).status == status


@pytest.mark.parametrize(
    "sent,status",
    [("2025-09-15", "pass"), ("2025-09-22", "pass"), ("2025-09-23", "partial"), ("2025-09-14", "partial")],
)
def test_sent_to_panel_within_7_days_after_publication(sent, status):
    frag = {
        "published": "2025-09-15",
        "sent_to": [
            {"name": "Child Safeguarding Practice Review Panel", "date": sent},
            {"name": "Foundations", "date": "2025-09-16"},
        ],
    }
    assert run("WT23-YR-19", frag).status == status


def test_what_works_centre_in_2024_report_is_partial_and_stale():
    frag = {
        "published": "2025-09-15",
        "sent_to": [
            {"name": "Child Safeguarding Practice Review Panel", "date": "2025-09-16"},
            {"name": "What Works Centre for Children's Social Care", "date": "2025-09-16"},
        ],
    }
    assert run("WT23-YR-19", frag).status == "partial"
    pack, rule = REGISTRY.find_rule("CUR-01")
    doc = declared_case(pack, {"kind": "yearly-report", **frag})
    assert evaluate_rule(doc, pack, rule, Context(as_of=dt.date(2026, 1, 1))).status == "fail"


@pytest.mark.parametrize("as_of,status", [(dt.date(2026, 6, 30), "pass"), (dt.date(2026, 7, 1), "fail")])
def test_review_date_against_as_of(as_of, status):
    assert run("CUR-02", {"review_date": "2026-06-30"}, as_of=as_of).status == status


def test_currency_by_document_date():
    assert (
        run("CUR-01", {"published": "2022-06-01", "partners": {"icbs": [{"name": "NHS Northshire CCG"}]}}).status
        == "pass"
    )
    r = run("CUR-01", {"published": "2022-07-02", "partners": {"icbs": [{"name": "NHS Northshire CCG"}]}})
    assert r.status == "fail" and "integrated care boards" in (r.searched or "")


def test_wt2023_citation_only_for_arrangements_after_2024():
    assert run("CUR-03", {"published": "2024-06-01", "guidance": "wt2018"}).status == "not_applicable"
    assert run("CUR-03", {"published": "2025-01-02", "guidance": "wt2018"}).status == "fail"


def test_sab_annual_report_deadline_from_config():
    frag = {"published": "2025-12-15", "period": {"label": "2024/25"}}
    assert run("CA-AR-09", frag).status == "fail"
    assert run("CA-AR-09", frag, settings={"sab_annual_report_deadline": "12-31"}).status == "pass"


def test_strategic_plan_covers_current_financial_year():
    assert run("CA-SP-01", {"period": {"label": "2025/26"}}, as_of=dt.date(2026, 3, 31)).status == "pass"
    assert run("CA-SP-01", {"period": {"label": "2025/26"}}, as_of=dt.date(2026, 4, 1)).status == "fail"


def test_text_dates_need_the_publication_date():
    pack, rule = REGISTRY.find_rule("WT23-YR-18")
    doc = text_doc("yearly-report", ["This report covers 1 April 2024 to 31 March 2025."])
    # no publication date stated: the deadline is not evidenced (fail, saying what to state)
    result = evaluate_rule(doc, pack, rule, Context(as_of=dt.date(2026, 1, 1)))
    assert result.status == "fail" and "no publication date is stated" in result.message + (result.searched or "")
    doc.date = dt.date(2025, 9, 1)
    assert evaluate_rule(doc, pack, rule, Context(as_of=dt.date(2026, 1, 1))).status == "pass"


def test_periods_in_text():
    fy = (dt.date(2024, 4, 1), dt.date(2025, 3, 31))
    assert periods_in("Annual report 2024/25") == [fy]
    assert periods_in("from April 2024 to March 2025") == [fy]
    assert periods_in("covering 1 April 2024 - 31 March 2025") == [fy]


@pytest.mark.parametrize(
    "text",
    [
        "Annual Report 2024 Business Plan 2025-27",
        "The partnership's strategy for 2025-2028 sets three priorities.",
        "Progress against our Strategic Priorities 2023-26 is reported below.",
        "The new learning framework (2025/26) was launched in May.",
    ],
)
def test_a_span_naming_a_plan_is_not_a_reports_own_period(text):
    """In a report, "Business Plan 2025-27" is the plan's period; a plan's own rules still read it."""
    assert periods_in(text, other_documents=False) == []
    assert periods_in(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "This annual report covers 2024/25.",
        "Our yearly report for 2024-25 sets out what the partners did.",
        "Annual Report 2024/25: the plan we agreed last year is on track.",
    ],
)
def test_a_reports_own_span_is_still_read(text):
    assert periods_in(text, other_documents=False) == [(dt.date(2024, 4, 1), dt.date(2025, 3, 31))]


@pytest.mark.parametrize(
    ("sentences", "status", "says"),
    [
        (
            [
                "It covers 1 April 2021 to 31 March 2022 and follows on from our 2020-21 report.",
                "Annual Report 2021-22",
            ],
            "pass",
            "",
        ),
        (
            [
                "This report covers 1 April 2021 to 31 March 2022.",
                "Our previous report covered the year to 31 December 2020.",
            ],
            "partial",
            "a gap of 90 day(s)",
        ),
        # silence on the previous report is no gap, but the report does not show the second half of the
        # requirement either: partial, as the labellers read the catalogue's evidence column
        (["This report covers 1 April 2021 to 31 March 2022."], "partial", "not mentioned"),
    ],
)
def test_a_report_follows_the_previous_one_from_its_own_text(sentences, status, says):
    pack, rule = REGISTRY.find_rule("WT18-YR-07")
    result = evaluate_rule(text_doc("yearly-report", sentences), pack, rule, Context(as_of=dt.date(2026, 1, 1)))
    assert result.status == status, result.message
    assert says in (result.message + " " + (result.searched or ""))


@pytest.mark.parametrize(
    "term",
    [
        r"re:(?i)\breview(?:ed)? (?:annually )?(?:in|by|on|before) ",
        r"re:\bReviewed (?:in|by) ",
        r"re:(?i)(?:next|date of) review",
        "next review",
        "review*",
    ],
)
def test_sentences_with_finds_what_trying_every_sentence_finds(term):
    """The substring search that picks the sentences to try never drops one the pattern matches."""
    from masa_check.engine import temporal

    texts = [
        "These arrangements will be REVIEWED BY the executive in March 2026.",
        "They are reviewed annually in April.",
        "Next review: June 2026.",
        "The date of Review is set by the chair.",
        "Reviewed in 2024 – and again in 2025.",
        "Nothing to see here.",
        "We review the plan on request.",
        "Reviews of cases are held monthly.",
    ]
    doc = Document(path="<t>", source="pdf", kind="arrangements", blocks=[Block("paragraph", t, 1) for t in texts])
    body = temporal._body_sentences(doc)
    pattern = temporal._compile(term)
    expected = {i for i, (_, s) in enumerate(body) if pattern.search(temporal._normal(s))}
    assert temporal._sentences_with(doc, [term]) == expected
    assert expected or term.startswith("re:\\bReviewed")
