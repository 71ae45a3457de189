"""Disk cache of rule packs as read: the YAML loader's values and line map, keyed by the file's
content and the tool's code, so a pack seen before is not parsed again (5-30 ms a pack).

What is cached is exactly what :func:`~masa_check.sources.yaml_loader.load_yaml` returned, and
only when it survives the JSON round trip unchanged (dates are tagged); the pack is then
validated from it as from a fresh read, with the same errors at the same lines. Entries are
JSON under the extraction cache's directory (``packs-read/``), written atomically and read only
when this user wrote them; one that is unreadable or of another key is ignored and the file
read again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from masa_check.sources import cache

PACK_CACHE_FORMAT = 1
_DATE, _DATETIME = "\x00date", "\x00datetime"

#: Off for a run with ``--no-cache``.
enabled = True


def directory() -> Path:
    return cache.cache_dir() / "packs-read"


def key(text: str) -> str:
    """The entry for a pack's text under this version of the tool (its loader and models)."""
    h = hashlib.sha256(f"{PACK_CACHE_FORMAT}|{cache.code_hash()}|".encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _tag(value: Any) -> dict:
    if isinstance(value, dt.datetime):
        return {_DATETIME: value.isoformat()}
    if isinstance(value, dt.date):
        return {_DATE: value.isoformat()}
    raise TypeError(f"not cached: {type(value).__name__}")


def _untag(obj: dict) -> Any:
    if len(obj) == 1:
        if _DATE in obj:
            return dt.date.fromisoformat(obj[_DATE])
        if _DATETIME in obj:
            return dt.datetime.fromisoformat(obj[_DATETIME])
    return obj


def _decode(text: str) -> Any:
    return json.loads(text, object_hook=_untag)


def load(entry: str) -> tuple[Any, dict[str, int], dict[str, int]] | None:
    """(data, lines, columns) as the loader gave them, or None."""
    got = cache.read_entry(directory(), entry, PACK_CACHE_FORMAT, _decode) if enabled else None
    if got is None:
        return None
    try:
        lines, columns = got["lines"], got["columns"]
        for m in (lines, columns):
            if not isinstance(m, dict) or not all(isinstance(v, int) and not isinstance(v, bool) for v in m.values()):
                return None
        return got["data"], lines, columns
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def store(entry: str, data: Any, lines: dict[str, int], columns: dict[str, int]) -> None:
    """Written only when it reads back as the very values (a value JSON cannot carry exactly,
    or a key that looks like a tag, leaves the pack uncached); a cache that cannot be written
    is skipped."""
    if not enabled:
        return
    payload = {"format": PACK_CACHE_FORMAT, "key": entry, "data": data, "lines": dict(lines), "columns": dict(columns)}
    try:
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=_tag)
        if not _same(_decode(text)["data"], data):
            return
    except (TypeError, ValueError, RecursionError):
        return
    cache.write_text_entry(directory(), entry, text)


def _same(a: Any, b: Any) -> bool:
    """Equal and of the same types throughout (``1 == 1.0 == True`` in Python, not here)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b
