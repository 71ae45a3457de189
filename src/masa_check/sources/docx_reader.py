"""DOCX → blocks in body order (paragraphs and tables interleaved).

The package is checked before python-docx opens it: a zip, with ``word/document.xml``, bounded
uncompressed size and ratio (zip bombs), every XML part bounded in size and tags (python-docx
parses each one whole), and no DTD / entity declarations in any XML part.
"""

from __future__ import annotations

import re
import zipfile
import zlib

from masa_check.document import Block
from masa_check.errors import InputError
from masa_check.sources import layout
from masa_check.sources.text_normalise import clean

READER_VERSION = "docx-5"  # 4: repeated paragraphs are furniture; 5: numbered contents lists, kind from a cover heading

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, over the whole archive
MAX_MEMBERS = 20_000
#: Each part is parsed whole by python-docx when the package opens (body, comments, headers,
#: footnotes alike): bounded one by one, and by tags over them all, so that the largest
#: acceptable package reads in well under 30 s and 1.5 GB (a 300-page report: ~3 MB, ~150,000 tags).
MAX_BODY_PART = 48 * 1024 * 1024
MAX_OTHER_PART = 16 * 1024 * 1024
MAX_TAGS = 600_000

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|kop)\s*(\d)$", re.IGNORECASE)
_TOC_STYLE = re.compile(r"^(?:toc|contents)\s*(?:heading\s*)?(\d)?$", re.IGNORECASE)
_TAB_PAGE = re.compile(r"\S.*\t[\s.·…_]*\d{1,4}\s*$")
_BULLET_TEXT = re.compile(r"^\s*([•◦▪▫■□●○◆◇►▶➢➤✓✔√∙·‣⁃*\-–—\uf000-\uf0ff])\s+(?=\S)")


def _check_package(path: str) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a DOCX file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", path=path) from None
    if not head:
        raise InputError("is empty", path=path)
    if not head.startswith(b"PK"):
        raise InputError("is not a DOCX file (not a zip archive)", path=path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"is not a DOCX file (not a zip archive: {exc})", path=path) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise InputError(f"is not a DOCX file ({len(infos)} zip members; looks like a zip bomb)", path=path)
        names = {i.filename for i in infos}
        if "word/document.xml" not in names:
            raise InputError("is not a DOCX file (no word/document.xml in the package)", path=path)
        total = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos) or 1
        if total > MAX_UNCOMPRESSED:
            raise InputError(
                f"is too large when uncompressed ({total // (1024 * 1024)} MB > {MAX_UNCOMPRESSED // (1024 * 1024)} MB);"
                " refusing to read it (zip bomb?)",
                path=path,
            )
        if total > 10 * 1024 * 1024 and total / packed > MAX_RATIO:
            raise InputError(
                f"has a suspicious compression ratio ({total // packed}:1); refusing to read it (zip bomb?)", path=path
            )
        tags = 0
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                tags += _check_part(zf, info, path)
                if tags > MAX_TAGS:
                    raise InputError(
                        f"has more than {MAX_TAGS:,} XML elements; refusing to read it (too large to check in time)",
                        path=path,
                    )


def _check_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: str) -> int:
    """Read one XML part in chunks, bounded by its own cap (whatever its header claims): no DTD
    or entity declaration, not over the size python-docx can parse in time. Returns the number
    of tags (``<``) it holds."""
    name = info.filename
    cap = MAX_BODY_PART if name == "word/document.xml" else MAX_OTHER_PART
    tags = size = 0
    tail = b""
    wide = None
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(1 << 20):
                size += len(chunk)
                if size > info.file_size:
                    raise InputError(f"is a corrupt DOCX file ({name}: size mismatch)", path=path)
                if size > cap:
                    raise InputError(
                        f"has a {name} part over {cap // (1024 * 1024)} MB; refusing to read it (too large to check in time)",
                        path=path,
                    )
                if wide is None:
                    wide = b"\x00" in chunk[:64]  # UTF-16/32: look at the ASCII characters only
                if wide:
                    chunk = chunk.replace(b"\x00", b"")
                window = tail + chunk
                if b"<!DOCTYPE" in window or b"<!ENTITY" in window or b"<!doctype" in window:
                    raise InputError(
                        f"contains a DTD or entity declaration in {name}; refusing to read it (XML entity attack?)",
                        path=path,
                    )
                tags += chunk.count(b"<")
                tail = chunk[-16:]
    except (zipfile.BadZipFile, zlib.error, OSError, RuntimeError, ValueError, EOFError) as exc:
        raise InputError(f"is a corrupt DOCX file ({name}: {exc})", path=path) from None
    return tags


def read_docx(path: str) -> list[Block]:
    """Blocks of the DOCX at ``path`` in body order. Raises :class:`InputError` on bad input."""
    _check_package(path)
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - dependency missing
        raise InputError("reading DOCX needs the python-docx package (pip install python-docx)", path=path) from exc
    try:
        document = docx.Document(path)
    except PackageNotFoundError:
        raise InputError("is not a DOCX file (no Word document in the package)", path=path) from None
    except Exception as exc:  # noqa: BLE001 - lxml/zip/KeyError on malformed packages
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise InputError(f"is a corrupt DOCX file ({reason})", path=path) from None
    try:
        _memoise_styles(document)
        blocks = _read_body(document)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - malformed XML structure
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise InputError(f"is a corrupt DOCX file ({reason})", path=path) from None
    return layout.apply_structure(blocks)


def _memoise_styles(document) -> None:
    """Remember each style python-docx resolves for this document. It resolves a paragraph's
    or run's style afresh on every ``.style``, and a paragraph or run without a style of its
    own gets the default, found by scanning every style (most of a long DOCX's reading time).
    Styles do not change while the document is read, so one lookup per (id, type) is the same."""
    part = document.part
    lookup = part.get_style
    memo: dict = {}

    def get_style(style_id, style_type):
        key = (style_id, style_type)
        if key not in memo:
            memo[key] = lookup(style_id, style_type)
        return memo[key]

    part.get_style = get_style  # this document's part only: python-docx itself is untouched


def _style_name(par) -> str:
    try:
        style = par.style
        return (style.name or "") if style is not None else ""
    except Exception:  # noqa: BLE001 - broken style references
        return ""


def _paragraph_text(p_el) -> tuple[str, int]:
    """Text of a <w:p> element (runs, tabs, breaks, hyperlinks, fields' results) and the number
    of page breaks inside it."""
    parts: list[str] = []
    breaks = 0
    for el in p_el.iter():
        tag = el.tag
        if tag == W + "t":
            parts.append(el.text or "")
        elif tag == W + "tab":
            parts.append("\t")
        elif tag in (W + "br", W + "cr"):
            if el.get(W + "type") == "page":
                breaks += 1
            else:
                parts.append("\n")
        elif tag == W + "lastRenderedPageBreak":
            breaks += 1
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        elif tag == W + "sym":
            parts.append("")
        elif tag == W + "delText":
            continue
    return "".join(parts), breaks


def _numbered(p_el) -> tuple[bool, int]:
    ppr = p_el.find(W + "pPr")
    if ppr is None:
        return False, 0
    num = ppr.find(W + "numPr")
    if num is None:
        return False, 0
    ilvl = num.find(W + "ilvl")
    numid = num.find(W + "numId")
    if numid is not None and numid.get(W + "val") == "0":
        return False, 0
    return True, int(ilvl.get(W + "val", "0")) if ilvl is not None else 0


def _outline_level(p_el) -> int | None:
    ppr = p_el.find(W + "pPr")
    if ppr is None:
        return None
    ol = ppr.find(W + "outlineLvl")
    if ol is None:
        return None
    try:
        val = int(ol.get(W + "val", "9"))
    except ValueError:
        return None
    return val + 1 if val < 9 else None


def _all_bold(par) -> bool:
    runs = [r for r in par.runs if (r.text or "").strip()]
    if not runs:
        return False
    try:
        return all(r.bold or (r.style is not None and r.style.font.bold) for r in runs)
    except Exception:  # noqa: BLE001
        return False


def _read_body(document) -> list[Block]:
    """Running headers and footers, then the body in order, then the footnotes."""
    reader = _BodyReader(document)
    reader.walk(document.element.body)
    blocks = reader.blocks
    _mark_tab_contents(blocks, reader.tab_toc)
    if not reader.saw_break:
        for b in blocks:
            b.page = None  # no page break anywhere: page numbers would all be 1, and mean nothing
    blocks.extend(_footnotes(document))
    return _furniture(document) + blocks


def _furniture(document) -> list[Block]:
    """The running headers and footers of every section, each text once."""
    furniture: list[Block] = []
    seen: set[tuple[str, str]] = set()

    def add(role: str, text: str) -> None:
        if text and (role, text) not in seen:
            seen.add((role, text))
            furniture.append(Block(role=role, text=text, page=None))

    for section in document.sections:
        for role, parts in (
            ("running_header", (section.header, section.first_page_header, section.even_page_header)),
            ("running_footer", (section.footer, section.first_page_footer, section.even_page_footer)),
        ):
            for part in parts:
                try:
                    if part is None or part.is_linked_to_previous:
                        continue
                    for p in part.paragraphs:
                        add(role, clean(p.text))
                    for t in part.tables:
                        for row in t.rows:
                            add(role, clean(" ".join(c.text for c in row.cells)))
                except Exception:  # noqa: BLE001 - a broken header part must not stop reading
                    continue
    return furniture


def _mark_tab_contents(blocks: list[Block], tab_toc: set[int]) -> None:
    """Manual contents lines "Title<TAB>12": a run of three, or any under a Contents heading."""
    run: list[int] = []
    for i in range(len(blocks) + 1):
        if i in tab_toc:
            run.append(i)
            continue
        if run:
            before = blocks[run[0] - 1] if run[0] > 0 else None
            if len(run) >= 3 or (before is not None and layout.is_contents_heading(before.text)):
                for k in run:
                    blocks[k].role = "toc_entry"
                    blocks[k].level = None
            run = []


def _section_break(ppr) -> bool:
    """A paragraph whose section ends with a break to a new page."""
    sect = ppr.find(W + "sectPr")
    if sect is None:
        return False
    st = sect.find(W + "type")
    return st is None or st.get(W + "val") in ("nextPage", "oddPage", "evenPage")


class _BodyReader:
    """Paragraphs and tables in body order, keeping count of the page they are on."""

    def __init__(self, document) -> None:
        self.document = document
        self.blocks: list[Block] = []
        self.tab_toc: set[int] = set()  # blocks that look like manual contents lines
        self.page = 1
        self.saw_break = False

    def walk(self, body) -> None:
        for child in body.iterchildren():
            if child.tag == W + "sdt":  # a content control: its paragraphs and tables
                content = child.find(W + "sdtContent")
                for sub in content.iterchildren() if content is not None else ():
                    self._element(sub)
            else:
                self._element(child)

    def _element(self, el) -> None:
        if el.tag == W + "p":
            self.paragraph(el)
        elif el.tag == W + "tbl":
            self.table(el)

    def _page_of(self, p_el, breaks: int) -> int:
        """The page the paragraph starts on; the page count moves on past its breaks."""
        ppr = p_el.find(W + "pPr")
        if ppr is not None:
            pbb = ppr.find(W + "pageBreakBefore")
            if pbb is not None and pbb.get(W + "val") not in ("0", "false") and self.blocks:
                self.page += 1
                self.saw_break = True
            if _section_break(ppr):
                breaks += 1
        this_page = self.page
        if breaks:
            self.saw_break = True
            # a break inside a paragraph that starts with a rendered break moves the whole
            # paragraph; otherwise it starts on the current page and continues on the next
            first = next((el for el in p_el.iter() if el.tag in (W + "t", W + "lastRenderedPageBreak", W + "br")), None)
            if first is not None and first.tag != W + "t":
                self.page += 1
                this_page = self.page
                breaks -= 1
            self.page += breaks
        return this_page

    def paragraph(self, p_el) -> None:
        from docx.text.paragraph import Paragraph

        par = Paragraph(p_el, self.document)
        raw, breaks = _paragraph_text(p_el)
        text = clean(raw)
        this_page = self._page_of(p_el, breaks)
        if not text:
            return
        role, level = _role_for(_style_name(par), text, p_el, par)
        # the cheap tests first: the pattern backtracks over the whole of a long tab-less paragraph
        if len(text) < 200 and "\t" in raw and role in ("paragraph", "list_item", "heading") and _TAB_PAGE.search(raw):
            self.tab_toc.add(len(self.blocks))
        self.blocks.append(Block(role=role, text=text, page=this_page, level=level))

    def table(self, tbl_el) -> None:
        from docx.table import Table

        table = Table(tbl_el, self.document)
        try:
            rows = list(table.rows)
        except Exception:  # noqa: BLE001
            return
        header: tuple[str, ...] | None = None
        for k, row in enumerate(rows):
            cells = _row_cells(row)
            if not any(cells):
                continue
            is_header = _is_header_row(row, k, rows)
            text = " | ".join(c for c in cells if c)
            self.blocks.append(
                Block(
                    role="table_row",
                    text=text,
                    page=self.page,
                    cells=tuple(cells),
                    header_cells=None if is_header else header,
                )
            )
            if is_header:
                header = tuple(cells)


def _row_cells(row) -> list[str]:
    """The text of each cell of a row, a merged cell once."""
    cells: list[str] = []
    last_tc = None
    try:
        row_cells = list(row.cells)
    except Exception:  # noqa: BLE001 - irregular grids
        row_cells = []
    for cell in row_cells:
        if cell._tc is last_tc:  # merged cell repeated by python-docx
            continue
        last_tc = cell._tc
        parts = []
        for p in cell._tc.iter(W + "p"):
            t, _ = _paragraph_text(p)
            if t.strip():
                parts.append(t)
        cells.append(clean("\n".join(parts)))
    return cells


def _is_header_row(row, index: int, rows) -> bool:
    trpr = row._tr.find(W + "trPr")
    if trpr is not None and trpr.find(W + "tblHeader") is not None:
        return True
    if index != 0 or len(rows) < 2:
        return False

    # first row all bold while the next is not: a header
    def bold(r) -> bool:
        runs = [run for run in r._tr.iter(W + "r") if "".join(t.text or "" for t in run.iter(W + "t")).strip()]
        if not runs:
            return False
        for run in runs:
            rpr = run.find(W + "rPr")
            b = rpr.find(W + "b") if rpr is not None else None
            if b is None or b.get(W + "val") in ("0", "false"):
                return False
        return True

    return bold(row) and not bold(rows[1])


def _role_for(style: str, text: str, p_el, par) -> tuple[str, int | None]:
    s = style.strip()
    low = s.lower()
    if low == "title":
        return "title", None
    if low == "subtitle":
        return "heading", 1
    m = _HEADING_STYLE.match(s)
    if m:
        return "heading", int(m.group(1))
    if _TOC_STYLE.match(s) or low.startswith("toc "):
        if low == "toc heading":
            return "heading", 1
        return "toc_entry", None
    if low == "caption" or low.startswith("caption"):
        return "caption", None
    if "footnote" in low or "endnote" in low:
        return "footnote", None
    if low in ("header", "footer"):
        return ("running_header" if low == "header" else "running_footer"), None
    outline = _outline_level(p_el)
    if outline is not None:
        return "heading", outline
    numbered, _ilvl = _numbered(p_el)
    if "list" in low or numbered or _BULLET_TEXT.match(text):
        # a numbered short bold line is a numbered heading, not a list item
        if numbered and len(text) < 100 and _all_bold(par) and not text.endswith("."):
            return "heading", (layout.heading_level_from_number(text) or 1)
        return "list_item", None
    # Direct formatting: short all-bold line, or a numbered heading pattern in bold.
    if len(text) <= 120 and len(text.split()) <= 16 and _all_bold(par) and not text.endswith((".", ",", ";")):
        return "heading", layout.heading_level_from_number(text) or 2
    return "paragraph", None


def _footnotes(document) -> list[Block]:
    """Footnotes and endnotes parts, if present."""
    out: list[Block] = []
    try:
        part = document.part
        rels = part.rels.values()
    except Exception:  # noqa: BLE001
        return out
    from lxml import etree

    for rel in rels:
        if not rel.reltype.endswith(("/footnotes", "/endnotes")) or rel.is_external:
            continue
        try:
            blob = rel.target_part.blob
            parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
            root = etree.fromstring(blob, parser)
        except Exception:  # noqa: BLE001 - a broken notes part is skipped
            continue
        for note in root:
            if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            texts = [_paragraph_text(p)[0] for p in note.iter(W + "p")]
            text = clean(" ".join(t for t in texts if t.strip()))
            if text:
                out.append(Block(role="footnote", text=text, page=None))
    return out
