"""What one run checks: files, snapshot directories and web addresses, each a :class:`Target`,
and the ``--urls`` list of partnerships (CSV: name, url, optional kind) that gives a matrix
across all of them."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from urllib.parse import urlsplit

from masa_check.document import DOCUMENT_KINDS
from masa_check.errors import InputError
from masa_check.sources.web_fetch import is_url, normalise

MAX_LIST_BYTES = 5 * 1024 * 1024
MAX_SITES = 5000


@dataclass(frozen=True)
class Target:
    """One input: a path or URL, and for a site the name and kind given for it and where its
    snapshot goes."""

    path: str
    name: str | None = None
    kind: str | None = None
    snapshot: str | None = None

    @property
    def is_site(self) -> bool:
        return is_url(self.path)


def read_url_list(path: str) -> list[Target]:
    """The partnerships in a CSV with a header row naming ``name`` and ``url`` (and optionally
    ``kind``) columns; blank rows and rows starting with ``#`` are skipped. Every problem is an
    :class:`InputError` naming the line."""
    from masa_check.sources.published import read_text_source

    raw = read_text_source(path, max_bytes=MAX_LIST_BYTES, what="a list of sites")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise InputError(f"is not a readable CSV file ({exc})", path) from None
    header_at = next((i for i, row in enumerate(rows) if any(c.strip() for c in row)), None)
    header = [c.strip().lower() for c in rows[header_at]] if header_at is not None else []
    if "url" not in header or "name" not in header:
        raise InputError("needs a header row with the columns name and url (and optionally kind)", path, 1)
    col = {name: header.index(name) for name in ("name", "url", "kind") if name in header}
    targets = []
    for number, row in enumerate(rows[header_at + 1 :], header_at + 2):
        cells = {k: (row[i].strip() if i < len(row) else "") for k, i in col.items()}
        if not any(cells.values()) or cells["name"].startswith("#"):
            continue
        targets.append(_target(cells, path, number))
        if len(targets) > MAX_SITES:
            raise InputError(f"lists more than {MAX_SITES} sites; split the list", path)
    if not targets:
        raise InputError("lists no sites (one row per partnership: name, url, optional kind)", path)
    return targets


def _target(cells: dict[str, str], path: str, line: int) -> Target:
    url = cells["url"]
    if not url:
        raise InputError("a row has no url", path, line)
    if "://" not in url and "." in url.split("/", 1)[0]:
        url = "https://" + url  # example-scp.org.uk/arrangements: as a browser reads it
    if not is_url(url) or normalise(url) is None:
        raise InputError(f"{url!r} is not a web address (http:// or https://)", path, line)
    kind = cells.get("kind") or None
    if kind is not None and kind not in DOCUMENT_KINDS:
        raise InputError(f"kind {kind!r}: choose from {', '.join(DOCUMENT_KINDS)}", path, line)
    name = cells["name"] or urlsplit(url).hostname or url
    return Target(path=url, name=name, kind=kind)


def with_snapshots(targets: list[Target], directory: str | None) -> list[Target]:
    """Each site's ``--save-snapshot`` directory: ``directory`` itself for a single site, else
    one folder per site inside it, named after the site. Checked before anything is fetched."""
    from dataclasses import replace

    from masa_check.sources import web_snapshot

    if directory is None:
        return targets
    sites = [t for t in targets if t.is_site]
    if not sites:
        raise InputError("--save-snapshot keeps what is fetched from a web address: give a URL or --urls")
    if len(sites) == 1 and len(targets) == 1:
        web_snapshot.check_target(directory)
        return [replace(sites[0], snapshot=directory)]
    web_snapshot.check_collection(directory)
    taken: set[str] = set()
    out = []
    for t in targets:
        if t.is_site:
            where = web_snapshot.site_directory(directory, t.name or urlsplit(t.path).hostname or "site", taken)
            web_snapshot.check_target(where)
            t = replace(t, snapshot=where)
        out.append(t)
    return out
