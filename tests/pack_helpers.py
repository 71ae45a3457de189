"""A rule's mapping with every required field filled, for tests that build packs or rules by hand."""

from __future__ import annotations


def minimal_rule(rule_id: str = "XX-01", facets: list[dict] | None = None) -> dict:
    """The smallest valid rule mapping (``facets`` defaults to one facet with a name only)."""
    return {
        "id": rule_id,
        "title": "t",
        "strength": "must",
        "citation": "c",
        "requirement": "r",
        "evidence": "e",
        "fix": "f",
        "facets": facets if facets is not None else [{"id": "a", "name": "x"}],
    }
