"""Results cache: a document's evaluated results, so an unchanged document checked again under
unchanged packs, code, date and options is not re-evaluated.

The key is the document's content hash with a *salt* that covers everything else a verdict
depends on: the tool's own code (every module of the package: readers, engine, stance data), the
content of every pack file in use, ``as_of``, the kind and packs asked for, the waivers and
settings applied. Entries are JSON under the extraction cache's directory (``results/``),
written atomically, read only when this user wrote them, and ignored when they do not validate.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from pathlib import Path

from masa_check.results import DocumentResult
from masa_check.sources import cache

RESULTS_FORMAT = 1


def salt(pack_dirs: list[str], as_of, options: dict) -> str:
    """Everything but the document that a run's verdicts depend on, as one hash."""
    h = hashlib.sha256(f"{RESULTS_FORMAT}|{cache.code_hash()}|{as_of}".encode())
    for d in pack_dirs:
        for f in sorted(Path(d).glob("*.y*ml")):
            h.update(f.name.encode())
            with contextlib.suppress(OSError):
                h.update(f.read_bytes())
    h.update(json.dumps(options, sort_keys=True, default=repr).encode())
    return h.hexdigest()


def _dir() -> Path:
    return cache.cache_dir() / "results"


def _packs_dir() -> Path:
    from masa_check.engine.pack_summary import cache_dir

    return cache_dir()


def _subdirs(root: Path) -> list[tuple[Path, str]]:
    """Every directory of cache entries, with what ``info`` calls its entries."""
    from masa_check.engine import pack_cache, topic_cache

    return [
        (root, "extracted"),
        (_dir(), "results"),
        (_packs_dir(), "packs"),
        (pack_cache.directory(), "packs_read"),
        (topic_cache.directory(), "vectors"),
    ]


def key(path: str, run_salt: str, extra: str = "") -> str | None:
    """The entry's key for a local file (None for anything else: sites change under us)."""
    try:
        if not os.path.isfile(path):
            return None
        digest = cache.file_digest(path)
    except OSError:
        return None
    return hashlib.sha256(f"{run_salt}|{extra}|{digest}".encode()).hexdigest()


def load(entry: str) -> DocumentResult | None:
    data = cache.read_entry(_dir(), entry, RESULTS_FORMAT)
    if data is None:
        return None
    try:
        return DocumentResult.model_validate(data["result"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def store(entry: str, result: DocumentResult) -> None:
    """Atomic write; a cache that cannot be written (read-only home, full disk) is skipped."""
    payload = {"format": RESULTS_FORMAT, "key": entry, "result": result.model_dump(mode="json")}
    cache.write_entry(_dir(), entry, payload)


def info() -> dict:
    """Where the cache is, and how many entries of each kind it holds and their size."""
    root = cache.cache_dir()
    out = {"location": str(root), "extracted": 0, "results": 0, "packs": 0, "packs_read": 0, "vectors": 0, "bytes": 0}
    for sub, name in _subdirs(root):
        if sub.is_dir():
            for f in sub.glob("*.json"):
                if not _ENTRY_NAME.fullmatch(f.name):
                    continue
                out[name] += 1
                with contextlib.suppress(OSError):
                    out["bytes"] += f.stat().st_size
    return out


#: The names this tool gives cache entries (a sha256 key) and their temporaries (mkstemp's).
_ENTRY_NAME = re.compile(r"[0-9a-f]{64}\.json|\.tmp-[A-Za-z0-9_]+\.json")


def clear() -> int:
    """Remove every entry this tool wrote (its ``*.json`` files and temporaries); the count."""
    root = cache.cache_dir()
    removed = 0
    for sub, _ in _subdirs(root):
        if not sub.is_dir():
            continue
        for f in [*sub.glob("*.json"), *sub.glob(".tmp-*")]:
            if not _ENTRY_NAME.fullmatch(f.name):  # not ours: a cache directory may be a link
                continue  # to a folder of the user's own files, or shared
            with contextlib.suppress(OSError):
                f.unlink()
                removed += 1
    for sub, name in _subdirs(root):
        if name != "extracted":
            with contextlib.suppress(OSError):
                sub.rmdir()
    return removed
