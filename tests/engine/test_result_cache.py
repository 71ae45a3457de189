"""Results cache: a rerun of unchanged documents gives the same results without re-evaluating,
anything a verdict depends on changes the key, and only this user's entries are trusted."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from cli_helpers import EXAMPLES, REPO
from masa_check.engine import result_cache
from masa_check.results import DocumentResult


def _run(tmp_path, *args):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "xdg"), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "masa_check", *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
    )


def test_warm_rerun_is_served_from_the_cache_and_identical(tmp_path):
    doc = tmp_path / "arrangements.md"
    shutil.copy(REPO / "benchmarks" / "cases" / "hc-wt23-modern.md", doc)
    cold = _run(tmp_path, "validate", str(doc), "-f", "json", "--as-of", "2026-01-01")
    entries = list((tmp_path / "xdg" / "masa-check" / "results").glob("*.json"))
    assert len(entries) == 1
    # poison the stored result: a rerun that reads it shows the poison, so the cache is what answered
    data = json.loads(entries[0].read_text())
    data["result"]["title"] = "from the cache"
    entries[0].write_text(json.dumps(data))
    os.chmod(entries[0], 0o644)
    warm = _run(tmp_path, "validate", str(doc), "-f", "json", "--as-of", "2026-01-01")
    assert json.loads(warm.stdout)["documents"][0]["title"] == "from the cache"
    fresh = _run(tmp_path, "validate", str(doc), "-f", "json", "--as-of", "2026-01-01", "--no-cache")
    assert json.loads(fresh.stdout) == json.loads(cold.stdout)
    other_day = _run(tmp_path, "validate", str(doc), "-f", "json", "--as-of", "2026-02-01")
    assert json.loads(other_day.stdout)["documents"][0]["title"] != "from the cache"  # as_of is in the key


def test_an_entry_others_can_write_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    doc = tmp_path / "a.yaml"
    shutil.copy(EXAMPLES / "northshire-2019.yaml", doc)
    entry = result_cache.key(str(doc), "salt")
    result = DocumentResult(path=str(doc), source="yaml", kind="arrangements", packs=[], results=[], summary={})
    result_cache.store(entry, result)
    assert result_cache.load(entry) is not None
    path = tmp_path / "xdg" / "masa-check" / "results" / f"{entry}.json"
    os.chmod(path, 0o666)
    assert result_cache.load(entry) is None
    assert oct((tmp_path / "xdg" / "masa-check").stat().st_mode & 0o777) == "0o700"


def test_the_key_follows_packs_and_options(tmp_path):
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "mine.yaml").write_text("id: mine\n")
    one = result_cache.salt([str(packs)], "2026-01-01", {"kind": None})
    assert one == result_cache.salt([str(packs)], "2026-01-01", {"kind": None})
    (packs / "mine.yaml").write_text("id: mine\n# changed\n")
    assert result_cache.salt([str(packs)], "2026-01-01", {"kind": None}) != one
    assert result_cache.salt([str(packs)], "2026-01-01", {"kind": "yearly-report"}) != one


def test_cache_info_and_clear(tmp_path):
    _run(tmp_path, "validate", str(EXAMPLES / "northshire-2019.yaml"), "-q")
    info = _run(tmp_path, "cache", "info")
    assert info.returncode == 0 and "1 result set(s)" in info.stdout and str(tmp_path / "xdg") in info.stdout
    entries = sorted((tmp_path / "xdg").rglob("*.json"))  # the result set, and the packs as read
    assert len(entries) > 1 and any(e.parent.name == "packs-read" for e in entries)
    cleared = _run(tmp_path, "cache", "clear")
    assert cleared.returncode == 0 and f"removed {len(entries)} " in cleared.stdout
    assert "0 result set(s)" in _run(tmp_path, "cache", "info").stdout
    assert not list((tmp_path / "xdg").rglob("*.json"))
