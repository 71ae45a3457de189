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
