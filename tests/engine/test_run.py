"""Checking one document: a long document's rules shared by two processes give the same results."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from masa_check import parallel
from masa_check.document import Block, Document
from masa_check.engine import run
from masa_check.engine.packs import Registry

SECTIONS = [
    (
        "1. Our safeguarding partners",
        "The lead safeguarding partners are the Chief Executive of Northshire Council, the Chief Constable "
        "and the Chief Executive of NHS Northshire Integrated Care Board.",
    ),
    ("2. Independent scrutiny", "Independent scrutiny arrangements will be agreed by the partners in due course."),
    (
        "3. Funding",
        "The partnership budget for 2025/26 is £310,000: the council pays 50%, the ICB 25% and the police 25%.",
    ),
    ("4. Relevant agencies", "There is no secure training centre in Northshire."),
    ("5. Publication", "We will publish a yearly report each September on the effectiveness of these arrangements."),
]


def _long_document(blocks_wanted: int) -> Document:
    blocks: list[Block] = [Block("title", "Northshire Safeguarding Children Partnership arrangements", 1)]
    page = 1
    while len(blocks) < blocks_wanted:
        for heading, text in SECTIONS:
            path = (heading,)
            blocks.append(Block("heading", heading, page, path, level=1))
            blocks.append(Block("paragraph", f"{text} This is paragraph {len(blocks)}.", page, path))
        page += 1
    return Document(path="<long>", source="pdf", kind="arrangements", blocks=blocks)


def _check(doc: Document):
    registry = Registry.load()
    return run.check_document(
        doc, registry, as_of=dt.date(2026, 1, 1), packs=["wt2018-arrangements", "care-act-sab", "currency"]
    )


@pytest.mark.skipif(not parallel.can_fork(), reason="this platform cannot fork or has one core")
def test_a_long_documents_rules_shared_by_two_processes_give_the_one_process_results(monkeypatch):
    doc = _long_document(run.SHARE_MIN_BLOCKS + 50)
    parent = os.getpid()
    evaluated_in: set[int] = set()
    real = run.evaluate_rule

    def noting(*args, **kwargs):
        evaluated_in.add(os.getpid())
        return real(*args, **kwargs)

    monkeypatch.setattr(run, "evaluate_rule", noting)
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "1")
    alone = _check(_long_document(run.SHARE_MIN_BLOCKS + 50))
    assert evaluated_in == {parent}
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "")
    shared = _check(doc)
    assert shared.model_dump() == alone.model_dump()
    assert {r.status for r in alone.results} >= {"pass", "fail"}


def test_a_short_document_is_checked_in_one_process(monkeypatch):
    calls = []
    monkeypatch.setattr(parallel, "share", lambda count, work: calls.append(count) or [work(i) for i in range(count)])
    _check(_long_document(40))
    assert calls == []
    _check(_long_document(run.SHARE_MIN_BLOCKS))
    assert calls  # the long one would be shared


def test_only_rules_that_read_dates_or_superseded_names_run_before_the_index():
    registry = Registry.load()
    currency = {r.id: run._needs_no_index(r) for r in registry.get("currency").rules}
    assert any(currency.values())
    arrangements = registry.get("wt2018-arrangements").rules
    assert not any(run._needs_no_index(r) for r in arrangements if all(f.text for f in r.facets))


def test_an_index_that_cannot_be_built_is_each_rules_error_not_the_runs(monkeypatch):
    import masa_check.engine.text_index as text_index

    def broken(doc):
        raise ValueError("bad block")

    monkeypatch.setattr(text_index, "get_index", broken)
    monkeypatch.setattr("masa_check.engine.text_match.get_index", broken)
    result = _check(_long_document(run.SHARE_MIN_BLOCKS + 10))
    statuses = {r.rule_id: r.status for r in result.results}
    assert statuses["WT18-ARR-01"] == "error"
