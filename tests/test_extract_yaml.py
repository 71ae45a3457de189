"""The draft's YAML: a comment with the evidence on every value, ``# not found`` for an empty
field, one line whatever the quote holds."""

from __future__ import annotations

import yaml

from masa_check.extract_yaml import NotFound, comment, emit
from masa_check.results import Evidence


def test_values_carry_their_place_and_quote():
    ev = Evidence(quote="The Tor Executive meets monthly.", page=4, section="2. Governance > 2.1 Executive")
    lines = emit({"governance": {"meeting_frequency": "monthly"}}, {"governance.meeting_frequency": (ev, "")})
    assert (
        lines[1] == '  meeting_frequency: "monthly"  # p.4, under \'2.1 Executive\': "The Tor Executive meets monthly."'
    )


def test_a_value_that_is_the_whole_sentence_is_not_quoted_twice():
    ev = Evidence(quote="Reviews are published on our website.", page=7)
    assert comment(ev, "Reviews are published on our website.") == "  # p.7"


def test_not_found_fields_load_as_empty():
    data = {
        "scrutiny": {"scrutineer": NotFound("nothing in the document meets it"), "functions": NotFound("", True)},
        "relevant_agencies": NotFound("no agencies named", True),
    }
    text = "\n".join(emit(data, {}))
    assert "  scrutineer:  # not found: nothing in the document meets it" in text
    assert "  functions: []  # not found" in text
    assert yaml.safe_load(text) == {"scrutiny": {"scrutineer": None, "functions": []}, "relevant_agencies": []}


def test_nested_items_and_notes():
    ev = Evidence(quote="Ann Roe, Chief Executive, Tor Council", page=2)
    data = {
        "partners": {
            "local_authorities": [{"name": "Tor Council", "lead": {"name": "Ann Roe", "role": "Chief Executive"}}]
        }
    }
    notes = {"partners.local_authorities[0].lead": (ev, "")}
    text = "\n".join(emit(data, notes))
    assert yaml.safe_load(text) == data
    assert '      lead:  # p.2: "Ann Roe, Chief Executive, Tor Council"' in text


def test_a_reason_cannot_break_out_of_its_comment():
    text = "\n".join(emit({"chair": {"name": NotFound("quote\nwaivers:\u2028- rule: X")}}, {}))
    assert yaml.safe_load(text) == {"chair": {"name": None}}
