"""The one document model every source produces and every rule reads.

A declared YAML file fills ``declared`` (with a line for every field path); a PDF or DOCX fills
``blocks`` (text with role, page and heading path). Rules never see files, only this.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

BlockRole = Literal[
    "title",
    "heading",
    "paragraph",
    "list_item",
    "table_row",
    "table_header",  # a table's header row: names the columns, states nothing
    "footnote",
    "toc_entry",
    "running_header",
    "running_footer",
    "page_number",
    "caption",
]

#: Roles whose text may be quoted as evidence. Everything else is furniture.
EVIDENCE_ROLES = frozenset({"paragraph", "list_item", "table_row", "heading", "title"})

DocumentKind = Literal[
    "arrangements",
    "yearly-report",
    "sab-strategic-plan",
    "sab-annual-report",
    "sab-arrangements",
    "cdr-arrangements",
]
DOCUMENT_KINDS: tuple[str, ...] = (
    "arrangements",
    "yearly-report",
    "sab-strategic-plan",
    "sab-annual-report",
    "sab-arrangements",
    "cdr-arrangements",
)


@dataclass(slots=True)
class Block:
    """One piece of a published document: a heading, paragraph, list item or table row.

    ``heading_path`` is the chain of headings that own the block (outermost first);
    ``cells`` holds a table row's cells; ``level`` a heading's depth (1 = top); ``url`` the web
    page (or saved file) a block of a web document came from, with ``#id`` of the nearest
    element id when the page has one, so evidence can cite a page that has no page numbers.
    """

    role: BlockRole
    text: str
    page: int | None = None
    heading_path: tuple[str, ...] = ()
    level: int | None = None
    cells: tuple[str, ...] | None = None
    header_cells: tuple[str, ...] | None = None
    url: str | None = None

    @property
    def section(self) -> str:
        return " > ".join(self.heading_path)


@dataclass
class Document:
    """A document ready for the engine, whichever source it came from."""

    path: str
    source: Literal["yaml", "pdf", "docx", "html", "markdown", "text"]
    kind: str
    cohort: str = "children"  # children | adults | all-age
    date: dt.date | None = None
    title: str | None = None
    #: For YAML: the validated declared model (``masa_check.declared.schema.Arrangements``).
    declared: Any = None
    #: For YAML: field path ("partners.local_authorities[0].name") -> 1-based line.
    lines: dict[str, int] = field(default_factory=dict)
    #: For PDF/DOCX: the blocks in reading order, furniture included but marked by role.
    blocks: list[Block] = field(default_factory=list)
    #: Facts stated about the document that decide applicability (e.g. guidance cited).
    guidance: str | None = None  # "wt2018" | "wt2023" | "wt2026" | None
    page_count: int | None = None
    notes: list[str] = field(default_factory=list)
    #: For PDF/DOCX: the date the document says it will be reviewed by, if stated.
    review_date: dt.date | None = None
    #: For PDF/DOCX: inferred facts (kind, cohort, date, title, guidance, review_date) and
    #: ``facts["evidence"][name]``, the text of the block each came from; ``kind_signals``
    #: (why the kind, one line a signal) and ``kind_source`` ("name" or "text").
    facts: dict[str, Any] = field(default_factory=dict)
    #: What the user calls the document (a partnership's name from ``--urls``), shown with its path.
    name: str | None = None

    def evidence_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.role in EVIDENCE_ROLES]
