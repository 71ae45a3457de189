"""rules list's pack summaries: a copy of what loading the packs gives, kept by the content of
the pack files, so a changed or broken pack is never answered from the cache."""

from __future__ import annotations

import shutil

import pytest

from cli_helpers import REPO
from masa_check.engine import pack_summary, result_cache
from masa_check.engine import packs as packs_module
from masa_check.engine.packs import Registry
from masa_check.errors import InputError

LOCAL = REPO / "tests" / "data" / "local-example-pack.yaml"


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


def _full(extra=None) -> list[dict]:
    registry = Registry.load(extra)
    return [
        {
            "id": p.id,
            "title": p.title,
            "rules": [
                {**{f: getattr(r, f) for f in pack_summary.RULE_FIELDS}, **pack_summary._commencement(p, r)}
                for r in p.rules
            ],
        }
        for p in registry.packs.values()
    ]


def _no_loading(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the packs were loaded: the cache did not answer")

    monkeypatch.setattr(packs_module.Registry, "load", refuse)


def test_summary_is_what_loading_gives_and_is_then_served_from_the_cache(monkeypatch):
    first = pack_summary.summaries()
    assert first == _full()
    assert len(list(pack_summary.cache_dir().glob("*.json"))) == 1
    _no_loading(monkeypatch)
    assert pack_summary.summaries() == first
    assert result_cache.info()["packs"] == 1


def test_a_changed_local_pack_is_loaded_afresh(tmp_path, monkeypatch):
    rules = tmp_path / "rules"
    rules.mkdir()
    shutil.copy(LOCAL, rules / LOCAL.name)
    before = pack_summary.summaries([str(rules)])
    text = (rules / LOCAL.name).read_text(encoding="utf-8")
    local_id = next(p["id"] for p in before if p["id"] not in Registry.load().packs)
    old_title = next(p["title"] for p in before if p["id"] == local_id)
    (rules / LOCAL.name).write_text(text.replace(old_title, "A retitled local pack", 1), encoding="utf-8")
    after = pack_summary.summaries([str(rules)])
    assert next(p["title"] for p in after if p["id"] == local_id) == "A retitled local pack"
    (rules / LOCAL.name).write_text(text.replace("strength: should", "strength: always", 1), encoding="utf-8")
    with pytest.raises(InputError, match="invalid rule pack"):
        pack_summary.summaries([str(rules)])


def test_a_missing_rules_directory_is_still_an_error(tmp_path):
    with pytest.raises(InputError, match="rules directory not found"):
        pack_summary.summaries([str(tmp_path / "nowhere")])


def test_cache_clear_removes_the_summaries():
    pack_summary.summaries()
    assert result_cache.clear() >= 1
    assert not list(pack_summary.cache_dir().glob("*.json"))


def test_rules_list_output_is_the_same_cold_and_warm(cli):
    cold = cli("rules", "list", "--format", "json")
    warm = cli("rules", "list", "--format", "json")
    assert cold.returncode == warm.returncode == 0
    assert cold.stdout == warm.stdout and '"WT18-ARR-01"' in cold.stdout
    bad = cli("rules", "list", "--pack", "wt2018-arrangement")
    assert bad.returncode == 2 and "did you mean 'wt2018-arrangements'" in bad.stderr


def test_a_pipe_among_the_packs_is_refused_not_read(tmp_path):
    import os

    rules = tmp_path / "rules"
    rules.mkdir()
    os.mkfifo(rules / "mine.yaml")  # hashing it for the cache would block for ever
    with pytest.raises(InputError, match="not a regular file"):
        pack_summary.summaries([str(rules)])
