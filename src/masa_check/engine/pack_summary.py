"""What ``rules list`` shows of each pack, kept in the user's cache.

Building the packs (pydantic validation of every rule of nine packs) costs most of a ``rules
list``. The summary it needs - each pack's id and title, each rule's id, title, strength and
citation - is stored under the cache directory keyed by the content of every pack file in use and
of the tool's own code, so it is only ever a copy of what full loading gave for the same bytes:
a changed, added or removed pack file (or a new version of the tool) loads and validates afresh,
and an invalid pack is reported as before.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from pathlib import Path

from masa_check.errors import InputError

SUMMARY_FORMAT = 1
RULE_FIELDS = ("id", "title", "strength", "citation", "waivable", "provisional", "continues")


def unknown_pack(pack_id: str, ids: list[str]) -> InputError:
    """The error for a pack id that is not installed, with the closest one."""
    close = difflib.get_close_matches(pack_id, ids, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else f"; available: {', '.join(sorted(ids))}"
    return InputError(f"unknown pack {pack_id!r}{hint}")


def builtin_rules_dir() -> Path:
    """Rule packs ship inside the package (wheel); a source checkout falls back to ./rules."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "rules"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "rules"


def _pack_files(extra_dirs: list[str]) -> list[Path]:
    files = sorted(builtin_rules_dir().glob("*.y*ml"))
    for d in extra_dirs:
        if not Path(d).is_dir():
            raise InputError("rules directory not found", str(d))
        files += sorted(Path(d).glob("*.y*ml"))
    return files


def _key(files: list[Path]) -> str:
    """The files' content as one hash, read as loading reads them (only regular files, bounded):
    a pipe or an oversized file raises here, and loading then reports it as it always has."""
    from masa_check.sources.cache import code_hash
    from masa_check.sources.yaml_loader import MAX_YAML_BYTES, read_regular

    h = hashlib.sha256(f"{SUMMARY_FORMAT}|{code_hash()}".encode())
    for f in files:
        h.update(f"|{f.resolve()}|".encode())
        h.update(read_regular(str(f), MAX_YAML_BYTES, "YAML"))
    return h.hexdigest()


def cache_dir() -> Path:
    from masa_check.sources import cache

    return cache.cache_dir() / "packs"


def _commencement(pack, rule) -> dict:
    """A statutory rule's provisions it waits for and, from the pack's table, the day it binds
    (None: no day appointed yet; advisory until then)."""
    from masa_check.engine.commencement import in_force_from, key_dates

    day = in_force_from(key_dates(pack, rule)) if rule.commencement else None
    return {"commencement": list(rule.commencement), "in_force_from": day.isoformat() if day else None}


def _well_formed(packs) -> bool:
    """A cached summary has the shape ``rules list`` reads (an entry of this user's that an older
    build or an editor left otherwise is rebuilt, not shown as an internal error)."""
    fields = {*RULE_FIELDS, "commencement", "in_force_from"}
    if not isinstance(packs, list):
        return False
    for p in packs:
        if not (isinstance(p, dict) and isinstance(p.get("id"), str) and isinstance(p.get("title"), str)):
            return False
        rules = p.get("rules")
        if not isinstance(rules, list) or not all(isinstance(r, dict) and fields <= r.keys() for r in rules):
            return False
        if not all(isinstance(r[f], str) for r in rules for f in ("id", "title", "strength", "citation")):
            return False
    return True


def summaries(extra_dirs: list[str] | None = None) -> list[dict]:
    """Every pack in load order as ``{"id", "title", "rules": [{field: value}]}``, from the
    cache when the pack files and the tool are unchanged since they were last loaded."""
    from masa_check.sources import cache

    extra = list(extra_dirs or [])
    files = _pack_files(extra)
    try:
        key = _key(files)
    except (OSError, InputError):  # not cacheable: loading below says what is wrong
        key = None
    if key is not None:
        path = cache_dir() / f"{key}.json"
        if cache.trusted(path):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if data.get("key") == key and _well_formed(data.get("packs")):
                    return data["packs"]
            except (OSError, ValueError):
                pass
    from masa_check.engine.packs import Registry

    registry = Registry.load(extra)  # validates every pack, as a run does
    packs = [
        {
            "id": p.id,
            "title": p.title,
            "rules": [{**{f: getattr(r, f) for f in RULE_FIELDS}, **_commencement(p, r)} for r in p.rules],
        }
        for p in registry.packs.values()
    ]
    if key is not None:
        cache.write_entry(cache_dir(), key, {"key": key, "packs": packs})
    return packs
