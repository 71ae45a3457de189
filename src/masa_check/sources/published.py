"""Load a published PDF or DOCX into the shared :class:`~masa_check.document.Document`."""

from __future__ import annotations

import os

from masa_check.document import DOCUMENT_KINDS, Block, Document
from masa_check.errors import InputError
from masa_check.sources import cache
from masa_check.sources.doc_facts import infer_facts
from masa_check.sources.doc_kind import kind_note

MAX_FILE_BYTES = 200 * 1024 * 1024


def _sniff(head: bytes) -> str:
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    low = head.lstrip()[:200].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in low:
        return "html"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    return "unknown"


def read_text_source(path: str, *, max_bytes: int, what: str) -> bytes:
    """The bytes of a text-like source file (HTML, markdown, plain text), with the same one-line
    errors as a PDF/DOCX for a missing, unreadable, empty or too-large file; ``what`` names the
    format in the size message."""
    try:
        if os.path.isdir(path):
            raise InputError("is a directory", path=path)
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(
                f"is too large for {what} ({size // (1024 * 1024)} MB; the limit is {max_bytes // (1024 * 1024)} MB)",
                path=path,
            )
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except IsADirectoryError:
        raise InputError("is a directory", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", path=path) from None
    if len(data) > max_bytes:  # grew while being read
        raise InputError(f"is too large for {what} (the limit is {max_bytes // (1024 * 1024)} MB)", path=path)
    if not data.strip():
        raise InputError("is empty", path=path)
    return data


def looks_binary(data: bytes) -> bool:
    """True for bytes that are no text a person wrote: NULs (outside UTF-16) or many control
    characters in the first 8 KB."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for c in head if c < 32 and c not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 50)


_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def _ole_encrypted(path: str) -> bool:
    """An OLE compound file holding an ``EncryptedPackage`` stream (a password-protected .docx)."""
    try:
        with open(path, "rb") as fh:
            tail = b""
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                if _ENCRYPTED_PACKAGE in tail + chunk:
                    return True
                tail = chunk[-len(_ENCRYPTED_PACKAGE) :]
    except OSError:
        return False
    return False


#: A DOCX at least this large is read in a helper process while the caller loads the engine
#: (a small one reads in less time than the fork costs).
EARLY_DOCX_BYTES = 64 * 1024


def start_loading(path: str, *, use_cache: bool = True, ocr: bool = False, max_pages: int = 1000) -> bool:
    """Start reading a long PDF's pages, or a large DOCX, in a helper process now, unless the
    cache holds it, so the caller's other work overlaps the reading; :func:`load_published`
    finishes the job and reports any problem with the file. True when a helper started."""
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        return _start_docx(path, use_cache=use_cache)
    if ext != ".pdf":
        return False
    from masa_check.sources.pdf_reader import READER_VERSION, start_reading

    if use_cache:
        try:
            if cache.has(cache.cache_key(cache.file_digest(path), READER_VERSION, _pdf_options(ocr))):
                return False
        except OSError:
            return False
    return start_reading(path, max_pages=max_pages, ocr=ocr)


def _start_docx(path: str, *, use_cache: bool) -> bool:
    """The DOCX reader in a forked child (under the PDF reader's memory bound); whatever it
    cannot read is read again by :func:`load_published`, so errors are the ones it always gave."""
    from masa_check import parallel
    from masa_check.sources import pdf_bounded
    from masa_check.sources.docx_reader import READER_VERSION, read_docx

    try:
        if os.path.getsize(path) < EARLY_DOCX_BYTES or not parallel.can_fork() or not pdf_bounded.can_isolate():
            return False
        if use_cache and cache.has(cache.cache_key(cache.file_digest(path), READER_VERSION, "")):
            return False
    except OSError:
        return False
    return pdf_bounded.start(("docx", path), path, read_docx, path)


def _early_docx(path: str) -> list[Block] | None:
    """The blocks :func:`_start_docx`'s child read, or None (none started, the file changed,
    or the child failed: the caller reads it here and reports as it always did)."""
    from masa_check.sources import pdf_bounded

    reading = pdf_bounded.take(("docx", path))
    if reading is None:
        return None
    try:
        return reading.result()
    except (InputError, RuntimeError):
        return None


def _pdf_options(ocr: bool) -> str:
    """The reading options that change a PDF's blocks (part of its cache key)."""
    return f"ocr={bool(ocr)}"


def load_published(
    path: str,
    *,
    kind: str | None = None,
    use_cache: bool = True,
    ocr: bool = False,
    max_pages: int = 1000,
    max_bytes: int = MAX_FILE_BYTES,
) -> Document:
    """Read a PDF or DOCX and return the document model (blocks + inferred facts).

    ``kind`` forces the document kind; otherwise it is inferred, defaulting to "arrangements".
    Every problem with the file raises :class:`InputError`.
    """
    ext = os.path.splitext(path)[1].lower()
    if ext not in (".pdf", ".docx"):
        raise InputError(f"unsupported file type '{ext or '(none)'}'; expected .pdf or .docx", path=path)
    if kind is not None and kind not in DOCUMENT_KINDS:
        raise InputError(f"unknown document kind '{kind}'; expected one of {', '.join(DOCUMENT_KINDS)}", path=path)
    try:
        size = os.path.getsize(path)
        if os.path.isdir(path):
            raise InputError("is a directory", path=path)
        with open(path, "rb") as fh:
            head = fh.read(2048)
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except IsADirectoryError:
        raise InputError("is a directory", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", path=path) from None
    if size == 0:
        raise InputError("is empty", path=path)
    if size > max_bytes:
        raise InputError(
            f"is too large ({size // (1024 * 1024)} MB; the limit is {max_bytes // (1024 * 1024)} MB)", path=path
        )
    sniffed = _sniff(head)
    if ext == ".pdf" and sniffed != "pdf":
        reason = {
            "html": "it is an HTML page, not a PDF - was it saved from a web page?",
            "zip": "it is a zip archive (a DOCX?), not a PDF",
            "ole": "it is an old Office (.doc/.xls) file, not a PDF",
            "rtf": "it is an RTF file, not a PDF",
        }.get(sniffed, "no %PDF header")
        raise InputError(f"is not a readable PDF ({reason})", path=path)
    if sniffed == "ole" and _ole_encrypted(path):
        # Word and Excel save password-protected files as an OLE container with EncryptedPackage
        raise InputError("is encrypted (password-protected); masa-check cannot read it", path=path)
    if ext == ".docx" and sniffed != "zip":
        reason = {
            "html": "it is an HTML page",
            "pdf": "it is a PDF",
            "ole": "it is an old Word .doc file; save it as .docx",
            "rtf": "it is an RTF file",
        }.get(sniffed, "not a zip archive")
        raise InputError(f"is not a DOCX file ({reason})", path=path)

    if ext == ".pdf":
        from masa_check.sources.pdf_reader import READER_VERSION, read_pdf

        source = "pdf"
        version = READER_VERSION
        options = _pdf_options(ocr)
    else:
        from masa_check.sources.docx_reader import READER_VERSION, read_docx

        source = "docx"
        version = READER_VERSION
        options = ""

    blocks: list[Block] | None = None
    page_count: int | None = None
    key = None
    if use_cache:
        try:
            key = cache.cache_key(cache.file_digest(path), version, options)
        except OSError:
            key = None
        if key is not None:
            hit = cache.load(key)
            if hit is not None:
                blocks, page_count = hit
                if source == "pdf" and page_count is not None and page_count > max_pages:
                    raise InputError(
                        f"has {page_count} pages, more than the limit of {max_pages}; raise it with --max-pages",
                        path=path,
                    )
    if blocks is None:
        if source == "pdf":
            blocks, page_count = read_pdf(path, max_pages=max_pages, ocr=ocr)
        else:
            blocks = _early_docx(path)
            if blocks is None:
                blocks = read_docx(path)
            pages = [b.page for b in blocks if b.page is not None]
            page_count = max(pages) if pages else None
        if key is not None:
            cache.store(key, blocks, page_count)

    return document_from_blocks(path, source, blocks, kind=kind, page_count=page_count)


def document_from_blocks(
    path: str, source: str, blocks: list[Block], *, kind: str | None = None, page_count: int | None = None
) -> Document:
    """The document model for a published source's blocks: facts inferred (kind, cohort, date,
    title, guidance, review date), ``kind`` forced when given, else inferred, defaulting to
    "arrangements" with a note. Every published reader (PDF, DOCX, HTML, markdown, text) ends
    here, so a document reads the same whichever format it came in."""
    if kind is not None and kind not in DOCUMENT_KINDS:
        raise InputError(f"unknown document kind '{kind}'; expected one of {', '.join(DOCUMENT_KINDS)}", path=path)
    facts = infer_facts(blocks)
    notes: list[str] = []
    if not any(b.role in ("paragraph", "list_item", "table_row") for b in blocks):
        notes.append("no body text was found in the document")
    inferred_kind = facts.get("kind")
    doc = Document(
        path=path,
        source=source,  # type: ignore[arg-type]
        kind=kind or inferred_kind or "arrangements",
        cohort=facts.get("cohort") or "children",
        date=facts.get("date"),
        title=facts.get("title"),
        blocks=blocks,
        guidance=facts.get("guidance"),
        page_count=page_count,
        notes=notes,
    )
    if kind is None:
        note = kind_note(facts)  # the kind was not read from the title: from what, or not at all
        if note:
            notes.append(note)
    doc.review_date = facts.get("review_date")
    doc.facts = facts
    return doc
