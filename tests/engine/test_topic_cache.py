"""Exemplar vectors on disk: a hit gives the very bits embedding gives; a stale, corrupt or
foreign entry is ignored and embedded again, never an error and never other vectors."""

from __future__ import annotations

import json
import os

import pytest

from masa_check.engine import topic, topic_cache

pytestmark = pytest.mark.skipif(not topic.available(), reason="the topic model is not installed")

EXAMPLES = (
    "The partners agree each year how the budget is shared between them.",
    "Funding is split between the council, the police and health.",
)


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(topic_cache, "enabled", True)
    return tmp_path / "xdg" / "masa-check" / "vectors"


def _vectors(texts):
    """:func:`topic._exemplar_vectors` without its in-process memory (a new run, as it were)."""
    return topic._exemplar_vectors.__wrapped__(texts)


def _entry(texts) -> str:
    return topic_cache.key(topic._model_id(), texts)


def _counting_embed(monkeypatch) -> list:
    real, calls = topic.embed, []
    monkeypatch.setattr(topic, "embed", lambda texts: calls.append(list(texts)) or real(texts))
    return calls


def test_a_second_run_reads_the_same_bits_without_embedding(cache_home, monkeypatch):
    import numpy as np

    first = _vectors(EXAMPLES)
    assert (cache_home / f"{_entry(EXAMPLES)}.json").is_file()
    calls = _counting_embed(monkeypatch)
    again = _vectors(EXAMPLES)
    assert calls == []
    assert again.dtype == np.float32 and again.tobytes() == first.tobytes()
    assert again.tobytes() == topic.embed(list(EXAMPLES)).tobytes()


def test_the_key_changes_with_the_texts_their_order_and_the_model():
    model = topic._model_id()
    base = topic_cache.key(model, EXAMPLES)
    assert topic_cache.key(model, EXAMPLES[:1]) != base
    assert topic_cache.key(model, tuple(reversed(EXAMPLES))) != base
    assert topic_cache.key(model, (EXAMPLES[0] + " ", EXAMPLES[1])) != base
    assert topic_cache.key(model + "|other weights", EXAMPLES) != base
    assert topic_cache.key(model, ("a\x00b",)) != topic_cache.key(model, ("a", "b"))


def test_the_model_id_follows_the_model_files(tmp_path):
    f = tmp_path / "weights.bin"
    f.write_bytes(b"1234")
    before = topic_cache.model_id([f])
    f.write_bytes(b"12345")
    assert topic_cache.model_id([f]) != before


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: "{not json",
        lambda d: json.dumps({**d, "data": d["data"][: len(d["data"]) // 2]}),  # truncated vectors
        lambda d: json.dumps({**d, "data": "!!not base64!!"}),
        lambda d: json.dumps({**d, "shape": [1, 256]}),  # another set's shape
        lambda d: json.dumps({**d, "key": "0" * 64}),  # another entry's content
        lambda d: json.dumps({**d, "format": 0}),  # an older format
        lambda d: json.dumps({**d, "data": __import__("base64").b64encode(b"\xff\xff\xff\x7f" * (2 * 256)).decode()}),
        lambda d: json.dumps([1, 2, 3]),
    ],
)
def test_a_corrupt_or_stale_entry_is_ignored_and_rebuilt(cache_home, monkeypatch, spoil):
    first = _vectors(EXAMPLES)
    path = cache_home / f"{_entry(EXAMPLES)}.json"
    path.write_text(spoil(json.loads(path.read_text())))
    calls = _counting_embed(monkeypatch)
    again = _vectors(EXAMPLES)
    assert calls == [list(EXAMPLES)]  # embedded afresh
    assert again.tobytes() == first.tobytes()
    assert json.loads(path.read_text())["key"] == _entry(EXAMPLES)  # and the entry written again


def test_an_entry_others_could_write_is_not_read(cache_home, monkeypatch):
    _vectors(EXAMPLES)
    path = cache_home / f"{_entry(EXAMPLES)}.json"
    os.chmod(path, 0o666)
    calls = _counting_embed(monkeypatch)
    _vectors(EXAMPLES)
    assert calls == [list(EXAMPLES)]


def test_no_cache_neither_reads_nor_writes(cache_home, monkeypatch):
    monkeypatch.setattr(topic_cache, "enabled", False)
    _vectors(EXAMPLES)
    assert not cache_home.exists()


def test_an_unwritable_cache_is_skipped(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setattr(topic_cache, "enabled", True)
    assert _vectors(EXAMPLES).tobytes() == topic.embed(list(EXAMPLES)).tobytes()


def test_cache_clear_removes_the_vectors(cache_home):
    from masa_check.engine import result_cache

    _vectors(EXAMPLES)
    assert result_cache.info()["vectors"] == 1
    assert result_cache.clear() == 1
    assert not cache_home.exists()
