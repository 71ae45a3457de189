"""Layout post-processing shared by the PDF and DOCX readers.

- running headers/footers and page numbers (line-level, needs positions: PDF);
- contents pages (``toc_entry``), heading levels from numbering, heading paths;
- :func:`non_evidence_section`, which the matcher calls to skip glossary/contents/links sections.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from masa_check.document import Block

# ---------------------------------------------------------------------------------------------
# Patterns

PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:page\s*[|:]?\s*)?(\d{1,4}|[ivxlcdm]{1,7})"
    r"(?:\s*(?:of|/)\s*\d{1,4})?\s*(?:[-–—])?\s*$",
    re.IGNORECASE,
)
# "Introduction ........ 3", "3.2 Funding<TAB>12", "Appendix G: Checklist … 31": see toc_match
CONTENTS_HEADING_RE = re.compile(
    r"^\s*(?:table\s+of\s+)?contents?\s*(?:page)?\s*:?\s*$|^\s*index\s*$|^\s*in\s+this\s+document\s*$",
    re.IGNORECASE,
)
# 3. / 3.2 / 3.2.1 / 3) ... heading numbering
NUMBERED_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,4})[.)]?\s+\S")
NAMED_SECTION_RE = re.compile(
    r"^\s*(section|part|chapter|appendix|annex|annexe|schedule)\s+([0-9]{1,3}|[A-Z]{1,2}|[ivxlc]{1,6})\b\s*[:.\-–—]?",
    re.IGNORECASE,
)

NON_EVIDENCE_HEADINGS = re.compile(
    r"\b(contents|glossary|abbreviations|acronyms|definitions?\s+of\s+terms|key\s+terms|"
    r"useful\s+(?:links|contacts|resources|websites|information)|further\s+(?:reading|information|resources)|"
    r"references|bibliography|sources\s+of\s+information|document\s+control|version\s+(?:control|history)|"
    r"revision\s+history|change\s+log|related\s+(?:documents|links|policies))\b",
    re.IGNORECASE,
)


_DIGITS = re.compile(r"\d+")
_ROMAN_END = re.compile(r"(^|\s)[ivxlc]{1,6}$")


def digits_key(text: str) -> str:
    """Key for repeated furniture: case- and whitespace-folded with digits (and roman page
    numbers at the ends) normalised, so "Page 3 of 20" and "Page 4 of 20" compare equal."""
    t = " ".join(text.casefold().split())
    t = _DIGITS.sub("#", t)
    return _ROMAN_END.sub(r"\1#", t)


def is_page_number(text: str) -> bool:
    return bool(PAGE_NUMBER_RE.match(text)) and len(text) < 30


_TRAIL_PAGE = re.compile(r"(?:^|(?<=[\s.…_·\-]))(\d{1,4}|[ivxlc]{1,6})$")
_LEADERS = re.compile(r"(?:[.·•_\-]\s*){3,}$|(?:…\s*)+$")
_GAP = re.compile(r"(?:\s{2,}|\t+\s*)$")


def toc_match(text: str) -> tuple[str, str] | None:
    """``(title, page)`` if the line looks like a contents entry with dot leaders / tab."""
    t = text.rstrip()
    if len(t) > 300 or not t or not (t[-1].isdigit() or t[-1] in "ivxlc"):
        return None
    m = _TRAIL_PAGE.search(t)
    if not m:
        return None
    page, head = m.group(1), t[: m.start()]
    leaders = _LEADERS.search(head.rstrip())
    if leaders:
        title = head.rstrip()[: leaders.start()].strip()
        if re.search(r"[A-Za-z]", title):
            return title, page
        return None
    if _GAP.search(head) and not head[:1].isdigit() and page.isdigit():
        title = head.strip()
        if re.search(r"[A-Za-z)]", title):
            return title, page
    return None


def is_contents_heading(text: str) -> bool:
    return bool(CONTENTS_HEADING_RE.match(text))


def heading_level_from_number(text: str) -> int | None:
    """Depth from a numbered heading: "3." → 1, "3.2" → 2, "3.2.1" → 3; "Section 5" → 1;
    "Appendix G" → 1. None when not numbered."""
    m = NUMBERED_RE.match(text)
    if m:
        return m.group(1).count(".") + 1
    if NAMED_SECTION_RE.match(text):
        return 1
    return None


def non_evidence_section(heading_path: Sequence[str]) -> bool:
    """True when the block sits in a section whose content is not evidence (contents, glossary,
    useful links / further reading, references, document control)."""
    for heading in heading_path:
        h = NAMED_SECTION_RE.sub("", heading, count=1)
        h = re.sub(r"^\s*\d+(?:\.\d+)*[.)]?\s*", "", h)
        if len(h) > 80:
            continue
        if NON_EVIDENCE_HEADINGS.search(h):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Running headers / footers (line level)


@dataclass(slots=True)
class PositionedLine:
    """What running-furniture detection needs to know about a line."""

    page: int  # 1-based
    text: str
    top: float  # fraction of page height from the top of the page to the line's top
    bottom: float  # fraction of page height from the top to the line's bottom


def find_running_lines(
    lines: Sequence[PositionedLine],
    page_count: int,
    *,
    band: float = 0.11,
    min_share: float = 0.4,
) -> dict[int, str]:
    """Index → role (``running_header``, ``running_footer``, ``page_number``) for lines in the
    top/bottom band of a page that repeat (digits normalised) on most pages, or are page numbers.
    """
    roles: dict[int, str] = {}
    pages_with_key: dict[tuple[str, str], set[int]] = defaultdict(set)
    candidates: list[tuple[int, str, str]] = []
    for i, ln in enumerate(lines):
        if ln.top <= band:
            zone = "top"
        elif ln.bottom >= 1.0 - band:
            zone = "bottom"
        else:
            continue
        text = ln.text.strip()
        if not text:
            continue
        if is_page_number(text):
            roles[i] = "page_number"
            continue
        key = digits_key(text)
        pages_with_key[(zone, key)].add(ln.page)
        candidates.append((i, zone, key))
    if page_count >= 2:
        needed = max(2, int(min_share * page_count + 0.999))
        # Documents with a cover page: repeated on all but one or two pages.
        needed = min(needed, max(2, page_count - 2))
        for i, zone, key in candidates:
            if len(pages_with_key[(zone, key)]) >= needed:
                roles[i] = "running_header" if zone == "top" else "running_footer"
    return roles


def repeated_texts(texts_by_page: dict[int, list[str]], page_count: int, min_share: float = 0.5) -> set[str]:
    """Digit-normalised keys of texts repeated on at least ``min_share`` of pages."""
    counter: Counter[str] = Counter()
    for texts in texts_by_page.values():
        for key in {digits_key(t) for t in texts if t.strip()}:
            counter[key] += 1
    needed = max(2, int(min_share * page_count + 0.999))
    return {k for k, n in counter.items() if n >= needed}


# ---------------------------------------------------------------------------------------------
# Block-level structure


def mark_contents(blocks: list[Block]) -> None:
    """Contents entries → ``toc_entry``: every block under a "Contents" heading until the next
    heading that is not itself listed, and any run of ≥3 blocks that look like contents lines."""
    n = len(blocks)
    i = 0
    while i < n:
        b = blocks[i]
        if b.role in ("heading", "title", "paragraph") and is_contents_heading(b.text):
            b.role = "heading"
            if b.level is None:
                b.level = 1
            j = i + 1
            entries: list[str] = []
            while j < n:
                c = blocks[j]
                if c.role in ("running_header", "running_footer", "page_number", "footnote"):
                    j += 1
                    continue
                m = toc_match(c.text)
                if m or c.role == "toc_entry":
                    c.role = "toc_entry"
                    entries.append((m[0] if m else c.text).casefold())
                    j += 1
                    continue
                # a wrapped contents line: short text followed by a contents line
                if (
                    c.role in ("paragraph", "heading", "list_item")
                    and j + 1 < n
                    and toc_match(blocks[j + 1].text)
                    and len(c.text) < 150
                    and not c.text.rstrip().endswith(".")
                ):
                    c.role = "toc_entry"
                    j += 1
                    continue
                break
            i = j
            continue
        i += 1
    # Runs of contents-looking lines without a heading.
    run: list[int] = []
    for idx, b in enumerate([*blocks, None]):
        if b is not None and b.role in ("paragraph", "list_item", "heading", "toc_entry") and toc_match(b.text):
            run.append(idx)
            continue
        if b is not None and b.role in ("running_header", "running_footer", "page_number"):
            continue
        if len(run) >= 3:
            for k in run:
                blocks[k].role = "toc_entry"
        run = []


_RUN_IN_NUMBER = re.compile(r"^(?:\d{1,3}|\d{1,2}\.\d{1,2}|\d{1,3}[.)])$")
_MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[.,]?$", re.IGNORECASE)
_RUN_IN_SMALL = frozenset(
    ("a", "an", "and", "the", "of", "in", "on", "to", "for", "with", "by", "at", "from", "our", "your", "their")
    + ("its", "&", "-", "–", "—", "|", ".", ":", "...", "……")
)


def is_run_in_contents(text: str) -> bool:
    """A whole contents list run into one paragraph, as text extraction and web pages leave it:
    "2 Foreword 4 Our partners 6 What we did 9 Training", or with the numbers after the titles.
    Mostly capitalised title words and at least three entry numbers, with no sentence in it."""
    words = text.split()
    if len(words) < 6:
        return False
    # a number beside a month is a date ("1 April 2017 to 31 March 2018"), not an entry
    numbers = sum(
        1
        for k, w in enumerate(words)
        if _RUN_IN_NUMBER.match(w) and not any(_MONTH.match(words[j]) for j in (k - 1, k + 1) if 0 <= j < len(words))
    )
    lower = sum(1 for w in words if w[:1].islower() and w.lower() not in _RUN_IN_SMALL)
    sentences = len(re.findall(r"[a-z]{3,}\.(?:\s|$)", text))
    return numbers >= 3 and numbers * 8 >= len(words) and lower * 4 <= len(words) and sentences == 0


#: A numbered title line: "1.1 What is safeguarding?", "4. Ambition Three: citywide work", "ii. Foreword".
_NUMBERED_TITLE = re.compile(r"^\s*((?:[ivx]{1,4}|\d{1,2}(?:\.\d{1,2}){0,3}))[.)]?\s+[A-Z][^.!]{1,90}$")


def mark_numbered_contents(blocks: list[Block]) -> None:
    """A contents list without page numbers, as a web page gives it: a run of six or more short
    numbered title lines with sub-numbers among them ("1.", "1.1", "1.2", "2."), none a sentence.
    A numbered list of priorities has one level; a contents list nests."""
    run: list[tuple[int, int]] = []  # (block index, numbering depth)
    for idx, b in enumerate([*blocks, None]):
        m = _NUMBERED_TITLE.match(b.text) if b is not None and b.role in ("paragraph", "list_item") else None
        if m:
            run.append((idx, m.group(1).count(".")))
            continue
        if b is not None and b.role in ("running_header", "running_footer", "page_number"):
            continue
        if len(run) >= 6 and len({depth for _, depth in run}) >= 2:
            for k, _ in run:
                blocks[k].role = "toc_entry"
        run = []


def mark_run_in_contents(blocks: Iterable[Block]) -> None:
    for b in blocks:
        if b.role == "paragraph" and is_run_in_contents(b.text):
            b.role = "toc_entry"


def mark_table_headers(blocks: list[Block]) -> None:
    """A table's header row ("Area | Progress | Next steps") names the columns of the rows below
    it and states nothing about the partnership: ``table_header``, never quoted as evidence. Readers
    give each data row its header's cells; the row those cells come from is the header."""
    for k, b in enumerate(blocks[:-1]):
        if b.role != "table_row" or b.header_cells is not None or not b.cells:
            continue
        nxt = next((c for c in blocks[k + 1 : k + 4] if c.role == "table_row"), None)
        if nxt is not None and nxt.header_cells is not None and tuple(nxt.header_cells) == tuple(b.cells):
            b.role = "table_header"


def assign_heading_paths(blocks: list[Block]) -> None:
    """Give every block its heading path: a heading owns the blocks until the next heading of
    the same or higher level. Headings carry themselves as the last element of the path."""
    stack: list[tuple[int, str]] = []
    for b in blocks:
        if b.role == "heading":
            level = b.level or heading_level_from_number(b.text) or 1
            b.level = level
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, b.text.strip()))
            b.heading_path = tuple(t for _, t in stack)
        elif b.role in ("running_header", "running_footer", "page_number"):
            b.heading_path = ()
        else:
            b.heading_path = tuple(t for _, t in stack)


def mark_page_numbers(blocks: Iterable[Block]) -> None:
    for b in blocks:
        if b.role in ("paragraph", "list_item") and is_page_number(b.text) and len(b.text.strip()) <= 12:
            b.role = "page_number"


def single_top_heading_as_title(blocks: list[Block]) -> None:
    """A web page's or markdown file's one ``h1`` / ``#``, before any other heading, is its title
    (as a DOCX's Title style or a PDF's cover line is), not a section every other one sits in."""
    headings = [b for b in blocks if b.role in ("heading", "title")]
    if not headings or headings[0].role != "heading" or headings[0].level != 1:
        return
    if any(b.role == "title" or b.level == 1 for b in headings[1:]):
        return
    headings[0].role, headings[0].level = "title", None


#: A paragraph repeated word for word this often is furniture (a running header a converter
#: flattened into the text, a web page's repeated banner), not something the document says.
REPEATED_MIN_COUNT = 3
REPEATED_MIN_WORDS = 6


def mark_repeated_paragraphs(blocks: Sequence[Block]) -> None:
    """Body paragraphs that recur become ``running_header``: word for word
    ``REPEATED_MIN_COUNT`` times or more, or twice with only a number changed ("Page 1: …",
    "Page 2: …", a header carrying its page number). Readers without page positions (text,
    markdown, flattened PDFs) cannot see a header band; repetition is what gives it away. A
    paragraph repeated verbatim only twice may be a summary restated, so it stays; short lines
    are left alone ("Yes" or a partner's name in many table rows is content)."""
    groups: dict[str, list[Block]] = {}
    for b in blocks:
        if b.role in ("paragraph", "list_item") and len(b.text.split()) >= REPEATED_MIN_WORDS:
            groups.setdefault(digits_key(b.text), []).append(b)
    for members in groups.values():
        renumbered = len({" ".join(m.text.split()) for m in members}) > 1
        if len(members) >= REPEATED_MIN_COUNT or (len(members) == 2 and renumbered):
            for m in members:
                m.role = "running_header"


def apply_structure(blocks: list[Block]) -> list[Block]:
    """Contents, page numbers and heading paths, in place; returns the same list."""
    mark_page_numbers(blocks)
    mark_repeated_paragraphs(blocks)
    mark_contents(blocks)
    mark_run_in_contents(blocks)
    mark_numbered_contents(blocks)
    mark_table_headers(blocks)
    assign_heading_paths(blocks)
    return blocks


def empty_headings(blocks: Sequence[Block]) -> set[int]:
    """Indices of headings with no evidence block under them (before the next heading of the same
    or higher level). They stay headings; the matcher may discount them."""
    out: set[int] = set()
    for i, b in enumerate(blocks):
        if b.role != "heading":
            continue
        level = b.level or 1
        has_body = False
        for c in blocks[i + 1 :]:
            if c.role == "heading" and (c.level or 1) <= level:
                break
            if c.role in ("paragraph", "list_item", "table_row"):
                has_body = True
                break
        if not has_body:
            out.add(i)
    return out
