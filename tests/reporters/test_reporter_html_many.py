"""A region's report (24 documents) in headless Chromium: every document is a named row of the
matrix on screen, and printed to A4 landscape nothing runs off the page. Checked by structure
(DOM rows, PDF page size and text positions), not by pixels."""

from __future__ import annotations

import re

import pytest

from browser_helpers import CHROMIUM, run_chromium
from masa_check.reporters import html
from masa_check.results import RunResult

A4_LANDSCAPE_PT = (841.9, 595.3)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")


def _region(run: RunResult, n: int = 24) -> RunResult:
    """n documents from the fixture's two, each with its own partnership-like name and path."""
    docs = []
    for i in range(n):
        d = run.documents[i % len(run.documents)].model_copy(deep=True)
        d.path = f"published/area-{i:02d}/Safeguarding arrangements {2019 + i % 7}.pdf"
        d.name = f"Area {i:02d} Safeguarding Children Partnership"
        docs.append(d)
    return run.model_copy(update={"documents": docs})


def test_many_documents_are_named_rows_on_screen(run, tmp_path):
    page = tmp_path / "region.html"
    page.write_text(html.render(_region(run)), encoding="utf-8")
    proc = run_chromium(tmp_path, "--virtual-time-budget=3000", "--dump-dom", page.as_uri())
    if proc.returncode != 0 or "<html" not in proc.stdout:
        pytest.skip(f"chromium could not run here: {proc.stderr[-300:]}")
    dom = proc.stdout
    for i in range(24):
        assert f"Area {i:02d} Safeguarding Children Partnership" in dom
    shot = tmp_path / "region.png"
    run_chromium(tmp_path, "--window-size=1366,900", f"--screenshot={shot}", page.as_uri())
    assert shot.exists() and shot.stat().st_size > 10_000  # something was drawn


def test_printed_on_a4_landscape_nothing_runs_off_the_page(run, tmp_path):
    import pdfplumber

    page = tmp_path / "region.html"
    page.write_text(html.render(_region(run)), encoding="utf-8")
    pdf = tmp_path / "region.pdf"
    proc = run_chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    if not pdf.exists():
        pytest.skip(f"chromium could not print here: {proc.stderr[-300:]}")
    seen = []
    with pdfplumber.open(pdf) as doc:
        for p in doc.pages:
            assert (round(p.width, 1), round(p.height, 1)) == pytest.approx(A4_LANDSCAPE_PT, abs=1.0)
            for ch in p.chars:
                assert ch["x0"] >= -0.5 and ch["x1"] <= p.width + 0.5, f"text off the page: {ch['text']!r}"
            seen.append(p.extract_text() or "")
    text = re.sub(r"\s+", " ", " ".join(seen))
    for i in range(24):
        assert f"Area {i:02d}" in text, f"document {i} missing from the printed report"
