"""What a run applied besides the documents, named by path and content hash.

A scrutineer shown a verdict must be able to tell which config, waivers and rule packs made it
(a received folder's config, or an edited copy of a pack, changes verdicts); every report names
them from the :class:`~masa_check.results.Provenance` built here.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from masa_check.results import AppliedFile, DocumentResult, Provenance
from masa_check.safe_text import visible


def file_sha256(path: str | Path) -> str:
    """The file's sha256 (hex), or ``unreadable`` when it cannot be read again."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


def shown_path(path: str | Path) -> str:
    """A path as a report shows it: relative to the working directory when it lies below it,
    so a board paper does not carry the author's home directory; otherwise as given. Control
    characters are shown as escapes: a file name is the user's (or a received folder's) text, and
    CSV, HTML and XLSX carry it as it is (an escape sequence reaches the terminal that shows it)."""
    p = Path(path)
    try:
        shown = str(p.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        shown = str(path)
    return visible(shown, one_line=True)


def build(loaded, registry, documents: list[DocumentResult]) -> Provenance:
    """The config and waivers of ``loaded`` (a LoadedConfig) and every pack the documents ran."""
    config = None
    if loaded.path is not None:
        digest = getattr(loaded, "sha256", None) or file_sha256(loaded.path)  # as read, not as now
        config = AppliedFile(path=shown_path(loaded.path), sha256=digest)
    applied = dict.fromkeys(p for d in documents for p in d.packs)
    packs = []
    for pack_id in applied:
        path = registry.files.get(pack_id)
        if path is None:  # not a pack file (e.g. the result a site that could not be read gets)
            continue
        version = registry.packs[pack_id].version if pack_id in registry.packs else None
        packs.append(
            AppliedFile(
                path=shown_path(path) if pack_id in registry.local else visible(str(path), one_line=True),
                sha256=getattr(registry, "hashes", {}).get(pack_id) or file_sha256(path),
                id=pack_id,
                version=version,
                local=pack_id in registry.local,
            )
        )
    return Provenance(
        config=config,
        config_note=visible(loaded.note, one_line=True) if loaded.note else loaded.note,
        waivers=len(loaded.config.waivers),
        packs=packs,
    )


def lines(prov: Provenance | None) -> list[str]:
    """Provenance as short lines for a reader: the config (or why none) and the packs."""
    if prov is None:
        return []
    if prov.config is not None:
        config = f"Config: {prov.config.path} (sha256 {prov.config.sha256[:12]}); {prov.waivers} waiver(s)"
    else:
        config = f"Config: none ({prov.config_note})" if prov.config_note else "Config: none"
    out = [config]
    if prov.packs:
        out.append("Packs: " + ", ".join(pack_label(p) for p in prov.packs))
    return [visible(line, one_line=True) for line in out]  # saved results re-rendered: as written


def pack_label(p: AppliedFile) -> str:
    origin = p.path if p.local else "built-in"
    version = f" v{p.version}" if p.version else ""
    return f"{p.id}{version} ({origin}, sha256 {p.sha256[:12]})"
