"""A corpus of broken and hostile inputs, generated on demand (shared by tests and the benchmark).

Every builder writes one file (or directory) under a given folder and returns its path. ``CASES``
maps a case name to ``(builder, pattern, extra CLI args)``: the CLI must exit 2 with one line on
stderr that names the file and matches ``pattern`` (a regular expression, case-insensitive).
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from base64 import a85encode
from collections.abc import Callable
from pathlib import Path

MINIMAL_YAML = "kind: arrangements\npartnership:\n  name: Northshire Safeguarding Children Partnership\n"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def document_xml(paragraphs: list[str], prolog: str = "") -> str:
    from xml.sax.saxutils import escape

    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + prolog
        + f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    )


def raw_docx(path: Path, parts: dict[str, bytes | str]) -> Path:
    """A DOCX-shaped zip with exactly these parts (plus content types and root rels by default)."""
    members: dict[str, bytes | str] = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS}
    members.update(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            if data is not None:
                zf.writestr(name, data)
    return path


# A few paragraphs that look like real arrangements, so a valid document gets somewhere.
SAMPLE_PARAGRAPHS = [
    "Northshire Multi-agency Safeguarding Arrangements",
    "Published: 3 March 2025",
    "The three safeguarding partners are Northshire County Council, NHS Northshire Integrated Care Board "
    "and Northshire Police.",
    "Independent scrutiny is provided by an independent scrutineer appointed by the partners.",
]


def valid_docx(path: Path, paragraphs: list[str] | None = None) -> Path:
    import docx

    d = docx.Document()
    paras = paragraphs or SAMPLE_PARAGRAPHS
    d.add_paragraph(paras[0], style="Title")
    for text in paras[1:]:
        d.add_paragraph(text)
    d.save(str(path))
    return path


def valid_pdf(path: Path, pages: int = 1, lines: list[str] | None = None, **canvas_kw) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, **canvas_kw)
    for n in range(pages):
        y = A4[1] - 72
        for text in lines or SAMPLE_PARAGRAPHS:
            c.setFont("Helvetica", 10)
            c.drawString(72, y, text[:95])
            y -= 16
        c.drawString(480, 30, f"Page {n + 1} of {pages}")
        c.showPage()
    c.save()
    return path


def _write(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        p = folder / name
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return p

    build.__name__ = f"write_{name}"
    return build


# ------------------------------------------------------------------------------------------ YAML


def _deep_block_yaml(folder: Path) -> Path:
    lines = ["kind: arrangements"] + [("  " * i) + f"k{i}:" for i in range(200)]
    lines[-1] += " leaf"
    p = folder / "deep-block.yaml"
    p.write_text("\n".join(lines) + "\n")
    return p


def _deep_flow_yaml(folder: Path) -> Path:
    p = folder / "deep-flow.yaml"
    p.write_text("kind: arrangements\nx: " + "[" * 50_000 + "]" * 50_000 + "\n")
    return p


def _alias_bomb_yaml(folder: Path) -> Path:
    lines = ["kind: arrangements", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ",".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    p = folder / "alias-bomb.yaml"
    p.write_text("\n".join(lines) + "\n")
    return p


def _huge_yaml(folder: Path) -> Path:
    p = folder / "huge.yaml"
    with open(p, "w") as fh:
        fh.write("kind: arrangements\nnotes: ")
        fh.write("x" * (6 * 1024 * 1024))
        fh.write("\n")
    return p


def _large_scalar_yaml(folder: Path) -> Path:
    # Under the size limit but one enormous scalar: must still end with a clear error, quickly.
    p = folder / "large-scalar.yaml"
    p.write_text(MINIMAL_YAML + "unexpected_field: " + "y" * (4 * 1024 * 1024) + "\n")
    return p


def _many_keys_yaml(folder: Path) -> Path:
    p = folder / "many-keys.yaml"
    p.write_text(MINIMAL_YAML + "".join(f"k{i}: {i}\n" for i in range(250_000)))
    return p


PWNED_MARKER = "masa-check-pwned"


def _python_tag_yaml(folder: Path) -> Path:
    marker = folder / PWNED_MARKER
    p = folder / "python-tag.yaml"
    p.write_text(f"kind: arrangements\nx: !!python/object/apply:os.system ['touch {marker}']\n")
    return p


def _python_name_yaml(folder: Path) -> Path:
    p = folder / "python-name.yaml"
    p.write_text("kind: !!python/name:os.system\n")
    return p


YAML_CASES = {
    "yaml-empty": (_write("empty.yaml", b""), r"is empty"),
    "yaml-only-comments": (_write("comments.yaml", "# nothing here\n\n# at all\n"), r"is empty"),
    "yaml-root-list": (_write("list.yaml", "- a\n- b\n"), r"top level must be a mapping"),
    "yaml-root-scalar": (_write("scalar.yaml", "just a sentence\n"), r"top level must be a mapping"),
    "yaml-syntax": (_write("syntax.yaml", "kind: arrangements\npartnership: [unclosed\n"), r"invalid YAML"),
    "yaml-bad-indent": (_write("indent.yaml", "kind: arrangements\n  partnership: x\n name: y\n"), r"invalid YAML"),
    "yaml-tabs": (_write("tabs.yaml", "kind: arrangements\npartnership:\n\tname: x\n"), r"tab"),
    "yaml-latin1": (_write("latin1.yaml", b"kind: arrangements\nname: caf\xe9\n"), r"not UTF-8"),
    "yaml-utf16": (_write("utf16.yaml", MINIMAL_YAML.encode("utf-16")), r"not UTF-8|binary"),
    "yaml-binary": (_write("binary.yaml", b"kind: a\x00\x01\x02\n"), r"binary"),
    "yaml-pdf-renamed": (_write("renamed.yaml", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), r"not UTF-8|binary"),
    "yaml-duplicate-key": (_write("dup.yaml", "kind: arrangements\nkind: yearly-report\n"), r"duplicate key 'kind'"),
    "yaml-duplicate-nested": (
        _write("dup-nested.yaml", "kind: arrangements\npartnership:\n  name: A\n  name: B\n"),
        r"duplicate key 'name'",
    ),
    "yaml-deep-block": (_deep_block_yaml, r"nesting is deeper|too deep"),
    "yaml-deep-flow": (_deep_flow_yaml, r"nesting is (deeper|too deep)"),
    "yaml-deep-compact-seq": (_write("compact.yaml", "kind: arrangements\nx: \n  " + "- " * 50_000 + "x\n"), r"nest"),
    "yaml-deep-flow-lines": (_write("flow-lines.yaml", "x:\n" + " [\n" * 30_000 + " ]\n" * 30_000), r"nest"),
    "yaml-alias-bomb": (_alias_bomb_yaml, r"too many values"),
    "yaml-python-object": (_python_tag_yaml, r"unsupported YAML tag"),
    "yaml-python-name": (_python_name_yaml, r"unsupported YAML tag"),
    "yaml-custom-tag": (_write("tag.yaml", "kind: arrangements\nx: !include /etc/passwd\n"), r"unsupported YAML tag"),
    "yaml-merge-key": (
        _write("merge.yaml", "kind: arrangements\nbase: &b {name: x}\npartnership:\n  <<: *b\n"),
        r"merge keys",
    ),
    "yaml-too-large": (_huge_yaml, r"too large"),
    "yaml-large-scalar": (_large_scalar_yaml, r"unknown key|unexpected_field"),
    "yaml-many-keys": (_many_keys_yaml, r"too many values"),
    "yaml-unknown-kind": (_write("kind.yaml", "kind: arrangments\n"), r"did you mean 'arrangements'"),
    "yaml-bad-date": (_write("date.yaml", MINIMAL_YAML + "published: 2025-13-45\n"), r"invalid value|date"),
}


# ------------------------------------------------------------------------------------------- PDF


def _truncated_pdf(folder: Path) -> Path:
    full = valid_pdf(folder / "full.tmp")
    data = full.read_bytes()
    full.unlink()
    p = folder / "truncated.pdf"
    p.write_bytes(data[:300])
    return p


def _encrypted_pdf(folder: Path) -> Path:
    return valid_pdf(folder / "encrypted.pdf", encrypt="secret")


def _image_only_pdf(folder: Path) -> Path:
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    p = folder / "scanned.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    for _ in range(2):
        c.drawImage(ImageReader(Image.new("L", (200, 100), 200)), 50, 500, 400, 200)
        c.showPage()
    c.save()
    return p


def _blank_pages_pdf(folder: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = folder / "blank.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.showPage()
    c.save()
    return p


def _long_pdf(folder: Path) -> Path:
    return valid_pdf(folder / "long.pdf", pages=12)


def _xref_garbage_pdf(folder: Path) -> Path:
    """Every object header destroyed: nothing can be recovered."""
    full = valid_pdf(folder / "full.tmp")
    data = full.read_bytes()
    full.unlink()
    import re

    data = re.sub(rb"\d+ 0 obj", b"XXXXXXX", data)
    data = data.replace(b"trailer", b"garbage").replace(b"xref", b"xxxx")
    p = folder / "destroyed.pdf"
    p.write_bytes(data)
    return p


def _hand_pdf(objects: list[bytes], root: int = 1) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _cyclic_pages_pdf(folder: Path) -> Path:
    """A page tree whose Kids point back at itself."""
    data = _hand_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1000000 >>",
            b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1000000 >>",
        ]
    )
    p = folder / "cyclic.pdf"
    p.write_bytes(data)
    return p


def _flate_bomb_pdf(folder: Path) -> Path:
    """A single page whose content stream inflates from ~1 MB to 1 GB of spaces."""
    comp = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    body = b"".join(comp.compress(chunk) for _ in range(1024)) + comp.flush()
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"
    data = _hand_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            stream,
        ]
    )
    p = folder / "flate-bomb.pdf"
    p.write_bytes(data)
    return p


def _filtered_bomb_pdf(name: str, filters: bytes, encode: Callable[[], bytes]) -> Callable[[Path], Path]:
    """A content stream that decodes to 1 GB through ``filters`` (``encode`` builds its body)."""

    def build(folder: Path) -> Path:
        body = encode()
        stream = b"<< /Length %d /Filter %s >>\nstream\n" % (len(body), filters) + body + b"\nendstream"
        data = _hand_pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                stream,
            ]
        )
        p = folder / name
        p.write_bytes(data)
        return p

    return build


def _flate_gigabyte() -> bytes:
    comp = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    return b"".join(comp.compress(chunk) for _ in range(1024)) + comp.flush()


def _run_length_gigabyte() -> bytes:
    """RunLength pairs (128 copies each) for 1 GB, Flate-compressed: a two-stage bomb."""
    comp = zlib.compressobj(9)
    pair = (bytes([129]) + b" ") * (1 << 19)  # 1 MB of pairs = 64 MB decoded
    return b"".join(comp.compress(pair) for _ in range(16)) + comp.flush()


PDF_CASES = {
    "pdf-empty": (_write("empty.pdf", b""), r"is empty"),
    "pdf-header-only": (_write("header.pdf", b"%PDF-1.7\n"), r"not a readable PDF"),
    "pdf-truncated": (_truncated_pdf, r"not a readable PDF"),
    "pdf-garbage": (_write("garbage.pdf", bytes(range(256)) * 64), r"not a readable PDF"),
    "pdf-html": (
        _write("page.pdf", b"<!DOCTYPE html>\n<html><head><title>404</title></head><body>Not found</body></html>"),
        r"HTML",
    ),
    "pdf-docx-renamed": (lambda f: valid_docx(f / "renamed.pdf"), r"zip archive|not a readable PDF"),
    "pdf-encrypted": (_encrypted_pdf, r"encrypted"),
    "pdf-image-only": (_image_only_pdf, r"no text layer"),
    "pdf-blank-page": (_blank_pages_pdf, r"no text layer"),
    "pdf-destroyed": (_xref_garbage_pdf, r"not a readable PDF|no text layer"),
    "pdf-cyclic-pages": (_cyclic_pages_pdf, r"pages.*--max-pages|not a readable PDF"),
    "pdf-cyclic-pages-no-limit": (_cyclic_pages_pdf, r"not a readable PDF", ("--max-pages", "2000000")),
    "pdf-flate-bomb": (_flate_bomb_pdf, r"decompression bomb"),
    "pdf-ascii85-flate-bomb": (
        _filtered_bomb_pdf("a85-bomb.pdf", b"[/ASCII85Decode /FlateDecode]", lambda: a85encode(_flate_gigabyte())),
        r"decompression bomb",
    ),
    "pdf-flate-runlength-bomb": (
        _filtered_bomb_pdf("rl-bomb.pdf", b"[/FlateDecode /RunLengthDecode]", _run_length_gigabyte),
        r"decompression bomb",
    ),
    "pdf-too-many-pages": (_long_pdf, r"12 pages.*--max-pages", ("--max-pages", "10")),
}


# ------------------------------------------------------------------------------------------ DOCX


def _docx_no_document(folder: Path) -> Path:
    return raw_docx(folder / "no-document.docx", {"word/other.xml": "<x/>"})


def _docx_bad_xml(folder: Path) -> Path:
    return raw_docx(folder / "bad-xml.docx", {"word/document.xml": "<w:document><w:body><w:p>unclosed"})


def _docx_not_xml(folder: Path) -> Path:
    return raw_docx(folder / "not-xml.docx", {"word/document.xml": b"\x00\x01\x02 binary junk \xff\xfe"})


XXE_TARGET = "/etc/passwd"


def _docx_xxe(folder: Path) -> Path:
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{XXE_TARGET}">]>'
    xml = document_xml(["Independent scrutiny: XXEMARK"], prolog).replace("XXEMARK", "&xxe;")
    return raw_docx(folder / "xxe.docx", {"word/document.xml": xml})


def _docx_xxe_utf16(folder: Path) -> Path:
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{XXE_TARGET}">]>'
    xml = document_xml(["Independent scrutiny: XXEMARK"], prolog).replace("XXEMARK", "&xxe;")
    xml = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return raw_docx(folder / "xxe-utf16.docx", {"word/document.xml": xml.encode("utf-16")})


def _docx_xxe_in_styles(folder: Path) -> Path:
    p = valid_docx(folder / "xxe-styles.tmp")
    out = folder / "xxe-styles.docx"
    with zipfile.ZipFile(p) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/styles.xml":
                text = data.decode("utf-8")
                head, sep, rest = text.partition("?>")
                text = head + sep + f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{XXE_TARGET}">]>' + rest
                data = text.encode("utf-8")
            dst.writestr(info, data)
    p.unlink()
    return out


def _docx_laughs(folder: Path) -> Path:
    ents = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    ]
    prolog = "<!DOCTYPE w:document [" + "".join(ents) + "]>"
    xml = document_xml(["BOMB"], prolog).replace("BOMB", "&lol9;")
    return raw_docx(folder / "laughs.docx", {"word/document.xml": xml})


def _docx_ratio_bomb(folder: Path) -> Path:
    """A real zip bomb: ~60 MB of whitespace in document.xml, compressing to well under 1 MB."""
    p = folder / "ratio-bomb.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(document_xml(["start"]).split("<w:body>")[0].encode() + b"<w:body>")
            chunk = b" " * (1 << 20)
            for _ in range(60):
                fh.write(chunk)
            fh.write(b"</w:body></w:document>")
    return p


def _docx_lying_sizes(folder: Path) -> Path:
    """Central directory claims 300 MB for document.xml."""
    p = raw_docx(folder / "lying.docx", {"word/document.xml": document_xml(SAMPLE_PARAGRAPHS)})
    data = bytearray(p.read_bytes())
    # patch the uncompressed size of document.xml in its central directory entry
    pos = data.rfind(b"word/document.xml")
    cd = pos - 46
    assert data[cd : cd + 4] == b"PK\x01\x02", "central directory entry not found"
    data[cd + 24 : cd + 28] = (300 * 1024 * 1024).to_bytes(4, "little")
    p.write_bytes(bytes(data))
    return p


def _docx_many_members(folder: Path) -> Path:
    parts: dict[str, bytes | str] = {"word/document.xml": document_xml(SAMPLE_PARAGRAPHS)}
    parts.update({f"junk/{i}.bin": b"" for i in range(25_000)})
    return raw_docx(folder / "many.docx", parts)


def _docx_truncated(folder: Path) -> Path:
    p = valid_docx(folder / "t.tmp")
    data = p.read_bytes()
    p.unlink()
    out = folder / "truncated.docx"
    out.write_bytes(data[: len(data) // 2])
    return out


def _docx_encrypted(folder: Path) -> Path:
    """What Word writes for a password-protected .docx: an OLE compound file (we only need the magic
    and the stream names)."""
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    names = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 8 + "EncryptedPackage".encode("utf-16-le")
    p = folder / "encrypted.docx"
    p.write_bytes(head + names + b"\x00" * 1024)
    return p


def _varied_paragraphs(total_bytes: int) -> list[str]:
    """Paragraphs that deflate only a few times over (a ratio check does not stop them)."""
    out, size, i = [], 0, 0
    while size < total_bytes:
        text = f"Item {i}: the Lowmoor partners note {(i * 7919) % 1000003} cases and {(i * 104729) % 99991} reviews."
        out.append(text)
        size += len(text) + 30
        i += 1
    return out


def _docx_huge_body(folder: Path) -> Path:
    """A 60 MB body that compresses normally: python-docx took minutes and gigabytes on 150 MB."""
    return raw_docx(folder / "huge-body.docx", {"word/document.xml": document_xml(_varied_paragraphs(60 << 20))})


def _docx_part(name: str, part: str, size: int) -> Callable[[Path], Path]:
    """A small body and one other XML part of ``size`` bytes (comments, a header, footnotes)."""

    def build(folder: Path) -> Path:
        inner = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in _varied_paragraphs(size))
        xml = f'<?xml version="1.0"?><w:root xmlns:w="{W_NS}">{inner}</w:root>'
        return raw_docx(folder / name, {"word/document.xml": document_xml(SAMPLE_PARAGRAPHS), part: xml})

    build.__name__ = f"docx_part_{name}"
    return build


def _docx_many_tags(folder: Path) -> Path:
    """Three quarters of a million empty paragraphs in 4 MB (under the ratio check's floor)."""
    xml = document_xml(["start"]).replace("</w:body>", "<w:p/>" * 750_000 + "</w:body>")
    return raw_docx(folder / "many-tags.docx", {"word/document.xml": xml})


DOCX_CASES = {
    "docx-empty": (_write("empty.docx", b""), r"is empty"),
    "docx-not-zip": (_write("text.docx", b"This is a plain text file, not a Word document.\n"), r"not a DOCX"),
    "docx-pdf-renamed": (lambda f: valid_pdf(f / "renamed.docx"), r"not a DOCX.*PDF"),
    "docx-html": (_write("page.docx", b"<html><body>Sign in</body></html>"), r"not a DOCX.*HTML"),
    "docx-truncated": (_docx_truncated, r"not a DOCX|corrupt"),
    "docx-empty-zip": (_write("empty-zip.docx", b"PK\x05\x06" + b"\x00" * 18), r"not a DOCX|no word/document.xml"),
    "docx-no-document": (_docx_no_document, r"no word/document\.xml"),
    "docx-malformed-xml": (_docx_bad_xml, r"corrupt"),
    "docx-binary-xml": (_docx_not_xml, r"corrupt"),
    "docx-xxe": (_docx_xxe, r"DTD or entity"),
    "docx-xxe-utf16": (_docx_xxe_utf16, r"DTD or entity"),
    "docx-xxe-styles": (_docx_xxe_in_styles, r"DTD or entity"),
    "docx-billion-laughs": (_docx_laughs, r"DTD or entity"),
    "docx-zip-bomb": (_docx_ratio_bomb, r"zip bomb"),
    "docx-lying-sizes": (_docx_lying_sizes, r"zip bomb|too large"),
    "docx-many-members": (_docx_many_members, r"zip bomb|members"),
    "docx-encrypted": (_docx_encrypted, r"encrypted|password"),
    "docx-huge-body": (_docx_huge_body, r"document\.xml part over \d+ MB"),
    "docx-huge-comments": (_docx_part("comments.docx", "word/comments.xml", 20 << 20), r"comments\.xml part over"),
    "docx-huge-header": (_docx_part("header.docx", "word/header1.xml", 20 << 20), r"header1\.xml part over"),
    "docx-huge-footnotes": (_docx_part("notes.docx", "word/footnotes.xml", 20 << 20), r"footnotes\.xml part over"),
    "docx-many-tags": (_docx_many_tags, r"more than [\d,]+ XML elements"),
}


# ----------------------------------------------------------------------------------------- Paths


def _missing(folder: Path) -> Path:
    return folder / "does-not-exist.yaml"


def _empty_dir(folder: Path) -> Path:
    d = folder / "nothing-here"
    d.mkdir()
    (d / "notes.rtf").write_text("not a document\n")
    (d / ".hidden").mkdir()
    (d / ".hidden" / "x.yaml").write_text(MINIMAL_YAML)
    return d


def _fifo(folder: Path) -> Path:
    p = folder / "pipe.yaml"
    os.mkfifo(p)
    return p


def _symlink_dev_zero(folder: Path) -> Path:
    p = folder / "zero.yaml"
    p.symlink_to("/dev/zero")
    return p


def _symlink_dev_zero_pdf(folder: Path) -> Path:
    p = folder / "zero.pdf"
    p.symlink_to("/dev/zero")
    return p


def _dangling(folder: Path) -> Path:
    p = folder / "dangling.yaml"
    p.symlink_to(folder / "gone.yaml")
    return p


PATH_CASES = {
    "path-missing": (_missing, r"no such file"),
    "path-dir-no-documents": (_empty_dir, r"no \.yaml, \.yml, \.pdf, \.docx, \.html"),
    "path-unsupported-odt": (_write("notes.odt", "hello\n"), r"unsupported file type"),
    "path-unsupported-doc": (_write("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), r"unsupported file type"),
    "path-no-extension": (_write("README", "hello\n"), r"unsupported file type"),
    "path-fifo": (_fifo, r"not a regular file"),
    "path-dev-zero-yaml": (_symlink_dev_zero, r"not a regular file"),
    "path-dev-zero-pdf": (_symlink_dev_zero_pdf, r"not a regular file"),
    "path-dangling-symlink": (_dangling, r"no such file"),
}


# ------------------------------------------------------------------------- web page, markdown, text


def _sparse(name: str, size: int = 25 * 1024 * 1024) -> Callable[[Path], Path]:
    """A file of ``size`` bytes that takes no disk (it must be refused by its size, unread)."""

    def build(folder: Path) -> Path:
        p = folder / name
        with open(p, "wb") as fh:
            fh.truncate(size)
        return p

    build.__name__ = f"sparse_{name}"
    return build


_NOISE = bytes((i * 7919 + 13) % 256 for i in range(64 * 1024))
_SCRIPT_SHELL = (
    '<!DOCTYPE html><html><head><title>Arrangements | SCP</title></head><body><nav><a href="/">Home</a></nav>'
    '<div id="root"></div><script src="/app.js"></script><noscript>Please enable JavaScript.</noscript></body></html>'
)
WEB_CASES = {
    "html-empty": (_write("empty.html", b""), r"is empty"),
    "html-whitespace": (_write("blank.htm", b" \r\n\t \n"), r"is empty"),
    "html-binary": (_write("noise.html", _NOISE), r"binary data"),
    "html-png-renamed": (_write("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _NOISE[:4096]), r"binary data"),
    "html-huge": (_sparse("huge.html"), r"too large"),
    "html-too-many-elements": (
        _write("many.html", "<html><body>" + "<i></i>" * 420_000 + "</body></html>"),
        r"elements",
    ),
    "html-too-deep": (_write("deep.html", "<html><body>" + "<div>" * 3000 + "x"), r"deep"),
    "html-script-shell": (_write("app.html", _SCRIPT_SHELL), r"no readable text"),
    "html-sniffed-binary": (_write("page.aspx", _NOISE), r"unsupported file type"),
    "md-empty": (_write("empty.md", b""), r"is empty"),
    "md-binary": (_write("noise.md", _NOISE), r"binary data"),
    "md-huge": (_sparse("huge.md"), r"too large"),
    "txt-binary": (_write("noise.txt", _NOISE), r"binary data"),
    "txt-huge": (_sparse("huge.txt"), r"too large"),
}


def _normalise(cases: dict) -> dict[str, tuple[Callable[[Path], Path], str, tuple[str, ...]]]:
    return {name: (v[0], v[1], tuple(v[2]) if len(v) > 2 else ()) for name, v in cases.items()}


CASES = _normalise({**YAML_CASES, **PDF_CASES, **DOCX_CASES, **WEB_CASES, **PATH_CASES})
