"""PDF reader tests on PDFs built at test time with reportlab."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from masa_check.errors import InputError
from masa_check.sources.pdf_reader import read_pdf

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

W, H = A4
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

BODY = [
    "The partnership brings together the local authority, the integrated care board and the police",
    "to agree how they will work together to safeguard and promote the welfare of children in the",
    "area, and how the relevant agencies will be involved.",
]


class Page:
    def __init__(self) -> None:
        self.items: list[tuple[float, float, str, float, bool]] = []
        self.y = 90.0

    def text(self, s: str, *, size: float = 11, bold: bool = False, x: float = 72, gap: float | None = None) -> Page:
        self.items.append((x, self.y, s, size, bold))
        self.y += gap if gap is not None else size * 1.35
        return self

    def space(self, h: float = 10) -> Page:
        self.y += h
        return self


def build_pdf(
    path: Path,
    pages: list[Page],
    *,
    header: str | None = "Northshire Safeguarding Children Partnership",
    footer: bool = True,
    encrypt: str | None = None,
    rules: list[tuple[float, float, float, float]] | None = None,
) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    n = len(pages)
    for i, page in enumerate(pages, 1):
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(300, H - 38, header)
        if footer:
            c.setFont("Helvetica", 8)
            c.drawString(72, 30, "Multi-agency safeguarding arrangements 2025")
            c.drawString(480, 30, f"Page {i} of {n}")
        for x, y, s, size, bold in page.items:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
            c.drawString(x, H - y - size, s)
        for x0, y0, x1, y1 in rules or []:
            c.line(x0, H - y0, x1, H - y1)
        c.showPage()
    c.save()
    return path


def body(page: Page, lines=BODY) -> Page:
    for ln in lines:
        page.text(ln)
    return page.space(8)


def roles(blocks, role):
    return [b for b in blocks if b.role == role]


def test_structure_headers_headings_lists(tmp_path):
    p1 = Page().text("Northshire Arrangements", size=28).space(30).text("Published: June 2025", size=12)
    p2 = Page().text("Contents", size=16, bold=True).space(6)
    p2.text("1. Introduction ........................................ 3")
    p2.text("2. Independent scrutiny ............................... 3")
    p2.text("3. Funding ............................................. 4")
    p3 = Page().text("1. Introduction", size=16, bold=True).space(4)
    body(p3)
    p3.text("2. Independent scrutiny", size=16, bold=True).space(4)
    p3.text("2.1 The scrutineer", size=13, bold=True).space(4)
    body(p3, ["Our independent scrutineer reviews the arrangements every year and reports to the partners."])
    p3.text("• reviewing multi-agency audits", x=90)
    p3.text("• attending the executive group and", x=90)
    p3.text("challenging partners", x=101)
    p3.text("• meeting practitioners", x=90).space(8)
    p3.text("After the list, a normal paragraph.")
    p4 = Page().text("3. Funding", size=16, bold=True).space(4)
    body(p4, ["The partners share the budget."])
    path = build_pdf(tmp_path / "s.pdf", [p1, p2, p3, p4])
    blocks, n = read_pdf(str(path))
    assert n == 4
    assert roles(blocks, "title")[0].text == "Northshire Arrangements"
    # running header/footer and page numbers are furniture, not evidence
    assert {b.text for b in roles(blocks, "running_header")} == {"Northshire Safeguarding Children Partnership"}
    assert any("Multi-agency safeguarding arrangements" in b.text for b in roles(blocks, "running_footer"))
    assert all("Page" not in b.text for b in blocks if b.role in ("paragraph", "heading"))
    # contents page
    toc = roles(blocks, "toc_entry")
    assert len(toc) == 3 and toc[1].text.startswith("2. Independent scrutiny")
    # headings and paths
    heads = {b.text: b for b in roles(blocks, "heading")}
    assert "2.1 The scrutineer" in heads
    assert heads["2.1 The scrutineer"].heading_path == ("2. Independent scrutiny", "2.1 The scrutineer")
    para = next(b for b in blocks if b.text.startswith("Our independent scrutineer"))
    assert para.heading_path == ("2. Independent scrutiny", "2.1 The scrutineer")
    assert para.page == 3
    funding = next(b for b in blocks if b.text.startswith("The partners share"))
    assert funding.heading_path == ("3. Funding",)
    # wrapped lines join into one paragraph
    assert any(
        b.role == "paragraph" and b.text.startswith("The partnership brings") and b.text.endswith("involved.")
        for b in blocks
    )
    items = [b.text for b in roles(blocks, "list_item")]
    assert items == [
        "• reviewing multi-agency audits",
        "• attending the executive group and challenging partners",
        "• meeting practitioners",
    ]
    assert any(b.role == "paragraph" and b.text == "After the list, a normal paragraph." for b in blocks)


def test_sentence_across_page_break(tmp_path):
    p1 = Page().text("Scrutiny", size=16, bold=True)
    for _ in range(3):
        body(p1)
    p1.y = 760
    p1.text("The independent scrutineer will publish a report on the effectiveness of")
    p2 = Page().text("the arrangements each year and present it to the executive group.")
    p2.space(10).text("A new paragraph starts here.")
    blocks, _ = read_pdf(str(build_pdf(tmp_path / "b.pdf", [p1, p2])))
    joined = [b for b in blocks if "effectiveness of the arrangements each year" in b.text]
    assert len(joined) == 1 and joined[0].page == 1
    assert any(b.text == "A new paragraph starts here." for b in blocks)


def test_two_columns_read_column_by_column(tmp_path):
    page = Page().text("Two column newsletter", size=18, bold=True).space(10)
    left = [f"Left column sentence {i} about the partnership and its" for i in range(1, 9)]
    right = [f"Right column sentence {i} about scrutiny and the" for i in range(1, 9)]
    y0 = page.y
    # interleave drawing order (left1, right1, left2, ...) so the content stream mixes columns
    for i in range(8):
        page.items.append((60, y0 + i * 15, left[i], 10, False))
        page.items.append((320, y0 + i * 15, right[i], 10, False))
    blocks, _ = read_pdf(str(build_pdf(tmp_path / "c.pdf", [page], header=None, footer=False)))
    text = " ".join(b.text for b in blocks if b.role in ("paragraph", "list_item", "table_row"))
    assert "Left column sentence 1" in text and "Right column sentence 1" in text
    assert text.index("Left column sentence 8") < text.index("Right column sentence 1")


def test_ruled_table_rows(tmp_path):
    page = Page().text("Northshire Arrangements", size=26).space(10).text("Funding", size=16, bold=True).space(10)
    rows = [("Partner", "Contribution"), ("Northshire County Council", "£111,000"), ("Northshire Police", "£40,000")]
    y = page.y
    for k, (a, b) in enumerate(rows):
        page.items.append((80, y + k * 22 + 5, a, 10, k == 0))
        page.items.append((330, y + k * 22 + 5, b, 10, k == 0))
    rules = [(72, y + k * 22, 520, y + k * 22) for k in range(len(rows) + 1)]
    rules += [(x, y, x, y + len(rows) * 22) for x in (72, 320, 520)]
    blocks, _ = read_pdf(str(build_pdf(tmp_path / "t.pdf", [page], rules=rules)))
    trs = roles(blocks, "table_row")
    assert [tuple(r.cells) for r in trs][-2:] == [
        ("Northshire County Council", "£111,000"),
        ("Northshire Police", "£40,000"),
    ]
    assert trs[-1].header_cells == ("Partner", "Contribution")
    assert trs[-1].heading_path == ("Funding",)


def test_unruled_aligned_table(tmp_path):
    page = Page().text("Membership", size=16, bold=True).space(10)
    for role, who in [("Chair", "Independent Chair"), ("Frequency", "Bi-monthly"), ("Quorum", "Three partners")]:
        page.items.append((72, page.y, role, 11, False))
        page.items.append((250, page.y, who, 11, False))
        page.y += 18
    blocks, _ = read_pdf(str(build_pdf(tmp_path / "u.pdf", [page])))
    assert ("Chair", "Independent Chair") in [tuple(b.cells) for b in roles(blocks, "table_row")]


def test_footnote_small_text_at_bottom(tmp_path):
    page = Page().text("Scrutiny", size=16, bold=True)
    body(page)
    page.y = 740
    page.text("1 The scrutineer is appointed by the three safeguarding partners.", size=8)
    blocks, _ = read_pdf(str(build_pdf(tmp_path / "f.pdf", [page])))
    assert any(b.role == "footnote" and "appointed" in b.text for b in blocks)


def test_encrypted(tmp_path):
    path = build_pdf(tmp_path / "e.pdf", [body(Page())], encrypt="secret")
    with pytest.raises(InputError, match="encrypted"):
        read_pdf(str(path))


def test_scanned_image_only(tmp_path):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    img = Image.new("L", (200, 100), 255)
    c = canvas.Canvas(str(tmp_path / "scan.pdf"), pagesize=A4)
    c.drawImage(ImageReader(img), 50, 500, 400, 200)
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="no text layer"):
        read_pdf(str(tmp_path / "scan.pdf"))
    if shutil.which("tesseract") is None:
        with pytest.raises(InputError, match="tesseract"):
            read_pdf(str(tmp_path / "scan.pdf"), ocr=True)


@pytest.mark.parametrize(
    "content, match",
    [
        (b"", "is empty"),
        (b"<!DOCTYPE html><html><body>Not found</body></html>", "HTML"),
        (b"garbage bytes that are not a pdf at all", "not a readable PDF"),
    ],
)
def test_not_a_pdf(tmp_path, content, match):
    p = tmp_path / "x.pdf"
    p.write_bytes(content)
    with pytest.raises(InputError, match=match):
        read_pdf(str(p))


def test_truncated(tmp_path):
    path = build_pdf(tmp_path / "full.pdf", [body(Page()), body(Page())])
    data = path.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 3])
    try:
        blocks, _ = read_pdf(str(cut))
    except InputError as exc:
        assert "not a readable PDF" in str(exc) or "no text layer" in str(exc)


def test_max_pages(tmp_path):
    path = build_pdf(tmp_path / "m.pdf", [body(Page()) for _ in range(3)])
    with pytest.raises(InputError, match="--max-pages"):
        read_pdf(str(path), max_pages=2)


@pytest.mark.skipif(not (SHARED / "fixtures").is_dir(), reason="shared fixtures not present")
def test_shared_fixtures_scanned_and_contents():
    fx = SHARED / "fixtures"
    with pytest.raises(InputError, match="no text layer"):
        read_pdf(str(next(fx.glob("*_scanned.pdf"))))
    for pdf in sorted(fx.glob("*.pdf")):
        if "scanned" in pdf.name:
            continue
        blocks, n = read_pdf(str(pdf))
        assert n > 0 and any(b.role == "paragraph" for b in blocks)
        assert any(b.role in ("running_header", "running_footer") for b in blocks)


def _long_pdf(tmp_path: Path, n: int = 30) -> Path:
    """A document long enough to be read in two processes, with a sentence across the split."""
    pages = []
    for i in range(n):
        page = Page()
        if i == n // 2:
            page.text("the arrangements each year and present it to the executive group.").space(10)
        page.text(f"{i + 1}. Section {i + 1}", size=16, bold=True)
        body(page)
        if i == n // 2 - 1:
            page.y = 760
            page.text("The independent scrutineer will publish a report on the effectiveness of")
        pages.append(page)
    return build_pdf(tmp_path / "long.pdf", pages)


def test_two_process_read_equals_one_process_read(tmp_path, monkeypatch):
    from masa_check.sources import pdf_parallel

    pdf = str(_long_pdf(tmp_path))
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "1")
    alone = read_pdf(pdf)
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "")
    if not pdf_parallel.can_fork():
        pytest.skip("this platform cannot fork or has one core")
    assert read_pdf(pdf) == alone
    assert any("effectiveness of the arrangements each year" in b.text for b in alone[0])


def _slow_parent(real, parent: int):
    """The real page reader, slowed in the calling process so that the helper gets chunks."""
    import os
    import time

    def extract(*args, **kwargs):
        if os.getpid() == parent:
            time.sleep(0.02)
        return real(*args, **kwargs)

    return extract


def test_a_failing_helper_leaves_the_parent_to_read_its_chunks(tmp_path, monkeypatch):
    import os

    from masa_check.sources import pdf_parallel, pdf_reader

    if not pdf_parallel.can_fork():
        pytest.skip("this platform cannot fork or has one core")
    monkeypatch.setenv("MASA_CHECK_NO_ISOLATION", "1")  # this process is the one that reads
    pdf = str(_long_pdf(tmp_path))
    expected = read_pdf(pdf)
    parent, real = os.getpid(), pdf_reader._extract_lines

    def crash_in_child(*args, **kwargs):
        if os.getpid() != parent:
            raise MemoryError("child ran out")
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf_reader, "_extract_lines", _slow_parent(crash_in_child, parent))
    assert read_pdf(pdf) == expected

    def bad_page_in_child(*args, **kwargs):
        if os.getpid() != parent:
            raise InputError("is not a readable PDF (page 20: broken)", path=pdf)
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf_reader, "_extract_lines", _slow_parent(bad_page_in_child, parent))
    with pytest.raises(InputError, match="page 20: broken"):
        read_pdf(pdf)


def test_both_processes_read_chunks_and_the_result_is_in_page_order(tmp_path, monkeypatch):
    import os

    from masa_check.sources import pdf_parallel, pdf_reader

    if not pdf_parallel.can_fork():
        pytest.skip("this platform cannot fork or has one core")
    monkeypatch.setenv("MASA_CHECK_NO_ISOLATION", "1")  # this process is the one that reads
    pdf = str(_long_pdf(tmp_path, 40))
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "1")
    alone = read_pdf(pdf)
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "")
    parent, real = os.getpid(), pdf_reader._extract_lines
    read_here: list[int] = []

    def note(pdf_, pages, *args, **kwargs):
        if os.getpid() == parent:
            read_here.extend(pages)
        return real(pdf_, pages, *args, **kwargs)

    monkeypatch.setattr(pdf_reader, "_extract_lines", _slow_parent(note, parent))
    assert read_pdf(pdf) == alone
    assert 0 < len(read_here) < 40  # the helper read the other chunks


def _early_key(pdf: str, max_pages: int = 1000) -> tuple:
    from masa_check.sources import published

    return published._early_key(pdf, "pdf", max_pages, False)


def test_loading_started_early_is_joined_by_load_published(tmp_path, monkeypatch):
    from masa_check.sources import pdf_bounded, pdf_parallel, published

    if not pdf_parallel.can_fork():
        pytest.skip("this platform cannot fork or has one core")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    pdf = str(_long_pdf(tmp_path))
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "1")
    alone = published.load_published(pdf, use_cache=False)
    assert read_pdf(pdf) == (alone.blocks, alone.page_count)
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "")
    assert published.start_loading(pdf)
    assert _early_key(pdf) in pdf_bounded._started
    early = published.load_published(pdf)
    assert _early_key(pdf) not in pdf_bounded._started
    assert (early.blocks, early.page_count, early.facts) == (alone.blocks, alone.page_count, alone.facts)
    assert not published.start_loading(pdf)  # the child wrote the cache entry
    cached = published.load_published(pdf)
    assert (cached.blocks, cached.facts) == (alone.blocks, alone.facts)


def test_a_helper_started_on_a_file_that_then_changed_is_not_used(tmp_path, monkeypatch):
    import os

    from masa_check.sources import pdf_bounded, pdf_parallel, published

    if not pdf_parallel.can_fork():
        pytest.skip("this platform cannot fork or has one core")
    pdf = str(_long_pdf(tmp_path))
    published.start_loading(pdf, use_cache=False)
    helper = pdf_bounded._started[_early_key(pdf)]
    (tmp_path / "other").mkdir()
    os.replace(_long_pdf(tmp_path / "other", 26), pdf)  # a different file now stands at the path
    doc = published.load_published(pdf, use_cache=False)
    assert doc.page_count == 26
    assert helper.pid is None  # stopped, not left running


def test_start_loading_leaves_problems_to_load_published(tmp_path):
    from masa_check.sources import pdf_bounded, published

    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf at all")
    assert not published.start_loading(str(bad), use_cache=False)  # no exception, no helper
    assert _early_key(str(bad)) not in pdf_bounded._started
    with pytest.raises(InputError, match="not a readable PDF"):
        published.load_published(str(bad), use_cache=False)


def test_an_unclaimed_helper_is_stopped(tmp_path):
    import os

    from masa_check.sources import pdf_bounded, pdf_parallel, published

    if not pdf_parallel.can_fork():
        pytest.skip("this platform cannot fork or has one core")
    pdf = str(_long_pdf(tmp_path))
    published.start_loading(pdf, use_cache=False)
    helper = pdf_bounded._started[_early_key(pdf)]
    pid = helper.pid
    pdf_bounded._cancel_started()  # what happens at exit
    assert helper.pid is None and not pdf_bounded._started
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_validate_reading_early_in_a_helper_gives_the_one_process_results(tmp_path):
    import json
    import os
    import subprocess
    import sys

    pdf = str(_long_pdf(tmp_path, 40))
    outputs = []
    for no_fork in ("1", ""):
        out = tmp_path / f"out{no_fork or 'fork'}.json"
        env = dict(os.environ, MASA_CHECK_NO_FORK=no_fork, XDG_CACHE_HOME=str(tmp_path / f"cache{no_fork}"))
        proc = subprocess.run(
            [sys.executable, "-m", "masa_check", "validate", pdf, "--as-of", "2026-01-01", "-f", f"json:{out}"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert proc.returncode in (0, 1), proc.stderr
        assert "Traceback" not in proc.stderr
        outputs.append(json.loads(out.read_text())["documents"])
    assert outputs[0] == outputs[1]


def test_a_refused_fork_reads_in_one_process(tmp_path, monkeypatch):
    from masa_check import parallel

    pdf = str(_long_pdf(tmp_path))
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "1")
    alone = read_pdf(pdf)
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "")

    def refuse(*args, **kwargs):
        raise OSError(12, "Cannot allocate memory")

    monkeypatch.setattr(parallel.os, "fork", refuse)
    assert read_pdf(pdf) == alone


def _ruled_pages(n: int) -> tuple[list[Page], list]:
    pages, rules = [], []
    for p in range(n):
        page = Page().text(f"Section {p + 1}", size=16, bold=True).space(10)
        y = page.y
        rows = [("Partner", "Contribution")] + [(f"Partner {p}-{k}", f"£{k},000") for k in range(8)]
        for k, (a, b) in enumerate(rows):
            page.items.append((80, y + k * 22 + 5, a, 10, k == 0))
            page.items.append((330, y + k * 22 + 5, b, 10, k == 0))
        pages.append(page)
        if p == 0:
            rules = [(72, y + k * 22, 520, y + k * 22) for k in range(len(rows) + 1)]
            rules += [(x, y, x, y + len(rows) * 22) for x in (72, 320, 520)]
    return pages, rules


def test_what_is_read_does_not_depend_on_machine_load(tmp_path, monkeypatch):
    """The table pass is bounded by counts, not a clock: the same blocks with every core busy."""
    import os
    import subprocess
    import sys

    monkeypatch.setenv("MASA_CHECK_NO_FORK", "1")
    pages, rules = _ruled_pages(5)
    path = str(build_pdf(tmp_path / "tables.pdf", pages, rules=rules))
    quiet, _ = read_pdf(path)
    spin = [sys.executable, "-c", "while True: pass"]
    busy = [subprocess.Popen(spin) for _ in range((os.cpu_count() or 2) * 2)]
    try:
        loaded = [read_pdf(path)[0] for _ in range(3)]
    finally:
        for proc in busy:
            proc.kill()
            proc.wait()
    expected = [(b.role, b.text, b.page) for b in quiet]
    for blocks in loaded:
        assert [(b.role, b.text, b.page) for b in blocks] == expected
    assert any(b.role == "table_row" for b in quiet)


def test_a_text_layer_of_non_words_is_an_unreadable_text_layer(tmp_path):
    """What a CID font with no ToUnicode map gives: letters and symbols that are not words."""
    import random
    import sys

    from masa_check.sources.pdf_reader import unreadable_text

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))
    import hostile_corpus as corpus

    rng = random.Random(7)
    garbage = ["".join(rng.choice("BCDFGHJKLMNPQRSTVWXZbcdfghjkmnpqrstvwxz#%&@$0123456789") for _ in range(60))]
    garbage = [" ".join(g[i : i + 5] for i in range(0, 60, 5)) for g in garbage * 40]
    assert unreadable_text(garbage)
    assert unreadable_text(["\ue001\ue002\ue003\x03\x04 " * 200])
    prose = ["The Lowmoor partners review the arrangements each year and publish what they find."] * 20
    assert not unreadable_text(prose)
    assert not unreadable_text(["Kelby Council", "Lowmoor ICB", "Barrowby Police"])  # too little to judge
    pdf = corpus.valid_pdf(tmp_path / "garbage.pdf", pages=3, lines=garbage[:40])
    with pytest.raises(InputError, match="unreadable text layer"):
        read_pdf(str(pdf))


def test_problems_found_by_an_early_reading_are_the_ones_read_pdf_gives(tmp_path, monkeypatch):
    """The stream checks and the page limit run in the early reading process: same errors."""
    from masa_check.sources import pdf_bounded, pdf_parallel, pdf_reader, published

    if not pdf_parallel.can_fork():
        pytest.skip("this platform cannot fork or has one core")
    pdf = str(_long_pdf(tmp_path, 12))
    with pytest.raises(InputError) as alone:
        published.load_published(pdf, max_pages=5, use_cache=False)
    assert published.start_loading(pdf, max_pages=5, use_cache=False)  # short documents start early too
    assert _early_key(pdf, 5) in pdf_bounded._started
    with pytest.raises(InputError) as early:
        published.load_published(pdf, max_pages=5, use_cache=False)
    assert str(early.value) == str(alone.value) and "more than the limit of 5" in str(alone.value)
    monkeypatch.setattr(pdf_reader, "_check_streams", lambda path: (_ for _ in ()).throw(InputError("bomb", path=path)))
    assert published.start_loading(pdf, use_cache=False)
    with pytest.raises(InputError, match="bomb"):
        published.load_published(pdf, use_cache=False)
    assert not pdf_bounded._started
