"""Load a published PDF or DOCX into the shared :class:`~masa_check.document.Document`."""

from __future__ import annotations

import os

from masa_check.document import DOCUMENT_KINDS, Block, Document
from masa_check.errors import InputError
from masa_check.sources import cache

# doc_facts / doc_kind are imported where used: they compile some hundred patterns, and a
# PDF's reading process is forked before they are needed (it imports them itself, in parallel).

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
    """Start loading a PDF, or a large DOCX, in the bounded reading process now (a PDF is read
    there in any case), unless the cache holds it, so the caller's other work overlaps it:
    the child reads the file, writes the cache entry and infers the document's facts, and
    :func:`load_published` collects them and reports any problem with the file as it would
    have found it. Nothing starts on one core, without fork, or for a file without a PDF
    header (left for :func:`load_published` to report). True when the loading started."""
    from masa_check import parallel
    from masa_check.sources import pdf_bounded

    ext = os.path.splitext(path)[1].lower()
    if ext not in (".pdf", ".docx") or not parallel.can_fork() or not pdf_bounded.can_isolate():
        return False
    source = ext[1:]
    try:
        if source == "pdf":
            from masa_check.sources.pdf_reader import check_header

            check_header(path)
        elif os.path.getsize(path) < EARLY_DOCX_BYTES:
            return False
        key = cache.cache_key(cache.file_digest(path), *_reader(source, ocr)) if use_cache else None
    except (OSError, InputError):
        return False
    if key is not None and cache.has(key):
        return False
    return pdf_bounded.start(
        _early_key(path, source, max_pages, ocr), path, _load_early, path, source, max_pages, ocr, key
    )


def _early_key(path: str, source: str, max_pages: int, ocr: bool) -> tuple:
    return ("published", path, source, max_pages, bool(ocr))


def _reader(source: str, ocr: bool) -> tuple[str, str]:
    """The reader version and the reading options of a source: with the file's digest, its cache key."""
    if source == "pdf":
        from masa_check.sources.pdf_reader import READER_VERSION

        return READER_VERSION, _pdf_options(ocr)
    from masa_check.sources.docx_reader import READER_VERSION

    return READER_VERSION, ""


def _read(path: str, source: str, max_pages: int, ocr: bool, *, bounded: bool) -> tuple[list[Block], int | None]:
    """The file's blocks and page count (``bounded``: in the bounded reading process already)."""
    if source == "pdf":
        from masa_check.sources.pdf_reader import read_pdf

        return read_pdf(path, max_pages=max_pages, ocr=ocr, bounded=bounded)
    from masa_check.sources.docx_reader import read_docx

    blocks = read_docx(path)
    pages = [b.page for b in blocks if b.page is not None]
    return blocks, (max(pages) if pages else None)


def _load_early(path: str, source: str, max_pages: int, ocr: bool, key: str | None) -> tuple:
    """:func:`start_loading`'s child: what :func:`load_published` would do after its checks."""
    from masa_check.sources.doc_facts import infer_facts

    blocks, page_count = _read(path, source, max_pages, ocr, bounded=True)
    if key is not None:
        cache.store(key, blocks, page_count)
    return blocks, page_count, infer_facts(blocks)


def _take_early(path: str, source: str, max_pages: int, ocr: bool) -> tuple | None:
    """What :func:`start_loading`'s child loaded, or None (none started, or the file changed).
    A PDF's problems are raised as found there (its checks ran there); a DOCX the child could
    not read is read again here, so its error is the one it always gave."""
    from masa_check.sources import pdf_bounded

    reading = pdf_bounded.take(_early_key(path, source, max_pages, ocr))
    if reading is None:
        return None
    try:
        return reading.result()
    except (InputError, RuntimeError):
        if source == "pdf":
            raise
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

    source = "pdf" if ext == ".pdf" else "docx"
    early = _take_early(path, source, max_pages, ocr)
    if early is not None:
        blocks, page_count, facts = early
        return document_from_blocks(path, source, blocks, kind=kind, page_count=page_count, facts=facts)

    blocks: list[Block] | None = None
    page_count: int | None = None
    key = None
    if use_cache:
        try:
            key = cache.cache_key(cache.file_digest(path), *_reader(source, ocr))
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
        blocks, page_count = _read(path, source, max_pages, ocr, bounded=False)
        if key is not None:
            cache.store(key, blocks, page_count)

    return document_from_blocks(path, source, blocks, kind=kind, page_count=page_count)


def document_from_blocks(
    path: str,
    source: str,
    blocks: list[Block],
    *,
    kind: str | None = None,
    page_count: int | None = None,
    facts: dict | None = None,
) -> Document:
    """The document model for a published source's blocks: facts inferred (kind, cohort, date,
    title, guidance, review date), ``kind`` forced when given, else inferred, defaulting to
    "arrangements" with a note. Every published reader (PDF, DOCX, HTML, markdown, text) ends
    here, so a document reads the same whichever format it came in. ``facts``: those
    :func:`infer_facts` gave for these blocks already (in the process that read them)."""
    if kind is not None and kind not in DOCUMENT_KINDS:
        raise InputError(f"unknown document kind '{kind}'; expected one of {', '.join(DOCUMENT_KINDS)}", path=path)
    from masa_check.sources.doc_kind import kind_note

    if facts is None:
        from masa_check.sources.doc_facts import infer_facts

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
