"""Combining facets into a rule's status on published text: precedence of not-applicable."""

from __future__ import annotations

import datetime as dt

from masa_check.document import Block, Document
from masa_check.engine.declared_checks import Context
from masa_check.engine.evaluate import evaluate_rule
from masa_check.engine.packs import Registry

CTX = Context(as_of=dt.date(2026, 1, 1))


def _rule(pack_id: str, rule_id: str):
    pack = Registry.load().get(pack_id)
    return pack, next(r for r in pack.rules if r.id == rule_id)


def _doc(*texts: str) -> Document:
    blocks = [Block("paragraph", t, 1, ("7. Children living away from home",)) for t in texts]
    return Document(path="<t>", source="pdf", kind="arrangements", blocks=blocks)


def test_a_none_statement_does_not_hide_settings_the_document_describes():
    pack, rule = _rule("wt2023-arrangements", "WT23-ARR-11")
    none_only = _doc("There is no young offender institution or secure training centre in the area.")
    assert evaluate_rule(none_only, pack, rule, CTX).status == "not_applicable"
    described = _doc(
        "There is no young offender institution or secure training centre in the area.",
        "The registered manager of our secure children's home is a member of the Practice Review Group.",
    )
    result = evaluate_rule(described, pack, rule, CTX)
    assert result.status == "pass"
    assert any("secure children's home" in e.quote for e in result.evidence)


def test_chair_named_with_a_role_but_not_how_chosen_is_partial():
    pack, rule = _rule("wt2023-arrangements", "WT23-ARR-06")
    doc = _doc(
        "The Executive is chaired by Fiona Lazenby.",
        "The chair agrees each agenda and makes sure that all three partners are heard.",
    )
    result = evaluate_rule(doc, pack, rule, CTX)
    assert result.status == "partial"
    assert "how the chair is chosen" in " ".join(result.missing)


def test_the_none_statement_itself_does_not_count_as_the_described_setting():
    pack, rule = _rule("wt2023-yearly-report", "WT23-YR-16")
    doc = Document(
        path="<t>",
        source="pdf",
        kind="yearly-report",
        blocks=[
            Block(
                "paragraph",
                "There is no secure children's home or secure training centre in Castlebridge, so this report "
                "contains no review of the use of restraint.",
                1,
                ("About this report",),
            )
        ],
    )
    assert evaluate_rule(doc, pack, rule, CTX).status == "not_applicable"
