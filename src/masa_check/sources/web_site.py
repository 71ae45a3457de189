"""A crawled site (live or from a snapshot) read as one document.

The pages are read in crawl order with the HTML reader (one document across section pages);
each PDF or DOCX the pages link to is read with the existing readers and its blocks appended,
each carrying the document's URL, so evidence cites ``https://…/report.pdf`` and the page. A
page that cannot be read is left out and named in the document's notes; a site with no text at
all is a :class:`~masa_check.errors.SiteError`.
"""

from __future__ import annotations

import os
import tempfile

from masa_check.document import Block, Document
from masa_check.errors import InputError, SiteError
from masa_check.sources.web_fetch import Crawl, CrawlOptions, Fetched

#: A linked PDF longer than this is left out (the --max-pages of a crawl counts web pages).
ATTACHMENT_MAX_PAGES = 1000
_BODY_ROLES = ("paragraph", "list_item", "table_row")


def load_url(
    url: str,
    *,
    kind: str | None = None,
    options: CrawlOptions | None = None,
    snapshot: str | None = None,
    name: str | None = None,
    use_cache: bool = True,
    on_page=None,
) -> Document:
    """Crawl ``url`` and read what was fetched; with ``snapshot``, save it there first (so a
    run that finds nothing can still be shown). Raises :class:`SiteError` / :class:`InputError`."""
    from masa_check.sources.web_fetch import crawl_site

    crawl = crawl_site(url, options, on_page)
    notes = []
    if snapshot:
        from masa_check.sources.web_snapshot import write_snapshot

        notes.append(write_snapshot(crawl, snapshot, name=name, kind=kind))
    doc = document_from_crawl(crawl, url, kind=kind, use_cache=use_cache)
    doc.name = name
    doc.notes.extend(notes)
    return doc


def document_from_crawl(crawl: Crawl, path: str, *, kind: str | None = None, use_cache: bool = True) -> Document:
    """The one document a crawl's pages make, with notes on what was skipped and why."""
    from masa_check.sources.html_reader import WebPage, document_from_pages
    from masa_check.sources.published import document_from_blocks

    notes = [f"read {_count(crawl)} from {crawl.start_url} (fetched {crawl.fetched})"]
    notes += [f"skipped {url}: {reason}" for url, reason in crawl.skipped]
    notes += crawl.notes
    pages = [WebPage(url=p.url, html=p.body, fetched=p.fetched) for p in crawl.pages if p.kind == "html"]
    doc = None
    if pages:
        try:
            doc = document_from_pages(pages, path, kind=kind)
        except InputError:
            doc = _without_unreadable(pages, path, kind, notes, _hint(crawl))
    extra: list[Block] = []
    for item in crawl.pages:
        if item.kind in ("pdf", "docx"):
            try:
                extra.extend(read_attachment(item, use_cache=use_cache))
            except InputError as exc:
                notes.append(f"skipped {item.url}: {exc.detail}")
    if doc is None and not extra:
        raise SiteError(
            f"nothing to check: no page fetched from it could be read ({notes[-1]}){_hint(crawl)}", path=path
        )
    if extra:
        source = "html" if doc is not None else next(p.kind for p in crawl.pages if p.kind in ("pdf", "docx"))
        doc = document_from_blocks(path, source, [*(doc.blocks if doc else []), *extra], kind=kind)
    if not any(b.role in _BODY_ROLES for b in doc.blocks):
        raise SiteError(f"nothing to check: no text was found on the {_count(crawl)} fetched{_hint(crawl)}", path=path)
    doc.notes[:0] = notes
    return doc


def _hint(crawl: Crawl) -> str:
    """Where the text may be instead: the documents the pages link to outside the prefix."""
    if not crawl.outside:
        return ""
    more = f" and {len(crawl.outside) - 1} more" if len(crawl.outside) > 1 else ""
    return f"; the pages link to {crawl.outside[0]}{more}, outside the address given: check that directly"


def _without_unreadable(pages, path: str, kind: str | None, notes: list[str], hint: str) -> Document | None:
    """The document without the pages that cannot be read (each named in ``notes``); None when
    none can. An error that is no one page's (no text on any of them) is the site's."""
    from masa_check.sources.html_reader import blocks_from_html, document_from_pages

    readable = []
    for page in pages:
        try:
            blocks_from_html(page)
            readable.append(page)
        except InputError as exc:
            notes.append(f"skipped {page.url}: {exc.detail}")
    if not readable:
        return None
    try:
        return document_from_pages(readable, path, kind=kind)
    except InputError as exc:
        raise SiteError(f"nothing to check: {exc.detail}{hint}", path=path) from None


def _count(crawl: Crawl) -> str:
    pages = sum(1 for p in crawl.pages if p.kind == "html")
    docs = len(crawl.pages) - pages
    text = f"{pages} page{'s' if pages != 1 else ''}"
    return text + (f" and {docs} linked document{'s' if docs != 1 else ''}" if docs else "")


def read_attachment(item: Fetched, *, use_cache: bool = True) -> list[Block]:
    """A fetched PDF or DOCX's blocks, each with the document's URL; cached by content as a
    file on disk would be."""
    from masa_check.sources import cache

    if item.kind == "pdf":
        from masa_check.sources.pdf_reader import READER_VERSION
        from masa_check.sources.published import _pdf_options

        options = _pdf_options(False)
    else:
        from masa_check.sources.docx_reader import READER_VERSION

        options = ""
    key = cache.cache_key(cache.bytes_digest(item.body), READER_VERSION, options) if use_cache else None
    hit = cache.load(key) if key else None
    if hit is not None:
        blocks, _ = hit
    else:
        blocks, page_count = _read_bytes(item)
        if key:
            cache.store(key, blocks, page_count)
    for b in blocks:
        b.url = item.url
    return blocks


def _read_bytes(item: Fetched) -> tuple[list[Block], int | None]:
    """The readers take a file: the bytes go to a private temporary one, removed after."""
    fd, tmp = tempfile.mkstemp(prefix="masa-check-", suffix=f".{item.kind}")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(item.body)
        try:
            if item.kind == "pdf":
                from masa_check.sources.pdf_reader import read_pdf

                return read_pdf(tmp, max_pages=ATTACHMENT_MAX_PAGES)
            from masa_check.sources.docx_reader import read_docx

            blocks = read_docx(tmp)
            pages = [b.page for b in blocks if b.page is not None]
            return blocks, max(pages) if pages else None
        except InputError as exc:
            raise InputError(exc.detail, path=item.url) from None
    finally:
        os.unlink(tmp)
