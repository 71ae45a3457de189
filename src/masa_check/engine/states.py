"""The states a facet can be in, defined once for every matcher and the rule combiner.

A ``StrEnum``, so a state compares equal to its word ("met") where packs, caches and older
code use the string.
"""

from __future__ import annotations

from enum import StrEnum


class FacetState(StrEnum):
    MET = "met"  # evidenced: on topic, with the specifics, stated as done / in place
    INTENT = "intent"  # intent only, a deferral, or on topic without every specific (at most partial)
    REFERENCED = "referenced"  # a cross-reference or a useful-links mention: not verified
    MISSING = "missing"  # not found (what was looked for is in the detail)
    NEGATED = "negated"  # stated as not in place
    AMBIGUOUS = "ambiguous"  # the machine cannot decide: needs review, never a guessed pass
    PROMISED = "promised"  # a hit only: promised for later where the facet needs it done


MET, INTENT, REFERENCED, MISSING, NEGATED, AMBIGUOUS, PROMISED = (
    FacetState.MET,
    FacetState.INTENT,
    FacetState.REFERENCED,
    FacetState.MISSING,
    FacetState.NEGATED,
    FacetState.AMBIGUOUS,
    FacetState.PROMISED,
)
