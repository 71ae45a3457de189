"""GitHub Actions: workflow-command annotations for findings, and a job summary in Markdown.

`render` prints one `::error|warning|notice file=...,line=...,title=RULE-ID::message` line per
finding (not pass, not not_applicable): must + fail/partial/error -> error, should -> warning,
needs_review, waived and advisory (not yet in force) -> notice. `job_summary` returns Markdown for $GITHUB_STEP_SUMMARY.
Escaping follows the runner's rules: in the message % CR LF are percent-encoded; in property
values ':' and ',' are too.
"""

from __future__ import annotations

import re

from masa_check.provenance import lines as provenance_lines
from masa_check.reporters import markdown
from masa_check.reporters._common import detail, evidence_text, first_line
from masa_check.results import DocumentResult, Result, RunResult
from masa_check.safe_text import visible

_BLOCKING = ("fail", "partial", "error")


def escape_data(text: str) -> str:
    """Percent-encoding as the runner decodes it, after control characters (an escape sequence,
    U+0085, a lone CR) are shown as escapes: nothing from a document ends the command's line."""
    text = "".join(part if part in ("\r", "\n") else visible(part) for part in re.split(r"(\r|\n)", text))
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(r: Result) -> str:
    if r.status in _BLOCKING:
        return "error" if r.strength == "must" else "warning"
    return "notice"


def annotation(doc: DocumentResult, r: Result) -> str:
    props = [f"file={escape_property(doc.path)}"]
    line = first_line(r)
    if line is not None:
        props.append(f"line={line}")
    props.append(f"title={escape_property(f'{r.rule_id} ({r.status}, {r.strength})')}")
    message = f"{r.title}: {detail(r)}"
    if r.evidence:
        message += "\nEvidence: " + "; ".join(evidence_text(ev) for ev in r.evidence)
    message += f"\nCitation: {r.citation}"
    if r.fix:
        message += f"\nSuggested action: {r.fix}"
    return f"::{command(r)} {','.join(props)}::{escape_data(message)}"


def render(run: RunResult, *, color: bool = False) -> str:
    lines = [
        annotation(doc, r) for doc in run.documents for r in doc.results if r.status not in ("pass", "not_applicable")
    ]
    lines += [f"::notice title=masa-check applied::{escape_data(line)}" for line in provenance_lines(run.provenance)]
    return "".join(line + "\n" for line in lines)


def job_summary(run: RunResult) -> str:
    """Markdown for $GITHUB_STEP_SUMMARY: each document's counts and its gaps only."""
    lines = [
        f"## {markdown.cell(run.tool.name)}: {len(run.documents)} document(s), as of {markdown.cell(str(run.as_of))}",
        "",
    ]
    applied = provenance_lines(run.provenance)
    if applied:
        lines += [*(f"- {markdown.cell(line)}" for line in applied), ""]
    for doc in run.documents:
        lines += markdown.document_section(doc, gaps_only=True, level=3)
    return "\n".join(lines)
