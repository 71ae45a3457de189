"""Markdown and plain text: the same document model as a PDF/DOCX, structure from the writing."""

from __future__ import annotations

import pytest

import web_documents as wd
from masa_check.errors import InputError
from masa_check.sources import load_document
from masa_check.sources.markdown_reader import (
    blocks_from_markdown,
    blocks_from_text,
    read_markdown,
    read_plain_text,
    slug,
)


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def roles(blocks) -> list[tuple]:
    return [(b.role, b.level, b.text) if b.role == "heading" else (b.role, b.text) for b in blocks]


# --- markdown ------------------------------------------------------------------------------------

MD = """\
---
title: Safeguarding arrangements
tags: [partnership]
---

# Multi-agency safeguarding arrangements

The partners are named **below**, with [links](https://example.org) to each.

## Funding {#money}

The partners agree:

- a shared budget
  each year;
- in-kind support.

| Partner | Share |
|:--|--:|
| Council | 40% |
| Police | 20% |

**Scrutiny**

The scrutineer reports twice a year.

Voice of children
-----------------

1. A youth council.
2. Surveys.

> Quoted text in a box.

<div class="note">Raw HTML block</div>
"""


def test_markdown_headings_lists_tables_and_anchors():
    blocks = blocks_from_markdown(MD, "arr.md")
    assert roles(blocks) == [
        ("title", "Multi-agency safeguarding arrangements"),  # the one '#' heading, first
        ("paragraph", "The partners are named below, with links to each."),
        ("heading", 2, "Funding"),
        ("paragraph", "The partners agree:"),
        ("list_item", "a shared budget each year;"),
        ("list_item", "in-kind support."),
        ("table_header", "Partner | Share"),
        ("table_row", "Council | 40%"),
        ("table_row", "Police | 20%"),
        ("heading", 3, "Scrutiny"),
        ("paragraph", "The scrutineer reports twice a year."),
        ("heading", 2, "Voice of children"),
        ("list_item", "A youth council."),
        ("list_item", "Surveys."),
        ("paragraph", "Quoted text in a box."),
        ("paragraph", "Raw HTML block"),
    ]
    rows = [b for b in blocks if b.role in ("table_header", "table_row")]
    assert rows[1].cells == ("Council", "40%") and rows[1].header_cells == ("Partner", "Share")
    urls = {b.text: b.url for b in blocks}
    assert urls["The partners are named below, with links to each."] == "arr.md#multi-agency-safeguarding-arrangements"
    assert urls["Council | 40%"] == "arr.md#money"  # an explicit {#id}
    assert urls["Surveys."] == "arr.md#voice-of-children"
    scrutiny = next(b for b in blocks if b.text.startswith("The scrutineer"))
    assert scrutiny.heading_path == ("Funding", "Scrutiny")


def test_front_matter_is_skipped_and_its_title_names_a_document_without_h1():
    blocks = blocks_from_markdown("---\ntitle: Yearly report 2023 to 2024\n---\n\n## Scrutiny\n\nText.\n", "r.md")
    assert (blocks[0].role, blocks[0].text) == ("title", "Yearly report 2023 to 2024")
    assert "title:" not in " ".join(b.text for b in blocks)
    # a thematic break at the top is not front matter when it does not hold YAML
    odd = blocks_from_markdown("---\nJust: [unclosed\n---\n\nBody.\n", "o.md")
    assert "Body." in [b.text for b in odd]


def test_raw_html_in_markdown_is_read_as_web_content():
    md = (
        "# Arrangements\n\n## Funding\n\n"
        "<table><thead><tr><th>Partner</th><th>Share</th></tr></thead><tr><td>Council</td><td>40%</td></tr></table>\n\n"
        '<a id="scrutiny"></a>\n\nThe scrutineer reports twice a year.\n\n'
        '<nav class="site-nav"><a href="/">Home</a> <a href="/about">About us</a></nav>\n\n'
        "<details><summary>Budget detail</summary><p>In-kind support is costed.</p></details>\n\n<!-- note -->\n"
    )
    blocks = blocks_from_markdown(md, "a.md")
    assert [(b.role, b.text) for b in blocks[2:]] == [
        ("table_header", "Partner | Share"),
        ("table_row", "Council | 40%"),
        ("paragraph", "The scrutineer reports twice a year."),
        ("paragraph", "Budget detail"),
        ("paragraph", "In-kind support is costed."),
    ]
    assert blocks[3].header_cells == ("Partner", "Share") and blocks[3].url == "a.md#funding"
    assert blocks[4].url == "a.md#scrutiny" and blocks[4].heading_path == ("Funding",)


def test_slug_and_repeated_headings():
    assert slug("Child Safeguarding Practice Reviews (CSPRs)") == "child-safeguarding-practice-reviews-csprs"
    blocks = blocks_from_markdown("## Actions\n\nOne.\n\n## Actions\n\nTwo.\n", "a.md")
    assert [b.url for b in blocks if b.role == "paragraph"] == ["a.md#actions", "a.md#actions-1"]


def test_fixture_markdown_document():
    doc = read_markdown(str(wd.DATA / f"{wd.STEM}.md"))
    assert doc.source == "markdown" and doc.kind == "arrangements"
    assert doc.title == "Multi-agency safeguarding arrangements" and doc.guidance == "wt2023"
    assert any(b.url and b.url.endswith("#funding") for b in doc.blocks)


# --- plain text ----------------------------------------------------------------------------------

TXT = """\
HOLLOWMERE SAFEGUARDING CHILDREN PARTNERSHIP
Multi-agency safeguarding arrangements
======================================

Published May 2024. This document sets out how the partners work
together to safeguard children in Hollowmere.

1. Introduction

The partners are:
- Hollowmere Borough Council;
* NHS Fenmoor Integrated Care Board;
\u2022 Fenmoor Police, whose delegate is the
  Assistant Chief Constable.

2. Funding

Partner\tShare
Council\t40%
Police\t20%

Section 3: Scrutiny
The scrutineer reports twice a year.

Independent Scrutineer

The scrutineer is independent of the partners.

Priorities
----------

1. Neglect and its effects on young children

2. Exploitation outside the home

Contributor | Role | Since
Dr A Marsh | Scrutineer | 2023

Appendix G
Contacts are listed here.
"""


def test_text_structure_from_layout():
    blocks = blocks_from_text(TXT, "t.txt")
    assert roles(blocks) == [
        ("heading", 2, "HOLLOWMERE SAFEGUARDING CHILDREN PARTNERSHIP"),
        ("heading", 1, "Multi-agency safeguarding arrangements"),
        (
            "paragraph",
            "Published May 2024. This document sets out how the partners work together to safeguard children in Hollowmere.",
        ),
        ("heading", 1, "1. Introduction"),
        ("paragraph", "The partners are:"),
        ("list_item", "Hollowmere Borough Council;"),
        ("list_item", "NHS Fenmoor Integrated Care Board;"),
        ("list_item", "Fenmoor Police, whose delegate is the Assistant Chief Constable."),
        ("heading", 1, "2. Funding"),
        ("table_header", "Partner | Share"),
        ("table_row", "Council | 40%"),
        ("table_row", "Police | 20%"),
        ("heading", 1, "Section 3: Scrutiny"),
        ("paragraph", "The scrutineer reports twice a year."),
        ("heading", 2, "Independent Scrutineer"),
        ("paragraph", "The scrutineer is independent of the partners."),
        ("heading", 2, "Priorities"),
        ("list_item", "Neglect and its effects on young children"),
        ("list_item", "Exploitation outside the home"),
        ("table_header", "Contributor | Role | Since"),
        ("table_row", "Dr A Marsh | Scrutineer | 2023"),
        ("heading", 1, "Appendix G"),
        ("paragraph", "Contacts are listed here."),
    ]
    rows = [b for b in blocks if b.role in ("table_header", "table_row")]
    assert rows[1].header_cells == ("Partner", "Share") and rows[4].header_cells == ("Contributor", "Role", "Since")
    scrutineer = next(b for b in blocks if b.text.startswith("The scrutineer is"))
    assert scrutineer.heading_path == ("Section 3: Scrutiny", "Independent Scrutineer")
    assert all(b.url is None and b.page is None for b in blocks)


def test_form_feeds_are_pages():
    blocks = blocks_from_text("Intro text here.\n\f2. Funding\n\nShares are agreed.\n", "t.txt")
    assert [(b.text, b.page) for b in blocks] == [("Intro text here.", 1), ("2. Funding", 2), ("Shares are agreed.", 2)]


def test_sentences_are_not_headings():
    blocks = blocks_from_text("The partners meet monthly.\n\nThey agree the budget.\n", "t.txt")
    assert [b.role for b in blocks] == ["paragraph", "paragraph"]


def test_fixture_text_document():
    doc = read_plain_text(str(wd.DATA / f"{wd.STEM}.txt"))
    assert doc.source == "text" and doc.kind == "arrangements" and doc.guidance == "wt2023"
    assert doc.title == "Multi-agency safeguarding arrangements"


# --- dispatch and bad input ----------------------------------------------------------------------


def test_load_document_dispatches(tmp_path):
    md = tmp_path / "a.markdown"
    md.write_text(MD)
    assert load_document(str(md)).source == "markdown"
    txt = tmp_path / "a.txt"
    txt.write_text(TXT)
    assert load_document(str(txt)).source == "text"
    saved = tmp_path / "page.txt"  # a web page saved as text keeps its markup: read as HTML
    saved.write_bytes((wd.DATA / f"{wd.STEM}.html").read_bytes())
    assert load_document(str(saved)).source == "html"


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "is empty"), (b"\n \n", "is empty"), (b"\x00\x01\x02binary\x00" * 50, "binary data")],
)
def test_bad_text_files(tmp_path, suffix, data, message):
    target = tmp_path / f"bad{suffix}"
    target.write_bytes(data)
    with pytest.raises(InputError, match=message) as err:
        load_document(str(target))
    assert "\n" not in str(err.value)


def test_encodings(tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes("\ufeffChildren\u2019s services are here.\n".encode())
    assert read_plain_text(str(target)).blocks[0].text == "Children's services are here."
    target.write_bytes("Na\u00efve text is read.\n".encode("cp1252"))
    assert read_plain_text(str(target), use_cache=False).blocks[0].text == "Naïve text is read."
    target.write_bytes("\ufeffUTF-16 text.\r\n".encode("utf-16-le"))
    assert read_plain_text(str(target), use_cache=False).blocks[0].text == "UTF-16 text."


_LONG = (
    "The Kelby partnership has been working since the spring on the changes the new guidance asks for, with the "
    "council, the ICB and the police, and the work is described in the sections below (WT23)"
)


@pytest.mark.parametrize(
    "second",
    [
        "WT18 arrangements state that a safeguarding partner is defined in the Children Act 2004.",
        "The lead safeguarding partners met four times in the year.",
        "Rapid reviews were held within fifteen days of each notification.",
    ],
)
def test_a_long_line_cut_short_does_not_run_into_the_next_paragraph(second):
    """Saved web pages put each paragraph on one long line; one cut short (no final punctuation)
    followed by a line starting with a capital is two paragraphs, not one sentence."""
    from masa_check.sources.markdown_reader import blocks_from_markdown

    blocks = blocks_from_markdown(f"{_LONG}\n{second}\n", "<t>")
    assert [b.text for b in blocks if b.role == "paragraph"] == [_LONG, second]


@pytest.mark.parametrize(
    "text",
    [
        "The partners agreed the new model in March and\nThe Kelby Times reported it the next day.",
        "This short line has no full stop\nAnd the next begins with a capital.",
        f"{_LONG},\nWhich the partners then agreed.",
    ],
)
def test_hard_wrapped_or_punctuated_lines_are_still_joined(text):
    from masa_check.sources.markdown_reader import blocks_from_markdown

    blocks = blocks_from_markdown(text + "\n", "<t>")
    assert len([b for b in blocks if b.role == "paragraph"]) == 1
