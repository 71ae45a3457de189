"""PDF → blocks in reading order.

pypdfium2 gives the text layer with positions and font sizes; lines are the unit of layout.
Running headers/footers, page numbers, contents lines, footnotes, tables, lists, headings and
paragraphs are recognised from the lines. pdfplumber (pdfminer) is used only on pages that carry
ruling lines, where its table detection is worth its cost. With ``ocr=True`` and ``tesseract``
on PATH, pages without a text layer are rendered and OCR'd.
"""

from __future__ import annotations

import ctypes
import itertools
import os
import re
import shutil
import statistics
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass, field

from masa_check.document import Block
from masa_check.errors import InputError
from masa_check.sources import layout
from masa_check.sources.text_normalise import clean

#: Bumped whenever extraction output may change (part of the cache key).
READER_VERSION = "pdf-8"  # 4: repeated paragraphs are furniture; 5: U+FFFE is a hyphen; 6: no clock; 7: unreadable text layer refused; 8: numbered contents lists, kind from a cover heading

#: pdfplumber's table finder costs ~80 ms a page, more with the characters on it: it runs only
#: when a document has at most this many ruled-table pages, on pages of at most
#: MAX_TABLE_PAGE_CHARS characters and MAX_TABLE_CHARS in all; otherwise the aligned-cells
#: heuristic reads the tables, which keeps a 200-page document near pdftotext's speed. The
#: bounds are counts, never a clock, so what is read never depends on how busy the machine is.
MAX_TABLE_PAGES = 6
MAX_TABLE_PAGE_CHARS = 12_000
MAX_TABLE_CHARS = 40_000

BULLET_RE = re.compile(r"^\s*([•◦▪▫■□●○◆◇►▶➢➤✓✔√∙·‣⁃*§\-–—\uf000-\uf0ff]|o(?=\s))\s*(?=\S)")
NUMBER_ITEM_RE = re.compile(
    r"^\s*(\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]|\(\d{1,2}\)|\([a-z]\))\s+(?=\S)"
)
CAPTION_RE = re.compile(r"^\s*(figure|fig\.|table|diagram|chart|image)\s+\d+[a-z]?\s*[:.\-–—]", re.IGNORECASE)
TERMINAL = tuple(".!?:;\"'’”)")


@dataclass(slots=True)
class Line:
    page: int  # 1-based
    text: str
    x0: float
    x1: float
    top: float  # points from the top of the page
    bottom: float
    size: float
    bold: bool
    page_height: float
    page_width: float
    row: int = 0  # physical line id; segments split from one line share it
    role: str | None = None
    nseg: int = 1
    extra: dict = field(default_factory=dict)

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)


@dataclass(slots=True)
class TableRow:
    page: int
    top: float
    cells: tuple[str, ...]
    header: tuple[str, ...] | None
    is_header: bool


# ---------------------------------------------------------------------------------------------
# Entry point


def read_pdf(path: str, *, max_pages: int = 1000, ocr: bool = False, bounded: bool = False) -> tuple[list[Block], int]:
    """Blocks of the PDF at ``path`` in reading order, and its page count.

    Raises :class:`InputError` for anything the user can fix: not a PDF, truncated, encrypted,
    image-only without OCR, too many pages, or more memory needed than :mod:`pdf_bounded` allows.
    ``bounded``: this process is a bounded reading process already (one started early by
    :func:`masa_check.sources.published.start_loading`): read here, after the same checks.
    """
    from masa_check.sources import pdf_bounded

    check_header(path)
    _check_streams(path)
    if bounded:
        return _read_blocks(path, max_pages, ocr)
    return pdf_bounded.run(path, _read_blocks, path, max_pages, ocr)


def _read_blocks(path: str, max_pages: int, ocr: bool) -> tuple[list[Block], int]:
    """The whole reading, text layer to blocks: done in the bounded reading process where there
    is one, so a long document's lines are assembled there while the caller loads the engine,
    and only the (fewer) blocks come back."""
    lines, table_candidates, page_count = _read_text_layer(path, max_pages, ocr)
    tables: dict[int, list[tuple[tuple[float, float, float, float], list[TableRow]]]] = {}
    if table_candidates and len(table_candidates) <= MAX_TABLE_PAGES:
        tables = _plumber_tables(path, table_candidates, lines)
    return _build_blocks(lines, tables, page_count), page_count


def _read_text_layer(path: str, max_pages: int, ocr: bool) -> tuple[list[Line], list[int], int]:
    """pdfium's part of :func:`read_pdf`: the lines (OCR'd where asked), the pages worth a table
    pass, and the page count. Runs in the bounded reading process where there is one."""
    try:
        import pypdfium2 as pdfium
    except ImportError as exc:  # pragma: no cover - dependency missing
        raise InputError("reading PDF needs the pypdfium2 package (pip install pypdfium2)", path=path) from exc

    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg or "security" in msg:
            raise InputError("is encrypted (password-protected); masa-check cannot read it", path=path) from None
        raise InputError(f"is not a readable PDF ({_short_reason(exc)})", path=path) from None
    except (OSError, ValueError) as exc:
        raise InputError(f"is not a readable PDF ({_short_reason(exc)})", path=path) from None
    try:
        try:
            page_count = len(pdf)
        except Exception as exc:  # noqa: BLE001 - pdfium errors on broken files
            raise InputError(f"is not a readable PDF ({_short_reason(exc)})", path=path) from None
        if page_count == 0:
            raise InputError("is not a readable PDF (no pages)", path=path)
        if page_count > max_pages:
            raise InputError(
                f"has {page_count} pages, more than the limit of {max_pages}; raise it with --max-pages",
                path=path,
            )
        lines, empty_pages, table_candidates, _dims = _extract_all(pdf, page_count, path)
        if not lines or all(not ln.text.strip() for ln in lines):
            if not ocr:
                raise InputError(
                    "has no text layer (image-only/scanned PDF); run with --ocr if tesseract is installed",
                    path=path,
                )
            lines = _ocr_lines(pdf, page_count, path)
            table_candidates = []
        elif unreadable_text(ln.text for ln in lines):
            if not ocr:
                raise InputError(
                    "has an unreadable text layer (its text decodes to non-words: fonts without a Unicode"
                    " map?); run with --ocr if tesseract is installed",
                    path=path,
                )
            lines = _ocr_lines(pdf, page_count, path)
            table_candidates = []
        elif ocr and empty_pages and shutil.which("tesseract"):
            lines.extend(_ocr_lines(pdf, page_count, path, only=empty_pages))
            lines.sort(key=lambda ln: (ln.page, ln.row))
    finally:
        pdf.close()
    return lines, table_candidates, page_count


#: Words that make up a sixth to a third of any English prose (0.2-0.33 in published documents).
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "a",
        "in",
        "for",
        "is",
        "be",
        "are",
        "on",
        "with",
        "by",
        "as",
        "that",
        "this",
        "will",
        "at",
        "or",
        "from",
        "an",
        "it",
        "we",
        "our",
        "their",
        "which",
        "have",
        "has",
        "not",
        "all",
        "can",
    ]
)
_UNREADABLE_CHAR = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")


def unreadable_text(texts, min_tokens: int = 100) -> bool:
    """Whether a text layer is garbage: what a CID font with no ToUnicode map gives. Such text has
    almost no English function words (under 2% of its tokens, where prose has 20-33%) or is
    mostly control, private-use and replacement characters. Too little text is not judged."""
    tokens: list[str] = []
    odd = total = 0
    for text in texts:
        odd += len(_UNREADABLE_CHAR.findall(text))
        total += len(text)
        tokens += text.split()
        if len(tokens) > 20_000:
            break
    if total >= 500 and odd / total > 0.3:
        return True
    if len(tokens) < min_tokens:
        return False
    hits = sum(t.strip(".,;:()[]\"'“”‘’!?").lower() in _FUNCTION_WORDS for t in tokens)
    return hits / len(tokens) < 0.02


# ---------------------------------------------------------------------------------------------
# Input checks


def check_header(path: str) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a PDF", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", path=path) from None
    if size == 0:
        raise InputError("is empty", path=path)
    if b"%PDF-" not in head:
        stripped = head.lstrip().lower()
        if stripped.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")) or b"<html" in stripped:
            reason = "it is an HTML page, not a PDF - was it saved from a web page?"
        elif head.startswith(b"PK"):
            reason = "it is a zip archive (a DOCX?), not a PDF"
        else:
            reason = "no %PDF header"
        raise InputError(f"is not a readable PDF ({reason})", path=path)


def _check_streams(path: str) -> None:
    """Refuse decompression bombs before pdfium inflates them (see :mod:`pdf_streams`)."""
    from masa_check.sources.pdf_streams import MAX_DECODED, bomb_stream

    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", path=path) from None
    if bomb_stream(data):
        raise InputError(
            f"has a compressed stream that expands to over {MAX_DECODED // (1024 * 1024)} MB;"
            " refusing to read it (decompression bomb?)",
            path=path,
        )


def _short_reason(exc: BaseException) -> str:
    """The library's reason in a few words; none (or PDFium's 'Success', its code for no error
    recorded) says the structure could not be parsed, never the exception's class name."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = re.sub(r"^Failed to load document \(PDFium: (.*)\)\.?$", r"\1", text)
    if not text or text.strip(" .").lower() == "success":
        return "its structure could not be parsed"
    return text[:120]


# ---------------------------------------------------------------------------------------------
# pdfium line extraction


_LINE_SPLIT = re.compile(r"[^\r\n]+")


def _extract_all(pdf, page_count: int, path: str):
    """:func:`_extract_lines` over every page; a long document with a second core is shared with
    a forked helper process."""
    from masa_check.sources import pdf_parallel

    helper = pdf_parallel.Helper.start(path, page_count, _extract_lines)
    if helper is None:
        return _extract_lines(pdf, range(page_count), path)
    return helper.finish(pdf)


def _extract_lines(pdf, pages: range, path: str, row_base: int = 0):
    """pdfium's text lines of ``pages`` (0-based), with position, size and weight; row ids
    start after ``row_base``, so two halves read apart stay in order."""
    import pypdfium2.raw as raw

    lines: list[Line] = []
    empty_pages: list[int] = []
    table_candidates: list[int] = []
    dims: dict[int, tuple[float, float]] = {}
    row_id = row_base
    font_buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    rect = raw.FS_RECTF()
    d_l, d_t, d_r, d_b = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()

    # pdfium's C calls on raw handles: pypdfium2's page objects cost more than reading the page
    for pno in pages:
        page = raw.FPDF_LoadPage(pdf.raw, pno)
        if not page:  # a broken page tree
            raise InputError(f"is not a readable PDF (page {pno + 1} cannot be loaded)", path=path)
        try:
            width, height = raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page)
            dims[pno + 1] = (width, height)
            tp = raw.FPDFText_LoadPage(page)
            if not tp:
                raise InputError(f"is not a readable PDF (page {pno + 1}: its text cannot be read)", path=path)
            try:
                n = raw.FPDFText_CountChars(tp)
                if n <= 0:
                    empty_pages.append(pno + 1)
                    continue
                buf = (ctypes.c_ushort * (n + 1))()
                got = raw.FPDFText_GetText(tp, 0, n, buf)
                text = bytes(buf)[: max(got - 1, 0) * 2].decode("utf-16-le", errors="replace")
                if not text.strip():
                    empty_pages.append(pno + 1)
                    continue
                mapped = len(text) == n

                def bold_at(i: int, tp=tp) -> bool:
                    weight = raw.FPDFText_GetFontWeight(tp, i)
                    if weight >= 600:
                        return True
                    raw.FPDFText_GetFontInfo(tp, i, font_buf, 128, ctypes.byref(flags))
                    name = font_buf.value.lower()
                    if b"bold" in name or b"black" in name or b"heavy" in name or b"semibold" in name:
                        return True
                    return bool(flags.value & (1 << 18))  # ForceBold

                def box(i: int, tp=tp) -> tuple[float, float, float, float]:
                    if raw.FPDFText_GetLooseCharBox(tp, i, rect):
                        return rect.left, rect.top, rect.right, rect.bottom
                    raw.FPDFText_GetCharBox(tp, i, d_l, d_r, d_b, d_t)
                    return d_l.value, d_t.value, d_r.value, d_b.value

                for m in _LINE_SPLIT.finditer(text):
                    seg = m.group(0)
                    stripped = seg.strip()
                    if not stripped:
                        continue
                    start = m.start() + (len(seg) - len(seg.lstrip()))
                    end = m.end() - 1 - (len(seg) - len(seg.rstrip()))
                    if not mapped:
                        start = raw.FPDFText_GetCharIndexFromTextIndex(tp, start)
                        end = raw.FPDFText_GetCharIndexFromTextIndex(tp, end)
                        if start < 0 or end < 0:
                            continue
                    row_id += 1
                    pieces = _split_on_gaps(raw, tp, start, end, stripped, text if mapped else None, m.start(), box)
                    for s_idx, e_idx, piece in pieces:
                        piece_text = piece.strip()
                        if not piece_text:
                            continue
                        bl, bt, br, bb = box(s_idx)
                        el, et, er, eb = box(e_idx)
                        mid = (s_idx + e_idx) // 2
                        size = max(raw.FPDFText_GetFontSize(tp, s_idx), raw.FPDFText_GetFontSize(tp, mid))
                        lines.append(
                            Line(
                                page=pno + 1,
                                text=piece_text,
                                x0=min(bl, el),
                                x1=max(br, er),
                                top=height - max(bt, et),
                                bottom=height - min(bb, eb),
                                size=round(size * 2) / 2,
                                bold=bold_at(s_idx) and bold_at(mid) and bold_at(e_idx),
                                page_height=height,
                                page_width=width,
                                row=row_id,
                                nseg=len(pieces),
                            )
                        )
            finally:
                raw.FPDFText_ClosePage(tp)
            if _has_ruling(page, raw):
                table_candidates.append(pno + 1)
        finally:
            raw.FPDF_ClosePage(page)
    return lines, empty_pages, table_candidates, dims


def _split_on_gaps(raw, tp, start: int, end: int, stripped: str, text: str | None, text_start: int, box):
    """Split one pdfium line where its text runs leave a wide horizontal gap (table cells,
    columns emitted line by line). Returns [(start_idx, end_idx, text)]."""
    count = end - start + 1
    whole = [(start, end, stripped)]
    if count < 3 or text is None:
        return whole
    nrects = raw.FPDFText_CountRects(tp, start, count)
    if nrects < 2:
        return whole
    left, top, right, bottom = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    rects = []
    for i in range(nrects):
        if raw.FPDFText_GetRect(tp, i, left, top, right, bottom):
            rects.append((left.value, right.value, top.value - bottom.value))
    if len(rects) < 2:
        return whole
    size = max(r[2] for r in rects) or 10.0
    cuts: list[float] = []
    prev_right = rects[0][1]
    for lft, rgt, _h in rects[1:]:
        gap = lft - prev_right
        if gap > max(2.2 * size, 16.0):
            cuts.append((prev_right + lft) / 2)
        prev_right = max(prev_right, rgt)
    if not cuts:
        return whole
    # Char indices at the cuts: x is increasing along the line in content order; binary search.
    indices = [start]
    for cut in cuts:
        lo, hi = indices[-1], end
        while lo < hi:
            mid = (lo + hi) // 2
            if box(mid)[0] < cut:
                lo = mid + 1
            else:
                hi = mid
        if lo <= indices[-1] or lo > end:
            return whole
        indices.append(lo)
    indices.append(end + 1)
    out = []
    for a, b in zip(indices, indices[1:], strict=False):
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if not piece.strip():
            continue
        out.append((a + lead, b - 1 - trail, piece))
    return out or whole


def _path_bounds(page, raw, max_depth: int = 3, limit: int = 3000):
    """Bounds (left, bottom, right, top) of the path objects of ``page`` (a raw FPDF_PAGE),
    descending into form XObjects, through pdfium's C calls (object wrappers cost more than the
    test itself). Raises ValueError for an object pdfium cannot place."""
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    path_type, form_type = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM
    seen = 0

    def walk(count, get, parent, level):
        nonlocal seen
        for i in range(count(parent)):
            obj = get(parent, i)
            if not obj:
                raise ValueError("no page object")
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == path_type:
                seen += 1
                if seen > limit + 1:
                    return
                if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                    raise ValueError("unplaceable page object")
                yield left.value, bottom.value, right.value, top.value
            if kind == form_type and level < max_depth - 1:
                yield from walk(raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, obj, level + 1)

    yield from walk(raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, page, 0)


def _has_ruling(page, raw) -> bool:
    """Cheap test for a ruled table grid: at least three thin horizontal and two thin vertical
    path objects whose extents overlap (cell borders), as a table drawn with rules has."""
    horiz: list[tuple[float, float, float]] = []
    vert: list[tuple[float, float, float]] = []
    try:
        for left, bottom, right, top in _path_bounds(page, raw):
            w, h = right - left, top - bottom
            if h <= 2.5 and w >= 15:
                horiz.append((left, right, (top + bottom) / 2))
            elif w <= 2.5 and h >= 8:
                vert.append((bottom, top, (left + right) / 2))
    except Exception:  # noqa: BLE001 - a broken path object must not stop extraction
        return False
    if len(horiz) < 3 or len(vert) < 2:
        return False
    # verticals that cross at least two horizontals, inside their x-range: a grid
    crossing = 0
    for b, t, x in vert:
        hits = sum(1 for lft, rgt, y in horiz if b - 2 <= y <= t + 2 and lft - 2 <= x <= rgt + 2)
        if hits >= 2:
            crossing += 1
    return crossing >= 2


# ---------------------------------------------------------------------------------------------
# Tables (pdfplumber, ruled tables only)


def _plumber_tables(path: str, pages: list[int], lines: list[Line]):
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - optional
        return {}
    out: dict[int, list] = {}
    bold_rows: dict[int, list[Line]] = {}
    chars: dict[int, int] = {}
    for ln in lines:
        if ln.page in pages:
            bold_rows.setdefault(ln.page, []).append(ln)
            chars[ln.page] = chars.get(ln.page, 0) + len(ln.text)
    try:
        with pdfplumber.open(path) as pdf:
            spent = 0
            for pno in pages:
                if chars.get(pno, 0) > MAX_TABLE_PAGE_CHARS:
                    continue  # the aligned-cells heuristic reads this page's tables
                spent += chars.get(pno, 0)
                if spent > MAX_TABLE_CHARS:
                    break
                try:
                    page = pdf.pages[pno - 1]
                    found = page.find_tables()
                    result = []
                    height = float(page.height)
                    for table in found:
                        rows = table.extract()
                        bbox = table.bbox  # x0, top, x1, bottom (top-based)
                        if not rows or len(rows) < 1:
                            continue
                        ncols = max(len(r) for r in rows)
                        if ncols < 2 and len(rows) < 2:
                            continue
                        trows = []
                        row_tops = [r.bbox[1] for r in table.rows] if hasattr(table, "rows") else []
                        for k, cells in enumerate(rows):
                            cells_t = tuple(clean((c or "").replace("\n", "\n")) for c in cells)
                            if not any(cells_t):
                                continue
                            top = row_tops[k] if k < len(row_tops) else bbox[1] + k
                            trows.append(TableRow(pno, top, cells_t, None, False))
                        if trows:
                            result.append(((bbox[0], bbox[1], bbox[2], bbox[3]), trows))
                    if result:
                        out[pno] = result
                    del height
                    page.flush_cache()
                    page.close()
                except Exception:  # noqa: BLE001 - fall back to line-based reading
                    continue
    except Exception:  # noqa: BLE001 - pdfminer can fail where pdfium did not
        return {}
    # Header rows: first row all bold (from pdfium lines), or continuation of a split table.
    for pno, tabs in out.items():
        page_lines = bold_rows.get(pno, [])
        for bbox, trows in tabs:
            first = trows[0]
            second_top = trows[1].top if len(trows) > 1 else bbox[3]
            in_first = [
                ln for ln in page_lines if bbox[0] - 1 <= ln.x0 <= bbox[2] and first.top - 1 <= ln.top < second_top
            ]
            if len(trows) > 1 and in_first and all(ln.bold for ln in in_first):
                first.is_header = True
                for r in trows[1:]:
                    r.header = first.cells
    return out


# ---------------------------------------------------------------------------------------------
# OCR


def _ocr_lines(pdf, page_count: int, path: str, only: list[int] | None = None) -> list[Line]:
    exe = shutil.which("tesseract")
    if not exe:
        raise InputError(
            "has no text layer (image-only/scanned PDF) and --ocr needs tesseract, which is not installed "
            "(e.g. apt-get install tesseract-ocr)",
            path=path,
        )
    scale = 300 / 72
    lines: list[Line] = []
    row = 10_000_000
    with tempfile.TemporaryDirectory(prefix="masa-ocr-") as tmp:
        for pno in range(page_count):
            if only is not None and pno + 1 not in only:
                continue
            page = pdf[pno]
            width, height = page.get_size()
            bitmap = page.render(scale=scale, grayscale=True)
            img = os.path.join(tmp, f"p{pno}.pgm")
            w, h, stride = bitmap.width, bitmap.height, bitmap.stride
            data = bytes(bitmap.buffer)
            with open(img, "wb") as fh:
                fh.write(f"P5 {w} {h} 255\n".encode())
                for y in range(h):
                    fh.write(data[y * stride : y * stride + w])
            bitmap.close()
            page.close()
            try:
                proc = subprocess.run(
                    [exe, img, "stdout", "--psm", "3", "tsv"],
                    capture_output=True,
                    text=True,
                    timeout=300,
                    check=False,
                )
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise InputError(f"OCR failed on page {pno + 1} ({exc})", path=path) from None
            if proc.returncode != 0:
                raise InputError(f"OCR failed on page {pno + 1} ({proc.stderr.strip()[:100]})", path=path)
            groups: dict[tuple[str, str, str], list[tuple[int, int, int, int, str]]] = {}
            for rec in proc.stdout.splitlines()[1:]:
                parts = rec.split("\t")
                if len(parts) < 12 or parts[0] != "5" or not parts[11].strip():
                    continue
                key = (parts[2], parts[3], parts[4])
                groups.setdefault(key, []).append(
                    (int(parts[6]), int(parts[7]), int(parts[8]), int(parts[9]), parts[11])
                )
            for words in groups.values():
                row += 1
                x0 = min(w_[0] for w_ in words) / scale
                x1 = max(w_[0] + w_[2] for w_ in words) / scale
                top = min(w_[1] for w_ in words) / scale
                bottom = max(w_[1] + w_[3] for w_ in words) / scale
                hs = sorted(w_[3] for w_ in words)
                size = round(hs[len(hs) // 2] / scale * 1.35 * 2) / 2
                lines.append(
                    Line(pno + 1, " ".join(w_[4] for w_ in words), x0, x1, top, bottom, size, False, height, width, row)
                )
    lines.sort(key=lambda ln: (ln.page, ln.top))
    return lines


# ---------------------------------------------------------------------------------------------
# Lines → blocks


def _body_size(lines: list[Line]) -> float:
    weights: Counter[float] = Counter()
    for ln in lines:
        weights[ln.size] += len(ln.text)
    return weights.most_common(1)[0][0] if weights else 11.0


def _mark_furniture(lines: list[Line], page_count: int) -> None:
    plines = [
        layout.PositionedLine(ln.page, ln.text, ln.top / ln.page_height, ln.bottom / ln.page_height) for ln in lines
    ]
    for i, role in layout.find_running_lines(plines, page_count).items():
        lines[i].role = role


def _order_page(page_lines: list[Line]) -> list[Line]:
    """Reading order on one page: column by column when the page has two columns."""
    body = [ln for ln in page_lines if ln.role is None]
    if len(body) < 10:
        return page_lines
    width = body[0].page_width
    lo, hi = 0.3 * width, 0.7 * width
    # coverage of x by body lines in 2pt bins
    nbins = int(width // 2) + 1
    delta = [0] * (nbins + 1)  # +1 at a line's first bin, -1 after its last: summed below
    for ln in body:
        first, last = max(0, int(ln.x0 // 2)), min(nbins, int(ln.x1 // 2) + 1)
        if first < last:
            delta[first] += 1
            delta[last] -= 1
    cover = list(itertools.accumulate(delta))
    best = None
    run_start = None
    for b in range(int(lo // 2), int(hi // 2) + 1):
        empty = cover[b] <= max(1, len(body) // 12)
        if empty and run_start is None:
            run_start = b
        if (not empty or b == int(hi // 2)) and run_start is not None:
            end = b if not empty else b + 1
            if (end - run_start) * 2 >= 8 and (best is None or end - run_start > best[1] - best[0]):
                best = (run_start, end)
            run_start = None
    if best is None:
        return page_lines
    gutter = best[0] + best[1]  # bins*2/2 → x in points
    left = [ln for ln in body if ln.x1 <= gutter + 2]
    right = [ln for ln in body if ln.x0 >= gutter - 2]
    if len(left) < 5 or len(right) < 5:
        return page_lines
    for side in (left, right):
        side_width = max(ln.x1 for ln in side) - min(ln.x0 for ln in side)
        if statistics.mean(ln.x1 - ln.x0 for ln in side) < 0.55 * side_width:
            return page_lines  # a two-column table, not text columns
    col_top = min(ln.top for ln in left + right)
    col_bottom = max(ln.bottom for ln in left + right)
    spanning = [ln for ln in body if ln not in left and ln not in right]
    # Single-segment lines that cross the gutter inside the column region: not two columns.
    if sum(1 for ln in spanning if col_top < ln.top < col_bottom) > max(2, len(body) // 10):
        return page_lines
    above = [ln for ln in spanning if ln.top <= col_top]
    below = [ln for ln in spanning if ln.top > col_top]
    ordered = sorted(above, key=lambda ln: ln.top)
    ordered += sorted(left, key=lambda ln: ln.top) + sorted(right, key=lambda ln: ln.top)
    ordered += sorted(below, key=lambda ln: ln.top)
    furniture_top = [ln for ln in page_lines if ln.role is not None and ln.top < col_top]
    furniture_rest = [ln for ln in page_lines if ln.role is not None and ln.top >= col_top]
    return furniture_top + ordered + furniture_rest


def _mark_footnotes(page_lines: list[Line], body_size: float) -> None:
    """Small text in the lower part of a page (below the body) → footnote; a tiny superscript
    marker in the bottom band that was taken for a page number joins it."""
    small = body_size * 0.88
    for ln in page_lines:
        if ln.top / ln.page_height < 0.55 or ln.size > small or ln.size <= 0:
            continue
        if ln.role is None and not CAPTION_RE.match(ln.text):
            ln.role = "footnote"
    for ln in page_lines:
        if ln.role == "page_number" and ln.size < body_size * 0.7:  # noqa: SIM102
            if any(o.role == "footnote" and abs(o.top - ln.top) < body_size for o in page_lines):
                ln.role = "footnote"


def _mark_aligned_tables(page_lines: list[Line]) -> None:
    """Unruled tables: consecutive physical rows with ≥2 cells whose left edges align. A single
    line that follows a row closely and starts at one of its cell edges continues that cell."""
    rows: list[list[Line]] = []
    for ln in page_lines:
        if ln.role is not None or ln.extra.get("toc"):
            continue
        if rows and rows[-1][0].row == ln.row:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    run: list[list[Line]] = []
    conts: dict[int, dict[int, list[str]]] = {}

    def flush() -> None:
        if len(run) >= 2:
            for k, r in enumerate(run):
                texts = [seg.text for seg in r]
                for col, more in conts.get(k, {}).items():
                    if col == "_lines":
                        continue
                    texts[col] = texts[col] + "\n" + "\n".join(more)
                for seg in r:
                    seg.role = "table_cell"
                    seg.extra["cells"] = tuple(_join(t.split("\n")) for t in texts)
            if all(seg.bold for seg in run[0]) and not all(seg.bold for seg in run[1]):
                header = run[0][0].extra["cells"]
                for seg in run[0]:
                    seg.extra["is_header"] = True
                for r in run[1:]:
                    for seg in r:
                        seg.extra["header"] = header
            for k in conts:
                for ln in conts[k].get("_lines", []):
                    ln.role = "table_cont"
        run.clear()
        conts.clear()

    for r in rows:
        if len(r) >= 2:
            if run:
                xs_prev = [s.x0 for s in run[-1]]
                aligned = sum(1 for s in r if any(abs(s.x0 - x) < 6 for x in xs_prev))
                if aligned >= 2:
                    run.append(r)
                    continue
                flush()
            run.append(r)
            continue
        if run and len(r) == 1:
            ln = r[0]
            last = run[-1]
            last_bottom = max(s.bottom for s in last)
            col = next((i for i, s in enumerate(last) if abs(s.x0 - ln.x0) < 6), None)
            if col is not None and 0 <= ln.top - last_bottom < 1.2 * ln.height and ln.page == last[0].page:
                entry = conts.setdefault(len(run) - 1, {})
                entry.setdefault(col, []).append(ln.text)
                entry.setdefault("_lines", []).append(ln)  # type: ignore[arg-type]
                # keep the row's bottom moving down with its cells
                last[col].bottom = max(last[col].bottom, ln.bottom)
                continue
        flush()
    flush()


_LETTER = re.compile(r"[A-Za-z]")
_ENDS_NUMBERED = re.compile(r"\b\d+(\.\d+)*\.$")
_HEADING_NUMBER = re.compile(
    r"^\s*(\d+(\.\d+)*[.)]?|(section|part|chapter|appendix|annexe?|schedule)\s+\S+?[:.\-–—]?)\s*", re.I
)
_FOOTNOTE_MARK = re.compile(r"^\s*[\d*†‡¹²³⁴⁵⁶⁷⁸⁹]")


def _heading_kind(
    ln: Line, body_size: float, body_bold: bool, nxt: Line | None, typical_gap: float = 3.0
) -> str | None:
    text = ln.text.strip()
    if len(text) > 150 or not _LETTER.search(text):
        return None
    if CAPTION_RE.match(text):
        return None
    big = ln.size >= body_size * 1.12 and ln.size >= body_size + 1.0
    words = len(text.split())
    ends_sentence = text.endswith((".", ",", ";")) and not _ENDS_NUMBERED.search(text)
    if big and words <= 25 and not text.endswith(","):
        return "size"
    if ln.bold and not body_bold and words <= 16 and not ends_sentence:
        if BULLET_RE.match(text) and not layout.heading_level_from_number(text):
            return None
        return "bold"
    if layout.heading_level_from_number(text) and words <= 12 and not ends_sentence and not text.endswith(":"):
        body = _HEADING_NUMBER.sub("", text)
        if not body or not body[0].isupper():
            return None
        # the line must not wrap into the next (a numbered paragraph)
        if nxt is not None and nxt.page == ln.page and nxt.role is None:
            close = nxt.top - ln.bottom < typical_gap + 0.3 * max(ln.height, body_size)
            if close and nxt.x0 > ln.x0 + 5 and not layout.heading_level_from_number(nxt.text):
                return None
            if close and ln.x1 > 0.75 * ln.page_width:
                return None
        return "number"
    return None


def _join(parts: list[str]) -> str:
    text = ""
    for p in parts:
        if not text:
            text = p
        elif text.endswith(("\x02", "\xad")):
            text = text[:-1] + p
        else:
            text += "\n" + p
    return clean(text)


def _build_blocks(lines: list[Line], tables: dict[int, list], page_count: int) -> list[Block]:
    """Lines and ruled table rows → blocks: page furniture marked, each page put in reading
    order, lines joined into titles, headings, paragraphs, list items and table rows."""
    _mark_furniture(lines, page_count)
    body_size = _body_size([ln for ln in lines if ln.role is None] or lines)
    body_lines = [ln for ln in lines if ln.role is None and abs(ln.size - body_size) < 0.6]
    items = _reading_order(lines, tables, body_size)
    assembler = _Assembler(lines, body_lines, body_size)  # after the pages are read: their marks count
    for idx, it in enumerate(items):
        if isinstance(it, TableRow):
            assembler.ruled_row(it)
        else:
            assembler.line(it, items, idx)
    assembler.close()
    blocks = assembler.blocks
    # pdfium bullets in the Symbol/Wingdings private-use area → "•"
    for b in blocks:
        if b.role == "list_item":
            b.text = re.sub(r"^[\uf000-\uf0ff]\s*", "• ", b.text)
    layout.apply_structure(blocks)
    return blocks


def _reading_order(lines: list[Line], tables: dict[int, list], body_size: float) -> list[Line | TableRow]:
    """Every page's lines and ruled table rows in reading order, page after page."""
    by_page: dict[int, list[Line]] = {}
    for ln in lines:
        by_page.setdefault(ln.page, []).append(ln)
    ordered: list[Line | TableRow] = []
    for pno in sorted(by_page):
        ordered.extend(_page_items(by_page[pno], tables.get(pno, []), body_size))
    return ordered


def _page_items(page_lines: list[Line], page_tables: list, body_size: float) -> list[Line | TableRow]:
    """One page: lines inside ruled tables, contents lines and footnotes marked; columns read in
    order; the ruled tables' rows set into the flow by their top position."""
    for bbox, _rows in page_tables:
        x0, top, x1, bottom = bbox
        for ln in page_lines:
            if (
                ln.role is None
                and x0 - 2 <= (ln.x0 + ln.x1) / 2 <= x1 + 2
                and top - 2 <= (ln.top + ln.bottom) / 2 <= bottom + 2
            ):
                ln.role = "in_table"
    for ln in page_lines:
        if ln.role is None and layout.toc_match(ln.text) and ln.nseg <= 2:
            ln.extra["toc"] = True
    _mark_footnotes(page_lines, body_size)
    reordered = _order_page(page_lines)
    if reordered is page_lines:
        # single column: top-to-bottom, left-to-right (content order can put headers,
        # footers or text boxes anywhere)
        reordered = sorted(page_lines, key=lambda ln: (round(ln.top / 3), ln.x0))
        if not page_tables:
            _mark_aligned_tables(reordered)
    items: list[Line | TableRow] = [ln for ln in reordered if ln.role != "in_table"]
    for _bbox, rows in page_tables:
        for r in rows:
            pos = len(items)
            for k, it in enumerate(items):
                if isinstance(it, Line) and it.role is None and it.top > r.top:
                    pos = k
                    break
            items.insert(pos, r)
    return items


_FURNITURE_ROLES = ("running_header", "running_footer", "page_number")


class _Assembler:
    """Joins lines in reading order into blocks, one open block (``cur``) at a time."""

    def __init__(self, lines: list[Line], body_lines: list[Line], body_size: float) -> None:
        self.blocks: list[Block] = []
        self.cur: dict | None = None  # open paragraph / list item / heading / title / footnote
        self.prev: Line | None = None  # the last line that joined or opened a block
        self.title_done = False
        self.last_header: tuple[str, ...] | None = None
        self.last_ncols = 0
        self.body_size = body_size
        self.body_bold = bool(body_lines) and sum(ln.bold for ln in body_lines) > 0.6 * len(body_lines)
        gaps = [
            b.top - a.bottom
            for a, b in zip(body_lines, body_lines[1:], strict=False)
            if a.page == b.page and 0 <= b.top - a.bottom < 2 * body_size and a.row != b.row
        ]
        self.typical_gap = statistics.median(gaps) if gaps else body_size * 0.3
        self.max_size_first = max((ln.size for ln in lines if ln.page <= 2 and ln.role is None), default=0)
        # heading levels from sizes
        self.heading_sizes = sorted(
            {ln.size for ln in lines if ln.role is None and ln.size >= body_size * 1.12 and ln.size >= body_size + 1.0},
            reverse=True,
        )
        self.size_rank = {s: i + 1 for i, s in enumerate(self.heading_sizes)}

    def close(self) -> None:
        cur = self.cur
        if cur is not None:
            text = _join(cur["parts"])
            if text:
                self.blocks.append(Block(role=cur["role"], text=text, page=cur["page"], level=cur.get("level")))
            self.cur = None

    def _open(self, role: str, text: str, ln: Line, **extra) -> None:
        self.close()
        self.cur = {"role": role, "parts": [text], "page": ln.page, **extra}

    def _table_row(self, cells: tuple[str, ...], page: int, header: tuple[str, ...] | None) -> None:
        self.blocks.append(
            Block(role="table_row", text=" | ".join(c for c in cells if c), page=page, cells=cells, header_cells=header)
        )

    def ruled_row(self, it: TableRow) -> None:
        """A row of a ruled table; a headerless table right after one of as many columns
        continues it (a table split by a page break)."""
        self.close()
        header = it.header
        if it.is_header:
            self.last_header, self.last_ncols = it.cells, len(it.cells)
        elif (
            header is None
            and self.last_header
            and len(it.cells) == self.last_ncols
            and self.blocks
            and self.blocks[-1].role == "table_row"
        ):
            header = self.last_header
        if not it.is_header and header is None:
            self.last_header = None
        self._table_row(it.cells, it.page, header if not it.is_header else None)
        self.prev = None

    def line(self, ln: Line, items: list[Line | TableRow], idx: int) -> None:
        if ln.role in _FURNITURE_ROLES:
            self.blocks.append(Block(role=ln.role, text=clean(ln.text), page=ln.page))
        elif ln.role == "footnote":
            if self.cur is not None and self.cur["role"] == "footnote" and not _FOOTNOTE_MARK.match(ln.text):
                self.cur["parts"].append(ln.text)
            else:
                self._open("footnote", ln.text, ln)
        elif ln.role == "table_cont":
            return  # a wrapped cell's line, already in its row
        elif ln.role == "table_cell":
            if self.prev is not None and self.prev.row == ln.row and self.prev.role == "table_cell":
                return  # the row was written with its first cell
            self.close()
            self._table_row(tuple(clean(c) for c in ln.extra["cells"]), ln.page, ln.extra.get("header"))
            self.prev = ln
        elif ln.extra.get("toc"):
            self.close()
            self.blocks.append(Block(role="toc_entry", text=clean(ln.text), page=ln.page))
            self.prev = ln
        else:
            self._text_line(ln, items, idx)

    def _text_line(self, ln: Line, items: list[Line | TableRow], idx: int) -> None:
        text = ln.text.strip()
        if self._is_title(ln):
            self._title(ln, text)
            return
        if self.cur is not None and self.cur["role"] == "title":
            self.title_done = True
            self.close()
        nxt = next(
            (c for c in items[idx + 1 : min(idx + 4, len(items))] if isinstance(c, Line) and c.role is None), None
        )
        kind = _heading_kind(ln, self.body_size, self.body_bold, nxt, self.typical_gap)
        if kind is not None:
            self._heading(ln, text, kind)
        else:
            self._prose(ln, text)
        self.prev = ln

    def _is_title(self, ln: Line) -> bool:
        """The largest text on the first page(s)."""
        return (
            not self.title_done
            and ln.page <= 2
            and ln.size >= self.max_size_first - 0.1
            and ln.size >= self.body_size * 1.3
        )

    def _title(self, ln: Line, text: str) -> None:
        cur, prev = self.cur, self.prev
        if cur is not None and cur["role"] == "title" and prev is not None and abs(prev.size - ln.size) < 0.6:
            cur["parts"].append(text)
        else:
            self._open("title", text, ln)
        self.prev = ln

    def _heading(self, ln: Line, text: str, kind: str) -> None:
        cur, prev = self.cur, self.prev
        if (  # continuation of a multi-line heading of the same style
            cur is not None
            and cur["role"] == "heading"
            and prev is not None
            and prev.page == ln.page
            and abs(prev.size - ln.size) < 0.6
            and prev.bold == ln.bold
            and ln.top - prev.bottom < max(0.8 * ln.height, 0.8 * ln.size)
            and not layout.heading_level_from_number(text)
            and cur.get("kind") == kind
        ):
            cur["parts"].append(text)
            return
        self.close()
        self.cur = {
            "role": "heading",
            "parts": [text],
            "page": ln.page,
            "level": self._level(ln, text, kind),
            "kind": kind,
        }

    def _level(self, ln: Line, text: str, kind: str) -> int:
        if kind == "size":
            level = self.size_rank.get(ln.size, 1)
        elif kind == "bold":
            level = len(self.heading_sizes) + 1
        else:
            level = len(self.heading_sizes) + (layout.heading_level_from_number(text) or 1)
        if kind != "number" and (num := layout.heading_level_from_number(text)) and num > 1:
            level = max(level, num)
        return level

    def _prose(self, ln: Line, text: str) -> None:
        """A caption, a list item, or paragraph text: continuing the open block or a new one."""
        if CAPTION_RE.match(text):
            self._open("caption", text, ln)
        elif BULLET_RE.match(text) or NUMBER_ITEM_RE.match(text):
            self._open("list_item", text, ln, x0=ln.x0)
        elif (
            self.cur is not None
            and self.cur["role"] in ("paragraph", "list_item", "caption")
            and self.prev is not None
            and _continues(self.prev, ln, self.cur, self.typical_gap, self.body_size)
        ):
            self.cur["parts"].append(text)
        else:
            self._open("paragraph", text, ln, x0=ln.x0)


def _continues(prev: Line, ln: Line, cur: dict, typical_gap: float, body_size: float) -> bool:
    prev_text = cur["parts"][-1].rstrip()
    if abs(prev.size - ln.size) >= 1.0:
        return False
    if prev.page != ln.page:
        # across a page break: only when the sentence is visibly unfinished
        return not prev_text.endswith(TERMINAL)
    gap = ln.top - prev.bottom
    if gap < -prev.height:  # moved up: a new column
        return not prev_text.endswith(TERMINAL)
    if gap > typical_gap + 0.45 * max(prev.height, body_size):
        return False
    if cur["role"] == "list_item":
        # hanging indent continues the item; back at the bullet's margin it is new text
        return ln.x0 > cur["x0"] + 2 or not prev_text.endswith(TERMINAL)
    return not (prev.bold != ln.bold and len(ln.text) < 60 and prev_text.endswith(TERMINAL))
