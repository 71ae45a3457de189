"""Topic: how close a sentence is to what a facet is about, by meaning rather than keywords.

Sentences and a facet's exemplars (``pos``: evidence of the facet written many ways; ``neg``:
look-alikes) are embedded with WordLlama's static token embeddings (MIT; the weights ship inside
the ``wordllama`` wheel). We read its files directly - the tokenizer with ``tokenizers`` and the
float16 matrix memory-mapped from the safetensors file - so nothing is downloaded, the package's
own import (which reaches for the network) is never run, and loading costs ~60 ms, once, and only
when a facet needs it. A sentence's vector is the mean of its tokens' vectors, normalised, as
WordLlama computes it (no lower-casing: its tokenizer is cased).

Topic never decides a verdict alone: it proposes candidate sentences the keyword concepts missed
and ranks them; stance and specifics still have to hold (:mod:`matcher`).
"""

from __future__ import annotations

import importlib.util
import json
import struct
from functools import lru_cache
from pathlib import Path
from typing import Any

_WEIGHTS = "weights/l2_supercat_256.safetensors"
_TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
_MAX_TOKENS = 96


def _package_dir() -> Path | None:
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def _model() -> tuple[Any, Any] | None:
    """(tokenizer, embedding matrix), or None when the model files are not installed."""
    root = _package_dir()
    if root is None or not (root / _WEIGHTS).is_file() or not (root / _TOKENIZER).is_file():
        return None
    import numpy as np
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(root / _TOKENIZER))
    tokenizer.enable_truncation(_MAX_TOKENS)
    tokenizer.no_padding()
    path = root / _WEIGHTS
    with open(path, "rb") as fh:
        (size,) = struct.unpack("<Q", fh.read(8))
        header = json.loads(fh.read(size))
    info = header["embedding.weight"]
    dtype = {"F16": np.float16, "F32": np.float32}[info["dtype"]]
    matrix = np.memmap(
        path, dtype=dtype, mode="r", offset=8 + size + info["data_offsets"][0], shape=tuple(info["shape"])
    )
    return tokenizer, matrix


def available() -> bool:
    return _model() is not None


def embed(texts: list[str]):
    """Unit vectors (n × 256, float32) for ``texts``; zero vectors for texts with no tokens."""
    import numpy as np

    model = _model()
    if model is None:
        raise RuntimeError("the topic model (package 'wordllama') is not installed")
    tokenizer, matrix = model
    out = np.zeros((len(texts), matrix.shape[1]), dtype=np.float32)
    if not texts:
        return out
    encodings = tokenizer.encode_batch(texts, add_special_tokens=False)
    for k, enc in enumerate(encodings):
        ids = enc.ids
        if ids:
            out[k] = matrix[ids].astype(np.float32).mean(axis=0)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms


@lru_cache(maxsize=1)
def _model_id() -> str:
    """The model's identity for the exemplar vector cache (:mod:`topic_cache`)."""
    from masa_check.engine import topic_cache

    root = _package_dir()
    files = [root / _WEIGHTS, root / _TOKENIZER] if root is not None else []
    return topic_cache.model_id(files, f"max_tokens={_MAX_TOKENS}")


@lru_cache(maxsize=2048)  # the built-in packs ask for ~430 sets (a facet's examples, and its look-alikes)
def _exemplar_vectors(texts: tuple[str, ...]):
    """A facet's exemplars embedded once per process, for every document of a run, and kept on
    disk for the next run (:mod:`topic_cache`: the same bits, so the same similarities)."""
    from masa_check.engine import topic_cache

    model = _model()
    if model is None or not texts:
        return embed(list(texts))
    try:
        entry = topic_cache.key(_model_id(), texts)
    except OSError:  # the model's files went away since they were loaded: no cache this run
        return embed(list(texts))
    hit = topic_cache.load(entry, len(texts), model[1].shape[1])
    if hit is not None:
        return hit
    vectors = embed(list(texts))
    topic_cache.store(entry, vectors)
    return vectors


def scores(sentences: list[str], pos: tuple[str, ...], neg: tuple[str, ...] = ()) -> list[tuple[float, float]]:
    """For each sentence: (best similarity to a positive exemplar, best to a negative one)."""
    if not sentences:
        return []
    return similarities(embed(sentences), pos, neg)


def vectors_for(cache: dict, keys: list, texts: list[str]):
    """Unit vectors of ``texts`` (n x 256), each embedded once: ``cache`` (a document's, by
    sentence id in ``keys``) keeps them for the next facet asking about the same sentences. A
    sentence's vector does not depend on what it is embedded with, so this is exactly
    ``embed(texts)``."""
    import numpy as np

    todo = [k for k in range(len(keys)) if keys[k] not in cache]
    if todo:
        for k, v in zip(todo, embed([texts[k] for k in todo]), strict=True):
            cache[keys[k]] = v
    return np.stack([cache[key] for key in keys]) if keys else embed([])


def similarities(vs, pos: tuple[str, ...], neg: tuple[str, ...] = ()) -> list[tuple[float, float]]:
    """:func:`scores` of sentences already embedded (``vs``, one row each)."""
    import numpy as np

    if len(vs) == 0:
        return []
    p = vs @ _exemplar_vectors(pos).T
    best_pos = p.max(axis=1)
    best_neg = (vs @ _exemplar_vectors(neg).T).max(axis=1) if neg else np.zeros(len(vs), dtype=np.float32)
    return [(float(a), float(b)) for a, b in zip(best_pos, best_neg, strict=True)]
