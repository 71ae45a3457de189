"""load_published: dispatch, limits, facts and the extraction cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from masa_check.errors import InputError
from masa_check.sources import cache
from masa_check.sources.published import load_published

docx = pytest.importorskip("docx")
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(autouse=True)
def _cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def make_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("Northshire Safeguarding Children Partnership Arrangements", style="Title")
    d.add_paragraph("Published: 3 March 2025")
    d.add_heading("Independent scrutiny", level=1)
    d.add_paragraph("Our independent scrutineer follows Working Together to Safeguard Children 2023.")
    d.save(path)
    return path


def test_load_docx_and_cache(tmp_path):
    path = make_docx(tmp_path / "a.docx")
    doc = load_published(str(path))
    assert doc.source == "docx" and doc.kind == "arrangements" and doc.cohort == "children"
    assert doc.title.startswith("Northshire") and doc.guidance == "wt2023"
    assert str(doc.date) == "2025-03-03"
    assert doc.facts["evidence"]["date"] == "Published: 3 March 2025"
    entries = list(cache.cache_dir().glob("*.json"))
    assert len(entries) == 1
    again = load_published(str(path))
    assert again.blocks == doc.blocks and again.date == doc.date
    # a corrupted entry is ignored and rewritten
    entries[0].write_text("{not json")
    third = load_published(str(path))
    assert third.blocks == doc.blocks
    assert load_published(str(path), use_cache=False).blocks == doc.blocks
    assert load_published(str(path), kind="yearly-report").kind == "yearly-report"


def test_errors(tmp_path):
    empty = tmp_path / "e.pdf"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="is empty"):
        load_published(str(empty))
    html = tmp_path / "h.pdf"
    html.write_text("<html><body>Page not found</body></html>")
    with pytest.raises(InputError, match="HTML"):
        load_published(str(html))
    with pytest.raises(InputError, match="unsupported"):
        load_published(str(tmp_path / "x.txt"))
    with pytest.raises(InputError, match="no such file"):
        load_published(str(tmp_path / "missing.pdf"))
    big = make_docx(tmp_path / "big.docx")
    with pytest.raises(InputError, match="too large"):
        load_published(str(big), max_bytes=100)
    notzip = tmp_path / "n.docx"
    notzip.write_text("hello")
    with pytest.raises(InputError, match="not a DOCX"):
        load_published(str(notzip))
    with pytest.raises(InputError, match="unknown document kind"):
        load_published(str(big), kind="nonsense")


@pytest.mark.skipif(not (SHARED / "fixtures").is_dir(), reason="shared fixtures not present")
def test_shared_fixtures_facts():
    fx = SHARED / "fixtures"
    doc = load_published(str(next(p for p in fx.glob("003_*.pdf") if "scanned" not in p.name)), use_cache=False)
    assert doc.cohort == "all-age" and doc.kind == "arrangements"
    assert doc.date is not None and doc.date.year == 2019
    assert doc.guidance == "wt2018"
    with pytest.raises(InputError, match="no text layer"):
        load_published(str(next(fx.glob("*_scanned.pdf"))))


def _big_docx(path: Path, paragraphs: int = 300) -> Path:
    d = docx.Document()
    d.add_paragraph("Westmoor Safeguarding Children Partnership Arrangements", style="Title")
    for k in range(paragraphs):
        if k % 50 == 0:
            d.add_heading(f"Part {k // 50 + 1}", level=1)
        d.add_paragraph(f"Paragraph {k}: the partners meet every quarter to review case {k * 7919 % 10007}.")
    d.save(path)
    return path


def test_a_large_docx_read_early_gives_the_same_document(tmp_path, monkeypatch):
    from masa_check import parallel
    from masa_check.sources import pdf_bounded, published

    if not parallel.can_fork():
        pytest.skip("this platform cannot fork or has one core")
    path = str(_big_docx(tmp_path / "big.docx"))
    monkeypatch.setattr(published, "EARLY_DOCX_BYTES", 1024)
    alone = load_published(path, use_cache=False)
    assert published.start_loading(path, use_cache=False)
    assert published._early_key(path, "docx", 1000, False) in pdf_bounded._started
    early = load_published(path, use_cache=False)
    assert published._early_key(path, "docx", 1000, False) not in pdf_bounded._started  # taken, not left running
    assert early.blocks == alone.blocks and early.facts == alone.facts and early.page_count == alone.page_count


def test_docx_early_reading_is_skipped_when_cached_small_or_no_fork(tmp_path, monkeypatch):
    from masa_check.sources import pdf_bounded, published

    path = str(_big_docx(tmp_path / "big.docx"))
    monkeypatch.setattr(published, "EARLY_DOCX_BYTES", 1024)
    load_published(path)  # now in the cache
    assert not published.start_loading(path)
    small = str(make_docx(tmp_path / "small.docx"))
    monkeypatch.setattr(published, "EARLY_DOCX_BYTES", 10**9)
    assert not published.start_loading(small, use_cache=False)
    monkeypatch.setattr(published, "EARLY_DOCX_BYTES", 1024)
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "1")
    assert not published.start_loading(small, use_cache=False)
    assert not pdf_bounded._started


def test_a_docx_the_early_reader_cannot_read_gets_the_usual_error(tmp_path, monkeypatch):
    from masa_check import parallel
    from masa_check.sources import pdf_bounded, published

    if not parallel.can_fork():
        pytest.skip("this platform cannot fork or has one core")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 4096)  # a zip header and nothing of a zip
    monkeypatch.setattr(published, "EARLY_DOCX_BYTES", 1024)
    with pytest.raises(InputError) as alone:
        load_published(str(bad), use_cache=False)
    assert published.start_loading(str(bad), use_cache=False)
    with pytest.raises(InputError) as early:
        load_published(str(bad), use_cache=False)
    assert str(early.value) == str(alone.value)
    assert published._early_key(str(bad), "docx", 1000, False) not in pdf_bounded._started
