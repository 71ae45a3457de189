"""Wording that changes what a mention means: intent only, negation, reference only.

Shared by declared checks (a YAML value of "TBC") and the text matcher (a PDF sentence).
"""

from __future__ import annotations

import re

_DEFERRAL = [
    r"\bt\.?b\.?c\.?\b",
    r"\bt\.?b\.?a\.?\b",
    r"\bt\.?b\.?d\.?\b",
    r"\bto be (?:agreed|confirmed|decided|determined|developed|finalised|finalized|appointed|reviewed|published|"
    r"established|identified|set|arranged|considered|explored|announced|defined|clarified|completed)\b",
    r"\bwill be (?:agreed|confirmed|decided|determined|developed|finalised|finalized|explored|considered|"
    r"established|put in place|identified|set out|clarified|designed|scoped|worked up)\b",
    r"\b(?:is|are) (?:being|still being|currently being) (?:explored|considered|developed|discussed|agreed|"
    r"finalised|finalized|reviewed|scoped|designed|planned|arranged|organised|organized|prepared)\b",
    r"\b(?:we|partners|the partnership) (?:will|may|might|intend to|plan to|aim to) (?:consider|explore|look at)\b",
    r"\bin due course\b",
    r"\bat a later date\b",
    r"\bnot yet (?:agreed|decided|confirmed|finalised|finalized|in place|established|appointed)\b",
    r"\bunder (?:discussion|consideration|development|review)\b",
    r"\bpending\b",
    r"\bawaiting (?:agreement|confirmation|sign[- ]off|approval)\b",
    r"\bwork(?:ing)? (?:is )?(?:under ?way|ongoing) to (?:agree|develop|establish|identify)\b",
    r"\bcan be explored\b",
]
DEFERRAL = re.compile("|".join(_DEFERRAL), re.IGNORECASE)

NEGATION = re.compile(
    r"\b(?:no|not|none|never|without|nor|neither|has not|have not|hasn't|haven't|isn't|aren't|"
    r"do not|does not|don't|doesn't|cannot|can't|absence of|lack of|yet to be)\b",
    re.IGNORECASE,
)

#: Placeholder values a business manager leaves in a template.
PLACEHOLDER = re.compile(r"^\s*(?:-+|n/?a|none|unknown|\?+|x+|tbc|tba|tbd|todo|\.\.\.|…|<[^>]*>|\[[^\]]*\])\s*$", re.I)


def is_deferral(text: str) -> bool:
    return bool(DEFERRAL.search(text))


def is_placeholder(text: str) -> bool:
    return bool(PLACEHOLDER.match(text))
