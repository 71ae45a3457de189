"""Upgrade report as Markdown: the action list first (owner and due date left for the
partnership to fill), then every rule by category. Document text is escaped as in the
results' Markdown (:func:`masa_check.reporters.markdown.cell`)."""

from __future__ import annotations

from masa_check.engine.upgrade import CATEGORIES, UpgradeReport, edition_label
from masa_check.reporters._upgrade import doc_name, evidence_found, intro, rule_label, status_word, summary_line
from masa_check.reporters.markdown import cell


def render(report: UpgradeReport, *, color: bool = False) -> str:
    old, new = edition_label(report.old), edition_label(report.new)
    lines = [
        f"# Upgrade to {cell(new)}: {cell(doc_name(report))}",
        "",
        cell(intro(report)),
        "",
        f"**{cell(summary_line(report))}**",
        "",
    ]
    lines += [f"- {cell(note)}" for note in report.notes]
    if report.notes:
        lines.append("")
    actions = report.actions()
    lines += ["## Action list", ""]
    if actions:
        lines += [
            "| # | Rule | What to do | Evidence found | Owner | Due date |",
            "|---|---|---|---|---|---|",
        ]
        for n, item in enumerate(actions, 1):
            lines.append(
                f"| {n} | {cell(rule_label(item))}<br>{cell(item.title)} | {cell(item.action or '')} "
                f"| {cell(evidence_found(item))} |  |  |"
            )
    else:
        lines.append(f"Nothing to do: every {new} requirement checked is met.")
    lines.append("")
    for category in CATEGORIES:
        items = [i for i in report.items if i.category == category]
        if not items:
            continue
        lines += [f"## {cell(report.heading(category))} ({len(items)})", ""]
        lines += [f"| Rule | {cell(old)} | {cell(new)} | Finding | Evidence |", "|---|---|---|---|---|"]
        for item in items:
            lines.append(
                f"| {cell(rule_label(item))}<br>{cell(item.title)} | {status_word(item.before)} "
                f"| {status_word(item.after)} | {cell(item.finding)} | {cell(evidence_found(item, 1))} |"
            )
        lines.append("")
    lines += [f"{cell(f'masa-check {report.tool_version}')}. A pass means the evidence quoted is there: check it.", ""]
    return "\n".join(lines)
