"""Terminal matrix: grouped by pack, status as colour plus word, counts with denominators.

Nothing is read as rich markup (``[/]`` or ``[link=...]`` in a document is text), and every
value from a document, a file name or YAML has its control characters shown as escapes
(:func:`masa_check.safe_text.visible`): no escape sequence reaches the terminal.
"""

from __future__ import annotations

import io

from masa_check.reporters._common import doc_label, text_console
from masa_check.results import SITE_PACK, RunResult, summarise
from masa_check.safe_text import visible


def _v(text: str) -> str:
    return visible(text or "", one_line=True)


STYLE = {
    "pass": "bold green",
    "partial": "bold yellow",
    "fail": "bold red",
    "error": "bold red",
    "needs_review": "bold magenta",
    "not_applicable": "dim",
    "waived": "cyan",
    "advisory": "blue",
}
LABEL = {
    "pass": "PASS",
    "partial": "PARTIAL",
    "fail": "FAIL",
    "error": "ERROR",
    "needs_review": "REVIEW",
    "not_applicable": "N/A",
    "waived": "WAIVED",
    "advisory": "ADVISORY",
}


def _evidence_line(result) -> str:
    from masa_check.reporters._common import where

    if result.evidence:
        ev = result.evidence[0]
        quote = (ev.quote or "").strip()
        if len(quote) > 140:
            quote = quote[:137] + "..."
        return f"{_v(where(ev))}: \u201c{_v(quote)}\u201d" if quote else _v(where(ev))
    return f"Looked for: {_v(result.searched)}" if result.searched else ""


def render(run: RunResult, *, color: bool = False, width: int | None = None) -> str:
    from rich.table import Table
    from rich.text import Text

    buf = io.StringIO()
    if len(run.documents) > 1:  # wide enough for the widest pack's matrix, so no rule column is cut
        widest = max(sum(1 for r in d.results if r.pack == p) for d in run.documents for p in d.packs or [""])
        width = max(width or 140, max(len(_v(doc_label(d))) for d in run.documents) + 5 * widest + 16)
    console = text_console(buf, color=color, width=width)  # document text is never markup
    if len(run.documents) > 1:
        _matrix(console, run)
        return buf.getvalue()
    for doc in run.documents:
        console.print(Text(_v(doc_label(doc)), style="bold"), Text(_v(f"({doc.source}, {doc.kind})")))
        console.print(Text(_v(f"Packs applied: {', '.join(doc.packs) or 'none'}")))
        for note in doc.notes:
            console.print(Text(_v(f"  - {note}"), style="dim"))
        for pack in doc.packs:
            results = [r for r in doc.results if r.pack == pack]
            table = Table(title=Text(_v(pack)), title_justify="left", show_lines=False, expand=True)
            table.add_column("Rule", no_wrap=True)
            table.add_column("Str.", no_wrap=True)
            table.add_column("Status", no_wrap=True)
            table.add_column("Requirement", ratio=2)
            table.add_column("Why", ratio=3)
            for r in results:
                status = Text(LABEL[r.status], style=STYLE[r.status])
                if r.status == "waived" and r.underlying_status:
                    status.append(f" ({LABEL[r.underlying_status]})", style="dim")
                elif r.status == "advisory" and r.underlying_status:
                    status.append(f" (would be {LABEL[r.underlying_status]})", style="dim")
                why = _v(r.message)
                ev = _evidence_line(r)
                if ev:
                    why += "\n" + ev
                table.add_row(Text(_v(r.rule_id)), r.strength, status, Text(_v(r.title)), Text(why))
            console.print(table)
        total = len(doc.results)
        summary = summarise(doc.results)  # from the results shown, never a stored count
        applicable = total - summary["not_applicable"] - summary["advisory"]
        parts = [
            f"{summary[s]}/{applicable} {LABEL[s].lower()}"
            for s in ("pass", "partial", "fail", "needs_review", "waived", "error")
        ]
        if summary["advisory"]:
            parts.append(f"{summary['advisory']} advisory (not yet in force, not counted)")
        console.print(
            f"Summary: {', '.join(parts)} (of {applicable} applicable rules; "
            f"{summary['not_applicable']} not applicable)"
        )
        console.print()
    return buf.getvalue()


def _matrix(console, run: RunResult) -> None:
    """Many documents: per pack, one row per document and one column per rule; then the counts."""
    from rich.table import Table
    from rich.text import Text

    short = {
        "pass": "P",
        "partial": "~",
        "fail": "X",
        "error": "E",
        "needs_review": "?",
        "not_applicable": "-",
        "waived": "W",
        "advisory": "A",
    }
    packs = list(dict.fromkeys(p for d in run.documents for p in d.packs))
    for pack in packs:
        docs = [d for d in run.documents if pack in d.packs]
        rule_ids = list(dict.fromkeys(r.rule_id for d in docs for r in d.results if r.pack == pack))
        table = Table(title=Text(_v(f"Documents x rules: {pack}")), title_justify="left")
        table.add_column("Document", no_wrap=True)
        for rid in rule_ids:
            table.add_column(Text(_v(rid.rsplit("-", 1)[-1])), justify="center", no_wrap=True)
        table.add_column("Pass", justify="right", no_wrap=True)
        if pack == SITE_PACK:  # a site that could not be read: say why in its row
            table.add_column("Why")
        for doc in docs:
            results = [r for r in doc.results if r.pack == pack]
            by_id = {r.rule_id: r for r in results}
            cells = [
                Text(short[by_id[rid].status], style=STYLE[by_id[rid].status]) if rid in by_id else Text("")
                for rid in rule_ids
            ]
            applicable = sum(1 for r in results if r.status not in ("not_applicable", "advisory"))
            passed = sum(1 for r in results if r.status == "pass")
            why = [Text(_v(by_id[rid].message)) for rid in rule_ids if rid in by_id] if pack == SITE_PACK else []
            table.add_row(Text(_v(doc_label(doc))), *cells, f"{passed}/{applicable}", *why)
        console.print(table)
    console.print(
        "Key: P pass, ~ partial, X fail, ? needs review, - not applicable, W waived, "
        "A advisory (not yet in force), E error"
    )
    console.print(Text(_v(f"Packs applied: {', '.join(packs)}")))
    summaries = [summarise(d.results) for d in run.documents]
    totals = {s: sum(c[s] for c in summaries) for s in STYLE}
    applicable = sum(
        len(d.results) - c["not_applicable"] - c["advisory"] for d, c in zip(run.documents, summaries, strict=True)
    )
    console.print(
        f"{len(run.documents)} documents; of {applicable} applicable results: "
        + ", ".join(
            f"{totals[s]} {LABEL[s].lower()}" for s in ("pass", "partial", "fail", "needs_review", "waived", "error")
        )
        + (f"; {totals['advisory']} advisory (not yet in force, not counted)" if totals["advisory"] else "")
    )
