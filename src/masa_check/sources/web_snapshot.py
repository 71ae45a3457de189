"""Snapshots: what a crawl fetched, kept as fetched with a manifest, read back offline.

``--save-snapshot DIR`` writes every fetched page and document byte for byte plus
``manifest.json`` (start URL, when, and for each page its URL, status, content type, SHA-256,
file name and order). ``validate DIR`` reads the files back into the same :class:`Crawl` and so
the same document: evidence cites the original URLs and the verdicts are the live run's. A
directory that is not empty and is not a snapshot is never written to; an earlier snapshot is
replaced only whole, and the caller says so.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from masa_check import __version__
from masa_check.errors import InputError
from masa_check.sources.web_fetch import Crawl, Fetched

MANIFEST = "manifest.json"
FORMAT = "masa-check-snapshot"
VERSION = 1
MAX_MANIFEST_BYTES = 10 * 1024 * 1024
MAX_FILE_BYTES = 200 * 1024 * 1024  # as for a published document
_EXT = {"html": "html", "pdf": "pdf", "docx": "docx"}
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")


def _manifest(directory: str | Path) -> dict | None:
    """The directory's manifest when it is a masa-check snapshot, else None."""
    path = Path(directory) / MANIFEST
    try:
        if not path.is_file() or path.stat().st_size > MAX_MANIFEST_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def is_snapshot(directory: str | Path) -> bool:
    return Path(directory).is_dir() and _manifest(directory) is not None


def check_target(directory: str) -> None:
    """Refuse a ``--save-snapshot`` directory that holds anything but an earlier snapshot."""
    target = Path(directory)
    if target.exists() and not target.is_dir():
        raise InputError("--save-snapshot: exists and is not a directory", directory)
    if not target.is_dir():
        return
    entries = {p.name for p in target.iterdir()}
    if not entries:
        return
    manifest = _manifest(target)
    if manifest is None:
        raise InputError(
            "--save-snapshot: the directory is not empty and is not a masa-check snapshot; "
            "refusing to write into it (give a new or empty directory)",
            directory,
        )
    own = {MANIFEST, *(p.get("file") for p in manifest.get("pages", []) if isinstance(p, dict))}
    strangers = sorted(entries - own)
    if strangers:
        raise InputError(
            f"--save-snapshot: the snapshot directory also holds files that are not part of it "
            f"({', '.join(strangers[:3])}); refusing to replace it",
            directory,
        )


def check_collection(directory: str) -> None:
    """A ``--urls`` snapshot directory: new, empty, or holding only snapshots (one per site)."""
    target = Path(directory)
    if target.exists() and not target.is_dir():
        raise InputError("--save-snapshot: exists and is not a directory", directory)
    if not target.is_dir():
        return
    if is_snapshot(target):
        raise InputError(
            "--save-snapshot: is one site's snapshot; a list of sites needs a directory for their snapshots", directory
        )
    strangers = sorted(p.name for p in target.iterdir() if not (p.is_dir() and is_snapshot(p)))
    if strangers:
        raise InputError(
            f"--save-snapshot: the directory holds files that are not masa-check snapshots "
            f"({', '.join(strangers[:3])}); give a new or empty directory",
            directory,
        )


def site_directory(collection: str, name: str, taken: set[str]) -> str:
    """A sub-directory of ``collection`` for one site, named after it, unique among ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60] or "site"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return str(Path(collection) / slug)


def _file_name(order: int, page: Fetched) -> str:
    path = urlsplit(page.url).path.strip("/")
    stem = re.sub(r"\.(html?|pdf|docx)$", "", path.rsplit("/", 1)[-1] if path else "index", flags=re.I)
    stem = re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-")[:60] or "index"
    return f"{order:03d}-{stem}.{_EXT[page.kind]}"


def write_snapshot(crawl: Crawl, directory: str, *, name: str | None = None, kind: str | None = None) -> str:
    """Write the crawl to ``directory`` (built beside it, then moved in place); returns the note
    to show. Raises :class:`InputError` for a directory it must not touch or cannot write."""
    check_target(directory)
    target = Path(directory)
    replacing = target.is_dir() and any(target.iterdir())
    pages = []
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        build = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as exc:
        raise InputError(f"--save-snapshot: cannot write ({exc.strerror or exc})", directory) from None
    try:
        for order, page in enumerate(crawl.pages, 1):
            file = _file_name(order, page)
            (build / file).write_bytes(page.body)
            entry = {
                "order": order,
                "url": page.url,
                "status": page.status,
                "content_type": page.content_type,
                "kind": page.kind,
                "sha256": hashlib.sha256(page.body).hexdigest(),
                "bytes": len(page.body),
                "file": file,
                "fetched": page.fetched,
            }
            if page.requested:
                entry["requested"] = page.requested
            pages.append(entry)
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "tool": f"masa-check {__version__}",
            "start_url": crawl.start_url,
            "fetched": crawl.fetched,
            "name": name,
            "kind": kind,
            "pages": pages,
            "skipped": [{"url": url, "reason": reason} for url, reason in crawl.skipped],
            "notes": crawl.notes,
            "outside": crawl.outside,
        }
        (build / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if target.is_dir():
            shutil.rmtree(target)  # empty, or an earlier snapshot with nothing else in it (checked)
        os.replace(build, target)
    except OSError as exc:
        raise InputError(f"--save-snapshot: cannot write ({exc.strerror or exc})", directory) from None
    finally:
        if build.exists():
            shutil.rmtree(build, ignore_errors=True)
    verb = "replaced the earlier snapshot in" if replacing else "saved a snapshot of"
    return f"{verb} {directory}: {len(pages)} file(s) fetched {crawl.fetched}"


def read_snapshot(directory: str) -> tuple[Crawl, dict]:
    """The crawl a snapshot holds, checked file by file against the manifest, and the manifest."""
    manifest = _manifest(directory)
    if manifest is None:
        raise InputError(f"is not a masa-check snapshot (no readable {MANIFEST})", directory)
    if manifest.get("version") != VERSION:
        raise InputError(f"snapshot version {manifest.get('version')!r} is not one this masa-check reads", directory)
    try:
        crawl = Crawl(start_url=str(manifest["start_url"]), fetched=str(manifest["fetched"]))
        for entry in sorted(manifest["pages"], key=lambda e: int(e["order"])):
            crawl.pages.append(_page(directory, entry))
        crawl.skipped = [(str(s["url"]), str(s["reason"])) for s in manifest.get("skipped", [])]
        crawl.notes = [str(n) for n in manifest.get("notes", [])]
        crawl.outside = [str(u) for u in manifest.get("outside", [])]
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{MANIFEST} is not a valid snapshot manifest ({_why(exc)})", directory) from None
    if not crawl.pages:
        raise InputError(f"{MANIFEST} lists no pages", directory)
    return crawl, manifest


def _why(exc: Exception) -> str:
    """What is wrong with a manifest, in words (never the exception's class name)."""
    if isinstance(exc, KeyError):
        return f"no {str(exc.args[0])[:40]!r}" if exc.args else "a field is missing"
    return str(exc)[:120] or "a field has the wrong type"


def _page(directory: str, entry: dict) -> Fetched:
    file = str(entry["file"])
    if not _SAFE_NAME.match(file) or entry["kind"] not in _EXT:
        raise InputError(f"{MANIFEST}: {file!r} is not a file name this snapshot could have written", directory)
    path = Path(directory) / file
    from masa_check.sources.yaml_loader import read_regular

    try:
        body = read_regular(str(path), MAX_FILE_BYTES, "a snapshot page")
    except InputError as exc:
        raise InputError(f"{file} {exc.detail}", directory) from None
    if hashlib.sha256(body).hexdigest() != entry["sha256"]:
        raise InputError(f"{file} has changed since it was fetched (its SHA-256 differs from the manifest)", directory)
    return Fetched(
        url=str(entry["url"]),
        status=int(entry["status"]),
        content_type=str(entry["content_type"]),
        kind=str(entry["kind"]),
        body=body,
        fetched=str(entry["fetched"]),
        requested=entry.get("requested"),
    )


def load_snapshot(directory: str, *, kind: str | None = None, use_cache: bool = True):
    """A snapshot read offline as the document its live run read (``--kind``, else the kind the
    live run was given)."""
    from masa_check.sources.web_site import document_from_crawl

    crawl, manifest = read_snapshot(directory)
    doc = document_from_crawl(crawl, directory, kind=kind or manifest.get("kind"), use_cache=use_cache)
    doc.name = manifest.get("name") if isinstance(manifest.get("name"), str) else None
    doc.notes.insert(0, f"snapshot of {crawl.start_url} fetched {crawl.fetched}, read offline")
    return doc
