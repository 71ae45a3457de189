"""Upgrade report in the terminal: one table per category, status as colour plus word, as wide
as the terminal. Nothing is read as rich markup and control characters are shown as escapes."""

from __future__ import annotations

import io

from masa_check.engine.upgrade import CATEGORIES, UpgradeReport, edition_label
from masa_check.reporters._common import text_console
from masa_check.reporters._upgrade import evidence_lines, intro, summary_line
from masa_check.reporters.table import LABEL, STYLE
from masa_check.safe_text import visible


def _v(text: str | None) -> str:
    return visible(text or "", one_line=True)


def _rule_cell(item) -> str:
    """The rule ID on its own line, then what it continues and whether it is provisional."""
    lines = [item.rule_id]
    if item.continues:
        lines.append(f"from {item.continues}")
    if item.provisional:
        lines.append("provisional")
    return "\n".join(_v(line) for line in lines)


def render(report: UpgradeReport, *, color: bool = False, width: int | None = None) -> str:
    from rich.table import Table
    from rich.text import Text

    buf = io.StringIO()
    console = text_console(buf, color=color, width=width)
    old, new = edition_label(report.old), edition_label(report.new)
    console.print(Text(_v(report.path), style="bold"), Text(_v(f"({report.source}, {report.kind})")))
    console.print(Text(_v(intro(report))))
    for note in report.notes:
        console.print(Text(_v(f"  - {note}"), style="dim"))

    def status(value: str | None) -> Text:
        return Text(LABEL[value], style=STYLE[value]) if value else Text("—", style="dim")

    for category in CATEGORIES:
        items = [i for i in report.items if i.category == category]
        if not items:
            continue
        table = Table(title=Text(_v(f"{report.heading(category)} ({len(items)})")), title_justify="left", expand=True)
        table.add_column("Rule", min_width=12, overflow="fold")  # a rule ID is never cut
        table.add_column(old, no_wrap=True)
        table.add_column(new, no_wrap=True)
        table.add_column("Requirement", ratio=2)
        table.add_column("What to do" if any(i.action for i in items) else "Evidence", ratio=4)
        for item in items:
            found = [_v(line) for line in evidence_lines(item, 1, count_more=False)]
            if item.action:
                what = "\n".join([_v(item.action), *(f"Found: {line}" for line in found)])
            else:
                what = "\n".join(found) or _v(item.finding)
            table.add_row(
                Text(_rule_cell(item)), status(item.before), status(item.after), Text(_v(item.title)), Text(what)
            )
        console.print(table)
    console.print(Text(_v(summary_line(report)), style="bold"))
    return buf.getvalue()
