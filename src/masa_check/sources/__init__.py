"""Sources: turn a declared YAML file or a published PDF/DOCX into a ``Document``."""

from __future__ import annotations

from pathlib import Path

from masa_check.document import Document
from masa_check.errors import InputError

YAML_SUFFIXES = {".yaml", ".yml"}
PUBLISHED_SUFFIXES = {".pdf", ".docx"}
SUPPORTED_SUFFIXES = YAML_SUFFIXES | PUBLISHED_SUFFIXES


def load_document(
    path: str,
    *,
    kind: str | None = None,
    use_cache: bool = True,
    ocr: bool = False,
    max_pages: int = 1000,
) -> Document:
    """Load one file, choosing the source by its extension."""
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
    if suffix in PUBLISHED_SUFFIXES:
        from masa_check.sources.published import load_published

        return load_published(path, kind=kind, use_cache=use_cache, ocr=ocr, max_pages=max_pages)
    raise InputError(
        f"unsupported file type {suffix or '(no extension)'!r}; masa-check reads .yaml, .yml, .pdf and .docx",
        path,
    )


def discover(root: str) -> list[str]:
    """Every supported file below a directory, in a stable order; hidden folders skipped."""
    found = []
    for p in sorted(Path(root).rglob("*")):
        rel = p.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith("~$"):
            found.append(str(p))
    return found
