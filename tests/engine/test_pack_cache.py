"""Rule packs as read, on disk: a hit is the very pack a fresh read gives; an edited pack is a
new key; a corrupt, stale or foreign entry is ignored and the file read again."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from masa_check.engine import pack_cache
from masa_check.engine.pack_summary import builtin_rules_dir
from masa_check.engine.packs import load_pack
from masa_check.errors import InputError
from masa_check.sources import yaml_loader

#: A built-in pack as a local file (its content is what the cache keys on, not its place).
PACK = (builtin_rules_dir() / "currency.yaml").read_text(encoding="utf-8")
TITLE = "title: Currency - superseded bodies, review date, Working Together edition"


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(pack_cache, "enabled", True)
    return tmp_path / "xdg" / "masa-check" / "packs-read"


def _counting_loader(monkeypatch) -> list:
    real, calls = yaml_loader.load_yaml, []
    monkeypatch.setattr(yaml_loader, "load_yaml", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    return calls


def _write(tmp_path: Path, text: str = PACK) -> Path:
    f = tmp_path / "currency.yaml"
    f.write_text(text, encoding="utf-8")
    return f


def test_a_second_read_is_the_same_pack_without_parsing(tmp_path, home, monkeypatch):
    f = _write(tmp_path)
    first = load_pack(f)
    assert len(list(home.glob("*.json"))) == 1
    calls = _counting_loader(monkeypatch)
    again = load_pack(f)
    assert calls == [] and again == first


@pytest.mark.parametrize("name", sorted(p.name for p in builtin_rules_dir().glob("*.yaml")))
def test_every_built_in_pack_reads_back_the_same(name, home, monkeypatch):
    path = builtin_rules_dir() / name
    monkeypatch.setattr(pack_cache, "enabled", False)
    fresh = load_pack(path)
    monkeypatch.setattr(pack_cache, "enabled", True)
    load_pack(path)  # fills the cache (or leaves it empty when JSON cannot carry the values)
    calls = _counting_loader(monkeypatch)
    assert load_pack(path) == fresh
    assert calls == []  # dates are tagged: every built-in pack is cached


def test_an_edited_pack_is_a_new_key_and_read_again(tmp_path, home, monkeypatch):
    f = _write(tmp_path)
    load_pack(f)
    assert TITLE in PACK
    edited = PACK.replace(TITLE, "title: An edited pack")
    assert pack_cache.key(edited) != pack_cache.key(PACK)
    f.write_text(edited, encoding="utf-8")
    calls = _counting_loader(monkeypatch)
    assert load_pack(f).title == "An edited pack"
    assert calls == [str(f)]


def test_the_key_follows_the_tool_code(monkeypatch):
    from masa_check.sources import cache

    before = pack_cache.key(PACK)
    monkeypatch.setattr(cache, "_code_hash", "another version of the tool")
    assert pack_cache.key(PACK) != before


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: "{not json",
        lambda d: json.dumps({**d, "key": "0" * 64}),
        lambda d: json.dumps({**d, "format": 0}),
        lambda d: json.dumps({**d, "lines": {"rules": "one"}}),
        lambda d: json.dumps({**d, "columns": None}),
        lambda d: json.dumps({k: v for k, v in d.items() if k != "data"}),
        lambda d: json.dumps([d]),
    ],
)
def test_a_corrupt_or_stale_entry_is_ignored_and_rebuilt(tmp_path, home, monkeypatch, spoil):
    f = _write(tmp_path)
    first = load_pack(f)
    (entry,) = home.glob("*.json")
    entry.write_text(spoil(json.loads(entry.read_text())))
    calls = _counting_loader(monkeypatch)
    assert load_pack(f) == first
    assert calls == [str(f)]
    assert json.loads(entry.read_text())["key"] == pack_cache.key(PACK)  # written again


def test_a_cached_entry_whose_values_are_invalid_fails_as_the_file_would(tmp_path, home):
    """The cache holds what the loader read, never a verdict on it: validation still runs."""
    assert "strength: should" in PACK
    bad = PACK.replace("strength: should", "strength: always", 1)
    f = _write(tmp_path, bad)
    with pytest.raises(InputError) as fresh:
        load_pack(f)
    assert list(home.glob("*.json"))
    with pytest.raises(InputError) as cached:
        load_pack(f)
    assert str(cached.value) == str(fresh.value) and ":" in str(fresh.value)


def test_an_entry_others_could_write_is_not_read(tmp_path, home, monkeypatch):
    f = _write(tmp_path)
    load_pack(f)
    (entry,) = home.glob("*.json")
    os.chmod(entry, 0o666)
    calls = _counting_loader(monkeypatch)
    load_pack(f)
    assert calls == [str(f)]


def test_values_json_cannot_carry_leave_the_pack_uncached(home):
    lines: dict = {}
    pack_cache.store("a" * 64, {"when": dt.date(2026, 4, 1)}, lines, {})
    assert pack_cache.load("a" * 64)[0] == {"when": dt.date(2026, 4, 1)}  # a date is tagged
    for data in ({"x": float("nan")}, {"\x00date": "2026-04-01"}, {"x": {1, 2}}):
        pack_cache.store("b" * 64, data, lines, {})
        assert pack_cache.load("b" * 64) is None


def test_no_cache_neither_reads_nor_writes(tmp_path, home, monkeypatch):
    monkeypatch.setattr(pack_cache, "enabled", False)
    load_pack(_write(tmp_path))
    assert not home.exists()
