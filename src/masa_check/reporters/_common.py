"""Small helpers shared by the reporters: labels, counts, evidence text, cell safety.

Reporters render a RunResult only; nothing here reads an input document.
"""

from __future__ import annotations

import re

from masa_check.results import (
    RAG,
    STATUSES,
    DocumentResult,
    Evidence,
    Result,
    summarise,
)

#: Statuses that block at the rule's strength (design: exit codes).
BLOCKING = frozenset({"fail", "partial", "error"})
#: Statuses shown as a gap to a reader: everything that is neither a pass nor out of scope.
#: An advisory result is a gap to prepare for when its verdict would not be a pass (is_gap).
GAP_STATUSES = frozenset({"partial", "fail", "error", "needs_review", "waived"})

STATUS_LABEL = {
    "pass": "Pass",
    "partial": "Partial",
    "fail": "Fail",
    "needs_review": "Needs review",
    "not_applicable": "Not applicable",
    "waived": "Waived",
    "advisory": "Advisory",
    "error": "Error",
}

#: The word that goes with each RAG colour, so colour is never the only signal.
RAG_WORD = {
    "green": "Green",
    "amber": "Amber",
    "red": "Red",
    "grey": "Grey",
    "none": "N/A",
}

#: Background colours (hex, no '#') used by HTML, DOCX and XLSX for each RAG word.
RAG_FILL = {
    "Green": "C6EFCE",
    "Amber": "FFEB9C",
    "Red": "FFC7CE",
    "Grey": "D9D9D9",
    "N/A": "F2F2F2",
    "Waived": "DDEBF7",
    "Advisory": "E4DFEC",
}

#: What a spreadsheet would treat as the start of a formula (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Characters XML 1.0 forbids (DOCX, XLSX and JUnit are XML underneath).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: A lone surrogate (an undecodable file name): XML cannot hold one; shown as its escape.
_SURROGATE = re.compile("[\ud800-\udfff]")


def doc_label(doc: DocumentResult) -> str:
    """How a reader knows the document: its path, with the name given for it (``--urls``)."""
    return f"{doc.name} ({doc.path})" if doc.name else doc.path


def rag_word(result: Result) -> str:
    """Green/Amber/Red/Grey/N/A, or Waived / Advisory for those results (each its own colour)."""
    if result.status == "waived":
        return "Waived"
    if result.status == "advisory":
        return "Advisory"
    return RAG_WORD[RAG[result.status]]


def status_text(result: Result) -> str:
    """The status as a reader sees it, e.g. 'Waived (was Fail)', 'Advisory (would be Partial)'."""
    label = STATUS_LABEL[result.status]
    if result.status == "waived" and result.underlying_status:
        label += f" (was {STATUS_LABEL[result.underlying_status]})"
    if result.status == "advisory" and result.underlying_status:
        label += f" (would be {STATUS_LABEL[result.underlying_status]})"
    return label


def not_yet_in_force(result: Result) -> str:
    """'not in force until 2027-10-01' / 'not yet in force (no commencement day set)' for an
    advisory result; '' otherwise."""
    if result.status != "advisory":
        return ""
    if result.in_force_from:
        return f"not in force until {result.in_force_from}"
    return "not yet in force (no commencement day set)"


def counts(doc: DocumentResult) -> dict[str, int]:
    """Counts recomputed from the results, so outputs always agree with what they list."""
    return summarise(doc.results)


def applicable(doc: DocumentResult) -> int:
    """Denominator for 'N of M pass': every evaluated rule whose condition held and that is in
    force (an advisory rule is not yet binding: shown, but in no denominator)."""
    c = counts(doc)
    return len(doc.results) - c["not_applicable"] - c["advisory"]


def summary_sentence(doc: DocumentResult) -> str:
    """'12 of 15 applicable rules pass; 2 partial, 1 fail; 1 not applicable.'"""
    c = counts(doc)
    head = f"{c['pass']} of {applicable(doc)} applicable rules pass"
    others = [
        f"{c[s]} {STATUS_LABEL[s].lower()}"
        for s in STATUSES
        if s not in ("pass", "not_applicable", "advisory") and c[s]
    ]
    if c["advisory"]:
        others.append(f"{c['advisory']} advisory (not yet in force)")
    tail = f"; {c['not_applicable']} not applicable" if c["not_applicable"] else ""
    return head + (f"; {', '.join(others)}" if others else "") + tail + "."


def is_gap(result: Result) -> bool:
    if result.status == "advisory":  # something to prepare for, unless it would already pass
        return result.underlying_status not in ("pass", "not_applicable")
    return result.status in GAP_STATUSES


def where(ev: Evidence) -> str:
    """'p. 12, 10. Funding', 'page.html#funding, Funding' (a web page has no page numbers),
    'https://…/report.pdf p. 3, Funding' (a PDF linked from a site) or 'line 14, board.chair' —
    where a piece of evidence sits."""
    parts = []
    if ev.page is not None:
        parts.append(f"{ev.url} p. {ev.page}" if ev.url else f"p. {ev.page}")
    elif ev.url:
        parts.append(ev.url)
    if ev.line is not None:
        parts.append(f"line {ev.line}")
    if ev.section:
        parts.append(ev.section)
    if ev.path:
        parts.append(ev.path)
    return ", ".join(parts)


def evidence_text(ev: Evidence) -> str:
    """One line: the quote in quotation marks, then where it is."""
    loc = where(ev)
    quote = f"\u201c{ev.quote}\u201d" if ev.quote else ""
    if quote and loc:
        return f"{quote} ({loc})"
    return quote or loc


def pages(result: Result) -> list[int]:
    return sorted({ev.page for ev in result.evidence if ev.page is not None})


def urls(result: Result) -> list[str]:
    """The web pages (with #id) the evidence comes from, in order, once each."""
    return list(dict.fromkeys(ev.url for ev in result.evidence if ev.url))


def first_line(result: Result) -> int | None:
    return next((ev.line for ev in result.evidence if ev.line is not None), None)


def detail(result: Result) -> str:
    """Message plus what is missing and what was searched, as plain text."""
    out = [result.message]
    if result.missing and not all(m in result.message for m in result.missing):  # not said twice
        out.append("Missing: " + "; ".join(result.missing))
    if result.searched:
        out.append("Searched: " + result.searched)
    if result.waiver:
        w = result.waiver
        out.append(f"Waived until {w.expires}: {w.reason}")
    return "\n".join(out)


def xml_safe(text: str) -> str:
    """Drop control characters that XML (and so DOCX/XLSX/JUnit) cannot hold; a lone surrogate
    (an undecodable file name) is shown as its ``\\udcxx`` escape."""
    return _XML_ILLEGAL.sub("", _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def neutralise(value: object) -> object:
    """Make a spreadsheet cell inert: text starting like a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def rule_rows(run_documents: list[DocumentResult]) -> list[tuple[str, str, str]]:
    """(rule_id, title, strength) of every rule in first-seen order, for matrices."""
    seen: dict[str, tuple[str, str, str]] = {}
    for doc in run_documents:
        for r in doc.results:
            seen.setdefault(r.rule_id, (r.rule_id, r.title, r.strength))
    return list(seen.values())


def text_console(buf, *, color: bool, width: int | None):
    """A rich console writing into ``buf`` for a terminal report: document text is never markup,
    emoji or highlighted, and colour only when asked for."""
    from rich.console import Console

    return Console(
        file=buf,
        force_terminal=color,
        no_color=not color,
        width=width or 140,
        highlight=False,
        markup=False,
        emoji=False,
    )
