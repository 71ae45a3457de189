"""Every pack rule's exemplars: data the topic scorer learns from, checked against the engine.

- each facet read from published text has positive and negative exemplars;
- each positive exemplar holds every slot its facet asks for (else the slot or the exemplar is wrong);
- no negative exemplar (a look-alike: topic without specifics, the duty restated, a deferral, a
  contents line) is reported as met by the matcher, on its own under a neutral heading.
"""

from __future__ import annotations

import pytest

from masa_check.document import Block, Document
from masa_check.engine.matcher import EvidenceMatcher
from masa_check.engine.packs import Registry
from masa_check.engine.specifics import specifics

REGISTRY = Registry.load()
TEXT_FACETS = [
    (pack, rule, facet)
    for pack_id in REGISTRY.packs
    for pack in [REGISTRY.get(pack_id)]
    for rule in pack.rules
    for facet in rule.facets
    if facet.text is not None
]
WITH_EXEMPLARS = [(p, r, f) for p, r, f in TEXT_FACETS if f.exemplars is not None]


def _id(item) -> str:
    return f"{item[1].id}.{item[2].id}"


def _doc(text: str, kind: str) -> Document:
    path = ("2. About this partnership",)
    return Document(
        path="<exemplar>",
        source="pdf",
        kind=kind,
        blocks=[Block("heading", path[0], 1, path, 1), Block("paragraph", text, 1, path)],
    )


def test_every_text_facet_has_exemplars():
    missing = [_id(x) for x in TEXT_FACETS if x[2].exemplars is None]
    assert not missing, f"facets without exemplars: {missing}"


@pytest.mark.parametrize("item", WITH_EXEMPLARS, ids=_id)
def test_positive_exemplars_hold_the_slots(item):
    _, _, facet = item
    for text in facet.exemplars.pos:
        report = specifics([text], facet.slots)
        assert report.complete, f"{text!r}: {report.summary()}"


@pytest.mark.parametrize("item", WITH_EXEMPLARS, ids=_id)
def test_negative_exemplars_are_never_met(item):
    pack, rule, facet = item
    kind = (rule.tests.kind if rule.tests and rule.tests.kind else None) or pack.applies_to.kinds[0]
    for text in facet.exemplars.neg:
        outcome = EvidenceMatcher().match(_doc(text, kind), facet)
        assert outcome.state != "met", f"{rule.id}({facet.id}) met by a look-alike: {text!r}"
