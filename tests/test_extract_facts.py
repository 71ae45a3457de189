"""The structured facts of a draft: partner bodies by type (names checked, not trusted) and
funding tables read column group by column group."""

from __future__ import annotations

import pytest

from masa_check.document import Block, Document
from masa_check.extract_facts import body_key, funding_lines, is_place_name, organisations, partner_names


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The partners are Ashby Vale Council, NHS Ashby and Tor Integrated Care Board and Ashby Constabulary.",
            [
                ("local_authorities", "Ashby Vale Council"),
                ("icbs", "NHS Ashby and Tor Integrated Care Board"),
                ("police", "Ashby Constabulary"),
            ],
        ),
        ("Signed on behalf of Tormouth County Council", [("local_authorities", "Tormouth County Council")]),
        ("Tormouth CCG Chief Nurse on behalf of the Accountable Officer", [("icbs", "Tormouth CCG")]),
        # run together: a force, then a health body's type with no place of its own
        (
            "Members: Local Authority Tormouth Police Clinical Commissioning Group Youth Service",
            [("police", "Tormouth Police")],
        ),
        ("Tormouth Police and the Integrated Care Board meet monthly.", [("police", "Tormouth Police")]),
        ("The Eastern Division of Tormouth Constabulary polices the town.", [("police", "Tormouth Constabulary")]),
        ("The former Tormouth Local Safeguarding Children Board closed in 2019.", []),
        ("The Council's Director of Public Health and the ICB's Director of Nursing lead it.", []),
        ("Tormouth Hospitals NHS Foundation Trust and Tormouth Fire and Rescue Service attend.", []),
    ],
)
def test_partner_names(text, expected):
    assert partner_names(text) == expected


def test_body_key_is_the_place():
    assert body_key("Tormouth Clinical Commissioning Group") == body_key("Tormouth CCG") == "tormouth"
    assert body_key("NHS Ashby and Tor Integrated Care Board") == "ashby tor"


@pytest.mark.parametrize(
    "value,place",
    [
        ("Tormouth Borough Council", True),
        ("Tormouth", True),
        ("NHS", False),
        ("Tormouth Police", False),
        ("Integrated Care Board", False),
    ],
)
def test_is_place_name(value, place):
    assert is_place_name(value) is place


def _funding_doc(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> Document:
    path = ("4. Funding",)
    blocks = [
        Block("heading", "4. Funding", 1, path, 1),
        Block("paragraph", "The budget for 2025/26 is below.", 1, path),
    ]
    blocks.append(Block("table_header", " | ".join(header), 1, path, cells=header))
    for row in rows:
        blocks.append(Block("table_row", " | ".join(row), 1, path, cells=row, header_cells=header))
    return Document(path="f.pdf", source="pdf", kind="arrangements", blocks=blocks)


def test_two_columns_of_one_table_give_one_line_a_contributor():
    doc = _funding_doc(
        [
            ("Tor Council", "90,000", "Tor Council", "30,000"),
            ("Tor Police", "£12,500", "Tor Police", "£2,500"),
            ("Total", "102,500", "Total", "32,500"),
        ],
        ("Children", "£", "Adults", "£"),
    )
    lines = funding_lines(doc)
    assert [(f.value["partner"], f.value["amount"]) for f in lines] == [("Tor Council", 120000), ("Tor Police", 15000)]
    assert lines[0].note.startswith("the sum of 2 amounts in the table: 90,000 + 30,000")


def test_a_row_repeated_across_a_page_break_counts_once():
    doc = _funding_doc([("Tor Council", "90,000"), ("Tor Council", "90,000")], ("Partner", "Amount"))
    assert [(f.value["partner"], f.value["amount"]) for f in funding_lines(doc)] == [("Tor Council", 90000)]


def test_organisations_keep_one_name_a_body():
    path = ("Partners",)
    blocks = [
        Block("paragraph", "Our partners are Tor Council, Tor Clinical Commissioning Group and Tor Police.", 1, path),
        Block("paragraph", "Tor CCG funds the designated nurse.", 2, path),
    ]
    doc = Document(path="o.pdf", source="pdf", kind="arrangements", blocks=blocks)
    found = organisations(doc)
    assert [f.value for f in found["icbs"]] == ["Tor Clinical Commissioning Group"]
    assert found["icbs"][0].source.page == 1
