"""Extraction cache: blocks of a PDF/DOCX/HTML/markdown/text file keyed by the file's content hash and reader version.

Stored as JSON under ``$XDG_CACHE_HOME/masa-check`` (or ``~/.cache/masa-check``). Entries that
cannot be read or do not validate are ignored (and re-extracted); writes are atomic. The cache
holds exactly what the reader returned, so it can never change a result.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import get_args

from masa_check.document import Block, BlockRole

CACHE_FORMAT = 1
_ROLES = frozenset(get_args(BlockRole))


_code_hash: str | None = None


def code_hash() -> str:
    """SHA-256 over the package's source and data files: any change to the tool is a new key
    for what is cached from its results (verdicts, pack summaries)."""
    global _code_hash
    if _code_hash is None:
        root = Path(__file__).resolve().parent.parent
        h = hashlib.sha256()
        for f in sorted(root.rglob("*")):
            if f.suffix in (".py", ".yaml", ".yml", ".json") and "__pycache__" not in f.parts and f.is_file():
                h.update(str(f.relative_to(root)).encode())
                h.update(f.read_bytes())
        _code_hash = h.hexdigest()
    return _code_hash


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "masa-check"


def trusted(path: Path) -> bool:
    """An entry this user wrote: a regular file owned by the user and writable by no one else
    (another user's entry in a shared cache directory could carry another document's verdicts)."""
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    import stat

    if not stat.S_ISREG(st.st_mode) or st.st_mode & 0o022:
        return False
    return not hasattr(os, "getuid") or st.st_uid == os.getuid()


def make_dir(directory: Path) -> None:
    """The cache directory, private to the user (0700)."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        if directory.stat().st_mode & 0o077:
            directory.chmod(0o700)


_digests: dict[tuple, str] = {}


def file_digest(path: str) -> str:
    """SHA-256 of the file's content, remembered while the file is unchanged (a run may ask
    twice: once to decide whether to start reading early, once to load)."""
    st = os.stat(path)
    stamp = (path, st.st_ino, st.st_size, st.st_mtime_ns)
    if stamp in _digests:
        return _digests[stamp]
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    _digests[stamp] = h.hexdigest()
    return _digests[stamp]


def bytes_digest(data: bytes) -> str:
    """SHA-256 of content already in memory (a saved web page, a markdown file)."""
    return hashlib.sha256(data).hexdigest()


def cache_key(digest: str, reader_version: str, options: str = "") -> str:
    return hashlib.sha256(f"{CACHE_FORMAT}|{reader_version}|{options}|{digest}".encode()).hexdigest()


def _block_to_json(b: Block) -> dict:
    d: dict = {"r": b.role, "t": b.text}
    if b.page is not None:
        d["p"] = b.page
    if b.heading_path:
        d["h"] = list(b.heading_path)
    if b.level is not None:
        d["l"] = b.level
    if b.cells is not None:
        d["c"] = list(b.cells)
    if b.header_cells is not None:
        d["hc"] = list(b.header_cells)
    if b.url is not None:
        d["u"] = b.url
    return d


def _block_from_json(d: dict) -> Block:
    role = d["r"]
    if role not in _ROLES or not isinstance(d["t"], str):
        raise ValueError("bad block")
    page = d.get("p")
    level = d.get("l")
    if page is not None and not isinstance(page, int):
        raise ValueError("bad page")
    if level is not None and not isinstance(level, int):
        raise ValueError("bad level")
    url = d.get("u")
    if url is not None and not isinstance(url, str):
        raise ValueError("bad url")

    def strs(v):
        if v is None:
            return None
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise ValueError("bad list")
        return tuple(v)

    return Block(
        role=role,
        text=d["t"],
        page=page,
        heading_path=strs(d.get("h")) or (),
        level=level,
        cells=strs(d.get("c")),
        header_cells=strs(d.get("hc")),
        url=url,
    )


def has(key: str) -> bool:
    return (cache_dir() / f"{key}.json").is_file()


def load(key: str) -> tuple[list[Block], int | None] | None:
    """Cached ``(blocks, page_count)`` or None (missing, unreadable or corrupt)."""
    data = read_entry(cache_dir(), key, CACHE_FORMAT)
    if data is None:
        return None
    try:
        blocks = [_block_from_json(d) for d in data["blocks"]]
        page_count = data.get("page_count")
        if page_count is not None and not isinstance(page_count, int):
            return None
        return blocks, page_count
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def store(key: str, blocks: list[Block], page_count: int | None) -> None:
    """Write atomically; any failure (read-only home, full disk) is silently ignored."""
    payload = {
        "format": CACHE_FORMAT,
        "key": key,
        "page_count": page_count,
        "blocks": [_block_to_json(b) for b in blocks],
    }
    write_entry(cache_dir(), key, payload)


def write_entry(directory: Path, key: str, payload: dict) -> None:
    """``directory/key.json`` written by temporary file and rename (a reader never sees half an
    entry), in a private directory; a cache that cannot be written is skipped."""
    # dumps, not dump: dump streams through the pure-Python encoder, several times slower
    write_text_entry(directory, key, json.dumps(payload, ensure_ascii=False, separators=(",", ":")))


def read_entry(directory: Path, entry: str, fmt: int, decode=json.loads) -> dict | None:
    """The JSON entry ``entry`` this tool wrote in format ``fmt``, or None: absent, not trusted
    (another user's or group-writable), unreadable, corrupt, or written for another key/format."""
    path = directory / f"{entry}.json"
    if not trusted(path):
        return None
    try:
        got = decode(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError, RecursionError):
        return None
    if not isinstance(got, dict) or got.get("format") != fmt or got.get("key") != entry:
        return None
    return got


def write_text_entry(directory: Path, key: str, text: str) -> None:
    """:func:`write_entry` of an entry already serialised."""
    try:
        make_dir(cache_dir())
        make_dir(directory)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, directory / f"{key}.json")
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        return
