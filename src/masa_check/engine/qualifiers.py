"""Wording that changes what a mention means: intent only, negation, reference only.

Shared by declared checks (a YAML value of "TBC") and the text matcher (a PDF sentence). The
vocabulary lives in ``stance.yaml`` (:mod:`masa_check.engine.stance`), with its test sentences.
"""

from __future__ import annotations

from masa_check.engine import stance

#: Deferral anywhere in a text ("to be agreed", "TBC", "in due course").
DEFERRAL = stance.pattern("deferral.phrases")

#: Any negating word (a coarse test; the matcher's scoped negation is in :mod:`text_match`).
NEGATION = stance.pattern("negation.words")

#: Placeholder values a business manager leaves in a template.
PLACEHOLDER = stance.pattern("deferral.placeholder")


def is_deferral(text: str) -> bool:
    return bool(DEFERRAL.search(text))


def is_placeholder(text: str) -> bool:
    return bool(PLACEHOLDER.match(text))
