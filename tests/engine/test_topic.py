"""Topic vectors: a document's sentences are embedded once, whatever number of facets rank them."""

from __future__ import annotations

import pytest

from masa_check.engine import topic

pytestmark = pytest.mark.skipif(not topic.available(), reason="the topic model is not installed")

TEXTS = [
    "Each partner pays an agreed share of the budget every April.",
    "The scrutineer meets frontline staff twice a year.",
    "Schools take part through the education safeguarding forum.",
]


def test_each_sentence_is_embedded_once_and_exactly_as_embed_gives(monkeypatch):
    import numpy as np

    real = topic.embed
    calls = []
    monkeypatch.setattr(topic, "embed", lambda texts: calls.append(list(texts)) or real(texts))
    cache: dict = {}
    first = topic.vectors_for(cache, [0, 1, 2], TEXTS)
    again = topic.vectors_for(cache, [2, 0], [TEXTS[2], TEXTS[0]])
    assert calls == [TEXTS]
    np.testing.assert_array_equal(first, real(TEXTS))
    np.testing.assert_array_equal(again, real([TEXTS[2], TEXTS[0]]))
    assert topic.similarities(first, ("The partners share the cost.",)) == topic.scores(
        TEXTS, ("The partners share the cost.",)
    )
