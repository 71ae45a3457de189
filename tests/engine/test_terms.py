"""Rule-pack terms: normalisation in bulk, and the literals that narrow a ``re:`` term."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from masa_check.engine.terms import _required_literals, norm, norm_many
from masa_check.sources.text_normalise import clean

_WORDS = st.sampled_from(
    [
        "Safequard",
        "5afeguarding",
        "partnersh1p",
        "organized",
        "recognizing",
        "size",
        "&",
        "CCG",
        "Ÿ",
        "ﬁnal",
        "“quoted”",
        "—",
        "multi-agency",
        "lndependent",
        "chi1dren",
        "x",
        "realizations",
        "ß",
        "İstanbul",
        "prize",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_WORDS | st.text(max_size=8), max_size=8).map(" ".join), max_size=12))
def test_norm_many_equals_norm_of_each(texts):
    cleaned = [clean(t) for t in texts]
    assert norm_many(cleaned) == [norm(t) for t in cleaned]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\b[A-Z][a-z]+ (?:Police|Constabulary)\b", "We work with Kent Police and Essex Constabulary."),
        (r"(?i)\b(?:within|in) (?:7|seven) DAYS", "Published within seven days of the report."),
        (r"\b[A-Z][A-Za-z'.-]+(?<!Youth) Council\b", "Dudley Council leads; the Youth Council advises."),
        (r"\b\d+\b", "Page 12 of 40"),
    ],
)
def test_required_literals_are_in_every_match(pattern, text):
    literals, fold = _required_literals(pattern)
    matches = [m.group(0) for m in re.finditer(pattern, text)]
    assert matches
    for m in matches:
        if literals:
            assert any(lit in (m.lower() if fold else m) for lit in literals)


def test_a_term_is_compiled_once_per_process_and_shared_by_every_document(monkeypatch):
    from masa_check.document import Block, Document
    from masa_check.engine import terms
    from masa_check.engine.text_index import get_index
    from masa_check.engine.text_match import term_hits

    compiled = []
    real = re.compile
    monkeypatch.setattr(terms.re, "compile", lambda p, *a: compiled.append(p) or real(p, *a))
    term = "quarterly bulletin*"  # a term of no pack: not compiled before this test
    terms.compile_term.cache_clear()
    assert terms.compile_term(term) is terms.compile_term(term)
    for words in ("Our quarterly bulletins reach every school.", "The quarterly bulletin goes to GPs."):
        doc = Document(
            path="d.md", source="markdown", kind="arrangements", blocks=[Block(role="paragraph", text=words)]
        )
        assert term_hits(get_index(doc), term)
    assert len([p for p in compiled if "bulletin" in p]) == 1


@pytest.mark.parametrize(
    ("term", "text"),
    [
        (
            "child death review partner*",
            "The panel was set up by the Child Death Review (CDR) Partners for the two counties.",
        ),
        ("child death review partner*", "Our child death review (CDR) partners are the council and the ICB."),
        ("integrated care board chief executive", "The Integrated Care Board (ICB) Chief Executive signs the plan."),
        ("safeguarding adults review", "Each Safeguarding Adults Review (SAR) is overseen by the case review group."),
        ("designated safeguarding lead*", "Every school has a Designated Safeguarding Lead (DSL) in post."),
    ],
)
def test_a_bracketed_abbreviation_may_stand_inside_a_term(term, text):
    """Documents define a short form inside the term it abbreviates; the term still matches."""
    from masa_check.engine.terms import compile_term

    assert compile_term(term).regex.search(norm(text))


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("child death review partner*", "The child death review (see section 4) partners meet twice a year."),
        ("child death review partner*", "Each child death review, and the partners who commission it, is logged."),
        ("safeguarding adults review", "Safeguarding adults (review of 2023) was the title of the briefing."),
    ],
)
def test_other_words_between_a_terms_words_still_break_it(term, text):
    """Only a bracketed abbreviation may interrupt a term, not a clause or a bracketed phrase."""
    from masa_check.engine.terms import compile_term

    assert not compile_term(term).regex.search(norm(text))


@pytest.mark.parametrize(
    "text",
    [
        "We implemented the changes in Working Together to Safeguard Children 2023 from December.",
        "The reforms in Working Together (2023) are now in place.",
        "Since WT23 was published, the partners have appointed lead safeguarding partners.",
    ],
)
def test_the_guidance_by_its_full_title_or_short_form_is_the_same_term(text):
    from masa_check.engine.terms import compile_term, expand

    assert any(compile_term(v).regex.search(norm(text)) for v in expand("working together 2023"))
    assert not any(compile_term(v).regex.search(norm(text)) for v in expand("working together 2018"))
