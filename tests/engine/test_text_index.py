"""The sentence index: built in halves by two processes, it is the index one process builds."""

from __future__ import annotations

import pytest

from masa_check import parallel
from masa_check.document import Block, Document
from masa_check.engine import text_index


def _document() -> Document:
    blocks = [Block("title", "Northshire Safeguarding Children Partnership arrangements", 1)]
    for page in range(1, 30):
        path = (f"{page}. Section {page}",)
        blocks += [
            Block("running_header", "Northshire arrangements", page),
            Block("heading", path[0], page, path, level=1),
            Block("paragraph", "Working Together 2023 requires the partners to publish arrangements.", page, path),
            Block("paragraph", "Our multi-agency partners are set out below:", page, path),
            Block("list_item", "Northshire Council, which leads on early help", page, path),
            Block("list_item", "how agencies will be involved;", page, path),
            Block("paragraph", "Under the LSCB, a survey was sent to schools. See www.northshire.gov.uk.", page, path),
            Block("page_number", str(page), page),
        ]
    return Document(path="<t>", source="pdf", kind="arrangements", blocks=blocks)


def _key(index: text_index.Index):
    return (
        [tuple(vars(s).values()) for s in index.sentences],
        index.postings,
        index.vocab,
        index.headings,
        index.original,
        index.led_by,
    )


@pytest.mark.skipif(not parallel.can_fork(), reason="this platform cannot fork or has one core")
def test_an_index_built_in_two_processes_is_the_one_process_index(monkeypatch):
    doc = _document()
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "1")
    alone = _key(text_index.build_index(doc))
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "")
    monkeypatch.setattr(text_index, "SHARE_MIN_SENTENCES", 10)
    calls = []
    real = parallel.share
    monkeypatch.setattr(parallel, "share", lambda n, work: calls.append(n) or real(n, work))
    assert _key(text_index.build_index(doc)) == alone
    assert calls == [2]
    zones = {s.zone for s in text_index.build_index(doc).sentences}
    assert {"body", "restatement", "historic", "heading"} <= zones


def _zones(*blocks: Block) -> list[tuple[str, str]]:
    doc = Document(path="<t>", source="md", kind="sab-arrangements", blocks=list(blocks))
    return [(s.text, s.zone) for s in text_index.build_index(doc).sentences]


@pytest.mark.parametrize(
    "lead_in",
    [
        "Safeguarding Adult Boards are required to:",
        "Under the Care Act 2014, SABs must:",
        "Every SAB has a statutory duty to:",
    ],
)
def test_bulleted_paragraphs_under_a_restated_duty_are_its_items(lead_in):
    """A saved page's "•" lines read as prose are still the list a restated duty introduces:
    what every SAB must do is not this Board's own commitment."""
    zones = _zones(
        Block("paragraph", lead_in, 1),
        Block("paragraph", "• Publish a strategic plan for each financial year;", 1),
        Block("paragraph", "• Publish an annual report.", 1),
        Block("paragraph", "The Kelby Board meets four times a year.", 1),
    )
    assert [z for _, z in zones] == ["restatement", "restatement", "restatement", "body"]


def test_bulleted_paragraphs_under_the_boards_own_lead_in_are_evidence():
    zones = _zones(
        Block("paragraph", "Each year the Fenshire Board will:", 1),
        Block("paragraph", "• publish a strategic plan agreed every March;", 1),
    )
    assert [z for _, z in zones] == ["body", "body"]


def test_prose_run_into_the_last_contents_entry_is_body():
    """A markdown list's last item takes the paragraph after it as its continuation when no blank
    line parts them: forty words with a sentence inside are not a contents entry."""
    prose = (
        "Review of the board's terms Under section 43 of the Care Act 2014 each council that provides adult "
        "social care sets up a safeguarding adults board. The Kelby and Lowmoor Board was set up jointly by "
        "Kelby Borough Council and Lowmoor District Council and meets four times a year with its partners"
    )
    doc = Document(
        path="<t>",
        source="md",
        kind="sab-arrangements",
        blocks=[
            Block("heading", "Contents", 1, ("Contents",), level=2),
            Block("list_item", "Membership", 1, ("Contents",)),
            Block("list_item", "Funding and staffing", 1, ("Contents",)),
            Block("list_item", prose, 1, ("Contents",)),
        ],
    )
    zones = [s.zone for s in text_index.build_index(doc).sentences if s.role == "list_item"]
    assert zones[:2] == ["contents", "contents"]
    assert set(zones[2:]) == {"body"}
