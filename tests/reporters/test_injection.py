"""Nothing from a document reaches a terminal, an annotation or Markdown unescaped (issue 16)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from masa_check.reporters import github, junit, markdown, table
from masa_check.results import DocumentResult, Evidence, Result, RunResult, Tool, summarise

HOSTILE = "Kelby\x1b[2J\x1b]0;owned\x07 [/note] [link=http://evil.example]x[/link] ![](http://evil.example/b.png)"


def _run(tool: str = "masa-check") -> RunResult:
    results = [
        Result(
            rule_id="WT23-ARR-01",
            pack="wt2023-arrangements",
            title="Partners named " + HOSTILE,
            strength="must",
            status="fail",
            citation="WT 2023",
            message="Not found: " + HOSTILE,
            evidence=[Evidence(quote="[click](javascript:alert(1)) " + HOSTILE, page=2, section="Intro\x9b31m")],
            searched="looked for 'partners'\x85- rule: X",
        )
    ]
    doc = DocumentResult(
        path="docs/evil\n::error file=a.yaml::forged\x1b[8m.pdf",
        source="pdf",
        kind="arrangements",
        packs=["wt2023-arrangements"],
        results=results,
        summary=summarise(results),
        notes=["note with \x1b[31mred\x1b[0m and [bold]markup[/bold] and a\nnewline"],
        title="Title \x1b]8;;http://evil.example\x07link",
    )
    return RunResult(tool=Tool(name=tool, version="1.0"), as_of="2026-01-01", documents=[doc])


@pytest.mark.parametrize("many", [False, True])
def test_terminal_table_has_no_escape_and_parses_no_markup(many):
    run = _run()
    if many:
        run.documents.append(run.documents[0].model_copy())
    out = table.render(run, color=True)
    # the only escapes are rich's own colour codes (ESC [ digits ; ... m), never a document's
    assert not re.search(r"\x1b(?!\[[0-9;]*m)", out)
    assert "\x07" not in out and "\x85" not in out and "\x9b" not in out
    assert "\\x1b" in out  # shown, visibly
    if not many:
        assert "[/note]" in out and "[link=http://evil.example]" in out  # text, not markup
    assert not any(line.startswith("::") for line in out.splitlines())


def test_annotations_cannot_forge_a_command_or_carry_an_escape():
    out = github.render(_run())
    lines = out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("::error file=docs/evil%0A%3A%3Aerror")
    assert "\x1b" not in out and "\x85" not in out and "\r" not in out


def test_markdown_neutralises_images_links_and_controls():
    for text in (markdown.render(_run()), github.job_summary(_run())):
        assert "\x1b" not in text and "\x07" not in text and "\x85" not in text
        # every bracket from the document is escaped, so no image or link can be formed
        assert not re.search(r"(?<!\\)!\[|(?<!\\)\]\(", text)
        assert "javascript:" not in text
        assert "\\[link=http://evil.example\\]" in text
        assert "javascript&#58;" in text


def test_junit_and_docx_survive_control_characters_in_any_field():
    run = _run(tool="masa\x01check\x1b")
    root = ET.fromstring(junit.render(run))  # well-formed
    assert root.get("name") == "masacheck"
    from masa_check.reporters import docx_report

    pytest.importorskip("docx")
    assert docx_report.render(run)[:2] == b"PK"
