"""Sources: turn a declared YAML file or a published PDF/DOCX/HTML/markdown/text file into a ``Document``."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from masa_check.document import DOCUMENT_KINDS, Document
from masa_check.errors import InputError

if TYPE_CHECKING:
    from masa_check.sources.web_fetch import CrawlOptions

YAML_SUFFIXES = {".yaml", ".yml"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt"}
PUBLISHED_SUFFIXES = {".pdf", ".docx"} | HTML_SUFFIXES | MARKDOWN_SUFFIXES | TEXT_SUFFIXES
SUPPORTED_SUFFIXES = YAML_SUFFIXES | PUBLISHED_SUFFIXES
#: The suffixes as a user reads them in an error message.
SUPPORTED_TEXT = ".yaml, .yml, .pdf, .docx, .html, .htm, .md, .markdown and .txt"


def _sniffs_html(path: str) -> bool:
    """A saved web page under another name (``arrangements``, ``page.aspx``, ``notes.txt``)."""
    from masa_check.sources.published import _sniff

    try:
        with open(path, "rb") as fh:
            head = fh.read(2048)
    except OSError:
        return False
    return _sniff(head.lstrip(b"\xef\xbb\xbf")) == "html"


def load_document(
    path: str,
    *,
    kind: str | None = None,
    use_cache: bool = True,
    ocr: bool = False,
    max_pages: int = 1000,
    crawl: CrawlOptions | None = None,
    snapshot: str | None = None,
    name: str | None = None,
    on_page=None,
) -> Document:
    """Load one file, choosing the source by its extension; or a web address (fetched by the
    ``crawl`` options, saved to ``snapshot`` when given, each page told to ``on_page``) or a
    snapshot directory."""
    from masa_check.sources.web_fetch import is_url

    if is_url(path):
        from masa_check.sources.web_site import load_url

        return load_url(
            path, kind=kind, options=crawl, snapshot=snapshot, name=name, use_cache=use_cache, on_page=on_page
        )
    if is_snapshot_dir(path):
        from masa_check.sources.web_snapshot import load_snapshot

        return load_snapshot(path, kind=kind, use_cache=use_cache)
    p = Path(path)
    suffix = p.suffix.lower()
    if not p.exists():
        raise InputError("no such file or directory", path)
    if p.is_dir():
        raise InputError("is a directory (validate takes files or directories at the top level)", path)
    if not p.is_file():
        # a pipe, device or socket would block or never end (e.g. a link to /dev/zero)
        raise InputError("is not a regular file (a pipe, device or socket?); give a file or a directory", path)
    if suffix in YAML_SUFFIXES:
        from masa_check.sources.yaml_source import load_declared

        doc = load_declared(path)
        if kind and kind != doc.kind:
            raise InputError(f"--kind {kind} does not match the file's declared kind {doc.kind!r}", path)
        return doc
    if suffix in (".pdf", ".docx"):
        from masa_check.sources.published import load_published

        return load_published(path, kind=kind, use_cache=use_cache, ocr=ocr, max_pages=max_pages)
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _sniffs_html(path)):
        from masa_check.sources.html_reader import read_html

        return read_html(path, kind=kind, use_cache=use_cache)
    if suffix in MARKDOWN_SUFFIXES:
        from masa_check.sources.markdown_reader import read_markdown

        return read_markdown(path, kind=kind, use_cache=use_cache)
    if suffix in TEXT_SUFFIXES:
        from masa_check.sources.markdown_reader import read_plain_text

        return read_plain_text(path, kind=kind, use_cache=use_cache)
    raise InputError(f"unsupported file type {suffix or '(no extension)'!r}; masa-check reads {SUPPORTED_TEXT}", path)


#: A folder's own notes, not a partnership's document: left out when a directory is checked
#: (a file named on the command line is still read).
_NOT_DOCUMENTS = frozenset(
    {"readme", "license", "licence", "changelog", "changes", "contributing", "code_of_conduct", "robots", "security"}
)


#: A top-level ``partnership:`` key, or a ``kind:`` naming one of masa-check's document kinds,
#: make a YAML file a declared arrangements file (``masa-check init``'s); another tool's
#: ``kind: Deployment`` (Kubernetes, Backstage) does not.
_ARRANGEMENTS_KEY = re.compile(
    rb"^(?:partnership[ \t]*:|kind[ \t]*:[ \t]*[\"']?(?:"
    + b"|".join(re.escape(k.encode()) for k in DOCUMENT_KINDS)
    + rb")[\"']?[ \t\r]*(?:#.*)?$)",
    re.MULTILINE,
)


def is_arrangements_yaml(path: str) -> bool:
    """Whether a YAML file is a declared arrangements file: a top-level ``kind:`` or
    ``partnership:`` key in its first 256 KB. Read as text, not parsed, so another tool's YAML
    (``mkdocs.yml`` with its ``!!python/name`` tags, a workflow) is told apart without an error."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(256 * 1024)
    except OSError:
        return True  # let the reader give the error
    return bool(_ARRANGEMENTS_KEY.search(head.lstrip(b"\xef\xbb\xbf")))


def is_snapshot_dir(path: str) -> bool:
    """A directory written by ``--save-snapshot`` (read as one document, not as its files)."""
    if not os.path.isfile(os.path.join(path, "manifest.json")):
        return False
    from masa_check.sources.web_snapshot import is_snapshot

    return is_snapshot(path)


def discover(root: str, skipped: list[str] | None = None) -> list[str]:
    """Every supported file below a directory, in a stable order; hidden folders, Office lock
    files, a folder's README / LICENCE / robots.txt and YAML that is not an arrangements file
    (``mkdocs.yml``, workflows; added to ``skipped``) left out. A snapshot directory below it is
    one item (its pages are one document)."""
    found = []
    snapshots: list[Path] = []
    for p in sorted(Path(root).rglob("*")):
        rel = p.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if any(s in p.parents for s in snapshots):
            continue
        if p.is_dir() and is_snapshot_dir(str(p)):
            snapshots.append(p)
            found.append(str(p))
            continue
        suffix = p.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES or p.name.startswith("~$"):
            continue
        if suffix in MARKDOWN_SUFFIXES | TEXT_SUFFIXES and p.stem.lower() in _NOT_DOCUMENTS:
            continue
        if not p.is_file():
            continue
        if suffix in YAML_SUFFIXES and not is_arrangements_yaml(str(p)):
            if skipped is not None:
                skipped.append(str(p))
            continue
        found.append(str(p))
    return found
