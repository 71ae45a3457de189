"""HTML gap report: golden file, escaping, self-containment, and what Chromium shows a reader."""

from __future__ import annotations

import html as stdlib_html
import re
from html.parser import HTMLParser

import pytest

from browser_helpers import CHROMIUM, run_chromium
from masa_check.reporters import html

SCRIPT = "<script>alert(1)</script>"  # as in conftest.py


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data):
        self.text.append(data)


def _parse(text: str) -> _Collector:
    p = _Collector()
    p.feed(text)
    return p


def test_golden(run, golden):
    golden("report.html", html.render(run))


def test_all_document_text_escaped(run):
    out = html.render(run)
    assert SCRIPT not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<b>by the business unit</b>" not in out
    parsed = _parse(out)
    assert parsed.tags.count("script") == 1 and "b" not in parsed.tags  # only the report's own script
    assert SCRIPT in "".join(parsed.text)
    assert out.count("<script>") == 1 and f"<script>{html._SCRIPT}</script>" in out


def test_self_contained(run):
    out = html.render(run)
    parsed = _parse(out)
    assert not {"link", "img", "iframe", "object"} & set(parsed.tags)
    # one inline script (sort and filter), admitted by its hash and by nothing else
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(html._SCRIPT.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in out and "unsafe-eval" not in out
    assert "innerHTML" not in html._SCRIPT and "eval(" not in html._SCRIPT
    urls = [v for k, v in parsed.attrs if k in ("src", "href") and v and not v.startswith("#")]
    assert urls == []  # in-page anchors only
    assert not re.search(r"url\(|@import|https?://(?!www\.w3)", out.split("</style>")[0])
    assert "Content-Security-Policy" in out


def test_summary_matrix_and_gaps(run):
    out = html.render(run)
    text = stdlib_html.unescape(re.sub(r"<[^>]+>", " ", out))
    text = re.sub(r"\s+", " ", text)
    assert "1 of 6 applicable rules pass" in text
    # colour and word: every RAG cell carries the word
    for cell in re.findall(r'<td class="rag rag-(\w+)">([^<]*)', out):
        assert cell[1].strip().replace("/", "") == cell[0]
    gaps = re.findall(r'<article class="gap', out)
    assert len(gaps) == sum(
        r.status in ("partial", "fail", "error", "needs_review", "waived") for d in run.documents for r in d.results
    )
    assert "Name the independent scrutineer" in text  # suggested action
    assert "What was looked for headings and text mentioning budget" in text
    assert "Waived (was Fail)" in text


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
def test_chromium_shows_escaped_text_and_runs_nothing(run, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(html.render(run), encoding="utf-8")
    proc = run_chromium(tmp_path, "--virtual-time-budget=2000", "--dump-dom", page.as_uri(), timeout=120)
    if proc.returncode != 0 or "<html" not in proc.stdout:
        pytest.skip(f"chromium could not run here: {proc.stderr[-500:]}")
    dom = proc.stdout
    parsed = _parse(dom)
    assert parsed.tags.count("script") == 1  # the quote stayed text, nothing became an element
    seen = re.sub(r"\s+", " ", "".join(parsed.text))
    assert "Safeguarding arrangements: gap report" in seen
    assert "1 of 6 applicable rules pass" in seen
    assert SCRIPT in seen  # the reader sees the quote as written
