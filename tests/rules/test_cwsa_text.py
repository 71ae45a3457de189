"""The CWSA 2026 rules on published text, in phrasings beyond each rule's own examples: a pass
needs every part (the team and its footprint, each core member with who nominates them), intent
and lists without specifics are partial, look-alikes and restatements fail. Verdicts are the
binding ones (the rules are advisory in a run until their sections commence)."""

from __future__ import annotations

import datetime as dt

import pytest

from masa_check.engine.declared_checks import Context
from masa_check.engine.evaluate import evaluate_rule
from masa_check.engine.lint import text_case
from masa_check.engine.packs import Registry

PACK = Registry.load().get("cwsa-2026-arrangements")
RULES = {r.id: r for r in PACK.rules}

CASES = [
    (
        "CWSA-ARR-01",
        "pass",
        [
            "Under the 2026 Act, schools, colleges and early years providers are now required to take part in these arrangements.",
            "Designated safeguarding leads from every school attend the termly DSL network, which agrees with social care how to respond to emerging needs.",
        ],
    ),
    (
        "CWSA-ARR-01",
        "partial",
        ["Our relevant agencies include all maintained schools, academies and nurseries in Ravensholt."],
    ),
    (
        "CWSA-ARR-01",
        "fail",
        [
            "Schools play a vital role in keeping children safe.",
            "The Education Safeguarding Team offers training to governors.",
        ],
    ),
    (
        "CWSA-ARR-02",
        "pass",
        [
            "Castlemere has two multi-agency child protection teams, one for the north and one for the south of the Castlemere Council area, each supporting the council's section 47 enquiries.",
            "Each team has an education lead and a social worker nominated by Castlemere Council, a paediatric nurse nominated by NHS Castlemere ICB, and a detective constable nominated by the Chief Constable.",
        ],
    ),
    (  # members listed without who nominates them
        "CWSA-ARR-02",
        "partial",
        [
            "The Barrowby MACPT supports every section 47 enquiry across the Barrowby Borough Council area.",
            "Its members are a teacher, a social worker, a health visitor and a police officer.",
        ],
    ),
    (  # intent only
        "CWSA-ARR-02",
        "partial",
        [
            "We are preparing to set up a multi-agency child protection team in 2027, working with our pathfinder neighbours."
        ],
    ),
    (  # the front door is not the team
        "CWSA-ARR-02",
        "fail",
        [
            "Strategy discussions are held by the MASH within one working day.",
            "Child protection conferences are chaired by independent reviewing officers.",
        ],
    ),
    (
        "CWSA-ARR-03",
        "pass",
        [
            "Agencies share information through the Ravensholt multi-agency information sharing protocol, and practitioners escalate any refusal to share to their safeguarding lead.",
            "All partners now record the NHS number on children's records so that records can be matched.",
        ],
    ),
    (
        "CWSA-ARR-03",
        "partial",
        [
            "Agencies share information through the Ravensholt multi-agency information sharing protocol, reviewed every year."
        ],
    ),
    (
        "CWSA-ARR-03",
        "fail",
        [
            "Our privacy notice explains how we use your information.",
            "Sharing information is essential to keeping children safe.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("rule_id", "expected", "paragraphs"), CASES, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)]
)
def test_published_text_verdict(rule_id, expected, paragraphs):
    result = evaluate_rule(text_case(PACK, paragraphs), PACK, RULES[rule_id], Context(as_of=dt.date(2026, 12, 3)))
    assert result.status == expected, result.message
    if expected == "pass":
        assert result.evidence and all(e.quote for e in result.evidence)
