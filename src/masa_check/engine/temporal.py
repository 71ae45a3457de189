"""Facets about time: superseded names used as current, and dates read from published text.

``superseded`` facets (the currency pack) work on both sources: a declared file's text values
and a published document's body sentences are searched for bodies that no longer exist
("CCG" after July 2022) used as if current. ``text_dates`` facets read a date or a reporting
period from the sentences a concept search finds and check it against the run date, the
document's date or the financial year.

Term syntax is the packs' own: lower case, ``*`` ends a prefix, ``re:`` starts a regular
expression (matched case-sensitively on the original text).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from masa_check.document import Document
from masa_check.engine import stance
from masa_check.engine.declared_checks import (
    Context,
    Outcome,
    add_months,
    contiguity_gap,
    financial_year_of,
    fy_label,
    previous_financial_year,
)
from masa_check.engine.packs import Facet, SupersededTerm, TextDates
from masa_check.engine.qualifiers import is_deferral
from masa_check.engine.terms import _required_literals
from masa_check.engine.text_index import REPORT_KINDS
from masa_check.results import Evidence
from masa_check.sources.year_spans import year_spans

# --- Terms and sentences -----------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _compile(term: str) -> re.Pattern[str]:
    if term.startswith("re:"):
        return re.compile(term[3:])
    word = term.rstrip("*")
    tail = r"[\w'’-]*" if term.endswith("*") else r"(?![\w])"
    return re.compile(r"(?<![\w])" + re.escape(word).replace(r"\ ", r"[\s-]+") + tail, re.IGNORECASE)


def _normal(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")


def term_search(terms: list[str], text: str) -> re.Match[str] | None:
    text = _normal(text)
    for term in terms:
        m = _compile(term).search(text)
        if m:
            return m
    return None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'‘“])")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _body_sentences(doc: Document) -> list[tuple[Any, str]]:
    """(block, sentence) for every evidence sentence, split once per document and kept on it."""
    key = (id(doc.blocks), len(doc.blocks))
    cached = doc.__dict__.get("_masa_body_sentences")
    if cached is not None and cached[0] == key:
        return cached[1]
    out: list[tuple[Any, str]] = []
    for block in doc.evidence_blocks():
        if block.role == "table_row" and block.cells:
            out.append((block, " | ".join(c for c in block.cells if c)))
            continue
        out.extend((block, sentence) for sentence in sentences(block.text))
    doc.__dict__["_masa_body_sentences"] = (key, out, {})
    return out


def _sentences_with(doc: Document, terms: list[str]) -> set[int]:
    """Indexes into :func:`_body_sentences` of the sentences where one of ``terms`` occurs:
    the sentences holding what every match must contain (a plain term's first word; a ``re:``
    term's required literals, when it has any) are found by substring search of the joined
    text and confirmed by the pattern; other ``re:`` terms are tried on every sentence."""
    body = _body_sentences(doc)
    memo = doc.__dict__["_masa_body_sentences"][2]
    if "joined" not in memo:
        normal = [_normal(s).replace("\0", " ") for _, s in body]
        starts, pos = [], 0
        for text in normal:
            starts.append(pos)
            pos += len(text) + 1
        memo["joined"] = ("\0".join(normal), starts, normal)
    joined, starts, normal = memo["joined"]
    out: set[int] = set()
    for term in terms:
        if ("term", term) not in memo:
            pattern = _compile(term)
            if "lower" not in memo:
                low = joined.lower()
                memo["lower"] = low if len(low) == len(joined) else None
            if term.startswith("re:"):
                needles, fold = _required_literals(term[3:])
            else:  # every match holds the term's first word, in some case
                needles, fold = (term.rstrip("*").split() or [""])[:1], True
                needles = tuple(n.lower() for n in needles if n)
            text = memo["lower"] if fold else joined
            if text is None or not needles:
                maybe: set[int] = set(range(len(normal)))
            else:
                maybe = set()
                for needle in needles:
                    pos = text.find(needle)
                    while pos != -1:
                        sid = bisect.bisect_right(starts, pos) - 1
                        maybe.add(sid)
                        pos = text.find(needle, starts[sid + 1]) if sid + 1 < len(starts) else -1
            found = {i for i in maybe if pattern.search(normal[i])}
            memo[("term", term)] = found
        out |= memo[("term", term)]
    return out


def _evidence(block, sentence: str) -> Evidence:
    quote = sentence if len(sentence) <= 300 else sentence[:297] + "..."
    return Evidence(quote=quote, page=block.page, section=block.section or None, url=block.url)


# --- Superseded names --------------------------------------------------------------------------

#: Wording that places a mention in the past ("formerly the CCG", "replaced the LSCB in 2019").
HISTORIC = stance.pattern("history.superseded_context")  # in stance.yaml, with its test sentences
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _historic(sentence: str, term: SupersededTerm) -> bool:
    if HISTORIC.search(sentence):
        return True
    return term.years_are_history and any(int(y) <= term.after.year for y in _YEAR.findall(sentence))


def _declared_texts(value: Any, at: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield at, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if name == "waivers":
                continue
            yield from _declared_texts(getattr(value, name), f"{at}.{name}" if at else name)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _declared_texts(item, f"{at}[{i}]")


def _line(doc: Document, at: str) -> int | None:
    while at:
        if at in doc.lines:
            return doc.lines[at]
        cut = max(at.rfind("."), at.rfind("["))
        at = at[:cut] if cut > 0 else ""
    return None


def _as_written(term: SupersededTerm, sentence: str) -> str:
    """The superseded name as the sentence writes it, for the message: the span of the term's
    matches that overlap the first one ("NHS Frimley" and "Frimley ICB" give "NHS Frimley ICB"),
    rather than the pack's "frimley icb"."""
    text = _normal(sentence)
    spans = sorted(m.span() for t in term.terms if (m := _compile(t).search(text)))
    if not spans:
        return term.name or term.terms[0].rstrip("*")
    start, end = spans[0]
    for lo, hi in spans[1:]:
        if lo <= end:
            end = max(end, hi)
    return " ".join(text[start:end].split())


def evaluate_superseded(doc: Document, facet: Facet, ctx: Context) -> Outcome:
    """Met when no superseded term is used as current after its date; else the sentences."""
    ref = doc.date or ctx.as_of
    when = f"a document dated {doc.date.isoformat()}" if doc.date else f"an undated document (as of {ctx.as_of})"
    due = [t for t in facet.superseded if ref >= t.after]
    hits: list[tuple[SupersededTerm, Evidence]] = []
    if doc.source == "yaml":
        for at, text in _declared_texts(doc.declared):
            for term in due:
                for sentence in sentences(text):
                    if term_search(term.terms, sentence) and not _historic(sentence, term):
                        hits.append((term, Evidence(path=at, line=_line(doc, at), quote=sentence[:300])))
                        break
    else:
        body = _body_sentences(doc)
        found = [_sentences_with(doc, term.terms) for term in due]
        for i in sorted(set().union(*found)):
            block, sentence = body[i]
            for term, where in zip(due, found, strict=True):
                if i in where and not _historic(sentence, term):
                    hits.append((term, _evidence(block, sentence)))
    if hits:
        stale = []
        for term, evidence in hits:
            name = _as_written(term, evidence.quote or "")
            note = f"'{name}' named as current in {when}: replaced by {term.now} from {term.after}"
            if note not in stale:
                stale.append(note)
        return Outcome("missing", [e for _, e in hits[:5]], "; ".join(stale))
    if doc.source == "yaml":
        at = "published" if doc.date else "partnership.name"
        basis = Evidence(path=at, line=_line(doc, at), quote=f"no superseded body named as current in {when}")
    else:
        basis = Evidence(quote=f"no superseded body named as current in {when}")
    return Outcome("met", [basis])


# --- Dates in text -------------------------------------------------------------------------------

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MON = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_Y = r"((?:19|20)\d\d)"
_FULL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r",?\s+" + _Y + r"\b", re.I)
_MONTH_YEAR = re.compile(r"\b" + _MON + r",?\s+" + _Y + r"\b", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]" + _Y + r"\b")
_ISO = re.compile(r"\b" + _Y + r"-(\d{2})-(\d{2})\b")


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def dates_in(text: str) -> list[tuple[int, int, dt.date, bool]]:
    """(start, end, date, month-only) for each date in the text, in order."""
    text = _normal(text)
    found: list[tuple[int, int, dt.date, bool]] = []
    spans: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return not any(m.start() < e and s < m.end() for s, e in spans)

    for m in _FULL.finditer(text):
        if (d := _date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))) is not None:
            found.append((*m.span(), d, False))
            spans.append(m.span())
    for m in _ISO.finditer(text):
        if (d := _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))) is not None:
            found.append((*m.span(), d, False))
            spans.append(m.span())
    for m in _NUMERIC.finditer(text):
        if free(m) and (d := _date(int(m.group(3)), int(m.group(2)), int(m.group(1)))) is not None:
            found.append((*m.span(), d, False))
            spans.append(m.span())
    for m in _MONTH_YEAR.finditer(text):
        if free(m):
            found.append((*m.span(), dt.date(int(m.group(2)), _MONTHS[m.group(1).lower()], 1), True))
            spans.append(m.span())
    return sorted(found)


def _month_end(d: dt.date) -> dt.date:
    return dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


_JOIN = re.compile(r"\s*(?:-|to|until|till|through|and)\s*", re.IGNORECASE)


#: A year span that names another document ("Business Plan 2022-24", "our strategy for 2023-2026"):
#: in a report it is that plan's period, not the report's own.
_OTHER_DOCUMENT = re.compile(
    r"\b(?:plan|plans|strategy|strategies|priorities|framework|programme)\s+(?:for\s+|of\s+)?(?:the\s+)?(?:years?\s+)?\(?\s*$",
    re.IGNORECASE,
)


def periods_in(text: str, other_documents: bool = True) -> list[tuple[dt.date, dt.date]]:
    """Reporting periods: two dates joined by to/until/-, or a financial-year label '2024/25'
    (``other_documents=False``: not a year span that names a plan or strategy)."""
    out: list[tuple[dt.date, dt.date]] = []
    found = dates_in(text)
    norm = _normal(text)
    for (_s1, e1, d1, _m1), (s2, _e2, d2, m2) in zip(found, found[1:], strict=False):
        if _JOIN.fullmatch(norm[e1:s2]) and d2 > d1:
            out.append((d1, _month_end(d2) if m2 else d2))
    for m, first, second in year_spans(norm):
        if not other_documents and _OTHER_DOCUMENT.search(norm[max(0, m.start() - 60) : m.start()]):
            continue
        if first < second <= first + 5:  # '2024/25', or a multi-year plan '2023-2026'
            out.append((dt.date(first, 4, 1), dt.date(second, 3, 31)))
    return out


def _candidates(doc: Document, spec: TextDates) -> list[tuple[Any, str]]:
    body = _body_sentences(doc)
    groups = [_sentences_with(doc, g) for g in spec.all]
    headed: dict[tuple[str, ...], bool] = {}
    out = []
    for i, (block, sentence) in enumerate(body):
        heading_hit = False
        if spec.heading:
            path = tuple(block.heading_path)
            if path not in headed:
                headed[path] = any(term_search(spec.heading, h) for h in path)
            heading_hit = headed[path]
        need = groups[1:] if heading_hit and groups else groups
        if not need and not heading_hit:
            continue
        if all(i in g for g in need):
            out.append((block, sentence))
    return out


def _own_period(doc: Document, skip: set[str]) -> tuple[Any, str, tuple[dt.date, dt.date]] | None:
    """The document's own reporting period: the period (5 to 26 months) its sentences give most often
    (the earliest sentence first), leaving out the sentences in ``skip``."""
    seen: dict[tuple[dt.date, dt.date], list[tuple[Any, str]]] = {}
    for block, sentence in _body_sentences(doc):
        if sentence in skip or is_deferral(sentence):
            continue
        for p in periods_in(sentence, other_documents=False):
            if 150 <= (p[1] - p[0]).days <= 800:
                seen.setdefault(p, []).append((block, sentence))
    if not seen:
        return None
    period = max(seen, key=lambda p: len(seen[p]))
    block, sentence = seen[period][0]
    return block, sentence, period


def _follows_previous(doc: Document, cands: list[tuple[Any, str]]) -> Outcome:
    own = _own_period(doc, {s for _, s in cands})
    if own is None:
        return Outcome("ambiguous", [_evidence(b, s) for b, s in cands[:1]], "this report's own period is not stated")
    block, sentence, (start, end) = own
    ends = []  # the previous report's end: dates in its sentences other than this report's own
    for b, s in cands:
        found = [p[1] for p in periods_in(s) if p != (start, end)]
        found += [(_month_end(d) if month else d) for _, _, d, month in dates_in(s)]
        found = [d for d in found if d not in (start, end)]
        if found:
            ends.append((max(found), b, s))
    if not ends:
        return Outcome(
            "ambiguous", [_evidence(b, s) for b, s in cands[:1]], "the previous report is named without its dates"
        )
    previous_end, pb, ps = min(ends, key=lambda e: abs((start - e[0]).days))
    evidence = [_evidence(block, sentence), _evidence(pb, ps)]
    gap = contiguity_gap(start, previous_end)
    if gap is None:
        return Outcome("met", evidence)
    return Outcome("missing", evidence, f"starts {start}; the previous report ended {previous_end}: {gap}")


#: The report says it is the first under the arrangements: there is no earlier report to follow.
_FIRST_REPORT = re.compile(
    r"\bfirst (?:ever )?(?:annual|yearly) report\b"
    r"|\bfirst report (?:of|under|since|from) (?:the |our )?(?:new )?(?:safeguarding )?(?:children )?"
    r"(?:arrangements|partnership)\b",
    re.I,
)


def _dated_period(doc: Document, period: tuple[dt.date, dt.date]) -> tuple[Any, str] | None:
    """A body sentence giving ``period`` with its dates ("1 April 2019 to 31 March 2020"), not
    only a year label."""
    for block, sentence in _body_sentences(doc):
        if dates_in(sentence) and period in periods_in(sentence):
            return block, sentence
    return None


def _first_report(doc: Document) -> Outcome | None:
    """'This is the first annual report of the partnership': its period follows no earlier one
    (the catalogue's gap is between two reports). A sentence about another body's first report
    ("the scrutineer's first report") or a plan ("our first report will") does not count."""
    for block, sentence in _body_sentences(doc):
        if _FIRST_REPORT.search(sentence) and not is_deferral(sentence) and not re.search(r"\bwill\b", sentence):
            return Outcome("met", [_evidence(block, sentence)], "the first report: no earlier report to follow")
    return None


#: The plan's period carried on to a later end ("now runs on to March 2026",
#: "will now run to 31 March 2026").
_EXTENDED = re.compile(
    r"\b(?:extend(?:ed|s)?|rolled (?:forward|over)|(?:now |will )?(?:run|runs|last|lasts|remain in place|continue))"
    r"\s+(?:\w+\s+){0,3}?(?:to|until|till|through)\b",
    re.I,
)


def _extended_to(cands: list[tuple[Any, str]], fy_end: dt.date) -> Outcome | None:
    """A sentence about the plan saying its period now runs to a date on or after the end of
    the current financial year: the plan covers it (a refreshed, extended plan)."""
    for block, sentence in cands:
        m = _EXTENDED.search(sentence)
        if not m:
            continue
        rest = sentence[m.end() :]
        ends = [(_month_end(d) if month_only else d) for _, _, d, month_only in dates_in(rest)]
        # "extended to 2028": a year alone is read as the end of March that year (the earliest
        # end it can mean for a plan by financial years)
        bare = _BARE_YEAR.match(rest)
        if not ends and bare:
            ends = [dt.date(int(bare.group(1)), 3, 31)]
        if any(end >= fy_end for end in ends):
            return Outcome("met", [_evidence(block, sentence)], "the plan was extended to cover the year")
    return None


_BARE_YEAR = re.compile(r"\s*(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b(?![/-]\d)")


def evaluate_text_dates(doc: Document, spec: TextDates, ctx: Context) -> Outcome:
    cands = _candidates(doc, spec)
    looked = "sentences about " + ", ".join(g[0].rstrip("*") for g in spec.all[:2]) if spec.all else "the text"
    if spec.check == "follows_previous":
        # the first report, its period given by its dates (a "2019-20" label alone leaves the
        # start open): no earlier report to follow
        own = _own_period(doc, set())
        dated = _dated_period(doc, own[2]) if own is not None else None
        first = _first_report(doc) if dated is not None else None
        if first is not None:
            return Outcome("met", [*first.evidence, _evidence(*dated)], first.detail)
        if not cands:  # silence is no gap, but no evidence either: the catalogue asks for the previous period
            return Outcome(
                "missing",
                detail="the previous report is not mentioned, so the report does not show it follows without a gap",
            )
        return _follows_previous(doc, cands)
    if not cands:
        return Outcome("missing", detail=f"no date found in {looked}")
    firm = [(b, s) for b, s in cands if not is_deferral(s)]
    if spec.check == "not_passed":
        dated = [(b, s, d, m) for b, s in firm for _, _, d, m in dates_in(s)]
        if not dated:
            return Outcome("intent", [_evidence(b, s) for b, s in cands[:2]], f"no date given in {looked}")
        b, s, d, month_only = max(dated, key=lambda x: x[2])
        last = _month_end(d) if month_only else d
        if last >= ctx.as_of:
            return Outcome("met", [_evidence(b, s)])
        return Outcome("missing", [_evidence(b, s)], f"date {last.isoformat()} has passed (as of {ctx.as_of})")
    # a report's own period, not a plan's it names; a plan's own period is what a plan's rule reads
    report = doc.kind in REPORT_KINDS
    periods = [(b, s, p) for b, s in firm for p in periods_in(s, other_documents=not report)]
    if not periods:
        return Outcome("intent", [_evidence(b, s) for b, s in cands[:2]], f"no reporting period given in {looked}")
    if spec.check == "previous_financial_year":
        ref = doc.date or ctx.as_of
        want = previous_financial_year(ref)
        for b, s, p in periods:
            if p == want:
                return Outcome("met", [_evidence(b, s)])
        b, s, p = periods[0]
        return Outcome(
            "missing",
            [_evidence(b, s)],
            f"period {p[0]} to {p[1]} is not the previous financial year "
            f"{fy_label(want[0])} ({'published ' + str(doc.date) if doc.date else 'as of ' + str(ref)})",
        )
    if spec.check == "covers_current_financial_year":
        fy_start, fy_end = financial_year_of(ctx.as_of)
        for b, s, p in periods:
            if p[0] <= fy_start and p[1] >= fy_end:
                return Outcome("met", [_evidence(b, s)])
        extended = _extended_to(firm, fy_end)
        if extended is not None:
            return extended
        b, s, p = periods[0]
        return Outcome("missing", [_evidence(b, s)], f"period {p[0]} to {p[1]} does not cover {fy_label(fy_start)}")
    if spec.check == "period_max_months":
        months = int(spec.value or 12)
        b, s, p = periods[0]
        if p[1] < add_months(p[0], months):
            return Outcome("met", [_evidence(b, s)])
        return Outcome("missing", [_evidence(b, s)], f"period {p[0]} to {p[1]} is longer than {months} months")
    # published_by: only a date the document gives for its publication (or a declared one) counts;
    # a report that states none does not evidence the deadline (the catalogue's "looked and did not
    # find it"): an approval date, a launch or the year in its title is not publication
    published = doc.facts.get("published") if "published" in doc.facts else doc.date
    if published is None:
        return Outcome(
            "missing",
            [_evidence(b, s) for b, s, _ in periods[:1]],
            "no publication date is stated in the document; state it (or declare it) to check the deadline",
        )
    deadline_md = (ctx.settings.get(spec.setting) if spec.setting else None) or spec.value or "09-30"
    month, _, day = str(deadline_md).partition("-")
    end = max(p[1] for _, _, p in periods)
    deadline = dt.date(end.year, int(month), int(day))
    if deadline <= end:
        deadline = dt.date(end.year + 1, int(month), int(day))
    b, s, _ = periods[0]
    if published <= deadline:
        return Outcome("met", [_evidence(b, s)])
    return Outcome(
        "missing", [_evidence(b, s)], f"published {published.isoformat()}, after the deadline {deadline.isoformat()}"
    )
