"""Disk cache of exemplar vectors: a facet's examples embedded once per model, not once per run.

Embedding the exemplars of the packs a document needs costs ~60 ms of every run, for vectors
that change only when the examples or the model do. An entry is keyed by the model's identity
(its files' sizes and times, the tokenizer and numpy versions, :data:`EMBED_VERSION`) and the
exact texts of one exemplar set, and holds their float32 vectors as stored, so a hit gives the
very bits :func:`topic.embed` gave: it can never change a similarity, so never a verdict.
Entries are JSON under the extraction cache's directory (``vectors/``), written atomically, read
only when this user wrote them; one that is unreadable, of another key or of the wrong shape is
ignored and embedded again.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from masa_check.sources import cache

VECTORS_FORMAT = 1
#: Bump when :func:`topic.embed` computes vectors differently (the key then changes).
EMBED_VERSION = 1

#: Off for a run with ``--no-cache`` (and in tests that must embed afresh).
enabled = True


def directory() -> Path:
    return cache.cache_dir() / "vectors"


def model_id(files: list[Path], extra: str = "") -> str:
    """What the vectors depend on besides the texts: the model files as installed (size and
    modification time, cheap to read every run) and the libraries that turn them into vectors."""
    import numpy
    import tokenizers

    parts = [f"{EMBED_VERSION}", numpy.__version__, getattr(tokenizers, "__version__", "?"), extra]
    for f in files:
        st = os.stat(f)
        parts.append(f"{f.name}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts)


def key(model: str, texts: tuple[str, ...]) -> str:
    h = hashlib.sha256(f"{VECTORS_FORMAT}|{model}|{len(texts)}".encode())
    for t in texts:
        h.update(b"\x00")
        h.update(t.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def load(entry: str, rows: int, dim: int):
    """The cached (rows x dim) float32 vectors of ``entry``, or None."""
    import numpy as np

    data = cache.read_entry(directory(), entry, VECTORS_FORMAT) if enabled else None
    if data is None or data.get("shape") != [rows, dim]:
        return None
    try:
        raw = base64.b64decode(data["data"], validate=True)
        if len(raw) != rows * dim * 4:
            return None
        out = np.frombuffer(raw, dtype="<f4").reshape(rows, dim).astype(np.float32)
        return out if np.isfinite(out).all() else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def store(entry: str, vectors) -> None:
    """Atomic write; a cache that cannot be written is skipped."""
    import numpy as np

    if not enabled:
        return
    arr = np.ascontiguousarray(vectors, dtype="<f4")
    payload = {
        "format": VECTORS_FORMAT,
        "key": entry,
        "shape": list(arr.shape),
        "data": base64.b64encode(arr.tobytes()).decode("ascii"),
    }
    cache.write_entry(directory(), entry, payload)
