"""DOCX reader tests on documents built with python-docx at test time."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from masa_check.errors import InputError
from masa_check.sources.docx_reader import read_docx

docx = pytest.importorskip("docx")
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def build_docx(path: Path) -> Path:
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Northshire Safeguarding Children Partnership"
    d.sections[0].footer.paragraphs[0].text = "Published arrangements 2025"
    d.add_paragraph("Northshire Multi-agency Safeguarding Arrangements", style="Title")
    d.add_paragraph("Published: 3 March 2025")
    d.add_heading("Contents", level=1)
    d.add_paragraph("1. Introduction\t3")
    d.add_paragraph("2. Funding\t4")
    d.add_paragraph("3. Glossary\t5")
    d.add_heading("1. Introduction", level=1)
    d.add_paragraph("We, the three safeguarding partners, publish these arrangements under Working Together 2023.")
    d.add_heading("1.1 Scope", level=2)
    d.add_paragraph("The arrangements cover all children in Northshire.")
    d.add_paragraph("reviewing audits", style="List Bullet")
    d.add_paragraph("meeting practitioners", style="List Number")
    run = d.add_paragraph("Text before a page break.").add_run()
    run.add_break(WD_BREAK.PAGE)
    d.add_heading("2. Funding", level=1)
    t = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate(
        [("Partner", "Contribution"), ("Northshire County Council", "£111,000"), ("Northshire Police", "£40,000")]
    ):
        t.cell(r, 0).text, t.cell(r, 1).text = a, b
    for c in t.rows[0].cells:
        for p in c.paragraphs:
            for rn in p.runs:
                rn.bold = True
    d.add_paragraph("The budget is reviewed each year.")
    d.add_heading("3. Glossary", level=1)
    d.add_paragraph("LA: local authority")
    d.add_paragraph("Figure 1: structure chart", style="Caption")
    d.save(path)
    return path


def test_docx_structure(tmp_path):
    blocks = read_docx(str(build_docx(tmp_path / "a.docx")))
    by_role = {}
    for b in blocks:
        by_role.setdefault(b.role, []).append(b)
    assert by_role["title"][0].text == "Northshire Multi-agency Safeguarding Arrangements"
    assert by_role["running_header"][0].text == "Northshire Safeguarding Children Partnership"
    assert by_role["running_footer"][0].text == "Published arrangements 2025"
    assert [b.text for b in by_role["toc_entry"]] == ["1. Introduction 3", "2. Funding 4", "3. Glossary 5"]
    scope = next(b for b in blocks if b.text.startswith("The arrangements cover"))
    assert scope.heading_path == ("1. Introduction", "1.1 Scope")
    assert [b.text for b in by_role["list_item"]] == ["reviewing audits", "meeting practitioners"]
    rows = by_role["table_header"] + by_role["table_row"]  # the header row names columns: not evidence
    assert rows[0].cells == ("Partner", "Contribution") and rows[0].header_cells is None
    assert rows[1].cells == ("Northshire County Council", "£111,000")
    assert rows[1].header_cells == ("Partner", "Contribution")
    assert rows[1].heading_path == ("2. Funding",)
    # body order: table between the heading and the following paragraph
    idx = [b.text for b in blocks]
    assert (
        idx.index("2. Funding") < idx.index("Partner | Contribution") < idx.index("The budget is reviewed each year.")
    )
    # page estimate from the explicit page break
    assert scope.page == 1 and rows[0].page == 2
    assert by_role["caption"][0].text.startswith("Figure 1")


def test_not_a_zip(tmp_path):
    p = tmp_path / "x.docx"
    p.write_text("hello")
    with pytest.raises(InputError, match="not a zip archive"):
        read_docx(str(p))


def test_empty(tmp_path):
    p = tmp_path / "x.docx"
    p.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        read_docx(str(p))


def test_missing_document_xml(tmp_path):
    p = tmp_path / "x.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(InputError, match="word/document.xml"):
        read_docx(str(p))


def _rewrite(src: Path, dst: Path, name: str, transform) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == name:
                data = transform(data)
            zout.writestr(item, data)


def test_entity_declaration_rejected(tmp_path):
    src = build_docx(tmp_path / "a.docx")
    bad = tmp_path / "xxe.docx"

    def add_dtd(data: bytes) -> bytes:
        head, rest = data.split(b"?>", 1)
        return head + b'?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + rest

    _rewrite(src, bad, "word/document.xml", add_dtd)
    with pytest.raises(InputError, match="entity"):
        read_docx(str(bad))


def test_corrupt_xml(tmp_path):
    src = build_docx(tmp_path / "a.docx")
    bad = tmp_path / "corrupt.docx"
    _rewrite(src, bad, "word/document.xml", lambda d: d[: len(d) // 2])
    with pytest.raises(InputError, match="corrupt"):
        read_docx(str(bad))


def test_zip_bomb(tmp_path):
    src = build_docx(tmp_path / "a.docx")
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        with zout.open("word/media/huge.bin", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(210):
                fh.write(chunk)
    assert bomb.stat().st_size < 2_000_000
    with pytest.raises(InputError, match="zip bomb"):
        read_docx(str(bomb))


@pytest.mark.skipif(not (SHARED / "fixtures").is_dir(), reason="shared fixtures not present")
def test_shared_fixture_docx():
    for path in sorted((SHARED / "fixtures").glob("*.docx")):
        blocks = read_docx(str(path))
        assert any(b.role == "heading" for b in blocks)
        assert any(b.role == "toc_entry" for b in blocks)
        assert any(b.role == "running_header" for b in blocks)


def test_every_xml_part_is_bounded_before_python_docx_parses_it(tmp_path, monkeypatch):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))
    import hostile_corpus as corpus

    from masa_check.sources import docx_reader

    monkeypatch.setattr(docx_reader, "MAX_OTHER_PART", 64 * 1024)
    monkeypatch.setattr(docx_reader, "MAX_BODY_PART", 256 * 1024)
    for part in ("word/comments.xml", "word/header2.xml", "word/endnotes.xml"):
        path = corpus._docx_part("p.docx", part, 100 * 1024)(tmp_path)
        with pytest.raises(InputError, match=part.split("/")[1].replace(".", r"\.") + " part over"):
            docx_reader.read_docx(str(path))
    small = corpus._docx_part("ok.docx", "word/comments.xml", 10 * 1024)(tmp_path)
    assert docx_reader.read_docx(str(small))  # a part under the cap reads as before
    monkeypatch.setattr(docx_reader, "MAX_BODY_PART", 48 << 20)
    monkeypatch.setattr(docx_reader, "MAX_TAGS", 1000)
    with pytest.raises(InputError, match="more than 1,000 XML elements"):
        docx_reader.read_docx(str(corpus._docx_many_tags(tmp_path)))


def test_styles_are_resolved_once_per_document_with_the_same_blocks(tmp_path, monkeypatch):
    from docx.styles.styles import Styles

    from masa_check.sources import docx_reader

    d = docx.Document()
    d.add_heading("Training across the partnership", level=1)
    for k in range(60):
        p = d.add_paragraph()
        p.add_run(f"Short bold line {k}").bold = k % 2 == 0
        d.add_paragraph(f"Practitioners from every agency joined session {k} on neglect.", style="List Bullet")
    path = tmp_path / "many.docx"
    d.save(str(path))
    calls = []
    real = Styles.default
    monkeypatch.setattr(Styles, "default", lambda self, t: calls.append(t) or real(self, t))
    memoised = read_docx(str(path))
    assert len(calls) <= 2, "the default style is looked up once per style type, not per paragraph or run"
    monkeypatch.setattr(docx_reader, "_memoise_styles", lambda document: None)
    calls.clear()
    assert read_docx(str(path)) == memoised
    assert len(calls) > 60  # without it, once a paragraph or run
