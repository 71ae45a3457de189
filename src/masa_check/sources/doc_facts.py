"""Facts about a published document that decide which rules apply: kind, cohort, date, title,
guidance basis and review date — each with the text of the block it came from."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

from masa_check.document import Block
from masa_check.sources.doc_kind import BODY_BLOCKS, HEADINGS, KindVerdict, infer_kind
from masa_check.sources.year_spans import year_spans

FRONT_BLOCKS = 60  # "near the start": the cover, contents and first pages
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH_RE = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_YEAR = r"((?:19|20)\d\d)"

_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 29 June 2019 / 29th June 2019
    re.compile(r"(?<![\d.])\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r",?\s+" + _YEAR + r"\b", re.I),
    # June 29, 2019
    re.compile(r"\b" + _MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR + r"\b", re.I),
    # 29/06/2019, 29.06.2019, 29-06-2019
    re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-]" + _YEAR + r"\b"),
    # 2019-06-29
    re.compile(r"\b" + _YEAR + r"-(\d{2})-(\d{2})\b"),
    # June 2019
    re.compile(r"\b" + _MONTH_RE + r",?\s+" + _YEAR + r"\b", re.I),
)

_PUBLISHED_CUE = re.compile(
    r"\b(published|publication\s+date|date\s+of\s+publication|date\s+published|approved|approval\s+date|"
    r"date\s+approved|agreed|ratified|signed\s+off|effective\s+(?:from|date)|issued|issue\s+date|"
    r"version\s+date|date\s+of\s+issue|^date|document\s+date|last\s+(?:updated|reviewed|revised)|"
    r"updated|version\s+\d)",
    re.I,
)
_REVIEW_CUE = re.compile(
    r"\b(next\s+review|review\s+date|date\s+of\s+(?:next\s+)?review|to\s+be\s+reviewed|will\s+be\s+reviewed|"
    r"due\s+for\s+review|review\s+due|reviewed\s+(?:by|in|annually\s+in)|for\s+review\s+(?:in|by))\b",
    re.I,
)

_WT2023 = re.compile(
    r"working\s+together(?:\s+to\s+safeguard(?:ing)?\s+children)?[\s,:(\-–]*\(?\s*(?:december\s+)?2023|wt\s?2023|wt23\b",
    re.I,
)
#: Roles and bodies that exist only since Working Together 2023 (lead and delegated safeguarding
#: partners; Foundations, the renamed What Works Centre): a document that uses them follows it,
#: even when it does not cite it by name.
_WT2023_TERMS = re.compile(
    r"\blead\s+safeguarding\s+partners?\b|\bdelegated\s+safeguarding\s+partners?\b|\bLSPs\b|\bDSPs\b|"
    r"\bFoundations\b,?\s+(?:the\s+)?(?:what\s+works|national)",
    re.I,
)
_WT2026 = re.compile(
    r"working\s+together(?:\s+to\s+safeguard(?:ing)?\s+children)?[\s,:(\-–]*\(?\s*(?:march\s+)?2026|wt\s?2026|wt26\b",
    re.I,
)
_WT2018 = re.compile(
    r"working\s+together(?:\s+to\s+safeguard(?:ing)?\s+children)?[\s,:(\-–]*\(?\s*(?:july\s+)?2018|wt\s?2018|wt18\b",
    re.I,
)

_ADULTS = re.compile(
    r"safeguarding\s+adults?\s+(?:board|partnership)|\bSAB\b|care\s+act\s*(?:\(?2014\)?)?|adults?\s+(?:at\s+risk|with\s+care\s+and\s+support)",
    re.I,
)
_CHILDREN = re.compile(
    r"safeguarding\s+children|children\s+(?:and\s+young\s+people\s+)?safeguarding|children\s+act|working\s+together\s+to\s+safeguard\s+children|"
    r"\bLSCB\b|\bchild\s+safeguarding\s+practice\s+review",
    re.I,
)
_ALL_AGE_TITLE = re.compile(
    r"safeguarding\s+(?:people|everyone|communities)|all[\s\-]age|children\s+and\s+adults|adults\s+and\s+children|"
    r"safeguarding\s+partnership\s+board\b(?!.*children)",
    re.I,
)


def _mk_date(year: int, month: int, day: int | None) -> dt.date | None:
    if not 1900 <= year <= 2100:  # "31 December 9999" in a text is not a date of the document
        return None
    try:
        if day is None:
            return dt.date(year, month, 1)
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """First date in ``text``: full dates first, then "Month YYYY" (→ the 1st of the month)."""
    best: tuple[int, dt.date] | None = None
    for k, pattern in enumerate(_DATE_PATTERNS):
        for m in pattern.finditer(text):
            g = m.groups()
            if k == 0:
                d = _mk_date(int(g[2]), _MONTHS[g[1].lower().rstrip(".")], int(g[0]))
            elif k == 1:
                d = _mk_date(int(g[2]), _MONTHS[g[0].lower().rstrip(".")], int(g[1]))
            elif k == 2:
                d = _mk_date(int(g[2]), int(g[1]), int(g[0]))  # UK order
            elif k == 3:
                d = _mk_date(int(g[0]), int(g[1]), int(g[2]))
            else:
                d = _mk_date(int(g[1]), _MONTHS[g[0].lower().rstrip(".")], None)
            if d is not None and (best is None or m.start() < best[0]):
                best = (m.start(), d)
        if best is not None:
            return best[1]
    return None


def _text_blocks(blocks: Sequence[Block]) -> list[Block]:
    return [b for b in blocks if b.role not in ("running_header", "running_footer", "page_number") and b.text.strip()]


def infer_facts(blocks: Sequence[Block]) -> dict:
    """``{"kind", "cohort", "date", "title", "guidance", "review_date"}`` plus
    ``"evidence": {fact: block text}`` for every fact found."""
    textual = _text_blocks(blocks)
    front = [b for b in textual if b.role != "toc_entry"][:FRONT_BLOCKS]
    furniture = [b for b in blocks if b.role in ("running_header", "running_footer")]
    evidence: dict[str, str] = {}

    # Title: the title block, else the first heading on the first page.
    title_block = next((b for b in textual[:40] if b.role == "title"), None)
    if title_block is None:
        title_block = next((b for b in textual[:20] if b.role == "heading"), None)
    title = title_block.text if title_block else None
    if title:
        evidence["title"] = title

    # Text used to decide kind/cohort: title, first headings, running header, the first page.
    first_page = next((b.page for b in front if b.page is not None), None)
    cover = [
        b
        for b in front[:25]
        if b.role in ("title", "heading", "paragraph", "caption")
        and len(b.text) <= 150
        and (b.page == first_page if first_page is not None else True)
    ][:10]
    head_blocks = ([title_block] if title_block else []) + furniture[:4] + [b for b in cover if b is not title_block]
    verdict = _infer_kind(textual, title_block, furniture, cover)
    kind = verdict.kind
    if verdict.evidence:
        evidence["kind"] = verdict.evidence

    cohort, cohort_ev = _infer_cohort(textual, head_blocks, kind)
    if cohort_ev:
        evidence["cohort"] = cohort_ev

    date, date_ev = _infer_date(front, title)
    if date_ev:
        evidence["date"] = date_ev
    published, published_ev = _publication_date(front)
    if published_ev:
        evidence["published"] = published_ev

    period_end, period_ev = _report_year_end(front[:12], title)
    if period_ev:
        evidence["period_end"] = period_ev

    review_date = None
    for b in textual[: FRONT_BLOCKS * 2] + textual[-40:]:
        if _REVIEW_CUE.search(b.text):
            d = parse_date(b.text[_REVIEW_CUE.search(b.text).start() :])
            if d is not None:
                review_date = d
                evidence["review_date"] = b.text
                break

    guidance = None
    has26 = next((b for b in textual if _WT2026.search(b.text)), None)
    has23 = next((b for b in textual if _WT2023.search(b.text)), None)
    has18 = next((b for b in textual if _WT2018.search(b.text)), None)
    if has23 is None and has18 is None:
        has23 = next((b for b in textual if b.role != "toc_entry" and _WT2023_TERMS.search(b.text)), None)
    if has26 is not None:
        guidance = "wt2026"
        evidence["guidance"] = has26.text
    elif has23 is not None:
        guidance = "wt2023"
        evidence["guidance"] = has23.text
    elif has18 is not None:
        guidance = "wt2018"
        evidence["guidance"] = has18.text

    return {
        "kind": kind,
        "cohort": cohort,
        "date": date,
        "published": published,
        "title": title,
        "guidance": guidance,
        "review_date": review_date,
        "period_end": period_end,
        "evidence": evidence,
        # why the kind: one line a deciding signal, and whether the name or the text decided
        "kind_signals": verdict.signals,
        "kind_source": verdict.source,
        "kind_family": verdict.family,
        "kind_genre": verdict.genre,
    }


#: A short unnumbered line that can be a document's name ("Business Plan 2018 - 2020"), not a
#: section's ("1. Introduction", "Who we are").
_NAME_LINE = re.compile(
    r"^(?!\d)[^.?!]{0,60}\b(?:plan|report|strategy|arrangements|terms of reference|constitution)\b[^.?!]{0,30}$", re.I
)


def _name_texts(title_block: Block | None, furniture: Sequence[Block], cover: Sequence[Block]) -> list[str]:
    """What the document calls itself, title first: running headers, the short cover lines that
    are not sentences ("Annual Report", "Period: 2023 to 2024") and, with no title, the cover
    headings (under a title, a cover heading is the first section's)."""
    names = [title_block.text] if title_block else []
    names += [b.text for b in furniture[:4]]
    headings = [b for b in cover if b.role in ("title", "heading") and b is not title_block]
    if title_block is None:
        names += [b.text for b in headings][:2]
    elif headings and _NAME_LINE.match(headings[0].text):
        # a cover whose title is the Board's name and whose first heading names the document
        # ("Kelby Safeguarding Adults Board" / "Business Plan 2025 - 2027")
        names.append(headings[0].text)
    names += [
        b.text
        for b in cover
        if b is not title_block
        and b.role in ("paragraph", "caption")
        and len(b.text) <= 80
        and not b.text.endswith(".")
    ][:4]
    return list(dict.fromkeys(names))


_LEADER = re.compile(r"[\s.·…_]*\d+\s*$")


def _infer_kind(
    textual: Sequence[Block], title_block: Block | None, furniture: Sequence[Block], cover: Sequence[Block]
) -> KindVerdict:
    """Kind from the whole document: its name, its section headings (and contents entries)
    and its opening text; see :mod:`masa_check.sources.doc_kind`."""
    headings = [b.text for b in textual if b.role == "heading" and b is not title_block][:HEADINGS]
    headings += [_LEADER.sub("", b.text) for b in textual[: FRONT_BLOCKS * 4] if b.role == "toc_entry"][:HEADINGS]
    body: list[str] = []
    for b in textual:
        if b.role not in ("title", "heading", "toc_entry"):
            body.append(b.text)
            if len(body) == BODY_BLOCKS:
                break
    return infer_kind(_name_texts(title_block, furniture, cover), headings, body)


def _infer_cohort(textual: Sequence[Block], head_blocks: Sequence[Block], kind: str | None) -> tuple[str, str | None]:
    if kind and kind.startswith("sab-"):
        return "adults", None
    head = " ".join(b.text for b in head_blocks)
    m = _ALL_AGE_TITLE.search(head)
    if m:
        return "all-age", next((b.text for b in head_blocks if _ALL_AGE_TITLE.search(b.text)), None)
    # A section (heading) on the Safeguarding Adults Board / adults' arrangements, plus children's.
    adults_heading = next(
        (
            b
            for b in textual
            if b.role == "heading"
            and re.search(
                r"safeguarding\s+adults?|adults?\s+safeguarding|safeguarding\s+adult\s+(?:board|partnership)",
                b.text,
                re.I,
            )
        ),
        None,
    )
    adults_mentions = sum(1 for b in textual if _ADULTS.search(b.text))
    children_mentions = sum(1 for b in textual if _CHILDREN.search(b.text))
    if adults_heading is not None and children_mentions:
        return "all-age", adults_heading.text
    if adults_mentions >= 5 and children_mentions >= 5 and adults_mentions >= 0.4 * children_mentions:
        ev = next((b.text for b in textual if _ADULTS.search(b.text)), None)
        return "all-age", ev
    return "children", None


#: Wording that dates the publication itself. Approval ("agreed by the board on ..."), an update,
#: a launch or the year in a title date something else: a deadline for publishing is not
#: evidenced by them.
_PUBLICATION_CUE = re.compile(
    r"\b(?:published(?:\s+(?:on|in))?|publication\s+date|date\s+of\s+publication|date\s+published|"
    r"first\s+published|issued(?:\s+(?:on|in))?|issue\s+date|date\s+of\s+issue)\b",
    re.I,
)


#: A cover line that is only a date ("September 2025", "12 November 2025", "12/11/2025").
_BARE_DATE = re.compile(
    r"^\s*(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d"
    r"|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d)\s*$",
    re.I,
)


def _report_year_end(front: Sequence[Block], title: str | None) -> tuple[dt.date | None, str | None]:
    """The end (31 March) of the one financial year the title or cover names ("Annual Report
    2023-24", "presenting the report on 2023-2024"): a report on that year cannot have
    been written before it ended, whatever other dates its cover shows."""
    texts = ([title] if title else []) + [b.text for b in front if b.role != "toc_entry"]
    for text in texts:
        for _, first, second in year_spans(text):
            if second == first + 1:
                return dt.date(second, 3, 31), text
    return None, None


def _publication_date(front: Sequence[Block]) -> tuple[dt.date | None, str | None]:
    """The date the document says it was published, or a bare date on its cover; else None."""
    for b in front:
        m = _PUBLICATION_CUE.search(b.text)
        if m and not re.search(r"\b(?:will|to)\s+be\s+$", b.text[max(0, m.start() - 12) : m.start()]):
            d = parse_date(b.text[m.start() :])
            if d is not None:
                return d, b.text
    for b in front[:12]:
        if b.role != "toc_entry" and _BARE_DATE.match(b.text):
            return parse_date(b.text), b.text
    return None, None


def _infer_date(front: Sequence[Block], title: str | None) -> tuple[dt.date | None, str | None]:
    # 1. a date next to a publication/approval cue
    for b in front:
        m = _PUBLISHED_CUE.search(b.text)
        if m and not _REVIEW_CUE.search(b.text[max(0, m.start() - 20) : m.end() + 20]):
            d = parse_date(b.text[m.start() :]) or parse_date(b.text)
            if d is not None:
                return d, b.text
    # 2. a short block that is just a date on the cover
    for b in front[:12]:
        if len(b.text) <= 40 and not _REVIEW_CUE.search(b.text):
            d = parse_date(b.text)
            if d is not None:
                return d, b.text
    # 3. the year in the title
    if title:
        years = re.findall(r"\b((?:19|20)\d\d)\b", title)
        if years:
            return dt.date(int(years[0]), 1, 1), title
    return None, None
